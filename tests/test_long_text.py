"""Very long texts (issue 14, defect 8): scored in blocks of sentences, with the plain path's result.

Texts of more than `pipeline.BLOCK_TOKENS` tokens are matched and tallied in blocks of whole sentences,
so that a million matches never sit in memory together. Here the block size is made tiny, so that the
generated texts cross many block boundaries, and every output must equal the unblocked one.
"""

from __future__ import annotations

import subprocess
import sys
from unittest import mock

from hypothesis import example, given, settings
from hypothesis import strategies as st

from framing import pipeline
from framing.lexicon.loader import load_lexicons
from framing.pipeline import Analyzer

_LEXICONS = load_lexicons()
_ANALYZER = Analyzer(_LEXICONS)


def _phrases() -> list[str]:
    """Every term of the shipped lexicons (wildcards filled in), proximity ends and context phrases,
    and the punctuation, quotation marks, names and paragraph breaks that sentences, quotations and
    attributions are made of."""
    terms = []
    for spec in _LEXICONS.signals.values():
        terms += spec.terms + spec.exceptions
        for rule in spec.proximity:
            terms += rule.a + rule.b
        for context in spec.context:
            terms += context.before + context.after
    phrases = sorted({t.text.replace("*", "s") for t in terms})
    return phrases + [
        ".",
        ".",
        ".",
        "?",
        ",",
        "“",
        "”",
        '"',
        "\n\n",
        "He",
        "She",
        "Mr. Smith",
        "the ministry",
        "not",
        "said",
        "according to",
        "Moscow",
        "troops",
        "the",
        "of",
        "2024",
    ]


_PHRASES = _phrases()
_common = st.sampled_from(_PHRASES[-22:])
_texts = st.lists(st.one_of(st.sampled_from(_PHRASES), _common, _common), min_size=1, max_size=160).map(" ".join)


def _outputs(text: str, block: int, kept: int) -> tuple:
    with (
        mock.patch.object(pipeline, "BLOCK_TOKENS", block),
        mock.patch.object(pipeline, "MAX_SENTENCES_KEPT", kept),
        mock.patch.object(pipeline, "MAX_EVIDENCE_KEPT", 7),
    ):
        result = _ANALYZER.analyze(text, split_title=False, evidence=True)
        scores_only = _ANALYZER.analyze(text, split_title=False, evidence=False)
    return (
        result.to_dict(with_sentences=True),
        result.row(),
        result.sentence_starts,
        result.sentence_signals,
        result.sentence_sources,
        result.tokens_by_sentence,
        scores_only.row(),
    )


@settings(max_examples=250, deadline=None)
@given(_texts, st.integers(1, 40), st.integers(1, 12))
def test_blocks_of_sentences_give_the_result_of_the_whole_text(text: str, block: int, kept: int) -> None:
    assert _outputs(text, block, kept) == _outputs(text, 10**9, kept)


@settings(max_examples=100, deadline=None)
@given(_texts, st.integers(1, 6))
@example("! ? Absolutely !", 1)  # a question answered at once, across a block's end (`answered_by`)
@example("! Absolutely ! ? Absolutely !", 1)
def test_kept_sentences_are_the_first_of_the_whole_text(text: str, kept: int) -> None:
    """Keeping the first sentences locates them as the whole text does, with the same evidence."""
    short = _outputs(text, 2, kept)[0]
    whole = _outputs(text, 10**9, 10**9)[0]
    assert short["sentences"] == whole["sentences"][:kept]
    assert short["evidence"] == [e for e in whole["evidence"] if e["sentence"] < kept][:7]
    assert short["attributions"] == [a for a in whole["attributions"] if a["sentence"] < kept][:7]
    assert short["signals"] == whole["signals"] and short["sourcing"] == whole["sourcing"]


def test_a_quotation_continued_across_a_block_boundary_keeps_its_source() -> None:
    text = "“We will not yield to the thugs,” she said. “Not now, not ever, whatever they claim.” It was war."
    blocked = _outputs(text, 1, 10)
    assert blocked == _outputs(text, 10**9, 10)
    assert [a["sentence"] for a in blocked[0]["attributions"]] == [0, 1]
    assert blocked[0]["signals"]["loaded_language"]["by_voice"]["quoted"] == 1


MEASURE = """
import tracemalloc
from framing import pipeline
from framing.text import tokenize
pipeline.BLOCK_TOKENS, pipeline.MAX_SENTENCES_KEPT = 5_000, 1_000   # as 50,000 and 10,000 are to a million
analyzer = pipeline.Analyzer()
text = "Doom. " * 50_000
tracemalloc.start()
doc = tokenize(text, analyzer.rules)
floor = tracemalloc.get_traced_memory()[1]
del doc
tracemalloc.reset_peak()
result = analyzer.analyze(text, evidence=True)
print(floor, tracemalloc.get_traced_memory()[1], result.signals["escalation"].count)
"""


def test_memory_of_a_long_text_is_that_of_its_tokens_not_of_its_matches() -> None:
    """50,000 one-word sentences, each a match: analysing (with evidence) takes little more memory
    than tokenizing does; holding every match took about three times as much."""
    out = subprocess.run([sys.executable, "-c", MEASURE], capture_output=True, text=True, check=True)
    floor, peak, count = map(int, out.stdout.split())
    assert count == 50_000
    assert peak < 1.5 * floor, (peak, floor)


def test_a_kept_quotation_whose_speaker_is_named_after_the_kept_sentences_keeps_its_source() -> None:
    """The speaker of a two-sentence quotation follows it: keeping only the first sentence must still
    locate the source in the whole text (it raised IndexError when the speaker lay past the kept ones)."""
    text = "“We will not yield. We will stay until the end,” Ana Ruiz said."
    kept = _outputs(text, 10**9, 1)[0]["attributions"]
    assert kept == [
        {
            "sentence": 0,
            "kind": "named",
            "cue": "",
            "cue_entry": "",
            "loaded": False,
            "source": "Ana Ruiz",
            "cue_start": None,
            "cue_end": None,
            "source_start": 49,
            "source_end": 57,
            "content": "“We will not yield.",
            "content_start": 0,
            "content_end": 19,
        }
    ]
    assert kept == [a for a in _outputs(text, 10**9, 10**9)[0]["attributions"] if a["sentence"] < 1]


def test_a_sentence_of_over_a_thousand_tokens_is_scored_in_pieces() -> None:
    """A text without full stops would hold every per-sentence rule for the length of the whole text."""
    result = _ANALYZER.analyze("word " * 2_500 + "end. Next sentence", id="x")
    assert [len(s) for s in result.sentences] == [4_999, 4_999, 2_504, 13]
    assert result.n_sentences == 4 and result.sentences[2].endswith("word end.")
