"""Round l32 (issue 13): a judged draw of own-voice loaded-language matches in all five dev news pools, and the
entries that every judged draw together found plain: descriptive labels, degree words, descriptions and praise."""

from __future__ import annotations

from functools import partial

import pytest

from framing.pipeline import Analyzer
from framing.quality.datasets import default_data_dir
from framing.quality.signal_judged import JUDGED_DIR, precision, read, rejoin
from signal_cases import shipped_spans

L32 = JUDGED_DIR / "news_dev_l32_seed3232.csv"
L32_AFTER = JUDGED_DIR / "news_dev_l32_seed3233.csv"  # judged after the entries out, sentences no draw read
POOLS = {"babe", "basil/articles", "polnear/text", "ptc/articles", "semeval2025_narratives/EN/documents"}
needs_data = pytest.mark.skipif(
    not all((default_data_dir() / folder).is_dir() for folder in ("babe", "basil", "polnear", "ptc")),
    reason="no ../shared",
)


def test_the_l32_draw_is_new_and_judged_before_its_rules() -> None:
    rows = read(L32)
    # no span a draw before it judged, and a reason for each wrong row: the registry of tests/test_signal_judged.py
    assert len(rows) == 120 and max(len(r.entry) for r in rows) <= 40  # an entry, never a sentence
    assert {r.dataset for r in rows} == POOLS
    assert len({(r.dataset, r.id) for r in rows}) == 120  # one match per article or BABE sentence
    assert {name: (n, right) for name, n, right, _, _ in precision(rows)} == {"loaded_language": (120, 72)}


def test_the_draw_after_the_entries_out_reads_new_sentences_and_keeps_its_judgements() -> None:
    rows = read(L32_AFTER)
    # no span a draw before it judged, and a reason for each wrong row: the registry of tests/test_signal_judged.py
    assert len(rows) == 48 and max(len(r.entry) for r in rows) <= 40
    assert {r.dataset for r in rows} == POOLS  # BASIL had one article left with an unread sentence
    assert {name: (n, right) for name, n, right, _, _ in precision(rows)} == {"loaded_language": (48, 38)}


@needs_data
def test_the_l32_entries_out_drop_only_wrong_matches_of_its_draw() -> None:
    joined = rejoin(read(L32), default_data_dir(), Analyzer())
    gone = sorted((r.entry, r.correct) for r, _, _, kept in joined if not kept)
    assert gone == [
        ("alarming", False),  # "shuttered at alarming rate"
        ("botched", False),  # round l33: "a botched car bombing", a failed operation named
        ("chaotic", False),
        ("fury", False),
        ("left-wing", True),  # round l55: widened into "left-wing terrorists", the same label read whole
        ("legendary", False),
        ("masterpiece", False),
        ("mess", False),  # round e30: "when you mess up media", the verb
        ("propaganda", True),  # round l47: a bare "propaganda" is doubt's now (blind markers leave it unmarked)
        # round e30: "Radical Islamic groups are close to", "deported several radical imams", militants named
        ("radical", False),
        ("radical", False),
        ("trumpeting", False),
        ("uproar", False),
        ("wildly", False),
    ]


loaded = partial(shipped_spans, signal="loaded_language")  # the loaded-language words matched in a sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # a movement's name
        "The NeverTrump movement held its meeting in Ohio.",
        # degree words
        "The ethanol mandate is wildly popular among farmers.",
        "Glaciers in the range are melting at an alarming rate.",
        # plain descriptions, praise and feelings named
        "The primary race was chaotic in its final week.",
        "Relations between the two capitals were never rosy.",  # a state denied
        "The ruling caused an uproar in the capital.",
        "The legendary coach retired after forty seasons.",
        "Protesters threw paint at a masterpiece in the museum.",
        "The toll plan drew fury from commuters.",
        "She spoke of the committee with contempt.",
        "The report documents the exploitation of farm workers.",
        # a plain verb of promoting, as "touted"
        "The senator trumpeted the new jobs figures on Monday.",
    ],
)
def test_plain_labels_degree_words_and_descriptions_are_not_loaded(sentence: str) -> None:
    assert loaded(sentence) == []


def test_a_writers_verdict_and_name_calling_still_count() -> None:
    assert loaded("The poll results are alarming for the governor.") == ["alarming"]
    assert loaded("The hearing contradicted the rosy statements of the White House.") == ["rosy"]
    assert loaded("The senator's vile attacks on reporters must stop.") == ["vile"]
    assert loaded("The council is working feverishly to undo the vote.") == ["feverishly"]  # round l30's, kept
