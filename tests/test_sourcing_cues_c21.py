"""Whole attributions missed on PolNeAR's dev fold (round c21), by construction, in sentences of our own: a
cue after a long appositive subject or "at least" and a count, a title-case headline's present tense, a
clause that introduces a quotation after its colon, a question put ("wanted to know"), "hoped" and other forms of
listed speech verbs ("doubled down on", "hit back"). The counter-cases pin the uses that must stay out."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions, voice


def _spans(analyzer: Analyzer, text: str) -> list[tuple[str, str]]:
    """Each attribution's cue and source as the text's own characters."""
    return [
        (text[a["cue_start"] : a["cue_end"]], text[a["source_start"] : a["source_end"]])
        for a in analyzer.analyze(text, split_title=False).attributions
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name after its description, then an appositive holding prepositions: the whole subject speaks
        (
            "Harbour Gazette columnist Ana Ruiz, a pilot in the old port of Leith near Edinburgh, calls the levy a trap.",
            [("calls", "Harbour Gazette columnist Ana Ruiz, a pilot in the old port of Leith near Edinburgh")],
        ),
        # the name after an opening "As", its cue before a comma
        (
            "As Ed Lo, an expert on ports at the Royal Institute for North Sea Studies, noted, the levy will raise little.",
            [("noted", "Ed Lo, an expert on ports at the Royal Institute for North Sea Studies")],
        ),
        # the name after a quotation that closes with its comma
        (
            "“The levy will sink us,” Ana Ruiz, head of the union in the old port of Leith near Edinburgh, wrote.",
            [("wrote", "Ana Ruiz, head of the union in the old port of Leith near Edinburgh")],
        ),
        # "at least" before a count rounds it: the count's people speak
        (
            "The vote was close, but at least a dozen dock workers told the paper they backed the levy.",
            [("told", "at least a dozen dock workers")],
        ),
    ],
)
def test_long_subjects(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert _spans(sourcing_analyzer, text) == expected


def test_long_subject_after_as_of_time(sourcing_analyzer: Analyzer) -> None:
    # "As" of time, the cue with no comma after it: the clause after the comma is the writer's
    text = "As Ed Lo, a pilot known in the port for a gift of song, joked with the crew, the ship left."
    assert _spans(sourcing_analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ana Ruiz Claims Harbour Levy Is Illegal.\n\nThe levy was set in May.", [("named", "Claims", "Ana Ruiz")]),
        ("Port Union Backs Ruiz On Levy.\n\nThe levy was set in May.", [("named", "Backs", "Port Union")]),
        ("Ed Lo Compares Levy To A Toll.\n\nThe levy was set in May.", [("named", "Compares", "Ed Lo")]),
        ("Leaked Emails Reveal Levy Plan.\n\nThe levy was set in May.", [("named", "Reveal", "Leaked Emails")]),
        ("Dock Workers Call For A Strike.\n\nThe levy was set in May.", [("anonymous", "Call For", "Dock Workers")]),
        # the noun in title case: after a preposition, a possessive, or before "of"
        ("Ruiz Defends Herself Against Claims Of Fraud.\n\nThe levy was set in May.", [("named", "Defends", "Ruiz")]),
        ("Lo's Claims Draw Fire.\n\nThe levy was set in May.", []),
        ("Inquiry Helped Reveal The Levy Plan.\n\nThe levy was set in May.", []),
        # in lower case the forms are nouns, and a capitalised bare form opening a body sentence is an imperative
        ("The port's claims about the levy were false.", []),
        ("Blame the council for the levy.", []),
    ],
)
def test_title_case_headline_cues(analyzer: Analyzer, text: str, expected: list) -> None:
    # the rules alone: the trained labeller reads nouns in a headline in its own way
    assert attributions(analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ana Ruiz delivered a blunt reply: “The levy will not pass this year.”",
            [("delivered a blunt reply:", "Ana Ruiz")],
        ),
        (
            "On Sunday, Lo went even further: “If the port closes, the town dies with it.”",
            [("went even further:", "Lo")],
        ),
        (
            "The dock workers had a message for the council: “Drop the levy or we strike.”",
            [("had a message for the council:", "The dock workers")],
        ),
        (
            "She has since apologised for the delay: “I should have told the union sooner.”",
            [("has since apologised for the delay:", "She")],
        ),
    ],
)
def test_clause_introducing_a_quotation(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert _spans(sourcing_analyzer, text) == expected


def test_clause_introducing_a_quotation_content(sourcing_analyzer: Analyzer) -> None:
    text = "Ana Ruiz delivered a blunt reply: “The levy is a disastrous mistake.”"
    [a] = sourcing_analyzer.analyze(text, split_title=False).attributions
    assert text[a["content_start"] : a["content_end"]] == "“The levy is a disastrous mistake.”"
    assert voice(sourcing_analyzer, text, "disastrous") == "quoted"


@pytest.mark.parametrize(
    "text",
    [
        # no subject that can speak
        "There is a catch for the council: “The levy must pass by May.”",
        "Time to sell the boats before the council says: “The levy must pass.”",
        # a title, not a quotation; the colon inside a quotation
        "Ruiz can add a new title to her name: “harbour queen.”",
        "“You look at the docks and you think: ‘They will never close.’”",
        # the quotation is another speaker's, named after "from" or "by"
        "Lo received a reply from the council: “The levy stays in place.”",
    ],
)
def test_clause_introducing_a_quotation_counter_cases(sourcing_analyzer: Analyzer, text: str) -> None:
    # no clause read as the cue up to its colon; a lone verb of saying takes its colon as PolNeAR does ("says:", v23)
    assert not any(cue.endswith(":") and " " in cue for cue, _ in _spans(sourcing_analyzer, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ruiz skirted a question from the host, who wanted to know whether the port would close.",
            [("named", "wanted to know", "who")],
        ),
        ("Ruiz demanded to know which clerk leaked the plan.", [("named", "demanded to know", "Ruiz")]),
        ("The Harbour Gazette queried whether the levy was legal.", [("named", "queried", "The Harbour Gazette")]),
        ("Ruiz hoped to win the harbour seat in May.", [("named", "hoped", "Ruiz")]),
        # "hoped" is weak: inside what Lo said it is Lo's content, not an attribution of its own
        ("Lo said Ruiz hoped to win the seat.", [("named", "said", "Lo")]),
    ],
)
def test_questions_and_hopes(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ruiz doubled down on her attacks on the levy.", [("named", "doubled down on", "Ruiz")]),
        ("Lo hit back at the union over the levy.", [("named", "hit back", "Lo")]),
        ("Ruiz ripped into the council over the levy.", [("named", "ripped into", "Ruiz")]),
        ("The port board rebuts the union's figures.", [("named", "rebuts", "The port board")]),
        # "many" people by what they do: a sweeping share, vague since round k53
        ("Many dock workers reaffirm their support for the strike.", [("vague", "reaffirm", "Many dock workers")]),
        # the infinitive of a plan or a measure reports nothing said; doubling down on an act says nothing
        ("The council passed a measure to reaffirm the harbour's old name.", []),
        ("Ruiz doubled down on her plan to sail at dawn.", []),
    ],
)
def test_other_forms_of_listed_verbs(analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(analyzer, text) == expected
