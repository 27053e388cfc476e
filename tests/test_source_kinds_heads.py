"""Source kinds by the head of the phrase (issue 12, helper round k14), in sentences of our own: one
author's article, post or email is a named document; a headline's bare role noun is named when the
person is named nearby; a pronoun leading a described group leads it; results of one document are that
document's. Each counter-case pins what must stay."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one article, tweet or email is a document the reader can find, like "a report": named
        (
            "A 2019 article in the journal Cell concluded that the levy had failed.",
            [("named", "concluded", "A 2019 article in the journal Cell")],
        ),
        (
            "An early tweet quoted the mayor as saying the levy had failed.",
            # what the mayor says is the quoting's content, as PolNeAR marks it: no attribution of its own (k62)
            [("named", "quoted", "An early tweet")],
        ),
        (
            "A newly released email warned that the levy would fail.",
            [("named", "warned", "A newly released email")],
        ),
        # several of them, unnamed, are no document: vague
        (
            "The levy failed, according to early results of polls in three states.",
            [("vague", "according to", "early results of polls")],
        ),
    ],
)
def test_one_authors_document_is_named(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's bare role noun, then the body names the person with the same noun as a title
        (
            "Veteran diplomat praises the treaty.\n\nThe treaty has an admirer in veteran diplomat Ana Ruiz, who"
            " spoke on Monday.",
            [("named", "praises", "Veteran diplomat")],
        ),
        # nobody named: one unnamed person, as "a diplomat"
        (
            "Veteran diplomat praises the treaty.\n\nThe treaty has an admirer abroad, who spoke on Monday.",
            [("anonymous", "praises", "Veteran diplomat")],
        ),
    ],
)
def test_a_bare_role_noun_is_named_when_the_person_is_named_nearby(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pronoun for a named person leads a described group: named, as "Sanders and his aides"
        (
            "Tom Lee has asked the court to intervene. But he and election-law experts agree it will be"
            " difficult to win.",
            [("named", "has asked", "Tom Lee"), ("named", "agree", "he and election-law experts")],
        ),
        (
            "Ana Ruiz filed the motion. But she and two local activists agree the ruling will stand.",
            [("named", "agree", "she and two local activists")],
        ),
        # a capitalised adjective leads nothing: unnamed officials
        (
            "Current and former officials said the levy would fail.",
            [("anonymous", "said", "Current and former officials")],
        ),
    ],
)
def test_a_pronoun_leads_a_described_group(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # results or findings of one document are that document's: named
        (
            "The levy failed, according to early results of the exit poll conducted by Acme Research for the"
            " Tulsa Courier.",
            [("named", "according to", "early results of the exit poll conducted by Acme Research")],
        ),
        (
            "The levy failed, according to a summary of the report by the county.",
            [("named", "according to", "a summary of the report by the county")],
        ),
        # of something that is no document: as before
        (
            "The levy failed, according to early results of the count in three counties.",
            [("vague", "according to", "early results of the count")],
        ),
    ],
)
def test_results_of_a_document_are_the_documents(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected
