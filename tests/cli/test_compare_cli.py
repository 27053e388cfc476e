"""`framing compare` end to end: a corpus with hostile names and texts, and a score table with evidence."""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from framing.cli import app
from framing.comparison import language_note
from framing.errors import InputError
from framing.report_options import Options
from table_cases import write_table

HOSTILE = Path(__file__).parents[1] / "golden" / "hostile_corpus"
runner = CliRunner()


@pytest.fixture(scope="module")
def cli(analyzer):
    """The CLI, with the shipped lexicons loaded once for the module."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("framing.cli.compare.load_lexicons", lambda *a, **k: analyzer.lexicons)
        mp.setattr("framing.cli.score.load_lexicons", lambda *a, **k: analyzer.lexicons)
        yield lambda *args: runner.invoke(app, list(map(str, args)))


@pytest.fixture(scope="module")
def compare(cli):
    return lambda *args: cli("compare", *args)


@pytest.fixture(scope="module")
def hostile_report(tmp_path_factory, compare) -> Path:
    out = tmp_path_factory.mktemp("cli") / "hostile"
    with pytest.MonkeyPatch.context() as mp:  # a fixed clock, with the "49" a planted {{ 7*7 }} would give
        mp.setenv("SOURCE_DATE_EPOCH", "1709603340")
        result = compare(HOSTILE, "--out-dir", out, "--signals", "hedging,escalation", "--bootstrap", "300")
    assert result.exit_code == 0, result.output
    return out


def test_a_corpus_report_has_every_output(hostile_report: Path) -> None:
    tables = {p.stem for p in (hostile_report / "tables").glob("*.csv")}
    assert tables == {"overview", "means", "std_diff", "kruskal", "pairwise", "trends", "terms", "examples", "caveats"}
    figures = sorted(p.name for p in (hostile_report / "figures").iterdir())
    assert {f.rsplit(".", 1)[0] for f in figures} >= {"means", "std_diff", "trends"}
    assert all(f.replace(".svg", ".png") in figures for f in figures if f.endswith(".svg"))
    assert all(re.fullmatch(r"[a-z0-9_-]+\.(svg|png)", f) for f in figures)
    meta = json.loads((hostile_report / "meta.json").read_text(encoding="utf-8"))
    assert re.fullmatch(r"[0-9a-f]{64}", meta["lexicon_hash"]) and meta["command"].startswith("framing compare ")
    options = meta["options"]  # JSON values, not Python's text of them (round u20)
    assert (options["min_articles"], options["normalize_groups"], options["conf"], options["since"]) == (
        5,
        False,
        0.95,
        None,
    )
    assert "state_media" in options["exclude"] and all(isinstance(s, str) for s in options["exclude"])
    terms = pd.read_csv(hostile_report / "tables" / "terms.csv")
    assert {"hedging", "escalation", "overall"} == set(terms["scope"])


class Elements(HTMLParser):
    """Every element and attribute a browser would build from the page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append((tag, dict(attrs)))


def test_the_page_is_self_contained_and_escapes_planted_markup(hostile_report: Path) -> None:
    html = (hostile_report / "index.html").read_text(encoding="utf-8")
    parser = Elements()
    parser.feed(html)
    assert not [tag for tag, _ in parser.tags if tag in ("script", "iframe", "object", "embed", "link")]
    assert not [(tag, a) for tag, attrs in parser.tags for a in attrs if a.startswith("on")]
    assert "&lt;script&gt;window.__pwned=&#34;outlet&#34;&lt;/script&gt;Evil Outlet" in html
    assert "&lt;img src=x onerror=" in html and "{{ 7*7 }}" in html
    header = html.split("<main>")[1].split("</header>")[0]
    assert "generated 2024-03-05 01:49 UTC" in header  # the report's clock comes from SOURCE_DATE_EPOCH
    assert "49" not in header.replace("01:49 UTC", "")  # and nothing evaluated {{ 7*7 }}
    assert re.search(r"""(src|href)=["']?(https?:)?//""", html) is None  # no network request
    images = re.findall(r'<img src="([^"]+)"', html)
    assert images and all(src.startswith("data:image/svg+xml;base64,") for src in images)
    md = (hostile_report / "report.md").read_text(encoding="utf-8")
    assert "<script>" not in md and "<img" not in md


def test_a_report_comes_out_the_same_on_every_run_under_source_date_epoch(compare, tmp_path, monkeypatch) -> None:
    """The README: SOURCE_DATE_EPOCH fixes the report's time, for reports that must come out the same on every
    run; so they do, every file of the folder to the byte, figures included (round u30)."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1709603340")
    out = tmp_path / "r"
    runs = []
    for _ in range(2):
        result = compare(HOSTILE, "--out-dir", out, "--signals", "hedging", "--bootstrap", "100")
        assert result.exit_code == 0, result.output
        runs.append({p.relative_to(out): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()})
    assert {p.suffix for p in runs[0]} >= {".html", ".md", ".json", ".csv", ".svg", ".png"}
    assert runs[0] == runs[1]
    assert json.loads(runs[0][Path("meta.json")])["generated"] == "2024-03-05 01:49 UTC"


def test_group_names_never_become_file_names(hostile_report: Path) -> None:
    names = [p.name for p in hostile_report.rglob("*")]
    assert not any("pwned" in n or "<" in n or "Evil" in n for n in names)


def test_a_score_table_from_framing_score_gives_the_same_report_without_overall_words(
    tmp_path: Path, cli, compare, analyzer, hostile_report: Path
) -> None:
    scores, evidence, out = tmp_path / "scores.csv", tmp_path / "evidence.csv", tmp_path / "r"
    scored = cli("score", HOSTILE, "-o", scores, "--evidence", evidence)
    assert scored.exit_code == 0, scored.output
    result = compare(
        scores, "--evidence-table", evidence, "--out-dir", out, "--signals", "hedging,escalation", "--bootstrap", "300"
    )
    assert result.exit_code == 0, result.output
    terms = pd.read_csv(out / "tables" / "terms.csv")
    assert set(terms["scope"]) == {"hedging", "escalation"}
    assert "texts were not available" in (out / "index.html").read_text(encoding="utf-8")
    assert json.loads((out / "meta.json").read_text(encoding="utf-8"))["lexicon_hash"] == analyzer.lexicons.hash
    for name in ("means", "pairwise", "examples"):
        pd.testing.assert_frame_equal(
            pd.read_csv(out / "tables" / f"{name}.csv"), pd.read_csv(hostile_report / "tables" / f"{name}.csv")
        )


def test_a_score_table_given_as_the_evidence_table_is_one_line(tmp_path: Path, cli, compare) -> None:
    scores = tmp_path / "scores.csv"
    assert cli("score", HOSTILE, "-o", scores).exit_code == 0
    result = compare(scores, "--evidence-table", scores, "--out-dir", tmp_path / "r")
    assert result.exit_code == 2  # it failed inside the report with a KeyError traceback
    assert result.output == (
        f"error: {scores}: not an evidence file (no signal, entry, sentence, start, end, text, sentence_text columns); "
        "give the file `framing score -o OUT --evidence FILE` wrote\n"
    )
    assert not (tmp_path / "r").exists()


def test_a_corpus_column_option_with_a_score_table_is_refused_not_ignored(tmp_path: Path, cli, compare) -> None:
    scores = tmp_path / "scores.csv"
    assert cli("score", HOSTILE, "-o", scores).exit_code == 0
    result = compare(scores, "--outlet-col", "source", "--out-dir", tmp_path / "r")
    assert (result.exit_code, result.output) == (
        2,
        "error: --outlet-col goes with a corpus; a score table is read as it is (its columns were chosen when it "
        "was scored)\n",
    )
    assert not (tmp_path / "r").exists()


def test_a_score_table_without_run_metadata_says_so(tmp_path: Path, cli, compare) -> None:
    scores = tmp_path / "scores.csv"
    assert cli("score", HOSTILE, "-o", scores).exit_code == 0
    (tmp_path / "scores.csv.meta.json").unlink()
    result = compare(scores, "--out-dir", tmp_path / "r", "--signals", "hedging", "--bootstrap", "100", "--no-png")
    assert result.exit_code == 0, result.output
    html = (tmp_path / "r" / "index.html").read_text(encoding="utf-8")
    assert "does not record its lexicons" in html and "--evidence-table" in html
    assert sorted(p.name for p in (tmp_path / "r" / "figures").iterdir()) == ["means.svg", "std_diff.svg", "trends.svg"]
    command = json.loads((tmp_path / "r" / "meta.json").read_text(encoding="utf-8"))["command"]
    assert command.endswith(" --bootstrap 100 --no-png")


def test_group_map_and_normalization(tmp_path: Path, compare) -> None:
    mapping = tmp_path / "map.csv"
    with mapping.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([["from", "to"], ["img times", "Images"]])
    folder = tmp_path / "corpus"
    for k in range(12):
        outlet = ["IMG Times", "img  times", "Plain"][k % 3] if k < 9 else "Plain"
        (folder / str(k % 3)).mkdir(parents=True, exist_ok=True)
        (folder / str(k % 3) / f"{k}.txt").write_text(
            f"---\noutlet: {outlet}\n---\nThe war may escalate, officials reportedly said {k}.\n", encoding="utf-8"
        )
    result = compare(
        folder,
        "--out-dir",
        tmp_path / "r",
        "--normalize-groups",
        "--group-map",
        mapping,
        "--min-articles",
        "2",
        "--bootstrap",
        "100",
        "--signals",
        "hedging",
    )
    assert result.exit_code == 0, result.output
    overview = pd.read_csv(tmp_path / "r" / "tables" / "overview.csv")
    assert overview.set_index("group")["articles"].to_dict() == {"Images": 6, "Plain": 6}


@pytest.mark.parametrize(
    "args, message",
    [
        (["--by", "country"], f"error: {HOSTILE}: no column 'country' to group by (--by)"),
        (["--signals", "nope"], "error: unknown signal(s) nope"),
        (["--group-map", "missing.csv"], "error: "),
    ],
)
def test_user_errors_are_one_line_and_exit_2(tmp_path: Path, compare, args, message) -> None:
    args = [tmp_path / a if a.endswith(".csv") else a for a in args]
    result = compare(HOSTILE, "--out-dir", tmp_path / "r", *args)
    assert result.exit_code == 2, result.output
    assert result.output.startswith(message) and "Traceback" not in result.output
    assert not (tmp_path / "r").exists()


@pytest.mark.parametrize(
    "content, words",
    [
        (b"from,to\nhpo,HuffPost\n\nbad\n", "4: expected two columns, from,to"),
        (b"from,to\nhpo,Huff\xe4Post\n", "2: not valid UTF-8; save the file as UTF-8"),
    ],
)
def test_a_bad_group_map_names_its_line(tmp_path: Path, compare, content: bytes, words: str) -> None:
    """It named a row counted without the header and blank lines, and bad bytes on no line."""
    group_map = tmp_path / "map.csv"
    group_map.write_bytes(content)
    result = compare(HOSTILE, "--out-dir", tmp_path / "r", "--group-map", group_map)
    assert (result.exit_code, result.output) == (2, f"error: {group_map}:{words}\n")


def test_a_corpus_without_records_and_one_whose_records_all_fail_are_one_line(tmp_path: Path, compare) -> None:
    (tmp_path / "header.csv").write_text("id,text\n", encoding="utf-8")
    result = compare(tmp_path / "header.csv", "--out-dir", tmp_path / "r")
    assert result.exit_code == 2
    # refused as every corpus command refuses it (u43)
    assert (
        result.output == f"error: {tmp_path / 'header.csv'}: no rows under the header; one record per row is needed\n"
    )
    (tmp_path / "empty.csv").write_text("id,text\n1,\n", encoding="utf-8")
    result = compare(tmp_path / "empty.csv", "--out-dir", tmp_path / "r")
    assert result.exit_code == 2 and "no article could be scored (1 failed;" in result.output


def test_many_groups_warn_on_stderr_and_in_the_report(tmp_path: Path, compare, monkeypatch) -> None:
    monkeypatch.setattr("framing.aggregate.stats.MAX_PAIRWISE_GROUPS", 3)
    rows = [
        {
            "id": f"{g}{k}",
            "outlet": f"Outlet {g}",
            "n_words": 300,
            "hedging_count": (k + g) % 4,
            "hedging_per_1k": float((k + g) % 4),
            "hedging_author_per_1k": float((k * g) % 5),
        }
        for g in range(5)
        for k in range(6)
    ]
    scores = tmp_path / "scores.csv"
    pd.DataFrame(rows).to_csv(scores, index=False)
    result = compare(scores, "--out-dir", tmp_path / "r", "--bootstrap", "100")
    assert result.exit_code == 0, result.output
    warning = "warning: 5 groups would make 10 pairwise tests per signal; beyond 3 groups each group is tested"
    assert warning in result.stderr
    assert "5 groups would make 10 pairwise tests" in (tmp_path / "r" / "report.md").read_text(encoding="utf-8")
    pairwise = pd.read_csv(tmp_path / "r" / "tables" / "pairwise.csv")
    assert len(pairwise) == 5 and set(pairwise["b"]) == {"all other groups"}


def test_records_left_out_of_a_report_are_said_on_stderr_too(tmp_path: Path, compare) -> None:
    lines = [
        json.dumps({"id": f"a{k}", "outlet": "North" if k % 2 else "South", "text": f"It may rain on day {k}."})
        for k in range(10)
    ]
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(lines[:4] + ['{"id": "broken", "text": '] + lines[4:]) + "\n", encoding="utf-8")
    result = compare(corpus, "-o", tmp_path / "report", "--bootstrap", "100", "--no-png")
    assert result.exit_code == 0, result.output
    # the report says it; a user reading only the terminal used to learn nothing of the lost record
    assert (
        "note: 1 of 11 records could not be scored and are left out (run `framing score -o OUT` on the corpus "
        "for the errors file, which lists them).\n"
    ) in result.stderr
    index = tmp_path / "report" / "index.html"  # the closing line whole, however long the path
    assert re.fullmatch(rf"\d+ caveats; report written to {re.escape(str(index))}", result.stdout.splitlines()[-1])


def test_the_note_on_records_left_out_names_their_groups(tmp_path: Path, compare) -> None:
    """Round u22: "2 of 12 records could not be scored" named no group, though a record with an empty text
    still has its outlet; one that does not parse has none. Groups are named as the report names them."""
    lines = [
        json.dumps({"id": f"a{k}", "outlet": "North" if k % 2 else "South", "text": f"It may rain on day {k}."})
        for k in range(10)
    ]
    lines += [json.dumps({"id": "empty", "outlet": "NORTH ", "text": " "}), '{"id": "broken", "text": ']
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = compare(corpus, "-o", tmp_path / "r", "--bootstrap", "100", "--no-png", "--normalize-groups")
    assert result.exit_code == 0, result.output
    note = "2 of 12 records could not be scored and are left out: 1 of “North”, 1 with no outlet known (run"
    assert note in result.stderr
    assert note in (tmp_path / "r" / "report.md").read_text(encoding="utf-8")


def _corpus_with_one_russian_record(tmp_path: Path, north: str, russian_outlet: str) -> Path:
    """Ten English records, five of `north` and five of "South", and one Russian record of `russian_outlet`."""
    lines = [
        json.dumps({"id": f"a{k}", "outlet": north if k % 2 else "South", "text": f"It may rain on day {k}."})
        for k in range(10)
    ]
    russian = "Стороны встретились в воскресенье, но так и не договорились. Министр сказал, что решение примут позже."
    lines.append(json.dumps({"id": "ru", "outlet": russian_outlet, "text": russian}, ensure_ascii=False))
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return corpus


def test_articles_in_another_language_kept_in_a_report_are_said(tmp_path: Path, compare) -> None:
    """`score` flags a Russian record scored with English lexicons; compare kept it in its group silently."""
    corpus = _corpus_with_one_russian_record(tmp_path, "North", "North")
    result = compare(corpus, "-o", tmp_path / "report", "--bootstrap", "100", "--no-png")
    assert result.exit_code == 0, result.output
    note = (
        "1 of the 11 articles scored read as another language than the lexicons' (en): 1 of the 6 of “North” (17%). They are "
        "kept with scores near zero, which pull their groups' means down (run `framing score -o OUT` on the corpus "
        "for the errors file, which lists them)."
    )
    assert f"note: {note}\n" in result.stderr
    assert f"_{note}_" in (tmp_path / "report" / "report.md").read_text(encoding="utf-8")


def test_the_language_note_names_the_groups_of_the_articles_in_another_language() -> None:
    # B holds 3 of its 10 articles in another language (30%), A 1 of its 4 (25%), C none: the note names
    # the groups whose means they pull down, the largest share first, and stays silent without any
    scores = pd.DataFrame({"id": [f"x{k}" for k in range(20)], "outlet": ["A"] * 4 + ["B"] * 10 + ["C"] * 6})
    note = language_note(scores, ["x0", "x4", "x5", "x13"], "en")
    assert note == (
        "4 of the 20 articles scored read as another language than the lexicons' (en): 3 of the 10 of “B” (30%), 1 of the 4 "
        "of “A” (25%). They are kept with scores near zero, which pull their groups' means down (run `framing "
        "score -o OUT` on the corpus for the errors file, which lists them)."
    )
    assert language_note(scores, [], "en") is None


def test_the_language_note_names_groups_as_the_report_does_after_folding_and_the_map() -> None:
    # "b " and "B" are one group once folded, and the map renames it "Beta": the note said "“B ” (100%)" (u23)
    scores = pd.DataFrame({"id": [f"x{k}" for k in range(8)], "outlet": ["A"] * 4 + ["b"] * 3 + ["B "]})
    assert language_note(scores, ["x7"], "en", Options(normalize_groups=True, group_map={"b": "Beta"})) == (
        "1 of the 8 articles scored read as another language than the lexicons' (en): 1 of the 4 of “Beta” (25%). They are "
        "kept with scores near zero, which pull their groups' means down (run `framing score -o OUT` on the corpus "
        "for the errors file, which lists them)."
    )
    assert "1 of the 1 of “B” (100%)" in (language_note(scores, ["x7"], "en") or "")


def test_the_language_note_of_a_report_uses_the_normalized_group_names(tmp_path: Path, compare) -> None:
    corpus = _corpus_with_one_russian_record(tmp_path, "north", "NORTH")
    result = compare(corpus, "-o", tmp_path / "report", "--bootstrap", "100", "--no-png", "--normalize-groups")
    assert result.exit_code == 0, result.output
    assert "(en): 1 of the 6 of “north” (17%). They are" in result.stderr


def test_a_date_window_that_ends_before_it_starts_is_refused_before_scoring(tmp_path: Path, compare) -> None:
    result = compare(HOSTILE, "-o", tmp_path / "r", "--since", "2024-06-01", "--until", "2024-01-01")
    assert result.exit_code == 2
    assert result.stderr == "error: --since 2024-06-01 is after --until 2024-01-01\n"
    assert not (tmp_path / "r").exists()


def test_json_output_names_the_report_and_holds_its_findings_and_caveats(compare, tmp_path: Path) -> None:
    out = tmp_path / "r"
    result = compare(
        HOSTILE, "-o", out, "--signals", "hedging,escalation", "--bootstrap", "100", "--no-png", "-f", "json"
    )
    assert result.exit_code == 0, result.output
    printed = json.loads(result.stdout)
    assert list(printed) == ["report", "findings", "caveats", "notes"]
    assert printed["report"] == str(out / "index.html")
    caveats = pd.read_csv(out / "tables" / "caveats.csv")
    assert printed["caveats"] == caveats.to_dict("records") and printed["caveats"]
    md = (out / "report.md").read_text(encoding="utf-8")
    listed = md.split("## Main findings\n", 1)[1].split("\n## ", 1)[0]
    assert len(printed["findings"]) == listed.count("\n- ") >= 1
    assert "•" not in result.stdout  # the bulleted findings are the table format's


def test_compare_option_defaults_are_the_report_options_defaults() -> None:
    """They were written twice, in the command and in `Options`; a default changed in one drifted from the other."""
    import dataclasses

    import typer.main

    from framing.report_options import Options

    command = typer.main.get_command(app).commands["compare"]  # type: ignore[attr-defined]
    defaults = {p.name: p.default for p in command.params}
    fields = {f.name: f.default for f in dataclasses.fields(Options)}
    named = {"bootstrap": "n_boot"}  # the option's name where it is not the field's
    shared = {option: named.get(option, option) for option in defaults if named.get(option, option) in fields}
    assert sorted(shared) == [
        "bootstrap",
        "by",
        "group_map",
        "measure",
        "min_articles",
        "min_hits",
        "normalize_groups",
        "period",
        "reference",
        "seed",
        "signals",
        "since",
        "unit",
        "until",
    ]
    for option, field in shared.items():
        default = defaults[option]
        assert getattr(default, "value", default) == fields[field], option


@pytest.mark.parametrize(
    "rows, args, refused",
    [
        ([("Solo", "x")] * 6, [], "'outlet': “Solo” (6 articles)"),
        ([("Solo", "x"), ("", "y")] * 3, ["--min-articles", "2"], "'outlet': “Solo” (3 articles)"),
        ([("Solo", "x"), ("Duo", "x")] * 3, ["--by", "desk", "--since", "2024-01-01"], "'desk': “x” (6 articles)"),
        ([("Solo", "x"), ("Duo", "y")] * 3, [], None),
        ([("Solo", "x"), ("Duo", "y")] * 3, ["--by", "desk", "--min-articles", "4"], None),
        ([("Solo", "x")] * 6, ["--by", "hedging_count"], None),  # the score table's column, not the input's
    ],
    ids=["one-outlet", "one-outlet-and-none", "one-desk", "two-outlets", "two-desks", "renamed-column"],
)
def test_one_group_in_the_input_is_refused_before_scoring(
    tmp_path: Path, compare, monkeypatch, rows, args, refused
) -> None:
    """63 articles of one outlet were scored for two minutes before the one-line refusal: no filter adds a group."""

    def scoring(*a, **k):
        raise InputError("scored")

    monkeypatch.setattr("framing.batch.run.score_frames", scoring)
    corpus = tmp_path / "c.csv"
    lines = [f"{k},{outlet},{desk},{k % 2},It may rain on day {k}." for k, (outlet, desk) in enumerate(rows)]
    corpus.write_text("\n".join(["id,outlet,desk,hedging_count,text", *lines]) + "\n", encoding="utf-8")
    result = compare(corpus, "-o", tmp_path / "r", *args)
    expected = (
        f"only one group of {refused}; nothing to compare (--by groups by another column)" if refused else "scored"
    )
    assert (result.exit_code, result.output) == (2, f"error: {expected}\n")


@pytest.mark.parametrize(
    "files, refused",
    [
        (["solo/a.txt", "solo/b.md", "solo/deep/c.txt"], "'outlet': “solo” (3 articles)"),
        (["solo/a.txt", "solo/b.txt", "duo/c.txt"], None),
        (["solo/a.txt", "solo/b.txt", "solo/c.html"], "'outlet': “solo” (3 articles)"),  # the page kept: u20
        (["solo/a.txt", "solo/b.html", "duo/c.html"], None),
    ],
    ids=["one-subfolder", "two-subfolders", "with-a-saved-page", "saved-pages-of-two"],
)
def test_a_folder_of_one_outlet_is_refused_before_scoring(tmp_path: Path, compare, monkeypatch, files, refused) -> None:
    """Round u17 left folders to the check after scoring; their text files are read in milliseconds. A
    folder holding a saved page was left to the check after scoring until round u20."""

    def scoring(*a, **k):
        raise InputError("scored")

    monkeypatch.setattr("framing.batch.run.score_frames", scoring)
    for name in files:
        path = tmp_path / "corpus" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        body = "It may rain on Sunday, officials said."
        path.write_text(
            f"<html><body><article><p>{body}</p></article></body></html>" if name.endswith("html") else body
        )
    result = compare(tmp_path / "corpus", "-o", tmp_path / "r")
    expected = (
        f"only one group of {refused}; nothing to compare (--by groups by another column)" if refused else "scored"
    )
    assert (result.exit_code, result.output) == (2, f"error: {expected}\n")


def test_an_unknown_grouping_column_of_a_csv_names_the_file(tmp_path: Path, compare) -> None:
    """Round u21: `--by desk` on a CSV named the option and the columns, not the file."""
    table = tmp_path / "c.csv"
    table.write_text(
        "id,outlet,section,text\n" + "".join(f"{k},{'AB'[k % 2]},news,It may rain on day {k}.\n" for k in range(12)),
        encoding="utf-8",
    )
    result = compare(table, "-o", tmp_path / "r", "--by", "desk")
    assert result.exit_code == 2
    assert result.output == (
        f"error: {table}: no column 'desk' to group by (--by); the columns to group by are: id, outlet, date, title, "
        "section\n"
    )


def test_a_corpus_that_names_no_outlet_says_where_an_outlet_comes_from(tmp_path: Path, compare, monkeypatch) -> None:
    """Round u20: a CSV without an outlet column, and a folder of files with no subfolder, were refused with "fewer
    than two groups of 'outlet' with at least 5 articles remain", naming neither the file nor what was missing."""

    def scoring(*a, **k):
        raise InputError("scored")

    monkeypatch.setattr("framing.batch.run.score_frames", scoring)
    table = tmp_path / "c.csv"
    table.write_text("id,body\n" + "".join(f"{k},It may rain on day {k}.\n" for k in range(6)), encoding="utf-8")
    assert compare(table, "-o", tmp_path / "r").output == (
        f"error: {table}: no outlet column (its columns: id, body); name it with --outlet-col COLUMN, or group by "
        "another column with --by COLUMN\n"
    )
    folder = tmp_path / "flat"
    folder.mkdir()
    for k in range(3):
        (folder / f"{k}.txt").write_text("It may rain on Sunday, officials said.")
    assert compare(folder, "-o", tmp_path / "r").output == (
        f"error: {folder}: no article names an outlet; put each outlet's files in a subfolder named after it, or "
        "write `outlet:` in their front matter\n"
    )
    (folder / "3.txt").write_text("---\noutlet: Wire\n---\nIt may snow.")  # one outlet named: one group
    assert "only one group of 'outlet': “Wire” (1 article);" in compare(folder, "-o", tmp_path / "r").output


def test_a_saved_page_read_by_the_check_is_not_extracted_again(tmp_path: Path, monkeypatch) -> None:
    """The check for one group extracts a folder's saved pages (round u20); the scoring takes their text up
    rather than extracting them a second time, and a page changed in between is extracted again."""
    import framing.corpus.files as files
    from framing import compare

    extracted: list[str] = []
    extract = files.page_article

    def counted(data: bytes, where: str, seconds: float | None = None) -> dict:
        extracted.append(Path(where).name)
        return extract(data, where, seconds)

    monkeypatch.setattr(files, "page_article", counted)
    for outlet, day in [("solo", "Sunday"), ("duo", "Monday"), ("duo", "Friday")]:
        page = tmp_path / "corpus" / outlet / f"{day}.html"
        page.parent.mkdir(parents=True, exist_ok=True)
        body = f"It may rain on {day}, officials said. The forecast could change, experts warned."
        page.write_text(f"<html><body><article><p>{body}</p></article></body></html>")
    (tmp_path / "corpus" / "solo" / "a.txt").write_text("Officials said the storm will certainly pass.")
    report = compare(tmp_path / "corpus", min_articles=1, png=False)
    assert sorted(extracted) == ["Friday.html", "Monday.html", "Sunday.html"]
    assert int(report.overview["articles"].sum()) == 4

    def changed(*a, **k):  # the check has read the pages; one of them is rewritten before the scoring
        refuse(*a, **k)
        (tmp_path / "corpus" / "solo" / "Sunday.html").write_text(
            "<html><body><article><p>It may snow on Sunday, officials said.</p></article></body></html>"
        )

    import framing.comparison as comparison

    refuse = comparison.refuse_one_group
    monkeypatch.setattr(comparison, "refuse_one_group", changed)
    extracted.clear()
    compare(tmp_path / "corpus", min_articles=1, png=False)
    assert sorted(extracted) == ["Friday.html", "Monday.html", "Sunday.html", "Sunday.html"]


def test_the_check_before_scoring_reads_a_folder_up_to_its_limit(tmp_path: Path, compare, monkeypatch) -> None:
    """A folder whose outlet changes late was read whole twice: 2 s of 33-38 s for 5,000 files (round u19).
    Past the limit, one outlet is left to the check after scoring."""

    def scoring(*a, **k):
        raise InputError("scored")

    monkeypatch.setattr("framing.batch.run.score_frames", scoring)
    monkeypatch.setattr("framing.comparison_groups.FOLDER_CHECK_FILES", 3)
    for name in ["a.txt", "b.txt", "c.txt"]:
        (tmp_path / "corpus" / "solo").mkdir(parents=True, exist_ok=True)
        (tmp_path / "corpus" / "solo" / name).write_text("It may rain on Sunday, officials said.")
    refused = (
        "error: only one group of 'outlet': “solo” (3 articles); nothing to compare (--by groups by another column)\n"
    )
    assert (compare(tmp_path / "corpus", "-o", tmp_path / "r").output) == refused  # three files: all read
    (tmp_path / "corpus" / "solo" / "d.txt").write_text("It may snow on Monday, officials said.")
    assert compare(tmp_path / "corpus", "-o", tmp_path / "r").output == "error: scored\n"  # four: left to the report


def test_refusing_one_group_loads_none_of_the_report_modules(tmp_path: Path) -> None:
    """The refusal's quotation marks came from the report package, whose import (pandas, SciPy, matplotlib)
    took 11 s of the 11.4 s the refusal of a 60-article CSV took under load (round u18)."""
    corpus = tmp_path / "c.csv"
    corpus.write_text("id,outlet,text\n1,Solo,It may rain.\n2,Solo,It may snow.\n", encoding="utf-8")
    code = (
        "import sys\nfrom framing.cli import app\n"
        f"sys.argv = ['framing', 'compare', {str(corpus)!r}, '-o', {str(tmp_path / 'r')!r}]\n"
        "try:\n    app()\nexcept SystemExit as end:\n"
        "    print(end.code, sorted(m for m in sys.modules if m.startswith(('framing.report.', 'matplotlib'))))"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert (
        run.stderr
        == "error: only one group of 'outlet': “Solo” (2 articles); nothing to compare (--by groups by another column)\n"
    )
    assert run.stdout == "2 []\n"


@pytest.mark.parametrize(
    "outlets, suffix, refused",
    [
        (["Solo", " Solo", "Solo", ""], ".csv", "“Solo” (3 articles)"),  # names stripped, as the report takes them
        (["Solo", "Solo", "Duo"], ".csv", None),
        (["Solo", "Solo", "Solo"], ".parquet", "“Solo” (3 articles)"),
        (["Solo", " Solo", "Solo", None], ".jsonl", "“Solo” (3 articles)"),  # a null: no outlet, as in the report
        (["Solo", "Solo", "Duo"], ".jsonl", None),
        (["Solo", "Solo", ""], ".jsonl", None),  # "" is a name to pandas' JSON reader: two groups
        ([7, 7, 7], ".jsonl", None),  # not text: left to the report's check, which reads it as pandas does
    ],
    ids=[
        "one-outlet-csv",
        "two-outlets-csv",
        "one-outlet-parquet",
        "one-outlet-jsonl",
        "two-outlets-jsonl",
        "empty-name-jsonl",
        "numbers-jsonl",
    ],
)
def test_a_score_table_of_one_group_is_refused_before_the_report_is_loaded(
    tmp_path: Path, compare, monkeypatch, outlets, suffix, refused
) -> None:
    """Round u17 left score tables to the check inside the report: 26 s under load for a one-line refusal;
    round u18 left JSONL tables there (pandas reads them whole), round u19 reads their lines."""

    def loading(*a, **k):
        raise InputError("loaded")

    monkeypatch.setattr("framing.comparison.load_inputs", loading)
    table = pd.DataFrame(
        {
            "id": [str(k) for k in range(len(outlets))],
            "outlet": outlets,
            "n_words": 100,
            "hedging_per_1k": 1.0,
        }
    )
    path = tmp_path / f"scores{suffix}"
    write_table(table, path)
    result = compare(path, "-o", tmp_path / "r")
    expected = (
        f"only one group of 'outlet': {refused}; nothing to compare (--by groups by another column)"
        if refused
        else "loaded"
    )
    assert (result.exit_code, result.output) == (2, f"error: {expected}\n")
