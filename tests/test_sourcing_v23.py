"""Round v23: a cue is spanned as PolNeAR marks cues, the same for every verb. Its auxiliaries and the adverbs
between them and the verb are part of it ("has said", "also told", "did not say", "is expected"), as is a colon
right after it ("said:"); a closing "that" is not ("warned that": the content's first word)."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Ana Ruiz has said the ferry fund will lapse in May.", "has said"),
        ("The harbour board has repeatedly warned that the pier is unsafe.", "has repeatedly warned"),
        ("Tom Lee also told the council the bridge would close.", "also told"),
        ("The mayor did not say when the vote would be held.", "did not say"),
        ("Ana Ruiz hasn't said whether she will run again.", "hasn't said"),
    ],
)
def test_a_cue_takes_in_its_auxiliaries_and_adverbs(sourcing_analyzer: Analyzer, text: str, cue: str) -> None:
    [(_, found, source)] = attributions(sourcing_analyzer, text)
    assert found == cue
    assert not source.endswith(cue.split()[0])  # the source phrase keeps its own words


def test_a_colon_right_after_the_cue_is_part_of_it(sourcing_analyzer: Analyzer) -> None:
    [(_, cue, _)] = attributions(sourcing_analyzer, "Ana Ruiz said: the ferry fund will lapse in May.")
    assert cue == "said:"


def test_a_closing_that_is_the_contents(sourcing_analyzer: Analyzer) -> None:
    [(_, cue, _)] = attributions(sourcing_analyzer, "Ana Ruiz notes that the ferry fund will lapse in May.")
    assert cue == "notes"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Ana Ruiz said the ferry fund will lapse in May.", "said"),  # nothing before the verb to take in
        ('"The fund will lapse," Ana Ruiz has said.', "has said"),  # the source stays "Ana Ruiz"
        ("Theresa May said the ferry fund will lapse.", "said"),  # "May" is a name here, no auxiliary
    ],
)
def test_a_cue_never_takes_in_its_source(sourcing_analyzer: Analyzer, text: str, cue: str) -> None:
    [(_, found, source)] = attributions(sourcing_analyzer, text)
    assert found == cue
    assert source in ("Ana Ruiz", "Theresa May")


@pytest.mark.parametrize(
    "text", ["A member of the family suggested they wait a week.", "The organizer of the rally said the park was full."]
)
def test_a_noun_in_ly_is_no_adverb_of_the_cue(sourcing_analyzer: Analyzer, text: str) -> None:
    assert attributions(sourcing_analyzer, text)[0][1] in ("suggested", "said")


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Ana Ruiz said in a statement that the fund will lapse.", "said"),
        ("Tom Lee wrote in his column that the pier is unsafe.", "wrote"),
    ],
)
def test_the_occasion_after_the_verb_is_no_part_of_the_cue(sourcing_analyzer: Analyzer, text: str, cue: str) -> None:
    assert attributions(sourcing_analyzer, text)[0][1] == cue
