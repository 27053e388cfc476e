"""Hostile input, nineteenth pass (round r20): a described person named in a later sentence ("A nurse said … Tavi
Ruskin, 41, said …") asked whether the name's last word was written before the description. That search read
every token before the source, once per description and naming sentence: quadratic on a long text of such pairs
(`benchmarks/bench_hostile.py` prints the CPU seconds). Each word's first token is now found once per document;
these tests hold the answers it gives, on short texts and on a long one, to the ones the search gave."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def _rows(analyzer: Analyzer, text: str) -> list[tuple[str, str]]:
    return [(a["source"], a["kind"]) for a in analyzer.analyze(text, split_title=False).attributions]


@pytest.mark.parametrize(
    ("text", "nurse"),
    [
        # a name never written before the description brings the nurse in: she is named
        ("A nurse said the ward was full. Tavi Ruskin, 41, said the beds ran out.", "named"),
        # the surname written before the description: someone the text already knows, the nurse stays unnamed
        ("Ruskin ran the ward. A nurse said the ward was full. Tavi Ruskin, 41, said the beds ran out.", "anonymous"),
        # written after the description, in its own sentence: not before it, so still a new name
        ("A nurse said the ward at Ruskin Hall was full. Tavi Ruskin, 41, said the beds ran out.", "named"),
        # written again after the naming sentence: that changes nothing
        ("A nurse said the ward was full. Tavi Ruskin, 41, said the beds ran out. Ruskin left.", "named"),
    ],
)
def test_description_named_later_by_a_new_name(analyzer: Analyzer, text: str, nurse: str) -> None:
    assert _rows(analyzer, text) == [("A nurse", nurse), ("Tavi Ruskin, 41", "named")]


def test_long_text_of_described_people_named_later(analyzer: Analyzer) -> None:
    """Three hundred pairs, each naming a new person, then one naming the first pair's person again: the first
    three hundred nurses are named, the last one is not (her "Ruskaa" was written three hundred pairs back)."""
    surnames = [f"Rusk{chr(97 + i % 26)}{chr(97 + i // 26)}" for i in range(300)] + ["Ruskaa"]
    text = " ".join(
        f"A nurse said ward {i} was full. Tavi {s}, 41, said the beds ran out." for i, s in enumerate(surnames)
    )
    rows = _rows(analyzer, text)
    assert len(rows) == 602
    assert rows[0::2] == [("A nurse", "named")] * 300 + [("A nurse", "anonymous")]
    assert rows[1::2] == [(f"Tavi {s}, 41", "named") for s in surnames]


def test_hyphen_said_shape_names_each_speaker(analyzer: Analyzer) -> None:
    """The stop-62 review's shape, a new person before a dash and "said" in each sentence: each sentence's source
    is its own person, named, with the aside the dashes set off."""
    people = ["Tavi Ruskin", "Oren Maltby", "Ilse Varga", "Bram Oduya"]
    text = " ".join(f"{p} - a clerk - said it rained on day {i}." for i, p in enumerate(people * 50))
    assert _rows(analyzer, text) == [(f"{p} - a clerk", "named") for p in people * 50]


# a text longer than the ones searched per word (phrase.SEARCHED_CHARS, 40,000 characters): its words after a first
# name are read once into a set
FILLER = " ".join(f"The bridge on Route {i} stayed shut on Monday." for i in range(1000))


@pytest.mark.parametrize("filler", ["", FILLER], ids=["article", "long text"])
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Denmark's leaders said the talks would resume.", "named"),  # a country's leaders: its government
        # a surname the text writes after a first name in mid-sentence: a person's people, no government
        ("Trump's leaders said the talks would resume. Voters backed Donald Trump in May.", "vague"),
        ("Varga's leaders said the talks would resume. Voters backed Ana Lo Varga in May.", "vague"),
        # the pair part of a longer name, or the name at a sentence's start: not written as a person
        ("Varga's leaders said the talks would resume. Voters backed Ana Varga Lo in May.", "named"),
        ("Varga's leaders said the talks would resume. Ana Varga left.", "named"),
    ],
)
def test_owners_written_as_people_in_an_article_and_a_long_text(
    analyzer: Analyzer, filler: str, text: str, kind: str
) -> None:
    rows = _rows(analyzer, f"{text} {filler}".strip())
    assert rows[0] == (f"{text.split(' ', 1)[0]} leaders", kind)


def test_many_owners_in_a_long_text(analyzer: Analyzer) -> None:
    """A new owner in each of 1,500 sentences (a search per owner read the whole text each time): each a country's
    or body's leaders, named, but the one the text also writes after a first name."""
    owners = [f"Vel{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}{chr(97 + i // 676)}" for i in range(1500)]
    text = " ".join(f"{o}'s leaders said the talks would resume." for o in owners) + " Voters backed Ana Velaaa."
    rows = _rows(analyzer, text)
    assert rows[:-1] == [(f"{owners[0]}'s leaders", "vague")] + [(f"{o}'s leaders", "named") for o in owners[1:]]
    assert rows[-1] == ("Voters", "vague")


@pytest.mark.parametrize("where", ["article", "long text, padding after", "long text, padding before"])
@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a spaced hyphen used as a dash: the source read back stops at it (c58)
        ("The bus was full again - Tavi Ruskin said the line was slow.", ("Tavi Ruskin", "named")),
        # the word before it written joined to a hyphen elsewhere: the hyphen is kept inside the phrase, as c58 reads it
        (
            "The bus was full again - Tavi Ruskin said the line was slow. The again-and-again delays went on.",
            ("The bus", "named"),
        ),
        ("A Kenya-born nurse said the ward was full.", ("A Kenya-born nurse", "anonymous")),
    ],
)
def test_a_hyphen_read_alike_in_an_article_and_a_long_text(
    analyzer: Analyzer, where: str, text: str, source: tuple[str, str]
) -> None:
    """A long text's words before its hyphens are read once (`phrase._joined_to_hyphen`); an article is searched."""
    long = {
        "article": text,
        "long text, padding after": f"{text} {FILLER}",
        "long text, padding before": f"{FILLER} {text}",
    }
    rows = _rows(analyzer, long[where])
    assert rows[0 if where != "long text, padding before" else -1] == source
