"""`--sourcing rules|trained|hybrid` on score and compare: it changes which attributions are found, reaches the
corpus workers, and every output says which method made it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from framing.cli import app
from framing.pipeline import SOURCING_ENV
from framing.tables.read import read_run_meta, read_table

runner = CliRunner()
# "cast doubt on" is no reporting verb in the lexicons: only the trained labeller reads it as a cue (well
# above its threshold, whatever headline comes before it: "voted against" sat too close to it)
SENTENCE = "Sanders cast doubt on the bill on Tuesday, and aides said he would keep fighting."


@pytest.fixture(autouse=True)
def no_sourcing_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(SOURCING_ENV, raising=False)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.jsonl"
    rows = [{"id": f"a{k}", "outlet": "AB"[k % 2], "text": f"Story {k}\n\n{SENTENCE}"} for k in range(40)]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def _cues(*options: str, article: Path) -> tuple[str, list[str]]:
    result = runner.invoke(app, ["score", str(article), "--format", "json", *options])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    return data["meta"]["sourcing"], [a["cue"] for a in data["attributions"]]


def test_one_article_finds_more_cues_with_the_trained_labeller(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(f"A headline\n\n{SENTENCE}\n", encoding="utf-8")
    assert _cues(article=article) == ("rules", ["said"])
    assert _cues("--sourcing", "trained", article=article) == ("trained", ["cast doubt on", "said"])


def test_the_environment_is_the_default_and_the_option_wins(tmp_path: Path, monkeypatch) -> None:
    article = tmp_path / "a.txt"
    article.write_text(f"A headline\n\n{SENTENCE}\n", encoding="utf-8")
    monkeypatch.setenv(SOURCING_ENV, "trained")
    assert _cues(article=article)[0] == "trained"
    assert _cues("--sourcing", "rules", article=article) == ("rules", ["said"])


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_corpus_run_records_its_method_and_its_workers_use_it(corpus: Path, tmp_path: Path, jobs: str) -> None:
    found = {}
    for method in ("rules", "trained"):
        out = tmp_path / f"{method}.parquet"
        result = runner.invoke(app, ["score", str(corpus), "-o", str(out), "-j", jobs, "--sourcing", method])
        assert result.exit_code == 0, result.output
        assert read_run_meta(out)["sourcing"] == method
        found[method] = set(read_table(out)["sourcing_attributions"])
    assert found == {"rules": {1}, "trained": {2}}


def test_a_dask_cluster_scores_with_the_method_the_command_asked_for(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The README's `--scheduler` path from the command line: the batches go to the cluster, and the method
    reaches its workers, whatever their environment says (round u30)."""
    pytest.importorskip("distributed")
    from distributed import LocalCluster

    monkeypatch.setenv(SOURCING_ENV, "rules")  # the workers' environment: the option must win there too
    out = tmp_path / "dask.csv"
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        args = ["score", str(corpus), "-o", str(out), "--scheduler", cluster.scheduler_address, "--sourcing", "trained"]
        result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "read 40 · scored 40 · failed 0 · flagged 0" in result.output
    assert f"Dask at {cluster.scheduler_address}" in result.output
    assert read_run_meta(out)["sourcing"] == "trained"
    assert set(read_table(out)["sourcing_attributions"]) == {2}


def test_compare_names_the_method_in_the_report(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "report"
    args = ["compare", str(corpus), "-o", str(out), "--sourcing", "trained", "--no-png", "--bootstrap", "200"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "- sourcing: trained" in (out / "report.md").read_text(encoding="utf-8")
    assert "<dt>sourcing</dt><dd>trained</dd>" in (out / "index.html").read_text(encoding="utf-8")


def test_an_unknown_method_is_a_usage_error(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(SENTENCE, encoding="utf-8")
    result = runner.invoke(app, ["score", str(article), "--sourcing", "neural"])
    assert result.exit_code == 2
    words = " ".join(result.output.replace("│", " ").split())
    assert "Invalid value for '--sourcing': 'neural' is not one of 'rules', 'trained', 'hybrid'." in words
