"""Round u43: a researcher's pass over real news. A table with a header and no rows (a CSV or TSV export of an
empty query, a Parquet file of none) is refused as an empty file is, exit 2, by every command that reads a
corpus: a run of no records is a mistake, not a result, and "read 0 · scored 0" with exit 0 read as success."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from framing.cli import app
from sourcing_cases import fields


def _header_only(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    if name.endswith(".parquet"):
        pd.DataFrame({"id": pd.Series([], dtype=str), "text": pd.Series([], dtype=str)}).to_parquet(path)
    else:
        sep = "\t" if name.endswith(".tsv") else ","
        path.write_text(f"id{sep}text\n\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("notes.csv", "no rows under the header; one record per row is needed"),
        ("notes.tsv", "no rows under the header; one record per row is needed"),
        ("notes.parquet", "no rows; one record per row is needed"),
    ],
)
@pytest.mark.parametrize(
    "command",
    [["score"], ["narratives"], ["lexicon", "sample", "--signal", "hedging"]],
)
def test_header_and_no_rows_is_refused(tmp_path: Path, name: str, message: str, command: list[str]) -> None:
    data = _header_only(tmp_path, name)
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(app, [*command, str(data), "-o", str(out)])
    assert result.exit_code == 2
    assert result.output.strip().splitlines()[-1] == f"error: {data}: {message}"
    assert not out.exists()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aside naming more of those who speak: the source keeps it, as "including" did
        (
            "Several nurses, along with their union leader, said the wards were short of staff.",
            [("said", "Several nurses, along with their union leader")],
        ),
        (
            "The tenants, together with two local councillors, wrote that the rent rise was unlawful.",
            [("wrote", "The tenants, together with two local councillors")],
        ),
        # unchanged: "including" keeps its members, an occasion is cut
        (
            "Many members of the board, including its chair, said the merger was rushed.",
            [("said", "Many members of the board, including its chair")],
        ),
        ("Several nurses, in a letter, said the wards were short of staff.", [("said", "Several nurses")]),
        # a moment named by "at" between the subject and its verb is no part of the source
        ("The coach at one point even said he would quit before the final.", [("even said", "The coach")]),
        ("Ms. Diaz at some point told reporters the bridge was closed.", [("told reporters", "Ms. Diaz")]),
        ("The coach at the moment said he would quit.", [("said", "The coach")]),
        # unchanged: "at the time", and a place after "at" is part of who speaks
        ("Gomez at the time said the plan was too costly.", [("said", "Gomez")]),
        ("Nurses at the clinic said the wards were short of staff.", [("said", "Nurses at the clinic")]),
    ],
)
def test_source_past_an_aside_or_a_moment(analyzer, text: str, expected: list[tuple[str, str]]) -> None:
    assert fields(analyzer, text, "cue", "source") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of a clause opened by "though", "while", "when": its aside is read as after an opening subject;
        # "came", a past tense that is never a participle, shows "the rain" is the content's subject, not a source
        (
            "Though most farmers, including the Ruiz family, said the rain came too late, the harvest was saved.",
            [("said", "most farmers, including the Ruiz family")],
        ),
        (
            "While the nurses, along with two doctors, warned of delays, the clinic stayed open.",
            [("warned", "the nurses, along with two doctors")],
        ),
        (
            "When Ruiz, citing new data, said the plan would fail, the board voted no.",
            [("citing", "Ruiz"), ("said", "Ruiz")],
        ),
        # unchanged: a source after the verb, with a relative clause of its own
        ('"We will win," said the coach who took over in May.', [("said", "the coach who took over in May")]),
        ("The plan failed, said the mayor, who took office in May.", [("said", "the mayor, who took office in May")]),
    ],
)
def test_subject_of_an_opening_clause_and_no_inverted_clause(
    analyzer, text: str, expected: list[tuple[str, str]]
) -> None:
    assert fields(analyzer, text, "cue", "source") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name and a colon before a quotation: its words counted past the marks, the title and the comma
        (
            'The council met on Friday.\n\nAna Ruiz: "Mr. Speaker, this plan will fail."',
            [(":", "Ana Ruiz", '"Mr. Speaker, this plan will fail."')],
        ),
        # unchanged: a quotation with three words at once
        (
            'The council met on Friday. Ana Ruiz: "This plan will fail, and it will cost too much."',
            [(":", "Ana Ruiz", '"This plan will fail, and it will cost too much."')],
        ),
    ],
)
def test_speaker_colon_before_a_quotation(analyzer, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert fields(analyzer, text, "cue", "source", "content") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quoted title or slogan opening with a verb in the imperative reports nothing
        ("The party is holding a meeting entitled “Oppose the war!” on Thursday.", []),
        ('The union printed posters reading "Oppose the cuts" for the march.', []),
        # unchanged: a quotation after its cue, and one opening the sentence before its tag
        ("Ruiz said: “Tell them the truth.”", [("said:", "Ruiz")]),
        ("“Tell them the truth,” Ruiz said.", [("said", "Ruiz")]),
    ],
)
def test_quoted_imperative_reports_nothing(analyzer, text: str, expected: list[tuple[str, str]]) -> None:
    assert fields(analyzer, text, "cue", "source") == expected
