"""Round d11: bounded runs on hostile input. What was wrong: a text without full stops is cut into pieces of 1,000
tokens, so the 10,000 sentences kept for the evidence and the JSON were the whole of a 9 MB one-line article, every
token of it located (512 MB for `framing score --format json`); a long text's lower-cased forms were a string per
token; `analyze()` had no size cap, and a corpus title over it was scored; an outlet's name with a zero-width, format
or bidirectional character in it ("Post" + U+200B) was a group of its own that looked like "Post"."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from framing import analyze
from framing.cli import app
from framing.corpus import Record, open_corpus
from framing.errors import InputError
from framing.text import tokenize

runner = CliRunner()
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\ufeff", "\u2060", "\u200e", "\u200f", "\u202e", "\u2066", "\u00ad"]


def test_a_one_line_text_keeps_only_the_sentences_starting_in_its_first_300000_tokens() -> None:
    text = "crops grow fast in the valley " * 55_000  # 330,000 tokens, no full stop: 330 pieces of 1,000
    result = analyze(text, title="Harvest", evidence=True)
    assert result.n_sentences == 330
    assert len(result.sentences) == 300
    assert len(result.sentences[-1].split()) == 1_000
    assert (
        "long text: only the first 300 of 330 sentences are kept for evidence, JSON and a model's sentence labels; "
        "the scores count every sentence"
    ) in result.warnings
    assert result.n_words == 330_000  # the scores still count the whole text


def test_a_long_texts_lower_cased_forms_are_one_string_per_form() -> None:
    doc = tokenize("Crops GROW " * 30_000)  # 60,000 tokens: past the 50,000 from which the forms are shared
    assert doc.norms[:4] == ["crops", "grow", "crops", "grow"]
    assert len({id(form) for form in doc.norms}) == 2


def test_analyze_refuses_a_text_or_title_over_10_million_characters_and_takes_one_at_the_cap() -> None:
    with pytest.raises(
        InputError, match=r"^the text is too large for one article: 10\.0 million characters \(limit 10 million\)$"
    ):
        analyze("a" * 10_000_001)
    with pytest.raises(InputError, match=r"^the title is too large for one article: 10\.5 million"):
        analyze("The plan may fail.", title="T" * 10_500_000)
    assert analyze("a" * 10_000_000).n_words == 1


def test_a_corpus_title_over_the_cap_fails_its_record_alone(tmp_path: Path) -> None:
    corpus = tmp_path / "c.csv"
    with corpus.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["id", "title", "text"])
        writer.writerow(["huge", "T" * 10_500_000, "The plan may fail."])
        writer.writerow(["fine", "Plan in doubt", "The plan may fail, officials said."])
    result = runner.invoke(app, ["score", str(corpus), "-o", str(tmp_path / "s.csv"), "-j", "1"])
    assert result.exit_code == 1, result.output
    errors = pd.read_csv(tmp_path / "s.errors.csv")
    assert errors[["row", "id", "status"]].values.tolist() == [[1, "huge", "failed"]]
    assert errors["reason"].tolist() == [
        "the title is too large for one article: 10.5 million characters (limit 10 million)"
    ]
    assert pd.read_csv(tmp_path / "s.csv")["id"].tolist() == ["fine"]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 11), st.sampled_from(INVISIBLE)), min_size=1, max_size=4))
def test_an_outlet_read_from_a_corpus_drops_its_invisible_characters(
    tmp_path: Path, inserts: list[tuple[int, str]]
) -> None:
    name = "Valley Post"
    for at, char in inserts:
        name = name[:at] + char + name[at:]
    corpus = tmp_path / "c.csv"
    with corpus.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows([["id", "outlet", "text"], ["a", name, "The plan may fail."]])
    (record,) = open_corpus(corpus, {})
    assert isinstance(record, Record)
    assert record.outlet == "Valley Post"


def test_score_writes_one_outlet_for_names_that_differ_by_invisible_characters(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    outlets = ["Post", "Post\u200d", "\u200fPost", "\ufeffPost\u2060"]
    corpus.write_text(
        "".join(f'{{"id": "r{k}", "outlet": "{o}", "text": "The plan may fail."}}\n' for k, o in enumerate(outlets)),
        encoding="utf-8",
    )
    result = runner.invoke(app, ["score", str(corpus), "-o", str(tmp_path / "s.csv"), "-j", "1", "--summary", "outlet"])
    assert result.exit_code == 0, result.output
    assert pd.read_csv(tmp_path / "s.csv")["outlet"].tolist() == ["Post"] * 4
    rows = [line.split("│") for line in result.output.splitlines() if "Post" in line and line.startswith("│")]
    assert [[cell.strip() for cell in row[1:3]] for row in rows] == [["Post", "4"]]  # one outlet, four articles


def test_compare_groups_names_that_differ_by_invisible_characters_and_escapes_them(tmp_path: Path) -> None:
    names = [
        "Valley Post",
        "Valley Post\u200b",
        "\ufeffValley Post",
        "<b>Hill</b>",
        "<b>Hill\u2060</b>",
        "<b>Hill</b>\u202e",
    ]
    rows = "".join(f'{k},"{names[k % 6]}",100,{k % 2 * 3},{k % 2 * 30},{k % 2 * 30}\n' for k in range(36))
    path = tmp_path / "scores.csv"
    path.write_text("id,outlet,n_words,hedging_count,hedging_per_1k,hedging_author_per_1k\n" + rows, encoding="utf-8")
    result = runner.invoke(app, ["compare", str(path), "-o", str(tmp_path / "r")])
    assert result.exit_code == 0, result.output
    overview = pd.read_csv(tmp_path / "r" / "tables" / "overview.csv")
    assert sorted(overview.iloc[:, 0]) == ["<b>Hill</b>", "Valley Post"]
    html = (tmp_path / "r" / "index.html").read_text(encoding="utf-8")
    assert "&lt;b&gt;Hill&lt;/b&gt;" in html and "<b>Hill" not in html
    for text in (html, result.output, (tmp_path / "r" / "report.md").read_text(encoding="utf-8")):
        assert not any(char in text for char in INVISIBLE)
