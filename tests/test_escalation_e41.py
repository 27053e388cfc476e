"""Round e41 (issue 13): a fresh blind set of 150 dev sentences of war, security and crisis news (`warnews_*` in
tests/data/signal_annotation_dev: 100 holding a topic word, 50 at random), marked for escalation before the tool ran
on it (no match then), and its misses read by class: a people emptied by design ("depopulate"), the killing of the
speaker's own people wanted ("to murder us"), "deadly" of what is no killer by kind (a bargain, a delay, a product;
not an attack, a disease or a weapon), harm and weakening of "our" whole, and the ruin of the public institutions
people live by ("destroy the federal workforce"). Every dev news match the round added was judged (the census)."""

from __future__ import annotations

import pytest

from framing.quality.sample_register import ANNOTATION_DEV_DIR, SAMPLES
from framing.quality.signal_judged import JUDGED_DIR
from signal_cases import judged_census, needs_dev_news, shipped_entries

CENSUS = JUDGED_DIR / "news_dev_e41_added.csv"  # every dev news match the round's entries and rules added


def test_the_warnews_sample_is_registered_for_escalation_only() -> None:
    assert [s[4] for s in SAMPLES if s[2] == "warnews"] == [("escalation",)]
    spans = (ANNOTATION_DEV_DIR / "warnews_spans.tsv").read_text(encoding="utf-8").splitlines()[1:]
    assert len(spans) == 7 and {line.split("\t")[4] for line in spans} == {"escalation"}


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # a people emptied by design, in each form
        ("The pamphlet says the cartel plans to depopulate the valley.", [("depopulate", "depopulate")]),
        ("Their secret goal is depopulation, the blogger insists.", [("depopulation", "depopulation")]),
        ("He claims the syrup is depopulating the island.", [("depopulating", "depopulating")]),
        # the killing of the speaker's own people wanted or planned
        ("The warlord wants rockets to murder us, the mayor said.", [("to murder us", "to murder us")]),
        ("They are training recruits to kill Americans, he warned.", [("to kill americans", "to kill Americans")]),
        ("Those raiders came to slaughter us.", [("to slaughter us", "to slaughter us")]),
        # "deadly" of what kills by no nature of its own
        ("The council struck a deadly bargain with the quarry owners.", [("deadly", "deadly")]),
        ("Farmers soak the beans in deadly chemicals every spring.", [("deadly", "deadly")]),
        ("The lost files caused deadly delays at the clinic.", [("deadly", "deadly")]),
        # harm and weakening of our whole; the ruin of an institution people live by
        ("Some hope to harm our country from within.", [("harm", "harm")]),
        ("The scheme would weaken our democracy for years.", [("weaken", "weaken")]),
        ("The bill's authors sought to destroy the state workforce.", [("destroy", "destroy")]),
        ("The cuts are destroying Social Security, the union says.", [("destroying", "destroying")]),
    ],
)
def test_a_class_of_the_warnews_misses_matches(sentence: str, found: list[tuple[str, str]]) -> None:
    assert shipped_entries(sentence, "escalation") == found


@pytest.mark.parametrize(
    "sentence",
    [
        "A deadly attack on the depot killed four guards.",  # an attack reported
        "The deadly strain spreads through coughing.",  # a disease described
        "Officers may use deadly force only as a last resort.",  # a legal term
        "The storm caused deadly flooding along the coast.",  # a disaster reported
        "Sanctions were meant to weaken the rival's economy.",  # a policy's aim, no whole of ours
        "Critics fear the plant will harm the nation's rivers.",  # not our whole, and a fear reported
        "Rain could weaken the old levee.",  # a thing weakened
        "The frost may harm our orchards.",  # no whole of ours
    ],
)
def test_the_class_leaves_a_plain_report(sentence: str) -> None:
    assert shipped_entries(sentence, "escalation") == []


@needs_dev_news
def test_the_judged_dev_news_moves() -> None:
    """Every dev news match the round added (19), judged: 18 right; none removed."""
    assert judged_census(CENSUS) == (
        [("escalation", 19, 18)],
        [
            "deadly",
            "depopulate",
            "depopulating",
            "depopulation",
            "destroy",
            "harm",
            "to kill americans",
            "to murder us",
            "weaken",
        ],
    )
