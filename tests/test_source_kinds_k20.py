"""Source phrases and kinds that a blind-marked sample of outside news (round k20) showed wrong, in sentences
of our own (issue 12): a subject set off by commas stays the source when auxiliaries or adverbs stand between
its closing comma and the cue ("Ana Ruiz, who chairs the board (CSB), has said"), as it does when the cue
follows the comma at once; so a later "she" takes her up rather than an unnamed person before her. And "he" or
"she" after an unnamed source takes up a person the article names who opens a clause in between ("A campaign
aide said … In an interview, Ruiz also attacked … what she called"). Each counter-case pins what must stay."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bracketed short form inside the relative clause, then an auxiliary or an adverb before the cue
        (
            "Ana Ruiz, who chairs the Coastal Safety Board (CSB), has said that the levees will hold.",
            [("named", "has said", "Ana Ruiz, who chairs the Coastal Safety Board (CSB)")],
        ),
        (
            "Tom Lee, a member of the Harbor Trust (HT), recently argued that the port should stay open.",
            [("named", "recently argued", "Tom Lee, a member of the Harbor Trust (HT)")],
        ),
        # the named subject is the nearer person for "she", not the unnamed engineer before her
        (
            "A flood engineer has criticised the plan. Ana Ruiz, who chairs the Coastal Safety Board (CSB), "
            "recently said the levees would hold. Repairs will take a year, she added.",
            [
                ("anonymous", "has criticised", "A flood engineer"),
                ("named", "recently said", "Ana Ruiz, who chairs the Coastal Safety Board (CSB)"),
                ("named", "added", "she"),
            ],
        ),
        # the cue right after the comma, and a plain appositive with an auxiliary: unchanged
        (
            "Ana Ruiz, who chairs the Coastal Safety Board (CSB), said that the levees will hold.",
            [("named", "said", "Ana Ruiz, who chairs the Coastal Safety Board (CSB)")],
        ),
        (
            "Former mayor Ana Ruiz and Senator Tom Lee, who are also running, have pledged to act.",
            [("named", "have pledged", "Former mayor Ana Ruiz and Senator Tom Lee, who are also running")],
        ),
    ],
)
def test_a_subject_set_off_by_commas_before_auxiliaries(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


def test_a_participle_after_the_comma_keeps_its_clause_subject(sourcing_analyzer: Analyzer) -> None:
    # "…, often citing": the subject of the clause before the comma, not a name read back past the comma
    text = "Ana Ruiz, the mayor, defended the plan. Some of the residents remain wary of it, often citing the cost."
    assert ("named", "citing", "Ana Ruiz, the mayor") not in attributions(sourcing_analyzer, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A campaign aide said the cuts were real. In an interview on Sunday, Ruiz also attacked the mayor for "
            "what she called a failure of nerve.",
            [("anonymous", "said", "A campaign aide"), ("named", "also attacked", "Ruiz"), ("named", "called", "she")],
        ),
        (
            "A campaign aide said the cuts were real. Ms. Ruiz did not answer at once. On Monday she said the budget "
            "was tight.",
            [("anonymous", "said", "A campaign aide"), ("named", "said", "she")],
        ),
        # nobody named in between: the unnamed aide, as before
        (
            "A campaign aide said the cuts were real. She added that the budget was tight.",
            [("anonymous", "said", "A campaign aide"), ("anonymous", "added", "She")],
        ),
        # a name inside the unnamed source's own phrase is no later mention
        (
            "A Ruiz campaign aide said the cuts were real. She added that the budget was tight.",
            [("anonymous", "said", "A Ruiz campaign aide"), ("anonymous", "added", "She")],
        ),
    ],
)
def test_a_named_person_between_an_unnamed_source_and_a_pronoun(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert attributions(sourcing_analyzer, text) == expected
