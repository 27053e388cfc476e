"""Cues that a blind-marked sample of outside news (round k21) showed missed, in sentences of our own (issue 12):
the bare verbs "claim", "claims" and "alleged" right after their subject ("Experts claim the …", "critics who claim",
"He also alleged …"), not the nouns and the adjective ("the claim", "insurance claims", "the alleged plot"), nor
"claim" taking what is won ("claim responsibility"); and "seems/seemed/appears to" + a verb of saying, stance or
showing, which reads its subject as the source where "seems" alone names none ("The panel seemed to blame the
port"), but not "can't seem to" (an inability). Each counter-case pins what must stay."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Harbour experts claim the new wall will not hold back a storm surge.",
            [("vague", "claim", "Harbour experts")],
        ),
        (
            "Port officials claim the dredging caused no damage to the reef.",
            [("anonymous", "claim", "Port officials")],
        ),
        (
            "Residents who claim the water tastes of rust have filed complaints.",
            [("vague", "claim", "who")],
        ),
        (
            "Mayor Ana Ruiz spoke on Monday. She claims the budget gap is closing.",
            [("named", "claims", "She")],
        ),
        (
            "Ana Ruiz also alleged the contractor had skipped two safety checks.",
            [("named", "also alleged", "Ana Ruiz")],
        ),
        (
            "The panel seemed to blame the port for the delays.",
            [("named", "seemed to blame", "The panel")],
        ),
        (
            "A leaked memo appears to show that the council knew of the leak.",
            [("named", "appears to show", "A leaked memo")],
        ),
    ],
)
def test_bare_verbs_after_their_subject_are_cues(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The insurance claims rose sharply after the storm.",
        "He filed a claim with the insurer last week.",
        "The alleged plot was foiled before the vote.",
        "Rebel groups claim responsibility for the blast.",
        "The army claims more territory every week.",
        "This is one problem that we can't seem to accept.",
    ],
)
def test_nouns_adjectives_and_inabilities_are_no_cues(sourcing_analyzer: Analyzer, text: str) -> None:
    assert attributions(sourcing_analyzer, text) == []
