"""Round u52: a seventh researcher's pass over ten unread PolNeAR dev articles, half mainstream US news and half
partisan and propaganda-prone writing. What was said starts at the quotation after the short noun phrase that names
its vehicle ("said in a statement: "…"", "added a caveat: "…""); "late" or "early" before a day is part of the tag's
time ("reported late Thursday", "said late Monday that"); after a quotation, a hearer's setting may close on a time
adverb ("told CNN then", "earlier this month") or a topic ("told the AP of the prospects"), and the writer's words
may follow it after a comma or "as", "when", "after" ("told the crowd, her voice drowned out by boos"); a "tentative
deal" and "the best you could possibly imagine" hedge nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcing_cases import fields, fields_and_voices, researcher_pass_problems


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The harbour board said in a statement: "The pier will reopen in May."',
            [("said", "The harbour board", '"The pier will reopen in May."')],
        ),
        (
            "The skipper added a caveat: “Only on calm days, and never at night.”",
            [("added", "The skipper", "“Only on calm days, and never at night.”")],
        ),
        (
            "The ferry line issued an unequivocal denial: “We never cut the safety drills.”",
            [("issued", "The ferry line", "“We never cut the safety drills.”")],
        ),
        # unchanged: a clause with its own verb before the colon is what was said
        (
            "The mayor said the pilot had warned them: “Turn back now.”",
            [
                ("said", "The mayor", "the pilot had warned them: “Turn back now.”"),
                ("had warned", "the pilot", "“Turn back now.”"),
            ],
        ),
    ],
)
def test_what_was_said_starts_at_the_quotation_past_its_vehicle(
    analyzer, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [f for f in fields(analyzer, text, "cue", "source", "content") if f[0]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ferry company said late Monday that the crossing would close for the winter.",
            [("said", "The ferry company", "the crossing would close for the winter.")],
        ),
        (
            "The harbour will close for repairs, the Gazette reported late Thursday.",
            [("reported", "the Gazette", "The harbour will close for repairs,")],
        ),
        (
            '"The pier is safe," the mayor said late last week.',
            [("said", "the mayor", '"The pier is safe,"')],
        ),
    ],
)
def test_late_or_early_before_a_day_is_the_tags_time(analyzer, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert fields(analyzer, text, "cue", "source", "content") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"The tide turned fast," the skipper told the coast guard earlier this month.',
            [("told", "the skipper", '"The tide turned fast,"')],
        ),
        ('"We saw nothing," the pilot told the Gazette then.', [("told", "the pilot", '"We saw nothing,"')]),
        (
            '"We will rebuild," the mayor told the Gazette of the plans for the old pier.',
            [("told", "the mayor", '"We will rebuild,"')],
        ),
        (
            '"We will rebuild the pier," the mayor told the crowd, her voice lost in the wind.',
            [("told", "the mayor", '"We will rebuild the pier,"')],
        ),
        (
            '"We will rebuild," the mayor told the council as the storm closed in.',
            [("told", "the mayor", '"We will rebuild,"')],
        ),
        # unchanged: a quotation going on after the hearer is what was told
        (
            '"The tide turned," the skipper told the inquiry, "and we ran aground."',
            [("told", "the skipper", '"and we ran aground."')],
        ),
        # unchanged: with no quotation before, what she told follows her hearer
        (
            "The mayor told the Gazette on Monday she would rebuild the pier.",
            [("told", "The mayor", "she would rebuild the pier.")],
        ),
    ],
)
def test_a_hearers_setting_after_a_quotation_is_no_content(
    analyzer, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert fields(analyzer, text, "cue", "source", "content") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The tentative deal between the ferry line and its crews would raise wages by a tenth.", []),
        ("It was the finest harbour you could possibly imagine, and the quietest.", []),
        # unchanged: figures called tentative, a possibility weighed
        ("The tide figures are tentative and murky.", [("tentative", "author")]),
        ("The storm could possibly close the port for a week.", [("could possibly", "author")]),
    ],
)
def test_a_tentative_deal_and_a_range_at_its_widest_hedge_nothing(
    analyzer, text: str, expected: list[tuple[str, str]]
) -> None:
    assert fields_and_voices(analyzer, text, ("cue",), {"hedging"})[1] == expected


def test_the_pass_file_points_into_its_texts(shared_data: Path) -> None:
    """Each judged row's offsets lie inside its text, each verdict is y, n or -, and every row has a class and a
    reason."""
    assert researcher_pass_problems(shared_data, "u52") == (221, [])
