"""Round k75: pronoun and description sources on unseen news (issue 12). "he" and "she" pass over an earlier source
told as the other sex (by a pronoun, a title, a noun for a person by sex or a given name) to the nearest compatible
one, or to a person of that sex brought in unnamed by "a" or "one" since; with none in reach they read as before. A
person's "staff" are that person's unnamed helpers, as "his aides", and staff at a site its people; a role's word
after a given name is a surname ("Mark Judge"); "The judge" whose word the text has not written in the sentences
before is the unnamed one of the hearing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "he" passes over the woman to the man named before
        (
            "Tom Lee denied the charge, which a woman made in a letter. The woman said she was afraid. He said the"
            " letter was false.",
            ("named", "said", "He"),
        ),
        # "she" passes over the unnamed spokesman to the woman named before
        (
            "Ana Ruiz said the plan was sound. A campaign spokesman, who asked not to be named, said it would pass."
            " She added that it was cheap.",
            ("named", "added", "She"),
        ),
        # "she" passes over a man by his given name to the unnamed woman of the same sentence
        (
            "A woman who runs the shop said the rent rose, and Tom Lee, the landlord, said the rise was small. She"
            " said she would move.",
            ("anonymous", "said", "She"),
        ),
        # a title tells the sex: "she" passes over "Mr. Lee" to a woman brought in unnamed since
        (
            "Ana Ruiz said the fine was fair. Mr. Lee, the mayor, said the rules were clear. One woman from the town"
            " did not learn of the fine until May, when she paid it. She said she was shocked.",
            ("anonymous", "said", "She"),
        ),
        # no source of that sex in reach: as before, the nearest
        (
            "Mr. Lee said the plan was sound. The spokeswoman said it would pass.",
            ("named", "said", "The spokeswoman"),
        ),
        # a source whose words tell no sex is compatible: as before
        (
            "Ana Ruiz said the plan was sound. An aide said it would pass. She added that it was cheap.",
            ("anonymous", "added", "She"),
        ),
        # a person's staff: unnamed helpers
        (
            "Governor Ana Ruiz signed the bill on Monday. The governor's staff said it would cost little.",
            ("anonymous", "said", "The governor's staff"),
        ),
        ("Ruiz's staff said the rally was full.", ("anonymous", "said", "Ruiz's staff")),
        # staff placed at a site: its people, unnamed, as "Nurses at the clinic"
        (
            "Staff at the mayor's office said the work took a year.",
            ("anonymous", "said", "Staff at the mayor's office"),
        ),
        # a role's word after a given name is a surname
        ("Her friend Mark Judge said he did not recall the party.", ("named", "said", "Her friend Mark Judge")),
        ("Kevin Officer said the door was locked.", ("named", "said", "Kevin Officer")),
        # "The judge" whose word the text has not written before: the one of the hearing, unnamed
        (
            "Ana Ruiz said she was innocent. The judge said she could go home.",
            ("anonymous", "said", "The judge"),
        ),
        (
            "Ana Ruiz said she was innocent. The magistrate said she could go home.",
            ("anonymous", "said", "The magistrate"),
        ),
        # a judge titled before a name: that one, as before
        (
            "Ana Ruiz said she was innocent. Judge Maria Diaz spoke last. The judge said she could go home.",
            ("named", "said", "The judge"),
        ),
        # a body's capitalised staff, and a candidate's team: named as before
        ("The General Staff said the bridge had fallen.", ("named", "said", "The General Staff")),
        ("Her team said the rally was full.", ("named", "said", "Her team")),
    ],
)
def test_pronoun_sex_and_staff(analyzer: Analyzer, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in attributions(analyzer, text)
