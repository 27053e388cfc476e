"""Round c54 (issue 12): attributions read wrong in long sentences. A thing named by "dubbed" before a later cue
is that cue's source whole; a relative clause that runs on into a preposition's phrase or a reason clause keeps its
head as the source; an inverted tag after a clause, its quotation and a participle is read."""

from __future__ import annotations

import pytest

from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A club dubbed Harbor Watch said the pier was unsafe.",
            [("named", "said", "A club dubbed Harbor Watch")],
        ),
        (
            "A charity dubbed Open Hands said on Monday that gifts fell.",
            [("named", "said", "A charity dubbed Open Hands")],
        ),
        (
            "A ranger who spoke on the condition of anonymity for fear of reprisals from his chief said the trail was shut.",
            [
                (
                    "anonymous",
                    "said",
                    "A ranger who spoke on the condition of anonymity for fear of reprisals from his chief",
                )
            ],
        ),
        (
            "A clerk who asked not to be named because she was not allowed to speak said the files were gone.",
            [("anonymous", "said", "A clerk who asked not to be named because she was not allowed to speak")],
        ),
        (
            "The sailors who went north before the storm broke say the nets were lost.",
            [("named", "say", "The sailors who went north before the storm broke")],
        ),
        (
            'It is "a slow disaster" for the mayor, pushing her to fend off both Varga and Okafor, said Tom Reyes, '
            "a local pollster and adviser.",
            [("named", "said", "Tom Reyes, a local pollster and adviser")],
        ),
    ],
)
def test_long_sentence_sources(analyzer, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert attributions(analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The board, which met in the town hall, said the vote was close.",
            [("named", "said", "The board, which met in the town hall")],
        ),
        (
            "The man who told me about the fire said it spread fast.",
            [("anonymous", "told", "who"), ("anonymous", "said", "The man who told me about the fire")],
        ),
    ],
)
def test_relatives_read_as_before(analyzer, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert attributions(analyzer, text) == expected
