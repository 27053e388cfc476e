"""Round d10: a hostile user's audit of every surface. What it found wrong: the library's `analyze` given bytes,
None or a number failed deep in the tokenizer with a message naming neither the argument nor the fix (bytes
read "a bytes-like object is required, not 'str'", the reverse of the truth), and a short CSV row's reason read
"1 fields". The messages are matched loosely enough for the compiled build, whose own check of a `str`
argument ("str object expected; got bytes") comes first."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from framing import analyze
from framing.cli import app
from framing.corpus import Failure, open_corpus


@pytest.mark.parametrize(
    ("text", "title", "message"),
    [
        (b"The plan may fail.", None, r"str.*bytes"),
        (bytearray(b"The plan may fail."), None, r"str.*bytearray"),
        (None, None, r"str.*None"),
        (42, None, r"str.*int"),
        ("The plan may fail.", b"Plan in doubt", r"str.*bytes"),
        ("The plan may fail.", 7, r"str.*int"),
    ],
)
def test_analyze_names_a_text_or_title_that_is_no_str(text: object, title: object, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        analyze(text, title)  # type: ignore[arg-type]


def test_analyze_still_scores_a_str_text_and_title() -> None:
    result = analyze("The new plan may fail, officials warned.", "Plan in doubt")
    assert result.title == "Plan in doubt"
    assert result.signals["hedging"].count == 1


def _short_rows_file(folder: Path, widths: list[int]) -> Path:
    path = folder / "short_rows.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["id", "text", "outlet"])
        for n, width in enumerate(widths, 1):
            writer.writerow([f"r{n}", "The harvest may come late this year.", "Valley Post", "extra", "more"][:width])
    return path


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from([1, 2, 4, 5]), min_size=1, max_size=6))
def test_every_ragged_csv_row_is_failed_with_its_count_of_fields(tmp_path: Path, widths: list[int]) -> None:
    failures = [item for item in open_corpus(_short_rows_file(tmp_path, widths), {}) if isinstance(item, Failure)]
    assert [(f.line, f.row) for f in failures] == [(n + 1, n) for n in range(1, len(widths) + 1)]
    assert [f.reason for f in failures] == [
        f"malformed CSV row: {w} {'field' if w == 1 else 'fields'} where the header has 3" for w in widths
    ]


def test_score_lists_a_one_field_row_in_the_errors_file(tmp_path: Path) -> None:
    corpus = _short_rows_file(tmp_path, [3, 1])
    result = CliRunner().invoke(app, ["score", str(corpus), "-o", str(tmp_path / "scores.csv"), "-j", "1"])
    assert result.exit_code == 1, result.output
    with (tmp_path / "scores.errors.csv").open(encoding="utf-8", newline="") as errors:
        rows = list(csv.DictReader(errors))
    assert [(r["line"], r["row"], r["status"], r["reason"]) for r in rows] == [
        ("3", "2", "failed", "malformed CSV row: 1 field where the header has 3")
    ]
