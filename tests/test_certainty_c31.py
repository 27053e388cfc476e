"""Round c31 (issue 13): a judged draw of own-voice BABE and PolNeAR dev matches, and the senses it fixed."""

from __future__ import annotations

from framing.quality.signal_judged import JUDGED_DIR, precision, read
from framing.quality.signal_matches import match_spans
from signal_cases import shipped_analyzer

C31 = JUDGED_DIR / "news_dev_c31_seed3131.csv"


def test_the_c31_draw_is_new_and_judged_before_its_rules() -> None:
    rows = read(C31)
    # no span a draw before it judged, and a reason for each wrong row: the registry of tests/test_signal_judged.py
    assert len(rows) == 191 and max(len(r.entry) for r in rows) <= 40  # an entry, never a sentence
    assert {r.dataset for r in rows} == {"babe", "polnear/text"}
    # own-voice escalation is used up in these two pools: its 11 rows are all PolNeAR's unread ones, any voice
    assert {name: (n, right) for name, n, right, _, _ in precision(rows)} == {
        "certainty": (60, 51),
        "escalation": (11, 8),
        "hedging": (60, 56),
        "loaded_language": (60, 41),
        "all four": (191, 156),
    }


def matches(sentence: str) -> list[tuple[str, str]]:
    """(signal, matched text) of the certainty and hedging matches in one sentence."""
    return [(s, sentence[a:b]) for s, _, a, b in match_spans(shipped_analyzer(), sentence, ("certainty", "hedging"))]


def test_a_denial_of_a_manner_word_inside_still_boosts() -> None:
    assert matches("Nobody who reads the report can say otherwise: it is impossible now to deny the harm.") == [
        ("certainty", "impossible now to deny")
    ]
    assert ("certainty", "not possible honestly to deny") in matches(
        "The damage is plain, and it is not possible honestly to deny where it came from."
    )


def test_anything_but_inevitable_is_no_booster() -> None:
    assert matches("After two defeats in a row, her win looks anything but inevitable.") == [("hedging", "inevitable")]


def test_a_certainty_that_only_seemed_is_no_booster() -> None:
    assert matches("A year ago the merger seemed certain to go ahead.") == [("hedging", "seemed")]
    assert matches("In the spring the governor seemed so inevitable to donors.") == [("hedging", "seemed")]
    assert matches("The bill appears certain to pass.") == [("hedging", "appears")]
    # the writer's own verdict still counts
    assert matches("The merger was certain to go ahead.") == [("certainty", "certain to")]


def test_the_inevitable_nominee_is_a_label_not_a_forecast() -> None:
    assert matches("Party insiders once called him the inevitable nominee.") == []
    assert matches("The cuts will bring an inevitable rise in rents.") == [("certainty", "inevitable")]


def test_someone_elses_lack_of_doubts_is_not_the_writers_assurance() -> None:
    assert matches("The old coach had no doubts about his young striker.") == []
    assert matches("Have no doubts, this is a tax rise.") == [("certainty", "no doubts")]


def test_idioms_of_failing_taking_and_reputation_are_no_hedges() -> None:
    assert matches("The council just can't seem to agree on a budget.") == []
    assert matches("The mayor cannot seem to fill the post.") == []
    assert matches("She claimed her seat in the chamber after a recount.") == []
    assert matches("He was quick in claiming the mantle of the reformer.") == []
    assert matches("A ministry not known for its candour released the figures.") == []
    # the senses that hedge stay
    assert matches("He claimed the nomination was stolen from him.") == [("hedging", "claimed")]
    assert ("hedging", "not known") in matches("It is not known for certain where the money went.")


def test_actually_under_a_possibility_asserts_nothing() -> None:
    assert matches("With its new suburbs the county could actually swing to the left.") == [("hedging", "could")]
    assert matches("The levy did little to actually cut the waiting lists.") == []
    # "actually" of what really happened still counts
    assert matches("The ferry actually left an hour early.") == [("certainty", "actually")]
