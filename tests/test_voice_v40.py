"""Where a content ends, read for the voice of the matches around it (issue 12, helper round v40), in texts of our own,
with either sourcing method.

- A dash typed as a spaced hyphen or two before a contrast (" -- but", " - though") ends what was said, as ", but"
  does: the clause after it is the writer's.
- After an opening "According to X,", a quotation closed by its comma and a participle ('was “away,” sparking …')
  ends what X said: the participle is the writer's account.
- The second half of a correlative ("not only …, but also …", "…, but not …") is still what was said.
"""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import fields_and_voices


@pytest.mark.parametrize(
    ("text", "content", "voices"),
    [
        (
            "Ruiz said the ferry levy was popular with farmers -- but it clearly was not popular in town.",
            "the ferry levy was popular with farmers",
            [("clearly", "author")],
        ),
        (
            "Aides say the mayor will run again in May - though it is unclear whether the council will back her.",
            "the mayor will run again in May",
            [("it is unclear whether", "author")],
        ),
        # a contrast set off by a pair of dashes inside what was said: the content goes on over it
        (
            "Lo said the council had started - but not finished - the probably costly review of the depot.",
            "the council had started - but not finished - the probably costly review of the depot.",
            [("probably", "reported")],
        ),
    ],
)
def test_a_hyphen_dash_before_a_contrast_ends_the_content(
    sourcing_analyzer: Analyzer, text: str, content: str, voices: list[tuple[str, str]]
) -> None:
    attributions, matched = fields_and_voices(sourcing_analyzer, text, ("content",), {"certainty", "hedging"})
    assert attributions[0] == (content,)
    assert matched == voices


@pytest.mark.parametrize(
    ("text", "content", "voices"),
    [
        (
            "According to two neighbours, the mayor was “away,” sparking rumours that she had possibly resigned.",
            "the mayor was “away,”",
            [("rumours", "author"), ("possibly", "author")],
        ),
        (
            "According to Ruiz, “the depot is older than the town,” presumably meaning the repairs will be costly.",
            "“the depot is older than the town,”",
            [("presumably", "author")],
        ),
        # with no quotation the content still runs to the sentence's end
        (
            "According to Ruiz, the depot will probably close, leaving the town without buses.",
            "the depot will probably close, leaving the town without buses.",
            [("probably", "reported")],
        ),
    ],
)
def test_according_to_ends_at_a_quotation_closed_by_a_participle(
    sourcing_analyzer: Analyzer, text: str, content: str, voices: list[tuple[str, str]]
) -> None:
    attributions, matched = fields_and_voices(sourcing_analyzer, text, ("content",), {"hedging"})
    assert attributions[0] == (content,)
    assert matched == voices


@pytest.mark.parametrize(
    ("text", "content", "voices"),
    [
        (
            "Ruiz said the levy would help not only the farmers, but also the towns that could lose their buses.",
            "the levy would help not only the farmers, but also the towns that could lose their buses.",
            [("could", "reported")],
        ),
        (
            "Lo said she backs a ferry toll in summer, but not in winter, when it might hurt commuters.",
            "she backs a ferry toll in summer, but not in winter, when it might hurt commuters.",
            [("might", "reported")],
        ),
        (
            "The mayor said the depot was closed not for its cost, but because it was possibly unsafe.",
            "the depot was closed not for its cost, but because it was possibly unsafe.",
            [("possibly", "reported")],
        ),
        # a plain contrast still ends what was said
        (
            "Lo said the toll was fair, but critics could disagree.",
            "the toll was fair",
            [("could", "author")],
        ),
    ],
)
def test_the_second_half_of_a_correlative_is_what_was_said(
    sourcing_analyzer: Analyzer, text: str, content: str, voices: list[tuple[str, str]]
) -> None:
    attributions, matched = fields_and_voices(sourcing_analyzer, text, ("content",), {"hedging"})
    assert attributions[0] == (content,)
    assert matched == voices
