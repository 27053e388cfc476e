"""Source phrases round u33 found wrong in sentences of its own, reading rounds v22, k42 and k43's changes: a name
with its party bracket before a relative clause or a participle's aside ("Rep. Ed Lo (R-Texas), who chairs the
panel, warned": the source was ", who chairs the panel"), and people described by a relative clause whose head is
a plural outside the people lists or whose verb the phrase read in ("Farmers who lost their crops said": the source
was "lost their crops"). A guard pins what must not move: a pronoun subject of the relative's object speaks. The kind is not asserted where it is the kind rules' (a bare plural
outside the lists reads named, as "Farmers said" does)."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


def _sources(analyzer: Analyzer, text: str, cue: str) -> list[str]:
    return [source for _, found, source in attributions(analyzer, text) if found == cue]


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (
            "Rep. Tom Hale (R-Texas), who chairs the harbour panel, warned that the ferry fund would lapse.",
            "warned",
            ("named", "warned", "Rep. Tom Hale (R-Texas), who chairs the harbour panel"),
        ),
        (
            "Sen. Ana Ruiz (D-Ore.), citing new figures, said the ferry fares would rise.",
            "said",
            ("named", "said", "Sen. Ana Ruiz (D-Ore.)"),
        ),
        (
            "Ruiz (D-Ore.), who sits on the harbour board, said the fares would rise.",
            "said",
            ("named", "said", "Ruiz (D-Ore.), who sits on the harbour board"),
        ),
    ],
)
def test_a_name_with_its_party_before_an_aside_speaks(
    sourcing_analyzer: Analyzer, text: str, cue: str, expected: tuple
) -> None:
    assert expected in attributions(sourcing_analyzer, text)
    assert not any(source.startswith(",") for source in _sources(sourcing_analyzer, text, cue))


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "Farmers who lost their crops to the flood said the aid came too late.",
            "said",
            "Farmers who lost their crops to the flood",
        ),
        (
            "Nurses who treated the ferry's passengers said the ward was full.",
            "said",
            "Nurses who treated the ferry's passengers",
        ),
        (
            "The groups who wrote to the mayor on Friday say the fares are too high.",
            "say",
            "The groups who wrote to the mayor",
        ),
    ],
)
def test_people_described_by_a_relative_clause_speak(
    sourcing_analyzer: Analyzer, text: str, cue: str, source: str
) -> None:
    assert _sources(sourcing_analyzer, text, cue) == [source]


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # the relative's object has its own subject: he says it, not the fools
        ("He treats his voters as fools who will believe anything he says.", "says", "he"),
    ],
)
def test_a_relative_clause_with_a_subject_of_its_own_is_no_source(
    sourcing_analyzer: Analyzer, text: str, cue: str, source: str
) -> None:
    assert _sources(sourcing_analyzer, text, cue) == [source]
