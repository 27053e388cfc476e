"""Narratives: the official measure, taxonomy-respecting decoding, lemmatised cues, language, CLI."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from framing.cli import app
from framing.errors import InputError
from framing.quality.lexicon_check import check
from framing.lexicon.loader import Layer
from framing.narratives.cues import CueMatcher
from framing.narratives.language import detect_language
from framing.narratives.metrics import samples_f1
from framing.narratives.calibration import calibrated_core, log_odds, recalibrated
from framing.narratives.model import EXPECTED, decode
from framing.narratives.modelio import default_path
from framing.narratives.taxonomy import OTHER, load_cues, load_taxonomy
from framing.tables import ERROR_COLUMNS

runner = CliRunner()
needs_model = pytest.mark.skipif(not default_path().is_file(), reason="models/narratives.skops not built")
FEARS = "URW: Amplifying war-related fears"
NUKES = f"{FEARS}: There is a real possibility that nuclear weapons will be employed"
WEST = "URW: Discrediting the West, Diplomacy"
DIPLOMACY = f"{WEST}: Diplomacy does/will not work"
EU = f"{WEST}: The EU is divided"


def test_samples_f1_counts_other_labels_like_any_label():
    gold = [{"A", "B"}, {OTHER}, {"A: Other"}]
    pred = [{"A"}, {OTHER}, {"A: x"}]
    assert samples_f1(gold, pred).tolist() == pytest.approx([2 / 3, 1.0, 0.0])


def test_evaluation_reports_the_model_on_dev_and_test_fold_articles_apart():
    """Tuning reads the dev-fold figure, reporting the test-fold one: the split follows the project's
    fold of each article id (EN_UA_5 and EN_UA_6 are test-fold articles)."""
    from framing.narratives.evaluate import fold_line, fold_means

    ids = [f"EN_UA_{k}.txt" for k in range(8)]
    scores = {"coarse": np.array([1, 1, 1, 1, 0, 0.5, 0, 1.0]), "fine": np.array([0, 0, 0, 0, 0, 1, 0.5, 1.0])}
    assert (
        fold_line(fold_means(ids, scores))
        == "model, coarse / fine on dev-fold 6: 0.833 / 0.167; test-fold 2: 0.250 / 0.750"
    )
    assert (
        fold_line(fold_means(ids[:5], {k: v[:5] for k, v in scores.items()}))
        == "model, coarse / fine on dev-fold 5: 0.800 / 0.000"
    )


def test_decode_respects_the_taxonomy():
    taxonomy = load_taxonomy()
    th = {"gate": 0.3, "other_weight": 1.0, "top": 2, "ratio": 0.5, "fine_ratio": 0.8, "fine_floor": 0.2}
    clabels, flabels = [FEARS, WEST, OTHER], [NUKES]
    # narratives within the ratio of the best; a confident subnarrative under its narrative; a narrative
    # without one gets "<narrative>: Other"
    d = decode(np.array([0.6, 0.9, 0.1]), np.array([0.8]), clabels, flabels, taxonomy, th)
    assert (d.coarse, d.fine) == ([FEARS, WEST], [NUKES, f"{WEST}: Other"])
    # a subnarrative is never predicted without its narrative, nor a narrative far below the best
    d = decode(np.array([0.4, 0.9, 0.1]), np.array([0.95]), clabels, flabels, taxonomy, th)
    assert (d.coarse, d.fine) == ([WEST], [f"{WEST}: Other"])
    # a subnarrative under the floor leaves its narrative with "<narrative>: Other"
    d = decode(np.array([0.9, 0.1, 0.0]), np.array([0.15]), clabels, flabels, taxonomy, th)
    assert (d.coarse, d.fine) == ([FEARS], [f"{FEARS}: Other"])
    # the no-narrative head pulls the best narrative under the gate: Other at both levels, alone
    d = decode(np.array([0.5, 0.6, 0.5]), np.array([0.9]), clabels, flabels, taxonomy, th)
    assert (d.coarse, d.fine) == ([OTHER], [OTHER])


def test_expected_f1_decoding_weighs_other_against_the_narratives():
    taxonomy = load_taxonomy()
    clabels, flabels = [FEARS, WEST, OTHER], [NUKES, DIPLOMACY, EU]

    def labels(pc: list[float], pf: list[float]) -> tuple[list[str], list[str]]:
        d = decode(np.array(pc), np.array(pf), clabels, flabels, taxonomy, EXPECTED)
        return d.coarse, d.fine

    # a probable Other beats unlikely narratives: Other alone at both levels
    assert labels([0.05, 0.1, 0.9], [0.02, 0.05, 0.05]) == ([OTHER], [OTHER])
    # a second narrative is worth it when probable (0.7), not when unlikely (0.2)
    assert labels([0.8, 0.7, 0.05], [0.6, 0.5, 0.05]) == ([FEARS, WEST], [NUKES, DIPLOMACY])
    assert labels([0.8, 0.2, 0.05], [0.6, 0.5, 0.05]) == ([FEARS], [NUKES])
    # subnarratives are no more probable than their narrative: confident ones under an unlikely narrative
    # bring neither it nor themselves
    assert labels([0.9, 0.05, 0.05], [0.1, 0.9, 0.8]) == ([FEARS], [NUKES])
    # a narrative keeps its best subnarrative, and a second one only when that raises the expected F1
    assert labels([0.3, 0.9, 0.05], [0.1, 0.7, 0.6]) == ([WEST], [DIPLOMACY, EU])
    assert labels([0.3, 0.9, 0.05], [0.1, 0.7, 0.2]) == ([WEST], [DIPLOMACY])


def test_both_decoders_keep_an_article_to_the_domain_of_its_best_narrative():
    taxonomy = load_taxonomy()
    policies = "CC: Criticism of climate policies"
    clabels, flabels = [FEARS, WEST, policies, OTHER], [NUKES, DIPLOMACY, f"{policies}: Other"]
    pc, pf = np.array([0.8, 0.7, 0.75, 0.05]), np.array([0.6, 0.5, 0.7])
    # the climate narrative is as probable as the war ones, but the best is about the war
    d = decode(pc, pf, clabels, flabels, taxonomy, EXPECTED)
    assert (d.coarse, d.fine) == ([FEARS, WEST], [NUKES, DIPLOMACY])
    th = {"gate": 0.3, "other_weight": 1.0, "top": 3, "ratio": 0.5, "fine_ratio": 0.8, "fine_floor": 0.2}
    assert decode(pc, pf, clabels, flabels, taxonomy, th).coarse == [FEARS, WEST]
    # with the climate narrative ahead, the war ones go
    pc = np.array([0.7, 0.6, 0.9, 0.05])
    assert decode(pc, pf, clabels, flabels, taxonomy, EXPECTED).coarse == [policies]
    assert decode(pc, pf, clabels, flabels, taxonomy, th).coarse == [policies]


def _random_core(rng: np.random.Generator, width: int) -> dict:
    """A two-level model core of random weights over `width` features: one coarse label and Other, one fine."""
    return {
        "coarse_labels": [FEARS, OTHER],
        "Wc": rng.normal(size=(2, width)).astype(np.float32),
        "bc": rng.normal(size=2),
        "fine_labels": [NUKES],
        "Wf": rng.normal(size=(1, width)).astype(np.float32),
        "bf": rng.normal(size=1),
    }


def _sigmoid(z: np.ndarray) -> np.ndarray:
    """The logistic function, written out so the folded weights are checked against arithmetic, not our code."""
    return 1 / (1 + np.exp(-z))


def test_calibration_folded_into_the_weights_gives_the_calibrated_probabilities():
    rng = np.random.default_rng(0)
    X = rng.random((4, 3))
    core = _random_core(rng, 3)
    coarse, fine = [{FEARS}, {OTHER}, {OTHER}], [{NUKES}, {OTHER}, {OTHER}]
    cal = {"coarse": (1.5, -0.9, 0.2), "fine": (1.7, -1.4, -0.9)}
    folded = calibrated_core(core, cal, coarse, fine)

    for W, b, labels, gold, level in (
        ("Wc", "bc", "coarse_labels", coarse, "coarse"),
        ("Wf", "bf", "fine_labels", fine, "fine"),
    ):
        raw = _sigmoid(X @ core[W].T.astype(np.float64) + core[b])
        want = recalibrated(raw, log_odds(core[labels], gold), cal[level])
        assert _sigmoid(X @ folded[W].T.astype(np.float64) + folded[b]) == pytest.approx(want, rel=1e-5)


def test_russian_cues_match_inflected_forms_with_exact_spans():
    matcher = CueMatcher(load_cues("ru"), "ru")
    text = "Коллективный Запад развязал войну. На Западе процветает русофобия."
    doc, cues = matcher.find_text(text)
    found = {(c.narrative, text[doc.span(c.first, c.last)[0] : doc.span(c.first, c.last)[1]]) for c in cues}
    assert ("urw_blaming_others", "Запад развязал") in found  # proximity rule on lemmas
    assert ("urw_russia_victim", "русофобия") in found
    assert ("urw_discrediting_west", "Коллективный Запад") in found  # "коллективный запад" in another case


def test_every_shipped_cue_file_names_a_taxonomy_label_and_passes_its_examples():
    root = Path(__file__).resolve().parent.parent / "lexicons"
    for lang in ("en", "ru"):
        _, problems = check([Layer(root / lang, "shipped")], lang)
        assert [str(p) for p in problems if p.severity == "error"] == []
        labels = {spec.label for spec in load_cues(lang).values()}
        assert labels <= set(load_taxonomy().narratives)


def test_a_cue_file_with_a_label_outside_the_taxonomy_is_an_error(tmp_path):
    (tmp_path / "narratives").mkdir()
    (tmp_path / "narratives" / "made_up.toml").write_text(
        'schema = 1\n[signal]\nlabel = "URW: Made up"\ndescription = "x"\n[terms]\n"foo" = 1.0\n'
        '[examples]\nmatch = ["foo"]\nno_match = ["bar"]\n',
        encoding="utf-8",
    )
    _, problems = check([Layer(tmp_path, "--lexicons")], "en")
    assert any('label "URW: Made up" is not a narrative' in str(p) for p in problems)


def test_a_cue_file_example_that_fails_is_named_with_its_line(tmp_path):
    """A signal file's failing example was named `file:line:`, a narrative cue file's `file:` alone (u32)."""
    (tmp_path / "narratives").mkdir()
    cues = tmp_path / "narratives" / "fears.toml"
    cues.write_text(
        'schema = 1\n[signal]\nlabel = "URW: Amplifying war-related fears"\ndescription = "x"\n[terms]\n'
        '"zorbax" = 1.0\n[examples]\nmatch = ["zorbax",\n  "a quiet day"]\n',
        encoding="utf-8",
    )
    _, problems = check([Layer(tmp_path, "--lexicons")], "en")
    assert [str(p) for p in problems if p.code == "E215"] == [
        f'{cues}:9: E215 example does not match: "a quiet day" (hint: fix the terms or the example)'
    ]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The West is tired of the war and of the talks that go nowhere.", "en"),
        ("Запад устал от войны, и это уже никто не скрывает.", "ru"),
        ("Западът е уморен от войната и това са думите, които се чуват.", "bg"),
        ("O Ocidente não quer a paz e os líderes da Europa sabem que a guerra continua.", "pt"),
        ("यह युद्ध है और पश्चिम के देश इसमें शामिल हैं।", "hi"),
        ("Der Krieg ist schrecklich und die Menschen leiden jeden Tag.", "und"),
        ("12 345 — 678", None),
    ],
)
def test_language_detection(text, lang):
    assert detect_language(text) == lang


@needs_model
def test_cli_writes_the_official_format(tmp_path):
    (tmp_path / "a1.txt").write_text(
        "NATO and nuclear war\n\nThe West risks a nuclear war with Russia, and Europe "
        "is preparing for a third world war.",
        encoding="utf-8",
    )
    out = tmp_path / "p.tsv"
    result = runner.invoke(app, ["narratives", str(tmp_path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    [line] = out.read_text(encoding="utf-8").splitlines()
    article, coarse, fine = line.split("\t")
    taxonomy = load_taxonomy()
    assert article == "a1.txt"
    assert all(taxonomy.known(label) for label in coarse.split(";") + fine.split(";"))


@needs_model
def test_cli_bad_input_is_one_line(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["narratives", str(empty)])
    assert (result.exit_code, result.output) == (2, f"error: {empty}: is empty\n")
    front_matter_only = tmp_path / "title.md"
    front_matter_only.write_text("---\ntitle: A headline\n---\n", encoding="utf-8")
    result = runner.invoke(app, ["narratives", str(front_matter_only)])
    assert (result.exit_code, result.output) == (2, f"error: {front_matter_only}: has front matter but no text\n")
    result = runner.invoke(app, ["narratives", str(empty), "--lang", "xx"])
    assert result.exit_code == 2 and "unknown --lang 'xx'" in result.output
    result = runner.invoke(app, ["narratives", str(empty), "--lang", "PT"])  # known, detected, but no model ships
    assert (result.exit_code, result.output) == (
        2,
        "error: --lang 'pt': a known language, but the narrative model has none for it (it has en, ru, bg, hi); "
        "only a --narrative-model FILE with a 'pt' model can label it\n",
    )
    german = tmp_path / "de.txt"
    german.write_text("Der Krieg ist schrecklich und die Menschen leiden jeden Tag.", encoding="utf-8")
    result = runner.invoke(app, ["narratives", str(german)])
    assert result.exit_code == 2
    assert "de.txt: no language with a narrative model recognised" in result.output


@needs_model
@pytest.mark.parametrize(
    ("folder", "reason"),
    [
        ("empty", "holds no lexicon files (.toml, or .dic/.txt/.tsv/.csv to import); give the folder holding them"),
        ("nowhere", "lexicon folder not found"),
    ],
)
def test_cli_a_lexicon_folder_holding_nothing_is_refused_as_score_refuses_it(tmp_path, folder, reason):
    """narratives read only the narratives/ subfolder of each layer, and passed over any other in silence."""
    (tmp_path / "empty").mkdir()
    article = tmp_path / "a.txt"
    article.write_text("The war goes on, officials said on Monday.", encoding="utf-8")
    result = runner.invoke(app, ["narratives", str(article), "-L", str(tmp_path / folder)])
    assert (result.exit_code, result.output) == (2, f"error: {tmp_path / folder}: E100 {reason} (from --lexicons)\n")


@needs_model
def test_cli_corpus_lists_failed_records_and_keeps_the_rest(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "ok.txt").write_text("Sanctions backfire\n\nThe sanctions have backfired on Europe.", encoding="utf-8")
    (corpus / "de.txt").write_text("Der Krieg ist schrecklich und die Menschen leiden jeden Tag.", encoding="utf-8")
    (corpus / "empty.txt").write_text("   \n", encoding="utf-8")
    out = tmp_path / "p.tsv"
    result = runner.invoke(app, ["narratives", str(corpus), "-o", str(out), "--format", "tsv"])
    labelled = [line.split("\t")[0] for line in out.read_text(encoding="utf-8").splitlines()]
    with (tmp_path / "p.errors.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert labelled == ["ok.txt"]
    # a folder's ids are file names, for the files the reader cannot use too (r13: "empty" was its stem)
    assert {row["id"]: row["status"] for row in rows} == {"empty.txt": "failed", "de.txt": "failed"}
    assert list(rows[0]) == [name for name, _ in ERROR_COLUMNS]  # score's errors file, column for column
    assert result.exit_code == 1
    assert result.output.splitlines()[-4:] == [  # score's closing lines
        f"read 3 · scored 1 · failed 2 · flagged 0 → {out}",
        "  1 × no language with a narrative model recognised",
        "  1 × is empty",
        f"every failed and flagged record is listed in {tmp_path / 'p.errors.csv'}",
    ]


@needs_model
def test_cli_a_one_record_corpus_whose_record_fails_exits_1_as_any_corpus(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "a0", "text": "Der Krieg ist schrecklich und die Menschen leiden."}) + "\n")
    out = tmp_path / "p.tsv"
    result = runner.invoke(app, ["narratives", str(corpus), "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert result.output.splitlines()[0] == f"read 1 · scored 0 · failed 1 · flagged 0 → {out}"
    with (tmp_path / "p.errors.csv").open(encoding="utf-8") as fh:
        (row,) = csv.DictReader(fh)
    assert (row["id"], row["reason"]) == (
        "a0",
        "no language with a narrative model recognised (too few words, mixed, or another language; supported: en, "
        "ru, bg, hi); give --lang if it is one of them",
    )


@needs_model
def test_cli_flagged_records_are_labelled_and_listed_as_score_lists_them(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": None, "text": "The sanctions have backfired on Europe."}) + "\n")
    out = tmp_path / "p.tsv"
    result = runner.invoke(app, ["narratives", str(corpus), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        f"read 1 · scored 1 · failed 0 · flagged 1 → {out}",
        f"every failed and flagged record is listed in {tmp_path / 'p.errors.csv'}",
    ]
    with (tmp_path / "p.errors.csv").open(encoding="utf-8") as fh:
        (row,) = csv.DictReader(fh)
    assert (row["status"], row["reason"]) == ("flagged", "the id is null; a hash of title and text is used")
    assert out.read_text(encoding="utf-8").startswith(row["id"] + "\t")


@needs_model
@pytest.mark.parametrize(("name", "first"), [("n.csv", "id,lang,narratives"), ("n.json", "["), ("n.tsv", "a0\t")])
def test_cli_the_output_extension_names_the_format(tmp_path, name, first):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "a0", "text": "The sanctions have backfired on Europe."}) + "\n")
    out = tmp_path / name
    result = runner.invoke(app, ["narratives", str(corpus), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith(first)


@needs_model
def test_cli_csv_names_a_probability_as_a_score_table_does(tmp_path):
    # `score --narratives` writes narrative_<slug> (1 or 0) and narrative_<slug>_prob; this file wrote the
    # probability under the score table's 0/1 name (u25)
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "a0", "text": "The sanctions have backfired on Europe."}) + "\n")
    result = runner.invoke(app, ["narratives", str(corpus), "-o", str(tmp_path / "n.csv")])
    assert result.exit_code == 0, result.output
    with (tmp_path / "n.csv").open(encoding="utf-8") as fh:
        (row,) = csv.DictReader(fh)
    scored = [c for c in row if c.startswith("narrative_")]
    assert scored and all(c.endswith("_prob") for c in scored), scored
    assert (
        "narrative_urw_praise_of_russia_prob" in row and 0.0 <= float(row["narrative_urw_praise_of_russia_prob"]) <= 1
    )


@needs_model
def test_cli_an_extension_against_the_format_is_refused_in_one_line(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "a0", "text": "The sanctions have backfired on Europe."}) + "\n")
    out = tmp_path / "n.tsv"
    result = runner.invoke(app, ["narratives", str(corpus), "-o", str(out), "--format", "csv"])
    assert result.exit_code == 2 and not out.exists()
    assert result.output == f"error: {out}: the extension says tsv, --format says csv; make them agree\n"
    result = runner.invoke(app, ["narratives", str(corpus), "-o", str(tmp_path / "n.parquet")])
    assert result.exit_code == 2
    assert "narratives are written as .tsv, .csv or .json" in result.output
    txt = tmp_path / "n.txt"  # no format named: --format, else the task's tsv
    assert runner.invoke(app, ["narratives", str(corpus), "-o", str(txt), "-f", "json"]).exit_code == 0
    assert txt.read_text(encoding="utf-8").startswith("[")


@needs_model
def test_cli_corpus_without_failures_still_closes_with_the_run_line(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "ok.txt").write_text("Sanctions backfire\n\nThe sanctions have backfired on Europe.", encoding="utf-8")
    out = tmp_path / "p.tsv"
    result = runner.invoke(app, ["narratives", str(corpus), "-o", str(out)])
    assert result.exit_code == 0 and result.stderr == f"read 1 · scored 1 · failed 0 · flagged 0 → {out}\n"
    assert not (tmp_path / "p.errors.csv").exists()
    result = runner.invoke(app, ["narratives", str(corpus / "ok.txt")])  # one article: its line, nothing more
    assert result.exit_code == 0 and result.stderr == ""


@needs_model
def test_cli_corpus_failures_name_their_line_and_an_unwritable_output_is_one_line(tmp_path):
    corpus = tmp_path / "c.jsonl"
    lines = ["The sanctions have backfired on Europe.", "Der Krieg ist schrecklich und die Menschen leiden jeden Tag."]
    corpus.write_text(
        "".join(json.dumps({"id": f"a{k}", "text": t}) + "\n" for k, t in enumerate(lines)), encoding="utf-8"
    )
    out = tmp_path / "new" / "folder" / "p.tsv"  # missing folders are made, as for score
    result = runner.invoke(app, ["narratives", str(corpus), "-o", str(out)])
    assert result.exit_code == 1 and out.read_text(encoding="utf-8").startswith("a0\t")
    with out.with_name("p.errors.csv").open(encoding="utf-8") as fh:
        (row,) = csv.DictReader(fh)
    assert (row["source"], row["line"], row["row"], row["id"]) == (str(corpus), "2", "2", "a1")
    too_long = tmp_path / ("p" * 300 + ".tsv")  # the system refuses the name itself
    result = runner.invoke(app, ["narratives", str(corpus), "-o", str(too_long)])
    assert result.exit_code == 2
    assert result.output == f"error: {too_long}: File name too long\n"


@needs_model
def test_score_names_a_war_narrative_of_the_seed_with_its_sentence(shared_seed):
    result = runner.invoke(app, ["score", str(shared_seed), "--format", "json", "--narratives"])
    assert result.exit_code == 0, result.output
    found = json.loads(result.output)["narratives"]
    urw = [n for n in found["narratives"] if n.startswith("URW: ")]
    assert urw
    rows = found["evidence"][urw[0]]
    assert rows and all(shared_seed.read_text(encoding="utf-8").find(r["text"][:40]) >= 0 for r in rows)


@needs_model
@pytest.mark.parametrize("furniture", ["", "Advertisement\n"])
def test_score_places_narrative_evidence_as_its_signals_evidence(shared_seed, tmp_path, furniture):
    """The narratives' sentence [7] was the signals' [6] (the detector counted the headline) and their offsets ran
    from the headline: in one report, one numbering (u32). A blanked line opening the body is its first sentence's."""
    title, body = shared_seed.read_text(encoding="utf-8").split("\n\n", 1)
    body = furniture + body
    article = tmp_path / "seed.txt"
    article.write_text(f"{title}\n\n{body}", encoding="utf-8")
    result = runner.invoke(app, ["score", str(article), "--format", "json", "--narratives"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    rows = [r for rows in data["narratives"]["evidence"].values() for r in rows]
    assert {r["part"] for r in rows} == {"headline", "body"}
    inside = 0
    for r in (r for r in rows if r["part"] == "body"):
        assert body[r["start"] : r["end"]] == r["text"] and r["sentence"] >= 0
        assert all(body[c["start"] : c["end"]] == c["text"] for c in r["cues"])
        for e in data["evidence"]:
            if e["part"] == "body" and r["start"] <= e["start"] < r["end"]:
                assert e["sentence"] == r["sentence"]
                inside += 1
    assert inside
    table = runner.invoke(app, ["score", str(article), "--narratives", "--no-color"]).output
    assert f"  [headline] {title.split()[0]} " in table


@needs_model
def test_cli_reads_the_task_data(shared_data, tmp_path):
    docs = shared_data / "semeval2025_narratives" / "EN" / "documents"
    out = tmp_path / "p.tsv"
    result = runner.invoke(app, ["narratives", str(docs), "-o", str(out)])
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(list(docs.glob("*.txt")))
    taxonomy = load_taxonomy()
    for line in lines:
        article, coarse, fine = line.split("\t")
        assert (docs / article).is_file()
        assert all(taxonomy.known(label) for label in coarse.split(";") + fine.split(";"))


def test_the_task_articles_are_detected_in_their_language(shared_data):
    """Without --lang, a corpus run detects each article's language: Hindi by its script (its words split at
    vowel signs, so no stop word matched and every Hindi article was refused), Russian by frequent words,
    Bulgarian by its own words and ъ (two had tied with Russian on words both languages use, round t4)."""
    from framing.narratives.data import load

    found = {
        lang: [detect_language(t) for t in load(lang, shared_data).texts] for lang in ("en", "ru", "bg", "pt", "hi")
    }
    assert {lang: sum(f == lang for f in found[lang]) for lang in found} == {
        "en": 267,
        "ru": 93,
        "bg": 252,
        "pt": 272,
        "hi": 264,
    }


def test_a_paragraph_view_folds_into_the_weights_as_a_weight_on_its_rows():
    """With a paragraph view, the calibrated probability a (x W + b) + d (v W + b) + c odds + b0 is what
    the saved model gives from the rows x + d / a v (`paragraph_weight`) and the folded weights."""
    from framing.narratives.rows import level_rows

    rng = np.random.default_rng(1)
    X, V = rng.random((3, 4)), rng.random((3, 4))
    core = _random_core(rng, 4)
    coarse, fine = [{FEARS}, {OTHER}, {OTHER}], [{NUKES}, {OTHER}, {OTHER}]
    cal = {"coarse": (1.2, -0.8, 0.1, 0.6), "fine": (0.9, -1.1, -0.7, 1.3)}
    folded = calibrated_core(core, cal, coarse, fine)
    assert folded["paragraph_weight"] == pytest.approx({"coarse": 0.5, "fine": 1.3 / 0.9})

    for W, b, labels, gold, level in (
        ("Wc", "bc", "coarse_labels", coarse, "coarse"),
        ("Wf", "bf", "fine_labels", fine, "fine"),
    ):
        raw, view = (_sigmoid(M @ core[W].T.astype(np.float64) + core[b]) for M in (X, V))
        want = recalibrated(raw, log_odds(core[labels], gold), cal[level], view)
        rows = level_rows(folded, level, X, V)
        assert _sigmoid(rows @ folded[W].T.astype(np.float64) + folded[b]) == pytest.approx(want, rel=1e-5)


def test_the_paragraph_view_is_the_mean_of_the_paragraphs_rows_and_the_article_is_read_once():
    """The paragraph view is the mean of the non-blank lines' TF-IDF rows as scikit-learn gives them (a line
    without words counts, as a row of zeros); the lines' occurrences end to end are the article's own (a
    bigram across a line end included), so both views come from one reading; one article scored alone
    gets what the training rows give."""
    from framing.narratives.model import vectorizers
    from framing.narratives.rows import (
        feature_block,
        joined,
        level_rows,
        matrix,
        occurrences,
        paragraph_matrix,
        paragraph_occurrences,
        proba,
        rows,
        text_proba,
    )

    vec = vectorizers("en")[0].set_params(min_df=1, max_df=1.0)
    vec.fit(["The West wages war on Russia.", "Sanctions backfire on Europe, the West pays."])
    block = feature_block(vec)
    text = "Sanctions backfire!\n\n \t\n--\nThe West wages war\non Europe, the West pays.\n"
    lines = ["Sanctions backfire!", "--", "The West wages war", "on Europe, the West pays."]  # "--": a zero row
    view = paragraph_matrix([block], [text], 0)
    assert np.abs(view - np.asarray(vec.transform(lines).mean(axis=0))).max() < 1e-12
    (found,) = paragraph_occurrences([block], text)
    assert [len(f) for f in found] == [2, 0, 4, 5]
    assert np.array_equal(joined(found), occurrences([block], text)[0])
    article = rows(block, [joined(found)])
    assert np.abs(article - vec.transform([text])).max() < 1e-12
    war_on = block["terms"].tolist().index("war on")
    assert article[0, war_on] > 0 and view[0, war_on] == 0
    W = np.linspace(-1, 1, 2 * len(block["idf"]), dtype=np.float32).reshape(2, -1)
    model = {"features": [block], "Wc": W, "bc": np.zeros(2), "Wf": W[1:], "bf": np.ones(1)}
    model["paragraph_weight"] = {"coarse": 0.7, "fine": 2.0}
    X, cues = matrix([block], [text], np.zeros((1, 0))), np.zeros((1, 0))
    want = [
        proba(level_rows(model, level, X, view), model[weights], model[bias])[0]
        for level, weights, bias in (("coarse", "Wc", "bc"), ("fine", "Wf", "bf"))
    ]
    got = text_proba(model, text, cues)
    assert got[0] == pytest.approx(want[0]) and got[1] == pytest.approx(want[1])
    assert got[0] != pytest.approx(proba(X, W, np.zeros(2))[0])  # the paragraph view counts


@pytest.mark.parametrize("lang", ["bg", "hi"])
def test_the_paragraph_view_reads_bulgarian_words_and_hindi_character_ngrams_as_scikit_learn_does(lang):
    """Bulgarian (plain words) and Hindi (in-word character n-grams) read the paragraph view too: the view is
    the mean of scikit-learn's rows of the lines, and the lines' occurrences end to end are the article's."""
    from framing.narratives.model import PARAGRAPH_LANGS, vectorizers
    from framing.narratives.rows import feature_block, joined, occurrences, paragraph_matrix, paragraph_occurrences

    assert lang in PARAGRAPH_LANGS
    train = {
        "bg": ["Западът води война срещу Русия.", "Санкциите удрят Европа, Западът плаща."],
        "hi": ["पश्चिम के देश युद्ध चाहते हैं।", "प्रतिबंध यूरोप को नुकसान पहुंचाते हैं।"],
    }[lang]
    vec = vectorizers(lang)[0].set_params(min_df=1, max_df=1.0)
    vec.fit(train)
    block = feature_block(vec)
    lines = [train[1], train[0].split()[0], " ".join(train[0].split()[1:])]  # the second text split mid-sentence
    text = "\n \n".join(lines)
    view = paragraph_matrix([block], [text], 0)
    assert np.abs(view - np.asarray(vec.transform(lines).mean(axis=0))).max() < 1e-12
    (found,) = paragraph_occurrences([block], text)
    assert len(found) == 3 and np.array_equal(joined(found), occurrences([block], text)[0])


@pytest.mark.parametrize("lang", ["en", "hi"])
def test_fast_rows_equal_the_vectorizer_rows(lang):
    """The model's own TF-IDF rows (token ids and NumPy for word 1-2-grams) are scikit-learn's, value for value."""
    from framing.narratives.model import vectorizers
    from framing.narratives.rows import _transform, feature_block, text_proba

    train = [
        "The West wages war against Russia.",
        "Sanctions backfire on Europe, the West pays.",
        "यह युद्ध है और पश्चिम के देश इसमें शामिल हैं।",
        "पश्चिम के देश युद्ध चाहते हैं।",
        "Café au lait 10² ok ok",
        "Don’t stop the war, ΣΟΦΙΑ says in İstanbul",
    ]
    probe = [
        "the West and Russia: war, war, sanctions!",
        "",
        "x",
        "café 10² युद्ध",
        "Europe pays pays pays",
        "DON’T stop\u212a the war—ΣΟΦΙΑ\ud800says x in İSTANBUL é\u0301 the west",
    ]
    vec = vectorizers(lang)[0].set_params(min_df=1, max_df=1.0)
    vec.fit(train)
    block = feature_block(vec)
    assert np.abs(vec.transform(probe) - _transform(block, probe)).max() < 1e-12
    W = np.arange(2 * len(block["idf"]), dtype=np.float32).reshape(2, -1) / len(block["idf"])
    model = {"features": [block], "Wc": W, "bc": np.zeros(2), "Wf": W[:1], "bf": np.zeros(1)}
    pc, pf = text_proba(model, probe[0], np.zeros((1, 0)))
    assert pc == pytest.approx(1 / (1 + np.exp(-(vec.transform(probe[:1]) @ W.T.astype(np.float64))[0])))


def test_english_words_are_read_as_their_stems():
    """An English block's terms are stems: every form of a word seen in training is that word's column
    (as scikit-learn's stemming vectorizer reads it); a form no training article held is not read."""
    from framing.narratives.model import vectorizers
    from framing.narratives.rows import _transform, feature_block

    vec = vectorizers("en")[0].set_params(min_df=1, max_df=1.0)
    vec.fit(["Sanctions backfire on Europe.", "The sanction backfired, Europe says."])
    block = feature_block(vec)
    assert "sanction backfir" in block["terms"].tolist()
    probe = ["sanctions backfired", "Sanction backfire", "sanctioning"]
    rows = _transform(block, probe)
    assert np.abs(vec.transform(probe[:2]) - rows[:2]).max() < 1e-12
    assert (rows[0] != rows[1]).nnz == 0 and rows[0].nnz == 3  # sanction, backfir, sanction backfir
    assert rows[2].nnz == 0 and vec.transform(probe[2:]).nnz == 1  # the stemmer would read it: not seen


@given(
    st.text(alphabet=st.sampled_from(list("aZ_9 .,’'-\nΣσİıKéÉдДЖ²½٣काß\u0307\u00a0\ud800\u212a𝐀")) | st.characters())
)
def test_words_read_as_bytes_are_the_regex_words(text):
    """The runs `ByteWords` finds are what the regex finds, for word characters and for letters (the
    model's tokens and the language check's words)."""
    import re

    from framing.narratives.words import ByteWords

    for char in (r"\w", r"[^\W\d_]"):
        words, kept = ByteWords(char)(text)
        assert [w.decode() for w in words] == re.findall(char + "+", text.lower())
        assert set(kept) == {c for c in "".join(re.findall(char + "+", text.lower())) if not c.isascii()}


@needs_model
def test_a_batch_gives_what_one_article_at_a_time_gives():
    """A corpus batch is scored together (one sparse product per language); every article keeps the
    narratives and narrative probabilities (4 places) it gets alone, whatever its neighbours' languages
    (Russian with cue features)."""
    from framing.narratives.detector import NarrativeDetector

    detector = NarrativeDetector()
    assert [lang for lang in ("en", "ru", "bg", "hi") if detector.models[lang].get("paragraph_weight")] == [
        "en",
        "bg",
        "hi",
    ]
    texts = [
        "NATO is dragging Europe into a war with Russia.\n\nThe West sends weapons and wants escalation.",
        "Запад ведёт войну против России, и это не секрет. Санкции бьют по Европе, а НАТО в этом году готовит "
        "эскалацию, что и было сказано на встрече.",
        "Climate scientists warn that the Arctic ice melts faster than the models said.",
        "पश्चिम के देश युद्ध चाहते हैं\nऔर रूस पर प्रतिबंध लगाते हैं।",  # two paragraphs: bg and hi read the view too
        "Правителството обяви, че ще има нови мерки срещу войната и санкциите на Запада,\nкоито са за "
        "хората в България и не са от полза за тях.",
    ]
    alone = [detector.detect(t, f"a{k}", evidence=False) for k, t in enumerate(texts)]
    seen = []
    for lang, part, pc, narratives in detector.narratives_many(
        [detector.read(t, f"a{k}") for k, t in enumerate(texts)]
    ):
        labels = detector.models[lang]["coarse_labels"]
        for k, p, names in zip(part, pc, narratives):
            seen.append(k)
            assert (lang, names) == (alone[k].lang, alone[k].narratives)
            assert dict(zip(labels, p.round(4).tolist())) == {x: alone[k].proba[x] for x in labels}
    assert sorted(seen) == list(range(len(texts)))
    assert [a.lang for a in alone] == ["en", "ru", "en", "hi", "bg"]


@needs_model
def test_the_narrative_model_is_read_without_skops_as_skops_reads_it():
    """The narrative model holds only dicts, lists, tuples, JSON values and arrays, so it is read without
    skops (whose import, with scikit-learn's, cost a corpus run more than a second): the same tree, to
    the array dtypes; and loading the detector imports neither."""
    import subprocess
    import sys

    from framing.model.archive import members
    from framing.model.files import _current_names, _skops_loads
    from framing.model.plain import plain_tree

    plain, built = (
        plain_tree(members(default_path(), keep=True).contents),
        _skops_loads(_current_names(default_path()), "model"),
    )

    def same(a, b):
        assert type(a) is type(b)
        if isinstance(a, dict):
            assert list(a) == list(b) and all(same(a[k], b[k]) for k in a)
        elif isinstance(a, (list, tuple)):
            assert len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
        elif isinstance(a, np.ndarray):
            assert a.dtype == b.dtype and np.array_equal(a, b)
        else:
            assert a == b
        return True

    assert same(plain, built)
    probe = (  # and labelling English stems its words from the saved table, with no stemmer (README, u30)
        "import sys; from framing.narratives.detector import NarrativeDetector; "
        "NarrativeDetector().detect('The West is waging a proxy war against Russia.', lang='en'); "
        "print(sorted(m for m in ('skops', 'sklearn', 'nltk') if m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True).stdout == "[]\n"


def test_a_model_tree_with_anything_but_plain_values_is_left_to_skops(tmp_path):
    """Any other node (a NumPy scalar, a dict with int keys, an object) makes the plain reader step back,
    so skops, with its type audit, builds the file."""
    import skops.io as sio

    from framing.model.archive import members
    from framing.model.plain import plain_tree

    def plain(obj):
        path = tmp_path / "m.skops"
        sio.dump(obj, path)
        return plain_tree(members(path, keep=True).contents)

    assert plain({"a": [1, "x", (2.5, None)], "w": np.arange(3)})["a"] == [1, "x", (2.5, None)]
    for odd in (np.float64(1.0), {1: "one"}, {"set": {1, 2}}, np.array(["a", None], dtype=object)):
        assert plain({"a": odd}) is None
    deep = '{"__module__": "builtins", "__class__": "list", "__loader__": "ListNode", "content": [' * 5000
    assert plain_tree({"schema.json": (deep + "]}" * 5000).encode()}) is None  # too deep: skops says so


@needs_model
def test_a_tampered_narrative_model_is_refused(tmp_path):
    """The plain reader comes after the seal and sha256 checks: a changed member is refused as before."""
    import shutil
    import zipfile

    from framing.errors import ModelError
    from framing.narratives.modelio import load_model

    copy = tmp_path / "narratives.skops"
    with zipfile.ZipFile(default_path()) as source, zipfile.ZipFile(copy, "w") as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "schema.json":  # the first feature block's analyzer: words -> characters
                changed = content.replace(b'\\"word\\"', b'\\"char\\"', 1)
                assert changed != content
                content = changed
            target.writestr(item, content)
    shutil.copy(default_path().with_name("narratives.metrics.json"), tmp_path)
    with pytest.raises(ModelError, match=r"narratives.skops: refused: the file changed after training"):
        load_model(copy)


@needs_model
def test_cli_lang_given_for_an_article_in_another_language_is_a_warning_or_a_flag(tmp_path):
    russian = "Власти заявили, что новые меры помогут экономике. Однако эксперты считают, что это не так."
    why = (
        "the text reads as ru, not en: the en model finds little in it, so its scores are not comparable with "
        "those of en texts (leave --lang out to detect it)"
    )
    article = tmp_path / "ru.txt"
    article.write_text(russian, encoding="utf-8")
    result = runner.invoke(app, ["narratives", str(article), "--lang", "en"])
    assert result.exit_code == 0 and result.stderr == f"warning: {why}\n"
    assert runner.invoke(app, ["narratives", str(article)]).stderr == ""  # detected: read as Russian
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "ru.txt").write_text(russian, encoding="utf-8")
    out = tmp_path / "p.tsv"
    result = runner.invoke(app, ["narratives", str(corpus), "-o", str(out), "--lang", "en"])
    assert (
        result.exit_code == 0 and result.stderr.splitlines()[0] == f"read 1 · scored 1 · failed 0 · flagged 1 → {out}"
    )
    with (tmp_path / "p.errors.csv").open(encoding="utf-8") as fh:
        assert [(r["id"], r["status"], r["reason"]) for r in csv.DictReader(fh)] == [("ru.txt", "flagged", why)]


@needs_model
def test_the_library_reads_a_language_code_in_any_case() -> None:
    """The command line lower-cased --lang (round u19) while `NarrativeDetector`, `load_cues` and
    `load_lexicons` took "EN" as a code unknown, a folder missing: one function now reads codes for both."""
    from framing.cli.common import language_code as option_code
    from framing.lexicon.loader import language_code, load_lexicons
    from framing.narratives.detector import NarrativeDetector

    detector = NarrativeDetector()
    text = "NATO is dragging Europe into a war with Russia.\n\nThe West sends weapons and wants escalation."
    lower, upper = detector.detect(text, "a", lang="en"), detector.detect(text, "a", lang="En")
    assert upper.lang == "en" and upper.to_dict() == lower.to_dict()
    assert detector.read(text, "a", lang="RU").lang == "ru"
    with pytest.raises(InputError, match=r"^--lang 'pt': a known language, but the narrative model has none"):
        detector.detect(text, "a", lang="PT")
    assert set(load_cues("RU")) == set(load_cues("ru")) != set()
    upper_set = load_lexicons(lang="EN")
    assert (upper_set.language, upper_set.hash) == ("en", load_lexicons(lang="en").hash)
    assert (language_code("Pt-BR"), option_code("EN"), option_code(None)) == ("pt-br", "en", None)
