"""Round c32 (issue 13): the twenty-third blind sample's certainty and doubt misses, by class."""

from __future__ import annotations

from framing.quality.signal_matches import match_spans
from signal_cases import shipped_analyzer


def matches(sentence: str, signals: tuple[str, ...] = ("certainty", "doubt")) -> list[tuple[str, str]]:
    """(signal, matched text) of the matches of `signals` in one sentence."""
    return [(s, sentence[a:b]) for s, _, a, b in match_spans(shipped_analyzer(), sentence, signals)]


def test_an_emphatic_denial_boosts() -> None:
    assert matches("The new rule in no way changes what the treaty requires of us.") == [("certainty", "in no way")]
    assert matches("This was in no way a retreat, the mayor told the council.") == [("certainty", "in no way")]


def test_we_know_with_a_clause_on_it_boosts() -> None:
    assert matches("After the audit, we know it's a scheme to move money offshore.") == [("certainty", "we know it's")]
    assert matches("Now we know it was planned from the start by the board.") == [("certainty", "we know it was")]


def test_we_know_it_in_a_question_or_as_we_know_it_does_not() -> None:
    assert matches("Ask the board how we know it was planned from the start.") == []
    assert matches("Local radio as we know it is about to change for good.") == []


def test_pretence_is_doubt() -> None:
    assert matches("The minister spent the hearing feigning surprise at the figures.") == [("doubt", "feigning")]
    assert matches("Her sudden change of heart on the tax was all an act, her aides admit.") == [
        ("doubt", "all an act")
    ]
    assert matches("The donation was all an act of charity by the family.") == []


def test_a_belief_called_an_illusion_is_doubt() -> None:
    assert matches("The report shatters the illusion that the border can be sealed.") == [
        ("doubt", "the illusion that")
    ]


def test_plurals_of_sneering_nouns_are_doubt() -> None:
    assert matches("Voters should ignore the tired narratives of the cable pundits.") == [("doubt", "narratives")]
    assert matches("The pamphlet repeats old myths about the vaccine and the town.") == [("doubt", "myths")]
    assert matches("The course covers the Greek myths and their heroes.") == []


def test_no_data_behind_a_claim_is_doubt() -> None:
    assert matches("The mayor says crime doubled, but there is no data to back that up.") == [
        ("doubt", "no data to back")
    ]


def test_concealment_said_to_be_intended_is_doubt() -> None:
    assert matches("The accounts were set up to deliberately obscure who paid the bills.") == [
        ("doubt", "deliberately obscure")
    ]
    assert matches("The agency intentionally concealed the test results for a year.") == [
        ("doubt", "intentionally concealed")
    ]


def test_a_truth_formula_told_of_the_past_boosts() -> None:
    assert matches("Critics called her a novice, but the truth was she had run two agencies.") == [
        ("certainty", "the truth was")
    ]
    assert matches("The truth was revealed only years later.") == []


def test_knowledge_set_against_the_unknown_or_shared_with_the_listener_boosts() -> None:
    assert matches("We may never learn why. What we do know is that the dam was not inspected.") == [
        ("certainty", "What we do know is")
    ]
    assert matches("You and I both know the audit was never finished.") == [("certainty", "You and I both know")]


def test_in_fact_after_a_negator_is_neither_booster_nor_hedge() -> None:
    assert matches("The council has not in fact approved the new budget.", ("certainty", "hedging")) == []
    assert matches("The council has, in fact, approved the new budget.", ("certainty", "hedging")) == [
        ("certainty", "in fact")
    ]
