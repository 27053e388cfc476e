"""Per-article word counts, counted by the scoring workers: what the "overall" distinctive terms of a
comparison count, and the long table the main process gathers them into."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from ..text import is_word, normalize, tokenize_words

if TYPE_CHECKING:
    import pandas as pd


# Not the article's words, so the words overall do not count them: a markup tag left in a text
# (`<tweet tweet-id="6611...">`, `</p>`, `<br/>`: its name, attribute names and values) and a web address
# (`http://bit.ly/1DbUmw5`, `www.example.org/x`, `pic.twitter.com/OqctxglquI`).
MARKUP_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>")
WEB_ADDRESS = re.compile(r"(?:\bhttps?://|\bwww\.|\bpic\.twitter\.com/)[^\s<>\"“”]+", re.IGNORECASE)
# Page furniture around an article, not its words (u24; "getty" and "washpost" were among HuffPost's distinctive
# words in PolNeAR): a line of one word in capitals or one letter (a heading "LETTERS.", a share button "TWITTER.",
# an embed's "X."), a one-word line repeated in the article (`ONE_WORD_LINE`: "Getty." under each photo; said
# once, "Wrong." or "Yes." is prose), a photo credit ("Scott Olson via Getty Images.", "Photo: ...", "Credit: ..."), a byline or
# contributor line ("By Jane Roe", "Follow Pam Key on Twitter @pamkeyNEN.", "Twitter: @Milbank.", "Contributing:
# ...", "Reporting by ..."), a wire dateline ("DALLAS (AP) —", "NEW YORK, Dec. 11 (UPI) —") and a source in
# brackets closing a line after a sentence ("... voted. [WashPost.]", `BRACKET_CREDIT`). Whole lines, or the
# dateline or bracket.
_NAME = r"[A-Z][\w.'’&-]*"
FURNITURE = re.compile(
    r"^[^\S\n]*(?:(?:"
    r"(?:[-–—•*] ?|@)?(?:[A-Z][A-Z'’&-]+|[A-Z])[.:]?"  # one word in capitals or one letter alone on its line
    rf"|[^\n]{{0,80}}\bvia {_NAME}(?: {_NAME}){{0,2}}[^\w\n]*"  # "... via Getty Images."
    r"|\(?(?:Photo(?:graph)?s?|Images?|Pictures?|Credits?)(?: by|:|/)[^\n]{0,100}"
    rf"|By {_NAME}(?: (?:and )?{_NAME}){{0,4}}[^\w\n]*"  # a byline: capitalised names only
    r"|Follow [^\n]{1,60}\bon (?:Twitter|Facebook|Instagram)\b[^\n]*"
    r"|(?:Twitter|E-?mail|Contact)\s*:[^\n]{0,80}"
    r"|(?:Contributing(?: reporters?)?|(?:Additional )?[Rr]eporting by|Editing by|Written by)\b[^\n]{0,200}"
    r")$"
    rf"|[A-Z][A-Z.'’ -]{{2,}}(?:, [^()\n—–]{{1,30}})? \({_NAME}\) ?[—–-]{{1,2}})",  # a wire dateline
    re.MULTILINE,
)
BRACKET_CREDIT = re.compile(r"(?<=[.!?”\"’)])[^\S\n]*\[[A-Z][\w.&'’ -]{0,30}\][^\S\n]*$", re.MULTILINE)
ONE_WORD_LINE = re.compile(r"^[^\S\n]*([A-Z][\w'’&-]*)[.:]?[^\S\n]*$", re.MULTILINE)
SHORT_LINE = 100  # characters: a line this long or shorter may be furniture repeated across an outlet's articles


def word_counts(text: str) -> dict[str, int]:
    """How often each word of a record's text occurs (lower-cased, tokenized as the scorer does):
    what the "overall" distinctive terms of a comparison count. Non-words are dropped once per kind,
    after counting in C: a word test per token cost more than the counting. Markup tags (`MARKUP_TAG`), web
    addresses (`WEB_ADDRESS`) and page furniture (`FURNITURE`) are not counted."""
    if "<" in text:
        text = MARKUP_TAG.sub(" ", text)
    if "://" in text or "www." in text or "pic.twitter" in text:
        text = WEB_ADDRESS.sub(" ", text)
    text = FURNITURE.sub(" ", text)
    if "[" in text:
        text = BRACKET_CREDIT.sub(" ", text)
    counts = Counter(tokenize_words(normalize(text)))
    for word, n in Counter(ONE_WORD_LINE.findall(text)).items():
        if n > 1:
            counts.subtract({w: n for w in tokenize_words(normalize(word))})
    return {w: n for w, n in counts.items() if n > 0 and is_word(w)}


def short_lines(text: str) -> dict[str, int]:
    """How often each short line of a record's text occurs (stripped, at most `SHORT_LINE` characters,
    holding a word): the candidates for boilerplate ("ABSTRACT.", "___."), which a comparison finds as
    lines repeated verbatim across a large share of a group's articles and leaves out of its words."""
    found = Counter(line.strip() for line in normalize(text).split("\n") if len(line.strip()) <= SHORT_LINE)
    found.pop("", None)
    return {line: n for line, n in found.items() if word_counts(line)}


class WordTable:
    """Per article, how often each word occurs, as the long table (id, term, count) a comparison reads.
    Words are numbered as they come and ids counted once per article, so that the table's categories
    are made from the distinct values only: made from every row's strings (some 300 an article), they
    took a third of a second of the main process's time after scoring."""

    def __init__(self) -> None:
        self.ids: list[str] = []  # per article
        self.sizes: list[int] = []  # per article: its distinct words
        self.vocabulary: dict[str, int] = {}  # word -> its number, in order of first use
        self.words: list[int] = []  # per row: the number of its word
        self.counts: list[int] = []
        self.lines: list[tuple[str, str, int]] = []  # (id, short line, count), see `short_lines`

    def add(self, id: str, counts: dict[str, int], lines: dict[str, int] | None = None) -> None:
        if not counts:  # no row, so not among the ids' categories either
            return
        self.lines += [(id, line, n) for line, n in (lines or {}).items()]
        self.ids.append(id)
        self.sizes.append(len(counts))
        number, known = self.vocabulary.setdefault, self.vocabulary
        self.words += [number(w, len(known)) for w in counts]
        self.counts += counts.values()

    def frame(self) -> pd.DataFrame:
        """The table, with the categories `pd.Categorical` gives the rows' strings (sorted, distinct)."""
        import numpy as np
        import pandas as pd

        ids, terms = pd.Categorical(self.ids), pd.Categorical(list(self.vocabulary))
        return pd.DataFrame(
            {
                "id": pd.Categorical.from_codes(np.repeat(ids.codes, self.sizes), dtype=ids.dtype),
                "term": pd.Categorical.from_codes(terms.codes[np.array(self.words, dtype=np.intp)], dtype=terms.dtype),
                "count": self.counts,
            }
        )

    def line_frame(self) -> pd.DataFrame:
        """Per article its short lines found in other articles too (a line of one article is no
        boilerplate), one row per word of a line: (id, line, count, term, words), `count` the line's
        occurrences in the article and `words` how often `term` occurs in the line."""
        import pandas as pd

        lines = pd.DataFrame(self.lines, columns=["id", "line", "count"])
        lines = lines[lines["line"].map(lines["line"].value_counts()) > 1]
        words = pd.DataFrame(
            [(line, term, n) for line in lines["line"].unique() for term, n in word_counts(line).items()],
            columns=["line", "term", "words"],
        )
        return lines.merge(words, on="line")
