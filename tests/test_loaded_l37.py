"""Round l37 (issue 13): loaded-language recall by class. The classes asked for (labels for people, dismissive
verbs of speech, contemptuous adjectives, violent metaphors) were already entries; the members absent with a dev
news use were read there, and every dev news match of the candidates kept for reading was judged (the census
below). Kept: verbs that cast influence as imposing, goading or stirring people up, "daft" and "usurpation"."""

from __future__ import annotations

from functools import partial

import pytest

from framing.quality.datasets import default_data_dir
from framing.quality.signal_judged import JUDGED_DIR, precision, read, rejoin
from signal_cases import shipped_analyzer, shipped_spans

L37 = JUDGED_DIR / "news_dev_l37_added.csv"  # every dev news match of the candidates, judged before any was kept
POOLS = {"babe", "polnear/text", "ptc/articles", "semeval2025_narratives/EN/documents"}
needs_data = pytest.mark.skipif(
    not all((default_data_dir() / folder).is_dir() for folder in ("babe", "polnear", "ptc", "semeval2025_narratives")),
    reason="no ../shared",
)


def test_the_census_keeps_its_judgements() -> None:
    rows = read(L37)
    # no span a draw before it judged, and a reason for each wrong row: the registry of tests/test_signal_judged.py
    assert len(rows) == 24 and max(len(r.entry) for r in rows) <= 40  # an entry, never a sentence
    assert {r.dataset for r in rows} == POOLS
    assert {name: (n, right) for name, n, right, _, _ in precision(rows)} == {"loaded_language": (24, 18)}


@needs_data
def test_the_kept_entries_make_only_right_matches_of_the_census() -> None:
    joined = rejoin(read(L37), default_data_dir(), shipped_analyzer())
    assert sorted((r.entry, r.correct) for r, _, _, kept in joined if kept) == sorted(
        [("daft", True)] * 2
        + [("foisted", True)] * 3
        + [("gin up", True)] * 2
        + [("goaded", True)] * 2
        + [("rile up", True), ("riled up", True), ("shoehorning", True), ("usurpation", True)]
    )
    # the candidates left out, under 4 in 5 right: verdicts and labels reported, a charge, a feeling named
    assert sorted((r.entry, r.correct) for r, _, _, kept in joined if not kept) == [
        ("egged on", True),
        ("egged on", True),
        ("egging on", False),  # "the man accused of egging on", a charge reported
        ("gleeful", False),  # "gleeful schadenfreude", a feeling named
        ("gleefully", True),
        ("gleefully", True),
        ("jeremiad", False),  # senators' verdict reported
        ("troublemaker", False),  # a label reported after "calling"
        ("troublemaker", True),
        ("unserious", False),  # "suggested that the plan was unserious", a verdict reported
        ("unserious", False),
    ]


loaded = partial(shipped_spans, signal="loaded_language")  # the loaded-language words matched in a sentence


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The council foisted the new fee on every small shop.", ["foisted"]),
        ("They keep foisting their pet projects on the towns.", ["foisting"]),
        ("The tabloids goaded the minister into a public feud.", ["goaded"]),
        ("He goads his rivals until they lose their temper.", ["goads"]),
        ("The mayor used the speech to rile up his base before the vote.", ["rile up"]),
        ("Talk radio hosts were riling up listeners all week.", ["riling up"]),
        ("The party tried to gin up outrage over a minor clerical error.", ["gin up"]),
        ("Aides ginned up a crisis to justify the emergency order.", ["ginned up"]),
        ("The bill shoehorned a pay rise for members into a flood relief package.", ["shoehorned"]),
        ("It was a daft plan from the start.", ["daft"]),
        ("Critics of the court decry its usurpation of the legislature's role.", ["usurpation"]),
    ],
)
def test_imposing_goading_and_stirring_up_count(sentence: str, expected: list[str]) -> None:
    assert loaded(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # the tools, not the verbs
        "The farmer drove the herd with a cattle goad.",
        "He carried an electric goad into the pen.",
        "She keeps a long-handled shoehorn by the door.",
        "The shop sells the shoehorn and the polish together.",
    ],
)
def test_the_tools_named_are_not_loaded(sentence: str) -> None:
    assert loaded(sentence) == []


def test_the_candidates_left_out_are_not_matched() -> None:
    assert loaded("His friends egged on the crowd from the back.") == []
    assert loaded("The senator called it an unserious proposal.") == []
    assert loaded("Fans gleefully waved their flags at the parade.") == []
