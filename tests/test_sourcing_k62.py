"""Sourcing of round k62 (issue 12), in sentences of our own, from the error classes of blind set k62.

- "X quoted Y as saying …": what Y says is the content of X's quoting, no attribution of its own (PolNeAR marks the
  quoting verb alone); before the round "saying" was a second attribution with no source. The passive "Y was quoted as
  saying" has Y for its source; before, it had none.
- The subject of an absolute clause that "with" opens after a comma speaks for its gerund ("…, with Ed Lo, the
  minister, calling it a duty"); before, the source was the main clause's subject.
- A relative time between a subject and its cue ("Ana Ruiz last Thursday said") or opening the sentence with no comma
  ("Last year Ed Lo said") is no part of the source; before, the source took it.
- A phrase that a capitalised preposition opens, with no comma after it, is no part of the source when the read back
  stopped inside it ("In one of her letters Councillor Mira Tolan said"); before, the phrase's last words were.
- The idiom "not to mention" after a mark or opening the sentence reports no one; with a word before it ("careful
  not to mention") it stays a verb.
"""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import cues_and_sources


CASES = [
    # "X quoted Y as saying" and its passive
    # fail before the round: "saying" was a second attribution with no source
    (
        "The weekly paper quoted a retired harbour pilot as saying that the channel had silted up.",
        [("quoted", "The weekly paper")],
    ),
    (
        "Radio Kestrel cited Mira Tolan earlier as saying the ferry would stop in May.",
        [("cited", "Radio Kestrel")],
    ),
    (
        "The ferry will stop in May, the gazette quoted the harbour master on Monday as saying.",
        [("quoted", "the gazette")],
    ),
    # fail before the round: the passive's subject was no source
    ("Mira Tolan was quoted as saying the ferry would stop in May.", [("saying", "Mira Tolan")]),
    (
        "Councillor Mira Tolan was widely quoted as saying that the levy would fail.",
        [("saying", "Councillor Mira Tolan")],
    ),
    # guards: a gerund after its clause's comma keeps the subject
    ("Mira Tolan left the hall, saying the ferry would stop in May.", [("saying", "Mira Tolan")]),
    # the subject of an absolute "with" clause
    # fail before the round: the source was the main clause's subject
    (
        "The guild backed the levy, with Oren Vasquez, the guild's treasurer, calling it a fair price.",
        [("backed", "The guild"), ("calling it", "Oren Vasquez, the guild's treasurer")],
    ),
    # guards: a subject with no appositive was read already; a second gerund keeps the first's subject; a
    # gerund after "with" and its object is the main subject's
    (
        "The motion passed on Friday, with several farmers warning that the dam would fail.",
        [("warning", "several farmers")],
    ),
    (
        "The motion passed, with the guild defending the levy, insisting that it was fair.",
        [("defending", "the guild"), ("insisting", "the guild")],
    ),
    ("Oren Vasquez met with the aides, saying that the levy was fair.", [("saying", "Oren Vasquez")]),
    # a relative time around the subject
    # fail before the round: the time was part of the source
    ("Mira Tolan last Thursday called for a new survey of the channel.", [("called for", "Mira Tolan")]),
    ("Last year Oren Vasquez said the channel had silted up.", [("said", "Oren Vasquez")]),
    ("This week the harbour board warned that the channel had silted up.", [("warned", "the harbour board")]),
    ("Earlier this month Mira Tolan told the council that the dam was sound.", [("told", "Mira Tolan")]),
    # guards: a time already read past; a day's possessive names a document
    ("Mira Tolan last week said the channel had silted up.", [("said", "Mira Tolan")]),
    ("Last Friday's survey said the channel had silted up.", [("said", "Last Friday's survey")]),
    # an opening phrase that no comma ends, the read back stopped inside it
    # fail before the round: the phrase's words were part of the source
    (
        "In one of her recent letters Councillor Mira Tolan said the dam was sound.",
        [("said", "Councillor Mira Tolan")],
    ),
    # guard: a phrase the read back had passed already
    ("In fact the harbour board said the dam was sound.", [("said", "the harbour board")]),
    # the idiom "not to mention"
    # fail before the round: "mention" was a cue
    ("The flood closed the mill, not to mention the two bridges upstream.", []),
    ("The dam leaks (not to mention, the sluice gates are rusted through).", []),
    ("Not to mention the cost of the new sluice gates.", []),
    # guard: a word before it keeps the verb
    (
        "Oren Vasquez was careful not to mention the mayor by name.",
        [("mention", "Oren Vasquez")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_k62_readings(analyzer: Analyzer, text: str, expected: list[tuple[str, str]]) -> None:
    """Each sentence's cues and sources, in order."""
    assert cues_and_sources(analyzer, text) == expected
