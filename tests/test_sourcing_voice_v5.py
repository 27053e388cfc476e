"""Where a content starts after its cue's setting (issue 12, point 3; helper round v5), in sentences of our own:
the exact content and the voice of each matched word, with either sourcing method; and the dev-fold listing of
voice errors by cause."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import fields_and_voices
from framing.quality.voice_errors import _cause


def contents_and_voices(analyzer: Analyzer, text: str) -> tuple[list[str], list[tuple[str, str]]]:
    """The contents of the sentence's attributions, and (word, voice) of its hedging and doubt matches."""
    found, voices = fields_and_voices(analyzer, text, ("content",), ("hedging", "doubt"))
    return [content for (content,) in found], voices


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # an addressee and a day before "that": the writer's setting, not what was said
        (
            "Ms. Okafor told the Ledger on Monday that the levy may be repealed.",
            "the levy may be repealed.",
            [("may", "reported")],
        ),
        ("Ms. Okafor said in a statement that the levy may rise.", "the levy may rise.", [("may", "reported")]),
        (
            "Mr. Lund told reporters in Ames, Iowa, that the port may close.",
            "the port may close.",
            [("may", "reported")],
        ),
        # the writer's own judgment, set off by dashes or commas, stays the writer's
        (
            "Mr. Lund claimed - falsely - that the port may close.",
            "the port may close.",
            [("claimed", "author"), ("falsely", "author"), ("may", "reported")],
        ),
        (
            "Mr. Lund claimed, without evidence, that the port could close.",
            "the port could close.",
            [("claimed", "author"), ("without evidence", "author"), ("could", "reported")],
        ),
        # a time before "whether": the question starts at "whether"
        (
            "The mayor asked reporters on Friday whether the levy might pass.",
            "whether the levy might pass.",
            [("whether", "reported"), ("might", "reported")],
        ),
    ],
)
def test_a_content_starts_after_the_cues_setting(
    sourcing_analyzer: Analyzer, text: str, content: str, expected: list
) -> None:
    assert contents_and_voices(sourcing_analyzer, text) == ([content], expected)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # other words before "that": it may be a relative pronoun, so the content runs from the cue
        ("Ms. Okafor announced new measures that may cut the levy.", "new measures that may cut the levy."),
        # a publication's name then "that was": a relative clause about it
        (
            "Ms. Okafor wrote for the Harbor Gazette that was sold on Monday that the port may close.",
            "for the Harbor Gazette that was sold on Monday that the port may close.",
        ),
        # a part set off by commas that does not close before "that" is a clause of the content
        (
            "Mr. Lund said, the port could close, and that it may reopen.",
            "the port could close, and that it may reopen.",
        ),
        # "that" after a preposition is a demonstrative
        ("Ms. Okafor objected to that plan because the levy may rise.", "to that plan because the levy may rise."),
    ],
)
def test_a_that_after_other_words_leaves_the_content_alone(
    sourcing_analyzer: Analyzer, text: str, content: str
) -> None:
    assert contents_and_voices(sourcing_analyzer, text)[0] == [content]


def test_the_writers_setting_is_in_the_authors_voice_after_a_participle_cue(sourcing_analyzer: Analyzer) -> None:
    text = "The council backed the levy, saying in a statement that the port may reopen."
    contents, voices = contents_and_voices(sourcing_analyzer, text)
    assert contents == ["the levy", "the port may reopen."]
    assert voices == [("may", "reported")]


def _attribution(cue: tuple[int, int], content: tuple[int, int] | None) -> dict:
    return {
        "cue": "said",
        "cue_start": cue[0],
        "cue_end": cue[1],
        "source_start": 0,
        "source_end": cue[0] - 1,
        "content": "",
        "content_start": content[0] if content else None,
        "content_end": content[1] if content else None,
    }


@pytest.mark.parametrize(
    ("match", "inside", "voice", "contents", "ours", "cause"),
    [
        # missed: our content ends before the match inside the annotated one
        ((60, 65), True, "author", [(10, 80)], [_attribution((3, 7), (10, 40))], "cut-short"),
        # missed: our content starts after the match (content before the cue)
        ((12, 15), True, "author", [(10, 80)], [_attribution((40, 44), (45, 80))], "starts-late"),
        # missed: the match is on our cue
        ((40, 44), True, "author", [(10, 80)], [_attribution((40, 44), (45, 80))], "cue-word"),
        # missed: nothing of ours in the sentence
        ((12, 15), True, "author", [(10, 80)], [], "no-attribution"),
        # missed: the annotated content began in an earlier sentence
        ((112, 115), True, "author", [(10, 180)], [], "other-sentence"),
        # spurious: our content runs past the annotated one's end
        ((60, 65), False, "reported", [(10, 40)], [_attribution((3, 7), (10, 80))], "runs-past"),
        # spurious: our content starts before the annotated one
        ((12, 15), False, "reported", [(40, 80)], [_attribution((3, 7), (10, 80))], "starts-early"),
        # spurious: no annotated content meets ours
        ((12, 15), False, "reported", [], [_attribution((3, 7), (10, 80))], "unannotated"),
        # spurious: a quotation with no attribution of ours
        ((12, 15), False, "quoted", [], [], "quoted-alone"),
    ],
)
def test_each_voice_error_gets_the_cause_a_rule_could_change(
    match: tuple[int, int], inside: bool, voice: str, contents: list, ours: list, cause: str
) -> None:
    sentence = (100, 200) if match[0] >= 100 else (0, 100)
    assert _cause(match, inside, voice, sentence, contents, ours)[0] == cause


@pytest.mark.parametrize(
    ("text", "contents", "expected"),
    [
        # a relative clause set off by commas: its content ends before the sentence's main verb
        (
            "Ms. Okafor, who said the levy was unfair, may still win the vote.",
            ["the levy was unfair"],
            [("may", "author")],
        ),
        (
            "The port deal, which critics described as possibly illegal, collapsed in May.",
            ["as possibly illegal"],
            [("possibly", "reported")],
        ),
        (
            "Mr. Lund, who has said the port may close, quietly resigned in what was probably a protest.",
            ["the port may close"],
            [("may", "reported"), ("probably", "author")],
        ),
        # a first comma inside the content (an aside of its own) leaves it running
        (
            "Ms. Okafor, who said that the levy, in its current form, may be unfair, has left.",
            ["the levy, in its current form, may be unfair, has left."],
            [("may", "reported")],
        ),
        # no relative clause: the content runs on over a comma and a verb
        (
            "Ms. Okafor said the levy was unfair, was late and may be repealed.",
            ["the levy was unfair, was late and may be repealed."],
            [("may", "reported")],
        ),
    ],
)
def test_a_content_in_a_relative_clause_ends_before_the_main_verb(
    sourcing_analyzer: Analyzer, text: str, contents: list[str], expected: list
) -> None:
    assert contents_and_voices(sourcing_analyzer, text) == (contents, expected)
