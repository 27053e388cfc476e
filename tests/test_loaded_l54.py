"""Round l54 (issue 13): a loaded word in a quotation or a reported verdict of a named speaker is loaded language,
whoever says it, as the dev hand-marked samples mark it (the convention and its counts are in the file header of
lexicons/en/loaded_language.toml); whose voice it is in is the voice field's job. So a verdict reported after
"decry/pan/brand ... as" counts again, and so does a "treason" an accusation quotes; the cancels the markers bear out
stay: a bigotry label pinned by a smear or a portrayal, "treason" as the crime charged or tried, Comey's
"careless". Every dev news match the round moved was judged (the census below)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from framing.quality.signal_judged import JUDGED_DIR, precision, read, rejoin
from signal_cases import shipped_analyzer, shipped_spans

ADDED = JUDGED_DIR / "news_dev_l54_added.csv"  # every dev news match the round added, judged
loaded = partial(shipped_spans, signal="loaded_language")  # the loaded-language words matched in a sentence


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Many critics decried the ruling as a travesty of justice.", ["travesty"]),
        ('Opposition leaders panned the budget as "ridiculous" on Tuesday.', ["ridiculous"]),
        ("Parents decry the cuts as shameful.", ["shameful"]),
        ("The senator branded as a traitor any colleague who voted yes.", ["traitor"]),
        ("A petition accuses the governor of “high treason” over the vaccine law.", ["treason"]),
        ('Her rivals charged her with "high treason" on social media.', ["treason"]),
    ],
)
def test_a_verdict_reported_of_a_named_speaker_is_loaded(sentence: str, expected: list[str]) -> None:
    assert loaded(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # the crime charged, tried or written into law; a bigotry label the writer calls a smear or a portrayal;
        # a finding of carelessness reported; the plain words around them
        "She was convicted of high treason in 1950.",
        "The trial on treason charges opened in Moscow.",
        "The court ruled that the clerk is guilty of treason.",
        "The House may impeach officials for “treason, bribery or other high crimes.”",
        "The ads portray farmers as racists.",
        "The coach was accused of being racist by a rival club.",
        "The inquiry found the aides were extremely careless with the files.",
        "Critics decried the delay on Monday.",
    ],
)
def test_a_charge_tried_a_smear_named_and_a_finding_stay_unmatched(sentence: str) -> None:
    assert loaded(sentence) == []


def test_the_census_keeps_its_judgements() -> None:
    """Every dev news match the round added, each judged right by the convention (none removed)."""
    assert {name: (n, right) for name, n, right, _, _ in precision(read(ADDED))} == {"loaded_language": (5, 5)}


def test_the_census_rows_moved(shared_data: Path) -> None:
    added = rejoin(read(ADDED), shared_data, shipped_analyzer())
    assert all(kept for *_, kept in added)
    assert sorted(text for _, text, _, _ in added) == ["liar", "racist", "ridiculous", "travesty", "treason"]
