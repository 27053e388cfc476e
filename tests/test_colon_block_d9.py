"""Round d9: a colon cue whose block opens the next paragraph ("Its chair concludes:") holds the block's first
sentence as its content, and that sentence is listed once, not again as a cue-less carried row (c52 listed it
twice); it still counts as an attributed sentence, through the cue's content."""

from __future__ import annotations

import pytest

from sourcing_cases import fields


@pytest.mark.parametrize(
    ("text", "rows", "attributed"),
    [
        (
            # the block's first sentence opens a quotation carried to the chair
            "The ferry board met on Monday. Its chair concludes:\n\n“We cannot run the boats. The pier is unsafe.”",
            [
                ("concludes:", "Its chair", "“We cannot run the boats."),
                ("", "Its chair", "The pier is unsafe.”"),
            ],
            0.75,
        ),
        (
            # a block in the writer's words, carried by the colon alone
            "The dock was shut. The Harbor Gazette reports:\n\nThe council sold the pier in May. It kept the boats.",
            [
                ("reports:", "The Harbor Gazette", "The council sold the pier in May."),
                ("", "The Harbor Gazette", "It kept the boats."),
            ],
            0.75,
        ),
    ],
)
def test_a_colon_cues_block_opening_is_listed_once_and_still_attributed(
    analyzer, text: str, rows: list[tuple[str, str, str]], attributed: float
) -> None:
    assert fields(analyzer, text, "cue", "source", "content") == rows
    result = analyzer.analyze(text, split_title=False)
    assert result.sourcing.attributed == attributed
    assert result.sourcing.attributions == len(rows)
    # a sentence-level model reads the block's first sentence (2) as attributed, by the cue's kind
    assert sorted(result.sentence_sources) == [(1, "named", False), (2, "named", False), (3, "named", False)]
