"""A closing "…, <name> reports." or "…, <name> found." (issue 12, helper round v19), in sentences of our own.

"reports" and "found" are cues only near an outlet or a poll word (context rules of `reporting_verbs.toml`): a
name the lists cannot hold ("…, Isaac Stanley-Becker reports.", "…, Fox found.") was cancelled with its
attribution. A rule's `closing_name` now lets a name after a comma count where the cue closes the sentence; the
same words in the middle of a sentence, or after a common noun, stay cancelled."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from framing.cli import app
from framing.pipeline import Analyzer
from sourcing_cases import attributions_and_voices

runner = CliRunner()


@pytest.mark.parametrize(
    ("text", "attributions"),
    [
        (
            "The senator will not seek a third term, Isaac Stanley-Becker reports.",
            [("reports", "Isaac Stanley-Becker", "The senator will not seek a third term,")],
        ),
        (
            "Clinton kept her lead among voters with a college degree, Fox found.",
            [("found", "Fox", "Clinton kept her lead among voters with a college degree,")],
        ),
        (
            "Half of the new jobs were part-time, the Chicago Tribune found.",
            [("found", "the Chicago Tribune", "Half of the new jobs were part-time,")],
        ),
    ],
)
def test_a_name_closing_the_sentence_after_a_comma_is_the_source(
    sourcing_analyzer: Analyzer, text: str, attributions: list[tuple[str, str, str]]
) -> None:
    assert attributions_and_voices(sourcing_analyzer, text)[0] == attributions


@pytest.mark.parametrize(
    "text",
    [
        # the same verbs in their other senses, or with more words after them: no cue
        "After the loss, Smith found himself alone in the race.",
        "The keys were lost for a week, Smith found them in May.",
        "The coins lay under the floor, where the builders found them.",
        "The boxes were stacked in the hall, the workers found.",
        "Two deputies met the families, Emily Ruiz reports on Mondays.",
    ],
)
def test_found_or_reports_elsewhere_stays_cancelled(sourcing_analyzer: Analyzer, text: str) -> None:
    cues = [cue for cue, _, _ in attributions_and_voices(sourcing_analyzer, text)[0]]
    assert "found" not in cues and "reports" not in cues


def test_closing_name_must_be_true_or_false(check_lexicon_file) -> None:
    odd, output = check_lexicon_file(
        "odd.toml",
        'schema = 1\n[signal]\nlabel = "Odd"\ndescription = "A flag that is not one."\n\n'
        '[terms]\n"found" = 1.0\n\n'
        '[[context]]\nterms = ["found"]\nbefore = ["poll"]\nclosing_name = "yes"\naction = "require"\n',
    )
    assert f"{odd}:9: E203 closing_name of a context rule must be true or false" in output


def test_lexicon_show_says_which_rules_keep_a_closing_name() -> None:
    result = runner.invoke(app, ["lexicon", "show", "reporting_verbs", "--format", "json"])
    assert result.exit_code == 0, result.output
    keeping = [r["terms"] for r in json.loads(result.output)["context"] if r["closing_name"]]
    assert ["reports"] in keeping and ["show", "found", "shown"] in keeping
    text = runner.invoke(app, ["lexicon", "show", "reporting_verbs"]).output
    assert "or a name after a comma closing the sentence" in " ".join(text.split())
