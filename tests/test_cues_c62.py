"""Round c62 (issue 12): verb families PolNeAR marks as cues that no lexicon term read. A view or a backer renounced
("repudiated", "renounced"), a creed preached, a cause named ("attributed X to Y"), a stance after "be" ("enamored
of", "an outspoken critic of", "outspoken in"), praise given ("paid tribute"), plain speech ("minced no words"), a
figure put on something ("pegged X at") and a view given ("weighed in on"). Controls: a citizenship renounced,
"attributed to" as a passive, a currency "pegged to" the dollar and an appositive "an outspoken critic of" before
"said" (whose source stays whole)."""

from __future__ import annotations

import pytest

from sourcing_cases import cues_and_sources


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("The mayor has repudiated the old zoning rules of her party.", "has repudiated", "The mayor"),
        (
            "Unless the party suddenly renounces the sponsor, the fans will stay away.",
            "suddenly renounces",
            "the party",
        ),
        ("The bishop, who preaches a gospel of thrift, opened the fair.", "preaches", "who"),
        ("Officials have attributed the long delay to a shortage of ballot clerks.", "have attributed", "Officials"),
        ("The farmers are not enamored of the new grain tariff.", "are not enamored of", "The farmers"),
        ("Ms. Ortiz is an outspoken critic of the harbor plan.", "outspoken critic of", "Ms. Ortiz"),
        ("The union has been outspoken in its opposition to the merger.", "has been outspoken", "The union"),
        ("Neighbours paid tribute on social media to the retired teacher.", "paid tribute", "Neighbours"),
        ("The coach minced no words on Tuesday about the referee.", "minced no words", "The coach"),
        ("Analysts pegged her fortune at $3 billion.", "pegged", "Analysts"),
        ("The governor weighed in on the dispute over the bridge tolls.", "weighed in on", "The governor"),
    ],
)
def test_a_stance_or_figure_verb_is_a_cue_with_its_holder(analyzer, text: str, cue: str, source: str) -> None:
    assert cues_and_sources(analyzer, text) == [(cue, source)]


@pytest.mark.parametrize(
    "text",
    [
        "Several firms renounced their citizenship to save on taxes.",
        "The donations were attributed to retired teachers in Ohio.",
        "The rial is pegged to the dollar at a fixed rate.",
    ],
)
def test_a_legal_act_a_passive_or_a_fixed_rate_is_no_cue(analyzer, text: str) -> None:
    assert cues_and_sources(analyzer, text) == []


def test_an_outspoken_critic_in_an_appositive_leaves_the_source_whole(analyzer) -> None:
    text = "Ana Lo, an outspoken critic of the plan, said the vote was rigged."
    assert cues_and_sources(analyzer, text) == [("said", "Ana Lo, an outspoken critic of the plan")]
