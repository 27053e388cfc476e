"""Round d2 (issue 13): two defects of the matching rules.

1. Doubt's rule for a question after a line's label ("DB: …?") read an imperative of thought opening the sentence
   as a label, so "Consider: who benefits …?" lost its rhetorical "?"; a rule's `not_labels` now lists such words.
2. A context rule's words were compared in lower case, so a rule written for "WHO" or "IT" also fired on "who" and
   "it". Under the file's smart case a context word written with a capital now matches only as written; a word in
   lower case still matches any case ("the" opening a sentence as "The").
Each case is a sentence written for the test and the exact text the signal matches in it."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from typer.testing import CliRunner

from framing.cli import app
from framing.pipeline import Analyzer
from signal_cases import spans


@pytest.mark.parametrize(
    "text, expected",
    [
        # an imperative of thought bids the reader: the question is the writer's own
        ("Consider: who benefits from this war?", ["?"]),
        ("Remember: who paid for the last bridge?", ["?"]),
        ("Imagine: would they have told us?", ["?"]),
        ("Just Think: who gains from the delay?", ["?"]),
        # a speaker, a line's label or a teaser's tag still puts a question to be answered
        ("Host: who paid for the last bridge?", []),
        ("FACT CHECK: Did the mayor say the bridge would close?", []),
        ("WATCH: Who paid for the last bridge?", []),
    ],
)
def test_an_imperative_before_the_colon_is_no_label(analyzer: Analyzer, text: str, expected: list[str]) -> None:
    assert spans(analyzer, text, "doubt") == expected


@pytest.mark.parametrize(
    "text",
    ["The ISIS propaganda spread online.", "Isis propaganda spread online.", "The neo-nazi propaganda spread online."],
)
def test_doubt_writes_a_group_in_lower_case_to_read_it_in_any_case(analyzer: Analyzer, text: str) -> None:
    assert spans(analyzer, text, "doubt") == []


def lexicon(user_analyzer: Callable[[str, str], Analyzer], rules: str, case: str = "smart") -> Analyzer:
    """A user lexicon of one signal, "flag", of the terms "puppet" and "outage", with the given context rules."""
    return user_analyzer(
        "flag.toml",
        'schema = 1\n[signal]\nlabel = "Flag"\ndescription = "Two words, for the matching rules."\n\n'
        f'[match]\ncase = "{case}"\n\n[terms]\n"puppet" = 1.0\n"outage" = 1.0\n\n' + rules,
    )


CAPITALISED = (
    '[[context]]\nterms = ["outage"]\nbefore = ["IT"]\nwindow = 1\naction = "cancel"\n\n'
    '[[context]]\nterms = ["puppet"]\nbefore = ["the Kremlin", "WHO"]\nwindow = 2\naction = "cancel"\n'
)


@pytest.mark.parametrize(
    "text, expected",
    [
        # written in capitals, the words name the thing meant, and only as written
        ("An IT outage hit the bank.", []),
        ("They called it outage week.", ["outage"]),
        ("Is the WHO puppet of a state?", []),
        ("Ask who a puppet serves.", ["puppet"]),
        # a word in lower case matches any case: "the" opening the sentence
        ("The Kremlin puppet spoke again.", []),
        ("He acts as the kremlin puppet, they wrote.", ["puppet"]),
    ],
)
def test_a_capitalised_context_word_matches_only_as_written(user_analyzer, text: str, expected: list[str]) -> None:
    assert spans(lexicon(user_analyzer, CAPITALISED), text, "flag") == expected


def test_a_lower_case_file_reads_its_context_words_in_any_case(user_analyzer) -> None:
    mine = lexicon(user_analyzer, CAPITALISED, case="lower")
    assert spans(mine, "They called it outage week.", "flag") == []
    assert spans(mine, "He acts as the kremlin puppet, they wrote.", "flag") == []


def test_an_exact_file_reads_every_context_word_as_written(user_analyzer) -> None:
    mine = lexicon(user_analyzer, CAPITALISED, case="exact")
    assert spans(mine, "He acts as the Kremlin puppet, they wrote.", "flag") == []
    assert spans(mine, "The Kremlin puppet spoke again.", "flag") == ["puppet"]


def test_a_lower_case_context_word_matches_any_case(user_analyzer) -> None:
    mine = lexicon(user_analyzer, '[[context]]\nterms = ["outage"]\nbefore = ["it"]\nwindow = 1\naction = "cancel"\n')
    assert spans(mine, "An IT outage hit the bank.", "flag") == []
    assert spans(mine, "They called it outage week.", "flag") == []
    assert spans(mine, "A power outage hit the bank.", "flag") == ["outage"]


def test_a_user_rule_names_its_own_imperatives(user_analyzer) -> None:
    mine = lexicon(
        user_analyzer,
        '[[context]]\nterms = ["puppet"]\nbefore = ["asked"]\naction = "cancel"\nopening_label = true\n'
        'not_labels = ["Look Here"]\n',
    )
    assert spans(mine, "Host: Is he a puppet?", "flag") == []
    assert spans(mine, "Look Here: he is a puppet.", "flag") == ["puppet"]


@pytest.mark.parametrize(
    "rule, message",
    [
        (
            'not_labels = "consider"\nopening_label = true\n',
            "E203 not_labels of a context rule must be a list of words",
        ),
        ('not_labels = ["consider"]\n', "E210 not_labels is read only with opening_label = true"),
    ],
)
def test_not_labels_is_a_list_beside_opening_label(check_lexicon_file, rule: str, message: str) -> None:
    odd, output = check_lexicon_file(
        "odd.toml",
        'schema = 1\n[signal]\nlabel = "Odd"\ndescription = "A rule to refuse."\n\n[terms]\n"odd" = 1.0\n\n'
        '[[context]]\nterms = ["odd"]\nbefore = ["not"]\naction = "cancel"\n' + rule,
    )
    assert f"{odd}:9: {message}" in output


def test_lexicon_show_lists_the_words_that_are_no_label() -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["lexicon", "show", "doubt", "--format", "json"])
    assert result.exit_code == 0, result.output
    labelled = [r for r in json.loads(result.output)["context"] if r["opening_label"]]
    assert "consider" in labelled[0]["not_labels"]
    assert "no label: ['consider'" in " ".join(runner.invoke(app, ["lexicon", "show", "doubt"]).output.split())
