"""Source phrases and kinds of round k33 (issue 12), round k32's leftovers, in sentences of our own: a participle
cue set off by commas between a subject and its verb speaks for that whole subject, not for the capitalised word
that opens the sentence ("Tenant unions, noting …, said", read "Tenant" before the round); a text from counted
members of a group ("a letter from seven Republican lawmakers") is anonymous, its signers being specific people
the writer leaves unnamed (named before the round); "than" inside a count ("of more than 2,000 adults") no longer
cuts a source phrase, so the journal that published a study is seen (the phrase cut at "more" or "than" before).
Guards pin what the rules must not change: a participle after its clause, an uncounted group's letter, a crowd."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tenant unions, noting that rents rose by a third, said the rule must go.",
            [("vague", "noting", "Tenant unions"), ("vague", "said", "Tenant unions")],
        ),
        (
            "Local officials, citing the cost of repairs, said the bridge would close.",
            [("anonymous", "citing", "Local officials"), ("anonymous", "said", "Local officials")],
        ),
    ],
)
def test_a_participle_set_off_before_the_verb_speaks_for_the_whole_subject(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the participle after its clause: the clause's subject, as before
        (
            "The union criticised the plan, noting that rents rose by a third.",
            [("named", "criticised", "The union"), ("named", "noting", "The union")],
        ),
        (
            "Ana Ruiz, noting that rents rose by a third, said the rule must go.",
            [("named", "noting", "Ana Ruiz"), ("named", "said", "Ana Ruiz")],
        ),
    ],
)
def test_a_participle_after_its_clause_or_a_name_keeps_its_subject(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A letter from seven Republican lawmakers said the agency had waited too long.",
            [("anonymous", "said", "A letter from seven Republican lawmakers")],
        ),
        (
            "The rule is unfair, according to a letter from a dozen House Democrats.",
            [("anonymous", "according to", "a letter from a dozen House Democrats")],
        ),
    ],
)
def test_a_text_from_counted_members_of_a_group_is_anonymous(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an uncounted group's text: the document, named, as before; a crowd's: vague, as before
        (
            "The rule is unfair, according to a letter from Democrats.",
            [("named", "according to", "a letter from Democrats")],
        ),
        (
            "A letter signed by 200 scientists said the agency had waited too long.",
            [("vague", "said", "A letter signed by 200 scientists")],
        ),
    ],
)
def test_a_text_from_an_uncounted_group_or_a_crowd_keeps_its_kind(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A study of more than 2,000 adults published in the journal Science found that sleep matters.",
            [("named", "found", "A study of more than 2,000 adults published in the journal Science")],
        ),
        (
            "Bees are declining, according to a long-term study of more than 60 bee species published Thursday in "
            "the journal Science.",
            [("named", "according to", "a long-term study of more than 60 bee species")],
        ),
        (
            "More than 100 potential jurors said they could not serve.",
            [("vague", "said", "More than 100 potential jurors")],
        ),
    ],
)
def test_a_count_with_more_than_stays_in_the_source(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected
