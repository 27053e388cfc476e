"""Round k48: round u34's leftovers, wrong readings a researcher sees.

1. An "according to" aside inside another source's clause ("Lo said the plan, according to the aides, is …")
   took the whole sentence from Lo: no "Lo said" attribution, and the aside's content began at "Lo". Lo now says
   the clause, and the aside credits the clause it interrupts, inside Lo's. A relative clause with no comma ran
   into the main verb: "Any official who says so is lying" credited "so is lying".
2. A cue "said in" before a month, a year or a name ("said in April that …") kept its "in", which PolNeAR never
   marks; a question's auxiliary ("Did Lo say …?") was read into the source.
3. A pseudo-cleft ("What is clear about the data is that …") lost its certainty to the rule for a person who "was
   clear about" something; a past "knew what actually happened" lost it to the indirect-question rule.
4. A bidding of the reader in title case before a colon ("Ask Yourself: who benefits?") was read as a label,
   so its rhetorical question was no doubt.
5. Kinds: "The family of the victim" was named while "The victim's family" is anonymous; "A close ally" was vague
   ("close" read as the start of "close to …") while "An ally of the governor" is anonymous.
Each case is a sentence written for the test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


def _read(analyzer: Analyzer, text: str) -> list[tuple[str, str, str]]:
    """(source, cue as spanned, content) of each attribution of `text`."""
    result = analyzer.analyze(text, split_title=False)
    return [(a["source"], text[a["cue_start"] : a["cue_end"]], a["content"]) for a in result.attributions]


def test_a_speaker_keeps_a_clause_an_according_to_aside_interrupts(sourcing_analyzer: Analyzer) -> None:
    read = _read(sourcing_analyzer, "Ana Lo said the levy, according to two aides, would hurt farmers.")
    clause = "the levy, according to two aides, would hurt farmers."
    assert ("Ana Lo", "said", clause) in read
    assert ("two aides", "according to", clause) in read


def test_an_aside_closing_the_clause_still_takes_it(sourcing_analyzer: Analyzer) -> None:
    """The reading kept: "…, according to an aide, and left" credits what came before to the aide alone."""
    read = _read(sourcing_analyzer, "Ana Lo said little at the hearing, according to an aide, and left early.")
    assert [source for source, _, _ in read] == ["an aide"]


def test_a_lone_so_in_a_subjects_relative_clause_ends_there(sourcing_analyzer: Analyzer) -> None:
    read = _read(sourcing_analyzer, "Any clerk who says so is lying to the council.")
    assert [content for _, _, content in read] == ["so"]


def test_a_subjects_relative_clause_closing_the_text_is_read(sourcing_analyzer: Analyzer) -> None:
    """A relative clause whose cue ends the text has no content to end early (its first form read past the text)."""
    assert all(content in ("", None) for _, _, content in _read(sourcing_analyzer, "Ask the clerks who know"))


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Ana Lo said in April that the levy would rise.", "said"),
        ("Ana Lo said in 2019 that the levy would rise.", "said"),
        ("Ana Lo wrote in Politico that the levy would rise.", "wrote"),
        ("Ana Lo said in a statement that the levy would rise.", "said"),  # v23's trim, kept
    ],
)
def test_said_in_a_time_or_a_name_leaves_the_in(sourcing_analyzer: Analyzer, text: str, cue: str) -> None:
    assert [c for _, c, _ in _read(sourcing_analyzer, text)] == [cue]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Did Ana Lo say the levy would rise?", "Ana Lo"),
        ("Why did the mayor say the levy would rise?", "the mayor"),
        ("Will Smith said the levy would rise.", "Will Smith"),  # a name, no question
    ],
)
def test_a_questions_auxiliary_is_no_part_of_the_source(sourcing_analyzer: Analyzer, text: str, source: str) -> None:
    assert [s for s, _, _ in _read(sourcing_analyzer, text)] == [source]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("What is clear about the survey is that the levy failed.", ["What is clear"]),
        ("The mayor was clear about one thing.", []),  # h14's reading, kept
        ("She knew what actually happened at the depot.", ["actually"]),
        ("We may never know what actually happened at the depot.", []),  # h14's reading, kept
        ("No one knew what actually happened at the depot.", []),
    ],
)
def test_a_pseudo_cleft_and_a_fact_known_assert(
    signal_spans: Callable[[str, str], list[str]], text: str, expected: list[str]
) -> None:
    assert signal_spans(text, "certainty") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round q14: "ask yourself" is a frame of its own, counted once in place of its question's "?"
        ("Ask Yourself: who gains from the levy?", ["Ask Yourself"]),
        ("Picture This: who pays for the levy?", ["?"]),
        ("Remember This: who voted for the levy?", ["?"]),
        ("Town Clerk: Who voted for the levy?", []),  # a speaker's label, as before
    ],
)
def test_a_title_case_bidding_is_no_label(
    signal_spans: Callable[[str, str], list[str]], text: str, expected: list[str]
) -> None:
    assert signal_spans(text, "doubt") == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The family of the victim said the police lied.", "anonymous"),
        ("The mother of Quentin Lo said the police lied.", "anonymous"),
        ("The victim's family said the police lied.", "anonymous"),
        ("A close ally quietly warned that the levy would fail.", "anonymous"),
        ("A close aide said the levy would fail.", "anonymous"),
        ("An ally of the governor said the levy would fail.", "anonymous"),
    ],
)
def test_one_kind_for_both_forms_of_a_relative_and_an_ally(sourcing_analyzer: Analyzer, text: str, kind: str) -> None:
    assert [k for k, _, _ in attributions(sourcing_analyzer, text)] == [kind]
