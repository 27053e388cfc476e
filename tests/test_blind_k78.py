"""Round k78: blind set k78 (dev sentences of SemEval-2025 EN, PTC, BASIL and BABE, marked before the tool was run)
loads and scores; and the false cues it showed that hold over every dev use: "questioning" as a noun after a
determiner or a possessive, an order obeyed ("do as you're told"), "continued" as an adjective right after a
preposition or "whereas" (issue 12). Sentences written for these tests."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from framing.pipeline import Analyzer
from framing.quality.datasets import babe_texts, document_text, fold
from framing.quality.sourcing_eval import main
from framing.quality.sourcing_judged import blind_sets, read_blind, read_judged, judged_sets
from sourcing_cases import cues_and_sources


def test_the_set_is_offsets_only_on_new_dev_sentences() -> None:
    rows = read_blind(blind_sets()["k78"])
    assert len(rows) == 153
    sentences = {(r.dataset, r.doc, r.sentence) for r in rows}
    assert len(sentences) == 151
    assert Counter(r.dataset for r in rows) == {"ptc": 43, "basil": 39, "babe": 37, "semeval2025": 34}
    assert Counter(r.kind for r in rows) == {"none": 83, "named": 67, "vague": 2, "anonymous": 1}
    assert all(len(r.doc) == 12 and r.sentence[0] == 0 for r in rows if r.dataset == "babe")
    earlier = {(r.dataset, r.doc, r.anchor) for r in read_judged()}
    earlier |= {(r.dataset, r.doc, r.anchor) for path in judged_sets().values() for r in read_judged(path)}
    earlier |= {
        (r.dataset, r.doc, r.sentence) for n, path in blind_sets().items() if n != "k78" for r in read_blind(path)
    }
    for dataset, doc, (start, end) in sentences:
        assert not any(d == dataset and o == doc and s < end and start < e for d, o, (s, e) in earlier)
    marked = [r for r in rows if r.kind != "none"]
    assert all(
        r.sentence[0] <= min(r.source[0], r.cue[0]) and max(r.source[1], r.cue[1]) <= r.sentence[1] for r in marked
    )


def test_the_sets_texts_are_in_the_dev_fold_and_present(shared_data: Path) -> None:
    texts = babe_texts(shared_data)
    keys = {
        "babe": lambda doc: texts[doc],
        "ptc": lambda doc: doc,
        "semeval2025": lambda doc: f"{doc}.txt",
        "basil": lambda doc: doc.rsplit("_", 1)[0],
    }
    rows = read_blind(blind_sets()["k78"])
    assert all(fold(keys[r.dataset](r.doc)) == "dev" for r in rows)
    assert all(document_text(shared_data, r.dataset, r.doc) for r in rows)


def test_the_set_scores(shared_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data", str(shared_data), "--blind", "k78"]) == 0
    out = capsys.readouterr().out
    assert "set k78" in out
    [line] = [line for line in out.splitlines() if line.startswith("all ")]
    assert line.split()[1] == "70"  # attributions marked


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "questioning" as a noun: nobody questions anything here
        ("At one point the judge paused his questioning of the witness, who was shaking.", []),
        ("The questioning will begin with the treasurer, the chairman said.", [("said", "the chairman")]),
        ("Mara Lind's questioning of the mayor lasted four hours.", []),
        # an order obeyed
        ("The board expects its staff to do as they're told without a murmur.", []),
        # "continued" as an adjective after a preposition or "whereas"
        ("Support for continued funding of the dam fell in May.", []),
        ("The cost of continued delays worries the town.", []),
        ("The mayor, whereas continued delays anger the town, keeps quiet.", []),
    ],
)
def test_a_noun_or_an_adjective_is_no_cue(analyzer: Analyzer, text: str, expected: list[tuple[str, str]]) -> None:
    assert cues_and_sources(analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # controls: the verbs stay
        ("Senators kept questioning whether the plan would work, Ana Lind said.", "questioning"),
        ('"We will rebuild," Ana Lind continued.', "continued"),
        ("On Friday, Ana Lind continued to insist that the vote was rigged.", "continued"),
        ("Ana Lind, like Tom Hale, continued to defend the plan.", "continued"),
        ("Ana Lind told the court that the vote was rigged.", "told"),
    ],
)
def test_the_verbs_stay_cues(analyzer: Analyzer, text: str, expected: str) -> None:
    assert expected in [cue for cue, _ in cues_and_sources(analyzer, text)]
