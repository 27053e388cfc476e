"""Ctrl-C (exit 130), SIGTERM (exit 143) and running out of memory (exit 3): a command that writes output files
says that it wrote none."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from framing.cli import app, common

runner = CliRunner()


class ArrayMemoryError(MemoryError):
    """NumPy's kind: what compare's copy of a table of a million rows raised under `ulimit -v` 3 GB."""


def _stop(what: type[BaseException]):
    def stop() -> None:  # the first call inside every command's error boundary
        raise what

    return stop


def _commands(tmp: Path) -> list[tuple[list[str], bool]]:
    """(arguments, whether the command writes output files)."""
    article = tmp / "a.txt"
    article.write_text("The minister may resign.\n", encoding="utf-8")
    corpus = tmp / "c.csv"
    corpus.write_text("id,outlet,text\n1,A,The minister may resign.\n", encoding="utf-8")
    labelled = tmp / "l.csv"
    labelled.write_text("text,label\nThe minister may resign.,x\n", encoding="utf-8")
    terms = tmp / "terms.txt"
    terms.write_text("perhaps\n", encoding="utf-8")
    model = tmp / "m.skops"
    model.write_bytes(b"")
    return [
        (["score", str(article)], False),
        (["score", str(corpus), "-o", str(tmp / "s.parquet")], True),
        (["compare", str(corpus), "-o", str(tmp / "report")], True),
        (["narratives", str(article)], True),
        (["train", str(labelled), "-o", str(tmp / "new.skops")], True),
        (["evaluate", str(model), str(labelled)], False),
        (["evaluate", str(model), str(labelled), "--figure", str(tmp / "pr.png")], True),
        (["lexicon", "import", str(terms), "-o", str(tmp / "imported")], True),
        (["lexicon", "sample", str(corpus), "--signal", "hedging"], True),
        (["lexicon", "list"], False),
    ]


@pytest.mark.parametrize(
    ("stop", "said", "code"),
    [
        (KeyboardInterrupt, "interrupted", 130),
        (common.Terminated, "terminated", 143),
        (MemoryError, "error: out of memory", 3),  # round r9: compare on a table of a million rows under `ulimit -v`
        (ArrayMemoryError, "error: out of memory", 3),
    ],
)
def test_an_interrupted_command_says_whether_it_wrote_nothing(tmp_path: Path, monkeypatch, stop, said, code) -> None:
    monkeypatch.setattr(common, "source_date", _stop(stop))
    for args, writes in _commands(tmp_path):
        result = runner.invoke(app, args)
        expected = f"{said}; no output written\n" if writes else f"{said}\n"
        assert (result.exit_code, result.output) == (code, expected), args


def test_a_second_sigterm_does_not_cut_the_wind_down_short() -> None:
    """A scheduler that sends SIGTERM again, or a SIGTERM to the whole process group, reached the run
    while it removed its partial files and ended its workers: a traceback and exit 1 (1 run in 6)."""
    import signal

    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGTERM, signal.SIGINT)}
    signal.signal(signal.SIGTERM, common._terminated)
    try:
        with pytest.raises(common.Terminated):
            signal.raise_signal(signal.SIGTERM)
        try:  # during the wind-down: nothing happens
            signal.raise_signal(signal.SIGTERM)
            signal.raise_signal(signal.SIGINT)
        except KeyboardInterrupt as exc:
            pytest.fail(f"a second signal interrupted the wind-down: {type(exc).__name__}")
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
