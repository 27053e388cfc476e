"""Round k82: a view held by the agent a passive names before its "as" ("The merger was seen by some as a surrender",
"were interpreted by some as a threat"). v25 reads "was seen as" as a view credited to nobody; with "by" and its holders
between the participle and "as", nothing was found, so the holders (often the vague "some" PolNeAR labels) were a
source never found. The holders are the source now, of their own kind; a sight ("seen by millions of viewers"), a
comparison ("as far away as") and a guess ("could be seen by anyone as") stay no cue. And "the senators" or "the
lawmakers" right after members named together ("Sen. Ana Ruiz and Sen. Tom Lee … The senators stressed") are those
named members, as "they" would be, not the house at large. Sentences written for these tests."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions_with_kinds, fields


@pytest.mark.parametrize(
    ("text", "cue", "source", "kind", "content"),
    [
        (
            "The merger was seen by some as a surrender to the unions.",
            "was seen",
            "some",
            "vague",
            "a surrender to the unions.",
        ),
        (
            "The mayor's remarks were interpreted by some as a threat against the council.",
            "were interpreted",
            "some",
            "vague",
            "a threat against the council.",
        ),
        (
            "The new levy is widely viewed by economists as a tax on savers.",
            "is widely viewed",
            "economists",
            "vague",
            "a tax on savers.",
        ),
        (
            "Ms. Okafor is seen by other leaders of the caucus as the likeliest bridge to the rebels.",
            "is seen",
            "other leaders of the caucus",
            "vague",
            "the likeliest bridge to the rebels.",
        ),
        (
            "The deal was perceived by two senior diplomats as a retreat from the treaty.",
            "was perceived",
            "two senior diplomats",
            "anonymous",
            "a retreat from the treaty.",
        ),
    ],
)
def test_a_view_held_by_the_agent_before_its_as(
    analyzer: Analyzer, text: str, cue: str, source: str, kind: str, content: str
) -> None:
    assert attributions_with_kinds(analyzer, text) == [(cue, source, kind, content)]


@pytest.mark.parametrize(
    "text",
    [
        "The final was seen by millions of viewers across the country.",  # a sight, no "as"
        "The blast was seen by farmers as far away as the river.",  # a comparison
        "The rebate could be seen by anyone as a gift to landlords.",  # a guess, no "be" of its own
        "I have seen the report twice this week.",  # no "by"
        "The mural was viewed by visitors as well as critics on Sunday.",  # a comparison
    ],
)
def test_no_view_held_without_a_finite_be_by_and_as(analyzer: Analyzer, text: str) -> None:
    assert fields(analyzer, text, "cue") == []


def test_a_view_credited_to_nobody_keeps_no_source(analyzer: Analyzer) -> None:
    # v25's reading is unchanged: no agent, no source, a vague view
    assert attributions_with_kinds(analyzer, "The senator was seen as a moderate on trade.") == [
        ("was seen as", "", "vague", "a moderate on trade.")
    ]


@pytest.mark.parametrize(
    ("first", "members"),
    [
        ("Sen. Maria Okafor and Sen. Dan Whitby wrote to the agency on Monday.", "The senators"),
        ("Rep. Maria Okafor and Rep. Dan Whitby toured the flooded clinics on Monday.", "The lawmakers"),
    ],
)
def test_the_members_just_named_are_named(analyzer: Analyzer, first: str, members: str) -> None:
    # round k82: "the senators" takes up the members just named, as "they" would; the house at large is vague
    text = f"{first} {members} stressed that the clinics are still closed."
    assert ("stressed", members, "named", "the clinics are still closed.") in attributions_with_kinds(analyzer, text)


@pytest.mark.parametrize(
    ("first", "kind"),
    [
        ("The port reopened on Friday after the storm.", "vague"),  # no one named: the house at large
        ("Maria Okafor and Dan Whitby toured the port on Friday.", "vague"),  # "the voters" are not those two
    ],
)
def test_a_house_or_a_population_not_taken_up_stays_vague(analyzer: Analyzer, first: str, kind: str) -> None:
    text = f"{first} The voters said the cranes must be replaced."
    assert fields(analyzer, text, "source", "kind")[-1] == ("The voters", kind)


def test_the_lawmakers_with_no_one_named_before_stay_vague(analyzer: Analyzer) -> None:
    text = "The port reopened on Friday after the storm. The lawmakers said the cranes must be replaced."
    assert fields(analyzer, text, "source", "kind") == [("The lawmakers", "vague")]
