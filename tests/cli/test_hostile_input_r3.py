"""Round r3's hostile input: score tables made by hand for `framing compare`, HTML pages for `framing score`.
Each test failed before its fix."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from framing.cli import app

runner = CliRunner()


def _scores(folder: Path, cell: str, column: str = "hedging_author_per_1k") -> Path:
    """A hand-made score table of two outlets, twelve articles each, with `cell` in `column` of its fourth row."""
    names = ["n_words", "hedging_count", "hedging_per_1k", "hedging_author_per_1k", "hedging_weighted"]
    rows = []
    for k in range(24):
        rate = str(k % 3 * 10)
        values = {"n_words": "100", "hedging_count": str(k % 3), "hedging_per_1k": rate, "hedging_author_per_1k": rate}
        values["hedging_weighted"] = "1"
        if k == 3:
            values[column] = cell
        rows.append(",".join([str(k), "ab"[k % 2], *(values[name] for name in names)]))
    path = folder / "scores.csv"
    path.write_text("id,outlet," + ",".join(names) + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("cell", "column", "shown"),
    [("inf", "hedging_author_per_1k", "inf"), ("-50", "n_words", "-50.0"), ("-3", "hedging_count", "-3.0")],
)
def test_an_infinite_or_negative_score_is_refused(tmp_path: Path, cell: str, column: str, shown: str) -> None:
    """`inf` in a rate, -50 words or a count of -3 made a report (exit 0) whose means and findings no article
    supports; the tool never writes them."""
    _scores(tmp_path, cell, column)
    result = runner.invoke(app, ["compare", str(tmp_path / "scores.csv"), "-o", str(tmp_path / "r")])
    assert result.exit_code == 2
    assert result.output.endswith(f"row 4: {column} is {shown}, not a count, rate or share (finite, 0 or more)\n")
    assert not (tmp_path / "r").exists()


def test_an_empty_score_cell_leaves_its_row_out_with_a_note_and_a_negative_weighted_sum_is_read(
    tmp_path: Path,
) -> None:
    """An empty cell is a missing value: its row is left out, named in a note (it used to blank its group's means
    and make the report say every score was identical); a lexicon weight may be negative, so that row is read."""
    _scores(tmp_path, "", "hedging_author_per_1k")
    table = (tmp_path / "scores.csv").read_text(encoding="utf-8").replace(",1\n", ",-1\n", 1)
    (tmp_path / "scores.csv").write_text(table, encoding="utf-8")
    result = runner.invoke(app, ["compare", str(tmp_path / "scores.csv"), "-o", str(tmp_path / "r")])
    assert result.exit_code == 0, result.output
    assert "note: 1 article with an empty score cell is left out (" in result.output
    assert "scores.csv: row 4: hedging_author_per_1k)." in " ".join(result.output.split())
    # the row with the negative sum is read; the one with the empty cell is not, and its group's mean is a number
    overview = (tmp_path / "r" / "tables" / "overview.csv").read_text(encoding="utf-8")
    assert overview.splitlines()[1:] == ["a,12,1200,100.0,,,0", "b,11,1100,100.0,,,0"]
    means = pd.read_csv(tmp_path / "r" / "tables" / "means.csv").set_index("group")
    assert means.loc["b", "n"] == 11 and means.loc["b", "mean"] == pytest.approx(120 / 11)
    assert "every score is identical" not in (tmp_path / "r" / "report.md").read_text(encoding="utf-8")


def test_a_right_to_left_override_in_a_group_name_is_shown_not_obeyed(tmp_path: Path) -> None:
    """An outlet named with U+202E reversed the rest of every terminal line, and every report line, it was quoted
    in. Since round d11 a group's name drops its bidirectional controls (and other invisible characters), so that
    "b" + U+202E + "gnirts" is the group "bgnirts"."""
    reversed_name = "b\u202egnirts"
    rows = "".join(
        f"{k},{'a' if k % 2 else reversed_name},100,{k % 2 * 3},{k % 2 * 30},{k % 2 * 30}\n" for k in range(24)
    )
    path = tmp_path / "scores.csv"
    path.write_text("id,outlet,n_words,hedging_count,hedging_per_1k,hedging_author_per_1k\n" + rows, encoding="utf-8")
    result = runner.invoke(app, ["compare", str(path), "-o", str(tmp_path / "r")])
    assert result.exit_code == 0, result.output
    assert "\u202e" not in result.output
    assert "bgnirts" in result.output
    # and in the reports the run wrote, where it reversed the findings' lines the same way
    for report in ("index.html", "report.md"):
        text = (tmp_path / "r" / report).read_text(encoding="utf-8")
        assert "\u202e" not in text and "bgnirts" in text, report


def test_a_pages_template_content_is_not_scored(tmp_path: Path) -> None:
    """A <template>'s words are never shown by a browser; they were scored as the article's body (here the
    page's only paragraph became its headline and the template its body)."""
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><p>Officials will resign on Monday.</p>"
        "<template><p>Subscribers allegedly may perhaps get more.</p></template></body></html>",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["score", str(page), "--format", "json"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    assert record["signals"]["hedging"]["count"] == 0
    assert "allegedly" not in {e["text"] for e in record["evidence"]}


def test_an_empty_date_window_says_so(tmp_path: Path) -> None:
    """A window holding no article was refused as "fewer than two groups ... remain", as if groups were small."""
    rows = "".join(f"{k},{'ab'[k % 2]},2026-03-{k + 1:02d},100,{k % 3},{k % 3 * 10},{k % 3 * 10}\n" for k in range(24))
    path = tmp_path / "scores.csv"
    path.write_text(
        "id,outlet,date,n_words,hedging_count,hedging_per_1k,hedging_author_per_1k\n" + rows, encoding="utf-8"
    )
    result = runner.invoke(app, ["compare", str(path), "-o", str(tmp_path / "r"), "--since", "2030-01-01"])
    assert result.exit_code == 2
    assert result.output == (
        "error: no article is dated within --since 2030-01-01 (the dates run 2026-03-01 to 2026-03-24); "
        "nothing to compare\n"
    )


def test_the_topic_mix_of_many_groups_takes_memory_linear_in_the_groups() -> None:
    """10,000 groups of a hand-made table took over 10 GB: the topic-mix caveat built a groups x groups x topics
    array. 2,000 groups of 10 topics now stay far below the 320 MB that array alone took."""
    import tracemalloc

    import pandas as pd

    from framing.aggregate.caveats import _topic_mix

    table = pd.DataFrame(
        {"outlet": [f"g{k // 5}" for k in range(10_000)], "event": [f"e{k % 10}" for k in range(10_000)]}
    )
    tracemalloc.start()
    found = _topic_mix(table, "outlet", "event")
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 50_000_000
    assert found and found[0]["distance"] == pytest.approx(1.0)  # g0 holds e0-e4, g1 e5-e9


def test_unreadable_dates_are_counted_and_shown(tmp_path: Path) -> None:
    """A hand-edited "yesterday" or "2024-13-45" was counted as no date in silence."""
    dates = ["yesterday", "2024-13-45", *(f"2026-03-{k + 1:02d}" for k in range(22))]
    rows = "".join(f"{k},{'ab'[k % 2]},{dates[k]},100,{k % 3},{k % 3 * 10},{k % 3 * 10}\n" for k in range(24))
    path = tmp_path / "scores.csv"
    path.write_text(
        "id,outlet,date,n_words,hedging_count,hedging_per_1k,hedging_author_per_1k\n" + rows, encoding="utf-8"
    )
    result = runner.invoke(app, ["compare", str(path), "-o", str(tmp_path / "r")])
    assert result.exit_code == 0, result.output
    assert "note: 2 dates could not be read (the first: 'yesterday') and count as none." in result.output
