"""Hostile input, seventeenth pass (round r18): this stop's sourcing rules (k75's sex of a pronoun's person and
"the judge", v38's noun cue as a subject and acting outlet, c52's colon block and particles) on generated text, a
noun cue's verb at a text's very end, and `lexicon check` on the grammar lists that tell a person's sex."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from framing.lexicon.schema import validate_language
from framing.pipeline import Analyzer
from framing.sourcing import kinds
from tests.test_hostile_input_r11 import _python_calls  # a rule that rereads calls a helper per token read
from tests.test_lexicon_check_a4 import SHIPPED, _line, _problems

# mypyc's build calls compiled functions past any profiler: the calls are counted where the sourcing runs from its
# sources; the outputs are asserted in both
FROM_SOURCES = not kinds.__file__.endswith((".so", ".pyd"))


def _rows(analyzer: Analyzer, text: str) -> list[tuple[str, str, str]]:
    return [(a["source"], a["kind"], a["cue"]) for a in analyzer.analyze(text, split_title=False).attributions]


# each construction, its attributions per repeat; k75's, v38's and c52's rules read each of them
CONSTRUCTIONS = [
    # a pronoun passing over a source of the other sex to an unnamed person brought in since
    (
        "Mrs. Lee said it, a man came, he said it",
        [("Mrs. Lee", "named", "said"), ("he", "anonymous", "said")],
    ),
    ("the judge said it", [("the judge", "anonymous", "said")]),  # "the judge" looked for twelve sentences back
    ("Mark Judge said it", [("Mark Judge", "named", "said")]),  # a role's word after a given name
    ("the governor's staff said it", [("the governor's staff", "anonymous", "said")]),
    ("Lo's warning sparks fears", []),  # a noun cue that is its verb's subject
    ("state media published a report", []),  # an outlet that acts
    ("Lo, who himself says it", [("who", "named", "says")]),  # a reflexive after the relative
    ("Lo called out the mayor", [("Lo", "named", "called out")]),  # a cue's particle
]


@pytest.mark.parametrize(("unit", "rows"), CONSTRUCTIONS)
def test_a_sentence_packed_with_a_construction_reads_it_in_linear_work(
    analyzer: Analyzer, unit: str, rows: list[tuple[str, str, str]]
) -> None:
    """The same 240 repeats as sentences of 15 and of 60 (a rule that reads its sentence or window again per
    source costs four times as much in the second); measured at 4,000 repeats in sentences of 25 to 200 with no
    growth. Every repeat is read alike."""
    counts = []
    for per_sentence in (15, 60):
        sentence = ", ".join([unit] * per_sentence) + "."
        text = " ".join([sentence[0].upper() + sentence[1:]] * (240 // per_sentence))
        counts.append(_python_calls(lambda text=text: _rows(analyzer, text)))
        found = _rows(analyzer, text)
        assert len(found) == 240 * len(rows)
        assert {(s.lower(), k, c) for s, k, c in found} == {(s.lower(), k, c) for s, k, c in rows}
    assert not FROM_SOURCES or counts[1] <= 1.3 * counts[0]


@pytest.mark.parametrize(
    ("make", "per_repeat"),
    [
        # a colon cue whose block opens on the next paragraph, then blank paragraphs: one row, the cue with its
        # content (round d9: the carried copy of that line is no longer listed again)
        (lambda n: "\n\n".join(["He concludes:", "", "", "The plan fails."] * n), 1),
        (lambda n: "\n\n".join(["He said it was fine."] * n) + "\n\nHe concludes:", 1),  # a colon cue at the end
        (lambda n: " ".join(["Mr. Lee said it. A woman came. She said it. He said it."] * n), 3),
    ],
)
def test_a_text_four_times_as_long_takes_about_four_times_the_work(
    analyzer: Analyzer, make: Callable[[int], str], per_repeat: int
) -> None:
    counts, found = [], []
    for n in (40, 160):
        text = make(n)
        counts.append(_python_calls(lambda text=text: _rows(analyzer, text)))
        found.append(len(_rows(analyzer, text)))
    assert found[1] - found[0] == 120 * per_repeat
    assert not FROM_SOURCES or counts[1] <= 4.4 * counts[0]


@pytest.mark.parametrize("text", ["Lo's warning sparks", "Lo's warning failed", "The claim rested"])
def test_a_noun_cue_whose_verb_ends_the_text_is_read_as_with_a_full_stop(analyzer: Analyzer, text: str) -> None:
    """v38: a noun cue that is its verb's subject has no content; a text that ended on that verb (a headline, a
    line with no full stop) took the verb for what the noun said: "Lo's warning" content "sparks"."""
    assert _rows(analyzer, text) == _rows(analyzer, text + ".") == []


def test_a_noun_cue_with_its_hearer_at_the_text_end_keeps_its_content(analyzer: Analyzer) -> None:
    result = analyzer.analyze("Lo's warning residents", split_title=False).attributions
    assert [(a["source"], a["cue"], a["content"]) for a in result] == [("Lo's", "warning", "residents")]


@pytest.mark.parametrize(
    ("key", "word", "other"),
    [
        ("female_given_names", "jack", "male_given_names"),  # "jack" read as a woman's name, silently
        ("female_nouns", "his", "male_words"),
        ("female_words", "sir", "male_words"),
    ],
)
def test_a_word_listed_under_both_sexes_is_one_error_on_its_line(key: str, word: str, other: str) -> None:
    assert _problems(f"\n{key} = [", f'\n{key} = ["{word}", ') == [
        (_line(key), "E207", f"[grammar] {word!r} is in {other} and in {key}: a word tells one sex")
    ]


@pytest.mark.parametrize("key", ["reflexives", "court_roles", "serving_bodies", "hearer_followers"])
def test_a_grammar_list_written_as_a_dotted_key_is_refused_on_its_own_line(key: str) -> None:
    """`reflexives.x = [...]` makes a table: refused, as before, but on the [grammar] header's line."""
    assert _problems(f"\n{key} = [", f"\n{key}.x = [") == [
        (_line(key), "E203", f"[grammar] {key} must be a list of lower-case words")
    ]


@pytest.mark.parametrize(("entry", "hint"), [('"Jack"', "'Jack' is not lower case"), ("3", "3 is not a word")])
def test_a_bad_given_name_deep_in_its_list_is_named_and_a_word_found_on_its_line(entry: str, hint: str) -> None:
    """The given names run over ten lines: a bad one was reported on the key's line, not named. A word in the wrong
    case is now found on its own line; a number, which the file's quoted strings do not index, on the key's."""
    source = SHIPPED.replace('"jacob",', f'{entry}, "jacob",')
    [problem] = validate_language("lang.toml", source, grammar=True)[1]
    own = next(n for n, text in enumerate(source.splitlines(), start=1) if f'{entry}, "jacob"' in text)
    assert own > _line("male_given_names")
    line = own if entry.startswith('"') else _line("male_given_names")
    assert (problem.line, problem.code, problem.hint) == (line, "E203", hint)
