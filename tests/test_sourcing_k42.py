"""Source kinds of round k42 (issue 12), from the errors of the eighteenth blind set and the earlier sets' markings, in
sentences of our own: experts placed "at" or "with" a body the text names ("Economists at the Harbour Bank") are that
body's people, unnamed, anonymous (the vague-sources lexicon made them a broad group, vague), and so is the "they" that
takes them up; "other" before members of a legislature ("Other senators said") is a part of one house's members, as
"some" is (k39); "as they say" is a common saying, anyone's, vague, not the people named before; a court's papers
("court documents said", "court records show") are the papers of the case in view, named, as one court filing is.
Guards pin what must not change: bare experts, experts placed in a country and a crowd of them stay vague, a study by
researchers at a named body stays named, a named expert stays named, "many senators" stays vague, "as they said" takes
up its people, records in general stay vague."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Economists at the Harbour Bank expect the ferry fare to rise in May.",
            ("anonymous", "expect", "Economists at the Harbour Bank"),
        ),
        (
            "Analysts at the Coastal Policy Institute believe the ferry will close.",
            ("anonymous", "believe", "Analysts at the Coastal Policy Institute"),
        ),
        (
            "Researchers with Dunmore University found that the ferry was late on most days.",
            ("anonymous", "found", "Researchers with Dunmore University"),
        ),
        (
            "Three scientists at the Marine Institute warned that the harbour was silting up.",
            ("anonymous", "warned", "Three scientists at the Marine Institute"),
        ),
    ],
)
def test_experts_at_a_named_body_are_its_unnamed_people(
    sourcing_analyzer: Analyzer, text: str, expected: tuple
) -> None:
    assert expected in attributions(sourcing_analyzer, text)


def test_they_takes_up_the_experts_of_a_named_body(sourcing_analyzer: Analyzer) -> None:
    text = (
        "Analysts at the Coastal Policy Institute believe the ferry will close. "
        "They said the harbour had lost half its traffic."
    )
    assert attributions(sourcing_analyzer, text)[-1] == ("anonymous", "said", "They")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Economists expect the ferry fare to rise in May.", ("vague", "expect", "Economists")),
        ("Experts in Norway said the ferry was unsafe.", ("vague", "said", "Experts in Norway")),
        (
            "Some 40 scientists at the Marine Institute warned that the harbour was silting up.",
            ("vague", "warned", "Some 40 scientists at the Marine Institute"),
        ),
        (
            "A study by researchers at Dunmore University found that the ferry was late on most days.",
            ("named", "found", "A study by researchers at Dunmore University"),
        ),
        (
            "Ana Ruiz, an economist at the Harbour Bank, said the fare would rise.",
            ("named", "said", "Ana Ruiz, an economist at the Harbour Bank"),
        ),
    ],
)
def test_experts_at_large_in_a_place_or_in_a_crowd_keep_their_kind(
    sourcing_analyzer: Analyzer, text: str, expected: tuple
) -> None:
    assert expected in attributions(sourcing_analyzer, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Other senators said they had not read the ferry bill.", ("anonymous", "said", "Other senators")),
        ("Other lawmakers argued that the ferry bill was too costly.", ("anonymous", "argued", "Other lawmakers")),
        ("Many senators said they had not read the ferry bill.", ("vague", "said", "Many senators")),
        ("Other voters said the ferry bill was too costly.", ("vague", "said", "Other voters")),
    ],
)
def test_other_members_of_a_house_are_specific_unnamed_people(
    sourcing_analyzer: Analyzer, text: str, expected: tuple
) -> None:
    assert expected in attributions(sourcing_analyzer, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ana Ruiz and Tom Lee run the ferry. The old boat, as they say, has seen better days.",
            ("vague", "say", "they"),
        ),
        (
            "Ana Ruiz and Tom Lee run the ferry. The old boat, as they said, has seen better days.",
            ("named", "said", "they"),
        ),
    ],
)
def test_as_they_say_is_a_saying_not_the_people_named_before(
    sourcing_analyzer: Analyzer, text: str, expected: tuple
) -> None:
    assert attributions(sourcing_analyzer, text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The captain left the ferry an hour early, according to court documents.",
            ("named", "according to", "court documents"),
        ),
        ("The captain left the ferry an hour early, court records show.", ("named", "show", "court records")),
        ("Court records show the captain left the ferry an hour early.", ("named", "show", "Court records")),
        ("Records show the captain left the ferry an hour early.", ("vague", "show", "Records")),
        ("Public records show the captain left the ferry an hour early.", ("vague", "show", "Public records")),
    ],
)
def test_a_courts_papers_are_the_named_case_papers(sourcing_analyzer: Analyzer, text: str, expected: tuple) -> None:
    assert expected in attributions(sourcing_analyzer, text)
