"""Round c52 (issue 12): a cue verb's particle is the cue's ("called out", "blasted out", "tweeted back", "sounded
off"), not its content's first word; the particles that turn a cue verb to another sense ("showed off", "knocked
out", "sought out", "called off") leave no cue; and "who himself says" is the relative's, as "who says" is."""

from __future__ import annotations

import pytest

from sourcing_cases import attributions_with_kinds, cues_and_sources, sources_and_contents


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ms. Okafor called out her rival for his silence on the ferry.",
            [("called out", "Ms. Okafor", "named", "her rival for his silence on the ferry.")],
        ),
        (
            "The harbor board quickly blasted out a notice on the new fares.",
            [("quickly blasted out", "The harbor board", "named", "a notice on the new fares.")],
        ),
        (
            "Mr. Varga tweeted back at the critics with a chart of the tides.",
            [("tweeted back", "Mr. Varga", "named", "at the critics with a chart of the tides.")],
        ),
        (
            "The mayor sounded off on the budget at the dock.",
            [("sounded off", "The mayor", "named", "on the budget at the dock.")],
        ),
        (
            "The union is pushing back on the plan to close the pier.",
            [("is pushing back", "The union", "named", "on the plan to close the pier.")],
        ),
        (
            "The clerk yelled out the names of the winners.",
            [("yelled out", "The clerk", "named", "the names of the winners.")],
        ),
    ],
)
def test_a_cue_verb_keeps_its_particle(analyzer, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert attributions_with_kinds(analyzer, text) == expected


def test_a_sender_with_its_particle_and_the_gerund_after_its_message(analyzer) -> None:
    assert sources_and_contents(analyzer, "The senator blasted out a robocall touting the ferry plan.") == [
        ("The senator", "a robocall touting the ferry plan."),
        ("The senator", "the ferry plan."),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ms. Okafor showed off the new library to the board.",
        "The storm knocked out power across the harbor.",
        "The ferry company called off the strike talks.",
        "Detectives might have sought out the witness in 2013.",
    ],
)
def test_a_particle_of_another_sense_leaves_no_cue(analyzer, text: str) -> None:
    assert cues_and_sources(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bishop Okafor, who himself says the rule is too strict, signed the letter.",
            [("says", "who", "named", "the rule is too strict")],
        ),
        (
            "The harbor board, which itself reported the loss, fired the clerk.",
            [("reported", "which", "named", "the loss")],
        ),
    ],
)
def test_who_himself_says_is_the_relative_s(analyzer, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert attributions_with_kinds(analyzer, text) == expected


def test_a_reflexive_after_a_name_stays_in_the_source(analyzer) -> None:
    assert cues_and_sources(analyzer, "Okafor himself said the rule is too strict.") == [("said", "Okafor himself")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ferry board met on Monday. Its chair concludes:\n\n“We cannot run the boats. The pier is unsafe.”",
            [
                ("concludes:", "Its chair", "“We cannot run the boats."),
                ("", "Its chair", "The pier is unsafe.”"),
            ],
        ),
        (
            "The Harbor Gazette reports:\n\nThe council sold the pier in May.",
            [
                ("reports:", "The Harbor Gazette", "The council sold the pier in May."),
            ],
        ),
    ],
)
def test_a_colon_cue_takes_the_first_sentence_of_the_block_after_it(
    analyzer, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(cue, source, content) for cue, source, _, content in attributions_with_kinds(analyzer, text)] == expected
