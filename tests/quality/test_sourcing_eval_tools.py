"""The README's tuning tools of `python -m framing.quality.sourcing_eval`: `--audit` lists the words PolNeAR's
dev fold annotates as cues that the lexicons miss, `--kind-errors` the dev-fold labelled sources whose kind is
wrong, `--voice-errors` the dev-fold matches in the wrong voice with their likely cause and the count per cause,
`--kinds-only` scores only the articles with kind labels; none reads the held-out test fold, and
`--format json` is JSON (round u30)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from framing.quality.datasets import polnear_fold
from framing.quality.sourcing_eval import main

from polnear_folder import write_polnear

DEV, TEST = ["art_0", "art_1", "art_3", "art_5", "art_7"], ["art_2", "art_4", "art_6"]


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Dev articles annotate "griped" as a cue, test articles "blorped" (neither is in the lexicons), and "it
    may pass" as its content (so "may" is reported, where we read it as the writer's); every article labels
    "Ann Lee" vague (we read her as named); the last article of each fold has no kind label."""
    assert [polnear_fold(stem) for stem in DEV + TEST] == ["dev"] * 5 + ["test"] * 3
    tmp = tmp_path_factory.mktemp("sourcing")
    articles, labels = [], ["stem\tstart\tend\tkind"]
    for stem in sorted(DEV + TEST):
        verb = "griped" if stem in DEV else "blorped"
        text = (
            f"Ruiz {verb} that the levy was unfair. Lund {verb} that it may pass. Ann Lee said the vote is on Monday."
        )
        lee, content = text.index("Ann Lee"), text.index("it may pass")
        spans = [("Cue", i, i + len(verb)) for i in range(len(text)) if text.startswith(verb, i)]
        spans += [("Source", lee, lee + len("Ann Lee")), ("Content", content, content + len("it may pass"))]
        articles.append((stem, "wire", text, spans))
        if stem not in (DEV[-1], TEST[-1]):
            labels.append(f"{stem}\t{lee}\t{lee + len('Ann Lee')}\tvague")
    (tmp / "kinds.tsv").write_text("\n".join(labels) + "\n", encoding="utf-8")
    return write_polnear(tmp, articles)


def _run(data: Path, capsys: pytest.CaptureFixture[str], *options: str) -> str:
    assert main(["--data", str(data), *options]) == 0
    return capsys.readouterr().out


def _strict_json(text: str) -> dict:
    """JSON as a strict reader takes it: NaN and Infinity are no JSON (Python's `json` writes them)."""

    def refuse(constant: str) -> None:
        raise ValueError(f"{constant} is not JSON")

    return json.loads(text, parse_constant=refuse)


def test_the_audit_lists_the_dev_folds_cue_words_the_lexicons_miss(data: Path, capsys) -> None:
    assert _run(data, capsys, "--audit").split() == ["griped", "10", "of", "10", "(1.00)"]


def test_kind_errors_list_the_dev_folds_labelled_sources_of_another_kind(data: Path, capsys) -> None:
    lines = _run(data, capsys, "--kind-errors", "--kind-labels", str(data / "kinds.tsv")).splitlines()
    assert [line.split()[:3] + line.split()[-1:] for line in lines[:-1]] == [
        ["vague", "named", "'Ann", stem] for stem in DEV[:-1]
    ]
    assert lines[-1] == "4 dev-fold labelled sources wrong or missed"


def test_kinds_only_scores_the_labelled_articles_and_prints_json(data: Path, capsys) -> None:
    every = _strict_json(_run(data, capsys, "--format", "json"))
    labelled = _strict_json(
        _run(data, capsys, "--kinds-only", "--kind-labels", str(data / "kinds.tsv"), "--format", "json")
    )
    assert [every[fold]["articles"] for fold in ("dev", "test")] == [5, 3]
    assert [labelled[fold]["articles"] for fold in ("dev", "test")] == [4, 2]
    assert labelled["dev"]["kind_labelled"] == 4 and labelled["dev"]["kind_f1"]["vague"] == 0.0


def test_voice_errors_list_the_dev_folds_matches_in_the_wrong_voice_by_cause(data: Path, capsys) -> None:
    lines = _run(data, capsys, "--voice-errors").splitlines()
    assert [(line.split("\t")[:4], line.split("\t")[-1]) for line in lines[:5]] == [
        (["no-attribution", "author", "hedging", "'may'"], stem) for stem in DEV
    ]
    assert lines[5:] == ["    5  no-attribution", "5 dev-fold matches in the wrong voice"]
