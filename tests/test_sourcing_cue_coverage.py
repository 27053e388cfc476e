"""Cue constructions added for recall on PolNeAR (issue 12, helper round 12c), in sentences of our own:
exact kind, cue and source with either sourcing method, and the counter-cases that must stay as they are."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions, fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one who asks is the source of "when asked by …", and the question is its content
        (
            "When asked by a reporter whether the plant would close, Ms. Okafor said no.",
            [("anonymous", "When asked", "a reporter"), ("named", "said", "Ms. Okafor")],
        ),
        # without "by", nobody is named (as before)
        ("When asked whether the plant would close, Ms. Okafor said no.", [("named", "said", "Ms. Okafor")]),
    ],
)
def test_when_asked_by_reads_the_one_who_asks(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert [a for a in attributions(sourcing_analyzer, text) if a[2] or a[1] == "said"] == expected


def test_the_content_of_when_asked_by_is_the_question(sourcing_analyzer: Analyzer) -> None:
    text = "Ms. Okafor smiled when asked by a host whether the levy would pass."
    assert ("when asked", "whether the levy would pass.") in fields(sourcing_analyzer, text, "cue", "content")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a poll or a record several words before "found" / "show" is the source of a finding
        (
            "A poll from Lakeside College released on Tuesday found the mayor ahead by nine points.",
            [("named", "found", "A poll from Lakeside College")],
        ),
        (
            "County filings compiled by a watchdog group show the firm paid no tax.",
            [("named", "show", "County filings compiled by a watchdog group")],
        ),
        ("The inquiry found no wrongdoing by the mayor.", [("named", "found", "The inquiry")]),
        # no record before them: "found" and "show" are no cues
        ("After a long search, the hikers found the trail.", []),
        ("The firm will show its new model in Detroit.", []),
    ],
)
def test_a_poll_or_a_record_finds_and_shows(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "favor" after a possessive is a noun: the poll's respondents speak, not "One thing working in …"
        (
            "One thing working in Lund's favor is that 61 percent of voters in a recent Lakeside College"
            " poll said they trust her.",
            [("vague", "said", "61 percent of voters in a recent Lakeside College poll")],
        ),
        ("The new map tilts the race in Democrats' favor.", []),
    ],
)
def test_favor_after_a_possessive_is_no_cue(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


def test_the_verb_favor_still_attributes_a_stance(analyzer: Analyzer) -> None:
    # with the rules: the labeller may veto a weak cue it scores low
    assert attributions(analyzer, "Most voters in Ohio favor the levy.") == [("vague", "favor", "Most voters in Ohio")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name, or a document quoted from, before a colon that opens a quotation speaks, in mid-text too
        (
            'The two rivals met on Monday. Ana Ruiz: "We will not yield on the levy."',
            [("named", ":", "Ana Ruiz")],
        ),
        (
            'The audit came out on Friday. From the audit: "Several payments lack receipts."',
            [("named", ":", "From the audit")],
        ),
    ],
)
def test_a_name_before_a_colon_and_a_quotation_speaks(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


def test_a_description_before_a_colon_names_no_speaker(analyzer: Analyzer) -> None:
    # with the rules ("last word" is a cue the labeller may score on its own)
    assert attributions(analyzer, 'The mayor spoke for an hour. Her last word: "We will see."') == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quotation signed after a dash, on its own line or after the closing mark
        (
            'The mayor spoke last.\n\n"We will keep every branch library open next year."\n\n- Ana Ruiz.',
            [("named", "", "Ana Ruiz"), ("named", "-", "Ana Ruiz")],
        ),
        (
            'The vote was close. "We will keep every branch library open," -Mayor Ana Ruiz, after the vote.',
            [("named", "-", "Mayor Ana Ruiz")],
        ),
        # a heading set off by dashes after a quotation signs nothing
        ('She was praised. "The town has changed its mind."\n\n– A late convert –.\n\nLo spoke next.', []),
    ],
)
def test_a_quotation_signed_after_a_dash(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(("opening", "closing"), [('"', '"'), ("“", "”"), ("‘", "’"), ("'", "'")])
def test_a_signed_quotation_is_found_after_each_closing_mark(
    sourcing_analyzer: Analyzer, opening: str, closing: str
) -> None:
    # the text is searched once per closing mark (`_SIGNATURES`): each must find its own
    text = f"The vote was close. {opening}We will keep every branch library open,{closing} -Mayor Ana Ruiz, after it."
    assert attributions(sourcing_analyzer, text) == [("named", "-", "Mayor Ana Ruiz")]


def test_the_signed_quotation_is_the_content(analyzer: Analyzer) -> None:
    text = 'The vote was close. "We will keep every branch library open," -Mayor Ana Ruiz, after the vote.'
    assert fields(analyzer, text, "cue", "content") == [("-", '"We will keep every branch library open,"')]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stance of support is attributed to whoever holds it
        ("Mr. Lund supported the levy in 2014.", [("named", "supported", "Mr. Lund")]),
        ("Ms. Ruiz still supports a ban on the pesticide.", [("named", "still supports", "Ms. Ruiz")]),
        # a passive of support, and support inside what a source said, are no cues of their own
        ("The plan is supported by most farmers.", []),
        ("Ruiz said she supports the levy.", [("named", "said", "Ruiz")]),
        # a weak cue in the relative clause after an inverted source describes the speaker
        (
            '"The numbers do not add up," said Ed Lo, a pollster who supports Ruiz.',
            [("named", "said", "Ed Lo, a pollster who supports Ruiz")],
        ),
    ],
)
def test_support_is_a_stance_cue(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ms. Ruiz encouraged voters to reject the levy.", [("named", "encouraged", "Ms. Ruiz")]),
        ("Senator Lo voted against the bill.", [("named", "voted against", "Senator Lo")]),
        # plain actions are no attributions
        ("The brawl threatened to become a riot.", []),
        ("Mr. Lund decided to run again.", []),
    ],
)
def test_stances_and_decisions_are_cues(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The levy, as Ms. Ruiz put it, is a tax on hope.", [("named", "put it", "Ms. Ruiz")]),
        ('As one farmer put it, "The rain never came."', [("anonymous", "put it", "one farmer")]),
        # without "as" before it, "put it" places something
        ("He put it on the table.", []),
    ],
)
def test_as_x_put_it(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ms. Ruiz went on to list her demands.", [("named", "went on to", "Ms. Ruiz")]),
        ("Mr. Lund is eager to cut the levy.", [("named", "is eager", "Mr. Lund")]),
        ("The report focuses on farm debt.", [("named", "focuses on", "The report")]),
    ],
)
def test_set_phrases_of_stance(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a viewpoint opening the sentence attributes what follows the comma
        ("The plant closed in May. To Ms. Okafor, the closure is a betrayal.", [("named", "To", "Ms. Okafor")]),
        ("To many, the levy is a fair tax.", [("vague", "To", "many")]),
        # an infinitive and a headline in capitals are no viewpoints
        ("To win the state, candidates need cash.", []),
        ("To Stop Lund, Rivals Unite Behind Ruiz", []),
    ],
)
def test_a_viewpoint_opening_the_sentence(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


def test_the_content_of_a_viewpoint_follows_its_comma(analyzer: Analyzer) -> None:
    assert fields(analyzer, "To Ms. Okafor, the closure is a betrayal.", "cue", "content") == [
        ("To", "the closure is a betrayal.")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ms. Ruiz issued a new line of attack.", [("named", "issued", "Ms. Ruiz")]),
        # a participle after its noun: the document is the subject of nothing
        ("The permits issued in May were revoked.", []),
    ],
)
def test_issued_after_its_noun_is_no_cue(analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(analyzer, text) == expected


def test_a_title_in_quotation_marks_before_a_dash_is_no_signed_quotation(analyzer: Analyzer) -> None:
    text = 'He cites the "china shop rule" – You Break It, You Own It – to explain the war.'
    assert [a for a in attributions(analyzer, text) if a[1] in ("-", "–")] == []


@pytest.mark.parametrize("text", ["The projected gap is $3 billion.", "Its projected cost fell."])
def test_projected_as_an_adjective_is_no_cue(analyzer: Analyzer, text: str) -> None:
    assert attributions(analyzer, text) == []
