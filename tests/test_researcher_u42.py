"""Round u42: a researcher's pass over real news, in sentences written for it: a tag's day before its occasion
('"…," Ruiz said Wednesday in an interview.') leaves the words before the source as what was said; a plural noun
cue after a voicing verb is the noun's holder's ("raised serious doubts about whether"); "news shows" are
programmes; a letters page's rubric and "it is worth recalling" attribute nothing; conceding a race is no loaded
attribution; several inputs given to a command that reads one are refused with the rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from typer.testing import CliRunner

from framing.cli import app
from framing.pipeline import Analyzer
from sourcing_cases import fields, fields_and_voices


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day, then an occasion: the quotation is what she said, not "Wednesday in an interview …"
        (
            '"The ferry will run all winter," Mayor Ana Ruiz said Wednesday in an interview with the paper.',
            [("said", "Mayor Ana Ruiz", '"The ferry will run all winter,"')],
        ),
        # a day and its part, then a setting
        (
            '"We have the votes," Ruiz said Tuesday night during a hearing in the capital.',
            [("said", "Ruiz", '"We have the votes,"')],
        ),
        # no quotation marks: the clause before the comma
        (
            "The ferry will run all winter, the mayor said Friday at a meeting of the harbour board.",
            [("said", "the mayor", "The ferry will run all winter,")],
        ),
        # unchanged: a content after the occasion, opened by "that"
        (
            "Ruiz said Monday at a rally that the ferry will run all winter.",
            [("said", "Ruiz", "the ferry will run all winter.")],
        ),
    ],
)
def test_a_tags_day_before_its_occasion_is_no_content(analyzer: Analyzer, text: str, expected: list) -> None:
    assert fields(analyzer, text, "cue", "source", "content") == expected


def test_the_quotation_before_a_tags_day_is_its_speakers(analyzer: Analyzer) -> None:
    """The words before the source are the speaker's, so a loaded word there is reported, not the writer's."""
    text = "The toll plan is a disgrace, the mayor said Thursday in a speech to the harbour board."
    _, voices = fields_and_voices(analyzer, text, ("cue",), {"loaded_language"})
    assert voices == [("disgrace", "reported")]


def test_a_quotation_closing_the_sentence_before_keeps_its_speaker(analyzer: Analyzer) -> None:
    """'"Is it over?" Ruiz said Sunday on a morning show.': the tag's own content is empty, not its setting."""
    text = 'The vote was close. "Is it over?" Ruiz said Sunday on a morning show.'
    assert fields(analyzer, text, "cue", "source", "content") == [
        ("", "Ruiz", '"Is it over?"'),
        ("said", "Ruiz", ""),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the plural noun of programmes after the kind of news show: no one shows anything
        ("The mayor spent the week on the morning news shows.", []),
        ("The ferry is late, Ruiz said Thursday during a tour of the cable news shows.", [("said", "Ruiz")]),
        # an outlet's name ending in "News" keeps its poll's cue
        (
            "A poll by the Ledger and Harbour News shows the mayor ahead.",
            [("shows", "A poll by the Ledger and Harbour News")],
        ),
    ],
)
def test_news_shows_as_programmes_report_nothing(analyzer: Analyzer, text: str, expected: list) -> None:
    assert fields(analyzer, text, "cue", "source") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural noun cue after a voicing verb and its modifiers: the verb's subject is no source phrase
        ("The flood raised serious doubts about whether the dam will hold.", [("doubts", "", "vague")]),
        ("The drills are again raising Northern fears that the border will close.", [("fears", "", "vague")]),
        # the voicing verb's subject speaks when it can
        ("Ruiz renewed calls for a new ferry.", [("calls for", "Ruiz", "named")]),
        # unchanged: the verb cue with its subject, and a noun of a voicing verb's spelling after its article
        ("The council fears that the dam will fail.", [("fears", "The council", "named")]),
        ('"The dam will hold," a voice over says as the screen goes dark.', [("says", "a voice over", "anonymous")]),
    ],
)
def test_a_noun_cue_after_a_voicing_verb_is_the_nouns(analyzer: Analyzer, text: str, expected: list) -> None:
    assert fields(analyzer, text, "cue", "source", "kind") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a letters page's rubric before a colon names no speaker
        "Letters to the Editor: The ferry must run all winter",
        # the writer pointing something out
        "It is worth recalling that the ferry was late all winter.",
        "It is worth mentioning that the ferry was late all winter.",
    ],
)
def test_rubrics_and_the_writers_asides_attribute_nothing(analyzer: Analyzer, text: str) -> None:
    assert fields(analyzer, text, "cue", "source") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ruiz conceded on Election Day and now the count has put her back in the running.", []),
        ("The senator conceded the race late on Tuesday.", []),
        ("Ruiz has not conceded her bid for the nomination.", []),
        ("Ruiz conceded defeat.", []),
        # a statement conceded stays an editorialising cue
        ("Ruiz conceded to reporters that the ferry was late.", ["conceded"]),
    ],
)
def test_conceding_a_contest_is_no_loaded_attribution(signal_spans, text: str, expected: list) -> None:
    assert signal_spans(text, "loaded_attribution") == expected


@pytest.mark.parametrize("command", [["score"], ["compare"], ["narratives"], ["lexicon", "sample"]])
def test_several_inputs_are_refused_naming_the_rule(tmp_path: Path, command: list[str]) -> None:
    """A shell's `*.txt` gives a command that reads one input several files: it says so, and how to read many."""
    files = [tmp_path / f"{name}.txt" for name in ("a", "b", "c", "d")]
    for path in files:
        path.write_text("The ferry was late again.\n", encoding="utf-8")
    result = CliRunner().invoke(app, [*command, *map(str, files)])
    assert result.exit_code == 2
    name, metavar = " ".join(command), "CORPUS" if command[0] == "lexicon" else "INPUT"
    shown = ", ".join(str(path) for path in files[:3])
    assert result.stderr.strip() == (
        f"error: framing {name}: takes one {metavar} (an article, a folder or a corpus table), not 4: {shown}, …; "
        f"to read several files, put them in one folder and give the folder (framing {name} --help)"
    )


def test_conceding_a_contest_stays_a_plain_report(analyzer: Analyzer) -> None:
    """The concession is still reported, as a plain cue: its attribution is kept, not marked loaded."""
    text = "The senator conceded the race late on Tuesday."
    assert fields(analyzer, text, "cue", "source", "loaded") == [("conceded", "The senator", False)]
