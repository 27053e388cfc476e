"""Round k83: a quotation that runs on past a sentence whose tag a reporter's cue closes ('"…," Lo said, according
to aides.') is the speaker's, not the reporter's: the sentence itself keeps PolNeAR's reading (the reporter's content
holds the tag), but the quotation on the lines before and after it is Lo's. Where the reporter quotes ("…," the paper
reported, quoting an aide), the one quoted still speaks, and a quotation after a plain tag is unchanged (issue 12)."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import fields

# one sentence a line (a text set as BASIL's are), and paragraphs
AFTER = [
    'The port board met on Tuesday.\n"We waited ten years for this dock," Ruiz said, according to the Harbour Post.\n'
    '"Nobody listened to us."\nThe board voted again in May.',
    "The port board met on Tuesday.\n\n“We waited ten years for this dock,” Ruiz said, according to excerpts "
    "provided by the ministry. “Nobody listened to us.”\n\nThe board voted again in May.",
]


@pytest.mark.parametrize("text", AFTER)
def test_quotation_after_a_reported_tag_is_the_speakers(analyzer: Analyzer, text: str) -> None:
    found = fields(analyzer, text, "cue", "source", "content")
    assert found[-1] == ("", "Ruiz", "“Nobody listened to us.”" if "“" in text else '"Nobody listened to us."')
    assert found[0][0] == "according to"  # the tag's own sentence keeps the reporter's reading


def test_quotation_over_lines_before_a_reported_tag_is_the_speakers(analyzer: Analyzer) -> None:
    text = (
        "The port board met on Tuesday.\n"
        '"We waited ten years for this dock.\n'
        'Nobody listened," Mayor Ana Ruiz told reporters, according to the Harbour Post.\n'
        "The board voted again in May."
    )
    found = fields(analyzer, text, "cue", "source", "kind", "content")
    assert found[0] == ("", "Mayor Ana Ruiz", "named", '"We waited ten years for this dock.')


def test_speaker_with_an_appositive_ends_before_the_reporter(analyzer: Analyzer) -> None:
    text = (
        'The port board met on Tuesday.\n"We have lost," lamented Ana Ruiz, a board member, according to two aides.\n'
        '"We will keep losing."\nThe board voted again in May.'
    )
    assert [source for cue, source in fields(analyzer, text, "cue", "source") if not cue] == [
        "Ana Ruiz, a board member"
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the reporter quotes: the one quoted speaks on
        (
            'The port board met on Tuesday.\n"We have lost," the Harbour Post reported, quoting a board member.\n'
            '"We will keep losing."\nThe board voted again in May.',
            "a board member",
        ),
        # a plain tag, no reporter
        (
            'The port board met on Tuesday.\n"We have lost," Ruiz said.\n"We will keep losing."\nThe board voted.',
            "Ruiz",
        ),
    ],
)
def test_controls_keep_their_speaker(analyzer: Analyzer, text: str, speaker: str) -> None:
    assert [source for cue, source in fields(analyzer, text, "cue", "source") if not cue] == [speaker]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Lo raised $2 million in May, according to figures his campaign released on Monday.",
            "figures his campaign released",
        ),
        (
            "Lo owns two ranches, according to new tax documents she submitted to the county.",
            "new tax documents she submitted",
        ),
        (
            "Lo raised $2 million in May, according to figures released by his campaign.",
            "figures released by his campaign",
        ),
    ],
)
def test_papers_whose_issuer_a_clause_names_are_named(analyzer: Analyzer, text: str, source: str) -> None:
    assert fields(analyzer, text, "source", "kind") == [(source, "named")]


@pytest.mark.parametrize(
    "text",
    [
        "Lo raised $2 million in May, according to figures released on Monday.",
        "Lo raised $2 million in May, according to figures.",
    ],
)
def test_papers_with_no_issuer_stay_vague(analyzer: Analyzer, text: str) -> None:
    assert [kind for (kind,) in fields(analyzer, text, "kind")] == ["vague"]


def test_quotation_after_a_recording_shows_someone_speaking_is_theirs(analyzer: Analyzer) -> None:
    text = (
        "The port board met on Tuesday.\n"
        '"We waited ten years," the footage showed Ana Ruiz telling the crowd.\n'
        '"Nobody listened to us."\nThe board voted again in May.'
    )
    assert [source for cue, source in fields(analyzer, text, "cue", "source") if not cue] == ["Ana Ruiz"]
