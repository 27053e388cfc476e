"""Round l55 (issue 13): loaded-language recall from the pooled misses of every dev hand-marked sample, by family.
"desperately" before a verb of effort (the adverb of round l53's "desperate" of a party), "chaotic" paired with
another verdict by "and", a person or a policy compared with Hitler, protesters called terrorists by their camp, a
cause dismissed as an "ideology", a move charged with "scoring political points" and "amnesty" for a legalisation of
immigrants count; "desperately needs" (degree), a "chaotic week" reported, "Trump and the chaotic race" (a noun phrase
joined), a tax amnesty and an amnesty for prisoners do not. Every dev news match the round moved was judged (the census
below)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from framing.quality.signal_judged import JUDGED_DIR, precision, read, rejoin
from signal_cases import shipped_analyzer, shipped_spans

ADDED = JUDGED_DIR / "news_dev_l55_added.csv"  # every dev news match the round added, judged
loaded = partial(shipped_spans, signal="loaded_language")  # the loaded-language words matched in a sentence


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The council has been desperately trying to hide the audit from voters.", ["desperately trying"]),
        ("Party officials desperately tried to change the subject on Monday.", ["desperately tried"]),
        ("The board is desperately attempting to delay the hearing again.", ["desperately attempting"]),
        ("Critics panned the messy and chaotic town hall.", ["chaotic"]),
        ("The mayor ran a chaotic and divided office for four years.", ["chaotic"]),
        ("Voters tired of his rude manner and chaotic style.", ["rude", "chaotic"]),
        ("The union leader likened the governor to Hitler in a speech.", ["likened the governor to Hitler"]),
        (
            "A columnist likened the minister to Adolf Hitler.",
            ["likened the minister to Adolf Hitler"],
        ),
        ("Some bloggers draw parallels between Hitler and the premier.", ["parallels between Hitler"]),
        ("The mayor will not stand up to these left-wing terrorists.", ["left-wing terrorists"]),
        ("Posts praising the Antifa terrorist network stayed online.", ["Antifa terrorist"]),
        ("The school board bowed to climate ideology once again.", ["climate ideology"]),
        ("The governor is only scoring political points with the veto.", ["scoring political points"]),
        ("The challenger ran ads against the governor's amnesty plan.", ["amnesty"]),
    ],
)
def test_the_families_of_the_pooled_misses_are_loaded(sentence: str, expected: list[str]) -> None:
    assert loaded(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # degree, a reported scene, a noun phrase joined by "and", a plain mention of the dictator
        "The rural clinic desperately needs a new roof.",
        "Aid is desperately needed in the flooded valley.",
        "It was a chaotic week at the port after the storm.",
        "Police cleared the chaotic scene within an hour.",
        "Today it is the senator and the chaotic primary race that draw the cameras.",
        "The museum shows letters written by Hitler in 1938.",
        "The city declared a tax amnesty for late filers.",
        "The treaty granted an amnesty for prisoners on both sides.",
        "The report was published by Amnesty International on Monday.",
        "The police arrested two terrorists at the airport.",
        "The study traced the ideology of the early reformers.",
    ],
)
def test_degree_reported_scenes_legal_amnesties_and_plain_mentions_are_not_loaded(sentence: str) -> None:
    assert loaded(sentence) == []


def test_the_census_keeps_its_judgements() -> None:
    """Every dev news match the round added, each judged (three more widen an earlier "left-wing" or "hard-left" into
    the longer label, in the file as added); the two wrong rows are in `_wrong.tsv`."""
    assert {name: (n, right) for name, n, right, _, _ in precision(read(ADDED))} == {"loaded_language": (54, 52)}


def test_the_census_rows_moved(shared_data: Path) -> None:
    added = rejoin(read(ADDED), shared_data, shipped_analyzer())
    assert all(kept for *_, kept in added)
    assert {r.entry for r, *_ in added} == {
        "desperately trying",
        "desperately tried",
        "desperately attempting",
        "desperately launching",
        "chaotic",
        "parallels between Hitler",
        "as Hitler and Stalin",
        "likened * * to Adolf Hitler",
        "left-wing terrorists",
        "Antifa terrorist",
        "Antifa terrorists",
        "hard-left terror",
        "climate ideology",
        "sexual ideology",
        "score political points",
        "scores political points",
        "scoring political points",
        "amnesty",
    }
