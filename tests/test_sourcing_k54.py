"""An unnamed person whom the text names a sentence or two later, and a relative clause in the source phrase (issue
12, helper round k54), in sentences of our own, with either sourcing method."""

from __future__ import annotations

import pytest

from framing import load_lexicons
from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    "text",
    [
        "A teacher at the school said he was calm. The teacher, Ana Lo, added that he slept.",
        "A woman in the crowd said the fire spread fast. Her name is Ana Lo.",
        "A woman in the crowd said the fire spread fast. The smoke was thick. Lo, 34, said she ran.",
        "A spokesman for Acme said the mill would close. Tom Hale, who has spoken for Acme since May, lost his job.",
        "A top adviser to Mayor Ana Lo said the budget was tight. Tom Hale, who leads Ms. Lo's council, wants cuts.",
        "One resident said the water was brown. The resident, Tom Hale, added that it smelled.",
    ],
)
def test_a_person_described_then_named_is_named(sourcing_analyzer: Analyzer, text: str) -> None:
    assert attributions(sourcing_analyzer, text)[0][0] == "named"


@pytest.mark.parametrize(
    "text",
    [
        # a name alone may be anyone's: nothing says it is hers
        "A woman in the crowd said the fire spread fast. The smoke was thick. Tom Hale said it was hot.",
        # too far: three sentences on
        "A woman in the crowd said the fire spread fast. The smoke was thick. Roads shut. Trains stopped. "
        "Lo, 34, said she ran.",
        # someone the text has named before the description
        "Lo runs the cafe. A woman in the crowd said the fire spread fast. The smoke was thick. Lo, 34, ran.",
        # someone else brought in with "who": nothing of the description comes back
        "A spokesman for Acme said the mill would close. Tom Hale, who runs the ferry, lost his boat.",
        # another person's name and title, not hers
        "A woman in the crowd said the fire spread fast. Mayor Tom Hale said it was hot.",
    ],
)
def test_a_described_person_with_no_name_of_hers_stays_anonymous(sourcing_analyzer: Analyzer, text: str) -> None:
    assert attributions(sourcing_analyzer, text)[0][0] == "anonymous"


@pytest.mark.parametrize(
    ("text", "source", "kind"),
    [
        # one unnamed person acting on another, so no one named before (k73; was named by k28's "the" reading)
        ("The nurse who treated him said he was calm.", "The nurse who treated him", "anonymous"),
        ("A man who filmed the attack said it was loud.", "A man who filmed the attack", "anonymous"),
        ("The company that built the bridge said it was safe.", "The company that built the bridge", "named"),
        ("The agency which runs the port said the ships were late.", "The agency which runs the port", "named"),
    ],
)
def test_a_relative_clause_belongs_to_the_source(
    sourcing_analyzer: Analyzer, text: str, source: str, kind: str
) -> None:
    assert [(k, s) for k, _, s in attributions(sourcing_analyzer, text)] == [(kind, source)]


def test_a_relative_clause_after_a_noun_of_a_prepositional_phrase_is_not_read() -> None:
    """ "the aides on the trading floor who flirt … and let them think": the floor is no speaker."""
    text = "He blamed the aides on the trading floor who flirt with their bosses and let them think so."
    analyzer = Analyzer(load_lexicons(), sourcing="rules")
    assert all("trading floor" not in s for _, _, s in attributions(analyzer, text))


def test_an_attribution_with_no_source_phrase_at_the_end_of_the_text_is_read(sourcing_analyzer: Analyzer) -> None:
    """The named-later check looked up the head of an empty source phrase past the last token (IndexError, found by
    hypothesis in CI): "according to" closing the text names nobody."""
    found = attributions(sourcing_analyzer, "a confidant said according to")
    assert ("anonymous", "said", "a confidant") in found
