"""Kind and cue rules of round k32 (issue 12), in sentences of our own: one document that reports a finding ("a study",
"one recent poll", "according to a report", the language file's new `finding_nouns`) and that no word of its own
names is a vague source, as docs/source-kinds.md reads an unnamed poll or study (k24's "one recent poll"); named
before the round, as every single document was. Guards pin what the rule must not change: a finding named in its
phrase ("by Gallup", "A Pew survey"), one the writer takes up in the sentence before or the two after ("… The poll
was run by Gallup", PolNeAR's "a new poll showed … The NBC/Wall Street Journal poll gave"), a body's document in view
("a police report") and other documents ("a court filing") stay named. Cues missed on the set: the bare verb "claim"
after more groups of people ("feminists") and "claims" after a body ("The group claims"), with the plural noun after
a possessive and before a conjunction kept out, and "found no evidence that" (lexicon rules). A title's adjective
after its plural noun ("two state attorneys general", the language file's new `postpositive_words`) leaves the noun
as the head, so counted officials are anonymous (named or vague before the round)."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A study shows that fewer children got their shots.", [("vague", "shows", "A study")]),
        ("One recent poll found that most drivers oppose the toll.", [("vague", "found", "One recent poll")]),
        ("Fewer children got their shots, a new study suggests.", [("vague", "suggests", "a new study")]),
        ("The river rose by a metre, according to a report.", [("vague", "according to", "a report")]),
        (
            "A new survey released Monday found that most drivers oppose the toll.",
            [("vague", "found", "A new survey released Monday")],
        ),
    ],
)
def test_one_unnamed_finding_is_vague(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # named in its phrase
        (
            "A new poll by Gallup found that most drivers oppose the toll.",
            [("named", "found", "A new poll by Gallup")],
        ),
        ("A Pew survey found that most drivers oppose the toll.", [("named", "found", "A Pew survey")]),
        # named in what describes it after a phrase cut at its day
        (
            "The mayor was told to stay silent, according to a report Thursday in the Daily Ledger.",
            [("named", "according to", "a report")],
        ),
        # taken up in the next sentences: the writer names it there
        (
            "A new poll found that most drivers oppose the toll. The poll was run by Gallup last week.",
            [("named", "found", "A new poll")],
        ),
        (
            "The river rose by a metre, according to a report. Rain fell all week. The city published the survey.",
            [("named", "according to", "a report")],
        ),
        # a body's document in view, and documents that report no finding
        (
            "The driver was tired, a police report indicates.",
            [("named", "indicates", "a police report")],
        ),
        (
            "A court filing claims that the mayor knew of the deal.",
            [("named", "claims", "A court filing")],
        ),
    ],
)
def test_a_finding_named_taken_up_or_of_a_body_stays_named(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the bare verb after more groups of people and after a body ("The group claims …")
        ("Feminists claim the exhibit degrades women.", [("vague", "claim", "Feminists")]),
        ("The group claims the new law is unfair to tenants.", [("named", "claims", "The group")]),
        ("The coalition claims that the wall will harm wolves.", [("named", "claims", "The coalition")]),
        # a finding stated as an absence
        (
            "Researchers have found no evidence that the platforms are biased.",
            [("vague", "have found no evidence", "Researchers")],
        ),
    ],
)
def test_more_subjects_of_claims_and_a_finding_of_no_evidence_are_read(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # guards: the plural noun after a body's possessive, before a conjunction, or before its own verb
        "Her friend did not deny the group's claims but kept silent.",
        "The insurance group claims were paid last year.",
    ],
)
def test_claims_as_the_noun_after_a_body_is_no_cue(sourcing_analyzer: Analyzer, text: str) -> None:
    assert [cue for _, cue, _ in attributions(sourcing_analyzer, text)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # counted officials whose title ends in an adjective after the noun: the noun is the head
        (
            "Two state attorneys general urged the court to uphold the law.",
            [("anonymous", "urged", "Two state attorneys general")],
        ),
        (
            "Two Republican attorneys general said the law would help patients.",
            [("anonymous", "said", "Two Republican attorneys general")],
        ),
        # guard: one office, "the attorney general", stays named
        ("The attorney general said the law would help patients.", [("named", "said", "The attorney general")]),
    ],
)
def test_attorneys_general_are_counted_officials(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


def test_a_finding_named_after_its_participle_stays_named(sourcing_analyzer: Analyzer) -> None:
    text = "Most drivers oppose the toll, according to a new poll released Wednesday by the Acme League."
    found = [(kind, source) for kind, cue, source in attributions(sourcing_analyzer, text) if cue == "according to"]
    # the phrase runs on past the day to the agent (k37), as far as its eight words reach
    assert found == [("named", "a new poll released Wednesday by the Acme")]
