"""Round q7 (issue 13): a question answered in the next sentence is no rhetorical one, read by a context rule's new
`answered_by` phrases (the opening of the sentence after a question); and classes PTC marks as Doubt that the signal
missed: a plan dismissed, a promise its maker cannot keep, a belief called insincere, a claim left unexplained or
unbacked, ignorance called wilful, an effort sneered at. Each case is a sentence written for the test."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest
from typer.testing import CliRunner

from framing.cli import app
from framing.pipeline import Analyzer
from framing.quality.signal_judged import JUDGED_DIR, precision, read, rejoin
from signal_cases import shipped_analyzer, shipped_spans, spans

ANSWERED = JUDGED_DIR / "news_dev_q7_answered.csv"  # every dev news doubt match the answered-question rule removed
ADDED = JUDGED_DIR / "news_dev_q7_added.csv"  # every dev news match of the round's new entries
doubt = partial(shipped_spans, signal="doubt")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # answered at once: the question asks to be answered
        ("Is the plan finished? No, the council will vote again in May.", []),
        ("Was the bridge ever safe? Yes. The inspectors signed it off twice.", []),
        ('Did the mayor know? "No," her aide said.', []),
        ("Is that really the end of the scheme? Of course not, it runs until June.", []),
        ("Q: Why did you leave the party? A: I lost faith in its leaders.", []),
        ("Could the tax pass this year? Perhaps. The vote is close.", []),
        ("How many jobs does the plant bring? Not many, by the firm's own count.", []),
        # not answered: the question stands
        ("Is the plan finished? The council has not said.", ["?"]),
        ("Is that really the end of the scheme? Nobody in the town believes it.", ["really"]),
        ("Why would anyone trust the board? No one on it has read the report.", ["Why would"]),
        # no question: the next sentence's "No," answers nothing
        ("The mayor lied about the bridge. No, that is not an exaggeration.", ["lied"]),
    ],
)
def test_a_question_answered_in_the_next_sentence_casts_no_doubt(text: str, expected: list[str]) -> None:
    assert doubt(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council wants a new stadium by spring. That's not going to happen.", ["not going to happen"]),
        ("A merger with the rival bank isn't going to happen, the chairman said.", ["'t going to happen"]),
        ("The candidate cannot fulfill half of the pledges in his leaflet.", ["cannot fulfill"]),
        ("She campaigned on reforms she does not really believe in.", ["does not really believe"]),
        ("The statement fails to explain why the funds were moved.", ["fails to explain"]),
        ("The minister failed to mention the second audit.", ["failed to mention"]),
        ("The board did not offer any evidence for the charge.", ["not offer any evidence"]),
        ("The agency has shown willful ignorance about the leak.", ["willful ignorance"]),
        ("The flyer was another weak attempt to tie the mayor to the scandal.", ["weak attempt"]),
        ("Both parties accused each other of selective memory on spending.", ["selective memory"]),
        ("The minister gave an evasive reply about the contract.", ["evasive"]),
        # a delay forecast dismisses no plan
        ("Peace talks are not going to happen overnight.", []),
        ("A deal is not going to happen any time soon, the envoy said.", []),
    ],
)
def test_the_new_classes_cast_doubt_and_a_delay_does_not(text: str, expected: list[str]) -> None:
    assert doubt(text) == expected


def lexicon(user_analyzer: Callable[[str, str], Analyzer], rules: str) -> Analyzer:
    """A user lexicon of one signal, "flag", of the terms "?" and "puppet", with the given context rules."""
    return user_analyzer(
        "flag.toml",
        'schema = 1\n[signal]\nlabel = "Flag"\ndescription = "Two terms, for the answer rule."\n\n'
        '[terms]\n"?" = 1.0\n"puppet" = 1.0\n\n' + rules,
    )


def test_an_answer_rule_reads_only_the_next_sentence_after_a_question(user_analyzer) -> None:
    mine = lexicon(user_analyzer, '[[context]]\nanswered_by = ["nope", "Mr. No"]\naction = "cancel"\n')
    assert spans(mine, "Is he a puppet? Nope.", "flag") == []
    assert spans(mine, "Is he a puppet? \u201cNope,\u201d she said.", "flag") == []
    assert spans(mine, "Is he a puppet? Mr. No knows.", "flag") == []  # a word with a capital only as written
    assert spans(mine, "Is he a puppet? mr. no knows.", "flag") == ["puppet", "?"]
    assert spans(mine, "He is a puppet. Nope, no doubt.", "flag") == ["puppet"]  # no question asked
    assert spans(mine, "Is he a puppet? He is. Nope.", "flag") == ["puppet", "?"]  # only the very next sentence


REFUSED = {  # an answer rule lexicon check refuses, and its message
    "answered_by = [1]\n": "E210 answered_by phrase must be a list of phrases",
    'answered_by = ["* no"]\n': 'E205 answered_by phrase "* no" starts or ends with a lone "*"',
    "": "E210 a context rule needs phrases in `before`, `after` or `answered_by`",
}


@pytest.mark.parametrize("rule", list(REFUSED))
def test_lexicon_check_refuses_a_broken_answer_rule(check_lexicon_file, rule: str) -> None:
    head = 'schema = 1\n[signal]\nlabel = "Odd"\ndescription = "A rule to refuse."\n\n[terms]\n"odd" = 1.0\n\n'
    odd, output = check_lexicon_file("odd.toml", head + '[[context]]\nterms = ["odd"]\naction = "cancel"\n' + rule)
    assert f"{odd}:9: {REFUSED[rule]}" in output


def test_lexicon_show_lists_the_answers() -> None:
    result = CliRunner().invoke(app, ["lexicon", "show", "doubt", "--format", "json"])
    assert result.exit_code == 0, result.output
    answered = [r for r in json.loads(result.output)["context"] if r["answered_by"]]
    assert len(answered) == 1 and "?" in answered[0]["terms"] and "no ," in answered[0]["answered_by"]


def test_the_judged_moves_keep_their_judgements() -> None:
    assert {name: (n, right) for name, n, right, _, _ in precision(read(ANSWERED))} == {"doubt": (42, 5)}
    assert {name: (n, right) for name, n, right, _, _ in precision(read(ADDED))} == {"doubt": (27, 25)}


def test_the_answered_questions_are_gone_and_the_added_entries_match(shared_data: Path) -> None:
    analyzer = shipped_analyzer()
    assert not any(kept for *_, kept in rejoin(read(ANSWERED), shared_data, analyzer))
    assert all(kept for *_, kept in rejoin(read(ADDED), shared_data, analyzer))
