"""A sentence that opens with "as", a source and its cue (issue 12, helper round v29), in sentences of our own, with
either sourcing method. Before the round what the cue reported ran over the clause's comma into the writer's main
clause ("As the mayor announced a levy on boats, many residents appeared to …" put "appeared to" in the mayor's
voice), and an aside's time or occasion ("As the Herald reported on Tuesday,") was read as the first words of what
was reported. A clause of time ends at its comma; an aside credits the main clause after it. "He's" before a noun
cue is "he has", no possessor."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions_and_voices


@pytest.mark.parametrize(
    ("text", "attribution", "voices"),
    [
        # "as" opens a clause of time: what the cue reports ends at its comma, the main clause is the writer's
        (
            "As the mayor announced a new levy on boats, many residents appeared to lose patience with her.",
            ("announced", "the mayor", "a new levy on boats"),
            [("appeared to", "author")],
        ),
        (
            "Even as Ruiz has repeatedly said that he opposes the merger, his aides are plainly drafting it.",
            ("has repeatedly said", "Ruiz", "he opposes the merger"),
            [("plainly", "author")],
        ),
        (
            "But as Lo denounced the levy and pledged to fight it, the council seemed likely to pass it.",
            ("pledged", "Lo", "to fight it"),
            [("seemed", "author")],
        ),
        # a quotation inside the clause: the comma after it, or the one inside it that closes it, ends the clause
        (
            'Even as Ruiz has said that he opposes "boots on the ground" abroad, his aides are plainly sending them.',
            ("has said", "Ruiz", 'he opposes "boots on the ground" abroad'),
            [("plainly", "author")],
        ),
        (
            'But as Lo vowed to confront "the rebels," many in the hall appeared to warm to her.',
            ("vowed", "Lo", 'to confront "the rebels,"'),
            [("appeared to", "author")],
        ),
    ],
)
def test_a_clause_of_time_ends_at_its_comma(
    sourcing_analyzer: Analyzer, text: str, attribution: tuple[str, str, str], voices: list[tuple[str, str]]
) -> None:
    attributions, found = attributions_and_voices(sourcing_analyzer, text)
    assert attribution in attributions
    assert [v for v in found if v[0] in dict(voices)] == voices


@pytest.mark.parametrize(
    ("text", "attribution"),
    [
        # an aside "as" clause with a time or an occasion after its cue credits the main clause, not that time
        (
            "As the Herald reported on Tuesday, the port will probably close.",
            ("reported", "the Herald", "the port will probably close."),
        ),
        (
            "As Ruiz wrote in a column, the ferry might never return.",
            ("wrote", "Ruiz", "the ferry might never return."),
        ),
        ("As Lo wrote for The Gazette, the vote could be close.", ("wrote", "Lo", "the vote could be close.")),
        ("As we noted last week, the levy is arguably unfair.", ("noted", "we", "the levy is arguably unfair.")),
        ("As Ruiz told the Gazette, the pier could reopen.", ("told", "Ruiz", "the pier could reopen.")),
        ("As the Herald reported just today, the ferry may stop.", ("reported", "the Herald", "the ferry may stop.")),
    ],
)
def test_an_aside_credits_the_main_clause(
    sourcing_analyzer: Analyzer, text: str, attribution: tuple[str, str, str]
) -> None:
    attributions, _ = attributions_and_voices(sourcing_analyzer, text)
    assert attributions == [attribution]


@pytest.mark.parametrize(
    ("text", "attribution", "voices"),
    [
        # guards: an aside with nothing after its cue, or a quotation after its comma, as before the round
        ("As Lo said, the plan might fail.", ("said", "Lo", "the plan might fail."), [("might", "reported")]),
        (
            'As the mayor said, "The pier may reopen."',
            ("said", "the mayor", '"The pier may reopen."'),
            [("may", "quoted")],
        ),
    ],
)
def test_an_aside_with_nothing_after_its_cue(
    sourcing_analyzer: Analyzer, text: str, attribution: tuple[str, str, str], voices: list[tuple[str, str]]
) -> None:
    attributions, found = attributions_and_voices(sourcing_analyzer, text)
    assert attributions == [attribution]
    assert found == voices


def test_a_pronoun_contraction_is_no_possessor(sourcing_analyzer: Analyzer) -> None:
    # "He's" is "he has": the questions are not his (before the round the source was "He's")
    attributions, _ = attributions_and_voices(
        sourcing_analyzer, "He's endured relentless questions about whether he would quit the race."
    )
    assert attributions == [("questions", "", "about whether he would quit the race.")]
