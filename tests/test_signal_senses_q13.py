"""Round q13 (issue 13): the classes rounds u47 and u48's researcher passes left in hedging, certainty and doubt,
each fixed by a sense rule: "so-called" giving a name, a one-word teaser question, "claims" doubted twice beside the
word that doubts them, a wish put as a conditional, "would appear" of looks, "could" in a purpose clause after a bare
"so", and a clear sign given as a gesture. Two new context-rule options (`name_after`, `one_word`) read what no
phrase list holds. Each case is a sentence written for the test."""

from __future__ import annotations

from functools import partial

import pytest

from signal_cases import shipped_spans, spans

doubt = partial(shipped_spans, signal="doubt")
hedging = partial(shipped_spans, signal="hedging")
certainty = partial(shipped_spans, signal="certainty")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name it goes by: no scare
        ("The so-called Harbour Compact was signed in March by both towns.", []),
        ("Officials called it the so-called Blue Line plan.", []),
        # a scare label still counts: lower case, a people's or a faith's adjective, a sentence's first word
        ("The panel was full of so-called experts from the lobby.", ["so-called"]),
        ("He compared the raid with so-called Christian charity.", ["so-called"]),
        ("So-called reforms rarely reach the villages.", ["So-called"]),
    ],
)
def test_so_called_before_a_name_is_the_name_it_goes_by(text: str, expected: list[str]) -> None:
    assert doubt(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The union turned the offer down.\nShowdown?\nThe board meets again on Friday.", []),
        ("Lawbreaker?\nThe senator said the mayor may have broken the rules.", []),
        # two words or more: the question still counts
        ("The union turned the offer down.\nIs this a showdown?\nThe board meets again on Friday.", ["?"]),
    ],
)
def test_a_one_word_question_is_a_teaser(text: str, expected: list[str]) -> None:
    assert doubt(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The firm repeated its baseless claims about the river.", ["baseless"]),
        ("The agency is known for false or discredited claims about the harvest.", ["false", "discredited"]),
        ("The mayor falsely claims the bridge is safe.", ["falsely"]),
        ("The council offered no evidence for its claims.", ["no evidence"]),
        # no doubt word before: the sneering noun counts
        ("Nobody on the board believed his claims about the river.", ["claims"]),
    ],
)
def test_claims_are_not_doubted_twice(text: str, expected: list[str]) -> None:
    assert doubt(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wish put with "it": the "if" counts, its "would" joins it no more
        ("It would be good if the council listened to the farmers.", ["if"]),
        ("I think it would be better if she stayed home.", ["think", "if"]),
        # a conditional's consequent still joins its "if"
        ("The farmers would leave if the council raised the rents.", ["would leave if", "if"]),
        # "would appear" of looks, and of inference
        ("The comet would appear brighter than Venus in the evening sky.", []),
        ("The new figures would appear to support the minister.", ["would appear"]),
        # "could" granted in a purpose clause after a bare "so", and a consequence's "could"
        ("The office held drop-in sessions so staff could ask questions.", []),
        ("The school changed its forms so their parents could apply online.", []),
        ("Turnout was low, so the result could still change.", ["could"]),
        ("So the deficit could widen next year.", ["could"]),
    ],
)
def test_hedging_senses(text: str, expected: list[str]) -> None:
    assert hedging(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The town sent a clear sign of goodwill to its neighbours.", []),
        ("It would help if a clear sign of welcome were given by the club.", []),
        ("The empty shelves are a clear sign the plan has failed.", ["clear sign"]),
    ],
)
def test_a_clear_sign_given_is_a_gesture(text: str, expected: list[str]) -> None:
    assert certainty(text) == expected


HEAD = 'schema = 1\n[signal]\nlabel = "Odd"\ndescription = "A rule to read."\n\n[terms]\n"odd" = 1.0\n\n'


def test_a_user_rule_of_name_after_or_one_word_alone(user_analyzer) -> None:
    head = 'schema = 1\n[signal]\nlabel = "Flag"\ndescription = "Two terms."\n\n[terms]\n"?" = 1.0\n"fabled" = 1.0\n\n'
    rules = '[[context]]\nterms = ["fabled"]\nname_after = true\naction = "cancel"\n\n'
    mine = user_analyzer("flag.toml", head + rules + '[[context]]\nterms = ["?"]\none_word = true\naction = "cancel"\n')
    assert spans(mine, "The fabled Iron Bridge is shut.", "flag") == []
    assert spans(mine, "The fabled bridge is shut.", "flag") == ["fabled"]
    assert spans(mine, "Fabled Bridges is a book.", "flag") == ["Fabled"]  # a match in capitals is not read
    assert spans(mine, 'Verdict?\n"Shut?"\nIs it shut?', "flag") == ["?"]


@pytest.mark.parametrize("option", ['name_after = "yes"\n', "one_word = 1\n"])
def test_lexicon_check_refuses_a_name_after_or_one_word_not_true_or_false(check_lexicon_file, option: str) -> None:
    odd, output = check_lexicon_file("odd.toml", HEAD + '[[context]]\nterms = ["odd"]\naction = "cancel"\n' + option)
    assert f"{odd}:9: E203 name_after and one_word of a context rule must be true or false" in output
