"""Round k76: a group's grievance told by a relative clause is its view ("voters who feel squeezed", "those who felt
abandoned"): "feel"/"felt" after "who" and before a state of neglect or of being wronged is a cue whose source is
the "who" (a vague group). Elsewhere "feel" stays no cue: in a sentence's own clause, before an object or a
likeness. Sentences written for these tests."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions_with_kinds


GRIEVANCES = {
    "The mayor courted shop owners who feel squeezed by the new levy.": ("feel", "squeezed by the new levy."),
    "Her message reached many farmers who felt abandoned after the flood.": ("felt", "abandoned after the flood."),
    "The party lost those who had felt ignored for years.": ("had felt", "ignored for years."),
}


@pytest.mark.parametrize("text", list(GRIEVANCES))
def test_grievance_felt_after_who(analyzer: Analyzer, text: str) -> None:
    cue, content = GRIEVANCES[text]
    assert (cue, "who", "vague", content) in attributions_with_kinds(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Tenants who feel the pinch of the rent rise stayed home.",
        "Parents who feel like strangers at the school rarely come.",
        "He felt abandoned by the team.",
        "The nurses felt ignored.",
        "Workers who feel fine went back to the plant.",
    ],
)
def test_feel_elsewhere_is_no_cue(analyzer: Analyzer, text: str) -> None:
    assert [row for row in attributions_with_kinds(analyzer, text) if row[0] in {"feel", "felt"}] == []
