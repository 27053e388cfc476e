"""Two kind rules of round k26 (issue 12), in sentences of our own: an owner's people named by what they do
("their editors", "the network's producers") are unnamed people, anonymous, as "Cruz's lawyers" are; and "the
woman" or "the man" with no earlier mention of that word is an unnamed person, anonymous (a writer who knew
the name would use it). Each guard case pins what already worked, or what the rules must not change."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The paper endorsed the mayor in May. Their editors said the endorsement had been a mistake.",
            [("named", "endorsed", "The paper"), ("anonymous", "said", "Their editors")],
        ),
        (
            "The network's senior producers said the interview would not air.",
            [("anonymous", "said", "The network's senior producers")],
        ),
        # through a relative pronoun after a comma: the kind of the noun phrase before it
        (
            "The cover story angered their editors, who have said the piece was unfair.",
            [("anonymous", "have said", "who")],
        ),
        # guards: a capitalised owner may be a country's population; a group noun, with a pronoun and a name as owner
        (
            "Germany's employers said the embargo would close factories.",
            [("named", "said", "Germany's employers")],
        ),
        (
            "Their critics said the plan would fail.",
            [("vague", "said", "Their critics")],
        ),
        (
            "His supporters said the verdict was unjust.",
            [("vague", "said", "His supporters")],
        ),
        (
            "Cruz's lawyers said the filing was late.",
            [("anonymous", "said", "Cruz's lawyers")],
        ),
    ],
)
def test_an_owners_people_by_what_they_do_are_unnamed(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Senator Ruiz met students on Monday. A photo was sent to a student in Ohio. "
            "The woman told a local paper that she had never met him.",
            [("anonymous", "told", "The woman")],
        ),
        (
            "Judge Lee denies the claim. The man said he had never met the judge.",
            [("named", "denies", "Judge Lee"), ("anonymous", "said", "The man")],
        ),
        # guards: a woman introduced as "a woman" and named beside it; one introduced unnamed; a named role
        (
            "Ana Ruiz, a woman from Dayton, called the station. The woman said the road had flooded.",
            [("named", "called", "Ana Ruiz, a woman from Dayton"), ("named", "said", "The woman")],
        ),
        (
            "A woman in the crowd shouted at the mayor. The woman said the road had flooded.",
            [("anonymous", "shouted", "A woman in the crowd"), ("anonymous", "said", "The woman")],
        ),
        (
            "Senator Ana Ruiz spoke on Monday. The senator said the road had flooded.",
            [("named", "said", "The senator")],
        ),
    ],
)
def test_the_woman_or_the_man_unnamed_before_is_anonymous(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert attributions(sourcing_analyzer, text) == expected
