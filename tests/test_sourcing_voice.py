"""Voice follows the content span (issue 12, point 3; helper round 12u), in sentences of our own: the
exact voice of each matched word, with either sourcing method."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from framing.sourcing import Spans
from sourcing_cases import fields_and_voices, voice


def voices(analyzer: Analyzer, text: str, *signals: str) -> list[tuple[str, str]]:
    """(word, voice) of every match of `signals`, in text order."""
    return fields_and_voices(analyzer, text, (), signals)[1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second cue inside the first one's content is the writer's word for what the source did
        (
            "Ms. Okafor said the levy was fair and suggested the council might raise it.",
            [("suggested", "author"), ("might", "reported")],
        ),
        # a parenthetical cue: its content lies on both sides, the cue itself is the writer's
        ("Voters, Ms. Okafor suggested, might forgive the delay.", [("suggested", "author"), ("might", "reported")]),
    ],
)
def test_a_cue_is_in_the_authors_voice_inside_a_content(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert voices(sourcing_analyzer, text, "hedging") == expected


def test_a_loaded_cue_after_a_content_is_the_authors_word(sourcing_analyzer: Analyzer) -> None:
    text = "Ms. Okafor said the plan was reckless and slammed the mayor."
    assert voices(sourcing_analyzer, text, "loaded_language") == [("reckless", "reported"), ("slammed", "author")]
    assert voice(sourcing_analyzer, text, "reckless") == "reported"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Does Ms. Okafor believe the deal is fair?", [("believe", "author"), ("?", "author")]),
        (
            "Mr. Lund asked whether the port could reopen?",
            [("whether", "reported"), ("could", "reported"), ("?", "author")],
        ),
        # inside quotation marks the question is the speaker's ("asked," before it: an interview's question, no
        # doubt at all since round e29)
        ('Mr. Lund said, "Who would pay for the new port?"', [("?", "quoted")]),
    ],
)
def test_the_question_mark_that_ends_a_content_is_the_writers(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert voices(sourcing_analyzer, text, "hedging", "doubt") == expected


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ms. Okafor said the levy was fair; the council disagreed.", "the levy was fair"),
        ("“The port will reopen,” Mr. Lund said on Tuesday.", "“The port will reopen,”"),
    ],
)
def test_an_attribution_reports_the_content_whose_words_are_reported(
    sourcing_analyzer: Analyzer, text: str, content: str
) -> None:
    """The words credited to the source are in the output with their offsets, so a reader can check the
    span that decides every `reported` voice."""
    (attribution,) = sourcing_analyzer.analyze(text, split_title=False).attributions
    assert attribution["content"] == content
    assert text[attribution["content_start"] : attribution["content_end"]] == content


def test_spans_merge_overlaps_and_ignore_empty_ranges() -> None:
    """Voice asks `Spans` whether a word lies inside a content or quotation: overlapping and nested ranges,
    given in any order, merge into one, and an empty range (a content that ends where it starts) holds no token."""
    spans = Spans([(10, 12), (0, 4), (1, 2), (3, 6), (8, 8), (11, 15), (20, 22)])
    assert spans.covers(1, 6)  # (0, 4) and (3, 6) merged; the nested (1, 2) does not cut it short
    assert spans.covers(10, 15)
    assert not spans.covers(5, 7)
    assert not spans.covers(12, 16)
    assert spans.meets(5, 10)
    assert not spans.meets(6, 10)
    assert not spans.meets(7, 9)  # the empty (8, 8) is no span


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # a clause opening the sentence ends at its comma, and the content inside it with it
        (
            "While Ms. Okafor said the levy was fair, the council may reject it.",
            "the levy was fair",
            [("may", "author")],
        ),
        (
            "Even though Mr. Lund argued that the port could reopen, it will likely stay closed.",
            "the port could reopen",
            [("could", "reported"), ("likely", "author")],
        ),
        (
            "But while Mr. Lund said the port would reopen, it may stay shut.",
            "the port would reopen",
            [("may", "author")],
        ),
        # a quotation that closes with the clause's comma ends it there, the comma inside the marks
        (
            'While Ms. Okafor called the levy "fair, if late," the council may reject it.',
            'the levy "fair, if late,"',
            [("if", "quoted"), ("may", "author")],
        ),
        # "As X put it," opens no such clause: what follows the comma is the source's
        ("As Ms. Okafor put it, the levy may be unfair.", "the levy may be unfair.", [("may", "reported")]),
        # the clause opens the content, not the sentence: the content runs on past its comma
        (
            "Ms. Okafor said that while the levy was fair, the council may reject it.",
            "while the levy was fair, the council may reject it.",
            [("may", "reported")],
        ),
    ],
)
def test_a_content_inside_an_opening_clause_ends_at_its_comma(
    sourcing_analyzer: Analyzer, text: str, content: str, expected: list
) -> None:
    assert [a["content"] for a in sourcing_analyzer.analyze(text, split_title=False).attributions] == [content]
    assert voices(sourcing_analyzer, text, "hedging") == expected


def test_a_comma_after_a_colon_is_the_quotations_not_the_opening_clauses(sourcing_analyzer: Analyzer) -> None:
    text = 'When Ms. Okafor says: "Look, the levy may fail," the council listens.'
    (attribution,) = sourcing_analyzer.analyze(text, split_title=False).attributions
    assert attribution["content"].startswith('"Look, the levy may fail,"')
    assert voices(sourcing_analyzer, text, "hedging") == [("may", "quoted")]


@pytest.mark.parametrize(
    ("text", "contents", "expected"),
    [
        # a cue in the gerund whose verb phrase goes on with "and" + another -ing verb: the second is the mayor's act
        (
            "The mayor spent Monday criticizing the levy and likely hoping for a recount.",
            ["the levy", "for a recount."],
            [("likely", "author")],
        ),
        (
            "The mayor spent Monday criticizing the levy, and probably hoping for a recount.",
            ["the levy", "for a recount."],
            [("probably", "author")],
        ),
        # the same in the infinitive: "to praise … and to …"
        ("Ms. Okafor came to praise the port and to possibly win a berth.", ["the port"], [("possibly", "author")]),
        # an -ing verb inside the content comes first: the "and" may join that one, so the content runs on
        (
            "Mr. Lund was criticizing the plan for raising taxes and cutting what may be vital services.",
            ["the plan for raising taxes and cutting what may be vital services."],
            [("may", "reported")],
        ),
        # a finite cue is left alone: "and reopen" is the port's
        ("Mr. Lund said the port may close and reopen.", ["the port may close and reopen."], [("may", "reported")]),
    ],
)
def test_a_content_ends_where_the_cues_verb_phrase_goes_on_with_and(
    sourcing_analyzer: Analyzer, text: str, contents: list[str], expected: list
) -> None:
    assert [a["content"] for a in sourcing_analyzer.analyze(text, split_title=False).attributions] == contents
    assert voices(sourcing_analyzer, text, "hedging") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cue whose source opens another source's clause content is part of what that source said
        ("Ms. Okafor said Mr. Lund believes the port will close.", [("believes", "reported")]),
        ("The host asked if Mr. Lund thought that the levy was fair.", [("if", "reported"), ("thought", "reported")]),
        (
            "The host asked whether Mr. Lund believes the levy is fair.",
            [("whether", "reported"), ("believes", "reported")],
        ),
        # deeper in the clause a speech verb reports: still what the outer source said
        ("Ms. Okafor said the port closed because Mr. Lund suggested a new levy.", [("suggested", "reported")]),
        # after a speaker's colon, "I" is the speaker talking
        ("OKAFOR: I think the port will close.", [("think", "reported")]),
        # the outer source's own second cue stays the writer's word ("said … and suggested")
        (
            "Ms. Okafor said the levy was fair and suggested the council might raise it.",
            [("suggested", "author"), ("might", "reported")],
        ),
        # the object of a verb that takes none of a clause: "blamed the council and Mr. Lund believes …" is two
        # statements of the writer's
        (
            "Ms. Okafor blamed the council and Mr. Lund believes the port will close.",
            [("believes", "author")],
        ),
        # a noun after a possessive is the writer's word for it
        ("Ms. Okafor repeated her claim that the port will close.", [("claim", "author")]),
    ],
)
def test_a_cue_nested_in_another_sources_clause_is_reported(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert voices(sourcing_analyzer, text, "hedging", "doubt") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the writer weighing what can be said yet
        ("It is too soon to say whether the port could reopen.", [("whether", "author"), ("could", "author")]),
        ("It's fair to say the levy may pass.", [("may", "author")]),
        # "say" set off by commas is "for example"
        ("If she narrows the gap to, say, five points, she could win.", [("If", "author"), ("could", "author")]),
        # a cue word opening its line before a colon is a label ("Revealed: …"), not a cue
        ("Revealed: The plan would likely close the port.", [("would likely", "author")]),
        # the same words as cues stay cues: "say" after a comma before its source, a cue before a colon in mid-line
        ("The port may close, say officials in Lagos.", [("may", "reported")]),
        ("Ms. Okafor said: the port may close.", [("may", "reported")]),
    ],
)
def test_the_writers_own_say_and_line_labels_attribute_nothing(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert voices(sourcing_analyzer, text, "hedging") == expected
