"""Round p45's shape flags read as str's own tests: `is_lower`, `is_upper` and `is_alpha` give `str.islower`,
`isupper` and `isalpha` for every kind of token, remembered or not; the rules that ask them, and a survey opening its
sentence (its sentences now read before the text is searched), read as before."""

from __future__ import annotations

import pytest

from framing import text
from framing.pipeline import Analyzer
from framing.text import TYPE_KEPT, is_alpha, is_lower, is_upper
from sourcing_cases import fields

_TOKENS = [
    "said",
    "Said",
    "SAID",
    "U.S.",
    "u.s.",
    "O",
    "’s",
    "'t",
    "diGenova",
    "McCain",
    "2016",
    "1.5",
    "state-run",
    "ÉTAT",
    "état",
    "ß",
    "ǅ",
    "ﬁ",
    "Σ",
    "—",
    ",",
    "",
    "x" * (TYPE_KEPT + 1),
    "X" * (TYPE_KEPT + 1),
]


@pytest.mark.parametrize("token", _TOKENS)
def test_the_flags_are_the_methods(token: str) -> None:
    for _ in range(2):  # worked out, then remembered
        assert (is_lower(token), is_upper(token), is_alpha(token)) == (
            token.islower(),
            token.isupper(),
            token.isalpha(),
        )


def test_a_long_token_is_not_kept() -> None:
    long = "y" * (TYPE_KEPT + 1)
    assert is_lower(long) and is_alpha(long) and not is_upper(long)
    assert long not in text._shapes
    assert is_lower("yy") and "yy" in text._shapes


def test_the_remembered_shapes_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(text, "_CACHE_LIMIT", 2)
    for token in ["Aa", "bb", "CC", "dd"]:
        is_upper(token)
    assert len(text._shapes) <= 3 and is_upper("CC") and not is_upper("dd")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an auxiliary in lower case before the cue (`_before_auxiliaries`), and a name that is one ("Will")
        (
            "Officials have long said that the plant will close.",
            [("anonymous", "have long said", "Officials", "the plant will close.")],
        ),
        ("Instead, Will Ruiz called the levy a tax.", [("named", "called", "Will Ruiz", "the levy a tax.")]),
        # a name with a capital after a short prefix (`capitalised`)
        ("Joe diGenova said the memo was false.", [("named", "said", "Joe diGenova", "the memo was false.")]),
        # a headline's capitals say nothing of a name: "Will" is the auxiliary of the cue
        ("Trump Will Say He Backs The Plan", [("named", "Will Say", "Trump", "He Backs The Plan")]),
        # an adverb in lower case after the subject is no part of it
        ("Carter however said the deal was dead.", [("named", "said", "Carter", "the deal was dead.")]),
        # a survey opening its sentence: the sentences are read before the text is searched (`_survey_sentences`)
        (
            "In exit polls, most voters said the economy mattered most.",
            [
                ("vague", "In", "exit polls", "most voters said the economy mattered most."),
                ("vague", "said", "most voters", "the economy mattered most."),
            ],
        ),
        # the survey's noun only in capitals: the text's search for "In … poll" finds none, so no survey opens it
        (
            "In the Gallup Poll released Monday, 52 percent of voters backed Ruiz over Lo.",
            [("vague", "backed", "52 percent of voters", "Ruiz over Lo.")],
        ),
    ],
)
def test_the_rules_read_as_before(analyzer: Analyzer, sentence: str, expected: list[tuple[str, ...]]) -> None:
    assert fields(analyzer, sentence, "kind", "cue", "source", "content") == expected
