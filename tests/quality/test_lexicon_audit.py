"""`framing lexicon audit`: numbers checked by hand on a tiny labelled file, and on real hedge data."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from framing.cli import app
from framing.quality.audit import audit
from framing.lexicon.loader import Layer, load_lexicons

runner = CliRunner()
LEXICON = 'schema = 1\n[signal]\nlabel = "H"\ndescription = "d"\n[terms]\n"may" = 1\n"reportedly" = 1\n'
ROWS = [
    ("It may rain.", 1),
    ("He reportedly left.", 1),
    ("Officials believe it.", 1),
    ("We may go in May.", 0),
    ("The sun rose.", 0),
]


@pytest.fixture()
def tiny(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "lex"
    folder.mkdir()
    (folder / "hedge_test.toml").write_text(LEXICON, encoding="utf-8")
    data = tmp_path / "labelled.csv"
    pd.DataFrame(ROWS, columns=["text", "hedged"]).to_csv(data, index=False)
    return folder, data


def test_audit_numbers_match_a_hand_count(tiny: tuple[Path, Path]) -> None:
    folder, data = tiny
    lexicons = load_lexicons(layers=[Layer(folder, "test")])
    result = audit(pd.read_csv(data), "hedge_test", "hedged", lexicons, min_count=1)
    q = result.quality
    # fired on rows 1, 2, 4; positives 1, 2, 3: TP = 2 of 3 fired, 2 of 3 positives
    assert (q.precision, q.recall, q.f1, q.fired, q.positives, q.n) == (0.6667, 0.6667, 0.6667, 3, 3, 5)
    # weighted scores [1, 1, 0, 2, 0]: of the 6 positive-negative pairs, 2 won and 1 tied -> 2.5 / 6
    assert q.auc == round(2.5 / 6, 4)
    rows = {
        r.entry: (r.pos_hits, r.neg_hits, round(r.precision, 4), round(r.coverage, 4))
        for r in result.entries.itertuples()
    }
    assert rows == {"may": (1, 1, 0.5, 0.3333), "reportedly": (1, 0, 1.0, 0.3333)}
    assert set(result.candidates["term"]) >= {"believe", "officials"}
    assert "may" not in set(result.candidates["term"])


def test_audit_before_and_after_two_lexicon_folders(tiny: tuple[Path, Path], tmp_path: Path) -> None:
    folder, data = tiny
    edited = tmp_path / "edited"
    edited.mkdir()
    (edited / "hedge_test.toml").write_text(LEXICON + '"believe" = 1\n', encoding="utf-8")
    result = runner.invoke(
        app,
        [
            "lexicon",
            "audit",
            str(data),
            "--signal",
            "hedge_test",
            "--label-col",
            "hedged",
            "--lexicons",
            str(edited),
            "--against",
            str(folder),
            "--format",
            "json",
        ],
    )
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert (out["before"]["recall"], out["quality"]["recall"]) == (0.6667, 1.0)
    assert out["quality"]["precision"] == 0.75


def test_audit_on_the_seed_hedging_file() -> None:
    data = Path(__file__).parents[2] / "seeds" / "labelled" / "hedging_sentences.csv"
    result = runner.invoke(
        app, ["lexicon", "audit", str(data), "--signal", "hedging", "--label-col", "hedged", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    quality = json.loads(result.output)["quality"]
    assert quality["n"] >= 100 and quality["f1"] >= 0.8


def test_audit_on_real_hedge_cues(shared_data: Path) -> None:
    from framing.quality.datasets import szeged

    news = szeged(shared_data).head(600)
    result = audit(news, "hedging", "uncertain", load_lexicons())
    assert result.quality.f1 >= 0.6 and result.quality.auc >= 0.75
    assert len(result.candidates) > 0


def test_audit_names_a_missing_column(tiny: tuple[Path, Path]) -> None:
    _, data = tiny
    result = runner.invoke(app, ["lexicon", "audit", str(data), "--signal", "hedging", "--label-col", "nope"])
    assert result.exit_code == 2
    assert result.output == f"error: {data}: no column 'nope' (--label-col); columns: text, hedged\n"
