"""Round c57 (issue 12): the sources of holder and reaction cues. A relative set off after a group's reaction
("has angered party leaders, who …") is a clause of its own, not part of the group, and the auxiliary before the
reaction verb is the cue's, not the content's; an inverted source ends before a relative whose own cue follows its
"who" ("said Ana Kunin, who has been critical of …"); an adjective before a title stays in a source cut at the
word limit ("liberal columnist Ivo Brandt of the pro-labor Evening Ledger"); "was a senator" says what someone was
and brings in no unnamed senator, so "The senator" takes up the named one. Controls: a relative with no cue of its
own stays in an inverted source (PolNeAR's reading), and the relative "who" of a stance cue stays its source (PolNeAR
marks "who" and labels its kind)."""

from __future__ import annotations

import pytest

from sourcing_cases import attributions_with_kinds


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ruling has angered party leaders, who have openly voiced doubts about the merger.",
            [
                ("has angered", "party leaders", "vague", "The ruling"),
                ("have openly voiced", "who", "vague", "doubts about the merger."),
            ],
        ),
        (
            "The decision has alarmed the Gulf leaders, who invested heavily in the port.",
            [("has alarmed", "the Gulf leaders", "vague", "The decision")],
        ),
        (
            "The ruling rattled supporters, who have long backed the merger.",
            [
                ("rattled", "supporters", "vague", "The ruling"),
                ("have long backed", "who", "vague", "the merger."),
            ],
        ),
        (
            '"It will not pass," said Marta Kunin, who has been critical of the council.',
            [
                ("said", "Marta Kunin", "named", '"It will not pass,"'),
                ("has been critical of", "who", "named", "the council."),
            ],
        ),
        (
            '"We will hold the line," said Gov. Edda Lindqvist of Vermont, a former rival of Sen. Tomas Reyes, who has '
            "since urged voters to back the bond.",
            [
                (
                    "said",
                    "Gov. Edda Lindqvist of Vermont, a former rival of Sen. Tomas Reyes",
                    "named",
                    '"We will hold the line,"',
                ),
                ("has since urged", "who", "named", "voters to back the bond."),
            ],
        ),
        (
            "But after the hearing, liberal columnist Ivo Brandt of the pro-labor Evening Ledger imagined the mayor was "
            'thinking: "What have I done?"',
            [
                (
                    "imagined",
                    "liberal columnist Ivo Brandt of the pro-labor Evening Ledger",
                    "named",
                    'the mayor was thinking: "What have I done?"',
                )
            ],
        ),
    ],
)
def test_holder_and_reaction_sources(analyzer, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert attributions_with_kinds(analyzer, text) == expected


def test_the_senator_takes_up_the_named_senator_past_a_predicate(analyzer) -> None:
    text = (
        "Lena Brandt, a radio host, says Sen. Paul Ostrander grabbed her arm in 2009, before the former actor was a "
        "senator. The senator apologized for the incident on Monday."
    )
    assert attributions_with_kinds(analyzer, text)[-1] == (
        "apologized for",
        "The senator",
        "named",
        "the incident on Monday.",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a relative with no cue of its own describes the speaker: part of the inverted source
            '"It will not pass," said Marta Kunin, who teaches planning at the state college.',
            [("said", "Marta Kunin, who teaches planning at the state college", "named", '"It will not pass,"')],
        ),
        (  # an unnamed senator brought in by "a" is still the one "The senator" takes up
            "Paul Ostrander said the plan would fail. A senator who asked not to be named said the vote was close. The "
            "senator said it again.",
            [
                ("said", "Paul Ostrander", "named", "the plan would fail."),
                ("said", "A senator who asked not to be named", "anonymous", "the vote was close."),
                ("said", "The senator", "anonymous", "it again."),
            ],
        ),
        (  # PolNeAR's source of a relative's stance cue is "who" (245 of the dev fold's relatives before a cue)
            "It is a rivalry between two figures who have long imagined themselves in the governor's mansion.",
            [("have long imagined", "who", "vague", "themselves in the governor's mansion.")],
        ),
    ],
)
def test_controls(analyzer, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert attributions_with_kinds(analyzer, text) == expected
