"""Attribution cues the lexicons miss, from a trained token scorer: `Analyzer(sourcing="trained")`.

A logistic model trained on PolNeAR's dev fold (`framing.quality.attribution_train`, `make models`)
scores every token: how likely it is part of an annotated `Cue`. PolNeAR's cues are an open class
(stance and action verbs, nominal cues, headline colons), so the scorer looks at every token, not
only at a list of trigger words. A token above the model's threshold is a cue, widened to the
neighbours scoring nearly as high; one that takes in a lexicon cue is left to the rules, which read a
source and a content for every other one as for a lexicon cue (`speakers.SpeakerRules._labelled`). The
lexicons stay the analyst's instrument: what they list the rules read, the scorer only fills in.

The features are the token's lower-cased form, suffixes and shape, its neighbours' (±2; the words up
to ±3) and whether it lies inside quotation marks. A linear model lets the word features be summed once
per token *type* (`_TypeTable`), so a document costs one dict lookup per token and a few numpy operations;
`sentence_features` spells the same features out as strings for training, and the two agree
(tests/quality/test_attribution.py). Kinds are not the scorer's: they come from the source phrase by
the rules of `sourcing.kinds` (docs/source-kinds.md).

The model file is JSON (feature weights grouped by family and value, bias, threshold, widening):
loading it executes no code.
"""

from __future__ import annotations

import json
import struct
from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache
from itertools import repeat
from operator import itemgetter
from pathlib import Path

import numpy as np

from ..compiled import PACKAGE_DIR
from ..errors import ModelError
from ..match import Match
from .reader import CUE_ROLES
from ..text import TYPE_KEPT, Doc

MODEL_NAME = "attribution.json"
_QUOTE_MARKS = frozenset("“”‘’\"'«»„")
_TYPE_LIMIT = 300_000  # token types (columns) remembered; a corpus vocabulary rarely passes this
_OWN, _LEFT1, _RIGHT1, _LEFT2, _RIGHT2, _LEFT3, _RIGHT3 = range(7)  # a type's weight sums by where it stands
_LAST3, _LAST2 = itemgetter(slice(-3, None)), itemgetter(slice(-2, None))  # suffix features, in C
_COLUMN = struct.Struct("n").pack  # a type's column number as the bytes of one np.intp


def model_path(name: str = MODEL_NAME) -> Path | None:
    """The shipped model file: inside an installed package (`_models`) or the checkout's models/.

    The package's folder comes from `compiled`, which is never compiled: a compiled module imported by
    another compiled one can be handed a wrong `__file__` (mypyc)."""
    here = PACKAGE_DIR.resolve()
    for candidate in (here / "_models" / name, here.parent / "models" / name):
        if candidate.is_file():
            return candidate
    return None


def _shape(token: str) -> str:
    """Word shape with runs collapsed: "Trump" -> "Xx", "U.S." -> "X.X.", "2016" -> "d"."""
    if token.isalpha():  # most words: one C-level test settles them
        if token.islower():
            return "x"
        if token[0].isupper() and token[1:].islower():
            return "Xx"
    out: list[str] = []
    for ch in token:
        c = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def _stem(word: str) -> str:
    """A crude stem shared by a verb's forms ("supports", "supported", "supporting" -> "support";
    "decide", "decided" -> "decid"): a rare form of an open-class cue borrows the weight of the others."""
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)].rstrip("e")
    return word.rstrip("e")


def type_features(token: str) -> tuple[list[str], ...]:
    """The features a token type gives as the token itself, as its neighbour at -1, +1, -2, +2, -3 and +3."""
    word = token.lower().replace("’", "'")
    shape = _shape(token)
    stem = _stem(word)
    own = [f"w={word}", f"s3={word[-3:]}", f"s2={word[-2:]}", f"sh={shape}", f"st={stem}"]
    if token in _QUOTE_MARKS:
        own.append("quote")
    left, right = [f"-1w={word}", f"-1sh={shape}", f"-1st={stem}"], [f"+1w={word}", f"+1sh={shape}", f"+1st={stem}"]
    return own, left, right, [f"-2w={word}"], [f"+2w={word}"], [f"-3w={word}"], [f"+3w={word}"]


def sentence_features(doc: Doc, s0: int, s1: int) -> list[list[str]]:
    """The feature strings of each token of sentence [s0, s1): what the model is trained on.

    Neighbours are the document's, across the sentence's ends (a sentence's first token has the last
    sentence's full stop at -1). `Labeller.scores` sums the same features' weights without the strings.
    """
    tokens, n = doc.tokens, len(doc.tokens)
    lo = max(0, s0 - 3)
    types = [type_features(t) for t in tokens[lo : min(n, s1 + 3)]]
    quotes = doc.quotes
    out = []
    for k in range(s0, s1):
        t = k - lo
        feats = list(types[t][_OWN])
        for gap, left, right in ((1, _LEFT1, _RIGHT1), (2, _LEFT2, _RIGHT2), (3, _LEFT3, _RIGHT3)):
            if k - gap >= 0:
                feats += types[t - gap][left]
            if k + gap < n:
                feats += types[t + gap][right]
        if any(q0 <= k < q1 for q0, q1 in quotes):
            feats.append("inq")
        out.append(feats)
    return out


# The model file's weights by feature family (`type_features`): a family's value -> its weights as
# the token itself, then as the neighbour at -1, +1, -2, +2, -3 and +3, as many places as the family has.
FAMILIES = {"w": 7, "s3": 1, "s2": 1, "sh": 3, "st": 3}
PLACES = ("", "-1", "+1", "-2", "+2", "-3", "+3")  # the places' prefixes in the feature strings ("-1w=said")


class _Family:
    """One feature family's weights as a table, by place, then by value (column 0: a value never
    seen in training, all zeros): a new type costs one lookup per family, not one per feature."""

    def __init__(self, weights: dict[str, list[float]], places: int):
        self.index = dict(zip(weights, range(1, len(weights) + 1)))
        self.table = np.zeros((places, len(weights) + 1))
        if weights:
            self.table[:, 1:] = np.array(list(weights.values()), dtype=float).T

    def take(self, values: Iterable[str], n: int) -> np.ndarray:
        """The weights of `n` values at each place: shape (places, n)."""
        return self.table.take(np.fromiter(map(self.index.get, values, repeat(0, n)), np.intp, n), axis=1)


class _TypeTable(dict):
    """Token as written -> its column number in `columns` (as bytes, `_COLUMN`: a document's numbers are
    joined into one buffer, not converted one by one into numpy): the summed weights of its features at each place
    (`type_features`), the bias added to its own, computed once per type.

    A lookup of a new type only numbers it; `fill` then works out the document's new types in one
    batch, each family's weights looked up by C-level `map`s and summed by numpy in `type_features`'
    order, so that every column is the float `sum` of `type_features` would give, to the last bit.
    What a word gives whatever its case (its word, suffix and stem weights) is summed at loading for
    every word the model has weights for (`by_word`): a new type of such a word costs two lookups, not five."""

    def __init__(self, families: dict[str, _Family], quote: float, bias: float):
        super().__init__()
        self.families, self.quote, self.bias = families, quote, bias
        self.columns = np.zeros((len(PLACES), 1024))  # by place (`_OWN` ...), then by type: a place's row is contiguous
        self.new: list[str] = []  # numbered, not yet filled in
        self.size = 0  # columns numbered: a type over `TYPE_KEPT` characters takes one each time it is met, unkept
        word = families["w"]
        self.by_word = np.zeros((len(PLACES) + 3, word.table.shape[1]))  # by word (column 0: none), as `_word_parts`
        self.by_word[:, 1:] = self._word_parts(list(word.index), len(word.index), word.table[:, 1:])

    def _word_parts(self, words: list[str], n: int, word: np.ndarray) -> np.ndarray:
        """What `words` give, their word weights by place being `word`: first what comes before the
        shape's weights (the word's at each place, its suffixes' added to its own), then what comes after
        (the stem's at the token itself, -1 and +1), each summed in `type_features`' order:
        shape (len(PLACES) + 3, n)."""
        family = self.families
        parts = np.concatenate((word, family["st"].take(map(_stem, words), n)))
        parts[_OWN] += family["s3"].take(map(_LAST3, words), n)[_OWN]
        parts[_OWN] += family["s2"].take(map(_LAST2, words), n)[_OWN]
        return parts

    def clear(self) -> None:
        super().clear()
        self.new.clear()
        self.size = 0

    def __missing__(self, token: str) -> bytes:
        column = _COLUMN(self.size)
        self.size += 1
        if len(token) <= TYPE_KEPT:
            self[token] = column
        self.new.append(token)
        return column

    def fill(self) -> None:
        """Work out the columns of the types numbered since the last call."""
        new = self.new
        if not new:
            return
        start, stop = self.size - len(new), self.size
        if stop > self.columns.shape[1]:
            grown = np.zeros((len(PLACES), max(stop, 2 * self.columns.shape[1])))
            grown[:, :start] = self.columns[:, :start]
            self.columns = grown
        words = [token.lower().replace("’", "'") for token in new]
        family, n = self.families, len(new)
        known = np.fromiter(map(family["w"].index.get, words, repeat(0, n)), np.intp, n)
        parts = self.by_word.take(known, axis=1)
        rare = np.flatnonzero(known == 0).tolist()  # words the model has no weight for: their parts worked out here
        if rare:
            parts[:, rare] = self._word_parts([words[k] for k in rare], len(rare), np.zeros((len(PLACES), len(rare))))
        shape = family["sh"].take(map(_shape, new), n)
        stem = parts[len(PLACES) :]
        own = parts[_OWN] + shape[_OWN]
        own += stem[_OWN]
        quotes = [k for k, token in enumerate(new) if token in _QUOTE_MARKS]
        if quotes:
            own[quotes] += self.quote
        own += self.bias
        left = parts[_LEFT1] + shape[_LEFT1] + stem[_LEFT1]
        right = parts[_RIGHT1] + shape[_RIGHT1] + stem[_RIGHT1]
        self.columns[:, start:stop] = own, left, right, parts[_LEFT2], parts[_RIGHT2], parts[_LEFT3], parts[_RIGHT3]
        new.clear()


class Labeller:
    """The shipped cue scorer: feature weights, bias and threshold, ready to score many documents."""

    def __init__(self, model: Path):
        data = json.loads(model.read_text(encoding="utf-8"))
        weights = data["weights"]
        if not FAMILIES.keys() <= weights.keys():  # a file of the flat layout ("w=said": 2.1) before issue 12
            raise ModelError(f"{model} holds no weights by feature family: rebuild it with `make models`")
        self.bias = float(data["bias"])
        self.inq = float(weights.get("inq", 0.0))
        self.threshold = float(data["threshold"])
        self.widen = float(data["widen"])
        self.veto = None if data.get("veto") is None else float(data["veto"])
        families = {name: _Family(weights[name], places) for name, places in FAMILIES.items()}
        self.types = _TypeTable(families, float(weights.get("quote", 0.0)), self.bias)

    def scores(self, doc: Doc) -> np.ndarray:
        """Every token's score: the log-odds that it lies in a cue (`sentence_features`' weights summed).

        One dict lookup per token and a few numpy operations over the document (and one per
        quotation): the per-type sums carry the word features, so no string is built per token."""
        tokens, types = doc.tokens, self.types
        n = len(tokens)
        if types.size > _TYPE_LIMIT:  # before the document, never inside it: its columns stay valid
            types.clear()
        # every token's column in one C-level call (one token: `itemgetter` gives it bare, not in a tuple)
        ids = np.frombuffer(b"".join(itemgetter(*tokens)(types) if n > 1 else [types[t] for t in tokens]), np.intp)
        types.fill()
        weights = types.columns.take(ids, axis=1)  # after `fill`, which may grow the table: by place, then token
        score = weights[_OWN]  # the bias is in: added to a type's own sum as it would be to each token's
        score[1:] += weights[_LEFT1, :-1]
        score[:-1] += weights[_RIGHT1, 1:]
        score[2:] += weights[_LEFT2, :-2]
        score[:-2] += weights[_RIGHT2, 2:]
        score[3:] += weights[_LEFT3, :-3]
        score[:-3] += weights[_RIGHT3, 3:]
        if doc.quotes:
            quoted = np.zeros(n, dtype=bool)
            for q0, q1 in doc.quotes:
                quoted[q0:q1] = True
            score[quoted] += self.inq
        return score

    def label(
        self, doc: Doc, matches: list[Match], role_of: dict[str, str]
    ) -> tuple[list[Match], dict[int, list[tuple[int, int]]]]:
        """(`matches` less the lexicon cues the scorer overrules, sentence index -> the cues the lexicons miss).

        A lexicon cue the lexicon weighs below 1 (its author's mark of a cue that is often none:
        "know", "favor", "called") none of whose tokens scores `veto` or more is a use the model is sure
        attributes nothing ("called for", "in favor of") and is not read as a cue; a full-weight
        cue always stands, and with `veto` None (null in the model file) every one does. A cue the
        lexicons miss is a run of tokens in one sentence scoring above `threshold - widen` that holds
        a token above the threshold ("voted against", "is adamant": PolNeAR's cues are often several
        words); one that takes in a lexicon cue is left to the rules ("have said", "said in a
        statement"). Numpy finds the tokens above the threshold (a few in a hundred, most of them
        lexicon cues); Python walks from each of the others to its run's ends."""
        if not doc.tokens:
            return matches, {}
        return self.label_scored(doc, self.scores(doc), matches, role_of)

    def label_scored(
        self, doc: Doc, score: np.ndarray, matches: list[Match], role_of: dict[str, str]
    ) -> tuple[list[Match], dict[int, list[tuple[int, int]]]]:
        """`label` given every token's `score` (a document of one token or more): apart from `scores`, as
        the compiled build lets no test stand in for a method (tests/quality/test_attribution.py)."""
        at = score.item
        in_lexicon: set[int] = set()  # the lexicon cues' tokens, overruled or not
        vetoed: set[int] = set()
        veto = self.veto
        for k, m in enumerate(matches):
            if role_of.get(m.signal) in CUE_ROLES:
                in_lexicon.update(range(m.first, m.last))
                if m.weight < 1.0 and veto is not None and max(map(at, range(m.first, m.last))) < veto:
                    vetoed.add(k)
        if vetoed:
            matches = [m for k, m in enumerate(matches) if k not in vetoed]
        near = self.threshold - self.widen  # widen >= 0: a token above the threshold is near too
        bounds = doc.sentence_tokens
        firsts: list[int] = []
        out: dict[int, list[tuple[int, int]]] = {}
        end = 0  # where the last run stopped: a token above the threshold before it is in that run
        for seed in np.flatnonzero(score > self.threshold).tolist():
            if seed < end or seed in in_lexicon:
                continue  # in the last run, or in a run that takes in a lexicon cue ("said" itself, mostly)
            firsts = firsts or [s0 for s0, _ in bounds]
            sentence = bisect_right(firsts, seed) - 1
            s0, s1 = bounds[sentence]
            a, end = seed, seed + 1
            while a > s0 and at(a - 1) > near:
                a -= 1
            while end < s1 and at(end) > near:
                end += 1
            if not in_lexicon.isdisjoint(range(a, end)):
                continue  # part of a lexicon cue's phrase ("have said"): the rules read it
            out.setdefault(sentence, []).append((a, end))
        return matches, out


@lru_cache(maxsize=1)
def shipped_labeller() -> Labeller | None:
    """The shipped scorer, loaded once per process; None when the model file is absent."""
    model = model_path()
    return Labeller(model) if model is not None else None
