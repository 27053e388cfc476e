"""`framing narratives` over a corpus: ids it cannot tell apart are flagged, and records are labelled as they are
read, not all read first."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from framing.cli import app

runner = CliRunner()
TEXT = "Officials said the war may spread to Europe and that NATO will intervene."


def test_two_files_of_one_name_in_a_folder_are_flagged_as_score_flags_them(tmp_path: Path) -> None:
    """A folder's ids are file names (as in the task's data): a/x.txt and b/x.txt were two rows "x.txt", unflagged."""
    for outlet in ("a", "b"):
        (tmp_path / "corpus" / outlet).mkdir(parents=True)
        (tmp_path / "corpus" / outlet / "x.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "n.tsv"
    result = runner.invoke(app, ["narratives", str(tmp_path / "corpus"), "-o", str(out)])
    assert result.exit_code == 0
    assert "flagged 1" in result.output
    errors = (tmp_path / "n.errors.csv").read_text(encoding="utf-8")
    assert "flagged,duplicate id 'x.txt' (an earlier file has it); kept and flagged" in errors
    assert [line.split("\t")[0] for line in out.read_text(encoding="utf-8").splitlines()] == ["x.txt", "x.txt"]


def test_a_repeated_id_in_a_table_names_its_first_line(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text(f"id,text\n7,{TEXT}\n7,{TEXT}\n", encoding="utf-8")
    result = runner.invoke(app, ["narratives", str(path), "-o", str(tmp_path / "n.tsv")])
    assert result.exit_code == 0
    assert "duplicate id '7' (first at line 2); kept and flagged" in (tmp_path / "n.errors.csv").read_text()


def test_records_are_labelled_as_they_are_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """All records were read into a list first: every text of the corpus held in memory at once."""
    from framing.cli import narratives
    from framing.narratives.detector import NarrativeDetector

    path = tmp_path / "c.jsonl"
    path.write_text("".join(json.dumps({"id": k, "text": TEXT}) + "\n" for k in range(5)), encoding="utf-8")
    read: list[int] = []
    records, detect = narratives._records, NarrativeDetector.detect

    def counted(*args, **kwargs):
        for item in records(*args, **kwargs):
            read.append(1)
            yield item

    ahead: list[int] = []

    def noting(self, *args, **kwargs):
        ahead.append(len(read))
        return detect(self, *args, **kwargs)

    monkeypatch.setattr(narratives, "_records", counted)
    monkeypatch.setattr(NarrativeDetector, "detect", noting)
    result = runner.invoke(app, ["narratives", str(path), "-o", str(tmp_path / "n.tsv")])
    assert result.exit_code == 0
    assert ahead == [1, 2, 3, 4, 5]
