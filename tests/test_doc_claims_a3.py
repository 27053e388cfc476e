"""Round a3: the README and lexicon docs as a user reads them. The examples the docs quote come out as the lines say
(span, kind, voice), and `framing lexicon check` refuses a malformed value of this stop's new options and grammar keys
with one line naming the file and the line. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from framing.errors import LexiconError
from framing.lexicon.grammar import GRAMMAR_FILE, read_grammar
from framing.pipeline import Analyzer
from signal_cases import spans
from sourcing_cases import attributions_with_kinds, fields_and_voices

GRID = (Path(__file__).resolve().parent / "data" / "grid" / "grid_test.toml").read_text(encoding="utf-8")


def test_a_past_verb_with_its_object_after_according_to_is_the_next_clause(analyzer: Analyzer) -> None:
    """README, "According to X": the quoted example, and the limit it names (a past form no list holds)."""
    made = "Prices rose sharply last year, according to the Post, the firm made new demands."
    quit = "Prices rose sharply last year, according to the Post, the firm quit the market."
    content = "Prices rose sharply last year,"
    assert attributions_with_kinds(analyzer, made) == [("according to", "the Post", "named", content)]
    assert attributions_with_kinds(analyzer, quit) == [
        ("according to", "the Post, the firm quit the market", "named", content)
    ]  # c50 added "sold" to `past_forms`; "quit", a present too, stays out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The aide repeated his statement that the plan failed.",
            [("repeated", "The aide"), ("statement", "his")],
        ),
        # the object of a full reporting verb: the verb's report alone
        ("The aide cited his statement that the plan failed.", [("cited", "The aide")]),
        ("The aide questioned Lo's comments that the plan failed.", [("questioned", "The aide")]),
    ],
)
def test_a_possessive_before_a_said_noun_as_the_readme_says(
    analyzer: Analyzer, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(c, s) for c, s, _, _ in attributions_with_kinds(analyzer, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Crime fell, according to FBI data.", ("FBI data", "named")),
        ("Crime fell by a third, according to estimates by the UN.", ("estimates by the UN", "named")),
        # a body's plural estimates are its papers since k74 (the limit docs/source-kinds.md stated before)
        ("Crime fell by a third, according to UN estimates.", ("UN estimates", "named")),
    ],
)
def test_a_bodys_findings_as_source_kinds_says(analyzer: Analyzer, text: str, expected: tuple[str, str]) -> None:
    assert [(s, k) for _, s, k, _ in attributions_with_kinds(analyzer, text)] == [expected]


def test_a_participle_after_a_cues_object_is_the_writers(analyzer: Analyzer) -> None:
    """README, voice: "believing" and "might" after "opposed the levy," are the writer's."""
    text = "The mayor opposed the levy, believing it might hurt farmers."
    assert fields_and_voices(analyzer, text, ("cue", "source", "content")) == (
        [("opposed", "The mayor", "the levy")],
        [("believing", "author"), ("might", "author")],
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They called it a grave threat.", ["grave threat"]),
        ("The region faces an unprecedented global crisis.", ["unprecedented global crisis"]),
        # the closest pair stays the term that overlaps it, and the next-closest counts (round e39)
        ("It is a grave threat and an unprecedented global crisis.", ["grave threat", "unprecedented global crisis"]),
    ],
)
def test_defer_to_terms_as_lexicons_readme_says(analyzer: Analyzer, text: str, expected: list[str]) -> None:
    assert spans(analyzer, text, "escalation") == expected


def test_lexicon_check_refuses_defer_to_terms_not_a_boolean_on_one_line(
    check_lexicon_file: Callable[[str, str], tuple[Path, str]],
) -> None:
    path, output = check_lexicon_file("grid_test.toml", GRID.replace("defer_to_terms = true", 'defer_to_terms = "yes"'))
    line = GRID.splitlines().index("[[proximity]]") + 1
    # one problem: the context rule that reads the refused rule by its id is no second one
    assert [row for row in output.splitlines() if row.startswith("error:")] == [
        f'error: {path}:{line}: E203 defer_to_terms of proximity rule "grid" must be true or false'
    ]


def test_a_context_rule_naming_an_unknown_id_says_an_id_may_be_named(
    check_lexicon_file: Callable[[str, str], tuple[Path, str]],
) -> None:
    """Since a context rule may name a proximity rule's id, the message and hint say so."""
    path, output = check_lexicon_file("grid_test.toml", GRID.replace('terms = ["grid"]', 'terms = ["gridd"]'))
    line = GRID.splitlines().index("[[context]]") + 1
    [first] = [row for row in output.splitlines() if "E210" in row]
    assert (
        f'{path}:{line}: E210 context rule names "gridd", which is not a term of this file nor a [[proximity]] id'
        in first
    )
    assert "or the id of one of this file's [[proximity]] rules" in first


NEW_KEYS = [
    "seated_bodies",
    "naming_participles",
    "loose_bodies",
    "defined_communities",
    "people_adjectives",
    "discourse_adverbs",
    "sentence_links",
    "link_preludes",
    "object_of_verbs",
    "clause_cues",
    "object_participles",
]


@pytest.mark.parametrize("key", NEW_KEYS)
@pytest.mark.parametrize(
    ("word", "message"),
    [
        ("Upper", "E203 [grammar] {key} must be a list of lower-case words"),
        ("in fact", "E206 [grammar] {key}: 'in fact'"),
    ],
)
def test_a_malformed_new_grammar_key_is_one_line_naming_file_and_line(
    tmp_path: Path, key: str, word: str, message: str
) -> None:
    """This stop's `[grammar]` keys: an upper-case word or a word with a space is refused at the key's line."""
    source = GRAMMAR_FILE.read_text(encoding="utf-8")
    opening = f"\n{key} = ["
    assert source.count(opening) == 1
    line = source[: source.index(opening)].count("\n") + 2
    language = tmp_path / GRAMMAR_FILE.name
    language.write_text(source.replace(opening, f'{opening}"{word}", '), encoding="utf-8")
    with pytest.raises(LexiconError) as raised:
        read_grammar(language)
    [row] = str(raised.value).splitlines()
    assert row.startswith(f"{language}:{line}:") and message.format(key=key) in row
