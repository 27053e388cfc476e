"""The scoring formula (framing/score.py) on hand-made matches: every number worked out by hand."""

from __future__ import annotations

from framing.match import Match
from framing.score import score_signals, summarize_sourcing
from framing.sourcing import Attribution

LABELS = {"hedging": "Hedging", "escalation": "Escalation", "doubt": "Doubt"}


def m(signal: str, sentence: int, weight: float = 1.0, negated: bool = False) -> Match:
    return Match(signal, "may", sentence, 0, 1, weight, negated)


def test_counts_weights_rates_shares_and_voices() -> None:
    matches = [
        m("hedging", 0, 0.5),
        m("hedging", 0, 1.0),
        m("hedging", 2, 0.75, negated=True),
        m("escalation", 1, 2.0),
        m("unknown", 1),
    ]  # a signal outside the set is not counted
    voices = ["author", "quoted", "author", "reported", "author"]
    scores = score_signals(matches, voices, LABELS, n_words=300, n_sentences=4)
    hedging = scores["hedging"]
    assert (hedging.count, hedging.weighted, hedging.negated) == (3, 2.25, 1)
    assert hedging.per_1k == 10.0  # 1000 * 3 / 300
    assert hedging.author_per_1k == 6.6667  # 1000 * 2 / 300, rounded to 4 places
    assert hedging.sentence_share == 0.5  # sentences 0 and 2 of 4
    assert hedging.by_voice == {"author": 2, "quoted": 1, "reported": 0}
    escalation = scores["escalation"]
    assert (escalation.count, escalation.per_1k, escalation.author_per_1k, escalation.sentence_share) == (
        1,
        3.3333,
        0.0,
        0.25,
    )
    assert scores["doubt"].to_dict() == {
        "signal": "doubt",
        "label": "Doubt",
        "count": 0,
        "weighted": 0.0,
        "per_1k": 0.0,
        "sentence_share": 0.0,
        "negated": 0,
        "by_voice": {"author": 0, "quoted": 0, "reported": 0},
        "author_per_1k": 0.0,
    }
    assert list(scores) == ["hedging", "escalation", "doubt"]
    # the score table's row: per signal count, weighted, per_1k, author_per_1k, sentence_share
    assert scores.row_values() == [3, 2.25, 10.0, 6.6667, 0.5, 1, 2.0, 3.3333, 0.0, 0.25, 0, 0.0, 0.0, 0.0, 0.0]
    assert scores.total() == 4  # what the language check reads: the matches of the set's signals


def test_an_empty_text_scores_zero_rather_than_dividing_by_zero() -> None:
    scores = score_signals([m("hedging", 0)], ["author"], LABELS, n_words=0, n_sentences=0)
    assert (scores["hedging"].count, scores["hedging"].per_1k, scores["hedging"].sentence_share) == (1, 0.0, 0.0)


def test_sourcing_shares_count_sentences_once_whatever_their_attributions() -> None:
    def a(sentence: int, kind: str, loaded: bool = False) -> Attribution:
        return Attribution(
            sentence=sentence, kind=kind, cue="said", cue_tokens=(1, 2), source_tokens=(0, 1), loaded=loaded
        )

    attributions = [a(0, "named"), a(0, "anonymous", loaded=True), a(1, "named"), a(3, "state_media")]
    summary = summarize_sourcing(attributions, quoted_sentences={1, 2}, assertive_sentences={2, 3, 5}, n_sentences=8)
    assert summary.to_dict() == {
        "attributed": 0.375,  # sentences 0, 1, 3 of 8
        "named": 0.25,
        "anonymous": 0.125,
        "vague": 0.0,
        "state_media": 0.125,
        "direct_quote": 0.25,
        "unattributed_assertive": 0.25,  # 2 and 5: 3 is attributed
        "attributions": 4,
        "loaded_cues": 1,
    }
    assert summary.row_values() == [0.375, 0.25, 0.125, 0.0, 0.125, 0.25, 0.25, 4, 1]  # the table's columns' order
    assert summarize_sourcing(attributions, set(), set(), 0).to_dict()["attributed"] == 0.0
