"""Round u38's sourcing leftovers (issue 12, helper round k56), in sentences of our own, with either sourcing
method: a people's plural ending a body's name, an -ed past after an "according to" aside, an aside after a
hearer, a time after "was considered the", a transcript's short turn."""

from __future__ import annotations

import pytest

from framing import load_lexicons
from framing.pipeline import Analyzer
from sourcing_cases import attributions, fields


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The Houston Texans said the trade was done.", "The Houston Texans"),
        ("The Young Turks reported that the senator had lied.", "The Young Turks"),
        ("The Tulsa Texans announced that the coach would stay.", "The Tulsa Texans"),
        ("According to the Young Turks, the senator had lied.", "the Young Turks"),
    ],
)
def test_a_name_ending_in_a_people_is_a_body(sourcing_analyzer: Analyzer, text: str, source: str) -> None:
    assert [(k, s) for k, _, s in attributions(sourcing_analyzer, text)] == [("named", source)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The Syrian Kurds said the town had fallen.", "vague"),  # a people by its own adjective
        ("The Ohio Democrats said the vote was rigged.", "vague"),  # a party's members in a state
        ("The Tea Party Republicans said the vote was rigged.", "vague"),  # a wing of a party
        ("Kurdish fighters said the town had fallen.", "vague"),  # a group described, as "Idaho ranchers"
        ("The Kurds said the town had fallen.", "named"),  # k51's reading stays
    ],
)
def test_a_people_described_keeps_its_kind(sourcing_analyzer: Analyzer, text: str, kind: str) -> None:
    assert attributions(sourcing_analyzer, text)[0][0] == kind


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ruiz said the mill, according to the company, closed in 2019.",
            "the mill, according to the company, closed in 2019.",
        ),
        (
            "Lo said that the plant, according to the ministry, opened during the war.",
            "the plant, according to the ministry, opened during the war.",
        ),
        (
            "Lo said the port, according to two aides, reopened in May.",
            "the port, according to two aides, reopened in May.",
        ),
    ],
)
def test_a_past_tense_after_an_aside_keeps_the_first_speaker(
    sourcing_analyzer: Analyzer, text: str, content: str
) -> None:
    said = [(c, s, t) for c, s, t in fields(sourcing_analyzer, text, "cue", "source", "content") if c == "said"]
    assert said == [("said", text.split()[0], content)]


@pytest.mark.parametrize(
    "text",
    [
        "The motion was considered the following week.",
        "The bill was considered the next day by the full House.",
        "The appeals were considered the same day.",
    ],
)
def test_a_time_after_was_considered_is_no_view(sourcing_analyzer: Analyzer, text: str) -> None:
    assert attributions(sourcing_analyzer, text) == []


def test_was_considered_the_before_a_noun_is_still_a_view(sourcing_analyzer: Analyzer) -> None:
    assert attributions(sourcing_analyzer, "Lo was considered the front-runner.") == [
        ("vague", "was considered the", "")
    ]


@pytest.mark.parametrize(
    ("text", "turns"),
    [
        (
            "ANDERSON: Good evening. Tonight we look at the storm.\n\nLO: Thank you. The storm was bad.",
            [("ANDERSON", "Good evening."), ("LO", "Thank you.")],
        ),
        (
            "SMITH: Welcome back.\nRUIZ: Glad to be here with you today.",
            [("SMITH", "Welcome back."), ("RUIZ", "Glad to be here with you today.")],
        ),
    ],
)
def test_a_short_turn_of_a_transcript_is_its_speakers(
    sourcing_analyzer: Analyzer, text: str, turns: list[tuple[str, str]]
) -> None:
    found = [(s, c) for cue, s, c in fields(sourcing_analyzer, text, "cue", "source", "content") if cue == ":"]
    assert found == turns


@pytest.mark.parametrize(
    "text",
    [
        "UPDATE: Fire out.\n\nThe fire on Elm Street is out, the chief said.",  # one capitals label, no transcript
        "RUIZ: Plant closes.\n\nThe plant will close, Ruiz said on Monday.",  # a headline, no second speaker
    ],
)
def test_a_short_line_under_one_capitals_label_is_no_turn(text: str) -> None:
    analyzer = Analyzer(load_lexicons(), sourcing="rules")
    assert [a["cue"] for a in analyzer.analyze(text, split_title=False).attributions if a["cue"] == ":"] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Lo told the board, according to the minutes, that the plan had failed.", "the plan had failed."),
        ("Ruiz told the jury, in a written statement, that she had lied.", "she had lied."),
        ("Ana Ruiz told the council, according to a transcript, that the vote was void.", "the vote was void."),
    ],
)
def test_an_aside_after_the_hearer_leaves_what_was_told(sourcing_analyzer: Analyzer, text: str, content: str) -> None:
    told = [c for cue, c in fields(sourcing_analyzer, text, "cue", "content") if cue.startswith("told")]
    assert told == [content]
