"""Round v37: voice on outside dev news, judged by hand before any change (issue 12). The draw is measured
only: its figure is printed, never asserted, so that no rule is fitted to it."""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.errors import InputError
from framing.quality.voice_judged import JUDGED_DIR, own_voice_right, read, voices

DRAW = JUDGED_DIR / "voice_v37.tsv"


def test_the_draw_reads_back_with_its_verdicts() -> None:
    rows = read(DRAW)
    assert len(rows) == 120
    assert {r.dataset for r in rows} == {"semeval2025", "ptc", "basil"}
    assert sum(r.judged == "author" for r in rows) == 71


def test_a_row_with_no_voice_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "voice_bad.tsv"
    header = "dataset\tdoc\tsignal\tstart\tend\tentry\tdrawn\tvoice\tjudged\treason\n"
    bad.write_text(header + "ptc\tarticle1\thedging\t4\t9\tmight\trandom\tauthor\tmine\t\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 2"):
        read(bad)


def test_own_voice_counts_author_against_the_rest() -> None:
    rows = read(DRAW)[:3]
    assert own_voice_right(rows, ["author", "quoted", None]) == (sum(r.judged == "author" for r in rows[:1]), 3)


def test_every_judged_match_but_two_taken_out_later_is_still_made_and_measured(
    analyzer, shared_data: Path, capsys
) -> None:
    rows = read(DRAW)
    ours = voices(rows, shared_data, analyzer)
    gone = [(r.doc, r.start, r.entry) for r, voice in zip(rows, ours) if voice is None]
    # round q13 took out two of the draw's doubt matches after v37 judged them: a "claim" right after a doubt word
    # counts once, and a question of one word is no doubt; every other match is still made
    assert gone == [
        ("2012/8dc7ccfe-5cf0-482f-9101-a7c69881da4d_1", 3099, "claim"),
        ("2018/01c59743-7082-44fc-8414-3c04126f470f_1", 3536, "?"),
    ]
    right, n = own_voice_right(rows, ours)
    with capsys.disabled():
        print(f"\nvoice_v37: own voice {right}/{n} = {right / n:.3f} (measured only)")
