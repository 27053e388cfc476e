"""Wrong readings left from the last stop (issue 12, helper round k50), in sentences of our own, with either
sourcing method: an inverted tag after a clause that ends in an abbreviation, an outlet off the outlet lists
before "reports", names with "&", an "according to" aside inside another source's content with a verb in the
past, and a transcript whose first line is a turn."""

from __future__ import annotations


import pytest

from framing.pipeline import Analyzer
from signal_cases import spans
from sourcing_cases import attributions, attributions_and_voices


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("The man was born in the U.S. said his lawyer.", "his lawyer", "The man was born in the U.S."),
        ("She has never left the U.S. said a spokesman.", "a spokesman", "She has never left the U.S."),
        ("The shares were sold to Norvale Corp. said Ana Ruiz.", "Ana Ruiz", "The shares were sold to Norvale Corp."),
        ("The farm went to Ed Lo Jr. said the family's lawyer.", "the family's lawyer", "The farm went to Ed Lo Jr."),
    ],
)
def test_a_tag_after_a_clause_ending_in_an_abbreviation_still_inverts(
    sourcing_analyzer: Analyzer, text: str, source: str, content: str
) -> None:
    assert [(s, c) for _, s, c in attributions_and_voices(sourcing_analyzer, text)[0]] == [(source, content)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # k47's subjects stay subjects: no clause before the name, or no short source after the cue
        ("Norvale Corp. said its profits rose.", "Norvale Corp."),
        ("A spokesman for Tamsin Ltd. said the mill would close.", "A spokesman for Tamsin Ltd."),
        ("The chief of Brask Inc. said Tuesday.", "The chief of Brask Inc."),
    ],
)
def test_a_name_ending_in_an_abbreviation_still_speaks(sourcing_analyzer: Analyzer, text: str, source: str) -> None:
    assert [s for _, _, s in attributions(sourcing_analyzer, text)] == [source]


@pytest.mark.parametrize(
    ("text", "kind", "source", "content"),
    [
        ("The Mail reports that the ferry will stop in May.", "named", "The Mail", "the ferry will stop in May."),
        (
            "Dunmore Evening Courier reports the mill has closed.",
            "named",
            "Dunmore Evening Courier",
            "the mill has closed.",
        ),
        ("RT reports: the talks in Minsk have failed.", "state_media", "RT", "the talks in Minsk have failed."),
        ("Sputnik reports that the port was shelled.", "state_media", "Sputnik", "the port was shelled."),
        ("Reuters reported on Monday that the mill had closed.", "named", "Reuters", "the mill had closed."),
    ],
)
def test_an_outlet_reports(sourcing_analyzer: Analyzer, text: str, kind: str, source: str, content: str) -> None:
    found = sourcing_analyzer.analyze(text, split_title=False).attributions
    assert [(a["kind"], a["source"], a["content"]) for a in found] == [(kind, source, content)]


@pytest.mark.parametrize(
    "text",
    [
        "Police reports of the crash were false.",
        "The Mueller reports were long.",
        "Early reports suggested a fire.",
        "Halvorsen Mill Reports Record Year",
    ],
)
def test_reports_as_a_noun_is_no_outlet_reporting(sourcing_analyzer: Analyzer, text: str) -> None:
    assert "reports" not in [c for _, c, _ in attributions(sourcing_analyzer, text)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Smith & Co said it had a loss.", "Smith & Co"),
        ("Procter & Gamble said it would raise prices.", "Procter & Gamble"),
        ("AT&T said the outage was fixed.", "AT&T"),
        ("A spokesman for Halvorsen & Lund said the plant would close.", "A spokesman for Halvorsen & Lund"),
        ('"We will appeal," said Smith & Wesson.', "Smith & Wesson"),
        ("According to Ernst & Young, the firm lost money.", "Ernst & Young"),
    ],
)
def test_a_name_with_an_ampersand_is_one_source(sourcing_analyzer: Analyzer, text: str, source: str) -> None:
    assert [s for _, _, s in attributions(sourcing_analyzer, text)] == [source]


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "Lo said the budget, according to two officials, grew by half.",
            "the budget, according to two officials, grew by half.",
        ),
        ("Lo said the levy, according to an aide, rose twice.", "the levy, according to an aide, rose twice."),
        (
            "Lo said the fund, according to the report, doubled last year.",
            "the fund, according to the report, doubled last year.",
        ),
        ("Lo said the plan, according to three aides, would fail.", "the plan, according to three aides, would fail."),
    ],
)
def test_the_speaker_and_the_aside_are_both_credited_with_the_clause(
    sourcing_analyzer: Analyzer, text: str, clause: str
) -> None:
    """The README's reading (k48): the aside's source vouches for the clause it interrupts, and the speaker
    still said it, whatever the tense of the clause's verb."""
    found = attributions_and_voices(sourcing_analyzer, text)[0]
    assert [(c, s) for c, s, _ in found][0] == ("said", "Lo")
    assert [content for _, _, content in found] == [clause, clause]


def test_a_participle_after_a_closing_aside_is_no_verb_of_the_clause(sourcing_analyzer: Analyzer) -> None:
    """ "…, according to the data, compared with last year": the aside closes what comes before it."""
    text = "Lo said prices rose, according to the data, compared with last year."
    assert [c for _, c, _ in attributions(sourcing_analyzer, text)] == ["according to"]


@pytest.mark.parametrize(
    "text",
    [
        "ANDERSON: Well, frankly, I think the plan will fail.\n\nLO: I believe it will pass.",
        "SEN. LUND: I think the port will close.\n\nHOST: Why?\n\nSEN. LUND: The money ran out.",
        "RUIZ: Honestly, I think the levy is fair.\n\nTAPPER: And the council?",
    ],
)
def test_a_transcripts_first_turn_is_no_headline(sourcing_analyzer: Analyzer, text: str) -> None:
    result = sourcing_analyzer.analyze(text)
    assert result.title is None
    assert {e.voice for e in result.evidence if e.text == "think"} == {"reported"}  # the speaker's, not the writer's


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("RUIZ: Plant Will Close\n\nThe plant will close, the mayor said.", "RUIZ: Plant Will Close"),
        ("BREAKING: Plant Will Close\n\nUPDATE: The plant will close.", "BREAKING: Plant Will Close"),
    ],
)
def test_a_headline_with_a_colon_stays_a_headline(sourcing_analyzer: Analyzer, text: str, title: str) -> None:
    assert sourcing_analyzer.analyze(text).title == title


def test_opening_name_must_be_true_or_false(check_lexicon_file) -> None:
    odd, output = check_lexicon_file(
        "odd.toml",
        'schema = 1\n[signal]\nlabel = "Odd"\ndescription = "A flag that is not one."\n\n'
        '[terms]\n"odd" = 1.0\n\n'
        '[[context]]\nterms = ["odd"]\nbefore = ["not"]\nopening_name = "yes"\naction = "require"\n',
    )
    assert f"{odd}:9: E203 opening_name of a context rule must be true or false" in output


def test_a_user_lexicon_can_ask_for_an_opening_name(user_analyzer) -> None:
    mine = user_analyzer(
        "tells.toml",
        'schema = 1\n[signal]\nlabel = "Tells"\ndescription = "An outlet telling, by its name."\n\n'
        '[terms]\n"tells" = 1.0\n\n'
        '[[context]]\nterms = ["tells"]\nbefore = ["it"]\nwindow = 1\naction = "require"\nopening_name = true\n',
    )
    assert spans(mine, "The Dunmore Courier tells its readers to wait.", "tells") == ["tells"]
    assert spans(mine, "Nobody tells the truth.", "tells") == []
