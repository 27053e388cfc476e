"""Where a source phrase ends around clauses of its own (issue 12, helper round 12w), in sentences of our
own: each construction gave a wrong source before, and each counter-case pins what must stay."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause that reports a statement of its own is no part of the speaker's name
        (
            "Ms. Okafor, who says the levy is unfair, criticized the council on Monday.",
            [("named", "says", "who"), ("named", "criticized", "Ms. Okafor")],
        ),
        (
            "Dr. Lund, who said last year that the clinic would close, told reporters it will stay open.",
            [("named", "said", "who"), ("named", "told reporters", "Dr. Lund")],
        ),
        # a relative clause that only describes the speaker stays part of the source
        (
            "Ruiz, who chairs the committee, said the bill is dead.",
            [("named", "said", "Ruiz, who chairs the committee")],
        ),
    ],
)
def test_a_relative_clause_with_a_cue_of_its_own_ends_the_source(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name opening the sentence with a description too long to read back at once speaks, not the
        # content's subject after the verb
        (
            "Ed Lo, a senior lecturer in public law at the University of Leeds in England, said the court's"
            " ruling was wrong.",
            [("named", "said", "Ed Lo, a senior lecturer in public law at the University of Leeds in England")],
        ),
        (
            "Tom Hale, a member of the state's select committee on energy policy, said the utility's new plan"
            " would fail.",
            [("named", "said", "Tom Hale, a member of the state's select committee on energy policy")],
        ),
        # a described subject and its name after an agency's dateline
        (
            "LONDON, May 2 (Reuters) - Britain's longest-serving opposition party leader, Tom Hale, said on"
            " Friday he would resign.",
            [("named", "said", "Britain's longest-serving opposition party leader, Tom Hale")],
        ),
    ],
)
def test_a_long_described_name_opening_the_sentence_speaks(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ", saying" after an opening phrase of several parts, or a time, each closed by its comma
        (
            "At a town meeting in Dover, Delaware, on Friday, Ms. Okafor stood by the levy, saying it was fair.",
            [("named", "saying", "Ms. Okafor")],
        ),
        (
            "Hours later, Ruiz returned the favour, telling reporters the deal was off.",
            [("named", "telling", "Ruiz")],
        ),
        ("Last year, she vetoed the bill, saying it cost too much.", [("named", "saying", "she")]),
        # the subject goes on past a possessive to its noun, and past a title to the name it introduces
        (
            "Lund's campaign also went on the attack, tweeting that the mayor had lied.",
            [("named", "tweeting", "Lund's campaign")],
        ),
        (
            "County health director Ana Ruiz stood by the rules, arguing they saved lives.",
            [("named", "arguing", "County health director Ana Ruiz")],
        ),
        # a coordinated predicate far from its subject: the subject with its appositive, or its people noun
        (
            "Ana Lund, a former state party chair, joined the board and said the vote was rigged.",
            [("named", "said", "Ana Lund, a former state party chair")],
        ),
        (
            "County officials were angered by the ruling and predicted an appeal would follow.",
            [("anonymous", "predicted", "County officials")],
        ),
        # a lower-case word after a name is its verb
        ("Ruiz went after Lund, calling him a liar.", [("named", "calling", "Ruiz")]),
    ],
)
def test_the_subject_of_a_participle_after_an_opening_phrase(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    """The participle's attribution (the trained labeller may add the main verb as a cue of its own)."""
    [(_, cue, _)] = expected
    assert [a for a in attributions(sourcing_analyzer, text) if a[1] == cue] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause after "according to X," in mid-sentence is the content, no appositive of the source
        (
            "In the end, according to Ms. Lund, the council was warned twice about the leak.",
            [("named", "according to", "Ms. Lund")],
        ),
        (
            "Among the rules at risk, according to Dr. Okafor, are six on water safety.",
            [("named", "according to", "Dr. Okafor")],
        ),
        # a description after the source is its appositive
        (
            "The levy will rise, according to Ann Roe, an analyst at the bank.",
            [("named", "according to", "Ann Roe, an analyst at the bank")],
        ),
    ],
)
def test_a_clause_after_according_to_is_no_appositive(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle after a quotation closed past its comma: the main clause's subject speaks
        (
            'Ms. Okafor told the council the levy was "a tax on the poor," adding that she would vote against it.',
            [("named", "told", "Ms. Okafor"), ("named", "adding", "Ms. Okafor")],
        ),
        # after a subordinator in mid-sentence, with or without an adverb
        (
            "The mayor defended the budget on Monday, before insisting that the shelters would stay open.",
            [("named", "defended", "The mayor"), ("named", "insisting", "The mayor")],
        ),
        (
            "Dr. Lund has promised to keep the clinic open, while also suggesting that its hours could change.",
            [("named", "has promised", "Dr. Lund"), ("named", "also suggesting", "Dr. Lund")],
        ),
        # opening the sentence: the subject of the next cue
        (
            "Noting that the bridge had been closed twice, Ms. Okafor said the council would pay for repairs.",
            [("named", "Noting", "Ms. Okafor"), ("named", "said", "Ms. Okafor")],
        ),
        # opening the sentence with no cue after it: the subject after the participle's clause
        (
            "After blasting the report for its coverage, Ana Lee doubled down on her fast.",
            [("named", "blasting", "Ana Lee")],
        ),
        # an opening time with no comma: the subject after it
        (
            "On Thursday evening Ana Lee delivered her speech, seeking to prove her credentials.",
            [("named", "seeking", "Ana Lee")],
        ),
        # an -ed word right after the determiner describes the subject, it is not its verb
        (
            "The retired engineer has given no figures, saying only that the dam was sound.",
            [("named", "saying", "The retired engineer")],
        ),
    ],
)
def test_the_subject_of_a_participle_cue(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause between dashes: the name alone speaks
        (
            "Dr. Lund - who met his aides aboard a flight to Ohio - has vowed to fight on.",
            [("named", "has vowed", "Dr. Lund")],
        ),
        (
            "The chief justice -- who has been in a public dispute with the mayor this week -- said she regrets"
            " her remarks.",
            [("named", "said", "The chief justice")],
        ),
        # a description between dashes is the name's
        (
            "Ana Lee -- a former aide to the governor -- said the plan would fail.",
            [("named", "said", "Ana Lee -- a former aide to the governor")],
        ),
        # a list of names with their titles' periods
        (
            "The three scholars -- Mr. Tribe, Ms. Epstein and Mr. Amar -- agreed that the case was weak.",
            [("named", "agreed", "The three scholars -- Mr. Tribe, Ms. Epstein and Mr. Amar")],
        ),
        # a clause before the dashes is no subject: the speaker follows the verb
        ("The vote was close - 51 to 49 - said the clerk.", [("named", "said", "the clerk")]),
    ],
)
def test_a_subject_before_an_aside_between_dashes(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lower-case words for what someone does, leading to a name, after an inverted speech verb
        (
            "The hotels face other issues at the state level, said lobbyist and party strategist Tom Black, a"
            " former partner.",
            ("named", "said", "lobbyist and party strategist Tom Black, a former partner"),
        ),
        (
            "The family had been traveling together, wrote film director Ann Lee on Facebook.",
            ("named", "wrote", "film director Ann Lee"),
        ),
        # a relative clause's verb after the speaker is not the content's
        (
            "The talks stalled at a recent meeting, said an American official who was briefed on the details.",
            ("anonymous", "said", "an American official who was briefed on the details"),
        ),
        # a clause before the comma is no opening subject: the speaker follows the verb
        (
            "The program is hardly formal, but it has attracted a loyal following, said Ms. Gil.",
            ("named", "said", "Ms. Gil"),
        ),
    ],
)
def test_a_speaker_after_an_inverted_verb(sourcing_analyzer: Analyzer, text: str, expected: tuple) -> None:
    assert expected in attributions(sourcing_analyzer, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "and asked" continues the clause opened by "when": its subject asks
        (
            "The crowd cheered when Ruiz spotted a sign and asked the man to come up.",
            [("named", "asked", "Ruiz")],
        ),
        # with no such clause the sentence's subject does
        ("The crowd cheered Ruiz and asked the man to come up.", [("vague", "asked", "The crowd")]),
    ],
)
def test_a_second_verb_shares_the_subject_of_its_clause(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a negative contraction between a subject and its verb is no part of the source, straight or curly
        ("The mayor hasn't said whether the levy will pass.", [("named", "hasn't said", "The mayor")]),
        ("The mayor hasn’t said whether the levy will pass.", [("named", "hasn’t said", "The mayor")]),
        ("Indiana hasn’t cast its ballots for the plan.", [("named", "hasn’t cast its ballots for", "Indiana")]),
        (
            "Officials in Ohio haven't said how many votes were cast.",
            [("anonymous", "haven't said", "Officials in Ohio")],
        ),
        # a name that looks like a contraction's host stays the source
        ("Don said the plan will pass.", [("named", "said", "Don")]),
    ],
)
def test_a_negative_contraction_before_the_verb(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected
