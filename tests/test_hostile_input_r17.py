"""Hostile input, sixteenth pass (round r17): a sentence of a thousand tokens whose every source asked its window
of sentences again for a title or an indefinite mention of its head (`names.NameRules`), counted in calls."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from framing.errors import InputError
from framing.pipeline import Analyzer
from framing.quality import voice_judged
from framing.sourcing import kinds, names
from framing.sourcing.names import NameRules


# mypyc's build (`make native`, which `make test` runs first) calls a module's functions directly, past any patch:
# the calls are counted where the sourcing runs from its sources; the sources and kinds are asserted in both
FROM_SOURCES = not names.__file__.endswith((".so", ".pyd"))


def _grew_linearly(counts: list[int]) -> bool:
    """Twice the sources, at most about twice the calls (n² reads grew four times); not counted when compiled."""
    return not FROM_SOURCES or 0 < counts[1] <= 2.2 * counts[0]


def _counted(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str) -> list[int]:
    """Count the calls of `owner.name` (a rule asked once per place it reads)."""
    calls = [0]
    real: Callable[..., Any] = getattr(owner, name)

    def counting(*args: Any) -> Any:
        calls[0] += 1
        return real(*args)

    monkeypatch.setattr(owner, name, counting)
    return calls


def _sources(analyzer: Analyzer, phrase: str, n: int) -> list[tuple[str, str, str]]:
    """The (source, kind, cue) of one sentence of `n` times "<phrase> said it", joined by commas."""
    text = ", ".join([f"{phrase} said it"] * n) + "."
    result = analyzer.analyze(text[0].upper() + text[1:], split_title=False)
    return [(a["source"], a["kind"], a["cue"]) for a in result.attributions]


@pytest.mark.parametrize(
    ("phrase", "owner", "name", "kind"),
    [
        # each source's head was looked for as a title in its sentence and the two beside it (`_titled_nearby`)
        ("his spokesman", NameRules, "_title_before_name", "anonymous"),
        # each source's head was looked for six sentences back for "a source" (`_indefinite_mention_at`)
        ("the source", names, "_mention_modifiers", "anonymous"),
    ],
)
def test_a_sentence_of_many_sources_reads_its_window_once_per_head(
    analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch, phrase: str, owner: Any, name: str, kind: str
) -> None:
    """A source's window of sentences was read for every source of the sentence: n sources, n² reads (120 kB of
    "his spokesman said it, …" took 11.3 s, of "the source said it, …" 10.9 s; 1.1 and 1.4 s now). The window's
    answer is now kept per sentence and head word; each source's kind is the same."""
    calls = _counted(monkeypatch, owner, name)
    counts = []
    for n in (60, 120):
        calls[0] = 0
        sources = _sources(analyzer, phrase, n)
        assert len(sources) == n
        assert {s[:2] for s in sources} == {(phrase[0].upper() + phrase[1:], kind), (phrase, kind)}
        counts.append(calls[0])
    assert _grew_linearly(counts)


HEADER = "dataset\tdoc\tsignal\tstart\tend\tentry\tdrawn\tvoice\tjudged\treason\n"


def _judged(tmp_path: Path, rows: str) -> Path:
    """A judged-voice table as `voice_judged` reads one, and a PTC folder of one text beside it."""
    articles = tmp_path / "data" / "ptc" / "articles"
    articles.mkdir(parents=True)
    (articles / "article1.txt").write_text("The plan may fail.", encoding="utf-8")
    path = tmp_path / "voice_x.tsv"
    path.write_text(HEADER + rows, encoding="utf-8")
    return path


def test_a_judged_table_with_no_rows_is_refused_by_name(tmp_path: Path) -> None:
    """A table of its header alone read as no rows, and its figure divided by zero (a traceback)."""
    path = _judged(tmp_path, "")
    with pytest.raises(InputError, match=rf"^{re.escape(str(path))}: no judged rows$"):
        voice_judged.read(path)


@pytest.mark.parametrize(
    ("row", "message"),
    [
        # a document the data folder lacks: the row's file and line, and the folder looked in
        ("ptc\tarticle2\thedging\t9\t12\tmay\tauthor\tauthor\tauthor\t-\n", "ptc article2: no such document in {data}"),
        # offsets past the document's end counted as a match no longer made, silently
        (
            "ptc\tarticle1\thedging\t9\t90\tmay\tauthor\tauthor\tauthor\t-\n",
            "9-90 lies past the end of ptc article1 (18 characters)",
        ),
    ],
)
def test_a_judged_row_that_points_nowhere_names_its_line(
    analyzer: Analyzer, tmp_path: Path, row: str, message: str
) -> None:
    path = _judged(tmp_path, "ptc\tarticle1\thedging\t9\t12\tmay\tauthor\tauthor\tauthor\t-\n" + row)
    rows = voice_judged.read(path)
    expected = f"{path}: line 3: " + message.format(data=tmp_path / "data")
    with pytest.raises(InputError, match=rf"^{re.escape(expected)}$"):
        voice_judged.voices(rows, tmp_path / "data", analyzer)
    assert voice_judged.voices(rows[:1], tmp_path / "data", analyzer) == ["author"]


def test_a_sentence_is_tested_for_title_case_once(analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch) -> None:
    """Whether a sentence is set in title case (a headline's capitals) was asked again for each of its sources, a
    list of its long words made each time: n sources, n² words read. Now once a sentence."""
    calls = _counted(monkeypatch, kinds, "is_alpha")
    counts = []
    for n in (40, 80):
        calls[0] = 0
        text = ", ".join(["Eager to explain the delay"] * n) + ", the mayor said."
        sources = [(a["source"], a["kind"]) for a in analyzer.analyze(text, split_title=False).attributions]
        assert sources[-1] == ("the mayor", "named")  # a one-person role
        counts.append(calls[0])
    assert _grew_linearly(counts)
