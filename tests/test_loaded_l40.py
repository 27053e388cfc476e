"""Round l40 (issue 13): loaded-language precision and recall by class. Names and titles that hold an entry (a
magazine, a film, an inn, a website) cancel; "dangerous" of a physical hazard named (an epidemic, a war
zone, a dose, travel) is not a verdict; "regime" for an elected government named by its leader counts, as "Kyiv
regime" did. Every dev news match of the new entries was judged (the census below)."""

from __future__ import annotations

from functools import partial

import pytest

from framing.quality.datasets import default_data_dir
from framing.quality.signal_judged import JUDGED_DIR, precision, read, rejoin
from signal_cases import shipped_analyzer, shipped_spans

L40 = JUDGED_DIR / "news_dev_l40_census.csv"  # every dev news match of the new entries, judged
needs_data = pytest.mark.skipif(
    not all((default_data_dir() / folder).is_dir() for folder in ("babe", "ptc", "semeval2025_narratives")),
    reason="no ../shared",
)


def test_the_census_keeps_its_judgements() -> None:
    rows = read(L40)
    assert [r.entry for r in rows] == ["Trump regime", "Obama regime", "Biden regime"] + ["Obama regime"] * 4
    assert {name: (n, right) for name, n, right, _, _ in precision(rows)} == {"loaded_language": (7, 7)}


@needs_data
def test_the_census_rows_are_still_matched() -> None:
    joined = rejoin(read(L40), default_data_dir(), shipped_analyzer())
    assert [(text, kept) for _, text, _, kept in joined] == [
        ("Trump regime", True),
        ("Obama regime", True),
        ("Biden regime", True),
    ] + [("Obama Regime", True)] * 4  # a propaganda site's capitals


loaded = partial(shipped_spans, signal="loaded_language")  # the loaded-language words matched in a sentence


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Critics of the Biden regime gathered outside the hall.", ["Biden regime"]),
        ("Jobs Grew Faster Than Under The Trump Regime", ["Trump Regime"]),
        ("The Macron regime pushed the pension bill through.", ["Macron regime"]),
        ("Orders from the Washington regime reached the embassy.", ["Washington regime"]),
        # a lower-case name or verdict still counts beside the cancelled name
        ("Her column called the council a vanity project.", ["vanity"]),
        ("The candidate's plan is dangerous for the country.", ["dangerous"]),
    ],
)
def test_the_round_entries_count(sentence: str, expected: list[str]) -> None:
    assert loaded(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # names and titles cited, a physical hazard named
        "A reporter at Vanity Fair first described the memo.",
        "Her room still had a Dirty Dancing poster on the wall.",
        "The park service now runs tours of the Stonewall Inn.",
        "The claim first ran on the Daily Sheeple.",
        "Health officials warned of a dangerous flu epidemic this winter.",
        "Aid workers left the dangerous war zone by night.",
        "Ice on the passes made travel dangerous overnight.",
        "The pills were sold in dangerous doses.",
    ],
)
def test_the_names_and_hazards_are_not_loaded(sentence: str) -> None:
    assert loaded(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a bigotry label named as a charge someone pins on people is their charge; the verb of the charge counts
        ("Rivals will demonize farmers as racist and sexist.", ["demonize"]),
        ("He was accused of being racist by two rivals.", []),
        ("She rejected the smears that Ohio is racist.", ["smears"]),  # within three words of the charge
        # the writer's own label still counts
        ("The mayor is a racist and a bully.", ["racist", "bully"]),
    ],
)
def test_a_charge_of_bigotry_reported_is_not_the_writers_label(sentence: str, expected: list[str]) -> None:
    assert loaded(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a word named as a word is mentioned, not used
        ("Over the summer the word ''birther'' was heard on air forty times.", []),
        ('The senator refused to say the words "radical Islam" at the hearing.', []),
        ('She avoided the phrase "illegal immigrant" in her speech.', []),
        ("The term “deep state” usually means unelected officials.", []),
        # a text quoted after "the words" uses it, and the writer's own word counts
        ('The poster bore the words "most corrupt mayor ever" in red.', ["corrupt"]),
        ("The plan is radical and the mayor is corrupt.", ["radical", "corrupt"]),
    ],
)
def test_a_word_mentioned_as_a_word_is_not_used(sentence: str, expected: list[str]) -> None:
    assert loaded(sentence) == expected
