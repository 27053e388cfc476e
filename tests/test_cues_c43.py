"""Round c43: whole attributions missed or misread by construction (issue 12). After only the writer's opening phrase
("For months, …", "Instead, …", "In an interview, …") the words after the cue are what it reports, not the phrase."""

from __future__ import annotations

import pytest

from sourcing_cases import fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("For months, Lo had warmly praised Ruiz.", [("had warmly praised", "Lo", "Ruiz.")]),
        ("Instead, she talked about Ruiz.", [("talked about", "she", "Ruiz.")]),
        ("In an interview, Ruiz had nothing kind to say about Lo.", [("say", "Ruiz", "about Lo.")]),
        ("In a changing city, renters still believe in the dream.", [("still believe", "renters", "in the dream.")]),
        (
            "In May, a judge sided with Ruiz, saying the law was void.",
            [("sided with", "a judge", "Ruiz"), ("saying", "a judge", "the law was void.")],
        ),
    ],
)
def test_the_words_after_the_cue_are_its_content_after_an_opening_phrase(
    analyzer, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert fields(analyzer, text, "cue", "source", "content") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # unchanged: a cue that ends its sentence, a quoted sentence after the tag, a hearer, a clause before
        ("Sorry, Ruiz said.", [("said", "Ruiz", "Sorry,")]),
        (
            'On Monday, the council said Thursday, "The vote stands."',
            [("said", "the council", '"The vote stands."')],
        ),
        ("Last week, Lo told the Gazette.", [("told", "Lo", "Last week,")]),
        ("The plan is dead, Lo said on Monday.", [("said", "Lo", "The plan is dead,")]),
        ("If the vote fails, Lo warned Ruiz.", [("warned", "Lo", "If the vote fails,")]),
    ],
)
def test_a_tag_after_its_content_keeps_it(analyzer, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert fields(analyzer, text, "cue", "source", "content") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a view that "in" and a possessive credit to its holder: the holder speaks, the clause is the view
        ("In Ruiz's view, the levy would fail.", [("view", "Ruiz's", "the levy would fail.")]),
        ("The levy would fail, in Dr. Ana Ruiz's view.", [("view", "Dr. Ana Ruiz's", "The levy would fail")]),
        ("In his own words, the mayor is a fraud.", [("words", "his", "the mayor is a fraud.")]),
        ("In my opinion, the vote was fair.", [("opinion", "my", "the vote was fair.")]),
        (
            "The council, in her view, has lost its way.",
            [("view", "her", "The council, in her view, has lost its way.")],
        ),
        # a promise or pledge after its maker's possessive
        ("Lo has gained ground with his promise to build a dam.", [("promise to", "his", "build a dam.")]),
        (
            "Voters recall the mayor's bold pledge to cut fares.",
            [("pledge to", "the mayor's", "cut fares.")],
        ),
    ],
)
def test_a_held_view_or_a_promise_after_a_possessive_is_a_cue(
    analyzer, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert fields(analyzer, text, "cue", "source", "content") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ruiz's view of the dam is grim.",
        "In his opinion piece the dam is a folly.",
        "In other words, the dam is a folly.",
        "They promise to build a dam.",
        "The town made a promise to rebuild.",
        "Lo backs the dam; Promise to rebuild is met with relief.",
    ],
)
def test_no_holder_no_view_or_promise(analyzer, text: str) -> None:
    assert [c for c in fields(analyzer, text, "cue") if c[0] in ("view", "opinion", "words", "promise to")] == []


def test_a_view_that_frames_another_cue_is_its_report(analyzer) -> None:
    # the view of a speaker whose verb stands in the sentence is what that verb reports, no attribution of its own
    text = "Ruiz argued that — in her view — the levy would probably fail."
    assert fields(analyzer, text, "cue", "source") == [("argued", "Ruiz")]
