"""Round l27 (issue 13): the senses a judged draw of fresh dev news showed wrong. Each case is a sentence written
for the test and the exact text each signal matches in it, so a rule that stops working shows which sense came
back, and the neighbouring right sense shows the rule did not take too much."""

from __future__ import annotations

from collections.abc import Callable

import pytest


@pytest.mark.parametrize(
    "text, signal, expected",
    [
        # a bigotry label someone is said to pin on people or a work reports their charge; used outright it labels
        ("The sketch was criticized as racist by several viewers.", "loaded_language", []),
        ("Critics were quick to label the club as racist.", "loaded_language", []),
        ("The ads portray the farmers as bigots and worse.", "loaded_language", []),
        ("She dismissed the novel as sexist and dull.", "loaded_language", []),
        ("The councillor is a racist and a bully.", "loaded_language", ["racist", "bully"]),
        ("His remarks were as racist as anything said that year.", "loaded_language", ["racist"]),
        # a bigotry adjective that sorts an act or an event describes it; before words or people it judges
        ("Police recorded a rise in racist attacks last year.", "loaded_language", []),
        ("The town remembered the racist violence of 1921.", "loaded_language", []),
        ("Officers are treating it as a homophobic hate crime.", "loaded_language", []),
        ("The senator made bigoted remarks about the migrants.", "loaded_language", ["bigoted"]),
        ("He posts like a racist troll.", "loaded_language", ["racist"]),
    ],
)
def test_loaded_language_sense(
    signal_spans: Callable[[str, str], list[str]], text: str, signal: str, expected: list[str]
) -> None:
    assert signal_spans(text, signal) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "could" in a purpose clause after "so that" is ability granted; in a consequence or on its own it is a
        # possibility
        ("The school opened early so that the parents could vote.", []),
        ("They forged records so that their children could enrol.", []),
        ("The plant is old, so the repairs could take months.", ["could"]),
        ("So these delays could cost the city millions.", ["could"]),
        ("The strike could spread to the ports.", ["could"]),
        # "if not" before a determiner or a pronoun without a verb offers an alternative or concedes; with a verb,
        # or as "if not for", it is still a condition
        ("He is a backer of the group, if not a member himself.", []),
        ("If not this year, the law will pass next year.", []),
        ("If not us, then who will fix it?", []),
        ("The mayor is nothing if not a showman.", []),
        ("The deal fails if not signed by Friday.", ["if"]),
        ("The bridge would have fallen if not for the crew.", ["would have fallen if", "if"]),
    ],
)
def test_hedging_sense(signal_spans: Callable[[str, str], list[str]], text: str, expected: list[str]) -> None:
    assert signal_spans(text, "hedging") == expected
