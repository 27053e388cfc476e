"""Whole attributions missed on PolNeAR's dev fold (round c22), by construction, in sentences of our own: the tag
of a quotation whose verb no lexicon lists ('"…," Lo went on.'), jibes taken at someone in any form of "take",
fun poked at someone and a list ticked off. The counter-cases pin the uses that must stay out."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from framing.text import tokenize


def _spans(analyzer: Analyzer, text: str) -> list[tuple[str, str, str]]:
    """Each attribution's cue, source and content as the text's own characters."""
    return [
        (
            text[a["cue_start"] : a["cue_end"]],
            text[a["source_start"] : a["source_end"]],
            text[a["content_start"] : a["content_end"]],
        )
        for a in analyzer.analyze(text, split_title=False).attributions
        if a["cue_start"] is not None
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subject and a verb no lexicon lists, then the sentence ends
        (
            "“Not one pier was rebuilt in ten years,” Ana Ruiz answers.",
            [("answers", "Ana Ruiz", "“Not one pier was rebuilt in ten years,”")],
        ),
        # a verb and a particle, after a pronoun
        (
            '"The harbour will be open to all of them by June," she went on.',
            [("went on", "she", '"The harbour will be open to all of them by June,"')],
        ),
        # a document as the subject, "the" and its noun; another quotation follows the tag
        (
            '"We will keep every berth open this winter," the memo read. "Nobody loses a job."',
            [("read", "the memo", '"We will keep every berth open this winter,"')],
        ),
        # a question, then the verb before its subject
        (
            "“Who will pay for the new locks?” retorted Ed Lo.",
            [("retorted", "Ed Lo", "“Who will pay for the new locks?”")],
        ),
        # the tag goes on after a comma
        (
            '"Sit down and let the mayor finish," he demanded, and the hall went quiet.',
            [("demanded", "he", '"Sit down and let the mayor finish,"')],
        ),
    ],
)
def test_quotation_tags(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert _spans(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a title in quotation marks is no quotation: too short
        '"Harbour Lights," a new series, premieres tonight.',
        # the words after the quotation go on past a subject and a verb
        '"We will rebuild the piers this year," Ruiz smiled at the voters in Leith on Sunday.',
        # a clause word after the quotation opens no tag
        '"The levy is a tax on hope," while Ruiz smiled.',
    ],
)
def test_no_quotation_tag(sourcing_analyzer: Analyzer, text: str) -> None:
    assert not [cue for cue, _, _ in _spans(sourcing_analyzer, text) if cue in {"premieres", "smiled"}]


def test_lexicon_cue_in_tag_wins(sourcing_analyzer: Analyzer) -> None:
    # a listed cue after the quotation is read as any cue: the appositive is no verb of a tag
    text = '"The piers will be rebuilt by June," the port spokesman, Ed Lo, said on Monday.'
    assert [cue for cue, _, _ in _spans(sourcing_analyzer, text)] == ["said"]


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("Ruiz also took a shot at the harbour board on Monday.", "also took a shot at", "Ruiz"),
        ("The mayor has taken frequent shots at the union's leaders.", "has taken frequent shots at", "The mayor"),
        ("Ed Lo could not resist taking swipes at his rival.", "taking swipes at", "Ed Lo"),
        ("Ruiz took some jabs at the council on Monday.", "took some jabs at", "Ruiz"),
        ("The revue poked fun at the mayor and his new yacht.", "poked fun at", "The revue"),
        ("Ruiz ticked off a list of broken promises.", "ticked off a", "Ruiz"),
    ],
)
def test_jibes(sourcing_analyzer: Analyzer, text: str, cue: str, source: str) -> None:
    assert [(c, s) for c, s, _ in _spans(sourcing_analyzer, text)] == [(cue, source)]


def test_ticked_off_alone_is_anger(sourcing_analyzer: Analyzer) -> None:
    # "ticked off" without a list is annoyance, no attribution
    assert _spans(sourcing_analyzer, "The dock workers were ticked off by the delay.") == []


def test_closing_triple_mark(sourcing_analyzer: Analyzer) -> None:
    # a quotation inside a quotation, closed in the typewriter style of older newswires ("'''"): the single
    # mark closes first, then the double, so the quotation ends there and its tag is read
    text = "''The mayor told us, 'Not one pier will close,''' Ruiz recalled. ''He was wrong.''"
    assert _spans(sourcing_analyzer, text)[0] == (
        "recalled",
        "Ruiz",
        "''The mayor told us, 'Not one pier will close,'''",
    )


def test_triple_mark_tokens() -> None:
    # closing: "'" then "''"; opening (after a space): "''" then "'"
    assert tokenize("us,''' Ruiz").tokens == ["us", ",", "'", "''", "Ruiz"]
    assert tokenize("said ''' Not").tokens[1:3] == ["''", "'"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ruiz has cast the board as a club of old friends.", [("has cast the board as", "Ruiz")]),
        ("Lo is casting himself as the voice of the docks.", [("is casting himself as", "Lo")]),
        # c43: the mayor's promise is an attribution of the mayor's as well (a promise after its maker's possessive)
        (
            "The union is counting on the mayor's promise to keep the piers open.",
            [("is counting on", "The union"), ("promise to", "the mayor's")],
        ),
    ],
)
def test_portrayals_and_hopes(sourcing_analyzer: Analyzer, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c, s) for c, s, _ in _spans(sourcing_analyzer, text)] == expected


def test_race_called(sourcing_analyzer: Analyzer) -> None:
    # a passive that names nobody: the call has no source phrase, its kind is vague
    text = "Ruiz was declared the winner in Leith late on Tuesday."
    [a] = sourcing_analyzer.analyze(text, split_title=False).attributions
    assert (text[a["cue_start"] : a["cue_end"]], a["source_start"] == a["source_end"], a["kind"]) == (
        "was declared the winner",
        True,
        "vague",
    )
