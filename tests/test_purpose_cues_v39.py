"""Round v39: "discuss" as the purpose of an occasion, a request or speaking anonymously names a topic, not
what anyone said, so the words after it stay the writer's; a person's own "to discuss" is still read."""

from __future__ import annotations

import pytest

from sourcing_cases import cues_and_sources, voice


@pytest.mark.parametrize(
    "text",
    [
        "The council held a hearing to discuss the alleged bribes at the harbour.",
        "Ministers gathered at a summit to discuss the alleged smuggling ring.",
        "Reporters sent several requests to discuss the alleged payments.",
        "Ruiz and Lo have other topics to discuss, the alleged leak among them.",
    ],
)
def test_a_purpose_after_a_noun_reports_nothing(analyzer, text: str) -> None:
    assert cues_and_sources(analyzer, text) == []
    assert voice(analyzer, text, "alleged") == "author"


def test_speaking_anonymously_to_discuss_leaves_only_the_saying(analyzer) -> None:
    text = "An aide who spoke anonymously to discuss the alleged deal said the talks would resume."
    assert cues_and_sources(analyzer, text) == [("said", "An aide who spoke anonymously to discuss the alleged deal")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ruiz met with Lo to discuss the alleged leak.", [("discuss", "Ruiz")]),
        ("Ms. Lund declined to discuss the alleged leak.", [("declined", "Ms. Lund")]),
    ],
)
def test_a_speaker_own_discussion_is_still_read(analyzer, text: str, expected: list[tuple[str, str]]) -> None:
    assert cues_and_sources(analyzer, text) == expected
