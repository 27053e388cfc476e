"""Round l45 (issue 13): a fresh blind set of 150 dev sentences, two thirds propaganda-prone or opinion writing
(`prone_*` in tests/data/signal_annotation_dev), marked for loaded language before the tool ran on it, then its
misses read by class. Kept, with their forms: idioms of moral descent ("stooped so low"), bluster ("huffing and
puffing"), the forms of listed idioms the file lacked ("glosses over", "devolving into"), a verdict of failure on a
person, an economy or an approach ("a failed candidate"), a madness word for a policy ("a schizophrenic approach",
not a patient) and a politician's circle called a crime family (not the Mafia's). Every dev news match of the new
entries was judged (the census below)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from framing.quality.sample_register import ANNOTATION_DEV_DIR, SAMPLES
from framing.quality.signal_judged import JUDGED_DIR, precision, read, rejoin
from signal_cases import shipped_analyzer, shipped_spans

L45 = JUDGED_DIR / "news_dev_l45_census.csv"  # every dev news match of the new entries, judged
loaded = partial(shipped_spans, signal="loaded_language")  # the loaded-language words matched in a sentence


def test_the_prone_sample_is_registered_for_loaded_language_only() -> None:
    assert [s[4] for s in SAMPLES if s[2] == "prone"] == [("loaded_language",)]
    spans = (ANNOTATION_DEV_DIR / "prone_spans.tsv").read_text(encoding="utf-8").splitlines()[1:]
    assert len(spans) == 50 and {line.split("\t")[4] for line in spans} == {"loaded_language"}


def test_the_census_keeps_its_judgements() -> None:
    rows = read(L45)
    assert len(rows) == 16
    assert {name: (n, right) for name, n, right, _, _ in precision(rows)} == {"loaded_language": (16, 15)}


def test_the_census_rows_are_still_matched(shared_data: Path) -> None:
    joined = rejoin(read(L45), shared_data, shipped_analyzer())
    assert all(kept for *_, kept in joined)
    assert {r.entry for r, *_ in joined} >= {"failed candidate", "schizophrenic", "crime family", "stooped so low"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # moral descent and bluster, in the forms the file lacked
        ("The council has stooped so low as to bill the widows.", ["stooped so low"]),
        ("I never thought the club would be stooping this low.", ["stooping this low"]),
        ("For all his huffing and puffing, the mayor signed the deal.", ["huffing and puffing"]),
        ("The rival huffed and puffed about the zoning board.", ["huffed and puffed"]),
        ("The brochure glosses over the cost of the bridge.", ["glosses over"]),
        ("The hearing kept devolving into a debate on parking.", ["devolving into"]),
        ("The landlords thumbed their noses at the inspectors.", ["thumbed their noses at"]),
        # a verdict of failure on a person, an economy or an approach
        ("The senator called his opponent a failed candidate.", ["failed candidate"]),
        ("The island's failed economy drives its young abroad.", ["failed economy"]),
        ("The plan repeats the failed approach of the last decade.", ["failed approach"]),
        # a madness word for a policy; a politician's circle called a crime family
        ("The ministry's schizophrenic policy on fishing confuses everyone.", ["schizophrenic"]),
        ("The pamphlet names the Jones crime family and its deals.", ["crime family"]),
    ],
)
def test_the_round_entries_count(sentence: str, expected: list[str]) -> None:
    assert loaded(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # the clinical sense, the Mafia's families and a plain failure stay plain
        "A schizophrenic patient was moved to the county clinic.",
        "The Gambino crime family controlled the docks for decades.",
        "Prosecutors charged members of an organized crime family in Newark.",
        "The rocket failed to reach orbit on Tuesday.",
        "The gardener stooped to pick up the rake.",
    ],
)
def test_the_plain_senses_are_not_loaded(sentence: str) -> None:
    assert loaded(sentence) == []
