"""The sourcing rules that round p39 moved off the common path of the long rule functions (issue 12: speed) into
their own methods: the anonymity formula and the frame attributions of `_Reader.sentence`, a passive's agent, the
relative readings of `_kind_of_phrase`, the participle and source-after readings of `_source_and_content`, and
`_backward`'s appositive subject. A move changes no output: each case here reads as it did before the move."""

from __future__ import annotations

import importlib

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions_with_kinds

CASES = [
    # the anonymity formula and its purpose
    (
        "Two aides, who spoke on condition of anonymity to describe the talks, said the deal was close.",
        [
            (
                "said",
                "Two aides, who spoke on condition of anonymity to describe the talks",
                "anonymous",
                "the deal was close.",
            )
        ],
    ),
    ("The officials spoke on condition of anonymity to discuss the talks.", []),
    # a speaker's colon: a frame attribution without a lexicon cue
    ("Marta Quell: The ferry will sail again", [(":", "Marta Quell", "named", "The ferry will sail again")]),
    # a passive cue whose agent speaks, and a view credited to its agent
    (
        "The toll was criticized by Marta Quell as a tax on commuters.",
        [("criticized", "Marta Quell", "named", "The toll was")],
    ),
    (
        "The bridge plan was described as a folly by local engineers.",
        [("was described as", "local engineers", "vague", "a folly")],
    ),
    # a relative clause in the source: the kind of the person before it
    (
        "Tom Brask, who chairs the harbour board, said the ferry would sail.",
        [("said", "Tom Brask, who chairs the harbour board", "named", "the ferry would sail.")],
    ),
    (
        "A fisherman who watched the storm said the pier had cracked.",
        [("said", "A fisherman who watched the storm", "anonymous", "the pier had cracked.")],
    ),
    # a source after its cue
    (
        "According to Marta Quell, the ferry will sail again.",
        [("According to", "Marta Quell", "named", "the ferry will sail again.")],
    ),
    # cues in "-ing": the clause's subject speaks
    (
        "Tom Brask spoke on Friday, saying the ferry would sail again.",
        [("saying", "Tom Brask", "named", "the ferry would sail again.")],
    ),
    (
        "Noting that the pier had cracked, Tom Brask said the ferry would wait.",
        [
            ("Noting", "Tom Brask", "named", "that the pier had cracked"),
            ("said", "Tom Brask", "named", "the ferry would wait."),
        ],
    ),
    # an appositive subject, and words set off after the name
    (
        "Tom Brask, the harbour master, said the ferry would sail.",
        [("said", "Tom Brask, the harbour master", "named", "the ferry would sail.")],
    ),
    ("Brask, for his part, has denied that the pier cracked.", [("has denied", "Brask", "named", "the pier cracked.")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_rule_moved_off_the_common_path_reads_as_before(analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions_with_kinds(analyzer, text) == expected


@pytest.mark.parametrize(
    ("owner", "method"),
    [
        ("framing.sourcing.reader:_Reader", "_anonymity_formula"),
        ("framing.sourcing.reader:_Reader", "_framed"),
        ("framing.sourcing.reader:_Reader", "_agent_and_content"),
        ("framing.sourcing.reader:_Reader", "_kind_attributions"),
        ("framing.sourcing.kinds:KindRules", "_kind_of_relative"),
        ("framing.sourcing.kinds:KindRules", "_relative_after_noun"),
        ("framing.sourcing.contents:ContentRules", "_participle_source_and_content"),
        ("framing.sourcing.contents:ContentRules", "_source_after_and_content"),
        ("framing.sourcing.subjects:SubjectRules", "_appositive_subject"),
    ],
)
def test_the_rare_rules_live_in_their_own_methods(owner: str, method: str) -> None:
    """The long rule functions stay short: their rarely taken rules are methods of their own (p39)."""
    module, name = owner.split(":")
    assert callable(getattr(getattr(importlib.import_module(module), name), method))
