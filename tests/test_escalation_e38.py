"""Round e38 (issue 13): escalation composed, not listed. A stakes grade before a threat head ("an immediate danger",
"uncontrolled escalation"), a brink frame ("pushing the two powers to the brink", "tip the region into civil war"),
an end "as we know it", a threat aimed at a whole ("a menace to the republic") and a whole rescued from a ruin
("saving this country from a debt crisis"), each a proximity rule over two word lists; `defer_to_terms` keeps a pair
a term counts already one match, and a context rule may read a proximity rule's matches by its id."""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.errors import LexiconError
from framing.lexicon.loader import Layer, load_lexicons
from framing.match import Matcher
from framing.quality.datasets import default_data_dir
from framing.quality.signal_judged import JUDGED_DIR, precision, read, rejoin
from signal_cases import entries_covering, needs_dev_news, shipped_analyzer, shipped_entries

DRAW = JUDGED_DIR / "news_dev_e38_added.csv"  # every dev news match the composed rules made, judged


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("There is an immediate danger of flooding downstream.", [("stakes-grade", "immediate danger")]),
        ("The plan invites uncontrolled escalation, the envoy said.", [("stakes-grade", "uncontrolled escalation")]),
        ("We face an unprecedented fiscal crisis this winter.", [("stakes-grade", "unprecedented fiscal crisis")]),
        (
            "The feud is pushing the two neighbours to the brink.",
            [("brink-frame", "pushing the two neighbours to the brink")],
        ),
        ("One more raid could tip the valley into civil war.", [("brink-frame", "tip the valley into civil war")]),
        ("The reformers are marching the party toward chaos.", [("brink-frame", "marching the party toward chaos")]),
        (
            "The bill would end public schooling as we know it.",
            [("end-as-we-know-it", "end public schooling as we know it")],
        ),
        ("The sect is a menace to the republic.", [("threat-to-whole", "menace to the republic")]),
        (
            "He vowed to rescue the province from a debt crisis.",
            [("rescue-from-ruin", "rescue the province from a debt crisis")],
        ),
    ],
)
def test_a_composed_construction_is_one_match(sentence: str, found: list[tuple[str, str]]) -> None:
    assert shipped_entries(sentence, "escalation") == found


@pytest.mark.parametrize(
    "sentence",
    [
        "The report counted an unprecedented number of wars.",  # a grade two words from the head: a quantity
        "The mediators brought the parties to the brink of a deal.",  # closeness to a win, no ruin
        "Analysts voiced fears that the standoff could slide into a wider conflict.",  # a fear reported
        "She issued a warning of an impending danger, the paper said.",  # a warning named
        "The storm caused unprecedented damage along the coast.",  # damage reported: no threat head
        "Rangers saved the frogs from extinction.",  # nature reported, no ruin of a whole
    ],
)
def test_a_composed_pair_outside_its_sense_does_not_count(sentence: str) -> None:
    assert shipped_entries(sentence, "escalation") == []


def test_a_pair_a_term_counts_stays_that_term() -> None:
    """ "grave threat" is a term: the grid adds no second match over it."""
    assert shipped_entries("They called it a grave threat to the republic.", "escalation") == [
        ("grave threat", "grave threat")
    ]


GRID = Path(__file__).parent / "data" / "grid"


@pytest.fixture(scope="module")
def grid() -> Matcher:
    return Matcher(load_lexicons(layers=[Layer(GRID, "test")]))


def test_defer_to_terms_drops_a_pair_a_term_match_overlaps(grid: Matcher) -> None:
    assert entries_covering(grid, "A grave threat looms.") == [("grave threat", "grave threat")]
    assert entries_covering(grid, "An imminent danger looms.") == [("grid", "imminent danger")]
    assert entries_covering(grid, "A dire warning came.") == [
        ("dire warning", "dire warning"),
        ("grid-counting", "dire warning"),
    ]


def test_a_context_rule_reads_a_proximity_rule_by_its_id(grid: Matcher) -> None:
    assert entries_covering(grid, "An imminent threat of rain.") == []


def broken(folder: Path, old: str, new: str) -> Path:
    """A copy of the grid folder with one line of its file changed."""
    folder.mkdir()
    (folder / "grid_test.toml").write_text((GRID / "grid_test.toml").read_text(encoding="utf-8").replace(old, new, 1))
    return folder


def test_defer_to_terms_must_be_true_or_false(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match='defer_to_terms of proximity rule "grid" must be true or false'):
        load_lexicons(
            layers=[Layer(broken(tmp_path / "bad", "defer_to_terms = true", 'defer_to_terms = "yes"'), "test")]
        )


def test_a_context_rule_naming_neither_a_term_nor_a_rule_is_refused(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match='context rule names "gridd", which is not a term of this file'):
        load_lexicons(layers=[Layer(broken(tmp_path / "unknown", 'terms = ["grid"]', 'terms = ["gridd"]'), "test")])


@needs_dev_news
def test_the_judged_dev_news_moves() -> None:
    """Every dev news match the composed rules made (9), judged: 8 right (a reform slogan's "as we know it" is not)."""
    rows = read(DRAW)
    assert [(name, n, right) for name, n, right, _, _ in precision(rows)] == [("escalation", 9, 8)]
    joined = rejoin(rows, default_data_dir(), shipped_analyzer())
    assert all(still for *_, still in joined)
    assert sorted({r.entry for r in rows}) == ["brink-frame", "end-as-we-know-it", "rescue-from-ruin", "stakes-grade"]
