"""Narratives in corpus runs: columns of the score table (`score -o --narratives`) and shares per
outlet in `framing compare`."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from framing.batch import run as batch
from framing.tables.read import read_run_meta
from framing.cli import app
from framing.model.files import file_sha256
from framing.narratives.columns import slug
from framing.narratives.modelio import default_path
from framing.narratives.taxonomy import load_taxonomy

runner = CliRunner()
pytestmark = pytest.mark.skipif(not default_path().is_file(), reason="models/narratives.skops not built")
SEEDS = Path(__file__).resolve().parent.parent / "seeds" / "articles"
FEARS = "URW: Amplifying war-related fears"
GERMAN = "Der Krieg ist schrecklich und die Menschen leiden jeden Tag unter den Folgen."


def seed_corpus(path: Path) -> Path:
    """The synthetic seed articles (two outlets) and one German record, as JSONL."""
    rows = []
    for outlet in ("daily-blaze", "meridian-wire"):
        for f in sorted((SEEDS / outlet).glob("*.txt"))[:6]:
            rows.append({"id": f"{outlet}/{f.stem}", "outlet": outlet, "text": f.read_text(encoding="utf-8")})
    rows.insert(3, {"id": "de-1", "outlet": "daily-blaze", "text": GERMAN})
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_narrative_columns_are_the_same_with_one_or_two_jobs(tmp_path, monkeypatch):
    monkeypatch.setattr(batch, "BATCH_RECORDS", 4)  # several batches, so two jobs really use two processes
    corpus = seed_corpus(tmp_path / "c.jsonl")
    outputs = {}
    for jobs in ("1", "2"):
        result = runner.invoke(
            app, ["score", str(corpus), "-o", str(tmp_path / f"s{jobs}.csv"), "--narratives", "--jobs", jobs]
        )
        assert result.exit_code == 0, result.output
        assert "flagged 1" in result.output
        outputs[jobs] = [(tmp_path / f"s{jobs}{ext}").read_bytes() for ext in (".csv", ".errors.csv")]
    assert outputs["1"] == outputs["2"]
    table = pd.read_csv(tmp_path / "s1.csv")
    for label in load_taxonomy().narratives:
        assert {f"narrative_{slug(label)}", f"narrative_{slug(label)}_prob"} <= set(table.columns)
    assert len(table) == 13  # nothing lost: the German record keeps its signal scores
    german = table.set_index("id").loc["de-1"]
    assert pd.isna(german["narratives"]) and pd.isna(german[f"narrative_{slug(FEARS)}"])
    english = table[table["id"] != "de-1"]
    assert set(english["narrative_lang"]) == {"en"} and english["narratives"].notna().all()
    flag, prob = english[f"narrative_{slug(FEARS)}"], english[f"narrative_{slug(FEARS)}_prob"]
    assert set(flag) <= {0.0, 1.0} and prob.between(0, 1).all()
    assert (flag == 1).tolist() == english["narratives"].str.split(";").map(lambda n: FEARS in n).tolist()
    with (tmp_path / "s1.errors.csv").open(encoding="utf-8") as fh:
        errors = list(csv.DictReader(fh))
    assert [(e["id"], e["status"]) for e in errors] == [("de-1", "flagged")]
    assert errors[0]["reason"].startswith("no narratives: de-1: ")
    assert "language" in errors[0]["reason"]
    meta = read_run_meta(tmp_path / "s1.csv")["narrative_model"]
    assert meta["file"] == default_path().name and meta["sha256"] == file_sha256(default_path())


def test_without_narratives_the_score_table_has_no_narrative_columns(tmp_path):
    corpus = seed_corpus(tmp_path / "c.jsonl")
    result = runner.invoke(app, ["score", str(corpus), "-o", str(tmp_path / "s.csv")])
    assert result.exit_code == 0, result.output
    assert not [c for c in pd.read_csv(tmp_path / "s.csv").columns if c.startswith("narrative_u")]
    assert "narrative_model" not in read_run_meta(tmp_path / "s.csv")


def test_compare_states_narrative_shares_per_outlet(tmp_path):
    corpus = seed_corpus(tmp_path / "c.jsonl")
    assert runner.invoke(app, ["score", str(corpus), "-o", str(tmp_path / "s.csv"), "--narratives"]).exit_code == 0
    table = pd.read_csv(tmp_path / "s.csv")
    column = f"narrative_{slug(FEARS)}"
    # A contrast the synthetic seeds do not carry: every daily-blaze article pushes the narrative.
    table[column] = (table["outlet"] == "daily-blaze").astype(float).where(table["narrative_lang"].notna())
    table.to_csv(tmp_path / "t.csv", index=False)
    result = runner.invoke(
        app,
        [
            "compare",
            str(tmp_path / "t.csv"),
            "--out-dir",
            str(tmp_path / "r"),
            "--min-articles",
            "3",
            "--min-hits",
            "3",
            "--bootstrap",
            "200",
        ],
    )
    assert result.exit_code == 0, result.output
    means = pd.read_csv(tmp_path / "r" / "tables" / "means.csv")
    fears = means[means["measure"] == column].set_index("group")["mean"]
    assert fears.to_dict() == {"daily-blaze": 1.0, "meridian-wire": 0.0}  # the German record left out
    report = (tmp_path / "r" / "report.md").read_text(encoding="utf-8")
    assert f"“daily-blaze” carries the narrative “{FEARS}” in 100.0% of its articles, “meridian-wire” in none" in report
    assert "1 article in a language without a narrative model is left out" in report


def test_compare_scores_a_corpus_with_narratives(tmp_path):
    corpus = seed_corpus(tmp_path / "c.jsonl")
    result = runner.invoke(
        app,
        [
            "compare",
            str(corpus),
            "--narratives",
            "--out-dir",
            str(tmp_path / "r"),
            "--min-articles",
            "3",
            "--bootstrap",
            "200",
        ],
    )
    assert result.exit_code == 0, result.output
    written = (tmp_path / "r" / "report.md").read_text(encoding="utf-8")
    report = written.lower()
    # each narrative is compared, or named among the measures no article has (left out of the comparison), as
    # the taxonomy writes it: that caveat wrote "urw: overpraising the west" (u32)
    assert all(
        f"Narrative: {label}" in written or f"narrative “{label}”" in written for label in load_taxonomy().narratives
    )
    assert "1 article in a language without a narrative model is left out" in report
    table = tmp_path / "s.csv"
    runner.invoke(app, ["score", str(corpus), "-o", str(table)])
    result = runner.invoke(app, ["compare", str(table), "--narratives", "--out-dir", str(tmp_path / "r2")])
    assert result.exit_code == 2
    assert "--narratives goes with a corpus; a score table holds narrative columns" in result.output


def test_corpus_columns_are_what_detect_gives_each_article():
    """A corpus batch skips the subnarratives and formats its articles' columns together (here over
    more than one chunk, in three languages); each article still gets its `detect` narratives, and
    their probabilities as `detect` rounds them (0 for a narrative its language's model lacks)."""
    from framing.narratives.columns import narrative_read, narrative_spec, narrative_values
    from framing.narratives.detector import CHUNK, NarrativeDetector

    seeds = [f.read_text(encoding="utf-8") for f in sorted(SEEDS.rglob("*.txt"))]
    russian = "Запад ведёт войну против России, а санкции бьют по Европе. НАТО готовит эскалацию, и это не секрет."
    texts = (seeds * (CHUNK // len(seeds) + 2))[: CHUNK + 3] + [russian, GERMAN, ""]
    spec = narrative_spec()
    got = narrative_values(spec, [narrative_read(spec, t, f"r{k}") for k, t in enumerate(texts)])
    detector = NarrativeDetector()
    assert len(got) == len(texts)
    for k, (text, (values, why)) in enumerate(zip(texts[:-2], got)):
        alone = detector.detect(text, f"r{k}", evidence=False)
        expected = [v for label in spec.labels for v in (float(label in alone.narratives), alone.proba.get(label, 0.0))]
        assert (values, why) == ((*expected, ";".join(alone.narratives), alone.lang), None)
    assert got[-3][0][-1] == "ru" and 0.0 in got[-3][0][1:-2:2]  # ru models fewer narratives than the taxonomy has
    assert got[-2] == ((None,) * (2 * len(spec.labels) + 2), got[-2][1])
    assert got[-2][1].startswith(f"no narratives: r{len(texts) - 2}: no language with a narrative model recognised")
    assert got[-1][1] == f"no narratives: r{len(texts) - 1}: empty article"
