"""Round t4: a language is named only on enough evidence, and Bulgarian is told from Russian.

A short English headline was flagged as Portuguese on one "de"; Bulgarian articles were read as Russian on
words both languages use ("и", "в", "с", "не", "как"). The texts here are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from framing.cli import app
from framing.narratives.language import UNDETERMINED, detect_language, language_mismatch, profiles

runner = CliRunner()
MODELS = {"en", "ru", "bg", "hi"}  # the narrative model's languages

HEADLINE = "Coup de Grâce: Da Vinci Code Sequel Dropped"  # "de", "da": two Portuguese profile words, no English one
BULGARIAN = (
    "Не е ясно как и с какви пари правителството ще се справи с кризата при тези цени, или дали изобщо ще опита."
)
RUSSIAN = "Правительство заявило, что помощь поступит уже на этой неделе, и это касается также энергетики."
UKRAINIAN = "Уряд заявив, що допомога надійде вже цього тижня, і це стосується також енергетики."


@pytest.mark.parametrize(
    "text",
    [
        HEADLINE,
        "Da Silva to Meet De Klerk",
        "Hasta la Vista, Says Governor as Por Favor Campaign Ends",
    ],
)
def test_a_short_english_headline_with_romance_words_is_not_flagged_as_another_language(text: str) -> None:
    assert detect_language(text) == UNDETERMINED  # too few words to tell
    assert language_mismatch(text, "en") is None  # taken to be in the lexicons' language


def test_a_short_text_leans_to_a_language_with_a_model_only_when_it_leads() -> None:
    """Narratives lean to the leading language they have a model for rather than refuse a one-line
    article; a headline led by Portuguese words is not labelled English, nor called Portuguese."""
    line = "Critics warned of a catastrophic escalation, officials said on Monday."
    assert detect_language(line) == UNDETERMINED
    assert detect_language(line, lean_to=MODELS) == "en"
    assert detect_language(HEADLINE, lean_to=MODELS) == UNDETERMINED


def test_a_bulgarian_paragraph_full_of_words_russian_shares_reads_as_bulgarian() -> None:
    assert detect_language(BULGARIAN) == "bg"
    assert language_mismatch(BULGARIAN, "ru") == (
        "the text reads as bg, not ru: the ru lexicons find little in it, so its scores are not comparable with "
        "those of ru texts (score it with --lang and -L, a lexicon folder for its language)"
    )


@pytest.mark.parametrize(("text", "lang"), [(RUSSIAN, "ru"), (UKRAINIAN, "uk"), (BULGARIAN, "bg")])
def test_russian_ukrainian_and_bulgarian_are_told_apart(text: str, lang: str) -> None:
    assert detect_language(text, lean_to=MODELS) == lang


def test_a_hard_sign_before_ya_is_russian_not_bulgarian() -> None:
    """Bulgarian writes ъ often, Russian only before е, ё, ю, я: one "объявил" was a Bulgarian letter."""
    assert detect_language("Путин объявил мобилизацию", lean_to=MODELS) == UNDETERMINED


def test_a_mixed_script_line_takes_the_script_of_most_of_its_letters() -> None:
    bulgarian = (
        "Министърът се срещна с Lloyd Austin и Jens Stoltenberg в Брюксел, където обсъдиха доставките на оръжие."
    )
    english = "Putin told reporters «Мы не отступим» after the talks in Moscow on Friday."
    assert detect_language(bulgarian) == "bg"
    assert detect_language(english) == "en"
    assert language_mismatch(english, "en") is None


def test_a_short_line_of_another_script_is_flagged_though_too_short_to_tell_its_language() -> None:
    assert detect_language("Путин объявил мобилизацию") == UNDETERMINED
    assert language_mismatch("Путин объявил мобилизацию", "en") == (
        "the text is not in en (its letters are of another script): the en lexicons find little in it, so its "
        "scores are not comparable with those of en texts (score it with --lang and -L, a lexicon folder for "
        "its language)"
    )
    assert language_mismatch("Der Krieg ist schrecklich und die Menschen leiden.", "en") is None  # no profile


def test_a_corpus_run_flags_the_bulgarian_record_and_not_the_english_headline(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "headline.txt").write_text(HEADLINE + "\n", encoding="utf-8")
    (folder / "bg.txt").write_text(BULGARIAN + "\n", encoding="utf-8")
    out = tmp_path / "s.csv"
    result = runner.invoke(app, ["score", str(folder), "-o", str(out), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0].startswith("read 2 · scored 2 · failed 0 · flagged 1 → ")
    errors = (tmp_path / "s.errors.csv").read_text(encoding="utf-8").splitlines()
    assert [row.split(",")[3:5] for row in errors[1:]] == [["bg", "flagged"]]
    assert "the text reads as bg, not en" in errors[1]


_KNOWN = {code for langs in profiles().values() for code in langs} | {UNDETERMINED, "latin", "cyrillic", "other"}


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec=None), max_size=300), st.sampled_from(["en", "ru", "bg", "xx"]))
def test_detection_never_raises_on_any_text(text: str, lang: str) -> None:
    """Any characters (lone surrogates, combining marks, scripts without a profile), any length."""
    found = detect_language(text)
    assert found is None or found in _KNOWN
    assert detect_language(text, lean_to=MODELS) in {found, *MODELS}
    reason = language_mismatch(text, lang)
    assert reason is None or reason.startswith("the text ")
