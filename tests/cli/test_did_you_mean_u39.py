"""A misspelled name (a signal, a grouping column, an option's value, a language, a narrative label) is answered
with the nearest known one, "did you mean 'hedging'?", in every command alike (u39; `wording.nearest`)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from framing.cli import app

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds" / "articles"
runner = CliRunner()


@pytest.fixture
def table(tmp_path: Path) -> Path:
    """A small score table of two outlets, as `framing score -o` writes one."""
    rows = [
        {"id": str(k), "outlet": "AB"[k % 2], "n_words": 400, "hedging_count": k % 3}
        | {f"hedging_{measure}": 2.5 * (k % 3) for measure in ("per_1k", "author_per_1k", "sentence_share")}
        for k in range(12)
    ]
    path = tmp_path / "scores.csv"
    pd.DataFrame(rows).to_csv(path, index=False)
    return path


def _error(*args: str | Path) -> str:
    result = runner.invoke(app, [str(a) for a in args])
    assert result.exit_code == 2, result.output
    return result.output


def test_compare_suggests_the_signal_and_the_grouping_column(table: Path, tmp_path: Path) -> None:
    out = tmp_path / "r"
    assert _error("compare", table, "--signals", "hedgin", "-o", out) == (
        "error: unknown signal(s) hedgin; the table has: hedging; did you mean 'hedging'?\n"
    )
    assert _error("compare", table, "--by", "outlett", "-o", out) == (
        f"error: {table}: no column 'outlett' to group by (--by); the columns to group by are: id, outlet; "
        "did you mean 'outlet'?\n"
    )


@pytest.mark.parametrize(
    "args, message",
    [
        (
            ["compare", "--sourcing", "rule"],
            "error: framing compare: Invalid value for '--sourcing': 'rule' is not one of 'rules', 'trained', 'hybrid'; "
            "did you mean 'rules'? (framing compare --help)\n",
        ),
        (
            ["score", "--unit", "sentense"],
            "error: framing score: Invalid value for '--unit': 'sentense' is not one of 'article', 'sentence', "
            "'paragraph', 'post', 'document', 'text', 'record'; did you mean 'sentence'? (framing score --help)\n",
        ),
        (
            ["narratives", "--lang", "hii"],
            "error: unknown --lang 'hii': narratives are supported in en, ru, bg, hi; did you mean 'hi'?\n",
        ),
    ],
)
def test_an_option_value_is_answered_with_the_nearest_choice(args: list[str], message: str) -> None:
    assert _error(args[0], SEEDS, *args[1:]) == message


def test_a_value_near_no_choice_is_refused_as_before() -> None:
    assert _error("lexicon", "list", "-f", "yaml") == (
        "error: framing lexicon list: Invalid value for '--format' / '-f': 'yaml' is not one of 'table', 'json'. "
        "(framing lexicon list --help)\n"
    )


def test_a_lexicon_language_is_answered_with_the_nearest_shipped_one() -> None:
    assert _error("lexicon", "show", "hedging", "--lang", "enn") == (
        "error: --lang enn: E100 no signal lexicons for language 'enn'; did you mean 'en'? (shipped for: en); add a "
        "folder of them with --lexicons\n"
    )


def test_a_narrative_cue_file_with_a_misspelled_label_is_told_the_label(tmp_path: Path) -> None:
    folder = tmp_path / "mine" / "narratives"
    folder.mkdir(parents=True)
    shipped = (ROOT / "lexicons" / "en" / "narratives" / "cc_beneficial.toml").read_text(encoding="utf-8")
    cues = folder / "cc_beneficial.toml"
    cues.write_text(shipped.replace("is beneficial", "is benefical"), encoding="utf-8")
    result = runner.invoke(app, ["lexicon", "check", str(tmp_path / "mine")])
    assert (
        f'{cues}: E203 label "CC: Climate change is benefical" is not a narrative of narrative_taxonomy.toml '
        "(hint: copy the label from the taxonomy file; did you mean 'CC: Climate change is beneficial'?)"
    ) in result.output
