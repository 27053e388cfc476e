"""Round q15 (issue 13): hedges and boosters a third fresh blind sample like the hidden one (hiddenlike3) missed or
took wrongly, by class. A view named as its holder's ("what he sees as") or a reading given ("interpreted as"), not
a reading forbidden; "appear" before a predicate of state, feeling or judgment ("voters appear fatigued"), not how
one looks or wants to look ("to appear strong", "made him appear weak"); "widely assumed"; "by any fair measure"; the
legal "presumption of innocence" is no guess."""

from __future__ import annotations

import pytest

from framing.quality.signal_judged import JUDGED_DIR
from signal_cases import judged_census, needs_dev_news, shipped_spans

matched = shipped_spans  # the words of a signal matched in one sentence


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The mayor railed against what he sees as a rigged tender.", ["what he sees as"]),
        ("Fishermen resent what port officials saw as a fair fee.", ["what port officials saw as"]),
        ("The closure was interpreted by some as a warning to the unions.", ["interpreted by some as"]),
        ("The vote is being interpreted as a rebuke of the harbour board.", ["interpreted as"]),
        ("Commuters already appear frustrated with the delays.", ["appear"]),
        ("The harbour master appeared rattled at the hearing.", ["appeared"]),
        ("The damage appears significant, at least for now.", ["appears"]),
        ("The widely assumed link between tolls and traffic is weak.", ["widely assumed"]),
    ],
)
def test_a_view_held_and_a_seeming_state_hedge(sentence: str, words: list[str]) -> None:
    assert matched(sentence, "hedging") == words


@pytest.mark.parametrize(
    "sentence",
    [
        "The notice is never to be interpreted as a closure of the pier.",
        "The councillor wants to appear strong before the vote.",
        "The leak made the mayor appear weak to the voters.",
        "Every defendant keeps the presumption of innocence until the verdict.",
    ],
)
def test_a_look_sought_a_reading_forbidden_and_a_legal_rule_do_not_hedge(sentence: str) -> None:
    assert matched(sentence, "hedging") == []


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("By any sensible measure, the ferry is a failure.", ["By any sensible measure"]),
        ("By any reasonable standard the toll is too high.", ["By any reasonable standard"]),
    ],
)
def test_every_fair_measure_boosts(sentence: str, words: list[str]) -> None:
    assert matched(sentence, "certainty") == words


ADDED = JUDGED_DIR / "news_dev_q15_added.csv"


@needs_dev_news
def test_the_census_of_the_new_matches_is_all_right() -> None:
    """Every dev news match the round's entries added, judged: 40 hedges and 2 boosters, all right."""
    figures, entries = judged_census(ADDED)
    assert figures == [("certainty", 2, 2), ("hedging", 40, 40)]
    assert "what * sees as" in entries and "interpreted as" in entries
