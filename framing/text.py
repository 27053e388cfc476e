"""THE tokenizer, sentence splitter and quotation finder: text in, a `Doc` with offsets out.

Documents and lexicon terms go through the same `tokenize_words` rules, so a term matches exactly
when its words appear as words of the text. The work is a handful of regular-expression scans over
the whole string, written for speed: NLTK's Punkt and word tokenizer are 6-30x slower on news
(see benchmarks/) and would cap corpus throughput.

Offsets are character offsets into `Doc.text`, the *normalized* text (line ends unified, HTML
entities decoded); `normalize` is the only place that changes characters. Token offsets are
computed lazily, per sentence, because most tokens never need them.
"""
from __future__ import annotations

import html
import re
from bisect import bisect_right
from dataclasses import dataclass, field

# Order matters: earlier alternatives win at the same position. Run on lower-cased text in which
# the curly apostrophe is straightened, so "don’t" gives "don" + "'t" and "rutte’s" gives
# "rutte" + "'s" (lexicon terms go through the same rules, so "don't know" is written naturally).
_TOKEN_RE = re.compile(
    r"""
    \w+(?:[-.]\w+)*             # words, hyphenated words, dotted names (ukraine.ru, u.s), 1.5
    |(?<=\w)'\w+                # clitics after a word: 's 't 're 'll
    |[^\w\s]                    # any other visible character: punctuation, quotes, dashes
    """,
    re.VERBOSE,
)
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*\s+")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_NEXT_STARTS_SENTENCE = re.compile(r"[\"'“‘(\[]*[A-Z0-9À-Ý]")
_WORD_BEFORE = re.compile(r"[\w.]+$")
_QUOTE_CHAR = re.compile(r"[\"“”«»„'‘’]")
_CLOSING = {"“": "”", "‘": "’", "«": "»", "„": "“", '"': '"', "'": "'"}


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


def _lower(text: str) -> str:
    """Lower-case without changing length (offsets stay valid) and straighten apostrophes."""
    lower = text.lower()
    if len(lower) != len(text):  # a few characters grow when lower-cased (İ)
        lower = "".join(ch.lower()[:1] or ch for ch in text)
    return lower.replace("’", "'")


def tokenize_words(text: str) -> list[str]:
    """Lower-cased tokens of a short text (a lexicon term, a query): the same rules as `tokenize`."""
    return _TOKEN_RE.findall(_lower(text))


def is_word(token: str) -> bool:
    """True for word tokens, False for punctuation."""
    return token[0].isalnum() or token[0] == "_"


def split_sentences(text: str, rules: SentenceRules = SentenceRules()) -> list[tuple[int, int]]:
    """Character spans of the sentences of `text`, trimmed of surrounding whitespace.

    A sentence ends after . ! ? or … (plus closing quotes or brackets) when an upper-case letter,
    a digit or an opening quote follows, unless the period closes an abbreviation ("Gen.",
    "U.S.", "Dec. 19", an initial); a blank line always ends one.
    """
    ends = {m.end() for m in _PARAGRAPH_BREAK.finditer(text)} if "\n" in text else set()
    for m in _SENTENCE_END.finditer(text):
        end = m.end()
        if end in ends or not _NEXT_STARTS_SENTENCE.match(text, end):
            continue
        if m.group()[0] == "." and _is_abbreviation(text, m.start(), end, rules):
            continue
        ends.add(end)
    spans: list[tuple[int, int]] = []
    start = 0
    for end in sorted(ends):
        _append_trimmed(text, start, end, spans)
        start = end
    _append_trimmed(text, start, len(text), spans)
    return spans


def _is_abbreviation(text: str, period: int, following: int, rules: SentenceRules) -> bool:
    before = _WORD_BEFORE.search(text, max(0, period - 40), period)
    if not before:
        return False
    word = before.group()
    lower = word.lower()
    if lower in rules.no_break_after:
        return True
    if len(word) == 1 and word.isupper():  # an initial: "John F. Kennedy"
        return True
    if "." in word and all(len(part) <= 1 for part in word.split(".")):  # U.S. / e.g.
        return True
    return lower in rules.no_break_before_number and text[following:following + 1].isdigit()


def _append_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Character spans inside quotation marks (the marks excluded), sorted.

    Curly quotes and guillemets pair by kind; straight quotes alternate. A single quote counts
    only where it cannot be an apostrophe ("Rutte’s", "’90s" are not quotes). An unclosed quote
    is dropped at the next blank line (multi-paragraph quotations reopen in each paragraph).
    """
    spans: list[tuple[int, int]] = []
    open_char: str | None = None
    open_at = 0
    n = len(text)
    for m in _QUOTE_CHAR.finditer(text):
        pos = m.start()
        ch = m.group()
        prev_word = pos > 0 and text[pos - 1].isalnum()
        next_word = pos + 1 < n and text[pos + 1].isalnum()
        if ch in "'’‘" and prev_word and next_word:
            continue  # apostrophe inside a word
        if open_char is not None and "\n\n" in text[open_at:pos]:
            open_char = None
        if open_char is None:
            if ch in _CLOSING and next_word or ch in "\"“«„" :
                if not (ch in "'’" and prev_word):
                    open_char, open_at = ch, m.end()
            continue
        if ch == _CLOSING[open_char] or (open_char in "'‘" and ch in "'’") or (open_char in '"“' and ch in '"”'):
            spans.append((open_at, pos))
            open_char = None
    return spans


@dataclass
class Doc:
    """A tokenized text: tokens in one flat list, sentences as token ranges.

    Parallel lists rather than an object per token: a 600-word article has about 700 tokens and
    building objects for them would double the cost of scoring.
    """

    text: str
    lower: str
    norms: list[str]                        # lower-cased token text
    sentences: list[tuple[int, int]]        # character span of each sentence
    sentence_tokens: list[tuple[int, int]]  # token index range [first, last) of each sentence
    quotes: list[tuple[int, int]]           # character spans inside quotation marks
    n_words: int
    _offsets: dict[int, list[tuple[int, int]]] = field(default_factory=dict, repr=False)

    @property
    def n_sentences(self) -> int:
        return len(self.sentences)

    def sentence_text(self, index: int) -> str:
        start, end = self.sentences[index]
        return self.text[start:end]

    def token_spans(self, sentence: int) -> list[tuple[int, int]]:
        """Character spans of the tokens of one sentence (computed once, on demand)."""
        spans = self._offsets.get(sentence)
        if spans is None:
            start, end = self.sentences[sentence]
            spans = [m.span() for m in _TOKEN_RE.finditer(self.lower, start, end)]
            self._offsets[sentence] = spans
        return spans

    def span(self, sentence: int, first: int, last: int) -> tuple[int, int]:
        """Character span covering tokens [first, last) of the doc, which lie in `sentence`."""
        base = self.sentence_tokens[sentence][0]
        spans = self.token_spans(sentence)
        return spans[first - base][0], spans[last - 1 - base][1]

    def in_quote(self, start: int, end: int) -> bool:
        """True when the character span lies inside a quotation."""
        quotes = self.quotes
        if not quotes:
            return False
        k = bisect_right(quotes, (start, len(self.text) + 1)) - 1
        return k >= 0 and quotes[k][0] <= start and end <= quotes[k][1]


def tokenize(text: str, rules: SentenceRules = SentenceRules()) -> Doc:
    """Split normalized `text` into sentences, tokens and quotations."""
    sentences = split_sentences(text, rules)
    lower = _lower(text)
    findall = _TOKEN_RE.findall
    norms: list[str] = []
    sentence_tokens: list[tuple[int, int]] = []
    for start, end in sentences:
        first = len(norms)
        norms += findall(lower, start, end)
        sentence_tokens.append((first, len(norms)))
    n_words = sum(1 for tok in norms if tok[0].isalnum() or tok[0] == "_")
    return Doc(text, lower, norms, sentences, sentence_tokens, find_quotes(text), n_words)
