"""Two kind errors that round k25 (issue 12) fixed, in sentences of our own: the World Health Organization
written "WHO" is a name, not the relative pronoun "who" (case decides); and the noun phrase a relative pronoun
after a comma stands for is the one right before the comma, not a phrase read back across the verb before it
("… echo some fringe bloggers, who …" is the bloggers', not the subject's), nor an example set off by commas
("accounts, including Ruiz's, that …" are the accounts). The source phrase stays
"who", as PolNeAR marks it; its kind is its antecedent's. Each guard case pins what already worked."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The outbreak has reached 40 countries, according to WHO.",
            [("named", "according to", "WHO")],
        ),
        (
            "According to WHO, the new vaccine is safe for children.",
            [("named", "According to", "WHO")],
        ),
        # guards: the acronym with its article, and the lower-case relative pronoun read as its antecedent
        (
            "The outbreak has reached 40 countries, according to the WHO.",
            [("named", "according to", "the WHO")],
        ),
        (
            "Two senators, who asked not to be named, said the bill was dead.",
            [("anonymous", "said", "Two senators, who asked not to be named")],
        ),
    ],
)
def test_who_in_capitals_is_the_organisation(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The rumours echo some fringe bloggers, who have claimed that the count was rigged.",
            [("vague", "have claimed", "who")],
        ),
        (
            "The mayor met some local farmers, who said the drought was the worst in years.",
            [("vague", "said", "who")],
        ),
        # an example set off by commas ("including Ruiz's") is not what "that" stands for
        (
            "The inquiry ignored many witness accounts, including Ruiz's, that indicate a second gunman.",
            [("vague", "indicate", "that")],
        ),
        # guards: no comma; a name after a verb; a phrase that leads into its noun ("one of the", "Ruiz and some"),
        # after a verb and as a subject
        (
            "The inquiry ignored many witness accounts that indicate a second gunman.",
            [("vague", "indicate", "that")],
        ),
        (
            "The panel heard Ana Ruiz, who said the budget would be cut.",
            [("named", "said", "who")],
        ),
        (
            "The mayor met one of the aides, who said the talks had stalled.",
            [("anonymous", "said", "who")],
        ),
        (
            "The mayor met Ruiz and some aides, who said the plan was dead.",
            [("named", "said", "who")],
        ),
        (
            "One of the aides, who asked not to be named, said the talks had stalled.",
            [("anonymous", "said", "One of the aides, who asked not to be named")],
        ),
        (
            "Ruiz and some aides, who spoke to reporters, said the plan was dead.",
            [("named", "said", "Ruiz and some aides, who spoke to reporters")],
        ),
        (
            "Ana Ruiz, who chairs the panel, said the budget would be cut.",
            [("named", "said", "Ana Ruiz, who chairs the panel")],
        ),
    ],
)
def test_a_relative_after_a_comma_stands_for_the_phrase_before_it(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert attributions(sourcing_analyzer, text) == expected
