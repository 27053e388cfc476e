"""Round v38: a second blind voice draw on outside dev news (SemEval-2025, PTC, BASIL, BABE), measured only, and the
three constructions it and PolNeAR dev showed: a headline's quoted label before a colon is no speaker, a noun cue
that is the subject of the verb after it has no content, and a state-media outlet that acts is credited nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.pipeline import Analyzer
from framing.quality.voice_judged import JUDGED_DIR, own_voice_right, read, voices
from sourcing_cases import fields_and_voices

DRAW = JUDGED_DIR / "voice_v38.tsv"


def test_the_draw_reads_back_with_its_verdicts() -> None:
    rows = read(DRAW)
    assert len(rows) == 120
    assert {r.dataset: sum(x.dataset == r.dataset for x in rows) for r in rows} == {
        "semeval2025": 30,
        "ptc": 30,
        "basil": 30,
        "babe": 30,
    }
    assert [sum(r.judged == v for r in rows) for v in ("author", "reported", "quoted")] == [61, 18, 41]


def test_every_judged_match_is_still_made_and_measured(analyzer, shared_data: Path, capsys) -> None:
    rows = read(DRAW)
    ours = voices(rows, shared_data, analyzer)
    assert None not in ours
    right, n = own_voice_right(rows, ours)
    with capsys.disabled():
        print(f"\nvoice_v38: own voice {right}/{n} = {right / n:.3f} (measured only)")


@pytest.mark.parametrize(
    ("text", "voices"),
    [
        # a headline's quoted label before a colon is no speaker
        ("‘Totally Absurd’: Town Drops Its Disastrous Bridge Plan", [("Absurd", "author"), ("Disastrous", "author")]),
        ("Welcome to ‘Chaos Town’: A reckless mayor wrecks the budget", [("Chaos", "author"), ("reckless", "author")]),
        # a noun cue that is the subject of the verb after it has no content
        ("Ruiz's warning sparks fears over what the rebels may be planning.", [("may", "author")]),
        ("Lo's forecast remains grim, and the council may yet fold.", [("grim", "author"), ("may", "author")]),
        ("The mayor's questioning came across as reckless.", [("reckless", "author")]),
    ],
)
def test_a_quoted_label_or_a_noun_cue_as_subject_reports_nothing(
    sourcing_analyzer: Analyzer, text: str, voices: list[tuple[str, str]]
) -> None:
    attributions, matched = fields_and_voices(sourcing_analyzer, text, ("cue",))
    assert attributions == []
    assert matched == voices


def test_a_speaker_before_a_headline_colon_still_speaks(sourcing_analyzer: Analyzer) -> None:
    attributions, matched = fields_and_voices(
        sourcing_analyzer, "Ruiz: Town Drops Its Disastrous Bridge Plan", ("cue", "source")
    )
    assert attributions == [(":", "Ruiz")]
    assert matched == [("Disastrous", "reported")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ruiz's warning that the bridge may close alarmed the town.", [("warning", "Ruiz's")]),
        ("Ruiz's warning residents that the bridge may close.", [("warning", "Ruiz's")]),
        ("The union's claim that farmers may lose everything fell flat.", [("claim", "The union's")]),
    ],
)
def test_a_noun_cue_with_its_clause_keeps_it(
    sourcing_analyzer: Analyzer, text: str, expected: list[tuple[str, str]]
) -> None:
    attributions, matched = fields_and_voices(sourcing_analyzer, text, ("cue", "source"))
    assert attributions == expected
    assert ("may", "reported") in matched


@pytest.mark.parametrize(
    "text",
    [
        "RT, one of the state-controlled media networks, has pushed false claims about the reckless strike.",
        "State media published a report that may clear the army.",
        "China's state-run media quickly seized on the reckless strike.",
    ],
)
def test_a_state_outlet_that_acts_is_credited_nothing(analyzer: Analyzer, text: str) -> None:
    # the rules alone: the trained labeller reads "has pushed …" and "published …" as cues of their own
    attributions, matched = fields_and_voices(analyzer, text, ("cue",))
    assert attributions == []
    assert all(voice == "author" for _, voice in matched)


def test_a_state_outlets_credit_still_attributes(analyzer: Analyzer) -> None:
    attributions, matched = fields_and_voices(
        analyzer, "MOSCOW (TASS) -- The reckless strike may have hit a school.", ("kind", "source")
    )
    assert attributions == [("state_media", "TASS")]
    assert matched == [("reckless", "reported"), ("may", "reported")]
