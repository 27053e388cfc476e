"""Round l52 (issue 13): loaded-language precision on the dev samples' wrong matches, each entry counted over every
dev news use: "careless" of the FBI's finding reported ("extremely careless"), "fool" as a verb of deceit ("do not
fool them"), "the righteous" of scripture; then labels the dev samples missed, each form counted over dev news: the
"corporate news media" and "corporate press", a "failed businessman", opponents who "kick and scream", the gullible
"hook, line, and sinker", "the spectacle of". Every dev news match the round moved was judged (the census below)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from framing.quality.signal_judged import JUDGED_DIR, precision, read, rejoin
from signal_cases import shipped_analyzer, shipped_spans

REMOVED = JUDGED_DIR / "news_dev_l52_removed.csv"  # every dev news match the round removed, judged
ADDED = JUDGED_DIR / "news_dev_l52_added.csv"  # every dev news match the round added, judged
loaded = partial(shipped_spans, signal="loaded_language")  # the loaded-language words matched in a sentence


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a finding reported, a verb of deceit, the just of scripture: no loaded word
        ("The inspector said the clerks had been extremely careless with the ledgers.", []),
        ("Investigators found the staff were careless in how they stored the files.", []),
        ("The memo called the lapse careless but not intentional.", []),
        ("The flyers will not fool them this time.", []),
        ("The mailer was designed to fool the voters.", []),
        ("The hymn promises a reward to the righteous.", []),
        # labels the samples missed
        ("Viewers no longer trust the corporate news media on trade.", ["corporate news media"]),
        ("The corporate press ignored the strike for a week.", ["corporate press"]),
        ("The senator, a failed businessman, lectured the board on budgets.", ["failed businessman"]),
        ("Whenever they lose a vote they kick and scream.", ["kick and scream"]),
        ("The county board swallowed the pitch hook, line, and sinker.", ["hook, line, and sinker"]),
        ("The spectacle of the mayor shouting at reporters shocked the town.", ["The spectacle of"]),
    ],
)
def test_findings_verbs_and_scripture_are_out_and_labels_are_in(sentence: str, expected: list[str]) -> None:
    assert loaded(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the writer's own verdict and the noun stay loaded
        ("It was a careless remark from a careless minister.", ["careless", "careless"]),
        ("Only a fool would sign that contract.", ["fool"]),
        ("She spoke with righteous anger about the cuts.", ["righteous"]),
    ],
)
def test_the_writers_own_careless_the_noun_fool_and_righteous_anger_stay(sentence: str, expected: list[str]) -> None:
    assert loaded(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # plain senses beside the new entries
        "The corporate tax rate fell last year.",
        "The failed bridge inspection closed the road.",
        "The kids played in the yard.",
    ],
)
def test_plain_senses_beside_the_new_entries_are_not_loaded(sentence: str) -> None:
    assert loaded(sentence) == []


def test_the_census_keeps_its_judgements() -> None:
    """23 dev news matches removed, all judged wrong; 10 added, all judged right."""
    assert {name: (n, right) for name, n, right, _, _ in precision(read(REMOVED))} == {"loaded_language": (23, 0)}
    assert {name: (n, right) for name, n, right, _, _ in precision(read(ADDED))} == {"loaded_language": (10, 10)}


def test_the_census_rows_moved(shared_data: Path) -> None:
    analyzer = shipped_analyzer()
    removed = rejoin(read(REMOVED), shared_data, analyzer)
    added = rejoin(read(ADDED), shared_data, analyzer)
    assert not any(kept for *_, kept in removed) and all(kept for *_, kept in added)
    assert {r.entry for r, *_ in removed} == {"careless", "fool", "righteous"}
    assert {r.entry for r, *_ in added} == {
        "corporate news media",
        "corporate press",
        "failed businessman",
        "hook, line, and sinker",
        "kick and scream",
        "the spectacle of",
    }
