"""Round r2's hostile input: labelled tables whose labels a reader could take for something else, an
audit's rows without a label, and a judged sample saved by a spreadsheet. Each test failed before its fix."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from framing.cli import app
from framing.model.data import read_labelled
from framing.narratives.modelio import default_path, save_model

runner = CliRunner()


def test_a_csv_label_spelled_like_a_missing_value_is_a_label(tmp_path: Path) -> None:
    """ "None" is a technique label in propaganda data; pandas read it (and "NA", "null") as a gap, and the
    class was dropped in silence. Only an empty cell is a missing label."""
    table = tmp_path / "lab.csv"
    table.write_text(
        "text,label\nOfficials may resign.,None\nThey slammed it.,Loaded\nIt is NA.,NA\nA gap.,\n", encoding="utf-8"
    )
    told: list[str] = []
    texts, labels, _ = read_labelled(table, "text", "label", tell=told.append)
    assert labels == ["None", "Loaded", "NA"]
    assert texts == ["Officials may resign.", "They slammed it.", "It is NA."]
    assert told == [f"{table}: 1 row without a text or a label left out"]


def test_jsonl_string_labels_stay_as_written(tmp_path: Path) -> None:
    """pandas guessed a column's type: the codes "01", "1" and "001" all became the label "1"."""
    table = tmp_path / "lab.jsonl"
    rows = [{"text": f"Text {k}.", "label": code} for k, code in enumerate(["01", "1", "001", 2, 2.0])]
    table.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    _, labels, _ = read_labelled(table, "text", "label")
    assert labels == ["01", "1", "001", "2", "2"]  # JSON has one kind of number: 2.0 is 2


def test_an_audit_leaves_out_rows_without_a_label_or_text(tmp_path: Path) -> None:
    """A row with no label was counted as a negative, and a row with no text as a positive the signal
    missed: precision and recall of 0.5 where both are 1."""
    table = tmp_path / "lab.csv"
    table.write_text(
        "text,label\nOfficials may resign.,1\nThe sky is blue.,0\nIt might rain.,\n,1\nThe plan is set.,0\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["lexicon", "audit", str(table), "-s", "hedging", "-f", "json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert (doc["quality"]["n"], doc["quality"]["positives"]) == (3, 1)
    assert (doc["quality"]["precision"], doc["quality"]["recall"]) == (1.0, 1.0)
    assert doc["notes"] == ["2 rows without a text or a label left out"]


def test_a_judged_sample_saved_with_semicolons_is_read(tmp_path: Path) -> None:
    """Excel saves CSV with ";" where "," is the decimal mark: the file was refused as having no
    signal, entry or correct column."""
    judged = tmp_path / "judged.csv"
    rows = "".join(
        f'a{k};hedging;may;may;3;6;"It may rain; or not.";{"TRUE" if k % 2 else "FALSE"}\n' for k in range(4)
    )
    judged.write_bytes(("\ufeffid;signal;entry;match;start;end;sentence;correct\n" + rows).encode("utf-8"))
    result = runner.invoke(app, ["lexicon", "audit", "--judged", str(judged), "-f", "json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    overall = next(row for row in doc["results"] if row["entry"] == "")
    assert (overall["judged"], overall["correct"]) == (4, 2)


def _edited(model: dict, edit: str) -> None:
    """One hand edit of a narrative model's English (or Russian) part, as a user could make and seal again."""
    en, block = model["en"], model["en"]["features"][0]
    if edit == "weights of the wrong shape":
        en["Wc"] = en["Wc"][:3]
    elif edit == "a pattern that does not compile":
        block["params"]["token_pattern"] = "(unclosed"
    elif edit == "terms that are numbers":
        block["terms"] = np.arange(len(block["terms"]))
    else:  # a gate threshold that is a word
        model["ru"]["thresholds"] = dict(model["ru"]["thresholds"], gate="high")


@pytest.mark.skipif(not default_path().is_file(), reason="no narrative model (make models)")
@pytest.mark.parametrize(
    "edit",
    ["weights of the wrong shape", "a pattern that does not compile", "terms that are numbers", "a word for a number"],
)
def test_a_narrative_model_edited_by_hand_is_one_line(tmp_path: Path, edit: str) -> None:
    """The file was checked for its seal and its outline only: an edited model, sealed again, stopped the
    run with a NumPy, regex or KeyError traceback."""
    from framing.model.files import read

    models, meta, _ = read(default_path(), lambda pipeline, meta: None, plain=True)
    _edited(models, edit)
    path = tmp_path / "edited.skops"
    save_model(models, meta, {}, path)
    (tmp_path / "a.txt").write_text("Запад ведёт войну против России, и это не секрет, что они хотят.\n")
    result = runner.invoke(app, ["narratives", str(tmp_path / "a.txt"), "--narrative-model", str(path)])
    assert result.exit_code == 2, result.output
    assert result.output.startswith(f"error: {path}: a skops file, but not a usable framing model: its ")
    assert result.output.count("\n") == 1


def test_narratives_hold_no_result_already_written(tmp_path: Path, monkeypatch) -> None:
    """Every result was kept in a list until the output was written at the end: 100,000 short articles
    took 860 MB. Now each is written as it comes, and none written before is still alive."""
    import weakref

    from framing.narratives.detector import NarrativeDetector

    detect, alive, most = NarrativeDetector.detect, [], []

    def counted_detect(self, *args, **kwargs):
        result = detect(self, *args, **kwargs)
        most.append(sum(ref() is not None for ref in alive))
        alive.append(weakref.ref(result))
        return result

    monkeypatch.setattr(NarrativeDetector, "detect", counted_detect)
    rows = "".join(f"{k},The West is waging a war against Russia on day {k}.\n" for k in range(30))
    (tmp_path / "c.csv").write_text("id,text\n" + rows, encoding="utf-8")
    for format in ("tsv", "json", "csv"):
        alive.clear(), most.clear()
        out = tmp_path / f"n.{format}"
        result = runner.invoke(app, ["narratives", str(tmp_path / "c.csv"), "--lang", "en", "-o", str(out)])
        assert result.exit_code == 0, result.output
        assert len(most) == 30 and max(most) <= 1  # the one result the loop is still writing
        assert out.read_text(encoding="utf-8").count("war against Russia" if format == "json" else "\n") >= 30


def test_narratives_stopped_midway_leave_no_partial_output(tmp_path: Path, monkeypatch) -> None:
    from framing.narratives.detector import NarrativeDetector

    detect, calls = NarrativeDetector.detect, []

    def stopping(self, *args, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return detect(self, *args, **kwargs)

    monkeypatch.setattr(NarrativeDetector, "detect", stopping)
    rows = "".join(f"{k},The West is waging a war against Russia on day {k}.\n" for k in range(5))
    (tmp_path / "c.csv").write_text("id,text\n" + rows, encoding="utf-8")
    result = runner.invoke(app, ["narratives", str(tmp_path / "c.csv"), "--lang", "en", "-o", str(tmp_path / "n.tsv")])
    assert result.exit_code == 130
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.csv"]


SHIPPED = Path(__file__).resolve().parents[2] / "models" / "default.skops"


@pytest.mark.skipif(not SHIPPED.with_name("default.weights.npz").is_file(), reason="no shipped model weights")
@pytest.mark.parametrize("edit", ["classes that are numbers", "a head one column short", "a weight that is a word"])
def test_portable_weights_edited_by_hand_are_one_line(tmp_path: Path, edit: str) -> None:
    """The weights file is trusted when NAME.metrics.json records its sha256; edited, with the sha256
    written there anew, its values reached NumPy as they were: a traceback from `score --model`."""
    import hashlib
    import shutil

    for name in ("default.skops", "default.metrics.json"):
        shutil.copy(SHIPPED.with_name(name), tmp_path / name)
    with np.load(SHIPPED.with_name("default.weights.npz"), allow_pickle=False) as data:
        arrays = {name: data[name] for name in data.files}
    spec = json.loads(str(arrays["spec"]))
    if edit == "classes that are numbers":
        spec["classes"] = list(range(len(spec["classes"])))
    elif edit == "a head one column short":
        arrays["h0_0_coef"] = arrays["h0_0_coef"][:, :-1]
    else:
        spec["blocks"][0]["weight"] = "heavy"
    arrays["spec"] = np.array(json.dumps(spec))
    weights = tmp_path / "default.weights.npz"
    with open(weights, "wb") as fh:
        np.savez_compressed(fh, allow_pickle=False, **arrays)
    metrics = json.loads((tmp_path / "default.metrics.json").read_text(encoding="utf-8"))
    metrics["weights_sha256"] = hashlib.sha256(weights.read_bytes()).hexdigest()
    (tmp_path / "default.metrics.json").write_text(json.dumps(metrics), encoding="utf-8")
    (tmp_path / "a.txt").write_text("Officials said the minister may resign.\n", encoding="utf-8")
    result = runner.invoke(app, ["score", str(tmp_path / "a.txt"), "-m", str(tmp_path / "default.skops")])
    assert result.exit_code == 2, result.output
    assert result.output.startswith(f"error: {weights}: refused: not weights `framing train` writes (")
    assert result.output.count("\n") == 1


def test_a_misspelt_key_in_framing_toml_is_refused(tmp_path: Path, monkeypatch) -> None:
    """`lexicon = [...]` (one letter short) was read as no folder at all: the user's lexicons were left
    out of every run in silence."""
    (tmp_path / "mine").mkdir()
    (tmp_path / "framing.toml").write_text('# my folders\nlexicon = ["mine"]\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text("Officials said the minister may resign.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["score", "a.txt", "-f", "csv"])
    assert result.exit_code == 2
    assert result.output == (
        f'error: {tmp_path / "framing.toml"}:2: E201 unknown key "lexicon" '
        "(hint: the one key is `lexicons`: a folder or a list of folders)\n"
    )


def test_a_record_of_numbers_only_is_scored_and_flagged(tmp_path: Path) -> None:
    """A text column of numbers (most often the wrong --text-col) was scored as text with no match and
    no word of warning: a comparison then said no article had a match."""
    corpus = tmp_path / "c.csv"
    corpus.write_text('id,outlet,text\n1,A,Officials may resign.\n2,B,"12,5"\n3,A,— 2024 —\n', encoding="utf-8")
    result = runner.invoke(app, ["score", str(corpus), "-o", str(tmp_path / "s.csv")])
    assert result.exit_code == 0, result.output
    assert "read 3 · scored 3 · failed 0 · flagged 2" in result.output
    why = "the text holds no letters, only numbers or symbols (is --text-col the column of the texts?)"
    errors = (tmp_path / "s.errors.csv").read_text(encoding="utf-8").splitlines()
    assert errors[1:] == [f'{corpus},3,2,2,flagged,"{why}"', f'{corpus},4,3,3,flagged,"{why}"']
    (tmp_path / "n.txt").write_text("2024-05-01 12:30\n", encoding="utf-8")
    article = runner.invoke(app, ["score", str(tmp_path / "n.txt"), "-f", "json"])
    assert "the text holds no letters, only numbers or symbols" in json.loads(article.stdout)["warnings"]


def test_dash_as_output_is_standard_output_or_refused(tmp_path: Path, monkeypatch) -> None:
    """`-o -` made a file named "-" (narratives) and a folder named "-" (compare, lexicon import); "-" is
    standard input for an input, so it is standard output for narratives, and refused for a folder."""
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text("The West is waging a war against Russia.\n", encoding="utf-8")
    result = runner.invoke(app, ["narratives", "a.txt", "--lang", "en", "-o", "-"])
    assert result.exit_code == 0 and result.stdout.startswith("a.txt\tURW: ")
    rows = "".join(f"{k},{'AB'[k % 2]},Officials may resign on day {k}.\n" for k in range(12))
    Path("c.csv").write_text("id,outlet,text\n" + rows, encoding="utf-8")
    Path("w.txt").write_text("alpha\nbeta\n", encoding="utf-8")
    for command in (["compare", "c.csv"], ["lexicon", "import", "w.txt"]):
        result = runner.invoke(app, [*command, "-o", "-"])
        assert result.exit_code == 2
        assert result.output == (
            "error: -o -: the output is a folder of files, not one stream for standard output; name a folder\n"
        )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "c.csv", "w.txt"]


def test_a_clean_run_leaves_no_stale_errors_file_beside_its_output(tmp_path: Path, monkeypatch) -> None:
    """An errors file from an earlier run of narratives (or lexicon sample) stayed beside the fresh output,
    listing records the new run read well; score always wrote its own. It is now replaced."""
    monkeypatch.chdir(tmp_path)
    Path("c.csv").write_text("id,text\n1,The West is waging a war against Russia. Officials may resign.\n")
    for command, errors in (
        (["narratives", "c.csv", "--lang", "en", "-o", "n.tsv"], Path("n.errors.csv")),
        (["narratives", "c.csv", "--lang", "en"], Path("narratives.errors.csv")),
        (["lexicon", "sample", "c.csv", "-s", "hedging"], Path("sample.errors.csv")),
    ):
        errors.write_text("source,line,row,id,status,reason\nc.csv,2,1,1,failed,empty text\n", encoding="utf-8")
        result = runner.invoke(app, command)
        assert result.exit_code == 0, result.output
        assert errors.read_text(encoding="utf-8") == "source,line,row,id,status,reason\n"


def test_a_corpus_gives_a_json_list_however_many_records_were_labelled(tmp_path: Path, monkeypatch) -> None:
    """A corpus of which one record was labelled printed that record as an object, as for one article:
    a reader of the JSON got a list or an object depending on how many records failed."""
    monkeypatch.chdir(tmp_path)  # the errors file of a run to standard output is written here
    (tmp_path / "c.csv").write_text("id,text\n1,The West is waging a war against Russia.\n2,12345\n")
    result = runner.invoke(app, ["narratives", str(tmp_path / "c.csv"), "-f", "json"])
    assert result.exit_code == 1  # the record of numbers: no language to read it in
    assert [row["id"] for row in json.loads(result.stdout)] == ["1"]
    (tmp_path / "a.txt").write_text("The West is waging a war against Russia.\n")
    assert json.loads(runner.invoke(app, ["narratives", str(tmp_path / "a.txt"), "-f", "json"]).stdout)["id"] == "a.txt"


_CELLS = st.text(alphabet=st.sampled_from(list('ab ;,"\n')), max_size=8)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.tuples(_CELLS, _CELLS, st.sampled_from(["1", "0", "TRUE", "n", ""])), max_size=6))
def test_a_judged_file_reads_alike_with_either_separator(tmp_path: Path, rows: list[tuple[str, str, str]]) -> None:
    """Whatever its cells (";" and "," inside them, quotes, line ends), a judged sample saved with ";"
    reads as the same one saved with "," does: the same rows, or the same refusal."""
    import csv
    import io

    from framing.errors import InputError
    from framing.quality.judging import read_judged

    def read(delimiter: str) -> object:
        text = io.StringIO()
        writer = csv.writer(text, delimiter=delimiter)
        writer.writerow(["id", "signal", "entry", "match", "sentence", "correct"])
        writer.writerows([("x", signal, entry, "m", "It may rain.", correct) for signal, entry, correct in rows])
        path = tmp_path / f"judged{delimiter == ';'}.csv"
        path.write_text(text.getvalue(), encoding="utf-8", newline="")
        try:
            return read_judged(path)
        except InputError as exc:
            return str(exc).removeprefix(str(path))

    assert read(";") == read(",")
