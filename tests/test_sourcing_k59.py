"""Sourcing of round k59 (issue 12), in sentences of our own, from the error classes of blind set k59.

- The writer's impersonal aside before an infinitive ("it is fair to say that …", "it's hard to believe",
  "needless to say") reports no one; before the round it was an attribution whose source was the aside's words.
  A person's infinitive ("went on to say", "refused to say") and a person who "finds it hard to believe" stay cues.
- A name placed "in City, State" and set off by commas before its cue is the source with its place ("Judge Ana Ruiz
  in Fort Worth, Texas, said"); before the round the source was the state alone. A time after that comma ("…,
  Texas, on Friday said") is read past as it is after a name without commas.
- A name with its title and organisation set off by commas after an opening phrase ("At the event, Ed Lo, CEO,
  Acme Hub said") is read back to the name, as at the sentence's start; before, the source was the organisation.
- "According to X, CLAUSE, after …": a clause that a subordinate word ("after", "while", "when") follows is the
  content, no appositive of the source; before the round the source ran through the clause.
- The blind files' `none` rows: a sentence marked as holding no attribution counts the tool's cues in it against
  precision, and is no attribution to find.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.pipeline import Analyzer
from framing.quality.sourcing_judged import read_blind, score_blind
from sourcing_cases import cues_and_sources


@pytest.mark.parametrize(
    "text",
    [
        "It is fair to say that the council misjudged the mood of the town.",
        "It's hard to believe the old mill ever closed its doors.",
        "Needless to say, the bridge was never finished on time.",
        "It is no exaggeration to say that the harvest saved the valley.",
        "It is safe to say the ferry will not run again this winter.",
    ],
)
def test_the_writers_impersonal_aside_reports_no_one(analyzer: Analyzer, text: str) -> None:
    assert cues_and_sources(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor went on to say that the bridge was safe.", [("went on to say", "The mayor")]),
        ("Ana Ruiz refused to say whether the bridge was safe.", [("refused to say", "Ana Ruiz")]),
        (
            "Veteran observers, this writer included, find it hard to believe the truce will hold.",
            [("believe", "Veteran observers")],
        ),
    ],
)
def test_a_persons_infinitive_stays_a_cue(analyzer: Analyzer, text: str, expected: list[tuple[str, str]]) -> None:
    assert cues_and_sources(analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Judge Ana Ruiz in Fort Worth, Texas, said that the levy was void.", "Judge Ana Ruiz in Fort Worth, Texas"),
        (
            "U.S. District Judge Ana Ruiz in Fort Worth, Texas, on Friday said that the levy was void.",
            "U.S. District Judge Ana Ruiz in Fort Worth, Texas",
        ),
        (
            "Later, Mayor Ed Lo in Dayton, Ohio, said the plant would reopen.",
            "Mayor Ed Lo in Dayton, Ohio",
        ),
        ("Ana Ruiz, 64, on Friday said the plant would reopen.", "Ana Ruiz, 64"),
    ],
)
def test_a_name_placed_in_a_city_and_state_is_the_source(analyzer: Analyzer, text: str, source: str) -> None:
    assert cues_and_sources(analyzer, text) == [("said", source)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("At the signing, Mr Ed Lo, CEO, Acme Hub said the plant would reopen.", "Mr Ed Lo, CEO, Acme Hub"),
        (
            "In a short speech, Ana Ruiz, chair, Dayton Growers said the plant would reopen.",
            "Ana Ruiz, chair, Dayton Growers",
        ),
    ],
)
def test_a_name_with_title_and_body_after_an_opening_phrase(analyzer: Analyzer, text: str, source: str) -> None:
    assert cues_and_sources(analyzer, text) == [("said", source)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At a rally in Dover, N.H., on Tuesday, Senator Ana Ruiz of Ohio endorsed Lo, saying he would win.",
            [("endorsed", "Senator Ana Ruiz of Ohio"), ("saying", "Senator Ana Ruiz of Ohio")],
        ),
        ("In France, Spain and Italy, farmers fear that prices will fall.", [("fear", "farmers")]),
    ],
)
def test_a_place_or_a_list_in_the_opening_phrase_is_no_name(
    analyzer: Analyzer, text: str, expected: list[tuple[str, str]]
) -> None:
    assert cues_and_sources(analyzer, text) == expected


def test_a_sentence_marked_with_no_attribution_counts_against_precision(tmp_path: Path) -> None:
    text = "Ana Ruiz said the plant would reopen. The old mill is closed, he added nothing."
    folder = tmp_path / "data" / "ptc" / "articles"
    folder.mkdir(parents=True)
    (folder / "article1.txt").write_text(text, encoding="utf-8")
    second = text.index("The old")
    rows = [
        ["ptc", "article1", "0", "37", "0", "8", "9", "13", "named"],
        ["ptc", "article1", str(second), str(len(text)), "", "", "", "", "none"],
    ]
    path = tmp_path / "blind_x.tsv"
    header = "dataset doc sentence_start sentence_end source_start source_end cue_start cue_end kind".split()
    path.write_text("\n".join("\t".join(r) for r in [header, *rows]) + "\n", encoding="utf-8")
    marked = read_blind(path)
    assert [(m.kind, m.source, m.cue) for m in marked] == [
        ("named", (0, 8), (9, 13)),
        ("none", (second, second), (second, second)),
    ]
    figures = score_blind(tmp_path / "data", Analyzer(), path)
    ptc = figures["ptc"]
    assert (ptc["marked"], ptc["found"], ptc["right"]) == (1, 1.0, 1.0)
    assert (ptc["reported"], ptc["precision"]) == (2, 0.5)  # "added" in the sentence marked as holding none


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "According to the Acme report, the mill recorded a loss in 2023, after posting gains for two years.",
            "the Acme report",
        ),
        ("According to the survey, prices rose in May, while wages fell.", "the survey"),
        ("According to Ana Ruiz, the whip, the plan died after the vote.", "Ana Ruiz, the whip"),
    ],
)
def test_according_to_stops_before_a_clause_a_subordinate_follows(analyzer: Analyzer, text: str, expected: str) -> None:
    assert cues_and_sources(analyzer, text) == [("According to", expected)]
