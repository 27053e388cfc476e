"""Round q4 (issue 13): doubt's topic-prone entries. "Disinformation", "propaganda", "fake news" and "conspiracy
theory" named as a subject (a field's people, units, laws and meetings; a problem fought, studied or listed among
society's issues) call no claim false. Every dev news match of the topic-prone entries was judged (the census), and
40 doubt matches at random beside it, both before the rules."""

from __future__ import annotations

from functools import partial

import pytest

from framing.quality.datasets import default_data_dir
from framing.quality.signal_judged import JUDGED_DIR, precision, read, rejoin
from signal_cases import shipped_analyzer, shipped_spans

CENSUS = JUDGED_DIR / "news_dev_q4_census.csv"  # every dev news match of the topic-prone entries no draw had judged
FRESH = JUDGED_DIR / "news_dev_q4_seed4405.csv"  # 40 doubt matches at random from the spans no draw had judged
needs_data = pytest.mark.skipif(
    not all((default_data_dir() / f).is_dir() for f in ("basil", "polnear", "ptc", "semeval2025_narratives")),
    reason="no ../shared",
)
doubt = partial(shipped_spans, signal="doubt")


def test_the_draws_keep_their_judgements() -> None:
    census, fresh = read(CENSUS), read(FRESH)
    assert len(census) == 86 and len(fresh) == 40
    assert {name: (n, right) for name, n, right, _, _ in precision(census)} == {"doubt": (86, 77)}
    assert {name: (n, right) for name, n, right, _, _ in precision(fresh)} == {"doubt": (40, 30)}


@needs_data
def test_the_rules_drop_only_wrong_matches_of_the_draws() -> None:
    census = rejoin(read(CENSUS), default_data_dir(), shipped_analyzer())
    assert [(r.entry, r.correct) for r, _, _, kept in census if not kept] == [
        ("hoax", False),  # round q6: "it is not a hoax", a label denied
        ("conspiracy theory", False),  # round q6: "not a big conspiracy theory guy"
        ("disinformation", False),
        ("disinformation", False),
        ("fake news", False),
    ]
    # round q13: "like the climate cult falsely claims", the doubt is the adverb's; the verb it qualifies is not read
    # a second time (this draw judged the "claims" right)
    fresh = rejoin(read(FRESH), default_data_dir(), shipped_analyzer())
    assert [(r.entry, r.correct) for r, _, _, kept in fresh if not kept] == [("claims", True)]


@pytest.mark.parametrize(
    "sentence",
    [
        # a field's people, units, laws and meetings
        "The grant pays two disinformation researchers at the college.",
        "Parliament passed a fake news law in the spring.",
        "She chaired the propaganda studies course for a decade.",
        "The mayor hired a conspiracy theory expert to train the clerks.",
        "The bank hosted a disinformation summit on Tuesday.",
        # a problem fought, studied, watched or listed among society's issues
        "The ministry promised to tackle fake news before the vote.",
        "Teachers worry about the spread of fake news among pupils.",
        "The fund backs the fight against disinformation in small towns.",
        "Both speakers will talk about extremism and disinformation.",
        "The panel will discuss climate change, housing and disinformation.",
        "The app added tools to detect propaganda in uploaded clips.",
    ],
)
def test_a_subject_named_calls_no_claim_false(sentence: str) -> None:
    assert doubt(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the label thrown at a claim, a story, an outlet or a campaign still counts
        ("The mayor's letter was pure propaganda.", ["propaganda"]),
        ("The council spread disinformation about the flood defences.", ["disinformation"]),
        ("Her rival called the audit fake news.", ["fake news"]),
        ("The ministry ran a disinformation campaign against the strikers.", ["disinformation"]),
        ("The story that the bridge was sold is a conspiracy theory.", ["conspiracy theory"]),
        ("Researchers say the video is propaganda.", ["propaganda"]),
    ],
)
def test_the_label_thrown_at_a_claim_still_counts(sentence: str, expected: list[str]) -> None:
    assert doubt(sentence) == expected
