"""Round e44 (issue 13): a fresh blind set of 150 dev sentences (`warnews2_*` in tests/data/signal_annotation_dev: 100
picked by a stakes-context regex that opens no lexicon, 50 at random), marked for escalation before the tool ran on it
(no match then, 9 marked), and its misses read by class, each counted on every dev news use first: a crisis
intensifier with the crisis's kind between ("an intensifying global climate crisis"), "the ultimate" on a stake noun,
a policy told as a death sentence, and survival named as the stake with no "of" after it ("security or survival",
"survival will get more difficult"). Every dev news match the round added was judged (the census)."""

from __future__ import annotations

import pytest

from framing.quality.sample_register import ANNOTATION_DEV_DIR, SAMPLES
from framing.quality.signal_judged import JUDGED_DIR
from signal_cases import judged_census, needs_dev_news, shipped_entries

CENSUS = JUDGED_DIR / "news_dev_e44_added.csv"  # every dev news match the round's entries and rules added


def test_the_warnews2_sample_is_registered_for_escalation_only() -> None:
    assert [s[4] for s in SAMPLES if s[2] == "warnews2"] == [("escalation",)]
    sentences = (ANNOTATION_DEV_DIR / "warnews2_sentences.tsv").read_text(encoding="utf-8").splitlines()[1:]
    spans = (ANNOTATION_DEV_DIR / "warnews2_spans.tsv").read_text(encoding="utf-8").splitlines()[1:]
    assert len(sentences) == 150
    assert len(spans) == 9 and {line.split("\t")[4] for line in spans} == {"escalation"}


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # a crisis intensifier with the crisis's kind between
        (
            "Farmers face an intensifying regional water crisis this summer.",
            [("intensifying * * crisis", "intensifying regional water crisis")],
        ),
        (
            "The strikes came amid an accelerating housing crisis.",
            [("accelerating * crisis", "accelerating housing crisis")],
        ),
        ("Lenders fear a worsening debt crisis in the south.", [("worsening * crisis", "worsening debt crisis")]),
        # "the ultimate" on a stake noun
        (
            "Drought is the ultimate national security threat, she said.",
            [("ultimate * * threat", "ultimate national security threat")],
        ),
        ("Opioids are the ultimate public health crisis.", [("ultimate * * crisis", "ultimate public health crisis")]),
        # a policy told as a death sentence
        ("For a small farm the new tariff is virtually a death sentence.", [("death sentence", "death sentence")]),
        ("The new rules were effectively delivering death sentences.", [("death sentences", "death sentences")]),
        # survival named as the stake
        ("No ally can shrug at our security or survival.", [("security or survival", "security or survival")]),
        (
            "Without a harvest, survival will get harder for the island.",
            [("survival will get harder", "survival will get harder")],
        ),
    ],
)
def test_a_class_of_the_warnews2_misses_matches(sentence: str, found: list[tuple[str, str]]) -> None:
    assert shipped_entries(sentence, "escalation") == found


@pytest.mark.parametrize(
    "sentence",
    [
        "The war between the two powers began in 1914.",  # a war mentioned plainly
        "Russia and Ukraine have been at war since 2022.",  # a war reported
        "Officials dealt with a growing crisis at the port.",  # "growing" left out
        "The killer's death sentence was commuted in May.",  # a court's sentence
        "He faces a death sentence if convicted.",  # a court's sentence
        "His political survival is in doubt after the vote.",  # a career's survival
        "Survival of the fittest is a phrase from Spencer.",  # no whole at stake
        "The ultimate goal is a balanced budget.",  # "ultimate" on no stake noun
    ],
)
def test_the_class_leaves_a_plain_report(sentence: str) -> None:
    assert shipped_entries(sentence, "escalation") == []


@needs_dev_news
def test_the_judged_dev_news_moves() -> None:
    """Every dev news match the round added (7), judged: 7 right; none removed."""
    assert judged_census(CENSUS) == (
        [("escalation", 7, 7)],
        [
            "accelerating * crisis",
            "death sentences",
            "intensifying * * crisis",
            "security or survival",
            "survival will get more difficult",
            "ultimate * * crisis",
        ],
    )
