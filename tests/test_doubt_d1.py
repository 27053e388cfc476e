"""Round d1 (issue 13): the bare "?" read by its question's shape and place. A question put after a transcript's
speaker or a line's label, a list's item, a proposal, a forecast and the filler "You know what?" cast no doubt.
Each case is a sentence written for the test and the exact text doubt matches in it; the neighbouring rhetorical
question shows the rule took no more than its class."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from framing.cli import app
from framing.pipeline import Analyzer
from signal_cases import spans


@pytest.mark.parametrize(
    "text, expected",
    [
        # a transcript's speaker or a line's label before the colon: a question put to be answered
        ("DB: What would you say the senator achieved in office?", []),
        ("Defense Attorney : Were you at the lake that night?", []),
        ("Channel Four: How did you start the choir?", []),
        ("FACT CHECK: Did the mayor say the bridge would close?", []),
        # a clause before the colon has a word in lower case: the question is the writer's, and may sneer
        # round q14: its frame counts, and the "?" not again
        ("Ask yourself: who paid for the mayor's trip?", ["Ask yourself"]),
        ("He put it to me: why would anyone trust that report?", ["why would"]),
        # no colon, or a colon after more than three words: no label
        ("Are they serious?", ["?"]),
        ("The Mayor Of The Town: is the plan a good one?", ["?"]),
        # a list's items: links and reader questions, each opening with its bullet
        ("- Who is the new mayor of the town?", []),
        ("• How big is the harbour fleet?", []),
        ("- Is the harbour fleet really that big?", ["really"]),
    ],
)
def test_a_label_or_a_bullet_opening_the_sentence_cancels_its_question(
    analyzer: Analyzer, text: str, expected: list[str]
) -> None:
    assert spans(analyzer, text, "doubt") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a proposal and a forecast deliberate; they doubt no claim
        ("How about a tax on carbon instead?", []),
        ("Or how about a levy on the biggest estates?", []),
        ("What's next for the senator?", []),
        ("What’s Next at the Evening Paper?", []),
        # a speaker's filler before a statement
        ('"You know what? We will win this race."', []),
        # a sneering question of the same length still counts
        ("A tax on carbon, from these people?", ["?"]),
        ("What did the senator know about the loan?", ["?"]),
    ],
)
def test_proposals_forecasts_and_a_filler_ask_nothing(analyzer: Analyzer, text: str, expected: list[str]) -> None:
    assert spans(analyzer, text, "doubt") == expected


def test_opening_label_must_be_true_or_false(check_lexicon_file) -> None:
    odd, output = check_lexicon_file(
        "odd.toml",
        'schema = 1\n[signal]\nlabel = "Odd"\ndescription = "A flag that is not one."\n\n'
        '[terms]\n"odd" = 1.0\n\n'
        '[[context]]\nterms = ["odd"]\nbefore = ["not"]\nopening_label = 1\naction = "cancel"\n',
    )
    assert f"{odd}:9: E203 opening_label of a context rule must be true or false" in output


def test_a_user_lexicon_can_ask_for_the_label_too(user_analyzer) -> None:
    mine = user_analyzer(
        "praise.toml",
        'schema = 1\n[signal]\nlabel = "Praise"\ndescription = "Words of praise, not in a transcript\'s questions."\n\n'
        '[terms]\n"brilliant" = 1.0\n\n'
        '[[context]]\nterms = ["brilliant"]\nbefore = ["asked"]\nwindow = 5\naction = "cancel"\nopening_label = true\n',
    )
    assert spans(mine, "Host: Was the final brilliant?", "praise") == []
    assert spans(mine, "The final was brilliant.", "praise") == ["brilliant"]


def test_lexicon_show_says_which_rules_read_a_label() -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["lexicon", "show", "doubt", "--format", "json"])
    assert result.exit_code == 0, result.output
    # round u49: a list item's or an answer's "why" / "how can" is read by a label too ("Q:", "1.")
    assert [r["terms"] for r in json.loads(result.output)["context"] if r["opening_label"]] == [
        ["?"],
        ["why", "how can", "how could"],
    ]
    text = runner.invoke(app, ["lexicon", "show", "doubt"]).output
    assert "or a label opening the sentence" in " ".join(text.split())
