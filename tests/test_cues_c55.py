"""Round c55 (issue 12): cues PolNeAR marks in most of their dev uses that no rule read. An apology made for
something ("apologized for", "did not apologize for"); talk with one word between ("talked openly about"); a course
pictured or given in to, read only after a subject that can hold it ("envisioned", "imagined", "acquiesced"); a view
held after a form of "be" ("is upbeat about", "are not convinced that"). Controls: the senses that report nothing
stay unmatched."""

from __future__ import annotations

import pytest

from sourcing_cases import attributions_with_kinds, fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mayor Okafor apologized for the flyers on Friday.",
            [("apologized for", "Mayor Okafor", "named", "the flyers on Friday.")],
        ),
        (
            "The coach did not apologize for his remarks about the referees.",
            [("did not apologize for", "The coach", "named", "his remarks about the referees.")],
        ),
        (
            "Varga talked openly about her doubts over the merger.",
            [("talked openly about", "Varga", "named", "her doubts over the merger.")],
        ),
        (
            "Reyes acquiesced to a second round of talks in Lisbon.",
            [("acquiesced", "Reyes", "named", "to a second round of talks in Lisbon.")],
        ),
        (
            "Few analysts envisioned a runoff this close.",
            [("envisioned", "Few analysts", "vague", "a runoff this close.")],
        ),
        (
            "Okafor imagined a port that would double its trade.",
            [("imagined", "Okafor", "named", "a port that would double its trade.")],
        ),
        (
            "Lindqvist was upbeat about the harvest.",
            [("was upbeat", "Lindqvist", "named", "about the harvest.")],
        ),
        (
            "Her aides are not convinced that the plan will pass.",
            [("are not convinced", "Her aides", "anonymous", "the plan will pass.")],
        ),
    ],
)
def test_cues_read(analyzer, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert attributions_with_kinds(analyzer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The treaty envisions a joint patrol of the strait.",  # a thing as subject: no holder
        "She nursed an imagined slight for years.",  # the adjective
        "The striker felt he had nothing to apologize for.",  # no apology made
        "The report was upbeat.",  # nothing the view is about
    ],
)
def test_senses_that_report_nothing(analyzer, text: str) -> None:
    assert fields(analyzer, text, "cue") == []
