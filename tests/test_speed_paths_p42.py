"""Round p42 (issues 12, 13): the cheaper paths of the real-news analysis give what the old ones gave.

1. `text.norm` and `phrase.is_punct` are functions over plain dicts (compiled, a direct call), where they were a dict
   subclass's bound `__getitem__`: the same answers on the first and later asks, and a long token is not kept.
2. The matcher's per-token lookup and `tokenize`'s chunk and token lookups use a plain dict's `get`, with the
   subclass's `__missing__` for a type not met before: a new type matches the first time as it does later, and a type
   that anchors nothing (held as None) is not taken for one never met.
3. `pipeline._less_glosses` finds the text's marks once: a text without a long dash or a bracket keeps every span,
   a span without a mark is kept whole even when the text has marks elsewhere, and a gloss inside a span is cut.
Each case is text written for the test."""

from __future__ import annotations

import pytest

from framing import text as text_module
from framing.lexicon.loader import load_lexicons
from framing.match import Matcher
from framing.pipeline import Analyzer, _less_glosses
from framing.sourcing import phrase
from framing.text import TYPE_KEPT, Doc, form_of, norm, tokenize
from signal_cases import spans


@pytest.mark.parametrize("token", ["Ruiz", "DON’T", "don't", "U.S.", "Ñandú", "—", "'s", "x" * (TYPE_KEPT + 1)])
def test_norm_gives_the_form_on_every_ask(token: str) -> None:
    assert norm(token) == form_of(token)
    assert norm(token) == form_of(token)


def test_norm_keeps_no_long_token() -> None:
    long = "Q" * (TYPE_KEPT + 5) + "p42"
    assert norm(long) == long.lower()
    assert long not in text_module._forms


@pytest.mark.parametrize(
    "token, punct",
    [(",", True), ("—", True), ("'", True), ("’", True), ("''", True), ("'s", False), ("’re", False), ("_x", False)]
    + [("Ruiz", False), ("42", False), ("é", False), ("(", True)],
)
def test_is_punct_answers_as_before_on_every_ask(token: str, punct: bool) -> None:
    assert phrase.is_punct(token) is punct
    assert phrase.is_punct(token) is punct


def test_is_punct_keeps_no_long_token() -> None:
    long = "," * (TYPE_KEPT + 3)
    assert phrase.is_punct(long) is True
    assert long not in phrase._punct


def test_lower_is_norm() -> None:
    assert phrase.lower is norm


def test_a_new_matcher_matches_a_type_the_first_time_as_later() -> None:
    matcher = Matcher(load_lexicons())
    doc = tokenize("Officials reportedly said the plan would probably fail, and critics allegedly agreed.")
    first = matcher.match(doc).matches
    assert first  # the hedges and cues of the sentence: every type new to this matcher
    assert "the" in matcher._lookups and matcher._lookups["the"] is None  # met, anchors nothing
    assert matcher.match(doc).matches == first


def test_a_type_that_anchors_nothing_is_not_taken_for_a_new_one(analyzer: Analyzer) -> None:
    # "Zorblat" anchors nothing; asked again it stays nothing, and "probably" beside it still matches
    text = "Zorblat will probably win. Zorblat probably will."
    assert spans(analyzer, text, "hedging") == ["probably", "probably"]
    assert spans(analyzer, text, "hedging") == ["probably", "probably"]


def test_new_chunk_types_split_as_later() -> None:
    text = "“Qwxzp,” said Lo — “vrrmt?!” (yes) ...and 'zq'."
    first = tokenize(text)
    again = tokenize(text)
    assert first.tokens == again.tokens
    assert first.tokens[:4] == ["“", "Qwxzp", ",", "”"]
    assert first.n_words == again.n_words == sum(1 for t in first.tokens if t[0].isalnum())


def _doc_and_span(text: str) -> tuple[Doc, list[tuple[int, int]]]:
    doc = tokenize(text)
    return doc, [(0, len(doc.tokens))]


def test_a_text_without_marks_keeps_its_spans() -> None:
    doc, span = _doc_and_span("Lo said the plan will fail and the city will pay for it.")
    assert _less_glosses(doc, span) == span


def test_a_span_without_marks_is_kept_whole_beside_marks_elsewhere() -> None:
    doc = tokenize("Lo said the plan will fail. The mayor (really?) left — early — today.")
    first_sentence = doc.sentence_tokens[0]
    assert _less_glosses(doc, [first_sentence]) == [first_sentence]


def test_a_gloss_inside_a_span_is_cut() -> None:
    doc, span = _doc_and_span("The plan — presumably his own — will fail and he (really?) knows it.")
    tokens = doc.tokens
    kept = [" ".join(tokens[a:b]) for a, b in _less_glosses(doc, span)]
    assert kept == ["The plan", "will fail and he", "knows it ."]
