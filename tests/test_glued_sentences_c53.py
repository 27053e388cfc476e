"""A space lost between two sentences ("Lo said.The mayor …", text scraped from a page) no longer glues the
sentences into one: a period between a lower-case word and a capitalised word of three letters or more ends a
sentence; dotted names stay one token ("Ukraine.ru", "U.S.Army", "e.g.The", "St.Louis", "Pravda.Ru") (round c53)."""

from __future__ import annotations

import pytest

from framing.text import tokenize
from sourcing_cases import cues_and_sources


def test_a_lost_space_after_a_period_ends_the_sentence() -> None:
    doc = tokenize("The levy will fail, Lo said.The mayor disagreed.")
    assert doc.tokens[6:9] == ["said", ".", "The"]
    assert doc.sentence_tokens == [(0, 8), (8, 12)]


@pytest.mark.parametrize("word", ["Ukraine.ru", "U.S.Army", "e.g.The", "St.Louis", "Pravda.Ru", "1.5"])
def test_dotted_names_stay_one_token(word: str) -> None:
    assert tokenize(f"See {word} now.").tokens == ["See", word, "now", "."]


def test_each_glued_sentence_reads_its_own_speaker(analyzer) -> None:
    text = "“The port is closed,” Ana Ruiz said.Ruiz claimed that the mayor had lied."
    assert cues_and_sources(analyzer, text) == [("said", "Ana Ruiz"), ("claimed", "Ruiz")]
