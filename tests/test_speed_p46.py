"""Round p46's typed lookups read as before: `holds_any` is `isdisjoint` over a slice, `is_title` is `str.istitle`
(a lazy bit of the shape cache) and a cue's `source` option is read by signal, then entry; the rules that ask
them read as before."""

from __future__ import annotations

import itertools

import pytest

from framing import text
from framing.pipeline import Analyzer
from framing.sourcing.reader import _Reader
from framing.text import TYPE_KEPT, holds_any, is_lower, is_title, is_upper, tokenize
from sourcing_cases import fields

_TITLES = [
    "Said",
    "said",
    "SAID",
    "McCain",
    "O",
    "U.S.",
    "State-Run",
    "State-run",
    "ǅemal",
    "Σκ",
    "2016",
    "1St",
    "—",
    "",
]


@pytest.mark.parametrize("token", [*_TITLES, "Y" + "y" * TYPE_KEPT])
def test_is_title_is_the_method(token: str) -> None:
    for _ in range(2):  # worked out, then remembered
        assert is_title(token) == token.istitle()


def test_the_title_bit_keeps_the_other_flags() -> None:
    for word in ("Zebu", "ZEBU"):  # the shape first, then the title: and the other way round
        is_upper(word)
        assert is_title(word) == word.istitle() and is_upper(word) == word.isupper()
    assert is_title("Okapi") and not is_lower("Okapi") and text._shapes["Okapi"] & text._TITLE_KNOWN
    long = "Q" + "q" * TYPE_KEPT
    assert is_title(long) and long not in text._shapes


def test_holds_any_is_isdisjoint_over_the_slice() -> None:
    tokens = ["a", "-", "b", ":", "c"]
    words = frozenset({"-", ":"})
    for a, b in itertools.product(range(-7, 8), repeat=2):
        assert holds_any(tokens, words, a, b) == (not words.isdisjoint(tokens[a:b])), (a, b)


def test_a_cue_reads_its_entrys_option(analyzer: Analyzer) -> None:
    doc = tokenize("The mayor is expected to announce it, according to aides, and Lo said so.")
    matches = analyzer.matcher.match(doc).matches
    reader = _Reader(doc, analyzer.cue_direction, analyzer.lexicons.language_spec, analyzer.roles)
    options = {t.text: t.source for s in analyzer.cue_direction for t in analyzer.lexicons.signals[s].terms}
    cues = [m for m in matches if m.signal in analyzer.cue_direction]
    assert {m.entry for m in cues} >= {"according to", "said"}
    for m in cues:
        assert reader.direction(m) == reader.direction(m, "x") == options[m.entry]
    other = next(m for m in matches if m.signal not in analyzer.cue_direction)  # no cue's: the default
    assert (reader.direction(other), reader.direction(other, "either")) == ("", "either")
    assert reader.direction(cues[0]._replace(entry="no such entry"), "either") == "either"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a setting before the "that" (`_past_setting`: the window searched for a complementizer)
        (
            "Ruiz told reporters on Tuesday that the port would close.",
            [("named", "told reporters", "Ruiz", "the port would close.")],
        ),
        ("Ruiz said, without evidence, that the vote was rigged.", [("named", "said", "Ruiz", "the vote was rigged.")]),
        # members named after the group (`_members_named`: the phrase searched for a dash)
        (
            "Three economists -- Ana Ruiz and Ed Lo -- said the plan would fail.",
            [("named", "said", "Three economists -- Ana Ruiz and Ed Lo", "the plan would fail.")],
        ),
        # a headline in title case (`_headline_person`: `is_title`)
        (
            "Ukrainian Teenager Says Rockets Hit His School",
            [("anonymous", "Says", "Ukrainian Teenager", "Rockets Hit His School")],
        ),
        # the cues' options: "none" (a passive by design), "after"
        (
            "The mayor is expected to announce the plan.",
            [("vague", "is expected", "", "to announce the plan."), ("named", "announce", "The mayor", "the plan.")],
        ),
        (
            "The deal will collapse, according to two aides.",
            [("anonymous", "according to", "two aides", "The deal will collapse,")],
        ),
        # a survey cited mid-sentence (`_survey_citations`), beside other words of the stem or in capitals (a
        # cheaper search for the noun as a word of its own was tried and dropped: it cost what it saved)
        (
            "Ruiz leads 52-40 in a Fox News survey, after weeks of polling.",
            [("named", "in", "a Fox News survey", "Ruiz leads 52-40")],
        ),
        (
            "Ruiz leads 52-40 in the Gallup Poll, as the pollsters expected.",
            [("named", "in", "the Gallup Poll", "Ruiz leads 52-40")],
        ),
    ],
)
def test_the_rules_read_as_before(analyzer: Analyzer, sentence: str, expected: list[tuple[str, ...]]) -> None:
    assert fields(analyzer, sentence, "kind", "cue", "source", "content") == expected
