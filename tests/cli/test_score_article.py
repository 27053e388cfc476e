"""`framing score` on one article: evidence on the seed article and our fixture, JSON schema, bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from framing.cli import app

runner = CliRunner()

# (signal, phrase): the evidence a good analyser must show, as exact spans in the article body
SEED_EXPECTED = [
    ("hedging", "alleged"),
    ("hedging", "may"),
    ("vague_sources", "experts caution"),
    ("vague_sources", "media reports"),
    ("state_media", "Ukraine.ru"),
    ("state_media", "Russian state media"),
    ("escalation", "fatal"),
    ("escalation", "catastrophic consequences"),
    ("escalation", "existential threat"),
]
FIXTURE_EXPECTED = (
    SEED_EXPECTED[:4]
    + [("state_media", "TASS")]
    + SEED_EXPECTED[5:]
    + [("narrative", "waged by the West against Russia")]
)


def score_json(path: Path, *args: str) -> dict:
    result = runner.invoke(app, ["score", str(path), "--format", "json", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def body_of(path: Path) -> str:
    return path.read_text(encoding="utf-8").split("\n", 2)[2].strip("\n")


def assert_evidence(data: dict, body: str, expected: list[tuple[str, str]]) -> None:
    for signal, phrase in expected:
        start = body.index(phrase)
        end = start + len(phrase)
        hits = [
            e
            for e in data["evidence"]
            if e["part"] == "body" and e["signal"] == signal and e["start"] < end and start < e["end"]
        ]
        assert hits, f"no {signal} evidence over {phrase!r}"
        for e in hits:
            assert body[e["start"] : e["end"]] == e["text"]


def test_seed_article_evidence(shared_seed: Path) -> None:
    data = score_json(shared_seed)
    assert_evidence(data, body_of(shared_seed), SEED_EXPECTED)
    kinds = {a["kind"] for a in data["attributions"]}
    assert {"vague", "state_media"} <= kinds


def test_fixture_article_evidence(fixture_article: Path) -> None:
    data = score_json(fixture_article)
    body = body_of(fixture_article)
    assert_evidence(data, body, FIXTURE_EXPECTED)
    assert {"named", "anonymous", "vague", "state_media"} <= {a["kind"] for a in data["attributions"]}
    assert data["title"] == "Alliance chief urges Europe to prepare for war as Hollan dismisses warning"
    quoted = [e for e in data["evidence"] if e["voice"] == "quoted"]
    assert quoted and all(body[e["start"] : e["end"]] == e["text"] for e in quoted)


def test_json_schema(fixture_article: Path) -> None:
    data = score_json(fixture_article)
    assert set(data) == {
        "schema",
        "id",
        "title",
        "n_words",
        "n_sentences",
        "signals",
        "sourcing",
        "attributions",
        "headline",
        "evidence",
        "warnings",
        "meta",
        "sentences",
    }
    assert data["schema"] == "framing.article/1"
    for score in data["signals"].values():
        assert set(score) == {
            "signal",
            "label",
            "count",
            "weighted",
            "per_1k",
            "sentence_share",
            "negated",
            "by_voice",
            "author_per_1k",
        }
        assert sum(score["by_voice"].values()) == score["count"]
    assert set(data["sourcing"]) == {
        "attributed",
        "named",
        "anonymous",
        "vague",
        "state_media",
        "direct_quote",
        "unattributed_assertive",
        "attributions",
        "loaded_cues",
    }
    for e in data["evidence"]:
        assert set(e) == {
            "part",
            "signal",
            "entry",
            "text",
            "sentence",
            "start",
            "end",
            "voice",
            "negated",
            "weight",
            "rule",
        }
        assert e["voice"] in {"author", "quoted", "reported"}
    assert len(data["meta"]["lexicon_hash"]) == 64
    assert data["headline"]["text"] == data["title"]


def test_headline_scored_apart_and_compared(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        "Catastrophic war looms as alliance faces existential threat\n\n"
        "Ministers met on Tuesday. They discussed the budget. The meeting ended at noon.\n",
        encoding="utf-8",
    )
    data = score_json(path)
    assert data["headline"]["signals"]["escalation"]["count"] >= 2
    assert any("escalation" in flag for flag in data["headline"]["flags"])
    assert all(e["part"] == "headline" for e in data["evidence"] if e["signal"] == "escalation")


def test_one_word_in_the_headline_is_not_a_divergence_from_the_body(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        "Doom looms over Geneva talks\n\nMinisters met on Tuesday. They discussed the budget.\n", encoding="utf-8"
    )
    data = score_json(path)
    assert data["headline"]["signals"]["escalation"]["count"] == 1
    assert data["headline"]["flags"] == []


def test_the_terminal_report_marks_the_headline_matches_too(tmp_path: Path) -> None:
    # one escalating word in the headline raises no flag; the terminal showed it nowhere, the JSON did (u25)
    path = tmp_path / "a.txt"
    path.write_text(
        "Doom looms over Geneva talks\n\nMinisters met on Tuesday. They discussed the budget.\n", encoding="utf-8"
    )
    result = runner.invoke(app, ["score", str(path)])
    assert result.exit_code == 0, result.output
    assert "[headline] [escalation: Doom] looms over Geneva talks" in result.output
    assert "n matches in the body (the headline's are marked below)" in " ".join(result.output.split())


def test_a_stand_alone_first_line_ending_in_a_period_is_the_headline(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Ministers meet in Brussels.\n\nThey discussed the budget. Talks went on.\n", encoding="utf-8")
    data = score_json(path)
    assert data["title"] == "Ministers meet in Brussels." and data["n_sentences"] == 2


def test_a_first_line_of_several_sentences_is_a_lead_paragraph_not_a_headline(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Ministers met on Tuesday. They argued.\n\nThey discussed the budget.\n", encoding="utf-8")
    data = score_json(path)
    assert data["title"] is None and data["headline"] is None and data["n_sentences"] == 3


def test_a_headline_escaped_twice_is_scored_as_it_reads_not_as_split(tmp_path: Path) -> None:
    # the split headline keeps its tokens for scoring, unless decoding it again changes its text
    path = tmp_path / "a.txt"
    path.write_text("Critics &amp;quot;slam&amp;quot; the plan\n\nMinisters met on Tuesday.\n", encoding="utf-8")
    data = score_json(path)
    assert data["title"] == "Critics &quot;slam&quot; the plan"
    assert data["headline"]["text"] == 'Critics "slam" the plan' and data["headline"]["n_words"] == 4


def test_table_and_explain_output(fixture_article: Path) -> None:
    result = runner.invoke(app, ["score", str(fixture_article), "--explain"])
    assert result.exit_code == 0, result.output
    assert (
        "Signals" in result.output and "Every match" in result.output and "<- fatal (escalation.toml:" in result.output
    )
    assert "escalation.toml:" in result.output


def test_explain_tells_a_user_file_from_the_shipped_one_of_its_name(tmp_path: Path) -> None:
    """With `mode = "extend"`, "hedging.toml:8" (the user's) stood beside "hedging.toml:211" (shipped) (u32)."""
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "hedging.toml").write_text(
        'schema = 1\n[signal]\nmode = "extend"\nlabel = "H"\ndescription = "d"\n[terms]\n"zorbaxly" = 1.0\n',
        encoding="utf-8",
    )
    article = tmp_path / "a.txt"
    article.write_text("T\n\nIt is zorbaxly over, and it may rain.\n", encoding="utf-8")
    result = runner.invoke(app, ["score", str(article), "--explain", "-L", str(mine), "--no-color"])
    assert result.exit_code == 0, result.output
    output = result.output.replace("\n", "")  # a path may wrap at 80 columns
    assert f"<- zorbaxly ({mine / 'hedging.toml'}:7)" in output
    assert "<- may (hedging.toml:" in output


def test_csv_output(fixture_article: Path) -> None:
    result = runner.invoke(app, ["score", str(fixture_article), "--format", "csv"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].startswith("signal,label,count,weighted,per_1k")
    assert any(line.startswith("escalation,") for line in lines)


def test_explained_csv_has_the_same_columns_with_or_without_a_match(tmp_path: Path) -> None:
    """An article with no match gave seven of the eleven evidence columns: CSVs of several articles
    did not stack."""
    header = "part,signal,entry,text,sentence,start,end,voice,negated,weight,rule"
    outputs = {}
    for name, text in (("one", "Officials may have met."), ("none", "The museum opened on Monday.")):
        (tmp_path / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
        result = runner.invoke(app, ["score", str(tmp_path / f"{name}.txt"), "--format", "csv", "--explain"])
        assert result.exit_code == 0, result.output
        outputs[name] = result.output.splitlines()
    assert outputs["one"] == [header, "body,hedging,may,may,0,10,13,author,False,1.0,"]
    assert outputs["none"] == [header]


def test_standard_input(fixture_article: Path) -> None:
    result = runner.invoke(app, ["score", "-", "--format", "json"], input=fixture_article.read_bytes())
    assert result.exit_code == 0
    assert json.loads(result.output)["n_words"] > 300


BAD_FILES = {
    "missing": (None, "missing.txt: no such file"),
    "folder": (None, "is a corpus; give the score table to write with -o OUT"),
    "empty": (b"", "empty.txt: is empty"),
    "blank": (b"  \n\n ", "blank.txt: is empty"),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00IHDR", "binary.txt: looks like a binary file"),
    "latin": (b"line one\ncaf\xe9 au lait\n", "latin.txt:2: not valid UTF-8 (byte 0xe9 at offset 12)"),
}


@pytest.mark.parametrize("kind", sorted(BAD_FILES))
def test_bad_input_gets_one_line_and_exit_2(tmp_path: Path, kind: str) -> None:
    content, message = BAD_FILES[kind]
    path = tmp_path if kind == "folder" else tmp_path / f"{kind}.txt"
    if content is not None:
        path.write_bytes(content)
    result = runner.invoke(app, ["score", str(path)])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and message in result.output
    assert "Traceback" not in result.output


def test_a_50_mb_text_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:
        fh.truncate(50_000_000)
        fh.seek(0)
        fh.write(b"word " * 1000)
    for command in ("score", "narratives"):
        result = runner.invoke(app, [command, str(path)])
        # no "to score a corpus give -o OUT": a text file with -o is refused as no corpus
        assert (result.exit_code, result.output) == (
            2,
            f"error: {path}: 50.0 MB is too large for one article (limit 10 MB)\n",
        )


def test_text_without_sentence_punctuation_is_scored_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "raw.txt"
    path.write_text("officials reportedly warned of a catastrophic collapse " * 20, encoding="utf-8")
    data = score_json(path)
    assert data["n_sentences"] == 1 and data["signals"]["hedging"]["count"] == 20
    assert data["warnings"] == ["no sentence punctuation found: sentences were split at blank lines only"]


def test_a_csv_of_one_article_gives_its_warnings_on_stderr(tmp_path: Path) -> None:
    path = tmp_path / "raw.txt"
    path.write_text("officials reportedly warned of a catastrophic collapse " * 20, encoding="utf-8")
    result = runner.invoke(app, ["score", str(path), "--format", "csv"])
    assert result.exit_code == 0
    assert result.stdout.startswith("signal,label,count,")
    assert result.stderr == "warning: no sentence punctuation found: sentences were split at blank lines only\n"


def test_windows_line_ends_and_entities_score_like_clean_text(tmp_path: Path, fixture_article: Path) -> None:
    clean = fixture_article.read_text(encoding="utf-8")
    messy = tmp_path / "messy.txt"
    messy.write_bytes(clean.replace("\n", "\r\n").replace("“", "&ldquo;").replace("”", "&rdquo;").encode())
    a, b = score_json(fixture_article), score_json(messy)
    assert a["signals"] == b["signals"] and a["sourcing"] == b["sourcing"]


def test_a_long_text_keeps_capped_evidence_and_exact_scores(analyzer, monkeypatch: pytest.MonkeyPatch) -> None:
    """Memory per record is bounded: sentences and evidence kept are capped, with warnings; scores count all."""
    monkeypatch.setattr("framing.pipeline.MAX_SENTENCES_KEPT", 6)
    monkeypatch.setattr("framing.pipeline.MAX_EVIDENCE_KEPT", 4)
    text = "Doom. " * 10 + "Officials said the war may escalate. " * 3
    result = analyzer.analyze(text)
    assert result.n_sentences == 13 and result.signals["escalation"].count == 10 + 3
    assert len(result.sentences) == 6 and result.sentences[0] == "Doom."
    assert [(e.sentence, e.text) for e in result.evidence] == [(0, "Doom"), (1, "Doom"), (2, "Doom"), (3, "Doom")]
    n = sum(s.count for s in result.signals.values())  # every signal's matches, not only escalation's
    assert result.warnings == [
        "long text: only the first 6 of 13 sentences are kept for evidence, JSON and a model's sentence labels; "
        "the scores count every sentence",
        f"long text: 4 of {n} matches are listed as evidence (at most 4, in the kept sentences); the scores count "
        f"all {n}",
        "long text: 0 of 3 attributions are listed; the sourcing figures count all",
    ]
    assert result.to_dict()["signals"]["escalation"]["count"] == 13
    assert analyzer.analyze("Doom. " * 4).warnings == []


def test_a_long_text_in_json_says_what_was_left_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("framing.pipeline.MAX_SENTENCES_KEPT", 50)
    monkeypatch.setattr("framing.pipeline.MAX_EVIDENCE_KEPT", 20)
    path = tmp_path / "long.txt"
    path.write_text("Doom. " * 300, encoding="utf-8")
    data = score_json(path)
    assert len(data["sentences"]) == 50 and len(data["evidence"]) == 20
    assert data["signals"]["escalation"]["count"] == 300 and data["n_sentences"] == 300
    assert any(w.startswith("long text: 20 of 300 matches are listed as evidence") for w in data["warnings"])


def test_the_report_counts_one_word_and_one_sentence_in_the_singular(tmp_path: Path) -> None:
    path = tmp_path / "one.txt"
    path.write_text("War.", encoding="utf-8")
    result = runner.invoke(app, ["score", str(path), "--no-color"])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[1].startswith("1 word, 1 sentence · lexicons ")


@pytest.mark.parametrize("option", [["--model", "models/default.skops"], ["--narratives"]])
def test_csv_of_one_article_refuses_the_model_and_narrative_additions(tmp_path, option) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Officials may act.", encoding="utf-8")
    result = runner.invoke(app, ["score", str(article), "--format", "csv", *option])
    assert result.exit_code == 2  # as the README's --format csv line says, before any model is read
    assert result.output == f"error: {option[0]} adds to the table and JSON outputs; use --format json or table\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["{article}", "--evidence", "{tmp}/e.csv"],
            "--evidence goes with a corpus run (-o OUT), not one article; --explain lists one article's matches",
        ),
        (
            ["{article}", "--summary", "outlet", "--jobs", "2"],
            "--summary, --jobs go with a corpus run (-o OUT), not one article",
        ),
        (["{article}", "--text-col", "body"], "--text-col goes with a corpus run (-o OUT), not one article"),
        (
            ["{folder}", "-o", "{tmp}/s.csv", "--explain", "--title", "T"],
            "--explain, --title go with one article, not a corpus run; --evidence FILE writes a corpus's matches",
        ),
        (
            ["{folder}", "-o", "{tmp}/s.csv", "--format", "json"],
            "--format goes with one article, not a corpus run; the score table's format follows the extension "
            "of -o (.parquet, .csv, .jsonl)",
        ),
        (
            ["{folder}", "-o", "{tmp}/s.csv", "--paragraphs"],
            "--one-sentence-per-line/--paragraphs goes with one article, not a corpus run",
        ),
    ],
)
def test_an_option_the_run_would_ignore_is_refused(tmp_path, args, message) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Officials may act.", encoding="utf-8")
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "b.txt").write_text("Officials may act.", encoding="utf-8")
    filled = [a.format(article=article, folder=folder, tmp=tmp_path) for a in args]
    result = runner.invoke(app, ["score", *filled])
    assert result.exit_code == 2  # these were ignored without a word: no evidence file, no error
    assert result.output == f"error: {message}\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "corpus"]


RUSSIAN = (
    "Власти заявили, что новые меры помогут экономике. Однако эксперты считают, что это не так и что цены "
    "будут расти уже в этом году.\n"
)
RU_WARNING = (
    "the text reads as ru, not en: the en lexicons find little in it, so its scores are not comparable with "
    "those of en texts (score it with --lang and -L, a lexicon folder for its language)"
)


def test_an_article_in_another_language_than_the_lexicons_is_scored_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "ru.txt"
    path.write_text(RUSSIAN, encoding="utf-8")
    data = score_json(path)
    assert data["warnings"] == [RU_WARNING]
    assert data["n_words"] > 0
    english = tmp_path / "en.txt"
    english.write_text("The minister said on Tuesday that the new rules may not be enough.\n", encoding="utf-8")
    assert score_json(english)["warnings"] == []


def test_a_corpus_record_in_another_language_than_the_lexicons_is_kept_and_flagged(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "ru.txt").write_text(RUSSIAN, encoding="utf-8")
    (folder / "en.txt").write_text("The minister said the new rules may not be enough.\n", encoding="utf-8")
    out = tmp_path / "s.csv"
    result = runner.invoke(app, ["score", str(folder), "-o", str(out), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0].startswith("read 2 · scored 2 · failed 0 · flagged 1 → ")
    errors = (tmp_path / "s.errors.csv").read_text(encoding="utf-8").splitlines()
    assert errors[1:] == [f'{folder / "ru.txt"},,,ru,flagged,"{RU_WARNING}"']


def test_body_offsets_count_from_the_body_after_the_headline_as_the_readme_says(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Headline\n\nOfficials may resign.\n", encoding="utf-8")
    data = score_json(path)
    may = [e for e in data["evidence"] if e["text"] == "may"]
    assert [(e["part"], e["start"], e["end"]) for e in may] == [("body", 10, 13)]


def test_the_tables_show_every_header_whole_at_80_columns(fixture_article: Path) -> None:
    result = runner.invoke(app, ["score", str(fixture_article)], terminal_width=80)
    assert result.exit_code == 0, result.output
    header_rows = [line for line in result.output.splitlines() if line.startswith("┃")]
    headers = [cell.strip() for line in header_rows for cell in line.strip("┃").split("┃")]
    assert headers == [
        *("signal", "n", "/1k", "own/1k", "sents", "weight", "quoted", "reported", "neg."),
        *("any", "named", "anon.", "vague", "state", "quotes", "unsourced", "loaded"),
    ]
    assert max(len(line) for line in result.output.splitlines() if line.startswith(("┃", "│"))) <= 80


def test_the_sourcing_lexicons_phrase_counts_are_named_apart_from_the_sourcing_shares(
    tmp_path: Path, monkeypatch
) -> None:
    """Round u21: "Anonymous sources 0" (the lexicon's phrases) stood beside "anon. 50%" (attributions whose
    source is unnamed), two measures with near names."""
    path = tmp_path / "a.txt"
    path.write_text("Two aides to the mayor said the budget would pass. The vote is on Monday.\n", encoding="utf-8")
    from framing.cli.common import console

    monkeypatch.setattr(console, "width", 160)  # a label on one line
    result = runner.invoke(app, ["score", str(path)])
    assert result.exit_code == 0, result.output
    rows = {
        cells[0]: cells[1]
        for line in result.output.splitlines()
        if line.startswith("│")
        for cells in [[c.strip() for c in line.strip("│").split("│")]]
    }
    assert rows["Anonymous sources (phrases)"] == "0" and rows["Vague sources (phrases)"] == "0"
    assert rows["Hedging"] == "0" and "Anonymous sources" not in rows
    assert "Rows marked (phrases) count a sourcing lexicon's phrases; the sourcing table below counts sentences" in (
        " ".join(result.output.split())
    )
    assert score_json(path)["sourcing"]["anonymous"] == 0.5
