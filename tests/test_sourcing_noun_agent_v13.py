"""A noun cue's agent after "by" or "from" (issue 12, helper round v13), in sentences of our own: the exact cue,
source span, kind and content of each attribution and the voice of each matched word, with the rules. A noun of
saying or thinking followed by its agent and a clause after "that" ("an admission by senior inspectors that …",
"a warning from Mayor Ruiz that …") is the agent's; before the round the lexicon matched the noun only right
before "that", so the agent between them was never read and the phrase read back from the noun ("a", the
clause before it) stood as the source, or nothing was found."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions_with_kinds_and_voices


@pytest.mark.parametrize(
    ("text", "attributions", "voices"),
    [
        # the agent after "by": a plural group of people
        (
            "The ministry finally published an admission by senior inspectors that the bridge had been neglected.",
            [("admission by", "senior inspectors", "vague", "the bridge had been neglected.")],
            [],
        ),
        # the agent after "from": a name with its title (before: the article "a" as the source)
        (
            "It came days after a warning from Mayor Ruiz that the river would flood the lower town.",
            [("warning from", "Mayor Ruiz", "named", "the river would flood the lower town.")],
            [],
        ),
        # a plural noun the lexicons do not list still holds the claims; the noun stays the writer's word
        (
            "The vote followed claims by local farmers that the reservoir was poisoned.",
            [("claims by", "local farmers", "vague", "the reservoir was poisoned.")],
            [("claims", "author")],
        ),
        # an abbreviation's period and a possessive inside the agent; what follows "that" is the office's
        (
            "Talk of a recall grew amid complaints from Ms. Okafor's office that the levy was a disaster.",
            [("complaints from", "Ms. Okafor's office", "named", "the levy was a disaster.")],
            [("disaster", "reported")],
        ),
    ],
)
def test_a_noun_cue_reads_its_agent(
    analyzer: Analyzer,
    text: str,
    attributions: list[tuple[str, str, str, str]],
    voices: list[tuple[str, str]],
) -> None:
    assert attributions_with_kinds_and_voices(analyzer, text) == (attributions, voices)


@pytest.mark.parametrize(
    ("text", "attributions", "voices"),
    [
        # a span of time is no agent and its "that" is a relative pronoun: nothing attributed
        ("The report revived an accusation from decades ago that the coach had hidden.", [], []),
        # no "that" after the agent: the noun is no cue
        ("The mayor read a complaint from the balcony.", [], []),
        # a relative "that" before a verb: no clause of the builders'
        (
            "The claims by the builders that were published last week proved false.",
            [],
            [("claims", "author"), ("false", "author")],
        ),
        # a gerund after "by" is no agent, and the noun does not cut the source of the verb after it
        (
            "Kristol tried to soften the comment by insisting that he merely meant the plan was weak.",
            [("insisting", "Kristol", "named", "he merely meant the plan was weak.")],
            [],
        ),
        # the noun inside another cue's source phrase leaves that phrase whole
        (
            "According to a complaint from the union, wages fell sharply.",
            [("According to", "a complaint from the union", "named", "wages fell sharply.")],
            [],
        ),
    ],
)
def test_a_noun_with_no_agent_and_clause_attributes_nothing(
    analyzer: Analyzer,
    text: str,
    attributions: list[tuple[str, str, str, str]],
    voices: list[tuple[str, str]],
) -> None:
    assert attributions_with_kinds_and_voices(analyzer, text) == (attributions, voices)
