"""Round c46: cue words in a sense that reports nothing (issue 12's precision side). A correspondent's credit, an
arrival, "point" the noun, a quantity that fell, being associated with a cause, a name given, a contrast, a price, a
mention heard and people let in are no attributions; the reporting senses of the same words stay cues."""

from __future__ import annotations

import pytest

from sourcing_cases import cues_and_sources


@pytest.mark.parametrize(
    "text",
    [
        "Ana Lindqvist reported from Tallinn.",
        "He has reported from every summit since 2009.",
        "Dozens of farmers showed up at the depot.",
        "If the minister shows up, the talks can start.",
        "At one point to cheers, the mayor waved a flag.",
        "The envoy drove home the point to his hosts that the grain deal was over.",
        "Exports declined 12 percent in the spring.",
        "Ferry revenue declined to $40 million last year.",
        "Turnout declined in almost every county.",
        "She is the mayor most identified with the tram project.",
        "The so called harbour pact was signed in May.",
        "The union's calling card is its strike fund.",
        "The council cut bus fares, as opposed to raising parking fees.",
        "The sellers lowered the farm's asking price.",
        "In the film, children are seen pushing their parents off the pier.",
        "The guards were shouting, pushing, kicking the gate.",
        "The crowd booed at the mention of the tax.",
        "The mere mention of the levy angered the farmers.",
        "Most refugees admitted to the United States last year were children.",
        "No crime has been traced to anyone admitted through the program.",
        "The Syrian refugees admitted this year are mostly families.",
        "The harbour as we know it will be gone by spring.",
        "She got to know the miners in her first year.",
        "Here is all you need to know about the vote.",
    ],
)
def test_a_word_in_a_sense_that_reports_nothing_is_no_cue(analyzer, text: str) -> None:
    assert cues_and_sources(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reporting senses stay
        ("The Gazette reported that the mayor would resign.", [("reported", "The Gazette")]),
        ("A new poll shows Ruiz up by six points.", [("shows", "A new poll")]),
        ("Critics point to the deficit.", [("point to", "Critics")]),
        ("The audits point to waste in the port.", [("point to", "The audits")]),
        ("Ms. Ruiz declined to comment.", [("declined to comment", "Ms. Ruiz")]),
        ("The police identified the driver as a local man.", [("identified", "The police")]),
        ("The farmers opposed the levy.", [("opposed", "The farmers")]),
        ("Lo did not mention the levy.", [("did not mention", "Lo")]),
        ("The minister admitted to the charge.", [("admitted", "The minister")]),
        ("The drop came, he admitted, through bad planning.", [("admitted", "he")]),
        ("The mayor is pushing for a new bridge.", [("is pushing", "The mayor")]),
        ("The mayor knows the levy will fail.", [("knows", "The mayor")]),
    ],
)
def test_the_reporting_sense_of_the_same_words_stays_a_cue(
    analyzer, text: str, expected: list[tuple[str, str]]
) -> None:
    assert cues_and_sources(analyzer, text) == expected
