"""Sources that name their members, object pronouns, "note that" and surveys cited in mid-sentence (issue 12,
helper round k12), in sentences of our own: each construction gave a wrong source, kind or no attribution
before, and each counter-case pins what must stay."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ", including …," between the subject and its verb names members: part of the source, named
        (
            "Several mayors, including Ana Ruiz of Tulsa, said the levy would fail.",
            [("named", "said", "Several mayors, including Ana Ruiz of Tulsa")],
        ),
        (
            "Some observers, including Professor Tom Lee, also criticized the council for the delay.",
            [("named", "also criticized", "Some observers, including Professor Tom Lee")],
        ),
        # members that are no names leave the group as vague as it was
        (
            "Liberal groups, including labor unions, said the levy would fail.",
            [("vague", "said", "Liberal groups, including labor unions")],
        ),
        # a participle between commas is still an aside, no part of the name
        (
            "Ruiz, citing figures from the treasury, said the levy would fail.",
            [("named", "citing", "Ruiz"), ("named", "said", "Ruiz")],
        ),
    ],
)
def test_including_names_the_members_of_the_subject(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "according to him" is the named speaker, and no appositive follows a pronoun
        (
            "Ana Ruiz spoke in Tulsa on Monday. The border closed after, according to him, the agency censured"
            " his report.",
            [("named", "according to", "him")],
        ),
        (
            "Ana Ruiz and Tom Lee spoke in Tulsa on Monday. The deal, according to them, is off.",
            [("named", "according to", "them")],
        ),
        # an unnamed group before it keeps "them" unnamed
        (
            "Two aides to the mayor spoke in Tulsa on Monday. The deal, according to them, is off.",
            [("anonymous", "according to", "them")],
        ),
    ],
)
def test_an_object_pronoun_takes_the_kind_of_its_antecedent(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Critics note that the levy costs more than it raises.", [("vague", "note", "Critics")]),
        # the noun, and the writer pointing something out, attribute nothing
        ("Ruiz left a note that the plant would close.", []),
        ("It is important to note that the figures are preliminary.", []),
        ("It should be noted that the figures are preliminary.", []),
    ],
)
def test_note_that_after_its_subject(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named survey cited for the figures before it is their source
        (
            "Mr. Lee fell to 9 percent in the latest KTUL/Marist poll released Wednesday.",
            [("named", "in", "the latest KTUL/Marist poll")],
        ),
        (
            "Ms. Ruiz leads Mr. Lee 48-41 in a new Tulsa World survey of likely voters.",
            [("named", "in", "a new Tulsa World survey")],
        ),
        # unnamed or plural polls, and a sentence whose figures a cue already reports, add nothing
        ("Ms. Ruiz has risen steadily in the polls since March.", []),
        ("Ms. Ruiz leads Mr. Lee in a poll of likely voters.", []),
        ("Mr. Lee leads in national Gallup polls this month.", []),
        (
            "Ms. Ruiz said she leads Mr. Lee in the latest KTUL poll.",
            [("named", "said", "Ms. Ruiz")],
        ),
    ],
)
def test_a_named_survey_cited_in_mid_sentence(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected
