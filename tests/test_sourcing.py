"""The sourcing analysis on hand-written sentences of every source kind, with the shipped lexicons."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from framing.lexicon.loader import Layer, load_lexicons, shipped_dir
from framing.pipeline import Analyzer
from framing.sourcing.quotations import _LineEnds
from framing.text import tokenize

CASES = [
    ("Defence Minister Ana Ruiz said the talks would resume on Monday.", {"named"}),
    ("“We will respond in kind,” said Foreign Minister Lea Varga.", {"named"}),
    ("According to the Interior Ministry, twelve people were detained overnight.", {"named"}),
    ("He told reporters the convoy had turned back.", {"named"}),
    ("A senior official, who spoke on condition of anonymity, said the plan was dead.", {"anonymous"}),
    ("People familiar with the negotiations said a deal was close.", {"anonymous"}),
    ("Experts say the ceasefire is fragile.", {"vague"}),
    ("Some analysts argue that the sanctions have failed.", {"vague"}),
    ("Media reports have highlighted divisions inside the alliance.", {"vague"}),
    ("As reported by RT, the convoy was attacked near the border.", {"state_media"}),
    ("Russian state media said the strike was retaliation.", {"state_media"}),
    ("The bridge was closed on Tuesday after the flood.", set()),
]


@pytest.mark.parametrize(("sentence", "kinds"), CASES)
def test_source_kind_of_each_sentence(analyzer: Analyzer, sentence: str, kinds: set[str]) -> None:
    result = analyzer.analyze(sentence, split_title=False)
    assert {a["kind"] for a in result.attributions} == kinds


def test_source_phrase_and_cue_are_reported(analyzer: Analyzer) -> None:
    result = analyzer.analyze("Defence Minister Ana Ruiz said the talks would resume.", split_title=False)
    [attribution] = result.attributions
    assert (attribution["cue"], attribution["source"], attribution["loaded"]) == (
        "said",
        "Defence Minister Ana Ruiz",
        False,
    )


def test_loaded_attribution_verbs_are_their_own_sub_signal(analyzer: Analyzer) -> None:
    neutral = analyzer.analyze("The minister said the figures were accurate.", split_title=False)
    loaded = analyzer.analyze("The minister claimed the figures were accurate.", split_title=False)
    assert neutral.signals["loaded_attribution"].count == 0
    assert loaded.signals["loaded_attribution"].count == 1
    assert [a["loaded"] for a in loaded.attributions] == [True]
    assert loaded.sourcing.loaded_cues == 1


def test_sentence_shares_and_unattributed_assertions(analyzer: Analyzer) -> None:
    text = (
        "The government said the dam was safe. Experts say it may fail. "
        "The river rose two metres overnight. The town must be evacuated now."
    )
    s = analyzer.analyze(text, split_title=False).sourcing
    assert (s.attributed, s.named, s.vague) == (0.5, 0.25, 0.25)
    assert s.unattributed_assertive == 0.5


def test_quoted_and_reported_voice(analyzer: Analyzer) -> None:
    result = analyzer.analyze(
        "“This is a catastrophic failure,” the minister said. The plan was catastrophic.", split_title=False
    )
    voices = [(e.text, e.voice) for e in result.evidence if e.signal == "escalation"]
    assert voices == [("catastrophic", "quoted"), ("catastrophic", "author")]
    assert result.signals["escalation"].by_voice == {"author": 1, "quoted": 1, "reported": 0}
    assert result.sourcing.direct_quote == 0.5


def test_a_quotation_continued_in_the_next_sentence_keeps_its_source(analyzer: Analyzer) -> None:
    text = "“We will not yield,” Foreign Minister Lea Varga said. “Not now, and not ever in the future.”"
    result = analyzer.analyze(text, split_title=False)
    assert [(a["sentence"], a["kind"]) for a in result.attributions] == [(0, "named"), (1, "named")]
    assert result.sourcing.attributed == 1.0


def test_typewriter_quotes_of_older_archives(analyzer: Analyzer) -> None:
    text = "''We finally may see wage growth,'' the economist Jared Bernstein wrote. ''It is a big story.''"
    result = analyzer.analyze(text, split_title=False)
    assert result.sourcing.direct_quote == 1.0
    assert [e.voice for e in result.evidence if e.signal == "hedging"] == ["quoted"]


def test_sourcing_roles_come_from_the_lexicon_files_not_their_names(tmp_path: Path) -> None:
    folder = tmp_path / "en"
    shutil.copytree(shipped_dir() / "en", folder)
    (folder / "reporting_verbs.toml").rename(folder / "speech_verbs.toml")
    (folder / "anonymous_sources.toml").rename(folder / "unnamed.toml")
    renamed = Analyzer(load_lexicons(layers=[Layer(folder, "test")]))
    assert renamed.roles["speech_verbs"] == "cue" and renamed.roles["unnamed"] == "anonymous"
    result = renamed.analyze(
        "A senior official, who spoke on condition of anonymity, said the plan was dead.", split_title=False
    )
    assert [(a["kind"], a["cue"], a["source"]) for a in result.attributions] == [
        ("anonymous", "said", "A senior official, who spoke on condition of anonymity")
    ]


@given(
    st.lists(
        st.sampled_from(["LO: We go.", " ", "\n", "\n\n", "Ruiz said:", "No. No.", "“Yes,” he said."]), max_size=20
    ),
    st.randoms(),
)
def test_a_line_end_between_two_sentences_is_found_whatever_order_they_are_asked_in(
    parts: list[str], order: random.Random
) -> None:
    """What a transcript turn carries to (the sentences on its speaker's line) rests on this answer."""
    doc = tokenize("".join(parts))
    asked = list(range(1, doc.n_sentences))
    order.shuffle(asked)
    lines = _LineEnds(doc)
    for k in asked + asked[::-1]:
        end, start = doc.span(*doc.sentence_tokens[k - 1])[1], doc.span(*doc.sentence_tokens[k])[0]
        assert lines.before(k) == ("\n" in doc.text[end:start])
