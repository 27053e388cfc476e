"""Round q8 (issue 13): the classes of wrong and missed hedging and doubt matches in a second fresh dev sample shaped
like the issue's blind one. The verb "claim" after a relative or plural pronoun or a plural subject distances a
statement (a hedge), while the noun after an article stays doubt's; an inverted "Should they ..." opening its
sentence is the hypothetical "if", unless it asks; reports said to exist, none named, give a claim second-hand; a
surprise at what came true ("I never thought I'd") and a belief given up ("what I thought I knew") hedge nothing; a
claim under investigation is no doubt cast; "let me get this straight" sets an account up as absurd; a question asked
of a named hearer or yelled casts no doubt. Each case is a sentence written for the test and the exact text each signal matches in it; the neighbouring
sentences show a rule took no more than its class."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from signal_cases import spans


@pytest.mark.parametrize(
    "text, hedging, doubt",
    [
        # the verb after a relative pronoun, a plural pronoun or a plural subject
        ("Tenants who claim the boiler failed were moved to a hotel.", ["claim"], []),
        ("They claim that the ferry left early.", ["claim"], []),
        ("Some fishermen say the quota is fair, but critics claim it favours the big boats.", ["claim"], []),
        # the noun after an article or a possessive stays doubt's
        ("The council rejected the claim that the ferry left early.", [], ["claim"]),
        ("Nobody accepted their claim about the boiler.", [], ["claim"]),
        # a demand after a party's name is neither
        ("Farmers rebut claim of a drought.", [], []),
        # the infinitive before its clause is the verb
        ("The mayor went so far as to claim that the bridge was safe.", ["to claim that"], []),
        # a claim under investigation is reported, not sneered at; one left unproven still casts doubt
        ("The board opened an investigation into the claim against the mayor.", [], []),
        ("Aides urged the council to investigate the claims before the vote.", [], []),
        ("The audit was unable to substantiate the claim of fraud.", [], ["claim"]),
    ],
)
def test_the_verb_claim_after_a_plural_subject_is_a_hedge(
    analyzer: Analyzer, text: str, hedging: list[str], doubt: list[str]
) -> None:
    """'who/they/critics claim' distances the statement; 'the claim' is the doubt noun."""
    assert (spans(analyzer, text, "hedging"), spans(analyzer, text, "doubt")) == (hedging, doubt)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the inverted "should" opening its sentence sets a condition
        ("Should they close the bridge, the ferry will be full.", ["Should they"]),
        ("Should that happen, the mayor would resign.", ["Should that"]),
        # a question that opens with it asks, and a mid-sentence "should" is deontic
        ("Should they close the bridge at night?", []),
        ("The council says they should close the bridge.", []),
        # reports said to exist, none named
        ("There were reports that the mayor had left town.", ["There were reports that"]),
        ("The ferry sank amid reports that the captain was drunk.", ["amid reports that"]),
        ("The clerk filed reports that the board approved.", []),
        # a surprise at what came true and a belief given up leave nothing uncertain
        ("It is a headline I never thought I'd write.", []),
        ("The vote did not fit with what I thought I knew about the town.", []),
        ("I thought the ferry was late.", ["thought"]),
    ],
)
def test_inverted_should_unnamed_reports_and_thinking_that_is_over(
    analyzer: Analyzer, text: str, expected: list[str]
) -> None:
    """A sentence-opening 'Should they' and 'there were reports that' hedge; 'never thought I'd' does not."""
    assert spans(analyzer, text, "hedging") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("So let me get this straight: the mayor lost the keys twice?", ["let me get this straight"]),
        ("Let me get this straight, the town paid twice for one bridge.", ["Let me get this straight"]),
        # a question asked of a named hearer or yelled asks to be answered
        ('I asked them, "When does the ferry leave?"', []),
        ('The guard yelled, "Where are you going?" and ran after him.', []),
        # a question put to the reader still counts
        ("And who paid for the second bridge?", ["?"]),
    ],
)
def test_a_sarcastic_restatement_and_questions_asked_of_a_hearer(
    analyzer: Analyzer, text: str, expected: list[str]
) -> None:
    """'let me get this straight' casts doubt; a question asked of someone named or yelled does not."""
    assert spans(analyzer, text, "doubt") == expected
