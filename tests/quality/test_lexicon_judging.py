"""`framing lexicon sample` and `framing lexicon audit --judged`: the analyst's judging loop, end to end."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from framing.cli import app
from framing.corpus import delimited
from framing.errors import InputError
from framing.quality.judging import read_judged, wilson

runner = CliRunner()

ARTICLES = {
    "a.txt": "Talks resumed\n\nThe deal may collapse. Officials reportedly met on Sunday. It is unclear whether it holds.",
    "b.txt": "Rain again\n\nThe rain may stop tonight. Forecasters think it might. Nobody knows.",
}


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def sample_rows(corpus: Path, *args: str) -> list[dict[str, str]]:
    result = runner.invoke(app, ["lexicon", "sample", str(corpus), "--signal", "hedging", *args])
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.stdout)))


def test_sample_draws_matches_with_sentences_and_an_empty_correct_column(corpus: Path) -> None:
    rows = sample_rows(corpus, "-n", "50")
    assert [(r["id"], r["text"]) for r in rows] == [
        ("a", "may"),
        ("a", "reportedly"),
        ("a", "It is unclear whether"),
        ("b", "may"),
        ("b", "think"),
        ("b", "might"),
    ]
    # the evidence table's names (u25: `match` and `sentence` held the text and the sentence's text)
    assert list(rows[1]) == ["id", "signal", "entry", "sentence", "start", "end", "text", "sentence_text", "correct"]
    assert rows[1]["sentence_text"] == "Officials reportedly met on Sunday." and rows[1]["sentence"] == "1"
    assert all(r["correct"] == "" and r["signal"] == "hedging" for r in rows)
    body = ARTICLES["a.txt"].split("\n\n", 1)[1]
    assert body[int(rows[1]["start"]) : int(rows[1]["end"])] == "reportedly"


def test_sample_lists_the_records_it_could_not_read_and_exits_1(corpus: Path, tmp_path: Path) -> None:
    (corpus / "empty.txt").write_text("  \n", encoding="utf-8")
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    out = tmp_path / "judge.csv"
    result = runner.invoke(app, ["lexicon", "sample", str(corpus), "--signal", "hedging", "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert (
        len(list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))) == 6
    )  # the readable articles' matches
    errors = tmp_path / "judge.errors.csv"
    assert [
        (r["source"], r["status"], r["reason"]) for r in csv.DictReader(io.StringIO(errors.read_text(encoding="utf-8")))
    ] == [
        (str(corpus / "binary.txt"), "failed", "looks like a binary file, not text"),
        (str(corpus / "empty.txt"), "failed", "is empty"),
    ]
    assert result.stderr == (
        f"6 matches of hedging written to {out}; fill in the correct column\n"
        "2 records failed and are not sampled\n"
        "  1 × looks like a binary file, not text\n"
        "  1 × is empty\n"
        f"every failed and flagged record is listed in {errors}\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "judge.csv", "judge.errors.csv"]


def test_sample_flags_a_record_in_another_language_and_keeps_it_in_the_draw(corpus: Path, tmp_path: Path) -> None:
    """A Russian article sampled with the English lexicons is listed as flagged (exit 0), as `score` flags it."""
    (corpus / "ru.txt").write_text(
        "Переговоры\n\nСтороны встретились в воскресенье, но так и не договорились. Министр сказал, что решение "
        "примут позже и что это ещё не конец.\n",
        encoding="utf-8",
    )
    out = tmp_path / "judge.csv"
    result = runner.invoke(app, ["lexicon", "sample", str(corpus), "--signal", "hedging", "-o", str(out)])
    assert result.exit_code == 0, result.output
    errors = tmp_path / "judge.errors.csv"
    assert [
        (r["source"], r["id"], r["status"], r["reason"])
        for r in csv.DictReader(io.StringIO(errors.read_text(encoding="utf-8")))
    ] == [
        (
            str(corpus / "ru.txt"),
            "ru",
            "flagged",
            "the text reads as ru, not en: the en lexicons find little in it, so its scores are not comparable "
            "with those of en texts (score it with --lang and -L, a lexicon folder for its language)",
        )
    ]
    assert result.stderr == (
        f"6 matches of hedging written to {out}; fill in the correct column\n"
        "1 record flagged and kept in the draw\n"
        "  1 × the text reads as ru, not en\n"
        f"every failed and flagged record is listed in {errors}\n"
    )


def test_sample_to_standard_output_writes_its_errors_file_where_told(corpus: Path, tmp_path: Path) -> None:
    (corpus / "empty.txt").write_text("  \n", encoding="utf-8")
    errors = tmp_path / "why.csv"
    result = runner.invoke(app, ["lexicon", "sample", str(corpus), "-s", "hedging", "--errors", str(errors)])
    assert result.exit_code == 1, result.output
    assert len(list(csv.DictReader(io.StringIO(result.stdout)))) == 6
    assert [r["reason"] for r in csv.DictReader(io.StringIO(errors.read_text(encoding="utf-8")))] == ["is empty"]


def test_sample_is_random_but_seedable(corpus: Path) -> None:
    first = sample_rows(corpus, "-n", "3", "--seed", "4")
    assert len(first) == 3
    assert sample_rows(corpus, "-n", "3", "--seed", "4") == first
    draws = {tuple(r["text"] for r in sample_rows(corpus, "-n", "3", "--seed", str(s))) for s in range(8)}
    assert len(draws) > 1


def test_sample_never_overwrites_a_file(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "judge.csv"
    out.write_text("my judgements\n", encoding="utf-8")
    result = runner.invoke(app, ["lexicon", "sample", str(corpus), "--signal", "hedging", "-o", str(out)])
    assert result.exit_code == 2
    assert "already exists" in result.output
    assert out.read_text(encoding="utf-8") == "my judgements\n"


def test_sample_names_an_unknown_signal(corpus: Path) -> None:
    result = runner.invoke(app, ["lexicon", "sample", str(corpus), "--signal", "hedgin"])
    assert result.exit_code == 2
    assert "no signal \"hedgin\"; did you mean 'hedging'? (known: " in result.output  # show's words (u37)


def test_a_judged_file_saved_by_pandas_reads_its_float_answers(corpus: Path, tmp_path: Path) -> None:
    """Filled in pandas and saved with `to_csv`, a column of 1, 0 and blanks is written 1.0 and 0.0 (u32)."""
    import pandas as pd

    out = tmp_path / "s.csv"
    assert runner.invoke(app, ["lexicon", "sample", str(corpus), "--signal", "hedging", "-o", str(out)]).exit_code == 0
    frame = pd.read_csv(out)
    frame["correct"] = [1, 0, None, 1, 1, None]
    frame.to_csv(out, index=False)
    result = runner.invoke(app, ["lexicon", "audit", "--judged", str(out), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert (data["results"][0]["judged"], data["results"][0]["correct"], data["open_rows"]) == (4, 3, 2)


def test_a_sample_that_draws_no_match_says_so_and_audit_names_the_empty_file(corpus: Path, tmp_path: Path) -> None:
    """The corpus holds no escalation: "0 matches …; fill in the correct column", then audit asked to judge rows
    the file does not have (u32)."""
    out = tmp_path / "none.csv"
    result = runner.invoke(app, ["lexicon", "sample", str(corpus), "--signal", "escalation", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert f"no match of escalation in {corpus}; {out} holds the header only, nothing to judge" in result.output
    result = runner.invoke(app, ["lexicon", "audit", "--judged", str(out)])
    assert result.exit_code == 2
    assert result.output == f"error: {out}: holds no match to judge (its sample drew none)\n"


def judge_file(corpus: Path, tmp_path: Path, answers: dict[str, str]) -> Path:
    out = tmp_path / "judged.csv"
    result = runner.invoke(app, ["lexicon", "sample", str(corpus), "--signal", "hedging", "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    for row in rows:
        row["correct"] = answers.get(row["text"], "")
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return out


def test_audit_judged_gives_precision_per_entry_and_signal(corpus: Path, tmp_path: Path) -> None:
    judged = judge_file(corpus, tmp_path, {"may": "1", "reportedly": "yes", "It is unclear whether": "0", "think": "n"})
    result = runner.invoke(app, ["lexicon", "audit", "--judged", str(judged), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["open_rows"] == 1  # "might" left unjudged
    table = {r["entry"]: (r["judged"], r["correct"], r["precision"], r["verdict"]) for r in data["results"]}
    assert table[""] == (5, 3, 0.6, "too few")  # 0.23-0.88: it may be over the target (a2)
    assert table["may"] == (2, 2, 1.0, "too few")  # right twice is no verdict either way
    assert table["it is unclear whether"] == (1, 0, 0.0, "too few")
    low, high = wilson(3, 5)
    signal_row = data["results"][0]
    assert (signal_row["low"], signal_row["high"]) == (round(low, 3), round(high, 3))


def test_two_judged_samples_joined_with_cat_count_their_rows_only(corpus: Path, tmp_path: Path) -> None:
    """`cat` of two sample files repeats the header; its "correct" cell made a judged row of signal "signal"."""
    judged = judge_file(corpus, tmp_path, {"may": "1", "reportedly": "yes", "It is unclear whether": "0", "think": "n"})
    joined = tmp_path / "joined.csv"
    joined.write_text(judged.read_text(encoding="utf-8") * 2, encoding="utf-8")
    result = runner.invoke(app, ["lexicon", "audit", "--judged", str(joined), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert {r["signal"] for r in data["results"]} == {"hedging"}
    assert (data["results"][0]["judged"], data["results"][0]["correct"], data["open_rows"]) == (10, 6, 2)


def test_audit_judged_table_names_entries_to_fix(corpus: Path, tmp_path: Path) -> None:
    judged = judge_file(corpus, tmp_path, {"may": "0", "reportedly": "1", "It is unclear whether": "0", "think": "1"})
    result = runner.invoke(app, ["lexicon", "audit", "--judged", str(judged)])
    assert result.exit_code == 0, result.output
    assert (
        'fix with an exception or context rule: hedging: "may", hedging: "it is unclear whether"' not in result.output
    )
    assert (
        'judge more matches (fewer than 3, or an interval across 0.75 wider than 0.3): hedging: "may", '
        'hedging: "it is unclear whether"'
    ) in result.output


def test_an_entry_judged_wrong_three_times_in_four_is_to_fix() -> None:
    from framing.quality.judging import judge

    rows = [("hedging", "if", False)] * 3 + [("hedging", "if", True)] + [("hedging", "may", True)] * 2
    verdicts = {j.entry: j.verdict for j in judge(rows)}
    assert verdicts == {"": "too few", "if": "fix", "may": "too few"}  # the signal's 3 of 6: 0.19-0.81 (a2)


def test_wilson_interval_matches_a_hand_computation() -> None:
    low, high = wilson(8, 10)
    assert (round(low, 3), round(high, 3)) == (0.49, 0.943)
    assert wilson(0, 0) == (0.0, 1.0)


def test_an_entry_whose_interval_stays_under_half_is_to_drop() -> None:
    from framing.quality.judging import judge

    rows = [("escalation", "war", False)] * 9 + [("escalation", "war", True), ("escalation", "brink", True)]
    verdicts = {j.entry: j.verdict for j in judge(rows)}
    assert verdicts == {"": "drop", "war": "drop", "brink": "too few"}


def test_audit_judged_with_bad_rows_names_the_row_and_loses_nothing(corpus: Path, tmp_path: Path) -> None:
    judged = judge_file(corpus, tmp_path, {"may": "maybe", "reportedly": "1", "think": "2"})
    before = judged.read_bytes()
    result = runner.invoke(app, ["lexicon", "audit", "--judged", str(judged)])
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1
    assert lines[0] == (
        f'error: {judged}: row 1 (line 2): correct is "maybe"; write 1 (right) or 0 (wrong), or '
        "leave it empty (and 2 more bad rows); nothing was counted, the file is unchanged"
    )
    assert judged.read_bytes() == before


def test_audit_judged_with_a_short_row(tmp_path: Path) -> None:
    judged = tmp_path / "short.csv"
    judged.write_text(
        "id,signal,entry,match,start,end,sentence,correct\na,hedging,may,may,0,3,It may.,1\nb,hedging,may,may,0,3\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["lexicon", "audit", "--judged", str(judged)])
    assert result.exit_code == 2
    assert "row 2 (line 3): does not have the header's 8 cells" in result.output


HEADER = "id,signal,entry,match,start,end,sentence,correct\n"


@pytest.mark.parametrize(
    "body, words",
    [
        (b'a,hedging,may,may,0,3,It may.,"1\x00"\n', 'row 1 (line 2): correct is "1\\u0000"; write 1'),
        (b'a,hedging,may,may,0,3,It may.,"1\n0"\n', 'row 1 (line 2): correct is "1\\n0"; write 1'),
        (b"a,hedging,may,may,0,3,It may.," + b"x" * 50 + b"\n", 'correct is "' + "x" * 40 + '…"; write 1'),
        (
            b"a,hedging,may,may,0,3,It may.,1\nb,hedging,m\xe4y,may,0,3,It may.,1\n",
            "3: not valid UTF-8; save the file as UTF-8",
        ),
        (
            b'a,hedging,may,may,0,3,"It may.,1\n' + b"word " * 300,
            "2: a row of over 0 million characters (a quote never closed?)",
        ),
    ],
    ids=["nul", "newline", "long", "latin1", "unclosed"],
)
def test_audit_judged_with_hostile_cells_is_one_line_naming_the_line(tmp_path: Path, monkeypatch, body, words) -> None:
    """A NUL or a line end in a cell went into the message as it was; bad bytes and an unclosed quote named
    no line, and a line of any length was read whole."""
    monkeypatch.setattr(delimited, "RECORD_LIMIT", 1_000)
    judged = tmp_path / "judged.csv"
    judged.write_bytes(HEADER.encode() + body)
    result = runner.invoke(app, ["lexicon", "audit", "--judged", str(judged)])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and result.output.startswith(f"error: {judged}"), result.output
    assert words in result.output, result.output


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    body=st.lists(
        st.sampled_from([b",", b'"', b"\n", b"\r", b"1", b"0", b"hedging", b"\x00", b"\xe4", b" "]), max_size=40
    )
)
def test_any_judged_file_reads_or_is_one_input_error(tmp_path: Path, body: list[bytes]) -> None:
    """Whatever the bytes after the header, reading a judged file counts rows or raises one InputError
    whose message is one line."""
    judged = tmp_path / "judged.csv"
    judged.write_bytes(HEADER.encode() + b"".join(body))
    try:
        rows, open_rows = read_judged(judged)
    except InputError as exc:
        assert "\n" not in str(exc) and "\r" not in str(exc) and "\x00" not in str(exc)
    else:
        assert all(isinstance(ok, bool) for _, _, ok in rows) and open_rows >= 0


@pytest.mark.parametrize("body", ["", "\n\n"], ids=["empty", "blank-lines"])
def test_audit_judged_on_an_empty_file_says_so(tmp_path: Path, body: str) -> None:
    """It said "no signal, entry, correct column", as for a file of other columns (round u18)."""
    judged = tmp_path / "judged.csv"
    judged.write_text(body, encoding="utf-8")
    result = runner.invoke(app, ["lexicon", "audit", "--judged", str(judged)])
    assert (result.exit_code, result.output) == (
        2,
        f"error: {judged}: is empty; judge a file written by `framing lexicon sample`\n",
    )


def test_audit_judged_without_a_correct_column(tmp_path: Path) -> None:
    judged = tmp_path / "plain.csv"
    judged.write_text("id,signal,entry\na,hedging,may\n", encoding="utf-8")
    result = runner.invoke(app, ["lexicon", "audit", "--judged", str(judged)])
    assert result.exit_code == 2
    assert "no correct column" in result.output


def test_audit_refuses_a_label_that_is_a_json_list(tmp_path: Path) -> None:
    """It listed the printed forms ("['a']") among the labels to choose a positive from."""
    path = tmp_path / "labelled.jsonl"
    rows = [{"text": "The deal may collapse.", "label": "1"}, {"text": "It rained.", "label": ["0"]}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = runner.invoke(app, ["lexicon", "audit", str(path), "--signal", "hedging"])
    assert result.exit_code == 2
    assert result.stderr == (
        f"error: {path}: row 2: the label (--label-col 'label') is a list, not a single value; several labels go "
        "in one string (train and evaluate split it with --label-sep)\n"
    )


@pytest.mark.parametrize("name", ["judge.xml", "judge.tsv", "judge"])
def test_sample_refuses_an_output_not_named_csv(corpus: Path, tmp_path: Path, name: str) -> None:
    """The draw is CSV (audit --judged reads it back as CSV): a .tsv or .xml name was written as CSV silently."""
    out = tmp_path / name
    result = runner.invoke(app, ["lexicon", "sample", str(corpus), "--signal", "hedging", "-o", str(out)])
    assert (result.exit_code, result.output) == (2, f"error: {out}: a sample is written as CSV; name it .csv\n")
    assert not out.exists()


def test_audit_judged_table_shows_long_entries_whole_and_intervals_as_the_report_does(tmp_path: Path) -> None:
    """At 80 columns the table cut "catastroph*" to "catastrop…", hiding its wildcard, and "loaded_language" to
    "loaded_la…"; its interval read "0.51-1.00" where the report writes "5.2–19.1" (u26)."""
    judged = tmp_path / "judged.csv"
    rows = ["id,signal,entry,sentence,start,end,text,sentence_text,correct"]
    for k in range(4):
        rows.append(f"a{k},loaded_language,catastroph*,0,2,14,catastrophic,A catastrophic flood.,1")
        rows.append(
            f"b{k},loaded_language,weaponiz* immigration,0,5,27,weaponized immigration,They weaponized immigration.,1"
        )
    judged.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["lexicon", "audit", "--judged", str(judged)])  # 80 columns: not a terminal
    assert result.exit_code == 0, result.output
    cells = [line.split("│")[1].strip() for line in result.output.splitlines() if line.startswith("│")]
    assert cells == ["loaded_language", "catastroph*", "weaponiz*", "immigration"]  # the last wraps, indented
    assert "…" not in result.output and "0.51–1.00" in result.output and "0.51-1.00" not in result.output
