"""THE tokenizer, sentence splitter and quotation finder: text in, a `Doc` out.

Documents and lexicon terms go through the same token rules (`_TOKEN_RE`; `tokenize_words` for
terms), so a term matches exactly when its words appear as words of the text. Speed shapes the
design: plain words are taken by `str.split` and only the chunks holding punctuation go through
the regular expression; sentences and quotations are found on the token list, from the few
tokens that are punctuation; character offsets and lower-cased forms are computed (lazily) only
when evidence or a rule asks for them. NLTK's Punkt and word tokenizer are 6-22x slower on news
and would cap corpus throughput.

Offsets are character offsets into `Doc.text`, the *normalized* text (line ends unified, HTML
entities decoded); `normalize` is the only place that changes characters.
"""

from __future__ import annotations

import html
import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Final
from itertools import accumulate

# Order matters: earlier alternatives win at the same position. An apostrophe between word
# characters starts a clitic: "don’t" gives "don" + "’t", "Rutte’s" gives "Rutte" + "’s"; lexicon
# terms go through the same rules, so "don't know" is written naturally in a lexicon file. A number
# has at most 12 comma groups (10^39): an unbounded run was scanned again from each of its groups when
# a letter or digit ended it ("1,234,...,2345"), so 80 kB of them took minutes (round r8).
_TOKEN_RE = re.compile(
    r"""
    \d{1,3}(?:,\d{3}){1,12}+(?!,\d{3})(?:\.\d+)?(?!\w)  # numbers with thousands commas: 250,000, 1,200.50
    |\w+(?:-\w+|\.(?!(?<=[a-z]{2}\.)[A-Z][a-z]{2})\w+)*+  # words, hyphenated, dotted (Ukraine.ru, U.S), 1.5;
                                       # not "said.Trump": a lost space between two sentences (c53)
    |['’](?<=\w['’])\w+                # a clitic: the lookbehind runs only at apostrophes
    |'(?<=[^\s']')(?=''(?!'))          # a closing "'''": the inner single mark first ('… of us,''' Lo said')
    |''|``                             # typewriter quotation marks, as in older newswire archives
    |[^\w\s]                           # any other visible character: punctuation, quotes, dashes
    """,
    re.VERBOSE,
)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
# a transcript's speaker in capitals opening a line: "ANDERSON: ", "SEN. LO: " (one to three words)
TURN: Final = re.compile(r"^[ \t]*([A-Z][A-Z'.\-]+(?: [A-Z][A-Z'.\-]+){0,2}) ?:[ \t]", re.MULTILINE)
_LINE_BREAK = re.compile(r"\n\s*")

_RUN_ON_OPENERS = frozenset(["“", '"'])  # double marks, which no apostrophe is written as
_RUN_ON_LINES = 3  # lines below its own that a curly quotation may close in, one sentence a line (`_closes_below`)
_WRAP_WIDTH = 100  # characters: a line longer than this is no line of text wrapped at a fixed width
_ENDS: Final = frozenset(".!?…")
_END_OR_CLOSE = _ENDS | {")", "]"}  # what may follow a sentence end inside its sentence
_OPEN_BEFORE_START = frozenset({"(", "["})
# opening mark -> the marks that close it
_QUOTE_PAIRS = {
    "“": ("”", '"', "''"),
    "«": ("»",),
    "„": ("“", "”"),
    "‘": ("’", "'"),
    '"': ('"', "”", "''"),
    "'": ("'", "’"),
    "''": ("''", '"', "”"),
    "``": ("''", '"', "”"),
}
_QUOTE_MARKS: Final = frozenset(["“", "”", "«", "»", "„", "‘", "’", '"', "'", "''", "``"])
# before a straight double mark that closes, never opens ('threat," Graham said', '… that?" McCain said'); not ".":
# '… added." It has nothing …' opens again after the tag's period, where a paragraph's quotation goes on
_CLAUSE_ENDS: Final = frozenset("?!")
_SINGLE_MARKS = frozenset(["'", "‘"])  # also apostrophes: "Democrats' plan", "Trump‘s"
_INNER_MARKS = _SINGLE_MARKS | {"’"}  # the marks of a quotation inside a double one (`_closes_below`)
_DOUBLE_MARKS = frozenset(['"', "”", "''"])  # also inch marks after a height in feet ("5’2”")

# abbreviation kinds (`SentenceRules.abbreviation_kind`)
_NEVER, _ALWAYS, _BEFORE_NUMBER, _BEFORE_STARTER = 0, 1, 2, 3
_CACHE_LIMIT = 300_000  # token and chunk types remembered; a corpus vocabulary rarely passes this
# The times a paragraph's text is searched for a mark's word and the mark written together before its chunks are
# placed on its tokens: most marks have a space before them, and the search skips the placing (a tenth of `tokenize`
# on real news, round p32); bounded, so that a long paragraph full of marks is still read in linear time (r8).
_SEARCHES = 4
# Characters of the longest chunk or token type a cache keyed by them remembers (here and in the matcher, the
# source readers, the labeller, the narrative cues): a longer one is worked out each time it is met, never kept.
# A cache bounded by entries alone kept a 1 MB chunk's tokens (23 MB, round r8) or a 1 MB word and its
# lower-cased forms (3.5 MB a record, round r9), so a corpus of such records grew without bound; a real word
# is rarely this long, a link sometimes, and costs one more call.
TYPE_KEPT: Final = 64


class _Pieces(dict):
    """Whitespace-separated chunk -> its tokens (`_TOKEN_RE`), worked out once per chunk type.

    Most chunks of news text are plain words (`str.isalnum`), one token each, which `tokenize` takes
    without asking; the rest ("said,", "war.", "“We", "state-run") are split the first time they are seen.
    """

    def __missing__(self, chunk: str) -> tuple[str, ...]:
        return _chunk_tokens(chunk)


def _chunk_tokens(chunk: str) -> tuple[str, ...]:
    """`_Pieces`' entry for a new chunk type, worked out and kept: a function, so that `tokenize` calls it directly,
    where the dict subclass's `__missing__` was a method called by name (~400 instructions a new type, round p48)."""
    # the word of "said," is the plain "said"'s string, a mark ("“") one string in every chunk that holds it
    if chunk.isalnum():
        pieces: tuple[str, ...] = (_kept(chunk),)
    else:  # a typed tuple: compiled, read without Python's iterator protocol
        found: tuple[str, ...] = _word_in_marks(chunk) or tuple(_TOKEN_RE.findall(chunk))
        pieces = tuple([_kept(piece) for piece in found])
    if len(chunk) <= TYPE_KEPT:
        _pieces[chunk] = pieces
    return pieces


def _word_in_marks(chunk: str) -> tuple[str, ...]:
    """The tokens of a chunk that is one plain word between marks ("said,", "“We", "war.”", "—"), or
    () for any other chunk: the regular expression's tokens without its call (about 5,000
    instructions), as the chunks a new article brings are mostly of this kind. Marks are never word
    characters, so each is a token of its own; only "''" and "``" pair up, and they are left to the
    expression."""
    n = len(chunk)
    i = 0
    while i < n and not is_word(chunk[i]):
        i += 1
    j = n
    while j > i and not is_word(chunk[j - 1]):
        j -= 1
    word = chunk[i:j]
    if word and not word.isalnum() or "''" in chunk or "``" in chunk:
        return ()
    if not word:
        return tuple(chunk)
    # most such chunks have one mark on a side ("said,", "“We", "“Yes,"): the tuple built directly, as
    # unpacking a string (`*chunk[j:]`) costs a list and an iteration over its characters
    if j == n - 1:
        if i == 0:
            return (word, chunk[j])
        if i == 1:
            return (chunk[0], word, chunk[j])
    elif j == n:
        if i == 1:
            return (chunk[0], word)
    return (*chunk[:i], word, *chunk[j:])


class _Nonword(dict):
    """Token type -> False for a word, True for punctuation, symbols and clitics; worked out once per type."""

    def __missing__(self, token: str) -> bool:
        return _nonword_of(token)


def _nonword_of(token: str) -> bool:
    """`_Nonword`'s entry for a new token type, worked out and kept (a function, as `_chunk_tokens`)."""
    nonword = not is_word(token)
    if len(token) <= TYPE_KEPT:
        _nonword[token] = nonword
    return nonword


def form_of(token: str) -> str:
    """The form lexicon terms are matched in: lower case, the curly apostrophe straightened."""
    return token.lower().replace("’", "'")


_forms: Final[dict[str, str]] = {}  # token as written -> `form_of` it


def norm(token: str) -> str:
    """`form_of(token)`, remembered per token type: the source readers ask ~900 times an article. A function
    over a plain dict, so that compiled callers call it directly (a dict subclass's bound `__getitem__` went
    through Python's generic call and subscript, ~50 instructions more a call, round p42)."""
    form = _forms.get(token)
    if form is None:
        if len(_forms) > _CACHE_LIMIT:
            _forms.clear()
        form = form_of(token)
        if len(token) <= TYPE_KEPT:
            _forms[token] = form
    return form


# the bits of a token type's shape (`_shape`)
_LOWER: Final = 1
_UPPER: Final = 2
_ALPHA: Final = 4
_TITLE_KNOWN: Final = 8  # `is_title` asked: few types are, so a new type does not pay for `istitle`
_TITLE: Final = 16
_shapes: Final[dict[str, int]] = {}  # token as written -> its shape


def _shape(token: str) -> int:
    """`str.islower`, `isupper` and `isalpha` of `token` as bits, remembered per token type: these methods have no
    mypyc primitive, so compiled code calls each by name (~260 instructions with the test, some 100,000 calls per
    100 articles, round p45), where a lookup here is a dict probe."""
    shape = _shapes.get(token)
    if shape is None:
        if len(_shapes) > _CACHE_LIMIT:
            _shapes.clear()
        shape = (_LOWER if token.islower() else 0) | (_UPPER if token.isupper() else 0)
        shape |= _ALPHA if token.isalpha() else 0
        if len(token) <= TYPE_KEPT:
            _shapes[token] = shape
    return shape


def is_lower(token: str) -> bool:
    """`token.islower()`, remembered per token type (`_shape`)."""
    return _shape(token) & _LOWER != 0


def is_upper(token: str) -> bool:
    """`token.isupper()`, remembered per token type (`_shape`)."""
    return _shape(token) & _UPPER != 0


def is_alpha(token: str) -> bool:
    """`token.isalpha()`, remembered per token type (`_shape`)."""
    return _shape(token) & _ALPHA != 0


def is_title(token: str) -> bool:
    """`token.istitle()`, remembered per token type (`_shape`), worked out the first time a type is asked."""
    shape = _shape(token)
    if shape & _TITLE_KNOWN == 0:
        shape |= _TITLE_KNOWN | (_TITLE if token.istitle() else 0)
        if len(token) <= TYPE_KEPT:
            _shapes[token] = shape
    return shape & _TITLE != 0


_pieces, _nonword = _Pieces(), _Nonword()
# token type -> the one string `tokenize` gives for it: the plain words' (`str.isalnum`) and the other tokens' apart, as
# a plain word met before is looked up in place of `str.isalnum` (`tokenize`). The caches keyed by a type (`norm`'s,
# `_shape`'s, the matcher's) then find their own key and compare no characters, where a chunk from `str.split` was a
# new string in every text and each lookup of it a `memcmp` (round p48).
_words: Final[dict[str, str]] = {}
_others: Final[dict[str, str]] = {}


def _kept(token: str) -> str:
    """The string `tokenize` gives for `token`'s type: `token` itself the first time (a type longer than `TYPE_KEPT`
    is not kept)."""
    types = _words if token.isalnum() else _others
    same = types.get(token)
    if same is not None:
        return same
    if len(token) <= TYPE_KEPT:
        types[token] = token
    return token


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
    may_end_sentence: frozenset[str] = frozenset()
    sentence_starters: frozenset[str] = frozenset()
    _kinds: dict[str, int] = field(default_factory=dict, compare=False, repr=False)

    def abbreviation_kind(self, word: str) -> int:
        """Whether a period after `word` (as written) never ends a sentence (`_ALWAYS`: "Sen."), does
        not before a number (`_BEFORE_NUMBER`: "Dec. 19"), ends one only before a sentence starter
        (`_BEFORE_STARTER`: "p.m.", "F.B.I.", "Inc.") or may (`_NEVER`); worked out once per word."""
        kind = self._kinds.get(word)
        if kind is None:
            form = norm(word)
            if form in self.no_break_after or (len(word) == 1 and word.isupper()):  # an initial: "John F. Kennedy"
                kind = _ALWAYS
            elif form in self.may_end_sentence or (
                "." in form and all(len(part) <= 1 for part in form.split("."))
            ):  # U.S. / F.B.I.
                kind = _BEFORE_STARTER
            else:
                kind = _BEFORE_NUMBER if form in self.no_break_before_number else _NEVER
            if len(self._kinds) > _CACHE_LIMIT:
                self._kinds.clear()
            if len(word) <= TYPE_KEPT:
                self._kinds[word] = kind
        return kind

    def closes_abbreviation(self, word: str) -> bool:
        """Is a period after `word`, inside a sentence, an abbreviation's ("U.S.", "Sen.", "p.m.", an
        initial) rather than a stray full stop? The matcher reads past such periods, in the text and in
        lexicon terms ("u.s. officials") alike. Not the words before a number ("No. 1", "Art. 5"): each is
        also a word of its own ("no"), which the period tells apart."""
        kind = self.abbreviation_kind(word)
        return kind == _ALWAYS or kind == _BEFORE_STARTER


def _lower_all(tokens: list[str]) -> list[str]:
    """`norm` of every token, in a few C-level calls (tokens never hold a NUL: `normalize` drops them)."""
    if not tokens:
        return []
    return "\x00".join(tokens).lower().replace("’", "'").split("\x00")


# A text of more tokens has its lower-cased forms made a part of this many tokens at a time, each form's string
# kept once: a string of its own for each of the 1.6 million tokens of a 9 MB text was 90 MB (round d11).
_SHARED_NORMS_FROM = 50_000


def _shared_norms(tokens: list[str]) -> list[str]:
    """`_lower_all(tokens)` for a long text, in parts, each form one string shared by its tokens."""
    forms: dict[str, str] = {}
    out: list[str] = []
    for start in range(0, len(tokens), _SHARED_NORMS_FROM):
        for form in _lower_all(tokens[start : start + _SHARED_NORMS_FROM]):
            out.append(forms.setdefault(form, form))
    return out


def tokenize_words(text: str) -> list[str]:
    """Lower-cased tokens of a short text (a lexicon term, a query): the same rules as `tokenize`, whose text
    `normalize` has cleared of NUL characters (`_lower_all` joins on them)."""
    return _lower_all(_TOKEN_RE.findall(text.replace("\x00", "")))


def index_after(values: list[int], x: int) -> int:
    """`bisect_right(values, x)` on sorted ints, as a typed loop: compiled, a few instructions a step, where a
    call of the library's (a generic call, its arguments parsed, an int object made and compared by a generic
    compare at each step) costs about 1,000 instructions a search, and the rules search some 180 times an
    article (round p28)."""
    lo, hi = 0, len(values)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < values[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def last_starting(spans: list[tuple[int, int]], k: int) -> int:
    """The index of the last of sorted `spans` that starts at or before `k` (-1 when none does): a typed
    bisection, as in `index_after`."""
    lo, hi = 0, len(spans)
    while lo < hi:
        mid = (lo + hi) // 2
        if k < spans[mid][0]:
            hi = mid
        else:
            lo = mid + 1
    return lo - 1


def find_token(tokens: list[str], word: str, a: int, b: int) -> int:
    """`tokens.index(word, a, b)`, or -1 where that raises ValueError, as a typed loop: compiled, `list.index` is a
    generic call, and a miss raised and caught an exception, some 70 instruction-cache misses each time (round p56).
    A negative bound keeps `list.index`'s meaning."""
    if a < 0 or b < 0:
        return tokens.index(word, a, b) if word in tokens[a:b] else -1
    for k in range(a, min(b, len(tokens))):
        if tokens[k] == word:
            return k
    return -1


def holds(tokens: list[str], word: str, a: int, b: int) -> bool:
    """`word in tokens[a:b]` as a typed loop: compiled, a compare is a length check and a `memcmp`, where the
    slice's copy and `in` (Python's generic compare at every token) cost some 60 instructions a token (p44).
    A negative bound keeps the slice's meaning."""
    if a < 0 or b < 0:
        return word in tokens[a:b]
    for k in range(a, min(b, len(tokens))):
        if tokens[k] == word:
            return True
    return False


def holds_form(tokens: list[str], forms: frozenset[str], a: int, b: int) -> bool:
    """Is the `norm` of one of tokens[a:b] in `forms`? As `holds`: `forms.isdisjoint(map(norm, tokens[a:b]))`
    called the compiled `norm` through its Python wrapper at every token."""
    if a < 0 or b < 0:
        return not forms.isdisjoint(map(norm, tokens[a:b]))
    for k in range(a, min(b, len(tokens))):
        if norm(tokens[k]) in forms:
            return True
    return False


def holds_any(tokens: list[str], words: frozenset[str], a: int, b: int) -> bool:
    """Is one of tokens[a:b] in `words`? As `holds`: `not words.isdisjoint(tokens[a:b])` copied the slice and
    called the method by name, ~400 instructions where most windows are a few tokens (round p46)."""
    if a < 0 or b < 0:
        return not words.isdisjoint(tokens[a:b])
    for k in range(a, min(b, len(tokens))):
        if tokens[k] in words:
            return True
    return False


def is_word(token: str) -> bool:
    """True for word tokens, False for punctuation and clitics: the first character is a word character
    (`\\w`: alphanumeric or "_"), tested without the regular expression's call."""
    head = token[:1]
    return head.isalnum() or head == "_"


@dataclass
class Doc:
    """A tokenized text: tokens in a flat list, sentences and quotations as token ranges.

    A list of strings rather than an object per token: a 600-word article has about 700 tokens and
    building objects for them would double the cost of scoring. Lower-cased forms come from `norm`
    (one token) or `norms` (all of them, computed on first use).
    """

    text: str
    tokens: list[str]  # as written
    sentence_tokens: list[tuple[int, int]]  # token range [first, last) of each sentence
    quotes: list[tuple[int, int]]  # token ranges inside quotation marks (marks excluded)
    n_words: int
    _offsets: list[tuple[int, int]] | None = field(default=None, repr=False)
    _norms: list[str] | None = field(default=None, repr=False)

    @property
    def n_sentences(self) -> int:
        return len(self.sentence_tokens)

    @property
    def norms(self) -> list[str]:
        """Every token lower-cased with apostrophes straightened (hot paths use `norm` on single tokens)."""
        if self._norms is None:
            tokens = self.tokens
            self._norms = _lower_all(tokens) if len(tokens) <= _SHARED_NORMS_FROM else _shared_norms(tokens)
        return self._norms

    @property
    def offsets(self) -> list[tuple[int, int]]:
        """Character span of every token, computed on first use (evidence needs it; scores do not)."""
        if self._offsets is None:
            # Tokens appear in order with only whitespace between them, and none starts with
            # whitespace: the first occurrence from the previous token's end is the token itself.
            spans: list[tuple[int, int]] = []
            find = self.text.find
            end = 0
            for token in self.tokens:
                start = find(token, end)
                end = start + len(token)
                spans.append((start, end))
            self._offsets = spans
        return self._offsets

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Character span covering tokens [first, last)."""
        offsets = self.offsets
        return offsets[first][0], offsets[last - 1][1]

    @property
    def sentences(self) -> list[tuple[int, int]]:
        """Character span of each sentence (without the offsets of every token, unless they are known)."""
        if self._offsets is not None:
            return [self.span(first, last) for first, last in self.sentence_tokens]
        text, tokens = self.text, self.tokens
        find, tally = text.find, text.count
        visible = list(accumulate(map(len, tokens), initial=0))  # characters of the tokens before each
        # tokens cover every visible character, so the rest is whitespace; when it is all spaces and
        # line ends, the visible characters of a stretch are its length less two C-level counts
        plain = len(text) - visible[-1] == tally(" ") + tally("\n")
        starts: list[int] = []
        previous = need = 0
        for first, last in self.sentence_tokens:
            # The sentence starts at the first occurrence of its first token after which the previous
            # sentence's characters are all used up (an earlier one inside that sentence leaves some over).
            start = find(tokens[first], previous + need)
            while (
                start >= 0
                and starts
                and (
                    start - previous - tally(" ", previous, start) - tally("\n", previous, start)
                    if plain
                    else len("".join(text[previous:start].split()))
                )
                != need
            ):
                start = find(tokens[first], start + 1)
            if start < 0:  # cannot happen for a Doc made by `tokenize`; be exact rather than fast
                return [self.span(first, last) for first, last in self.sentence_tokens]
            starts.append(start)
            previous, need = start, visible[last] - visible[first]
        # a sentence ends where its last token does: the last occurrence before the next sentence
        ends = starts[1:] + [len(text)]
        return [
            (start, text.rfind(tokens[last - 1], start, end) + len(tokens[last - 1]))
            for start, end, (_, last) in zip(starts, ends, self.sentence_tokens)
        ]

    def sentence_of(self, k: int) -> int:
        """The sentence holding token `k` (-1 before the first sentence)."""
        return last_starting(self.sentence_tokens, k)

    def sentence_text(self, index: int) -> str:
        start, end = self.span(*self.sentence_tokens[index])
        return self.text[start:end]

    def in_quote(self, first: int, last: int) -> bool:
        """True when tokens [first, last) lie inside one quotation."""
        quotes = self.quotes
        k = last_starting(quotes, first)
        return k >= 0 and quotes[k][0] <= first and last <= quotes[k][1]


def tokenize(text: str, rules: SentenceRules = SentenceRules(), lines: bool = False) -> Doc:
    """Split normalized `text` into tokens, sentences and quotations (a blank line ends a paragraph;
    with `lines`, every line end does: text written one sentence per line; without, a title line with no
    stop still ends its sentence, `_title_ends`).

    A whitespace-separated chunk that is a plain word (`str.isalnum`: most of news text) is one word
    token, the string kept for its type (`_words`); the others' tokens come from a cache of chunk types (`_Pieces`), and only their tokens are
    asked whether they are words (`_Nonword`), in the one pass that builds the token list. The result is the token list `_TOKEN_RE` gives for the whole text (a property test checks it).
    """
    if "\x00" in text:  # `normalize` drops NUL bytes already; `_lower_all` relies on tokens without one
        text = text.replace("\x00", "")
    tokens: list[str] = []
    bounds: list[int] = []  # paragraph ends
    # each kept paragraph; `_glued` splits the few it reads into chunks again: every paragraph's chunks, held to
    # the end, were a second string per word (85 MB of a 9 MB text on one line; round d11)
    paragraphs: list[str] = []
    if len(_pieces) > _CACHE_LIMIT:
        _pieces.clear()
    if len(_nonword) > _CACHE_LIMIT:
        _nonword.clear()
    if len(_words) > _CACHE_LIMIT or len(_others) > _CACHE_LIMIT:
        _words.clear()
        _others.clear()
    nonwords: list[int] = []  # the few tokens that are not words
    # local names (compiled, a global is a dict lookup), typed as plain dicts': compiled, `get` is a direct lookup,
    # where a subscript of the subclass went through Python's generic subscript (round p42); new types go to the caches
    pieces: dict[str, tuple[str, ...]] = _pieces
    nonword: dict[str, bool] = _nonword
    words: dict[str, str] = _words
    # typed, so that compiled `split` and `isalnum` are no method calls
    paragraph_list: list[str] = (_LINE_BREAK if lines else _PARAGRAPH_BREAK).split(text)
    cut = not lines and "\n" in text
    breaks: list[int] = []  # ends of title lines inside a paragraph (`_title_ends`): sentence ends only
    for paragraph in paragraph_list:
        chunks = paragraph.split()
        if chunks:
            if cut and "\n" in paragraph:
                breaks += _title_ends(paragraph, len(tokens), rules)
            for chunk in chunks:
                word = words.get(chunk)
                if word is not None:
                    tokens.append(word)
                    continue
                if chunk.isalnum():  # a new plain word: its string kept for its type
                    if len(chunk) <= TYPE_KEPT:
                        words[chunk] = chunk
                    tokens.append(chunk)
                    continue
                split = pieces.get(chunk)
                for token in split if split is not None else _chunk_tokens(chunk):
                    punct = nonword.get(token)
                    if punct if punct is not None else _nonword_of(token):
                        nonwords.append(len(tokens))
                    tokens.append(token)
            bounds.append(len(tokens))
            paragraphs.append(paragraph)
    if not bounds:
        bounds.append(0)
    ends = [i for i in nonwords if tokens[i] in _ENDS]
    marks = [i for i in nonwords if tokens[i] in _QUOTE_MARKS and not _inch_mark(tokens, i) and not _elided(tokens, i)]
    glued = _glued(tokens, marks, bounds, paragraphs)
    quotes, opens, closes = _find_quotes(tokens, marks, bounds, glued, lines)
    sentence_tokens = _split(tokens, ends, sorted(bounds + breaks) if breaks else bounds, opens, closes, rules)
    return Doc(text, tokens, sentence_tokens, quotes, len(tokens) - len(nonwords))


def _title_ends(paragraph: str, first: int, rules: SentenceRules) -> list[int]:
    """The token index after each line of `paragraph` (whose tokens start at `first`) that ends a sentence with
    no stop: a title, dateline or byline ("The city was dark" over "A woman who lives nearby said ..."), which
    would otherwise run into the next sentence. Such a line ends in a letter or digit, the next opens with a
    capital (after any opening mark), and it is no line of text hard-wrapped at a fixed width: shorter than seven
    tenths of the paragraph's longest line, unless that one is longer than any wrapping width (a paragraph per
    line). A line ending in a word that never closes a sentence ("Sen", an initial) runs on (k65). Only the
    sentences end there: the paragraph stays one for its quotations (a straight mark's pairing)."""
    lines = paragraph.split("\n")
    width = max([len(line.strip()) for line in lines])
    ends: list[int] = []
    counted = 0  # the lines whose tokens `first` has passed
    for k in range(len(lines) - 1):
        line = lines[k].strip()
        following = lines[k + 1].lstrip()
        if not line or not following or not line[-1].isalnum():
            continue
        head = following[1:2] if following[0] in _QUOTE_PAIRS else following[0]
        if not head.isupper() or width <= _WRAP_WIDTH and len(line) * 10 >= width * 7:
            continue
        if rules.abbreviation_kind(line.rsplit(None, 1)[-1]) == _ALWAYS:
            continue
        for passed in lines[counted : k + 1]:
            first += sum([1 if chunk.isalnum() else len(_pieces[chunk]) for chunk in passed.split()])
        counted = k + 1
        ends.append(first)
    return ends


def _inch_mark(tokens: list[str], i: int) -> bool:
    """Is the double mark at `i` the inch mark of a height in feet and inches ("5’2”", "6'1\""): one digit, then the
    foot mark and under twelve inches as one clitic, then the mark? It closes no quotation ("… someone who is 5’2”. You know
    what they say …”" goes on to its last mark, k53) and opens none. A mark after a bare number ("a 32” screen")
    is left to the pairing: quotations end on numbers too ("“more than 30” towns")."""
    if i < 2 or tokens[i] not in _DOUBLE_MARKS:
        return False
    feet, inches = tokens[i - 2], tokens[i - 1]
    return (
        len(feet) == 1
        and feet.isdigit()
        and 1 < len(inches) <= 3
        and inches[0] in "'’"
        and inches[1:].isdigit()
        and int(inches[1:]) < 12
    )


def _elided(tokens: list[str], i: int) -> bool:
    """Is the single opening mark at `i` the apostrophe of a shortened year or decade ("the class of ‘22",
    "in the late '80s", "BC ‘22,"), typed as an opening mark? It opens no quotation: left open, it held the
    paragraph's real quotations until the paragraph ended and was dropped with them (c47). Two digits and an "s"
    are a decade wherever they stand; two digits alone only after a word or a number ("in ‘16", "28 ‘17"): after
    a comma, a colon or a paragraph's start a quotation may open with a number ("‘40 of them stayed,’ …")."""
    if tokens[i] not in _SINGLE_MARKS or i + 1 == len(tokens):
        return False
    digits = tokens[i + 1]
    if len(digits) == 3 and digits[2] == "s":
        digits = digits[:2]
    elif len(digits) != 2 or i == 0 or not tokens[i - 1][0].isalnum():
        return False
    return digits.isdigit()


def _glued(tokens: list[str], marks: list[int], bounds: list[int], paragraphs: list[str]) -> set[int]:
    """The marks written against the word before them, which close or are apostrophes and never open:
    single marks ("Democrats' plan", "Trump‘s"), an opening curly mark typed for a closing one
    ('a “wise Latina.“', and after a comma when a space follows it: '“It's over,“ Lo said'; ',“We' opens), and a
    straight double mark against a comma, "?" or "!" with a space or the line's end after it ('… a common threat,"
    Graham said' in a paragraph whose quotation opened in the one before: k31).
    A paragraph's chunks are placed on its tokens once, the first time one of its marks is asked about: a
    walk from the paragraph's start for each mark took minutes on a long one full of quotations (round r8).
    Until then, a mark whose word and itself are nowhere written together is not glued (`_SEARCHES`)."""
    glued: set[int] = set()
    placed: dict[int, list[int]] = {}  # paragraph -> the token index each of its chunks starts at, and its end
    searched: dict[int, int] = {}  # paragraph -> the times its text was searched for a word and its mark
    for i in marks:
        mark = tokens[i]
        if mark not in _SINGLE_MARKS and mark != "“" and mark != '"' or not i:
            continue
        before = tokens[i - 1]
        if mark == '"' and before not in _CLAUSE_ENDS and before != ",":
            continue  # after a word it may close a quotation opened by a stray mark: left to the pairing
        if _nonword[before] and (mark in _SINGLE_MARKS or mark == "“" and before not in _ENDS and before != ","):
            continue
        paragraph = index_after(bounds, i)
        starts = placed.get(paragraph)
        if starts is None:
            text = paragraphs[paragraph]
            searches = searched.get(paragraph, 0)
            if searches < _SEARCHES:
                searched[paragraph] = searches + 1
                if before + mark not in text:
                    continue
            k = bounds[paragraph - 1] if paragraph else 0
            starts = [k]
            for chunk in text.split():
                k += len(_pieces[chunk])
                starts.append(k)
            placed[paragraph] = starts
        c = index_after(starts, i)  # the chunk holding the mark spans starts[c - 1] to starts[c]
        if starts[c - 1] < i and (before != "," and mark != '"' or i == starts[c] - 1):
            glued.add(i)
    return glued


def _find_quotes(
    tokens: list[str],
    marks: list[int],
    bounds: list[int],
    glued: AbstractSet[int] = frozenset(),
    lines: bool = False,
) -> tuple[list[tuple[int, int]], set[int], set[int]]:
    """Token ranges inside quotation marks, and which mark tokens open and close them.

    Curly quotes and guillemets pair by kind; straight quotes alternate; a mark in `glued` (written
    against the word before it) never opens a quotation. A quotation left open at
    the end of a paragraph is dropped, so a stray mark cannot swallow the rest of the article,
    unless the next paragraph opens with a quotation mark: the convention of a quotation running
    over several paragraphs (each reopens, only the last closes). With `lines` (a text set one sentence a
    line), a double quotation closed within the next few lines runs on to its close (`_closes_below`). Apostrophes
    inside words are never marks ("Rutte’s" is a word and a clitic).
    """
    quotes: list[tuple[int, int]] = []
    opens: set[int] = set()
    closes: set[int] = set()
    if not marks:
        return quotes, opens, closes
    paragraph = 0
    open_at: int | None = None
    for n, i in enumerate(marks):
        while i >= bounds[paragraph]:
            end = bounds[paragraph]
            paragraph += 1
            if open_at is not None and lines and _closes_below(tokens, bounds, open_at, marks, n, paragraph, glued):
                continue
            if open_at is not None and end < len(tokens) and tokens[end] in _QUOTE_PAIRS:
                quotes.append((open_at + 1, end))
                opens.add(open_at)
            open_at = None
        mark = tokens[i]
        if open_at is not None:
            if mark in _QUOTE_PAIRS[tokens[open_at]] or i in glued and mark == tokens[open_at]:
                quotes.append((open_at + 1, i))
                opens.add(open_at)
                closes.add(i)
                open_at = None
            continue
        if mark in _QUOTE_PAIRS and i not in glued:
            open_at = i
    return quotes, opens, closes


def _closes_below(
    tokens: list[str],
    bounds: list[int],
    open_at: int,
    marks: list[int],
    n: int,
    paragraph: int,
    glued: AbstractSet[int],
) -> bool:
    """Does the double mark open at `open_at` close at the first double mark from `marks[n]` on, a few lines below
    the line that `paragraph` follows? A text set one sentence a line parts a paragraph's sentences with line ends, and
    a quotation of two sentences opens on one line and closes on the next ('“I dislike it.' over 'It can change,”
    said Lo.'). Only a mark that closes: a curly one, or a straight one written against a comma, "?" or "!"
    (`_glued`: '… at all," Lo said.') or after a sentence's end last on its line (`_closes_line`, v37), where another
    straight mark may open a quotation as well as close one. Single marks before it are the quotation's own
    quotations or apostrophes ('"You call it \'growth.\'' over 'It is not," Lo said.'), and a line it runs over may
    hold several sentences (q20): a sentence splitter leaves a quotation's sentences on one line ('"I love it. . . .
    They laugh at us.' over 'They won't," he said.'), while a paragraph set on one line whose quotation goes on
    reopens it at the next line's start, a mark that opens and closes nothing (`_find_quotes` carries it there).
    The bound is the lines: `_RUN_ON_LINES`."""
    while (
        n < len(marks)
        and tokens[marks[n]] in _INNER_MARKS
        and index_after(bounds, marks[n]) - paragraph < _RUN_ON_LINES
    ):
        n += 1
    if n == len(marks):
        return False
    i = marks[n]
    mark = tokens[i]
    return (
        tokens[open_at] in _RUN_ON_OPENERS
        and mark in _QUOTE_PAIRS[tokens[open_at]]
        and (mark == "”" or i in glued or _closes_line(tokens, bounds, i))
        and index_after(bounds, i) - paragraph < _RUN_ON_LINES
    )


def _closes_line(tokens: list[str], bounds: list[int], i: int) -> bool:
    """Is the straight mark at `i` written after a sentence's end as the last token of its line ('… is the
    objective."'), where nothing is left for it to open (v37: a quotation over lines of one sentence each)?"""
    return tokens[i - 1] in _ENDS and i + 1 == bounds[index_after(bounds, i)]


def _split(
    tokens: list[str], candidates: list[int], bounds: list[int], opens: set[int], closes: set[int], rules: SentenceRules
) -> list[tuple[int, int]]:
    """Sentence token ranges: a paragraph ends one; so does . ! ? … before a capital, digit or opening mark."""
    sentences: list[tuple[int, int]] = []
    first = 0
    k = 0
    n_candidates = len(candidates)
    for end in bounds:
        while k < n_candidates and candidates[k] < end:
            i = candidates[k]
            k += 1
            j = i + 1
            while j < end and (tokens[j] in _END_OR_CLOSE or j in closes):
                j += 1
            if j < end and j > first:
                following = j + 1 if (j in opens or tokens[j] in _OPEN_BEFORE_START) and j + 1 < end else j
                head = tokens[following][0]
                if is_upper(head) or head.isdigit() or following != j:
                    if tokens[i] == "." and i > first and _abbreviation(tokens, i, j, following, end, rules):
                        continue  # an end mark after it is no abbreviation's: asked on its own
                    sentences.append((first, j))
                    first = j
            # The end marks before `j` would find the same `j`: skipped, as a run of them ("... ... ...")
            # was walked again from each of its marks (round r8).
            if k < n_candidates and candidates[k] < j:
                k = index_after(candidates, j - 1)
        if first < end:
            sentences.append((first, end))
        first = end
    return sentences


def abbreviation_periods(tokens: list[str], sentences: list[tuple[int, int]], rules: SentenceRules) -> list[int]:
    """The periods that close an abbreviation inside a sentence ("a major U.S. war", "Sen. Warren said",
    "p.m. on Friday"): each "." after a word the splitter reads as an abbreviation (`closes_abbreviation`),
    with more of its sentence after it. The tokenizer writes such a period as a token of its own; the
    matchers read past it, as the writer's eye does. A typed loop: compiled, a token costs one string
    comparison (a `list.index` call per period, and its ValueError at the end, cost twice as much)."""
    periods: list[int] = []
    for s0, s1 in sentences:
        for i in range(s0 + 1, s1 - 1):
            if tokens[i] == "." and not _nonword[tokens[i - 1]] and rules.closes_abbreviation(tokens[i - 1]):
                periods.append(i)
    return periods


def read_past(doc: Doc, periods: list[int]) -> tuple[Doc, list[int]]:
    """`doc` as the matchers read it, without the tokens at `periods` (`abbreviation_periods`), and where
    it leaves them out (`in_text` places a token of it back in `doc`): slices joined, no work per token."""
    tokens = doc.tokens
    kept = tokens[: periods[0]]
    for k in range(1, len(periods)):
        kept += tokens[periods[k - 1] + 1 : periods[k]]
    kept += tokens[periods[-1] + 1 :]
    bounds = [(a - index_after(periods, a - 1), b - index_after(periods, b - 1)) for a, b in doc.sentence_tokens]
    return Doc(doc.text, kept, bounds, [], doc.n_words), [p - k for k, p in enumerate(periods)]


def in_text(gaps: list[int], k: int) -> int:
    """The index in the text of token `k` of a Doc that `read_past` made (`gaps`: where it left tokens out)."""
    return k + index_after(gaps, k)


def _abbreviation(tokens: list[str], period: int, following: int, word: int, end: int, rules: SentenceRules) -> bool:
    """Does the period at `period` close an abbreviation rather than a sentence? (`word`: the first
    token of the would-be next sentence after any opening mark.)"""
    kind = rules.abbreviation_kind(tokens[period - 1])
    if kind == _BEFORE_STARTER:
        return norm(tokens[word]) not in rules.sentence_starters
    return kind == _ALWAYS or (kind == _BEFORE_NUMBER and following < end and tokens[following][0].isdigit())
