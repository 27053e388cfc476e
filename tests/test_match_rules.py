"""Matching rules on hand-written sentences: longest match, wildcards, case, exceptions, context, proximity."""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.lexicon.loader import Layer, load_lexicons
from framing.match import Matcher
from framing.text import tokenize
from signal_cases import matches

RULES = Path(__file__).parent / "data" / "rules"


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(load_lexicons(layers=[Layer(RULES, "test")]))


def entries(matcher: Matcher, text: str) -> list[str]:
    return [e for _, e, _, _ in matches(matcher, text)]


def test_seed_sentence_fires_the_west_wages_war_rule(matcher: Matcher) -> None:
    text = (
        "In parallel, media reports have highlighted the alleged existence of an ‘invisible war’ "
        "waged by the West against Russia through cyber operations."
    )
    assert ("narrative_test", "west-wages-war", "waged by the West", False) in matches(matcher, text)


def test_proximity_needs_both_sides_within_the_window(matcher: Matcher) -> None:
    assert entries(matcher, "The West is waging a quiet war.") == ["west-wages-war"]
    assert entries(matcher, "The West, after many long months of talks and delays and votes, was waging it.") == []
    assert entries(matcher, "The war waged on. The West watched.") == []  # not in one sentence


def test_ordered_proximity_rule_respects_order(matcher: Matcher) -> None:
    assert "nato-provoked" in entries(matcher, "NATO openly provoked the crisis.")
    assert "nato-provoked" not in entries(matcher, "Provocations, said NATO.")


def test_longest_match_wins_and_counts_each_word_once(matcher: Matcher) -> None:
    """Regression: substring search counted "catastrophic" inside "catastrophic consequences" again."""
    assert matches(matcher, "It could have catastrophic consequences.") == [
        ("narrative_test", "catastrophic consequences", "catastrophic consequences", False)
    ]


def test_prefix_wildcard_and_any_word_wildcard(matcher: Matcher) -> None:
    assert entries(matcher, "Tensions escalated, then escalation.") == ["escalat*", "escalat*"]
    assert entries(matcher, "Sources close said so. Sources said so.") == ["sources * said"]


def test_case_exact_entry(matcher: Matcher) -> None:
    assert entries(matcher, "NATO met.") == ["NATO"]
    assert entries(matcher, "Nato met.") == []


def test_exceptions_block_in_may(matcher: Matcher) -> None:
    assert entries(matcher, "They met in May and may meet again on May Day.") == ["may"]


def test_context_cancel_and_negate(matcher: Matcher) -> None:
    assert entries(matcher, "There is no evidence that it was confirmed.") == []
    assert matches(matcher, "It was not confirmed.") == [("narrative_test", "confirmed", "confirmed", True)]


def test_context_phrase_counts_within_its_window_in_order_and_in_its_sentence(matcher: Matcher) -> None:
    """ "no evidence that" (window 4) cancels "confirmed" up to four words after it, not five; its words
    near but in another order, or in the sentence before, cancel nothing."""
    assert entries(matcher, "There is no evidence that one of them was confirmed.") == []
    assert entries(matcher, "There is no evidence that one of them was ever confirmed.") == ["confirmed"]
    assert entries(matcher, "That evidence is no proof it was confirmed.") == ["confirmed"]
    assert entries(matcher, "There is no evidence that. It was confirmed.") == ["confirmed"]
    assert entries(matcher, "No evidence that, no evidence that it was confirmed.") == []


def test_context_flip_moves_the_match_to_another_signal(matcher: Matcher) -> None:
    assert matches(matcher, "It was confirmed, then denied.") == [("flip_target", "confirmed", "confirmed", False)]


def test_cancelled_matches_are_listed_with_the_rule(matcher: Matcher) -> None:
    outcome = matcher.match(tokenize("There is no evidence that it was confirmed."))
    assert [(m.entry, why) for m, why in outcome.cancelled] == [("confirmed", "context rule (line 20) cancels it")]


def test_terms_do_not_match_inside_words(matcher: Matcher) -> None:
    assert entries(matcher, "The mayor dismayed everyone.") == []


def test_require_rule_keeps_a_term_only_with_its_neighbour(matcher: Matcher) -> None:
    assert matches(matcher, "His claim was wrong, and they claim the seat.") == [
        ("sense_test", "claim", "claim", False)
    ]
    outcome = matcher.match(tokenize("They claim the seat."))
    assert [(m.entry, why) for m, why in outcome.cancelled] == [
        ("claim", "context rule (line 13) requires a neighbour it lacks")
    ]


def test_context_rule_with_terms_touches_only_those_terms(matcher: Matcher) -> None:
    """ "devastating" is cancelled before "earthquake"; "hack" in the same place is not."""
    assert entries(matcher, "A devastating earthquake, a devastating defeat.") == ["devastating"]
    assert matches(matcher, "A devastating defeat.")[0][2] == "devastating"
    assert entries(matcher, "A hack earthquake.") == ["hack"]


def test_context_rule_naming_an_unknown_term_is_an_error() -> None:
    from framing.lexicon.schema import validate_signal

    source = (RULES / "sense_test.toml").read_text(encoding="utf-8").replace('terms = ["claim"]', 'terms = ["claims"]')
    spec, problems = validate_signal("sense_test.toml", source, "sense_test", "en")
    assert spec is None
    assert [(p.code, p.line, p.message) for p in problems] == [
        ("E210", 13, 'context rule names "claims", which is not a term of this file nor a [[proximity]] id')
    ]


def test_a_contraction_in_a_term_is_the_clitic_the_tokenizer_keeps() -> None:
    """ "n't" in a term or context phrase is the token "'t" ("wasn't" is "wasn" + "'t")."""
    from framing.lexicon.schema import _split_term

    assert _split_term("n't clear", lower=True) == ("'t", "clear")
    assert _split_term("could n’t be reached", lower=True) == ("could", "'t", "be", "reached")


def test_a_long_document_matches_as_each_of_its_parts_does(matcher: Matcher) -> None:
    """A text repeated 1,000 times (33,000 tokens, 4,000 sentences) has each copy's matches, moved along: the
    matcher sorts what it finds by ints packing positions as wide as the document needs."""
    text = (
        "They met in May and may meet. NATO openly provoked the crisis. It could have catastrophic consequences, "
        "and the West is waging a war. It was not confirmed. "
    )
    part = tokenize(text)
    one = matcher.match(part).matches
    assert len(one) == 6
    step, sentences = len(part.tokens), len(part.sentence_tokens)
    moved = [
        m._replace(sentence=m.sentence + k * sentences, first=m.first + k * step, last=m.last + k * step)
        for k in range(1000)
        for m in one
    ]
    assert matcher.match(tokenize(text * 1000)).matches == moved
