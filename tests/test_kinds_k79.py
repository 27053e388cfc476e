"""Round k79: labelled sources the rules never found, by the cue that marks them. A disavowal ("quickly disavowed
the flyer"), a truth recognised or a turn foreseen before its clause ("now recognize that", "anticipated that") and a
trust stated as "confident in" make their subject a source of its own kind. Without the clause, as a noun or in the
base form after "to", the same words stay no cue. Sentences written for these tests."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions_with_kinds

FOUND = {
    "Councillor Ana Ruiz quickly disavowed the flyer and its author.": (
        "quickly disavowed",
        "Councillor Ana Ruiz",
        "named",
        "the flyer and its author.",
    ),
    "The ferry union has since disavowed those remarks about the pilots.": (
        "has since disavowed",
        "The ferry union",
        "named",
        "those remarks about the pilots.",
    ),
    "Many residents now recognize that the old pier must close.": (
        "now recognize",
        "Many residents",
        "vague",
        "the old pier must close.",
    ),
    "Mayor Okafor anticipated that the vote would slip to June.": (
        "anticipated",
        "Mayor Okafor",
        "named",
        "the vote would slip to June.",
    ),
    "Some Democrats on the council are confident in the new harbor master.": (
        "are confident",
        "Some Democrats on the council",
        "vague",
        "in the new harbor master.",
    ),
}


@pytest.mark.parametrize("text", list(FOUND))
def test_the_subject_is_found_with_its_kind(analyzer: Analyzer, text: str) -> None:
    assert FOUND[text] in attributions_with_kinds(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "The disavowal came too late for the union.",
        "The ferry was recognized for its safety record.",
        "Ruiz recognized the winner of the regatta.",
        "The crowd anticipated the verdict for hours.",
        "It took the board a long time to disavow the flyer.",
    ],
)
def test_the_same_words_without_a_view_are_no_cue(analyzer: Analyzer, text: str) -> None:
    assert attributions_with_kinds(analyzer, text) == []
