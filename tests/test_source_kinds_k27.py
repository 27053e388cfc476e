"""Three kind rules of round k27 (issue 12), in sentences of our own: a plural role noun "of" a capitalised body
before a relative "who" is that body's unnamed people, anonymous (not the body, named); a document from a person
named only by role takes that person's kind ("an email from a government official": anonymous); and "the lawyer"
takes up "a civil attorney" introduced before, through the lexicon's `role_synonyms`, also when an earlier source
held the word "lawyer" (the nearer introduction wins). Guards pin what the rules
must not change: a document from a body or a named person stays named, and words of different roles stay apart."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The plan drew fire from senior members of Parliament who said it would raise rents.",
            [("anonymous", "said", "who")],
        ),
        (
            "The tariff was attacked by staffers of the Senate who said it had been rushed.",
            [("anonymous", "said", "who")],
        ),
        # guard: a capitalised body alone before "who" is read as before
        (
            "The plan drew fire from Parliament, which said it would raise rents.",
            [("named", "said", "which")],
        ),
    ],
)
def test_role_nouns_of_a_body_before_who_are_unnamed(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An email from a state department official said the permits were withdrawn.",
            [("anonymous", "said", "An email from a state department official")],
        ),
        (
            "A memo from his spokesman said the senator would not attend.",
            [("anonymous", "said", "A memo from his spokesman")],
        ),
        # guards: a document by a body, or from a role whose holder is named, stays named
        (
            "A report by the ministry said exports fell.",
            [("named", "said", "A report by the ministry")],
        ),
        (
            "A letter from her attorney, Dana Price, said the claims were false.",
            [("named", "said", "A letter from her attorney, Dana Price")],
        ),
    ],
)
def test_a_document_from_a_person_by_role_has_that_persons_kind(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Records seen by The Courier show that a civil attorney for the tenant described threats. "
            "The civil lawyer wrote that the landlord had been warned.",
            [("named", "show", "Records seen by The Courier"), ("anonymous", "wrote", "The civil lawyer")],
        ),
        (
            "Records seen by The Courier show that a spokesperson for the tenant described threats. "
            "The spokeswoman wrote that the landlord had been warned.",
            [("named", "show", "Records seen by The Courier"), ("anonymous", "wrote", "The spokeswoman")],
        ),
        # an earlier named source with the same head word is not taken up when another was introduced since
        (
            "Ana Lee, the family's lawyer, said the deal was approved. A court filing shows that a civil "
            "attorney for the tenant described threats. The civil lawyer wrote that the landlord had been warned.",
            [
                ("named", "said", "Ana Lee, the family's lawyer"),
                ("named", "shows", "A court filing"),
                ("anonymous", "wrote", "The civil lawyer"),
            ],
        ),
        # guards: with no mention since, the earlier named source; a named attorney introduced so is named
        (
            "Ana Lee, the family's lawyer, said the deal was approved. A court filing shows threats. "
            "The lawyer wrote that the landlord had been warned.",
            [
                ("named", "said", "Ana Lee, the family's lawyer"),
                ("named", "shows", "A court filing"),
                ("named", "wrote", "The lawyer"),
            ],
        ),
        (
            "Ella Moss, a civil attorney for the tenant, described threats. The lawyer wrote that the landlord had been warned.",
            [("named", "described", "Ella Moss, a civil attorney for the tenant"), ("named", "wrote", "The lawyer")],
        ),
    ],
)
def test_the_role_takes_up_a_synonym_introduced_before(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


def test_role_synonyms_are_read_once_into_a_map_of_each_word_to_its_roles_words() -> None:
    """Round u20: the groups were split on every "the + person noun" lookup; the language file's groups now give
    each word every word of the groups it is in (a word in two groups takes both), built once per language."""
    from framing.lexicon.schema import LanguageSpec

    spec = LanguageSpec(role_synonyms=frozenset({"spokesman spokesperson", "spokeswoman spokesperson", "aide"}))
    assert spec.role_words == {
        "spokesman": frozenset({"spokesman", "spokesperson"}),
        "spokeswoman": frozenset({"spokeswoman", "spokesperson"}),
        "spokesperson": frozenset({"spokesman", "spokeswoman", "spokesperson"}),
        "aide": frozenset({"aide"}),
    }
    assert spec.role_words is spec.role_words  # built once
    shipped = Analyzer().lexicons.language_spec.role_words
    assert shipped["attorney"] == frozenset({"lawyer", "attorney"}) and "official" not in shipped
