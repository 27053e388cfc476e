"""The content of an "according to" that opens its sentence after only leading words or an opening phrase, or
whose source phrase the reading cuts short (issue 12, helper round v33), in sentences of our own.

"But according to X, …" and "Still, according to X, …" read like "According to X, …": the clause after the
source's comma is what X gives, not the leading word before it. After an opening phrase with no comma of its own
("At the same time, according to X, …"), or between a subject and its verb ("The board, according to X, failed
…"), the source ends at its comma, no appositive of the clause after it. When
the source read after an opening "According to" stops inside its phrase ("… conducted by Lund Research for the
Ledger, …"), the content starts past the comma that closes the phrase, not in the middle of it.
"""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import fields_and_voices


@pytest.mark.parametrize(
    ("text", "found", "voices"),
    [
        # a leading word before the cue: before the round the content was "But", and "probably" the writer's
        (
            "But according to the harbor office, the ferry will probably stop in June.",
            [("according to", "the harbor office", "the ferry will probably stop in June.")],
            [("probably", "reported")],
        ),
        (
            "Still, according to two aides, the senator will likely resign.",
            [("according to", "two aides", "the senator will likely resign.")],
            [("likely", "reported")],
        ),
        # an opening phrase before the cue: before, the source ran on over the clause ("papers, the bulk … up")
        (
            "At the same time, according to internal planning papers, the bulk of the convoy might split up.",
            [("according to", "internal planning papers", "the bulk of the convoy might split up.")],
            [("might", "reported")],
        ),
        (
            "Later, according to the Ledger, Lund probably lost the vote.",
            [("according to", "the Ledger", "Lund probably lost the vote.")],
            [("probably", "reported")],
        ),
        # between a subject and a verb in the past (the appositive test knew "would", "has", not "failed"): before,
        # the source was "Ledger Media, failed Ms. Lund", the content "The board,"
        (
            "The board, according to Ledger Media, failed Ms. Lund because she was probably late.",
            [
                (
                    "according to",
                    "Ledger Media",
                    "The board, according to Ledger Media, failed Ms. Lund because she was probably late.",
                )
            ],
            [("probably", "reported")],
        ),
    ],
)
def test_according_to_after_leading_words_credits_the_clause_after_it(
    sourcing_analyzer: Analyzer, text: str, found: list[tuple[str, str, str]], voices: list[tuple[str, str]]
) -> None:
    assert fields_and_voices(sourcing_analyzer, text, ("cue", "source", "content")) == (found, voices)


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        # the source read stopped at "Lund"; before the round the content began "Research for the Daily Ledger …,"
        (
            "According to early results of the survey conducted by Lund Research for the Daily Ledger and two radio "
            "stations, most fishermen probably favor the levy.",
            "early results of the survey conducted by Lund Research for the Daily Ledger and two radio stations",
            "most fishermen probably favor the levy.",
        ),
        # a relative clause's verb is the phrase's own ("that was later leaked"), not the start of the content
        (
            "According to a report by the harbor office that was later leaked to reporters, the ferry will probably "
            "stop in June.",
            "a report by the harbor office that was later leaked to reporters",
            "the ferry will probably stop in June.",
        ),
        # the commas of a list inside the phrase do not close it
        (
            "But according to interviews with his aides, donors and friends, the senator will probably run again.",
            "interviews with his aides, donors and friends",
            "the senator will probably run again.",
        ),
    ],
)
def test_an_opening_according_to_source_runs_to_the_comma_that_closes_its_phrase(
    sourcing_analyzer: Analyzer, text: str, source: str, content: str
) -> None:
    found, voices = fields_and_voices(sourcing_analyzer, text, ("source", "content"))
    assert found == [(source, content)]
    assert voices == [("probably", "reported")]


def test_the_rules_leave_names_and_closing_asides(sourcing_analyzer: Analyzer) -> None:
    """A capitalised "Said" after a leading word is a name, no cue whose content follows it; an aside after a
    whole clause keeps that clause as its content (the filings give it), its source read as before."""
    found, _ = fields_and_voices(
        sourcing_analyzer, "Meanwhile, Said Ali and other clerics openly called for calm.", ("cue", "content")
    )
    assert ("openly called for", "calm.") in found
    assert not [content for cue, content in found if content.startswith("and other clerics")]
    text = (
        "For these jobs, the firm earned $6 million last year, according to public filings, a huge sum for a small "
        "firm."
    )
    found, _ = fields_and_voices(sourcing_analyzer, text, ("cue", "content"))
    assert found == [("according to", "For these jobs, the firm earned $6 million last year,")]
