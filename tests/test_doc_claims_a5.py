"""Round a5: the lines this stop's rounds added to the README, docs/source-kinds.md and lexicons/README.md, as a user
reads them. Each example a line quotes comes out as the line says (span, kind, voice). Sentences written for these
tests; the rounds' own tests hold the construction cases."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from signal_cases import spans
from sourcing_cases import attributions_with_kinds, fields_and_voices


@pytest.mark.parametrize(
    ("text", "signal", "expected"),
    [
        # README, certainty: a truth coming into view, not a statement meant
        ("It soon became apparent that nobody had read the report.", "certainty", ["became apparent"]),
        ("She tried to make it clear that she would stay.", "certainty", []),
        # README and lexicons/README.md, escalation: "deadly" of what kills by no nature of its own
        ("The greens made a deadly bargain.", "escalation", ["deadly"]),
        ("Deadly delays in the response hurt the towns.", "escalation", ["Deadly"]),
        ("A deadly attack killed four people.", "escalation", []),
        ("The deadly strain spread across the region.", "escalation", []),
        ("The elite have plans to depopulate the world.", "escalation", ["depopulate"]),
        # README, doubt: round q14's classes
        ("There is no real evidence that the count was wrong.", "doubt", ["no real evidence"]),
        ("Strangely, the files went missing the day before.", "doubt", ["Strangely,"]),
        ("They want to fix the supposedly broken weather.", "doubt", ["the supposedly"]),
        ("Why waste money on it?", "doubt", ["?"]),
    ],
)
def test_a_signal_example_as_the_docs_say(analyzer: Analyzer, text: str, signal: str, expected: list[str]) -> None:
    assert spans(analyzer, text, signal) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # README, phrasal cues: the particle is the cue's, and one of another sense leaves no cue
        ("The senator sounded off on the tax bill.", [("sounded off", "The senator", "named")]),
        ("The builder showed off the new kitchen.", []),
        ("Lo, who himself says the tax is unfair, voted for it.", [("says", "who", "named")]),
        ("Lo himself said the tax was unfair.", [("said", "Lo himself", "named")]),
        # docs/source-kinds.md, k75: a pronoun passes over a source told as the other sex
        (
            "Tom Lee denied it on Monday. The woman said nothing. He said the claim was false.",
            [("denied", "Tom Lee", "named"), ("said", "The woman", "anonymous"), ("said", "He", "named")],
        ),
        (
            "Mr. Lee said the plan was sound. One woman from the town did not learn of it until May. She said it hurt.",
            [("said", "Mr. Lee", "named"), ("said", "She", "anonymous")],
        ),
        # a person's staff, and the judge of a hearing the text has not named
        ("The governor's staff said the plan was dead.", [("said", "The governor's staff", "anonymous")]),
        (
            "Ana Ruiz said she was innocent. The judge said she could go home.",
            [("said", "Ana Ruiz", "named"), ("said", "The judge", "anonymous")],
        ),
        # docs/source-kinds.md, rule 3: a title that opens its sentence names no one nearby (a headline's word)
        (
            "A federal judge ordered the release. In her ruling, Judge Ana Ruiz wrote that it was lawful.",
            [("ordered", "A federal judge", "named"), ("wrote", "Judge Ana Ruiz", "named")],
        ),
        (
            "A federal judge ordered the release. Judge Ana Ruiz wrote that it was lawful.",
            [("ordered", "A federal judge", "anonymous"), ("wrote", "Judge Ana Ruiz", "named")],
        ),
        # docs/source-kinds.md, v38: a state outlet that acts, and a noun cue that is its verb's subject
        ("RT, one of the state networks, has pushed false claims about the vote.", []),
        ("Lo's warning sparks fears over the port.", []),
    ],
)
def test_an_attribution_example_as_the_docs_say(
    analyzer: Analyzer, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(c, s, k) for c, s, k, _ in attributions_with_kinds(analyzer, text)] == expected


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        # README: a colon's block runs to the blank line over the line ends inside it
        (
            "The board met. Lo stated:\n\nThe port will close.\nTraders may lose money.\n\nThe weather was fine.",
            "reported",
        ),
        # ... and a single line end after the colon inside a paragraph ends no sentence: only the first is Lo's
        ("The board met. Lo stated:\nThe port will close.\nTraders may lose money.\n\nThe weather was fine.", "author"),
    ],
)
def test_a_colons_block_as_the_readme_says(analyzer: Analyzer, text: str, voice: str) -> None:
    _, voices = fields_and_voices(analyzer, text, ("cue",), {"hedging"})
    assert voices == [("may", voice)]
