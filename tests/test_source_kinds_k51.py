"""Source kinds of round k51 (issue 12), in sentences of our own: a people, a faith or a state's people named in the
plural ("and Ukrainians fear", "while Texans believe", "Jews say") is a broad population, vague as "Latinos" and
"Democrats" are (named before, by its capital, everywhere but at the sentence's start); a people's adjective read as
the head before an "-ing" noun ("An inquiry into Iranian hacking") is no member of that people (the inquiry stays
named); a force or body with only lower-case words before it and no determiner ("local police said", "according to
state police") is the force of the place in view, named as "police" alone is (vague before). Guards pin what must
not move: "the Russians" (the state in view), one member of a people ("one Canadian tourist") and a share of them;
counted members ("two Israelis") are unnamed people, anonymous as "two Democrats" (named before). Police with a
determiner, a place or a spokesman keep their reading."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The siege has lasted a year, and Ukrainians fear the aid will come too late.",
            ("vague", "fear", "Ukrainians"),
        ),
        ("The tax bill passed, while Texans believe it will raise their rents.", ("vague", "believe", "Texans")),
        ("The vote was close, and Europeans say the deal is dead.", ("vague", "say", "Europeans")),
        ("Since the attack, Jews say they feel unsafe in the old city.", ("vague", "say", "Jews")),
        ("The pact was signed, but Palestinians said it changed nothing.", ("vague", "said", "Palestinians")),
        ("Prices rose again, and Swedes are worried that wages will lag.", ("vague", "are worried", "Swedes")),
    ],
)
def test_a_people_in_the_plural_is_a_broad_group(sourcing_analyzer: Analyzer, text: str, expected: tuple) -> None:
    assert expected in attributions(sourcing_analyzer, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The talks stalled in May. The Russians have said the pipeline will stay shut.",
            ("named", "have said", "The Russians"),
        ),
        (
            "The trail was closed on Sunday. One Canadian tourist said the rangers had given no warning.",
            ("anonymous", "said", "One Canadian tourist"),
        ),
        ("The vote was close, and many Germans say the deal is dead.", ("vague", "say", "many Germans")),
    ],
)
def test_a_people_taken_up_counted_or_shared_keeps_its_reading(
    sourcing_analyzer: Analyzer, text: str, expected: tuple
) -> None:
    assert expected in attributions(sourcing_analyzer, text)


def test_counted_members_of_a_people_are_unnamed_people(sourcing_analyzer: Analyzer) -> None:
    text = "The border stayed shut, and two Israelis said the guards had turned them back."
    assert ("anonymous", "said", "two Israelis") in attributions(sourcing_analyzer, text)


def test_a_peoples_adjective_before_an_ing_noun_is_no_member(sourcing_analyzer: Analyzer) -> None:
    text = "The firm was fined in June. An AP inquiry into Iranian hacking shows that the spies began in 2019."
    assert ("named", "shows", "An AP inquiry into Iranian hacking") in attributions(sourcing_analyzer, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bridge was closed after the crash, local police said.", ("named", "said", "local police")),
        ("Two cars were towed away, according to state police.", ("named", "according to", "state police")),
        ("The march ended at noon, and county police said no one was hurt.", ("named", "said", "county police")),
    ],
)
def test_a_force_described_in_lower_case_is_named_as_police(
    sourcing_analyzer: Analyzer, text: str, expected: tuple
) -> None:
    assert expected in attributions(sourcing_analyzer, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bridge was closed after the crash, the police said.", ("named", "said", "the police")),
        ("The bridge was closed after the crash, Ohio police said.", ("named", "said", "Ohio police")),
        (
            "The bridge was closed after the crash, a police spokesman said.",
            ("anonymous", "said", "a police spokesman"),
        ),
    ],
)
def test_police_with_a_determiner_a_place_or_a_spokesman_keep_their_reading(
    sourcing_analyzer: Analyzer, text: str, expected: tuple
) -> None:
    assert expected in attributions(sourcing_analyzer, text)
