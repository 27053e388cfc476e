"""Round u48: a researcher's pass over ten unread dev articles of international and propaganda-prone outlets. A
participle cue after a comma (", saying that …", ", adding, ''…''") reports the clause after its "that" and
its punctuation, as a finite cue does; a state-media name that no cue took as its source, governed by the word
before it ("told Xinhua", "an interview with Xinhua", "cheerleading by state media"), heard or was named and
attributes nothing; "it is (well) known for/as" names renown or a name, no certainty."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from signal_cases import shipped_spans
from sourcing_cases import attributions_with_kinds, fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The harbor board denied the sale, saying that the ferry had been kept.",
            [("denied", "the sale"), ("saying", "the ferry had been kept.")],
        ),
        ("Mayor Ruiz spoke for an hour, adding that the levy would stay.", [("adding", "the levy would stay.")]),
        (
            "The council met on Friday, noting that, despite the storm, the bridge held.",
            [("noting", "despite the storm, the bridge held.")],
        ),
        # the punctuation after the cue is no part of the content; an NYT-style opening mark is
        ('Ms. Okafor waved, adding, "We will be back."', [("adding", '"We will be back."')]),
        ("Mr. Lund closed the meeting, adding, ''We will be back.''", [("adding", "''We will be back.''")]),
        # unchanged: a setting before the "that" (u47), a finite cue
        (
            "The mayor defended the budget, saying for instance that the fee is merely a charge.",
            [("defended", "the budget"), ("saying", "the fee is merely a charge.")],
        ),
        ("The harbor board said that the ferry had been kept.", [("said", "the ferry had been kept.")]),
    ],
)
def test_a_participle_cue_reports_past_its_that(analyzer, text: str, expected: list[tuple[str, str]]) -> None:
    assert fields(analyzer, text, "cue", "content") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the outlet heard the quotation: the next one is still the speaker's
        (
            'The fair was busy. "I come every year," Ana Ode, a baker, told Xinhua. "The stalls are better now."',
            [
                ("told", "Ana Ode, a baker", "named", '"I come every year,"'),
                ("", "Ana Ode, a baker", "named", '"The stalls are better now."'),
            ],
        ),
        ("The clip first aired on Russian state television.", []),
        ("Many shoppers were lured by cheerleading on state television.", []),
        # unchanged: a credit line, a sentence the outlet opens, an outlet with a cue
        (
            "BEIJING, March 3 (Xinhua) -- The port will open a new dock next year.",
            [("", "Xinhua", "state_media", ") -- The port will open a new dock next year.")],
        ),
        ("State media said the port will open.", [("said", "State media", "state_media", "the port will open.")]),
    ],
)
def test_a_governed_state_media_name_attributes_nothing(analyzer, text: str, expected: list[tuple[str, ...]]) -> None:
    assert attributions_with_kinds(analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The museum sits on a hill. It is well known for its gardens.", []),
        ("It is known as the Old Mill.", []),
        # unchanged: a fact vouched for
        ("It is well known that the port floods.", ["It is well known"]),
        ("It is well known, for instance, that the port floods.", ["It is well known"]),
    ],
)
def test_well_known_for_is_renown(text: str, expected: list[str]) -> None:
    assert shipped_spans(text, "certainty") == expected


_VERDICTS = {"y", "n", "-"}
_TEXTS = {"semeval2025": ("semeval2025_narratives", "EN", "documents"), "ptc": ("ptc", "articles")}


def test_the_pass_file_points_into_its_texts(shared_data: Path) -> None:
    """Each judged row's offsets lie inside its stored text, with a verdict per field and a class."""
    path = Path(__file__).parent / "data" / "researcher_pass" / "u48.tsv"
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    assert len(rows) == 161
    for row in rows:
        text = shared_data.joinpath(*_TEXTS[row["dataset"]], f"{row['doc']}.txt").read_text(encoding="utf-8")
        for name in ("cue", "source", "content"):
            start, end = row[f"{name}_start"], row[f"{name}_end"]
            assert (start == "") == (end == "")
            assert start == "" or 0 <= int(start) <= int(end) <= len(text)
        assert {row[f] for f in ("cue_ok", "source_ok", "kind_ok", "content_ok", "voice_ok")} <= _VERDICTS
        assert row["class"] and row["reason"]
