"""THE tokenizer, sentence splitter and quotation finder: text in, a `Doc` out.

Documents and lexicon terms go through the same token rules (`tokenize_words` for terms), so a
term matches exactly when its words appear as words of the text. Speed shapes the design: one
regular-expression pass per paragraph gives the tokens, and sentences and quotations are found
on the token list, so character offsets are only computed (lazily) when evidence is asked for.
NLTK's Punkt and word tokenizer are 6-30x slower on news and would cap corpus throughput.

Offsets are character offsets into `Doc.text`, the *normalized* text (line ends unified, HTML
entities decoded); `normalize` is the only place that changes characters.
"""
from __future__ import annotations

import html
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import filterfalse

# Order matters: earlier alternatives win at the same position. "don’t" gives "don" + "’t",
# "Rutte’s" gives "Rutte" + "’s"; lexicon terms go through the same rules, so "don't know" is
# written naturally in a lexicon file.
_TOKEN_RE = re.compile(
    r"""
    \w+(?:[-.'’]\w+)*+          # words, hyphenated words, dotted names (Ukraine.ru, U.S), 1.5, don't
    |''|``                      # typewriter quotation marks, as in older newswire archives
    |[^\w\s]                    # any other visible character: punctuation, quotes, dashes
    """,
    re.VERBOSE,
)
# Words with an apostrophe are split after the scan ("Rutte’s" -> "Rutte" + "’s",
# "don't" -> "don" + "'t"): a separate regex alternative for clitics costs a fifth of the scan.
_CLITIC = re.compile(r"(?<=\w)(['’]\w+)")
_INNER_APOSTROPHE = re.compile(r"['’](?<=\w['’])(?=\w)")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_WORD_START = re.compile(r"\w").match

_ENDS = frozenset(".!?…")
_CLOSE_AFTER_END = frozenset({")", "]"})
_OPEN_BEFORE_START = frozenset({"(", "["})
# opening mark -> the marks that close it
_QUOTE_PAIRS = {"“": ("”", '"', "''"), "«": ("»",), "„": ("“", "”"), "‘": ("’", "'"), '"': ('"', "”", "''"),
                "'": ("'", "’"), "''": ("''", '"', "”"), "``": ("''", '"', "”")}
_QUOTE_MARKS = frozenset(["“", "”", "«", "»", "„", "‘", "’", '"', "'", "''", "``"])


def normalize(text: str) -> str:
    """Unify line ends, decode stray HTML entities and drop NUL bytes."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "&" in text:
        text = html.unescape(text)
    if "\x00" in text:
        text = text.replace("\x00", "")
    return text


@dataclass(frozen=True)
class SentenceRules:
    """Language data for the sentence splitter, read from the lexicon folder's `_language.toml`."""

    no_break_after: frozenset[str] = frozenset()
    no_break_before_number: frozenset[str] = frozenset()


def _lower_all(tokens: list[str]) -> list[str]:
    """Lower-case every token in one C-level call and straighten the curly apostrophe."""
    if not tokens:
        return []
    return " ".join(tokens).lower().replace("’", "'").split(" ")


def _split_clitics(tokens: list[str]) -> list[str]:
    """Split words holding an apostrophe into the word and its clitics, in place.

    The few such words are found in the joined token string (C speed), not by a Python loop.
    """
    joined = " ".join(tokens)
    hits = [m.start() for m in _INNER_APOSTROPHE.finditer(joined)]
    for pos in reversed(hits):
        i = joined.count(" ", 0, pos)
        tokens[i:i + 1] = [piece for piece in _CLITIC.split(tokens[i]) if piece]
    return tokens


def _clitic_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Character spans of the tokens of text[start:end], clitics split as in `_split_clitics`."""
    spans: list[tuple[int, int]] = []
    for m in _TOKEN_RE.finditer(text, start, end):
        s, e = m.span()
        token = m.group()
        if len(token) > 1 and ("'" in token or "’" in token):
            for piece in _CLITIC.split(token):
                if piece:
                    spans.append((s, s + len(piece)))
                    s += len(piece)
        else:
            spans.append((s, e))
    return spans


def _scan(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """The tokens of text[start:end]."""
    return _split_clitics(_TOKEN_RE.findall(text, start, len(text) if end is None else end))


def tokenize_words(text: str) -> list[str]:
    """Lower-cased tokens of a short text (a lexicon term, a query): the same rules as `tokenize`."""
    return _lower_all(_scan(text))


def is_word(token: str) -> bool:
    """True for word tokens, False for punctuation and clitics."""
    return _WORD_START(token) is not None


@dataclass
class Doc:
    """A tokenized text: tokens in flat lists, sentences and quotations as token ranges.

    Parallel lists rather than an object per token: a 600-word article has about 700 tokens and
    building objects for them would double the cost of scoring.
    """

    text: str
    tokens: list[str]                       # as written
    norms: list[str]                        # lower-cased, apostrophes straightened
    sentence_tokens: list[tuple[int, int]]  # token range [first, last) of each sentence
    quotes: list[tuple[int, int]]           # token ranges inside quotation marks (marks excluded)
    paragraphs: list[tuple[int, int]]       # character span of each paragraph
    n_words: int
    _offsets: list[tuple[int, int]] | None = field(default=None, repr=False)

    @property
    def n_sentences(self) -> int:
        return len(self.sentence_tokens)

    @property
    def offsets(self) -> list[tuple[int, int]]:
        """Character span of every token, computed on first use (evidence needs it; scores do not)."""
        if self._offsets is None:
            spans: list[tuple[int, int]] = []
            for start, end in self.paragraphs:
                spans += _clitic_spans(self.text, start, end)
            self._offsets = spans
        return self._offsets

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Character span covering tokens [first, last)."""
        offsets = self.offsets
        return offsets[first][0], offsets[last - 1][1]

    @property
    def sentences(self) -> list[tuple[int, int]]:
        """Character span of each sentence."""
        return [self.span(first, last) for first, last in self.sentence_tokens]

    def sentence_text(self, index: int) -> str:
        start, end = self.span(*self.sentence_tokens[index])
        return self.text[start:end]

    def in_quote(self, first: int, last: int) -> bool:
        """True when tokens [first, last) lie inside one quotation."""
        quotes = self.quotes
        k = bisect_right(quotes, (first, len(self.norms) + 1)) - 1
        return k >= 0 and quotes[k][0] <= first and last <= quotes[k][1]


def tokenize(text: str, rules: SentenceRules = SentenceRules()) -> Doc:
    """Split normalized `text` into paragraphs, tokens, sentences and quotations."""
    paragraphs: list[tuple[int, int]] = []
    start = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        if text[start:m.start()].strip():
            paragraphs.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        paragraphs.append((start, len(text)))
    tokens: list[str] = []
    bounds: list[int] = []
    for p_start, p_end in paragraphs:
        tokens += _scan(text, p_start, p_end)
        bounds.append(len(tokens))
    norms = _lower_all(tokens)
    quotes, opens, closes = _find_quotes(tokens, bounds)
    sentence_tokens = _split(tokens, norms, bounds, opens, closes, rules)
    # tokens that are not all letters and digits are few: punctuation, clitics, hyphenated words
    odd = list(filterfalse(str.isalnum, tokens))
    n_words = len(tokens) - len(odd) + sum(1 for tok in odd if _WORD_START(tok))
    return Doc(text, tokens, norms, sentence_tokens, quotes, paragraphs, n_words)


def _positions(tokens: list[str], wanted: frozenset[str]) -> list[int]:
    """Sorted indices of the tokens in `wanted`, found with C-level scans (list.index), not a Python loop."""
    found: list[int] = []
    for target in wanted.intersection(tokens):
        i = -1
        try:
            while True:
                i = tokens.index(target, i + 1)
                found.append(i)
        except ValueError:
            pass
    found.sort()
    return found


def _find_quotes(tokens: list[str], bounds: list[int]) -> tuple[list[tuple[int, int]], set[int], set[int]]:
    """Token ranges inside quotation marks, and which mark tokens open and close them.

    Curly quotes and guillemets pair by kind; straight quotes alternate. A quotation left open at
    the end of a paragraph is dropped (multi-paragraph quotations reopen in each paragraph), so a
    stray mark cannot swallow the rest of the article. Apostrophes inside words are never marks
    ("Rutte’s" is a word and a clitic).
    """
    quotes: list[tuple[int, int]] = []
    opens: set[int] = set()
    closes: set[int] = set()
    marks = _positions(tokens, _QUOTE_MARKS)
    if not marks:
        return quotes, opens, closes
    paragraph = 0
    open_at: int | None = None
    for i in marks:
        while i >= bounds[paragraph]:
            paragraph += 1
            open_at = None
        mark = tokens[i]
        if open_at is not None and open_at >= (bounds[paragraph - 1] if paragraph else 0):
            if mark in _QUOTE_PAIRS[tokens[open_at]]:
                quotes.append((open_at + 1, i))
                opens.add(open_at)
                closes.add(i)
                open_at = None
            continue
        if mark in _QUOTE_PAIRS:
            open_at = i
    return quotes, opens, closes


def _split(tokens: list[str], norms: list[str], bounds: list[int], opens: set[int], closes: set[int],
           rules: SentenceRules) -> list[tuple[int, int]]:
    """Sentence token ranges: a paragraph ends one; so does . ! ? … before a capital, digit or opening mark."""
    sentences: list[tuple[int, int]] = []
    candidates = _positions(tokens, _ENDS)
    first = 0
    k = 0
    n_candidates = len(candidates)
    for end in bounds:
        while k < n_candidates and candidates[k] < end:
            i = candidates[k]
            k += 1
            j = i + 1
            while j < end and (tokens[j] in _ENDS or tokens[j] in _CLOSE_AFTER_END or j in closes):
                j += 1
            if j >= end or j <= first:
                continue
            following = j + 1 if (j in opens or tokens[j] in _OPEN_BEFORE_START) and j + 1 < end else j
            head = tokens[following][0]
            if not (head.isupper() or head.isdigit() or following != j):
                continue
            if tokens[i] == "." and i > first and _abbreviation(tokens, norms, i, j, end, rules):
                continue
            if k < n_candidates and candidates[k] < j:
                k = bisect_right(candidates, j - 1)
            sentences.append((first, j))
            first = j
        if first < end:
            sentences.append((first, end))
        first = end
    return sentences


def _abbreviation(tokens: list[str], norms: list[str], period: int, following: int, end: int,
                  rules: SentenceRules) -> bool:
    """Does the period at `period` close an abbreviation rather than a sentence?"""
    before = tokens[period - 1]
    word = norms[period - 1]
    if word in rules.no_break_after:
        return True
    if len(before) == 1 and before.isupper():  # an initial: "John F. Kennedy"
        return True
    if "." in word and all(len(part) <= 1 for part in word.split(".")):  # U.S. / e.g.
        return True
    return word in rules.no_break_before_number and following < end and tokens[following][0].isdigit()
