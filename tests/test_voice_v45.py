"""Round v45 (issue 12): before a rule ends our contents at a boundary, count what the cut would move. On PolNeAR's
dev fold no form pays: after a dash 24 matches are freed and 124 kept, after ", and" 14 and 220, after ", which" 7
and 31 (`python -m framing.quality.voice_errors --boundaries`). These tests hold the count itself on own sentences:
a match after the form inside a content of ours is `freed` when no annotated content holds it and `kept` when one
does; a match before the form, or in a content without it, is not counted."""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.quality.voice_errors import boundary_moves, main


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


TEXT = "Ruiz said the harbor plan was sound - a reckless bet, critics answered, and the port would grow."


def test_a_match_past_the_annotated_end_is_freed_by_a_cut_at_the_dash() -> None:
    ours = [_span(TEXT, "the harbor plan was sound - a reckless bet")]
    annotated = [_span(TEXT, "the harbor plan was sound")]
    moves = boundary_moves(TEXT, ours, annotated, [_span(TEXT, "reckless")])
    assert moves["a dash", "contents"] == 1
    assert moves["a dash", "freed"] == 1
    assert moves["a dash", "kept"] == 0


def test_a_match_the_annotated_content_holds_is_kept() -> None:
    ours = [_span(TEXT, "the harbor plan was sound - a reckless bet")]
    annotated = [_span(TEXT, "the harbor plan was sound - a reckless bet")]
    moves = boundary_moves(TEXT, ours, annotated, [_span(TEXT, "reckless")])
    assert (moves["a dash", "freed"], moves["a dash", "kept"]) == (0, 1)


def test_each_form_counts_from_its_own_first_place() -> None:
    ours = [_span(TEXT, "the harbor plan was sound - a reckless bet, critics answered, and the port would grow")]
    annotated = [_span(TEXT, "the harbor plan was sound")]
    matches = [_span(TEXT, "reckless"), _span(TEXT, "would")]
    moves = boundary_moves(TEXT, ours, annotated, matches)
    assert moves["a dash", "freed"] == 2  # both stand after the dash
    assert moves[", and", "freed"] == 1  # only "would" stands after ", and"
    assert moves[", a/an/the", "contents"] == 0  # ", critics" is no article


def test_control_a_match_before_the_form_or_a_content_without_it_is_not_counted() -> None:
    ours = [_span(TEXT, "the harbor plan was sound - a reckless bet"), _span(TEXT, "the port would grow")]
    moves = boundary_moves(TEXT, ours, [], [_span(TEXT, "harbor"), _span(TEXT, "would")])
    assert moves["a dash", "freed"] == 0
    assert sum(n for (_, what), n in moves.items() if what != "contents") == 0


def test_the_command_line_skips_cleanly_without_the_data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data", str(tmp_path / "absent"), "--boundaries"]) == 0
    assert "absent" in capsys.readouterr().err
