"""Hostile input, eighteenth pass (round r19): this stop's content rules (v40's hyphen dash, correlative and the
quotation an opening "According to" ends at; k77's relative after a comma; c55's apology, talk and held views) on
texts that end anywhere. A text read without its full stop reads as with it; marks alone are no content; the corpus
path gives the one call's evidence."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from framing.batch.run import score_corpus
from framing.pipeline import Analyzer
from framing.sourcing import kinds
from tests.test_hostile_input_r11 import _python_calls

FROM_SOURCES = not kinds.__file__.endswith((".so", ".pyd"))


def _rows(analyzer: Analyzer, text: str) -> list[tuple[str, str, str]]:
    return [(a["cue"], a["source"], a["content"]) for a in analyzer.analyze(text, split_title=False).attributions]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # a participle after a quotation closed by its comma is the writer's, also as the text's last word (v40)
        (
            "According to Okafor, the mayor was “away,” terrifying",
            ("According to", "Okafor", "the mayor was “away,”"),
        ),
        ("The aides said the mayor was “away,” shocking", ("said", "The aides", "the mayor was “away,”")),
        # a correlative's "but" with no second half after it: the content ends before it, full stop or none
        (
            "Varga said they wanted not only to win the vote, but",
            ("said", "Varga", "they wanted not only to win the vote"),
        ),
        (
            "Varga said they wanted not only to win the vote, but.",
            ("said", "Varga", "they wanted not only to win the vote"),
        ),
        ("Varga said not just the depot might close -- but.", ("said", "Varga", "not just the depot might close")),
    ],
)
def test_a_text_ending_anywhere_reads_as_with_its_full_stop(
    analyzer: Analyzer, text: str, row: tuple[str, str, str]
) -> None:
    assert _rows(analyzer, text) == [row]
    stopped = text if text.endswith(".") else text + "."
    assert [(c, s, content.rstrip(".")) for c, s, content in _rows(analyzer, stopped)] == [row]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("According to Okafor,", ("According to", "Okafor", "")),
        ("According to Okafor.", ("According to", "Okafor", "")),
        ("Said the mayor,", ("Said", "the mayor", "")),
        ("Okafor said “", ("said", "Okafor", "")),
        ("Okafor apologized for —", ("apologized for", "Okafor", "")),
        ("Okafor talked openly about (", ("talked openly about", "Okafor", "")),
        ("Her aides are not convinced that “", ("are not convinced", "Her aides", "")),
    ],
)
def test_marks_alone_are_no_content(analyzer: Analyzer, text: str, row: tuple[str, str, str]) -> None:
    """A content of punctuation only ("," "." "“" "—" "(") was listed as what the source said: the cue stays,
    nothing said."""
    assert _rows(analyzer, text) == [row]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("The plan rattled many traders --", ("rattled", "many traders", "The plan")),
        ("The plan rattled many traders - and it fell.", ("rattled", "many traders", "The plan")),
        ("It rose, said Okafor --", ("said", "Okafor", "It rose,")),
        (
            "It rose, according to a survey by the Acme Institute - with",
            ("according to", "a survey by the Acme Institute", "It rose,"),
        ),
    ],
)
def test_a_source_read_forward_ends_before_a_dash(analyzer: Analyzer, text: str, row: tuple[str, str, str]) -> None:
    """A hyphen goes on inside a phrase read after its cue ("Coca-Cola - Europe"); one that ends the phrase, before
    a word that stops it or at the text's end, is a dash and no part of the source ("Okafor --")."""
    assert _rows(analyzer, text) == [row]


def test_a_colon_cue_with_only_its_colon_opens_the_block_below(analyzer: Analyzer) -> None:
    """ "According to Okafor:" on its own line credited Okafor with ":" and the next line as a carried row; as "He
    concludes:" does, the cue now reads the block's first sentence as its content, listed once (c52)."""
    text = "According to Okafor:\n\nThe depot will close in May."
    assert _rows(analyzer, text) == [("According to", "Okafor", "The depot will close in May.")]


@pytest.mark.parametrize(
    ("make", "per_repeat"),
    [
        (lambda n: "\n\n".join(["According to Okafor,", "Okafor said “", "Said the mayor."] * n), 3),
        (lambda n: "\n\n".join(["Varga said they wanted not only to win the vote, but."] * n), 1),
    ],
)
def test_a_text_four_times_as_long_takes_about_four_times_the_work(
    analyzer: Analyzer, make: Callable[[int], str], per_repeat: int
) -> None:
    """Measured to 4,000 repeats (155 and 195 kB) with CPU time linear; every repeat read alike."""
    counts = []
    for n in (40, 160):
        text = make(n)
        counts.append(_python_calls(lambda text=text: _rows(analyzer, text)))
        rows = _rows(analyzer, text)
        assert len(rows) == n * per_repeat
        assert {content for _, _, content in rows} == (
            {""} if per_repeat == 3 else {"they wanted not only to win the vote"}
        )
    assert not FROM_SOURCES or counts[1] <= 4.4 * counts[0]


def test_the_corpus_path_gives_the_one_calls_evidence(analyzer: Analyzer, lexicons, tmp_path: Path) -> None:
    """The participle ending a text is the writer's in both: its voice is the author's, as with a full stop."""
    texts = {
        "end": "According to Okafor, the mayor was “away,” terrifying",
        "stop": "According to Okafor, the mayor was “away,” terrifying.",
        "marks": "According to Okafor,\n\nOkafor said “\n\n" + "\n" * 5_000 + "Said the mayor,",
    }
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": k, "text": v}) + "\n" for k, v in texts.items()), encoding="utf-8")
    evidence = tmp_path / "ev.jsonl"
    run = score_corpus(corpus, tmp_path / "out.csv", lexicons, jobs=1, evidence=evidence)
    assert run.scored == 3
    rows = [json.loads(line) for line in evidence.read_text(encoding="utf-8").splitlines()]
    for id, text in texts.items():
        # a record of a corpus table has no headline line: its title is a column of its own
        one = [(e.signal, e.start, e.end, e.voice) for e in analyzer.analyze(text, id=id, split_title=False).evidence]
        assert [(r["signal"], r["start"], r["end"], r["voice"]) for r in rows if r["id"] == id] == one
    assert {(r["id"], r["voice"]) for r in rows if r["text"] == "terrifying"} == {("end", "author"), ("stop", "author")}
