"""Reading a text before scoring: site furniture left out, one-sentence-per-line files, the headline."""

from __future__ import annotations

from framing.pipeline import Analyzer
from framing.reading import blank_boilerplate, one_sentence_per_line

BODY = (
    "Officials warned of catastrophic consequences on Tuesday.\n\n"
    "Advertisement\n\n"
    "Take our poll: is the war an existential threat?\n\n"
    "You may opt out of these emails at any time.\n\n"
    "Experts caution that the talks may fail.\n"
)


def test_boilerplate_lines_are_not_scored_and_offsets_point_into_the_given_text(analyzer: Analyzer) -> None:
    result = analyzer.analyze(BODY, split_title=False)
    assert result.sentences == [
        "Officials warned of catastrophic consequences on Tuesday.",
        "Experts caution that the talks may fail.",
    ]
    found = {(e.signal, e.text) for e in result.evidence}
    assert ("escalation", "existential threat") not in found
    for e in result.evidence:
        assert BODY[e.start : e.end] == e.text
    assert ("hedging", "may") in found and ("escalation", "catastrophic consequences") in found


def test_only_short_lines_that_open_like_furniture_are_blanked() -> None:
    text = "Advertisement\nAdvertisements for the drug ran for years.\n" + "Click here to " + "read " * 50
    assert blank_boilerplate(text, {"advertisement", "click here to"}) == " " * 13 + text[13:]


def test_furniture_is_found_in_any_case_after_marks_and_other_lines_are_kept() -> None:
    text = "Lo said the plant will close.\n• READ MORE: the plant's last day\nRead on: its history\nSubscribed.\n"
    furniture = "• READ MORE: the plant's last day"
    assert blank_boilerplate(text, {"read more:", "subscribe"}) == text.replace(furniture, " " * len(furniture))


def test_an_empty_line_start_blanks_only_the_lines_of_marks() -> None:
    assert blank_boilerplate("Lo said so.\n• \nThe end.\n", {"", "advertisement"}) == "Lo said so.\n  \nThe end.\n"


def test_one_sentence_per_line_is_detected_only_where_safe() -> None:
    assert one_sentence_per_line("Fox 5 reports:\nSAN DIEGO police said nobody was hurt.\nThe road reopened.\n")
    wrapped = "Officials said on Tuesday that the\ntalks would resume next week after\na pause. They gave no reason.\n"
    assert not one_sentence_per_line(wrapped)
    assert not one_sentence_per_line("One line.\n\nAnother paragraph.\nAnd a line.\n")


def test_a_one_sentence_per_line_file_is_not_merged_across_lines(analyzer: Analyzer) -> None:
    text = "Fox 5 reports:\nSAN DIEGO police said nobody was hurt.\nThe road reopened.\n"
    assert analyzer.analyze(text).sentences == [
        "Fox 5 reports:",
        "SAN DIEGO police said nobody was hurt.",
        "The road reopened.",
    ]
    assert analyzer.analyze(text, lines=False).n_sentences == 2
