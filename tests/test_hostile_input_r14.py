"""Hostile input, thirteenth pass (round r14): r13's leftovers (a JSONL line not UTF-8 listed without its id, a
grown model archive read whole before its seal refused it, E205 quoting a whole term, E204 before its cause)."""

from __future__ import annotations

import csv
import tracemalloc
import zipfile
from pathlib import Path

import pytest
import skops.io as sio
from typer.testing import CliRunner

from framing.cli import app
from framing.errors import ModelError
from framing.model import files as modelfile

TEXT = "Officials said the plan may fail."


def _errors(path: Path) -> list[tuple[str, str, str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [(row["line"], row["row"], row["id"], row["reason"]) for row in csv.DictReader(fh)]


def test_a_jsonl_line_not_utf8_is_listed_with_its_id_as_a_csv_row_is(tmp_path):
    """The line was refused before it was parsed, so its failure had no id (a CSV row's kept it)."""
    corpus = tmp_path / "c.jsonl"
    corpus.write_bytes(
        b'{"id": "a1", "text": "' + TEXT.encode() + b'"}\n'
        b'{"id": "b2", "outlet": "Daily", "text": "Bad \xff byte, aides said."}\n'
        b'{"id": "c\xff3", "text": "' + TEXT.encode() + b'"}\n'
        b'{"id": "d4", \xff "text": "no object"}\n'
    )
    result = CliRunner().invoke(app, ["score", str(corpus), "-o", str(tmp_path / "s.csv"), "-j", "1"])
    assert result.exit_code == 1, result.output
    assert _errors(tmp_path / "s.errors.csv") == [
        ("2", "2", "b2", "not valid UTF-8 (byte 0xff at column 46); save the file as UTF-8"),
        ("3", "3", "c\\udcff3", "not valid UTF-8 (byte 0xff at column 10); save the file as UTF-8"),
        ("4", "4", "", "not valid UTF-8 (byte 0xff at column 14); save the file as UTF-8"),
    ]


def _tiny_sealed(path: Path) -> Path:
    sio.dump({"format": modelfile.FORMAT, "pipeline": {"w": [1.0, 2.0]}, "meta": {}}, path)
    modelfile.seal(path)
    return path


@pytest.mark.parametrize("plain", [False, True])
def test_a_model_archive_grown_by_a_member_of_zeros_is_refused_without_holding_it(tmp_path, plain):
    """A member of 64 MB of zeros (64 kB packed, under the unpacked limit) was read whole before the seal
    refused the file (300 MB took 830 MB); members are now hashed a chunk at a time."""
    path = _tiny_sealed(tmp_path / "grown.skops")
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        with archive.open("zeros.bin", "w", force_zip64=True) as member:
            for _ in range(64):
                member.write(bytes(1 << 20))
    assert path.stat().st_size < 1_000_000
    tracemalloc.start()
    try:
        with pytest.raises(ModelError) as info:
            modelfile.read(path, plain=plain)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert str(info.value) == (
        f"{path}: refused: the file changed after training (its sha256 differs from the one it carries); "
        "retrain it or restore the original"
    )
    assert peak < 16_000_000, peak


def test_a_sealed_plain_model_still_reads_without_skops_tree(tmp_path):
    path = _tiny_sealed(tmp_path / "plain.skops")
    pipeline, meta, _ = modelfile.read(path, shape=lambda p, m: None, plain=True)
    assert (pipeline, meta) == ({"w": [1.0, 2.0]}, {})


LEXICON = 'schema = 1\n[signal]\nlabel = "Odd"\ndescription = "A signal of odd terms."\n[terms]\n'


def test_e205_quotes_a_long_malformed_term_cut_with_its_length(check_lexicon_file):
    path, said = check_lexicon_file("odd.toml", LEXICON + f'"{"a*" * 2000}" = 1.0\n')
    assert said.splitlines()[0] == (
        f'error: {path}:6: E205 malformed wildcard in term "{"a*" * 30}…" (4,000 characters) (hint: a "*" may '
        'end a word ("escalat*") or stand alone for any one word ("sources * said"))'
    )


def test_no_e204_for_a_signal_whose_terms_were_all_refused(check_lexicon_file):
    """E204 ("no terms") came first, on the [terms] line, before the E205 that left the signal without any."""
    path, said = check_lexicon_file("odd.toml", LEXICON + '"esc*late" = 1.0\n"* said" = 1.0\n')
    assert [line.split(" malformed")[0].split(" term")[0] for line in said.splitlines()] == [
        f"error: {path}:6: E205",
        f"error: {path}:7: E205",
        "11 signals, 2 errors, 0 warnings",
    ]


def test_e204_stays_for_a_signal_with_nothing_written(check_lexicon_file):
    path, said = check_lexicon_file("none.toml", LEXICON)
    assert said.splitlines()[0] == (
        f"error: {path}:5: E204 the signal has no terms and no proximity rules: it can never fire "
        "(hint: add entries under [terms])"
    )


def _score(corpus: Path, out: Path):
    return CliRunner().invoke(app, ["score", str(corpus), "-o", str(out), "-j", "1"])


@pytest.mark.parametrize("kind", ["csv", "tsv", "jsonl"])
def test_a_corpus_in_utf16_without_a_mark_is_named(tmp_path, kind):
    """Its header was read as the columns 'i\\x00d\\x00' and '\\x00t\\x00e\\x00x\\x00t\\x00' ("no text column")."""
    corpus = tmp_path / f"c.{kind}"
    sep = "\t" if kind == "tsv" else ","
    body = '{"id": "a", "text": "' + TEXT + '"}\n' if kind == "jsonl" else f"id{sep}text\na{sep}{TEXT}\n"
    corpus.write_bytes(body.encode("utf-16-le"))
    result = _score(corpus, tmp_path / "s.csv")
    assert (result.exit_code, result.output) == (
        2,
        f"error: {corpus}: looks like UTF-16 without a byte-order mark; save the file as UTF-8\n",
    )


@pytest.mark.parametrize("kind", ["csv", "jsonl"])
def test_a_sparse_corpus_file_of_nul_bytes_is_refused_at_once(tmp_path, kind):
    """2 GB of NUL bytes (a sparse file) was read through for 13-14 s to "the header row is not valid CSV: over 20
    million characters" or one failed record; now refused from its first bytes."""
    corpus = tmp_path / f"c.{kind}"
    with corpus.open("wb") as fh:
        fh.truncate(2 * 1024**3)
    result = _score(corpus, tmp_path / "s.csv")
    assert (result.exit_code, result.output) == (
        2,
        f"error: {corpus}: looks like a binary file (NUL bytes), not {kind.upper()}\n",
    )


def test_a_nul_byte_in_one_record_still_fails_that_record_alone(tmp_path):
    corpus = tmp_path / "c.csv"
    corpus.write_bytes(f'id,text\na,"{TEXT}"\nb,"Nul\x00 here."\n'.encode())
    result = _score(corpus, tmp_path / "s.csv")
    assert result.exit_code == 1, result.output
    assert _errors(tmp_path / "s.errors.csv") == [("3", "2", "b", "binary data, not text (NUL bytes)")]


def test_a_byte_order_mark_alone_on_a_jsonl_line_is_a_blank_line(tmp_path):
    """Files joined with `cat` bring each its mark: on a line of its own it was "invalid JSON at column 1"."""
    line = b'{"id": "a", "text": "' + TEXT.encode() + b'"}\n'
    (tmp_path / "c.jsonl").write_bytes(line + b"\xef\xbb\xbf\n" + line.replace(b'"a"', b'"b"'))
    result = _score(tmp_path / "c.jsonl", tmp_path / "s.csv")
    assert result.exit_code == 0, result.output
    (tmp_path / "m.jsonl").write_bytes(b"\xef\xbb\xbf")
    result = _score(tmp_path / "m.jsonl", tmp_path / "t.csv")
    assert (result.exit_code, result.output) == (
        2,
        f"error: {tmp_path / 'm.jsonl'}: is empty; one JSON object per line is needed\n",
    )


def test_symbolic_links_in_a_loop_or_to_nothing_are_named(tmp_path):
    """Both were "no such file"; a loop given as input or output ended in Path.resolve's RuntimeError traceback."""
    folder = tmp_path / "f"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "b.txt").symlink_to("c.txt")
    (folder / "c.txt").symlink_to("b.txt")
    (folder / "d.txt").symlink_to(tmp_path / "moved.txt")
    result = _score(folder, tmp_path / "s.csv")
    assert result.exit_code == 1, result.output
    assert [(row[2], row[3]) for row in _errors(tmp_path / "s.errors.csv")] == [
        ("b", "is a symbolic link in a loop (it leads back to itself)"),
        ("c", "is a symbolic link in a loop (it leads back to itself)"),
        ("d", f"is a symbolic link to {tmp_path / 'moved.txt'}, which does not exist"),
    ]
    loop = tmp_path / "loop.csv"
    loop.symlink_to("loop.csv")
    for command in (
        ["score", str(loop), "-o", str(tmp_path / "t.csv")],
        ["score", str(folder), "-o", str(loop)],
        ["narratives", str(loop)],
        ["lexicon", "check", str(loop)],
    ):
        result = CliRunner().invoke(app, command)
        assert (result.exit_code, result.output) == (
            2,
            f"error: {loop}: is a symbolic link in a loop (it leads back to itself)\n",
        ), command


@pytest.mark.parametrize(
    "encode, said",
    [
        (lambda text: text.encode("utf-16-le"), "looks like UTF-16 without a byte-order mark; save the file as UTF-8"),
        (lambda text: text.encode("utf-16"), "is UTF-16; save the file as UTF-8"),
        (lambda text: bytes(len(text)), "looks like a binary file (NUL bytes), not CSV"),
    ],
    ids=["utf16", "utf16-marked", "nul"],
)
def test_a_labelled_table_is_checked_from_its_first_bytes_as_a_corpus_is(tmp_path, encode, said):
    """`train` read UTF-16 without a mark as the columns 't\\x00e\\x00x\\x00t\\x00' ("no column 'text'"), and 2 GB
    of NUL bytes for a minute to "a record over the limit"; one check of a file's first bytes serves both readers."""
    table = tmp_path / "l.csv"
    table.write_bytes(encode('text,label\n"The war may escalate.",hedged\n"Rain fell.",neutral\n'))
    result = CliRunner().invoke(app, ["train", str(table), "-o", str(tmp_path / "m.skops")])
    assert (result.exit_code, result.output) == (2, f"error: {table}: {said}\n")


@pytest.mark.parametrize("kind", ["csv", "jsonl"])
def test_compare_reads_a_bounded_first_line_to_tell_a_score_table(tmp_path, kind):
    """`compare` read a table's first line whole to learn its columns: a 2 GB sparse CSV took 4.3 GB and ended in
    csv's "field larger than field limit" traceback (exit 1). Here 200 MB; the corpus reader then refuses it."""
    corpus = tmp_path / f"c.{kind}"
    with corpus.open("wb") as fh:
        fh.truncate(200_000_000)
    result = CliRunner().invoke(app, ["compare", str(corpus), "-o", str(tmp_path / "report")])
    assert (result.exit_code, result.output) == (
        2,
        f"error: {corpus}: looks like a binary file (NUL bytes), not {kind.upper()}\n",
    )
