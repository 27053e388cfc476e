"""Round c63 (issue 12): verbs of doing read as cues, whose false content took the writer's own words out of the
author's voice. "continued" before its object or a way on ("continued their search", "continued unabated"),
"promises" and "pledges" as a noun the writer counts or judges ("many promises", "previous pledges"), "thought" as a
noun ("train of thought"), "exposed" before a rift laid bare, "responded by" before a deed; and a relative's cue
after a title ("which Mr. Lo called …"), whose comma now ends the content before it. Controls: a speech run on
('"…," continued the aide'), "continued that", "responded by saying", a possessive's promises and a marked "exposed"
stay cues."""

from __future__ import annotations

import pytest

from sourcing_cases import cues_and_sources, sources_and_contents, voice


@pytest.mark.parametrize(
    "text",
    [
        "Divers continued their search for the missing boat until dark.",
        "The crews continued the work until the storm reached the coast.",
        "The two towns continued a bitter rivalry over the river rights.",
        "Prices continued unabated through the long winter.",
        "The probe continued into the outer belt of icy rocks.",
        "Ms. Ruiz continued as a member of the board until 2019.",
        "Lo has broken many promises to the voters of the valley.",
        "In all, those promises add up to more than $2 million.",
        "The towns reversed previous pledges to cut their water use.",
        "The host was not done with his train of thought.",
        "The long fight exposed clear rifts in the farmers' union.",
        "Ms. Ruiz responded by closing the road to the harbor.",
        "The city responded quickly by raising the flood walls.",
    ],
)
def test_a_deed_or_a_noun_is_no_cue(analyzer, text: str) -> None:
    assert cues_and_sources(analyzer, text) == []


def test_the_writers_word_after_a_deed_stays_in_the_authors_voice(analyzer) -> None:
    text = "The councillors continued their smear of the mayor with a likely leak to the press."
    assert voice(analyzer, text, "likely") == "author"


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("\u201cWe will not stop,\u201d continued the mayor's aide.", "continued", "the mayor's aide"),
        ("She continued that an official had admitted the error.", "continued", "She"),
        ("Ms. Ruiz responded by saying the plan was fair.", "responded", "Ms. Ruiz"),
        ("Ms. Ruiz responded by bizarrely claiming the plan was fair.", "responded", "Ms. Ruiz"),
        ("The paper exposed the firm's secret payments to the mayor.", "exposed", "The paper"),
    ],
)
def test_speech_run_on_and_a_reply_stay_cues(analyzer, text: str, cue: str, source: str) -> None:
    assert (cue, source) in cues_and_sources(analyzer, text)


def test_a_possessives_promises_stay_a_cue(analyzer) -> None:
    assert cues_and_sources(analyzer, "Lo's promises to rebuild the pier won him the town.") == [("promises", "Lo's")]


def test_a_relative_cue_after_a_title_ends_the_content_before_it(analyzer) -> None:
    text = "Analysts pegged the loss at $4 billion, which Mr. Lo called a scandal."
    assert sources_and_contents(analyzer, text) == [("Analysts", "the loss at $4 billion"), ("Mr. Lo", "a scandal.")]
