"""Round c50: wrong source phrases on marked cues (issue 12). A gerund cue describing a message sent by an earlier
verb is the sender's ("emailed supporters saying", "blasted out a robocall touting", "sent a memo to … in May
explaining"); a cue in the infinitive after an opening word ("Eager to explain …, the mayor …") and a cue after an
opening "Absent …," are the subject's after the comma; a subject cut at the word limit before an appositive ("A
spokeswoman for Rep. K. Ed Lo of Ohio, the whip, said") is read to its start. Sentences written for these tests."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions, cues_and_sources


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # the sender speaks: the addressee as the sending verb's object
        ("The governor emailed donors saying the race was tight.", "saying", "The governor"),
        # a sending verb only with its particle
        ("The campaign blasted out a new robocall touting the mayor's record.", "touting", "The campaign"),
        ("Later that night, the senator fired back a reply saying he would stay.", "saying", "the senator"),
        # a message not among the documents, with a long tail before the cue
        ("The union ran an ad on Tuesday calling the deal a betrayal.", "calling", "The union"),
        ("He sent a three-page memo to the Daily Ledger in April explaining his plan.", "explaining", "He"),
        # a plural message with no article
        ("The group sent letters to members urging them to vote.", "urging", "The group"),
        # alone, "blasted" attacks the report: the report says (a guard)
        ("Ana Ruiz blasted a report saying the city was broke.", "saying", "a report"),
        # an opening infinitive or "Absent" phrase is no source: the subject after the comma speaks
        ("Eager to explain the delay, the mayor blamed the weather.", "explain", "the mayor"),
        ("Continuing to explain her view, Ruiz rejected the idea that the plan was dead.", "explain", "Ruiz"),
        (
            "Absent a clear answer from the board, parents may wait and conclude that the school failed.",
            "conclude",
            "parents",
        ),
        # a subject cut at the word limit is not read past a dateline and a preposition, nor past a list (guards)
        (
            "DAYTON, Ohio - At a rally downtown late last week, Senator Ana Ruiz showed the crowd a chart.",
            "showed",
            "Senator Ana Ruiz",
        ),
        ("They found two tents, four old radios and a bag with some clothes, Ruiz said.", "said", "Ruiz"),
        # names joined by "and" or "of" are one subject
        ("Mia Holt and Ray Dunn did so by arguing that the rule was unfair.", "arguing", "Mia Holt and Ray Dunn"),
        (
            "Senator Tom Lee of Iowa does it year after year by proposing a new tax.",
            "proposing",
            "Senator Tom Lee of Iowa",
        ),
        ("Ana Ruiz and Ed Lo both toured the plant, saying it would reopen.", "saying", "Ana Ruiz and Ed Lo"),
    ],
)
def test_cue_and_source(analyzer: Analyzer, text: str, cue: str, source: str) -> None:
    assert (cue, source) in cues_and_sources(analyzer, text)


def test_signed_after_possessive_is_no_sending_verb(analyzer: Analyzer) -> None:
    # "signed" between a possessive and its noun is an adjective: the memo is not sent by a subject before it
    text = "The vote came despite the council's signed memo urging a delay."
    [(cue, source)] = cues_and_sources(analyzer, text)
    assert (cue, source.endswith("signed memo")) == ("urging", True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subject cut at the word limit before a descriptive appositive: the whole, unnamed
        (
            "A spokeswoman for Rep. K. Ed Lomax of Ohio, the Democrat leading the panel, said the vote would wait.",
            ("anonymous", "said", "A spokeswoman for Rep. K. Ed Lomax of Ohio, the Democrat leading the panel"),
        ),
        # not the state alone ("Ohio"): the user who lives near the city, unnamed
        (
            "One app user who lives near Dayton, Ohio, posted that the storm had passed.",
            ("anonymous", "posted", "One app user who lives near Dayton, Ohio"),
        ),
    ],
)
def test_kind_cue_and_source(analyzer: Analyzer, text: str, expected: tuple[str, str, str]) -> None:
    assert attributions(analyzer, text) == [expected]


@pytest.mark.parametrize("verb", ["sold its stake", "found a buyer", "heard the offer"])
def test_irregular_past_after_according_to_opens_the_next_clause(analyzer: Analyzer, verb: str) -> None:
    text = f"Prices rose sharply last year, according to the Post, the firm {verb}."
    assert cues_and_sources(analyzer, text) == [("according to", "the Post")]
