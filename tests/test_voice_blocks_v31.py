"""Contents over several sentences (issue 12, helper round v31), in texts of our own, with either sourcing method.

A cue that ends its line with a colon ("In a speech, she said:") introduces a block. Where blank lines part the
paragraphs, a block quoted line by line runs on over the single line ends inside it, to the blank line: before the
round only its first line was the speaker's, and the words of the lines after it were the writer's. Where no blank
line parts anything, every line end still ends the block.
"""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import fields_and_voices

BLOCK = (
    "The mayor spoke at the harbor in March. In a speech to the guild, she said:\n\n"
    "The levy is a burden on every boat owner.\n"
    "It will probably ruin the fishing trade.\n"
    "Nobody who cares for this town should vote for it.\n\n"
    "The vote is on Tuesday and the result is probably close."
)


@pytest.mark.parametrize(
    ("text", "carried", "voices"),
    [
        # a speech quoted line by line after "she said:": every line to the blank line is hers
        (
            BLOCK,
            [
                "The levy is a burden on every boat owner.",
                "It will probably ruin the fishing trade.",
                "Nobody who cares for this town should vote for it.",
            ],
            [("probably", "reported"), ("probably", "author")],
        ),
        # a report quoted the same way, its lines each a sentence ("Fox News reports:")
        (
            "The council met again on Monday.\n\nThe Harbor Times reports:\n\n"
            "The council probably changed the figures in its report.\n"
            "One clerk involved in the alleged change has since resigned.\n\n"
            "The clerk will probably appeal.",
            [
                "The council probably changed the figures in its report.",
                "One clerk involved in the alleged change has since resigned.",
            ],
            [("probably", "reported"), ("alleged", "reported"), ("probably", "author")],
        ),
        # no blank line anywhere: each line is a paragraph, and the block is its first line
        (
            "In a speech to the guild, she said:\n"
            "The levy is a burden on every boat owner.\n"
            "It will probably ruin the fishing trade.",
            ["The levy is a burden on every boat owner."],
            [("probably", "author")],
        ),
    ],
)
def test_a_block_after_a_colon_runs_to_the_blank_line(
    sourcing_analyzer: Analyzer, text: str, carried: list[str], voices: list[tuple[str, str]]
) -> None:
    found, matched = fields_and_voices(sourcing_analyzer, text, ("cue", "content"))
    # the block's first sentence is the colon cue's own content, listed once (round d9); the rest are carried
    assert carried[0] in [content for cue, content in found if cue]
    assert [content for cue, content in found if not cue] == carried[1:]
    assert [v for v in matched if v[0] in dict(voices)] == voices


def test_a_quotation_over_paragraphs_after_a_block_runs_on(sourcing_analyzer: Analyzer) -> None:
    """'Lo stated:' opens a quotation over three paragraphs, each reopened with a mark and only the last closed; the
    first's inner marks close its own, so only the block's paragraph was hers and the two after it nobody's."""
    text = (
        "The senator spoke on Monday. Dr. Lo stated:\n\n"
        '"The board is not about “fair play” anymore. It is about the levy.\n\n'
        '"The latest example is the “boat levy,” which lets the awful bureaucrats decide.\n\n'
        '"The solution is probably simple."\n\n'
        "The council probably disagrees."
    )
    found, matched = fields_and_voices(sourcing_analyzer, text, ("cue", "source", "content"))
    assert ("Dr. Lo", '"The board is not about “fair play” anymore.') in [(s, c) for cue, s, c in found if cue]
    assert [(source, content) for cue, source, content in found if not cue] == [
        ("Dr. Lo", "It is about the levy."),
        ("Dr. Lo", '"The latest example is the “boat levy,” which lets the awful bureaucrats decide.'),
        ("Dr. Lo", '"The solution is probably simple."'),
    ]
    assert [v for v in matched if v[0] in ("awful", "bureaucrats", "probably")] == [
        ("awful", "reported"),
        ("bureaucrats", "reported"),
        ("probably", "quoted"),
        ("probably", "author"),
    ]
