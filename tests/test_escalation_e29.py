"""Round e29 (issue 13): escalation and doubt entries that the judged draws on dev news found mostly wrong.
Each case is a sentence written for the test and the exact text the signal matches in it; the neighbouring
stakes-raising or doubt-casting use shows the rule took no more than its class."""

from __future__ import annotations

from collections.abc import Callable

import pytest


@pytest.mark.parametrize(
    "text, expected",
    [
        # "a danger" with no one it endangers is a risk named; a danger to a collective raises the stakes
        ("She stopped sailing because she knew the old boat presented a danger.", []),
        ("That, the preacher said, is a danger.", []),
        ("The council said the new dam is a danger to the whole valley.", ["a danger"]),
        # havoc is ordinary disruption in news ("wreaks havoc with the schedule")
        ("The rail strike wreaks havoc with the spring fixtures.", []),
        ("A small solar storm could still cause some havoc with radio links.", []),
        # a danger graded by "so" or "extremely" is a verdict, not a stake
        ("Why is the new strain so dangerous?", []),
        ("The bishop called the way the abuse files were handled extremely dangerous.", []),
        # a disease beyond cure told as a doctor's worry is a risk relayed; foretold in the writer's voice it stays
        ('"It\'s a real worry that it mutates and become untreatable," the doctor said.', []),
        ("Left alone, the germ will become untreatable within a decade.", ["become untreatable"]),
        # blood on someone's hands, as a charge pinned by others, is the charge reported; said by the speaker it stays
        ("The two climbers were accused of having blood on their hands after the crash.", []),
        ('"The minister has blood on his hands," the mayor said.', ["blood on his hands"]),
    ],
)
def test_e29_escalation_rules_and_the_uses_they_keep(
    signal_spans: Callable[[str, str], list[str]], text: str, expected: list[str]
) -> None:
    assert signal_spans(text, "escalation") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a product made to stand in for another is no claim called fake
        ("The shop sells lab-grown fake meat and oat milk.", []),
        ("Vegan fake meats are selling well this winter.", []),
        # a claim called fake still casts doubt
        ("The senator said the memo was fake.", ["fake"]),
    ],
)
def test_e29_fake_meat_is_a_product_not_a_claim(
    signal_spans: Callable[[str, str], list[str]], text: str, expected: list[str]
) -> None:
    assert signal_spans(text, "doubt") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a question put after "asked," is asked to be answered, as round j reads "asked:"
        ('The host asked, "Have you picked a running mate yet?"', []),
        ('Reporters asked, "Did the mayor know about the audit?"', []),
        # a rhetorical question in the writer's voice still casts doubt
        ("Did the mayor really not know about the audit?", ["really"]),
    ],
)
def test_e29_a_question_put_after_asked_comma_casts_no_doubt(
    signal_spans: Callable[[str, str], list[str]], text: str, expected: list[str]
) -> None:
    assert signal_spans(text, "doubt") == expected
