"""Contents of a cue inside a relative clause that a comma or a bracket opens (issue 12, point 3; helper round
v7), in sentences of our own: the exact content of each attribution and the voice of each matched word, with
either sourcing method."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions_and_voices


@pytest.mark.parametrize(
    ("text", "attributions", "voices"),
    [
        # a relative pronoun after a comma is no "…, she said, …" aside: the content follows the cue, and the
        # main clause after the relative clause is the writer's
        (
            "The guild, which endorsed Mayor Ortega in March, voted to strike on Friday.",
            [("endorsed", "which", "Mayor Ortega in March")],
            [],
        ),
        (
            "The guild, which endorsed Mayor Ortega in March, is widely regarded as the most militant in the state.",
            [
                ("endorsed", "which", "Mayor Ortega in March"),
                # a view credited to nobody: the guild is what it is about, not its holder (round v25)
                ("is widely regarded as", "", "the most militant in the state."),
            ],
            [("regarded as", "author")],
        ),
        # a relative clause that closes right after its cue reports nothing: the main clause is the writer's
        (
            "The publisher, which declined to comment, returned the rights to the so-called author.",
            [("declined to comment", "which", "")],
            [("so-called", "author")],
        ),
        # after an object: the main clause goes on with "to" or "and"; a second relative clause is no content
        (
            "Tenants urged the mayor, who promised in May to keep the library open, to scrap the so-called reform.",
            [
                ("urged", "Tenants", "the mayor"),
                ("promised", "who", "in May to keep the library open"),
            ],
            [("so-called", "author")],
        ),
        (
            "She hired Mr. Dale, who criticized the board for years, and later fired the so-called auditor.",
            [("criticized", "who", "the board for years")],
            [("so-called", "author")],
        ),
        (
            "She hired Mr. Dale, who criticized the board for years and who ran the so-called audit.",
            [("criticized", "who", "the board for years")],
            [("so-called", "author")],
        ),
        # a clause in brackets ends at its closing bracket
        (
            "The panel (which refused to testify) was dissolved amid the so-called scandal.",
            [("refused", "which", "to testify")],
            [("so-called", "author")],
        ),
        # an aside with a personal pronoun stays an aside: both sides are hers
        (
            "If the levy passes, she said, the port may close.",
            [("said", "she", "If the levy passes, she said, the port may close.")],
            [("If", "reported"), ("may", "reported")],
        ),
    ],
)
def test_a_relative_clause_cue_reports_what_follows_it(
    sourcing_analyzer: Analyzer, text: str, attributions: list[tuple[str, str, str]], voices: list[tuple[str, str]]
) -> None:
    assert attributions_and_voices(sourcing_analyzer, text) == (attributions, voices)


@pytest.mark.parametrize(
    ("text", "attributions", "voices"),
    [
        # ", as" + a source and its cue closing the sentence: the clause before the comma is what was said
        (
            "Mr. Lund's loss won't necessarily end his run, as some have speculated.",
            [("have speculated", "some", "Mr. Lund's loss won't necessarily end his run")],
            [("necessarily", "reported"), ("speculated", "author")],
        ),
        (
            "The port may close, as the mayor warned last year.",
            [("warned", "the mayor", "The port may close")],
            [("may", "reported")],
        ),
        # from the last dash or semicolon: the clause before it is the writer's
        (
            "The council met again on Monday — a meeting the mayor clearly knew about, as Ms. Dale testifies.",
            [("testifies", "Ms. Dale", "a meeting the mayor clearly knew about")],
            [("clearly", "reported")],
        ),
        # a pair of dashes sets off an aside of the clause's own
        (
            "The charter—whose authors include the mayor—shaped the so-called movement, as the website notes.",
            [("notes", "the website", "The charter—whose authors include the mayor—shaped the so-called movement")],
            [("so-called", "reported")],
        ),
        # not when a content of its own follows the cue (past its hearer, round v17)
        (
            "The port may close, as the mayor warned the board that the ferry may stop.",
            [("warned", "the mayor", "the ferry may stop.")],
            [("may", "author"), ("may", "reported")],
        ),
    ],
)
def test_a_closing_as_clause_reports_the_clause_before_it(
    sourcing_analyzer: Analyzer, text: str, attributions: list[tuple[str, str, str]], voices: list[tuple[str, str]]
) -> None:
    assert attributions_and_voices(sourcing_analyzer, text) == (attributions, voices)


@pytest.mark.parametrize(
    ("text", "attributions", "voices"),
    [
        # a quotation closed after its comma, then the writer's participle: the content ends with the quotation
        (
            "Ms. Dale called the levy “a disgrace,” drawing boos from the so-called reformers.",
            [("called", "Ms. Dale", "the levy “a disgrace,”")],
            [("disgrace", "quoted"), ("so-called", "author")],
        ),
        (
            "Mr. Lund said the port was “finished,” presumably meaning the so-called rescue had failed.",
            [("said", "Mr. Lund", "the port was “finished,”")],
            [("presumably", "author"), ("so-called", "author")],
        ),
        # "including" goes on with what was said; so may a verb after "and"
        (
            "Ms. Dale said the plan was “a mess,” including the so-called reform.",
            [("said", "Ms. Dale", "the plan was “a mess,” including the so-called reform.")],
            [("mess", "quoted"), ("so-called", "reported")],
        ),
        (
            "Ms. Dale said she acted after reading “the report,” and calling the so-called experts.",
            [("said", "Ms. Dale", "she acted after reading “the report,” and calling the so-called experts.")],
            [("so-called", "reported")],
        ),
        # a mark after a comma outside any quotation opens one
        (
            'The levy "is dead," Mr. Lund told reporters, "leaving the so-called rescue in limbo."',
            [
                (
                    "told reporters",
                    "Mr. Lund",
                    'The levy "is dead," Mr. Lund told reporters, "leaving the so-called rescue in limbo."',
                )
            ],
            [("so-called", "quoted")],
        ),
    ],
)
def test_a_participle_after_a_closed_quotation_is_the_writers(
    sourcing_analyzer: Analyzer, text: str, attributions: list[tuple[str, str, str]], voices: list[tuple[str, str]]
) -> None:
    assert attributions_and_voices(sourcing_analyzer, text) == (attributions, voices)
