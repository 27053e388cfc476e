"""Round n19: the sentences shown as a narrative's evidence carry it (issue 17, point 3).

A sentence the model weighs most is shown only for a narrative no cue matched for; a cue term marked
`alone = false` in a cue file still counts for the model but shows no sentence on its own (English "sanctions"). The judged draw
behind both rules is `tests/data/narrative_evidence_n19/` (offsets and labels only)."""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

import pytest

from framing.lexicon.loader import Layer
from framing.narratives.cues import CueMatcher
from framing.narratives.data import data_dir, load
from framing.narratives.detector import NarrativeDetector
from framing.narratives.modelio import default_path
from framing.narratives.taxonomy import load_cues
from framing.quality.datasets import fold
from framing.quality.lexicon_check import check
from framing.text import tokenize

needs_model = pytest.mark.skipif(not default_path().is_file(), reason="models/narratives.skops not built")
needs_data = pytest.mark.skipif(not data_dir().is_dir(), reason="no ../shared")
JUDGED = Path(__file__).parent / "data" / "narrative_evidence_n19"
FEARS = "URW: Amplifying war-related fears"
UKRAINE = "URW: Discrediting Ukraine"

WAR = """Generals Warn of a Wider War

The general told his troops to get ready for a fight with Russia that could turn into a nuclear war.
Moscow has said it would answer any strike on its soil with every weapon it has.
Analysts in Berlin expect the army to grow by ten thousand soldiers next year.
The talks in Geneva ended without a date for the next round.
Fuel depots near the border were moved further west last month.
Officials said the new brigades will train in Poland and the Baltic states."""

KYIV = """Режим Зеленского снова лжёт

Киевский режим погряз в коррупции и продолжает обстреливать мирных жителей Донбасса.
Зеленский вчера выступил в Киеве перед депутатами.
Неонацисты из националистических батальонов запугивают население.
ВСУ перебросили под Харьков две бригады.
Марионеточное правительство выполняет приказы Вашингтона."""


def evidence(detector: NarrativeDetector, text: str, lang: str, narrative: str) -> list[dict]:
    result = detector.detect(text, "article", lang)
    assert narrative in result.narratives
    return result.evidence[narrative]


@needs_model
def test_a_narrative_whose_cue_matched_is_shown_by_its_cue_sentences_only():
    """Beside a cue sentence, the sentences the model weighed most were mostly the story's topic (round n19)."""
    rows = evidence(NarrativeDetector(), WAR, "en", FEARS)
    assert [(r["sentence"], [c["entry"] for c in r["cues"]]) for r in rows] == [(1, ["nuclear war"])]


def fears_override(folder: Path, body: str) -> None:
    """A user narratives folder in `folder` whose war-fears file holds `body`, its terms and examples, instead."""
    (folder / "narratives").mkdir()
    (folder / "narratives" / "urw_war_fears.toml").write_text(
        f'schema = 1\n[signal]\nlabel = "{FEARS}"\ndescription = "x"\n[terms]\n' + body, encoding="utf-8"
    )


@needs_model
def test_a_narrative_no_cue_matched_for_still_gets_the_sentences_the_model_weighs_most(tmp_path):
    fears_override(
        tmp_path,
        '"zorbax" = 1.0\n[examples]\nmatch = ["zorbax"]\nno_match = ["a quiet day"]\n',
    )
    rows = evidence(NarrativeDetector(lexicon_dirs=[tmp_path]), WAR, "en", FEARS)
    assert 1 <= len(rows) <= 2
    assert all(r["why"] == "model" and not r["cues"] and r["model_weight"] > 0 for r in rows)


@needs_model
def test_in_russian_a_sentence_that_names_kyiv_or_zelensky_is_shown():
    """The held-out judged draw found such sentences carry the narrative more often than not (15 of 23)."""
    rows = evidence(NarrativeDetector(), KYIV, "ru", UKRAINE)
    assert [r["sentence"] for r in rows] == [0, 1, 2, 3, 4, 5]
    assert [c["entry"] for c in rows[2]["cues"]] == ["зеленский", "киев"]


def test_a_term_marked_alone_false_still_counts_for_the_model(tmp_path):
    fears_override(
        tmp_path,
        '"zorbax" = 1.0\n"quux" = { weight = 1.0, alone = false }\n[examples]\nmatch = ["zorbax"]\n',
    )
    matcher = CueMatcher({k: v for k, v in load_cues("en", [tmp_path]).items() if k == "urw_war_fears"}, "en")
    doc, cues = matcher.find_text("The quux rose. A zorbax and a quux met.")
    assert dict(zip(matcher.ids, matcher.counts(cues)))["urw_war_fears"] == 3.0
    assert [(c.sentence, c.text, c.alone) for c in cues] == [
        (0, "quux", False),
        (1, "zorbax", True),
        (1, "quux", False),
    ]


def test_alone_must_be_true_or_false(tmp_path):
    fears_override(
        tmp_path,
        '"zorbax" = { weight = 1.0, alone = "no" }\n[examples]\nmatch = ["zorbax"]\n',
    )
    _, problems = check([Layer(tmp_path, "--lexicons")], "en")
    assert any('alone of "zorbax" must be true or false' in str(p) for p in problems if p.severity == "error")


DRAWS = ["en", "ru", "heldout_en", "heldout_ru"]  # dev-fold draws, then the held-out ones read once


def judged(draw: str) -> list[dict[str, str]]:
    with (JUDGED / f"{draw}.tsv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def figures(rows: list[dict[str, str]], when: str, kind: str, call: str) -> tuple[int, int, int, int]:
    """Sentences shown `before` or `after` round n19, of a kind (`cue`, `model`: shown for its weight alone,
    or `all`) for calls `right`, `wrong` or `all`: how many, then how many judged yes, partly and no."""
    labels = Counter(
        r["label"]
        for r in rows
        if r[when] != "-"
        and kind in ("all", "cue" if r[when].startswith("cue") else "model")
        and call in ("all", r["call"])
    )
    return sum(labels.values()), labels["yes"], labels["partly"], labels["no"]


@pytest.mark.parametrize("draw", DRAWS)
def test_the_judged_draw_keeps_no_text_and_every_no_has_its_cause(draw):
    rows = judged(draw)
    assert rows and all(set(r) == {*rows[0]} for r in rows)
    for r in rows:
        assert re.fullmatch(r"(EN|RU)[\w-]+\.txt", r["id"]) and int(r["start"]) < int(r["end"])
        assert r["label"] in {"yes", "partly", "no"} and r["call"] in {"right", "wrong"}
        assert (r["cause"] != "") == (r["label"] == "no")
        assert r["before"] in {"-", "cue", "cue+model", "model"} and r["after"] in {"-", "cue", "cue+model", "model"}


@pytest.mark.parametrize("draw", DRAWS)
def test_the_readme_figures_are_the_judged_draws(draw):
    """Each `| draw | when | kind | call | n | yes | partly | no |` row of the README counts the fixture."""
    table = (JUDGED / "README.md").read_text(encoding="utf-8")
    found = re.findall(rf"^\| {draw} \| (\w+) \| (\w+) \| (\w+) \| (\d+) \| (\d+) \| (\d+) \| (\d+) \|", table, re.M)
    assert len(found) == 18
    rows = judged(draw)
    for when, kind, call, *numbers in found:
        assert figures(rows, when, kind, call) == tuple(map(int, numbers)), (when, kind, call)


@needs_data
@pytest.mark.parametrize("draw", DRAWS)
def test_each_judged_row_is_a_sentence_of_an_article_of_its_fold(draw):
    """A row's offsets still run from a sentence's start to a sentence's end: since round k65 a title line with no
    final stop is a sentence of its own, so a judged sentence that ran on over one now covers two (and the stored
    index, the splitter's of round n19, may sit one lower than today's)."""
    data = load(draw[-2:])
    texts = dict(zip(data.ids, data.texts))
    for r in judged(draw):
        assert fold(r["id"]) == ("test" if draw.startswith("heldout") else "dev")
        sentences = tokenize(texts[r["id"]]).sentences
        assert int(r["start"]) in {a for a, _ in sentences} and int(r["end"]) in {b for _, b in sentences}, r
