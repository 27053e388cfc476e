"""Source phrases across an appositive or a relative clause (round k30, issue 12), in sentences of our own.

An appositive after a name that does not open the sentence (after a quotation, a clause or an opening phrase)
was read as the whole source: '"…," Senator Ana Ruiz, Democrat of Ohio, said' gave "Democrat of Ohio" and
credited "Senator Ana Ruiz," to the content; "The Acme Institute, a think tank, estimates" gave "a think tank".
A content inside a relative clause set off by commas ran on into the main clause when its verb is an irregular
past ("Ms. Lo, who stood by her remarks, left …"). Guards pin what must not move: the relative pronoun stays the source of a cue inside its clause (as PolNeAR marks
it), a regular main verb, a verb's object clause after "that", and an appositive with a verb before it."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions, attributions_with_kinds


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“We will not move an inch,” Senator Ana Ruiz, Democrat of Ohio, said on Tuesday.",
            [("said", "Senator Ana Ruiz, Democrat of Ohio", "named", "“We will not move an inch,”")],
        ),
        (
            "The port will close by June, Representative Ed Lowe, Republican of Maine, said Friday.",
            [("said", "Representative Ed Lowe, Republican of Maine", "named", "The port will close by June,")],
        ),
        (
            "At one point, during a call, Senator Ana Ruiz, Independent of Vermont, said the audit was late.",
            [("said", "Senator Ana Ruiz, Independent of Vermont", "named", "the audit was late.")],
        ),
        (
            "The Harbor Policy Institute, a coastal think tank, estimates that the dredging will cost more.",
            [
                (
                    "estimates",
                    "The Harbor Policy Institute, a coastal think tank",
                    "named",
                    "the dredging will cost more.",
                )
            ],
        ),
        (
            "The chief spokesman, a former reporter, said the port would close.",
            [("said", "The chief spokesman, a former reporter", "anonymous", "the port would close.")],
        ),
    ],
)
def test_a_name_before_its_appositive_is_part_of_the_source(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert attributions_with_kinds(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ms. Lo, who stood by her remarks on Monday, left the hall before the vote.",
            [("stood by", "who", "named", "her remarks on Monday")],
        ),
        (
            "Judge Ana Ruiz, who thinks it is the job of judges to run the harbor, got her way.",
            [("thinks", "who", "named", "it is the job of judges to run the harbor")],
        ),
    ],
)
def test_a_content_in_a_relative_clause_ends_before_an_irregular_main_verb(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert attributions_with_kinds(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the pronoun stays the source of a cue inside its clause (PolNeAR's marking), its kind the antecedent's
        (
            "Dana Ruiz, who said the plan was dead, voted against it on Monday.",
            [
                ("said", "who", "named", "the plan was dead"),
                ("voted against", "Dana Ruiz", "named", "it on Monday."),
            ],
        ),
        # a regular main verb ended the content before the round, and still does
        (
            "Ms. Lo, who stood by her remarks on Monday, insisted that the vote would be close.",
            [
                ("stood by", "who", "named", "her remarks on Monday"),
                ("insisted", "Ms. Lo", "named", "the vote would be close."),
            ],
        ),
        # a name opening the sentence before its appositive was whole already
        (
            "Senator Ana Ruiz, Democrat of Ohio, said the audit was late.",
            [("said", "Senator Ana Ruiz, Democrat of Ohio", "named", "the audit was late.")],
        ),
    ],
)
def test_relative_and_appositive_guards(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions_with_kinds(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause with its own verb before the comma is no subject with an appositive
        (
            "The plan is dead, a spokesman said.",
            [("anonymous", "said", "a spokesman")],
        ),
        # "Democrat" with no "of" and a place after it is no party appositive
        (
            "“We will not move,” the chairman, Democrat Ana Ruiz, said.",
            [("named", "said", "the chairman, Democrat Ana Ruiz")],
        ),
    ],
)
def test_no_appositive_read_where_there_is_none(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected
