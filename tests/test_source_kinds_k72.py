"""Round k72: vague and anonymous sources as general news builds them (issue 12). A plural of people that opens a
one-sentence text is that plural, no surname, also with no "-s" ("Women", "Children"); a body's members placed "on"
it are its members, unnamed; "according to" with an estimate is a source of its own, not a verb read inside it;
"insiders say" is an anonymous phrase, no vague source of its own; a gathering of a vague term's people ("A group of
economists") acts together, as "a group of rabbis"; "Members of the public" are some of a population. Sentences written for these tests."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural of people by what befell them, where they live or what they do: a population, no surname
        ("Victims said the priest had abused them for years.", [("vague", "said", "Victims")]),
        ("Relatives said the man had been missing for days.", [("vague", "said", "Relatives")]),
        ("Villagers said the river flooded every spring.", [("vague", "said", "Villagers")]),
        ("Migrants said the camp had no water.", [("vague", "said", "Migrants")]),
        ("Tenants said the heating had failed again.", [("vague", "said", "Tenants")]),
        ("Soldiers said the shelling had not stopped.", [("vague", "said", "Soldiers")]),
        # plurals with no "-s"
        ("Women said they felt unsafe walking home.", [("vague", "said", "Women")]),
        ("Children told the inspectors that they were hungry.", [("vague", "told", "Children")]),
        ("Men said they had been beaten by the guards.", [("vague", "said", "Men")]),
        # a name stays a name, and a surname the article writes after a title
        ("Carmen said the bridge was unsafe.", [("named", "said", "Carmen")]),
        (
            "Sen. Sanders spoke on Monday. Sanders said the bill was dead.",
            [("named", "said", "Sanders")],
        ),
        # a body's members, placed "on" the body they sit on: its members, unnamed
        (
            "Democrats on the committee said the report was incomplete.",
            [("anonymous", "said", "Democrats on the committee")],
        ),
        (
            "Republicans on the Senate Judiciary Committee said the nominee was qualified.",
            [("anonymous", "said", "Republicans on the Senate Judiciary Committee")],
        ),
        ("Experts on the panel said the bridge was unsafe.", [("anonymous", "said", "Experts on the panel")]),
        # ... not a topic, nor a share of them
        ("Experts on the subject said the bridge was unsafe.", [("vague", "said", "Experts on the subject")]),
        (
            "Many Democrats on the committee said the report was incomplete.",
            [("vague", "said", "Many Democrats on the committee")],
        ),
        # "according to" an estimate: the estimate is the source, the verb "estimates" is not read inside it
        (
            "According to official estimates, the war has displaced millions.",
            [("vague", "According to", "official estimates")],
        ),
        ("The war has displaced millions, according to estimates.", [("vague", "according to", "estimates")]),
        ("According to rough estimates, the storm cost billions.", [("vague", "According to", "rough estimates")]),
        # one estimate is one finding, as "one study": vague unless a body or a name owns it
        ("According to one estimate, the war has killed thousands.", [("vague", "According to", "one estimate")]),
        (
            "According to an estimate by the ministry, the war has killed thousands.",
            [("named", "According to", "an estimate by the ministry")],
        ),
        # ... while "estimates" after a subject stays the verb
        (
            "The ministry estimates that the war has displaced millions.",
            [("named", "estimates", "The ministry")],
        ),
        # a gathering of a vague term's people acts together: specific people, unnamed, as "a group of rabbis"
        ("A group of economists wrote that the plan would fail.", [("anonymous", "wrote", "A group of economists")]),
        ("A handful of analysts said the rally would fade.", [("anonymous", "said", "A handful of analysts")]),
        # ... unless a crowd is counted, or a quantity is meant
        (
            "A group of 32 economists wrote that the plan would fail.",
            [("vague", "wrote", "A group of 32 economists")],
        ),
        ("A number of experts said the plan would fail.", [("vague", "said", "A number of experts")]),
        ("Locals told reporters the soldiers had left.", [("vague", "told reporters", "Locals")]),
        # members of a population are some of it; counted, specific people
        ("Members of the public complained about the noise.", [("vague", "complained", "Members of the public")]),
        (
            "Two members of the public said they saw the crash.",
            [("anonymous", "said", "Two members of the public")],
        ),
        ("Members of Congress said the bill was dead.", [("anonymous", "said", "Members of Congress")]),
        # insiders are specific people unnamed, one source, no vague phrase of its own beside it
        ("Industry insiders say the deal is nearly done.", [("anonymous", "say", "Industry insiders")]),
    ],
)
def test_kinds_k72(analyzer: Analyzer, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert attributions(analyzer, text) == expected
