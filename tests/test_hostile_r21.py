"""Hostile input, twentieth pass (round r21): the answers of `kinds._kin_named` that its reading of a long text
once per kin noun must keep (an owner's relative named elsewhere in the text: "Lo's son ... Lo's son, Ed Lo"),
in an article and in a text over 40,000 characters; and a sentence of many ", who says" clauses read in linear
work (`contents._finite_before`)."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from framing.sourcing import kinds
from tests.test_hostile_input_r11 import _python_calls

FROM_SOURCES = not kinds.__file__.endswith((".so", ".pyd"))
# a text over 40,000 characters is read by places and endings, an article searched per question
PADDING = " The weather was mild in the valley that week." * 1000
LONG = "A" + "b" * 70  # an owner longer than the 64 characters it is looked up by


def _sources(analyzer: Analyzer, text: str) -> list[tuple[str, str]]:
    return [(a["source"], a["kind"]) for a in analyzer.analyze(text, split_title=False).attributions]


@pytest.mark.parametrize("padding", ["", PADDING], ids=["article", "long text"])
@pytest.mark.parametrize(
    ("later", "source", "kind"),
    [
        ("", "Lo's son", "anonymous"),
        (" Lo's son, Ed Lo, left.", "Lo's son", "named"),
        (" Lo’s son Ed Lo left.", "Lo's son", "named"),  # a curly apostrophe, no comma
        (" Ruiz's son, Ed Ruiz, left.", "Lo's son", "anonymous"),  # another owner's
        (" Halo's son, Ed Halo, left.", "Lo's son", "anonymous"),  # the owner inside a longer word
        (" Lo's son, ed, left.", "Lo's son", "anonymous"),  # no name after the noun
        (" His son, Ed Lo, left.", "Lo's son", "named"),  # a pronoun's, whoever's
        (" Their eldest young son Ed left.", "Lo's son", "named"),  # two words between
        (" His very young eldest son, Ed, left.", "Lo's son", "anonymous"),  # three words between
        (" Thesis son, Ed, left.", "Lo's son", "anonymous"),  # "his" ending a word
        (" The Lo Ana Varga's son, Ed, left.", "Lo's son", "named"),  # capitalised words after the owner
        (" Lo Ana Varga Ruiz Diaz's son, Ed, left.", "Lo's son", "anonymous"),  # four of them
        (f" {LONG}'s son, Ed, left.", f"{LONG}'s son", "named"),
        (f" X{LONG[1:]}'s son, Ed, left.", f"{LONG}'s son", "anonymous"),  # its last 64 characters alone
    ],
)
def test_an_owners_relative_is_named_as_the_text_names_it(
    analyzer: Analyzer, padding: str, later: str, source: str, kind: str
) -> None:
    owner = source.split("'s")[0]
    assert _sources(analyzer, f"{owner}'s son said it rained.{later}{padding}") == [(source, kind)]


@pytest.mark.parametrize("padding", ["", PADDING], ids=["article", "long text"])
def test_the_owner_is_read_without_regard_to_case(analyzer: Analyzer, padding: str) -> None:
    text = f"The president's son said it rained. President Lo's eldest son, Ed Lo, left.{padding}"
    assert _sources(analyzer, text) == [("The president's son", "named")]


@pytest.mark.parametrize("padding", ["", PADDING], ids=["article", "long text"])
@pytest.mark.parametrize(
    ("owner", "written"),
    [("Kos", "KOſ"), ("Lis", "LıS"), ("Sofia", "SOFİA"), ("Σας", "σας")],  # ſ and s, ı and i, İ and i, ς and σ
)
def test_an_owner_is_read_case_blind_as_a_regular_expression_reads_it(
    analyzer: Analyzer, padding: str, owner: str, written: str
) -> None:
    text = f"{owner}'s son said it rained. {written}'s son, Ed Lo, left.{padding}"
    assert _sources(analyzer, text) == [(f"{owner}'s son", "named")]


def test_many_owners_in_a_long_text_each_by_its_own_relative() -> None:
    """1,500 owners: those whose son the text names are named, the others not."""
    analyzer = Analyzer()
    owners = [f"Lo{chr(97 + k % 26)}{chr(97 + k // 26 % 26)}{chr(97 + k // 676)}" for k in range(1500)]
    text = " ".join(
        f"{owner}'s son said it rained." + (f" {owner}'s son, Ed Lo, left." if k % 3 == 0 else " It rained.")
        for k, owner in enumerate(owners)
    )
    assert len(text) > 40_000
    assert _sources(analyzer, text) == [
        (f"{owner}'s son", "named" if k % 3 == 0 else "anonymous") for k, owner in enumerate(owners)
    ]


def test_a_sentence_of_many_set_off_relative_clauses_reads_it_in_linear_work(analyzer: Analyzer) -> None:
    """The same 240 ", who herself claims" clauses in sentences of 15 and of 60: the source read back past the
    reflexive, each cue asked whether a finite verb stands between the sentence's start and its comma, reading from
    the start again (r18's test showed it; 1.71 times the work on the base, r21)."""
    counts = []
    for per_sentence in (15, 60):
        sentence = ", ".join(["Ana Ruiz, who herself claims it"] * per_sentence) + "."
        text = " ".join([sentence] * (240 // per_sentence))
        counts.append(_python_calls(lambda text=text: _sources(analyzer, text)))
        assert _sources(analyzer, text) == [("who", "named")] * 240
    assert not FROM_SOURCES or counts[1] <= 1.3 * counts[0]
