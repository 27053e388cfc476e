"""Round k67: source phrases on cues the reader finds (issue 12). A subject set off by an aside before its cue is the
speaker when it opens its clause after a leading "But", an opening phrase's comma, a conjunction inside the sentence
or a quotation's closing comma; an irregular past ends a described subject; a passive's agent may open with a title
in lower case; a gerund after a preposition, or after a verb that governs it, is the clause subject's; a name opening
a clause inside the sentence keeps a description that holds a quoted title; a lone dash before a participle ends the
main clause as a comma does; a dash over a reporter's byline and outlet signs no quotation."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import cues_and_sources


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subject before an aside, opening its clause
        (
            'But Sen. Ana Ruiz (D-Ore.), noting the size of the crowd, said, "We will win."',
            [("noting", "Sen. Ana Ruiz (D-Ore.)"), ("said", "Sen. Ana Ruiz (D-Ore.)")],
        ),
        (
            "The fight began early, as Lopez, contradicting the mayor, said the town would not pay.",
            [("said", "Lopez")],
        ),
        (
            "Speaking later on the same show, Sen. Ana Ruiz (D-Ore.), who has backed Lopez, said the council had"
            " pushed the mayor.",
            [("has backed", "who"), ("said", "Sen. Ana Ruiz (D-Ore.)")],
        ),
        (
            'The talk came up after Mr. Lopez, asked about the cuts at the plant, had said, "We do plenty of cutting."',
            [("asked", "Mr. Lopez"), ("had said", "Mr. Lopez")],
        ),
        (
            "Earlier this week, Ana Ruiz, who served as mayor when the plant closed, conceded the town is in trouble.",
            [("conceded", "Ana Ruiz, who served as mayor when the plant closed")],
        ),
        ("“He had a lot of supporters,” Ruiz, after a long pause, said of Lopez.", [("said", "Ruiz")]),
        ("Ana Ruiz, contradicting the mayor, said the town would not pay.", [("said", "Ana Ruiz")]),  # unchanged
        # an irregular past ends a described subject; a participle with its agent does not
        (
            "Meanwhile, the mayor kept up his attacks on the council, calling its plan a waste.",
            [("calling", "the mayor")],
        ),
        (
            "The new mayor began by thanking the nurses, saying the ward had been saved.",
            [("thanking", "The new mayor"), ("saying", "The new mayor")],
        ),
        ("The people held hostage said they were afraid.", [("said", "The people held hostage")]),
        # a passive's agent after its title in lower case; a time after "by" is none
        ("Lopez was asked by host Ana Ruiz whether the plan would work.", [("was asked", "host Ana Ruiz")]),
        (
            "Lopez sought a compromise plan endorsed by top Senate Democrats.",
            [("sought", "Lopez"), ("endorsed", "top Senate Democrats")],
        ),
        ("The plan was promised by late Tuesday Night.", []),
        # a gerund after a preposition ending the phrase read back; a phrase of its own after a comma is unchanged
        (
            "Ruiz, on the other hand, had no trouble breaking with her old boss in endorsing the plan.",
            [("endorsing", "Ruiz")],
        ),
        (
            "The mayor has offered few ideas for the budget aside from stating that the town should not borrow.",
            [("has offered", "The mayor"), ("stating", "The mayor")],
        ),
        (
            "The two men were far apart, the one firm in defending the plan, the other firm in blasting it.",
            [("defending", "the one firm in"), ("blasting", "the other firm in")],
        ),
        # a verb governing the cue is no source; a noun's participle is unchanged
        ("Sen. Ana Ruiz (D-Ore.) kept asking her why the plan failed.", [("asking", "Sen. Ana Ruiz (D-Ore.)")]),
        ("There is anecdotal evidence suggesting that the dam leaks.", [("suggesting", "anecdotal evidence")]),
        # a name opening a clause inside the sentence, its description holding a quoted title
        (
            "During an interview broadcast on Monday, Ana Ruiz, the hacker known as “Ghost,” stated that she had"
            " broken in.",
            [("stated", "Ana Ruiz, the hacker known as “Ghost,”")],
        ),
        (
            "What caught my eye was the moment when Ana Ruiz, a host of ''The Hour,'' refused to go along with it.",
            [("refused", "Ana Ruiz, a host of ''The Hour,''")],
        ),
        # a dash set before a participle as a comma; a pair of dashes around an aside is unchanged
        (
            "Lopez flipped his choice on the spot – saying he was rooting for the other team.",
            [("saying", "Lopez")],
        ),
        ("Lopez – the new mayor – saying nothing, left the hall.", [("saying", "Lopez – the new mayor")]),
    ],
)
def test_source_phrase(analyzer: Analyzer, text: str, expected: list[tuple[str, str]]) -> None:
    assert cues_and_sources(analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reporter's byline and outlet under a roundup's item: no signature
        (
            "Town news\n\nThe mayor spoke at length about the plan for the river on Monday evening at the town hall.\n"
            "Meanwhile, the mayor kept up his attacks on the council, calling its plan “a waste of money and time.”\n"
            "— Lopez Rivera\nThe Harbour Gazette\n———\nThe vote is on Monday.",
            [],
        ),
        # a signature over a line of prose: unchanged
        (
            "Town news\n\nThe mayor spoke at length about the plan for the river on Monday evening at the town hall.\n"
            "“We will not pay for it, whatever the council says about it.”\n— Lopez Rivera\nThe vote is on Monday.",
            [("—", "Lopez Rivera")],
        ),
    ],
)
def test_a_byline_with_its_outlet_signs_no_quotation(
    analyzer: Analyzer, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [pair for pair in cues_and_sources(analyzer, text) if pair[0] == "—"] == expected
