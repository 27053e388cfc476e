"""Embedded posts are their authors' (issue 12, helper round o1), in sentences of our own: the exact cue, source
and content of each attribution, with either sourcing method. Before the round a post signed by its author's
name and account handle ("… — Ana Lund (@analund) May 3, 2024"), as pages that embed one print it, was the
writer's: no attribution, and its sentences counted as unattributed."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions_and_voices


def attributed(analyzer: Analyzer, text: str) -> list[tuple[str, str, str]]:
    return attributions_and_voices(analyzer, text)[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the post and its credit on one line: every sentence of the line is hers
        (
            "The harbour vote passed.\n\nThe levy is a tax on families. We will repeal it."
            " pic.twitter.com/Ab12Cd — Ana Lund (@analund) May 3, 2024\n\nThe council met again.",
            [
                ("", "Ana Lund", "The levy is a tax on families."),
                ("—", "Ana Lund", "We will repeal it. pic.twitter.com/Ab12Cd"),
            ],
        ),
        # the credit on the line after the post is glued to its last sentence; a middle initial stays in the name
        (
            "The harbour vote passed.\n\nNOTHING is being done about the levy!\n"
            "— Mark J. Ruiz (@markruiz) October 9, 2023\n\nThe council met again.",
            [("—", "Mark J. Ruiz", "NOTHING is being done about the levy!")],
        ),
        # the credit alone after a blank line: the paragraph before it is the post
        (
            "The harbour vote passed.\n\nThe levy is a tax on families. We will repeal it.\n\n"
            "— Ana Lund (@analund) May 3, 2024\n\nThe council met again.",
            [
                ("", "Ana Lund", "The levy is a tax on families."),
                ("", "Ana Lund", "We will repeal it."),
                ("—", "Ana Lund", ""),
            ],
        ),
        # two posts glued into one sentence: the first credit ends her post, and the second credit does not take it
        (
            "The harbour vote passed.\n\nThe levy is a tax on families. — Ana Lund (@analund) May 3, 2024"
            " The quay is closed. — Mark Ruiz (@markruiz) May 4, 2024\n\nThe council met again.",
            [("—", "Ana Lund", "The levy is a tax on families.")],
        ),
    ],
)
def test_an_embedded_post_is_its_authors(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributed(sourcing_analyzer, text) == expected


def test_a_posts_credit_names_its_author_even_in_capitals(analyzer: Analyzer) -> None:
    """An account's name in capitals ("WHO") is a name, not the pronoun "who"."""
    text = "Two cases were confirmed in the port.\n— WHO (@WHO) May 8, 2018\n\nThe clinics stayed open."
    kinds = {(a["source"], a["kind"]) for a in analyzer.analyze(text, split_title=False).attributions}
    assert kinds == {("WHO", "named")}


@pytest.mark.parametrize(
    "text",
    [
        # a dash before a capitalised heading, no handle: nobody signs the line
        "The harbour vote passed.\n\nThe levy stays — East Quay Edition.\n\nThe council met again.",
        # a handle in brackets with no dash before the name is a mention, not a credit
        "The harbour vote passed.\n\nThe levy stays, and Ana Lund (@analund) was not pleased.",
    ],
)
def test_no_credit_no_post(analyzer: Analyzer, text: str) -> None:
    assert [a["source"] for a in analyzer.analyze(text, split_title=False).attributions] == []
