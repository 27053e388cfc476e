"""Round h14 (issue 13): hedging and certainty senses two fresh judged draws and every earlier draw showed wrong,
and the boosters a search of dev news found missing. An idiom of addition ("as if that wasn't enough"), a belief
the writer sets out to deny and a name's plain meaning hedge nothing; "make certain" ensures, a question or an
example called obvious boosts no claim, "actually" in an indirect question or under "should" asserts nothing;
"it turns out" and "the opposite is true" give a finding as settled truth. Each case is a sentence written for the
test and the exact text the signal matches in it; the neighbouring use shows the rule took no more than its class."""

from __future__ import annotations

from collections.abc import Callable

import pytest


@pytest.mark.parametrize(
    "text, expected",
    [
        # an idiom that adds one more thing, no hypothetical
        ("As if that wasn't enough, the council raised the parking fees.", []),
        ("As if that were not enough, the ferry broke down twice.", []),
        # a real comparison with "as if" still hedges
        ("The mayor spoke as if the budget had already passed.", ["as if"]),
        # a belief put to the reader only to be denied
        ("Contrary to what you might believe, the bridge is older than the church.", []),
        ("Contrary to what many believe, the lake never froze that winter.", []),
        ("Many residents believe the bridge is older than the church.", ["believe"]),
        # what a name says of itself
        ("The fund, as the name suggests, pays for new school roofs.", []),
        ("The audit suggests the fund paid for roofs it never bought.", ["suggests"]),
    ],
)
def test_h14_idioms_and_denied_beliefs_are_no_hedge(
    signal_spans: Callable[[str, str], list[str]], text: str, expected: list[str]
) -> None:
    assert signal_spans(text, "hedging") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # to ensure, not to be certain
        ("The clerks had to make certain that every ballot was counted.", []),
        ("The clerk was certain that every ballot was counted.", ["certain that"]),
        # a thing picked or asked, called obvious
        ("The obvious question is why the ferry left early.", []),
        ("An obvious example would be the old harbour wall.", []),
        ("The report is an obvious whitewash.", ["obvious"]),
        # a person firm about something: manner
        ("The coach was clear about one thing: nobody leaves early.", []),
        ("It was clear that nobody would leave early.", ["was clear"]),
        # an idiom of death or defeat
        ("The new drugs only prolong the inevitable.", []),
        ("Higher rents are an inevitable result of the shortage.", ["inevitable"]),
    ],
)
def test_h14_certainty_senses_that_boost_no_claim(
    signal_spans: Callable[[str, str], list[str]], text: str, expected: list[str]
) -> None:
    assert signal_spans(text, "certainty") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "actually" in a question put indirectly leaves what really is open
        ("Nobody bothered to find out what actually happened at the depot.", []),
        ("The voters want to learn what the board actually decided.", []),
        ("There was some doubt about what the rule actually requires.", []),
        # under "should": urged or supposed
        ("Workers should actually get paid for the extra hours.", []),
        ("Should she actually resign, the deputy takes over.", []),
        # asserted, with a bare "what" or "how" before it, or none
        ("It's hard to say what is actually going on in the depot.", ["actually"]),
        ("He showed how the old pumps actually waste water.", ["actually"]),
        ("The new pumps actually waste more water.", ["actually"]),
    ],
)
def test_h14_actually_asserts_only_outside_open_clauses(
    signal_spans: Callable[[str, str], list[str]], text: str, expected: list[str]
) -> None:
    assert signal_spans(text, "certainty") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("As it turns out, the cheaper pumps last longer.", ["it turns out"]),
        ("The survey, it turns out, was never sent.", ["it turns out"]),
        (
            "Critics said the toll would empty the town. In fact, the opposite is true.",
            ["In fact", "the opposite is true"],
        ),
        ("Some said the reverse is true of rural roads.", ["the reverse is true"]),
        # the past tense narrates what was found out
        ("It turned out they had met before.", []),
    ],
)
def test_h14_a_finding_given_as_settled_truth_boosts(
    signal_spans: Callable[[str, str], list[str]], text: str, expected: list[str]
) -> None:
    assert signal_spans(text, "certainty") == expected
