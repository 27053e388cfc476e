"""Cues missed on outside news and PolNeAR's dev fold (round c18), by class, in sentences of our own: a news
outlet that "reports", a stance stated as an adjective after "be" ("are concerned that"), the impersonal
passive before a bare clause or a late "that" ("it was revealed the …"), verbs of praise, plea and rebuke,
and "shown" after a poll or a study. The counter-cases pin the uses that must stay out."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


def spans(analyzer: Analyzer, text: str) -> list[tuple[str, tuple[int, int], tuple[int, int]]]:
    """(kind, cue span, source span) of each attribution, as character offsets."""
    return [
        (a["kind"], (a["cue_start"], a["cue_end"]), (a["source_start"], a["source_end"]))
        for a in analyzer.analyze(text, split_title=False).attributions
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an outlet off the list that opens the sentence reports too (k50), but not a lone capitalised word
        ("The Lakeside Herald reports that the mill will close.", [("named", "reports", "The Lakeside Herald")]),
        ("Police reports of the fire were wrong.", []),
        ("The Daily Caller reports the mill will close in May.", [("named", "reports", "The Daily Caller")]),
        ("The mill will close in May, the Times reports.", [("named", "reports", "the Times")]),
        ("Fox News reports that the mill will close in May.", [("named", "reports", "Fox News")]),
        ("Reuters also reports that the mill will close.", [("named", "also reports", "Reuters")]),
        # the plural noun after an outlet's words or in general
        ("News reports say the mill will close.", [("vague", "say", "News reports")]),
        ("Two reports from the Times were wrong.", []),
    ],
)
def test_an_outlet_reports(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


def test_an_outlet_reports_spans(sourcing_analyzer: Analyzer) -> None:
    text = "The mill will close in May, the Daily Caller reports."
    assert spans(sourcing_analyzer, text) == [("named", (45, 52), (28, 44))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dairy farmers are concerned that the levy will rise.", [("vague", "are concerned", "Dairy farmers")]),
        (
            "The mayor's aides remain confident that the vote will pass.",
            [("anonymous", "remain confident", "The mayor's aides")],
        ),
        ("Ana Ruiz was worried about the drought.", [("named", "was worried", "Ana Ruiz")]),
        ("Ruiz has long been skeptical of the plan.", [("named", "has long been skeptical", "Ruiz")]),
        # no view stated: no clause or topic after the adjective
        ("The council was concerned with parking.", []),
        ("Lo is hopeful.", []),
        # inside what somebody said, the stance is that speaker's content
        ("Lo said the farmers were worried about the levy.", [("named", "said", "Lo")]),
    ],
)
def test_a_stance_stated_as_an_adjective(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


def test_a_stance_adjective_spans(sourcing_analyzer: Analyzer) -> None:
    text = "Dairy farmers are concerned that the levy will rise."
    assert spans(sourcing_analyzer, text) == [("vague", (14, 27), (0, 13))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was revealed the mayor had hidden the letters.", [("vague", "was revealed", "")]),
        ("It was revealed in March that the mayor had hidden the letters.", [("vague", "was revealed", "")]),
        ("It is estimated more than 400 homes were flooded.", [("vague", "is estimated", "")]),
        ("It was suggested a deputy should go in her place.", [("vague", "was suggested", "")]),
        # no clause after the cue: a thing reported, promised or backed, not a statement
        ("It was promised them and the council delivered.", []),
        ("It was confirmed on Tuesday.", []),
        ("It was backed up by a second survey.", []),
    ],
)
def test_the_impersonal_passive_before_a_clause(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mayor Ana Ruiz lauded the volunteers for their work.", [("named", "lauded", "Mayor Ana Ruiz")]),
        ("The union commended the plan on Friday.", [("named", "commended", "The union")]),
        ("Ruiz implored the council to wait.", [("named", "implored", "Ruiz")]),
        ("The flood was worse than expected, Lo surmised.", [("named", "surmised", "Lo")]),
        ("Senator Lo chided the agency for the delay.", [("named", "chided", "Senator Lo")]),
        ("Judge Ruiz castigated the lawyers for their filing.", [("named", "castigated", "Judge Ruiz")]),
        # the noun: "deficit scolds" are people, not a rebuke
        ("The deficit scolds were quiet this year.", []),
    ],
)
def test_verbs_of_praise_plea_and_rebuke(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Studies have shown the drug lowers blood pressure.", [("vague", "have shown", "Studies")]),
        # every poll at once names no one poll: vague, as the dev label "every recent state poll" is (k18)
        ("Every recent county poll has shown Ruiz ahead.", [("vague", "has shown", "Every recent county poll")]),
        # shown as displayed, with no poll or study before it
        ("The film was shown on television in May.", []),
    ],
)
def test_shown_after_a_poll_or_a_study(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected
