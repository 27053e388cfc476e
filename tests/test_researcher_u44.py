"""Round u44: a researcher's pass over real news. "say" as a noun (a share in a decision: "have no say", "the
final say") is no cue, and a stretch up to now between a subject and its verb ("so far", "until now", "to
date") is no part of the source phrase. A table of matches written by `score --evidence` given as a corpus is
refused: its "text" column holds the matched words, so each match was scored as an article of one word."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from framing.cli import app
from sourcing_cases import fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "say" as a noun: nobody says anything, and the words before it were read as a source ("have no")
        ("Tenants have no say in the matter since the lease is signed.", []),
        ("The council will have the final say on the new bridge.", []),
        ("The nurses were given a say in how the wards are staffed.", []),
        ("Everyone will get their say at the hearing next week.", []),
        # unchanged: the verb after a noun phrase that holds a determiner, "her" as an object, "more" as people
        ("Nearly a third say the bridge is unsafe.", [("say", "Nearly a third")]),
        ("His neighbours say the bridge is unsafe.", [("say", "His neighbours")]),
        ("I heard her say the bridge is unsafe.", [("say", "I")]),
        ("More say the bridge is unsafe than say it is sound.", [("say", "More"), ("say", "")]),
        # a stretch up to now before the auxiliary, after it, or after a relative pronoun: the subject before it
        ("Ms. Ortiz so far has said nothing about the bridge.", [("has said", "Ms. Ortiz")]),
        ("Ms. Ortiz has so far said nothing about the bridge.", [("has so far said", "Ms. Ortiz")]),
        ("Ms. Ortiz thus far has refused to comment.", [("has refused", "Ms. Ortiz")]),
        ("Ms. Ortiz to date has denied any wrongdoing.", [("has denied", "Ms. Ortiz")]),
        ("The mayor, who until now had expressed no doubts, changed course.", [("now had expressed", "who")]),
        ("The firm, which so far has declined to comment, closed early.", [("has declined to comment", "which")]),
        # opening the sentence with no comma: the read stopped inside it ("far Ms. Ortiz")
        ("So far Ms. Ortiz has said nothing about the bridge.", [("has said", "Ms. Ortiz")]),
        ("To date the agency has denied any wrongdoing.", [("has denied", "the agency")]),
        # unchanged: a stretch set off by commas, "until now" opening the sentence
        ("Ms. Ortiz, so far, has said nothing about the bridge.", [("has said", "Ms. Ortiz")]),
        ("Until now the agency had declined to comment.", [("had declined to comment", "the agency")]),
    ],
)
def test_say_as_a_noun_and_a_stretch_up_to_now(analyzer, text: str, expected: list[tuple[str, str]]) -> None:
    assert fields(analyzer, text, "cue", "source") == expected


_MATCHES = (
    "id,part,signal,entry,sentence,start,end,text,sentence_text,voice,negated,weight,rule\n"
    'a1,body,hedging,may,0,8,11,may,"The bridge may close.",author,False,1.0,\n'
    'a1,body,escalation,crisis,1,4,10,crisis,"Its crisis deepens.",author,False,1.0,\n'
)


@pytest.mark.parametrize(
    "command",
    [["score"], ["narratives"], ["lexicon", "sample", "--signal", "hedging"], ["compare", "--by", "outlet"]],
)
def test_a_table_of_matches_is_no_corpus(tmp_path: Path, command: list[str]) -> None:
    data = tmp_path / "matches.csv"
    data.write_text(_MATCHES, encoding="utf-8")
    out = tmp_path / ("report" if command[0] == "compare" else "out.csv")
    result = CliRunner().invoke(app, [*command, str(data), "-o", str(out)])
    assert result.exit_code == 2
    assert result.output.strip().splitlines()[-1] == (
        f"error: {data}: a table of matches (one row per match, written by `score --evidence`), not a corpus: give "
        "it to `compare --evidence-table`, or read the articles it came from"
    )
    assert not out.exists()


def test_a_table_of_matches_is_read_with_its_text_column_named(tmp_path: Path) -> None:
    data = tmp_path / "matches.csv"
    data.write_text(_MATCHES, encoding="utf-8")
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(app, ["score", str(data), "-o", str(out), "--text-col", "sentence_text"])
    assert result.exit_code == 0
    assert out.exists()
