"""Where contents start and end and which voice a match gets (issue 12, point 3; helper round v6), in sentences
of our own: the exact content of each attribution and the voice of each matched word, with either sourcing
method."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import fields_and_voices, attributions_and_voices


@pytest.mark.parametrize(
    ("text", "attribution", "voices"),
    [
        # a clause after the agent of a passive of telling is what the agent said; the hearer is no content
        (
            "The crew was told by Ms. Adeyemi that the ferry may stop running.",
            ("was told", "Ms. Adeyemi", "the ferry may stop running."),
            [("may", "reported")],
        ),
        (
            "Tenants were warned by the landlord that rents might double.",
            ("were warned", "the landlord", "rents might double."),
            [("might", "reported")],
        ),
        (
            "The senator was asked by a host whether the bill could pass.",
            ("was asked", "a host", "whether the bill could pass."),
            [("whether", "reported"), ("could", "reported")],
        ),
        # an empty "it" before the passive: the clause after "that" is the report
        (
            "It was widely reported by local radio that the dam may fail.",
            ("was widely reported by", "local radio", "the dam may fail."),
            [("may", "reported")],
        ),
        # after another passive, "that" and a verb is a relative clause about the agent: no content of its own
        (
            "The plan was criticized by the union that may strike.",
            ("was criticized", "the union", "The plan"),
            [("may", "author")],
        ),
    ],
)
def test_a_clause_after_a_passive_agent_is_its_content(
    sourcing_analyzer: Analyzer, text: str, attribution: tuple[str, str, str], voices: list
) -> None:
    assert attributions_and_voices(sourcing_analyzer, text) == ([attribution], voices)


def test_the_known_passive_agent_case_reads_what_was_told(sourcing_analyzer: Analyzer) -> None:
    """Issue 12's bug report: "He was told by Ruiz that …" gave the content "He was"."""
    attributions, _ = attributions_and_voices(sourcing_analyzer, "He was told by Ruiz that the plant would close.")
    assert attributions == [("was told", "Ruiz", "the plant would close.")]


@pytest.mark.parametrize(
    ("text", "content", "voices"),
    [
        # a noun phrase after a comma that sums up the content with a relative clause: the writer's comment
        (
            "The council said the ferry fares would rise in May, a change that may hurt commuters.",
            "the ferry fares would rise in May",
            [("may", "author")],
        ),
        (
            "Ms. Adeyemi said the port would close, one that may never reopen.",
            "the port would close",
            [("may", "author")],
        ),
        # the phrase inside the content's subject, before its main verb, is the speaker's
        (
            "Ms. Adeyemi said Portmore, a town that may lose its ferry, is bracing for cuts.",
            "Portmore, a town that may lose its ferry, is bracing for cuts.",
            [("may", "reported")],
        ),
        # "one" as a pronoun is no summing phrase
        (
            "Ms. Adeyemi said, if the levy fails, one can assume that the port may close.",
            "if the levy fails, one can assume that the port may close.",
            [("if", "reported"), ("assume that", "reported"), ("may", "reported")],
        ),
        # inside a quotation the phrase is the speaker's
        (
            "Mr. Lund said the fee is “a burden, a tax that may ruin us.”",
            "the fee is “a burden, a tax that may ruin us.”",
            [("may", "quoted")],
        ),
        # a question's "if" after the addressee and a day (a title's full stop included) opens the content
        (
            "The mayor asked Mr. Lund on Friday if the port might close.",
            "if the port might close.",
            [("if", "reported"), ("might", "reported")],
        ),
        (
            "Ms. Okafor told Mr. Tarrant last week that the levy may be repealed.",
            "the levy may be repealed.",
            [("may", "reported")],
        ),
    ],
)
def test_where_a_content_starts_and_ends(sourcing_analyzer: Analyzer, text: str, content: str, voices: list) -> None:
    attributions, found = attributions_and_voices(sourcing_analyzer, text)
    assert [a[2] for a in attributions] == [content]
    assert found == voices


def cues_and_contents(analyzer: Analyzer, text: str) -> tuple[list[str], list[tuple[str, str]]]:
    """The contents of the text's attributions, and (word, voice) of its reporting-verb matches."""
    found, voices = fields_and_voices(analyzer, text, ("content",), ("reporting_verbs",))
    return [content for (content,) in found], voices


@pytest.mark.parametrize(
    ("text", "contents", "voices"),
    [
        # a nested attribution: the inner source and its cue are what the outer source said
        (
            "Ruiz said Lee told her that the plant may close.",
            ["Lee told her that the plant may close.", "the plant may close."],
            [("said", "author"), ("told", "reported")],
        ),
        (
            "According to Ruiz, Lee warned that the plant may close.",
            ["Lee warned that the plant may close.", "the plant may close."],
            [("According to", "author"), ("warned", "reported")],
        ),
        # the comma after "According to …" is no part of the content
        (
            "According to the ferry company, the crossing may close.",
            ["the crossing may close."],
            [("According to", "author")],
        ),
        # a cue inside an aside before "that" stays the writer's
        (
            "Mr. Lund believes, he said, that the port may close.",
            ["the port may close.", "Mr. Lund believes, he said, that the port may close."],
            [("believes", "author"), ("said", "author")],
        ),
        # an inverted source then a second cue: the quotation before is the speaker's, the second cue's clause too
        (
            "The port may close, said the harbour master, adding that fares may rise.",
            ["The port may close,", "fares may rise."],  # past its "that" (u48)
            [("said", "author"), ("adding", "author")],
        ),
    ],
)
def test_nested_attributions(sourcing_analyzer: Analyzer, text: str, contents: list[str], voices: list) -> None:
    assert cues_and_contents(sourcing_analyzer, text) == (contents, voices)


@pytest.mark.parametrize(
    ("text", "content", "voices"),
    [
        # after a dash, "or", "especially", "not", "like", "even", "including" go on with what was said
        (
            "Ms. Adeyemi said the ferry will stop at Portmore — or possibly at Eastwick.",
            "the ferry will stop at Portmore — or possibly at Eastwick.",
            [("possibly", "reported")],
        ),
        (
            "Ms. Adeyemi praised the plan — especially its possible savings.",
            "the plan — especially its possible savings.",
            [("possible", "reported")],
        ),
        # any other word after the dash opens the writer's aside
        ("Ms. Adeyemi said the ferry may stop — a blow to commuters.", "the ferry may stop", [("may", "reported")]),
    ],
)
def test_a_dash_that_goes_on_with_the_content(
    sourcing_analyzer: Analyzer, text: str, content: str, voices: list
) -> None:
    attributions, found = attributions_and_voices(sourcing_analyzer, text)
    assert [a[2] for a in attributions] == [content]
    assert found == voices
