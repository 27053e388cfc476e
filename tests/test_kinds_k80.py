"""Round k80: an unnamed role taken up by "the" after the writer has named its holder. A lede's indefinite person ("A
federal judge granted …") whom the next sentences name by title ("U.S. District Judge Maria Okafor") is named when
"the judge" speaks, as docs/source-kinds.md's "indefinite description named nearby"; a title that came before the
indefinite mention, or none at all, leaves "the judge" the unnamed one. Sentences written for these tests."""

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
