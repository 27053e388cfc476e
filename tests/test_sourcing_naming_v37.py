"""Round v37: a thing or group named by a participle after an indefinite noun phrase is no attribution, with
"dubbed" and "titled" as with "called", and past a hyphenated modifier ("a river-town club called …")."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import fields_and_voices


@pytest.mark.parametrize(
    ("text", "voices"),
    [
        (
            "The unit, led by an ultra dubbed The Wolf, made a desperate bid to grow.",
            [("desperate bid", "author")],
        ),
        (
            "Ana Lo, who runs a river-town club called Green Shoes, gave a shameful speech.",
            [("shameful", "author")],
        ),
        (
            "A film titled Broken Roads, a shameful hatchet job, opens on Friday.",
            [("hatchet job", "author"), ("shameful", "author")],
        ),
    ],
)
def test_a_named_thing_is_no_attribution(sourcing_analyzer: Analyzer, text: str, voices: list[tuple[str, str]]) -> None:
    attributions, matched = fields_and_voices(sourcing_analyzer, text, ("cue",))
    assert not [cue for (cue,) in attributions if cue in ("called", "dubbed", "titled")]
    assert sorted(set(matched)) == voices


def test_a_person_who_dubs_someone_still_speaks(sourcing_analyzer: Analyzer) -> None:
    attributions, matched = fields_and_voices(sourcing_analyzer, "A senator dubbed Lo a liar.", ("cue", "source"))
    assert attributions == [("dubbed", "A senator")]
    assert ("liar", "reported") in matched
