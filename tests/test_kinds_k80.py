"""Round k80: a role named since its indefinite mention; a grant of anonymity with "not" contracted; "the people" as
the populace. A lede's indefinite person ("A federal judge granted …") whom the next sentences name by title ("U.S.
District Judge Maria Okafor") is named when "the judge" speaks, as docs/source-kinds.md's "indefinite description
named nearby"; a title before the indefinite mention, or none, leaves "the judge" unnamed. "who weren't authorized to
speak" makes its people unnamed, as "were not authorized" does. "The people" opening a clause, with no insiders
described before ("people familiar with …"), is the populace (vague), as "the public". Sentences written for these
tests."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions_with_kinds

NAMED_SINCE = {
    "A federal judge granted the union's request for records on Monday. The order by U.S. District Judge Maria "
    "Okafor came after a long dispute over the files. The judge said the agency had stalled for too long.": (
        "said",
        "The judge",
        "named",
        "the agency had stalled for too long.",
    ),
    "A county prosecutor reopened the case against the landlord last week. County Prosecutor Paul Vance took over "
    "the file in May. The prosecutor said the new evidence was strong.": (
        "said",
        "The prosecutor",
        "named",
        "the new evidence was strong.",
    ),
}


@pytest.mark.parametrize("text", list(NAMED_SINCE))
def test_the_role_named_since_its_mention_is_named(analyzer: Analyzer, text: str) -> None:
    assert NAMED_SINCE[text] in attributions_with_kinds(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        # the title names another judge, before this one came in
        "Judge Maria Okafor heard the first case in the morning. In the afternoon a federal judge granted the union's "
        "request for records. The judge said the agency had stalled for too long.",
        # never named
        "A federal judge granted the union's request for records on Monday. The agency had stalled for months. The "
        "judge said the delay was unacceptable.",
    ],
)
def test_the_role_never_named_since_stays_anonymous(analyzer: Analyzer, text: str) -> None:
    [(cue, source, kind, _)] = attributions_with_kinds(analyzer, text)
    assert (cue, source, kind) == ("said", "The judge", "anonymous")


def test_a_contracted_grant_of_anonymity_makes_the_people_unnamed(analyzer: Analyzer) -> None:
    # "weren't authorized to speak" is AP's formula as "were not authorized to speak": the people are unnamed, not
    # the bodies named before them
    text = (
        "The Justice Department and the FBI are reviewing the files. The review has no end date, said the people, "
        "who weren’t authorized to speak publicly about the inquiry."
    )
    [(cue, source, kind, _)] = attributions_with_kinds(analyzer, text)
    assert (cue, kind) == ("said", "anonymous")
    assert source.startswith("the people, who weren’t authorized")


def test_the_people_opening_a_clause_with_no_insiders_before_is_the_populace(analyzer: Analyzer) -> None:
    text = "The mills closed one by one. The people now recognize that the council has failed them."
    assert ("now recognize", "The people", "vague", "the council has failed them.") in attributions_with_kinds(
        analyzer, text
    )


@pytest.mark.parametrize("insiders", ["people familiar with the meeting", "people with knowledge of the meeting"])
def test_the_people_after_insiders_are_those_insiders(analyzer: Analyzer, insiders: str) -> None:
    text = f"The board met for three hours, {insiders} said. The people said the vote was close."
    assert ("said", "The people", "anonymous", "the vote was close.") in attributions_with_kinds(analyzer, text)
