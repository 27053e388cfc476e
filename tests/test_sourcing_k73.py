"""Round k73: leftovers of round c49 (issue 12). A subject read back to a gerund cue after "by" is read past the
phrase's word limit when the verb's words before the gerund cut it ("Senator … and Senator … do it by proposing");
"the" and a noun for a person whose "who" clause acts on another person by an object pronoun ("The young woman
who escorted her to the door") is someone new, unnamed (anonymous), not a description of one named before.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions, cues_and_sources


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "Senator Mia Holt of Maine and Senator Ray Dunn of Utah do it by proposing higher fees.",
            "proposing",
            "Senator Mia Holt of Maine and Senator Ray Dunn of Utah",
        ),
        (
            "Governor Lena Park of Oregon and Mayor Abe Cole of Salem do it by arguing that the fund works.",
            "arguing",
            "Governor Lena Park of Oregon and Mayor Abe Cole of Salem",
        ),
        # short subjects and a verb's own subject read as before
        ("Senator Mia Holt of Maine does it by proposing higher fees.", "proposing", "Senator Mia Holt of Maine"),
        ("Mia Holt and Ray Dunn do it by arguing that the fund works.", "arguing", "Mia Holt and Ray Dunn"),
    ],
)
def test_gerund_subject_past_word_limit(analyzer: Analyzer, text: str, cue: str, source: str) -> None:
    assert (cue, source) in cues_and_sources(analyzer, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The young clerk who led her to the hall, Ms. Varga remembered, asked her name.",
            ("anonymous", "asked", "The young clerk who led her to the hall"),
        ),
        (
            "Tom Hale lost the vote. The man who hired him last year said the loss was a surprise.",
            ("anonymous", "said", "The man who hired him"),
        ),
        (
            "The nurse who treated her at the clinic said the wound was deep.",
            ("anonymous", "said", "The nurse who treated her at the clinic"),
        ),
        # "her" before its noun: the woman may be the one named before; a name in the phrase wins
        (
            "Lia Moss lost the race. The woman who ran her campaign said the race was close.",
            ("named", "said", "The woman who ran her campaign"),
        ),
        (
            "The man who founded Dexo, Carl Weir, said the plant would reopen.",
            ("named", "said", "Carl Weir"),
        ),
    ],
)
def test_described_person_acting_on_another(analyzer: Analyzer, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in attributions(analyzer, text)
