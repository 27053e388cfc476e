"""The tokenizer, sentence splitter and quotation finder on the edge cases news text throws at them."""

from __future__ import annotations

import re
from bisect import bisect_right

from hypothesis import given
from hypothesis import strategies as st

from framing.pipeline import analyze
from framing.text import (
    _TOKEN_RE,
    SentenceRules,
    _word_in_marks,
    index_after,
    is_word,
    normalize,
    tokenize,
    tokenize_words,
)

RULES = SentenceRules(frozenset({"gen", "mr", "dr", "sen"}), frozenset({"dec", "no"}))


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in tokenize(text, RULES).sentences]


def quotes(text: str) -> list[str]:
    doc = tokenize(text, RULES)
    return [text[doc.span(a, b)[0] : doc.span(a, b)[1]] for a, b in doc.quotes]


def test_abbreviations_do_not_end_sentences() -> None:
    text = "Gen. Mark Smith met Mr. Jones on Dec. 19 in the U.S. capital. He left early."
    assert sentences(text) == ["Gen. Mark Smith met Mr. Jones on Dec. 19 in the U.S. capital.", "He left early."]


def test_month_abbreviation_ends_a_sentence_when_no_number_follows() -> None:
    assert sentences("The talks ended in Dec. Then came the war.") == ["The talks ended in Dec.", "Then came the war."]


def test_initials_and_closing_quotes() -> None:
    text = "John F. Kennedy spoke. “We will go,” she said. “Now!” He ran."
    assert sentences(text) == ["John F. Kennedy spoke.", "“We will go,” she said.", "“Now!”", "He ran."]


def test_blank_line_ends_a_sentence_even_without_punctuation() -> None:
    assert sentences("A headline without a period\n\nThe body starts here.") == [
        "A headline without a period",
        "The body starts here.",
    ]


def test_words_hyphens_possessives_and_contractions() -> None:
    assert tokenize_words("Russia-Ukraine state-run Rutte’s don't can’t Ukraine.ru 1.5 U.S.") == [
        "russia-ukraine",
        "state-run",
        "rutte",
        "'s",
        "don",
        "'t",
        "can",
        "'t",
        "ukraine.ru",
        "1.5",
        "u.s",
        ".",
    ]


def test_dashes_and_quotes_are_their_own_tokens() -> None:
    assert tokenize_words("war—again ‘fatal’ “no”") == ["war", "—", "again", "‘", "fatal", "'", "“", "no", "”"]


def test_windows_line_ends_and_html_entities_are_normalized() -> None:
    text = normalize("He said &ldquo;no&rdquo; &amp; left.\r\n\r\nNext para.")
    assert text == "He said “no” & left.\n\nNext para."
    assert sentences(text) == ["He said “no” & left.", "Next para."]


def test_quotes_pair_by_kind_and_ignore_apostrophes() -> None:
    text = "Rutte’s ‘fatal’ risk, as reported by ‘Ukraine.ru,’ and “a war,” he said of the ’90s."
    assert quotes(text) == ["fatal", "Ukraine.ru,", "a war,"]
    assert tokenize(text).tokens[:2] == ["Rutte", "’s"]


def test_straight_quotes_alternate() -> None:
    text = 'He called it "a disaster" and "a farce".'
    assert quotes(text) == ["a disaster", "a farce"]


def test_curly_and_straight_marks_pair_across_kinds() -> None:
    text = 'Lee called it “highly significant." Then Ruiz said "it was routine” and left.'
    assert quotes(text) == ["highly significant.", "it was routine"]


def test_a_mark_written_against_the_word_before_it_never_opens() -> None:
    """A plural possessive or a typed-wrong curly mark used to open a quotation that ran on over the
    speakers after it (PolNeAR's dev fold: "Alcoholics Anonymous' low success rate ...")."""
    text = "The workers' union met. Ortiz said the deal was 'final' and Lee agreed."
    assert quotes(text) == ["final"]
    assert quotes("Trump‘s attack drew a ‘rebuke’ from Ryan.") == ["rebuke"]
    text = "She called herself a “wise Latina.“ Ryan said it was wrong. “We disagree,” he said."
    assert quotes(text) == ["wise Latina.", "We disagree,"]


def test_unclosed_quote_does_not_swallow_the_next_paragraph() -> None:
    text = "“This never closes.\n\nThe next paragraph is plain. “But this is quoted.”"
    assert quotes(text) == ["But this is quoted."]


def test_token_offsets_point_at_the_token_text() -> None:
    text = "NATO’s chief, Gen. Smith, warned: “It’s fatal.” Then he left\u00a0early."
    doc = tokenize(text, RULES)
    assert [text[s:e] for s, e in doc.offsets] == doc.tokens
    assert doc.n_words == 11
    assert sentences(text) == ["NATO’s chief, Gen. Smith, warned: “It’s fatal.”", "Then he left\u00a0early."]


def test_repeated_words_get_their_own_offsets() -> None:
    """Regression: positions found with list.index point every repeat at the first one (VADER)."""
    assert tokenize("war war war").offsets == [(0, 3), (4, 7), (8, 11)]


def test_opening_quote_after_a_period_starts_the_next_sentence() -> None:
    assert sentences('He left. "Now we go," she said.') == ["He left.", '"Now we go," she said.']


@given(st.text(max_size=300))
def test_tokenizer_never_crashes_and_offsets_are_exact(text: str) -> None:
    text = normalize(text)
    doc = tokenize(text, RULES)
    assert [text[s:e] for s, e in doc.offsets] == doc.tokens
    assert len(doc.norms) == len(doc.tokens)
    covered = [i for first, last in doc.sentence_tokens for i in range(first, last)]
    assert covered == list(range(len(doc.tokens)))
    for a, b in doc.quotes:
        assert 0 < a <= b < len(doc.tokens)


@given(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300)
    | st.lists(
        st.sampled_from(
            [
                "word",
                "U.S.",
                "don’t",
                "“",
                "”",
                "'",
                "''",
                "``",
                "—",
                ",",
                ".",
                "?",
                "state-run",
                "\n\n",
                "\n \n",
                " ",
                "\u00a0",
                "\t",
                "_x",
                "café’s",
            ]
        ),
        max_size=60,
    ).map("".join)
)
def test_fast_tokenizer_gives_the_tokens_of_the_token_pattern(text: str) -> None:
    """`tokenize` takes plain words by str.split; it must agree with the one regular expression."""
    text = normalize(text)
    assert tokenize(text, RULES).tokens == _TOKEN_RE.findall(text)


def test_a_word_between_marks_is_split_without_the_pattern() -> None:
    assert _word_in_marks("said,") == ("said", ",")
    assert _word_in_marks("“We") == ("“", "We")
    assert _word_in_marks("war.”") == ("war", ".", "”")
    assert _word_in_marks("(1990s).") == ("(", "1990s", ")", ".")
    assert _word_in_marks("Democrats'") == ("Democrats", "'")
    assert _word_in_marks("—") == ("—",)
    # left to the pattern: a mark inside the word, a pair of quotation marks, an underscore
    assert _word_in_marks("state-run,") == ()
    assert _word_in_marks("Rutte’s") == ()
    assert _word_in_marks("''Yes") == ()
    assert _word_in_marks("x_,") == ()


@given(st.text(alphabet="aZ9_'’`\".,-—“”«»()$%é\u0301ſ٣", min_size=1, max_size=8))
def test_a_word_between_marks_has_the_tokens_of_the_token_pattern(chunk: str) -> None:
    pieces = _word_in_marks(chunk)
    assert not pieces or pieces == tuple(_TOKEN_RE.findall(chunk))


def test_a_word_starts_with_a_word_character_of_the_token_pattern() -> None:
    word_start = re.compile(r"\w").match
    assert [c for c in map(chr, range(0x110000)) if is_word(c) != (word_start(c) is not None)] == []
    assert not is_word("")


@given(
    st.tuples(
        st.lists(
            st.sampled_from(
                [
                    "The",
                    "war",
                    "may",
                    "spread",
                    ".",
                    "The.",
                    "“The",
                    "end",
                    "”",
                    "U.S.",
                    "Dr.",
                    "x",
                    "\n\n",
                    " ",
                    "  ",
                    "?",
                    "!",
                    "e.g.",
                    "’s",
                    "The war.",
                    "\t",
                    "\u00a0",
                    "\n",
                ]
            ),
            max_size=80,
        ),
        st.sampled_from([" ", ""]),
    ).map(lambda parts: parts[1].join(parts[0]))  # glued tokens, and whitespace other than spaces and line ends
)
def test_sentence_spans_without_token_offsets_equal_those_from_offsets(text: str) -> None:
    """Sentences found by searching only for each sentence's first token match the token offsets."""
    fast = tokenize(text, RULES).sentences
    doc = tokenize(text, RULES)
    doc.offsets  # noqa: B018 - computing them switches `sentences` to the offsets
    assert fast == doc.sentences


STARTERS = SentenceRules(
    frozenset({"sen", "gen", "mr"}), frozenset({"dec"}), frozenset({"p.m", "inc"}), frozenset({"he", "nothing", "the"})
)


def test_abbreviations_that_can_end_a_sentence_end_one_before_a_sentence_starter() -> None:
    def split(text: str) -> list[str]:
        return [text[a:b] for a, b in tokenize(text, STARTERS).sentences]

    assert split("They met at 5 p.m. He left.") == ["They met at 5 p.m.", "He left."]
    assert split("He called the F.B.I. Nothing happened.") == ["He called the F.B.I.", "Nothing happened."]
    assert split("He sold it to Apple Inc. The deal closed.") == ["He sold it to Apple Inc.", "The deal closed."]
    assert split("Sen. Warren said U.S. officials met U.S. Army Gen. Milley.") == [
        "Sen. Warren said U.S. officials met U.S. Army Gen. Milley."
    ]
    assert split("Apple Inc. CEO Tim Cook spoke.") == ["Apple Inc. CEO Tim Cook spoke."]


def test_one_sentence_per_line_ends_a_sentence_at_every_line_end() -> None:
    text = "Fox 5 reports:\nSAN DIEGO police said\nNobody was hurt."
    doc = tokenize(text, RULES, lines=True)
    assert [text[a:b] for a, b in doc.sentences] == ["Fox 5 reports:", "SAN DIEGO police said", "Nobody was hurt."]
    assert tokenize(text, RULES).n_sentences == 1


def test_a_number_with_thousands_commas_is_one_token() -> None:
    assert tokenize("It cost $1,200.50 to admit 250,000 visitors, not 12,3456 or 1,2,3.").tokens == [
        "It",
        "cost",
        "$",
        "1,200.50",
        "to",
        "admit",
        "250,000",
        "visitors",
        ",",
        "not",
        "12",
        ",",
        "3456",
        "or",
        "1",
        ",",
        "2",
        ",",
        "3",
        ".",
    ]


def test_a_content_runs_past_the_commas_of_a_number() -> None:
    """The comma inside "1,250,000" neither ends the content nor opens a source ("250 …")."""
    attributions = analyze("Officials expect 1,250,000 voters, Ruiz said.").attributions
    assert [(a["source"], a["content"]) for a in attributions] == [
        ("Officials", "1,250,000 voters"),
        ("Ruiz", "Officials expect 1,250,000 voters,"),
    ]


@given(st.lists(st.integers(-5, 60), max_size=30).map(sorted), st.integers(-10, 70))
def test_the_typed_bisection_finds_what_the_library_finds(values: list[int], x: int) -> None:
    assert index_after(values, x) == bisect_right(values, x)


@given(
    st.lists(
        st.sampled_from(["Lo said it.", '"We go," she said.', "Ruiz:", "No.", "\n\n", " ", "Sen. Lo"]), max_size=25
    )
)
def test_the_sentence_of_a_token_and_its_quotation_are_those_of_the_ranges(parts: list[str]) -> None:
    """`Doc.sentence_of` and `Doc.in_quote` (typed bisections) agree with a search of the ranges themselves."""
    doc = tokenize("".join(parts), RULES)
    for k in range(len(doc.tokens)):
        assert doc.sentence_of(k) == max(s for s, (first, _) in enumerate(doc.sentence_tokens) if first <= k)
        for last in range(k + 1, min(k + 4, len(doc.tokens)) + 1):
            assert doc.in_quote(k, last) == any(q0 <= k and last <= q1 for q0, q1 in doc.quotes)
