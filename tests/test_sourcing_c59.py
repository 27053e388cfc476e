"""Round c59 (issue 12): words of saying or thinking that attribute nothing. A thought put to the reader ("you would
think she would know", "You'd think"), the writer's own "let's just say", "shows how" after a thing that is no
evidence (a quality or an event: "the popularity of the mayor shows how badly …"), and "believe" or "think" as an
infinitive that no one holds ("expects us to believe", "reason to believe", "less likely to believe"). Controls: a
poll's "shows how", a belief given to its subject ("One might think", PolNeAR's cue) and a plain "said" stay."""

from __future__ import annotations

import pytest

from sourcing_cases import attributions_with_kinds


@pytest.mark.parametrize(
    "text",
    [
        "If she cared so much about the budget, you would think she would know where the money went.",
        "Some of the donors, who you would think had some taste, stayed away.",
        "You’d think the council would remember the last flood.",
        "Let's just say I'm not convinced by the plan.",
        "The popularity of the mayor shows how badly the council misjudged the voters.",
        "Her flippancy shows just how little she cares about the port.",
        "The board now expects us to believe that the audit was routine.",
        "There is every reason to believe the vote will be close.",
        "Voters will be far less likely to believe his accuser after the hearing.",
    ],
)
def test_no_attribution_where_no_one_says_or_thinks(analyzer, text: str) -> None:
    assert attributions_with_kinds(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A new poll shows how hard the race will be for the mayor.",
            [("shows", "A new poll", "vague", "how hard the race will be for the mayor.")],
        ),
        (
            "One might think the mayor would resign.",
            [("might think", "One", "vague", "the mayor would resign.")],
        ),
        (
            "Ruiz said the council would meet on Friday.",
            [("said", "Ruiz", "named", "the council would meet on Friday.")],
        ),
    ],
)
def test_evidence_and_held_beliefs_stay_cues(analyzer, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert attributions_with_kinds(analyzer, text) == expected
