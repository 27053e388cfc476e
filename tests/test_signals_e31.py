"""Round e31 (issue 13): right uses e30's sense rules dropped (round u38) kept again: a group named by its members,
a speaker's quotation that opens with the word, figures of history, and a verdict on a body moved to loaded
language rather than lost; a `keep` context rule lets a sense stand against a later rule's phrase."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest

from framing.pipeline import Analyzer
from signal_cases import shipped_spans, spans

matched = shipped_spans  # the words of a signal matched in one sentence


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # the writer's label of a group named by its members
        ("A radical group of councillors wants to scrap the police budget.", "radical"),
        ("The union was taken over by radical groups of students.", "radical"),
        # a speaker's own quoted sentence that opens with the word
        ('"Rigged votes will ruin this country," the governor said.', "Rigged"),
        ('She told the crowd: "Rigged courts protect the rich."', "Rigged"),
        # figures of history: loaded by the definition
        ("He warned of the gulag of campus speech codes.", "gulag"),
        ("The activist called the new tariffs Nazi crimes against farmers.", "Nazi"),
        ("The mayor likened the raids to Nazi atrocities.", "Nazi"),
        ("The regulator chose to see no evil while the bank collapsed.", "evil"),
    ],
)
def test_labels_quotations_and_figures_the_e30_rules_took_count_again(sentence: str, word: str) -> None:
    assert matched(sentence, "loaded_language") == [word]


@pytest.mark.parametrize(
    "sentence",
    [
        "Radical groups gathered near the northern border.",
        'Her rival promised to end the "rigged" tax code.',
        "Her grandmother survived the Gulag and wrote about it.",
        "The exhibit tells of Nazi crimes in occupied Poland.",
        "His book, See No Evil, sold well.",
    ],
)
def test_the_e30_senses_stay_dropped(sentence: str) -> None:
    assert matched(sentence, "loaded_language") == []


def test_a_verdict_on_a_body_is_loaded_language_not_stakes() -> None:
    sentence = "Voters are tired of an out-of-control state government."
    assert matched(sentence, "loaded_language") == ["out-of-control"]
    assert matched(sentence, "escalation") == []
    assert matched("The wildfire is out-of-control again.", "loaded_language") == []


KEEPING = """schema = 1
[signal]
label = "Labels"
description = "A user's signal with a sense a later rule would take away."

[terms]
"radical" = 1.0

[[context]]
terms = ["radical"]
after = ["group of"]
window = 1
action = "keep"

[[context]]
terms = ["radical"]
after = ["group"]
window = 1
action = "cancel"
"""


def test_a_keep_rule_stands_before_a_later_cancel(user_analyzer: Callable[[str, str], Analyzer]) -> None:
    mine = partial(spans, user_analyzer("labels.toml", KEEPING))
    assert mine("The radical group of teachers marched.", "labels") == ["radical"]
    assert mine("The radical group marched.", "labels") == []


def test_a_context_phrase_needs_a_word_beside_its_lone_star(
    check_lexicon_file: Callable[[str, str], tuple[Path, str]],
) -> None:
    odd, output = check_lexicon_file(
        "odd.toml",
        'schema = 1\n[signal]\nlabel = "Odd"\ndescription = "Any word alone near a match."\n\n'
        '[terms]\n"rigged" = 1.0\n\n[[context]]\nbefore = ["*", "* \\""]\naction = "cancel"\n',
    )
    assert f'{odd}:9: E205 context phrase "*" starts or ends with a lone "*"' in output
    assert 'phrase "* ""' not in output  # a word right before a quotation mark is a phrase
