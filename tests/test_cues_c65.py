"""Round c65 (issue 12): "writing" after a comma before a post's words ('…, writing “…”', '…, writing on its
website that …', '…, writing: “…”') was no cue, so a post of several sentences went to the speaker before it or
to none; "wrote a host of new songs" read as a cue, which also cut the content of the "said" before it. Controls:
"writing" a cheque, a columnist "writing for" an outlet, a gerund with no words after it, and "wrote that …" stay
as they were."""

from __future__ import annotations

import pytest

from sourcing_cases import cues_and_sources, fields, sources_and_contents, voice


def test_a_posts_sentences_go_to_the_writer(analyzer) -> None:
    text = (
        "The choir announced a winter tour. Its conductor, Ana Ruiz, shared the dates online on Friday, writing "
        "\u201cWe are thrilled to be back. The halls are booked. See you soon.\u201d"
    )
    assert fields(analyzer, text, "cue", "source", "content")[1:] == [
        ("writing", "Its conductor, Ana Ruiz", "\u201cWe are thrilled to be back."),
        ("", "Its conductor, Ana Ruiz", "The halls are booked."),
        ("", "Its conductor, Ana Ruiz", "See you soon.\u201d"),
    ]


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "The governor answered the mayor on Facebook, writing that the budget was fair.",
            "The governor",
            "the budget was fair.",
        ),
        (
            "Ms. Lo replied to her critics late on Monday, writing: \u201cThe vote was clean.\u201d",
            "Ms. Lo",
            "\u201cThe vote was clean.\u201d",
        ),
    ],
)
def test_writing_before_its_words_is_a_cue(analyzer, text: str, source: str, content: str) -> None:
    assert (source, content) in sources_and_contents(analyzer, text)


def test_a_posts_hedge_is_the_writers_not_the_authors(analyzer) -> None:
    text = "The mayor thanked the crews on Facebook, writing that the bridge may reopen in May."
    assert voice(analyzer, text, "may") == "reported"


def test_songs_written_are_no_cue_and_the_said_before_keeps_its_content(analyzer) -> None:
    text = "On the radio, Lo said the duo wrote a host of new songs for the record."
    assert sources_and_contents(analyzer, text) == [("Lo", "the duo wrote a host of new songs for the record.")]


@pytest.mark.parametrize(
    "text",
    [
        "The senator spent the weekend writing a cheque to every charity in town.",
        "The committee kept writing letters to the ministry for years.",
        "Lo answered the letters herself, writing late into the night.",
    ],
)
def test_writing_as_a_deed_is_no_cue(analyzer, text: str) -> None:
    assert [cue for cue, _ in cues_and_sources(analyzer, text) if cue.startswith("writ")] == []


def test_a_columnist_writing_for_an_outlet_is_no_second_cue(analyzer) -> None:
    text = "The columnist, writing for the Daily Ledger, said the plan was doomed."
    assert cues_and_sources(analyzer, text) == [("said", "The columnist")]


def test_wrote_that_stays_a_cue(analyzer) -> None:
    assert sources_and_contents(analyzer, "The mayor wrote that the budget was fair.") == [
        ("The mayor", "the budget was fair.")
    ]
