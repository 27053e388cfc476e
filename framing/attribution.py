"""Attribution cues the lexicons miss, from a trained token scorer: `Analyzer(sourcing="trained")`.

A logistic model trained on PolNeAR's dev fold (`framing.quality.attribution_train`, `make models`)
scores every token: how likely it is part of an annotated `Cue`. PolNeAR's cues are an open class
(stance and action verbs, nominal cues, headline colons), so the scorer looks at every token, not
only at a list of trigger words. A token above the model's threshold is a cue, widened to the
neighbours scoring nearly as high; one that takes in a lexicon cue is left to the rules, which read a
source and a content for every other one as for a lexicon cue (`sourcing._Reader._labelled`). The
lexicons stay the analyst's instrument: what they list the rules read, the scorer only fills in.

The features are the token's lower-cased form, suffixes and shape, its neighbours' (±2) and whether
it lies inside quotation marks. A linear model lets the word features be summed once per token *type*
(`_TypeTable`), so a document costs one dict lookup per token and a few numpy operations;
`sentence_features` spells the same features out as strings for training, and the two agree
(tests/quality/test_attribution.py). Kinds are not the scorer's: they come from the source phrase by
the rules of `source_kinds` (docs/source-kinds.md).

The model file is JSON (feature weights, bias, threshold, widening): loading it executes no code.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from functools import lru_cache
from pathlib import Path

import numpy as np

from .match import Match
from .sourcing import CUE_ROLES
from .text import Doc

MODEL_NAME = "attribution.json"
_QUOTE_MARKS = frozenset("“”‘’\"'«»„")
_TYPE_LIMIT = 300_000  # token types remembered; a corpus vocabulary rarely passes this
_OWN, _LEFT1, _RIGHT1, _LEFT2, _RIGHT2 = range(5)  # a type's weight sums by where it stands from the token


def model_path(name: str = MODEL_NAME) -> Path | None:
    """The shipped model file: inside an installed package (`_models`) or the checkout's models/."""
    here = Path(__file__).resolve().parent
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


def type_features(token: str) -> tuple[list[str], list[str], list[str], list[str], list[str]]:
    """The features a token type gives as the token itself, as its neighbour at -1, +1, -2 and +2."""
    word = token.lower().replace("’", "'")
    shape = _shape(token)
    stem = _stem(word)
    own = [f"w={word}", f"s3={word[-3:]}", f"s2={word[-2:]}", f"sh={shape}", f"st={stem}"]
    if token in _QUOTE_MARKS:
        own.append("quote")
    left, right = [f"-1w={word}", f"-1sh={shape}", f"-1st={stem}"], [f"+1w={word}", f"+1sh={shape}", f"+1st={stem}"]
    return own, left, right, [f"-2w={word}"], [f"+2w={word}"]


def sentence_features(doc: Doc, s0: int, s1: int) -> list[list[str]]:
    """The feature strings of each token of sentence [s0, s1): what the model is trained on.

    Neighbours are the document's, across the sentence's ends (a sentence's first token has the last
    sentence's full stop at -1). `Labeller.scores` sums the same features' weights without the strings.
    """
    tokens, n = doc.tokens, len(doc.tokens)
    lo = max(0, s0 - 2)
    types = [type_features(t) for t in tokens[lo : min(n, s1 + 2)]]
    quotes = doc.quotes
    out = []
    for k in range(s0, s1):
        t = k - lo
        feats = list(types[t][_OWN])
        for gap, left, right in ((1, _LEFT1, _RIGHT1), (2, _LEFT2, _RIGHT2)):
            if k - gap >= 0:
                feats += types[t - gap][left]
            if k + gap < n:
                feats += types[t + gap][right]
        if any(q0 <= k < q1 for q0, q1 in quotes):
            feats.append("inq")
        out.append(feats)
    return out


class _TypeTable(dict):
    """Token as written -> its row in `table`: the summed weights of its features at each place
    (`type_features`), computed once per type.

    The sums are built from parts kept per lower-cased word and per shape (a word's case variants,
    and the many words of one shape, share them), added in `type_features`' order so that every row
    is the float `sum` of `type_features` would give, to the last bit."""

    def __init__(self, weights: dict[str, float]):
        super().__init__()
        self.weights = weights
        self.table = np.zeros((1024, 5))
        self.words: dict[str, tuple[float, ...]] = {}
        self.shapes: dict[str, tuple[float, float, float]] = {}

    def clear(self) -> None:
        super().clear()
        self.words.clear()
        self.shapes.clear()

    def __missing__(self, token: str) -> int:
        row = len(self)
        if row == len(self.table):
            self.table = np.concatenate([self.table, np.zeros_like(self.table)])
        self.table[row] = self._row(token)
        self[token] = row
        return row

    def _row(self, token: str) -> tuple[float, float, float, float, float]:
        word = token.lower().replace("’", "'")
        shape = _shape(token)
        own, stem, w_left, st_left, w_right, st_right, w_left2, w_right2 = self.words.get(word) or self._word(word)
        sh, sh_left, sh_right = self.shapes.get(shape) or self._shape(shape)
        own = own + sh + stem
        if token in _QUOTE_MARKS:
            own += self.weights.get("quote", 0.0)
        return own, w_left + sh_left + st_left, w_right + sh_right + st_right, w_left2, w_right2

    def _word(self, word: str) -> tuple[float, ...]:
        """A word's parts: (w + s3 + s2, st) as the token, (w, st) at -1 and +1, w at -2 and +2."""
        get = self.weights.get
        stem = _stem(word)
        parts = self.words[word] = (
            get(f"w={word}", 0.0) + get(f"s3={word[-3:]}", 0.0) + get(f"s2={word[-2:]}", 0.0),
            get(f"st={stem}", 0.0),
            get(f"-1w={word}", 0.0),
            get(f"-1st={stem}", 0.0),
            get(f"+1w={word}", 0.0),
            get(f"+1st={stem}", 0.0),
            get(f"-2w={word}", 0.0),
            get(f"+2w={word}", 0.0),
        )
        return parts

    def _shape(self, shape: str) -> tuple[float, float, float]:
        get = self.weights.get
        parts = self.shapes[shape] = (get(f"sh={shape}", 0.0), get(f"-1sh={shape}", 0.0), get(f"+1sh={shape}", 0.0))
        return parts


class Labeller:
    """The shipped cue scorer: feature weights, bias and threshold, ready to score many documents."""

    def __init__(self, model: Path):
        data = json.loads(model.read_text(encoding="utf-8"))
        self.weights: dict[str, float] = data["weights"]
        self.bias = float(data["bias"])
        self.threshold = float(data["threshold"])
        self.widen = float(data["widen"])
        self.veto = None if data.get("veto") is None else float(data["veto"])
        self.types = _TypeTable(self.weights)

    def scores(self, doc: Doc) -> np.ndarray:
        """Every token's score: the log-odds that it lies in a cue (`sentence_features`' weights summed).

        One dict lookup per token and a few numpy operations over the document (and one per
        quotation): the per-type sums carry the word features, so no string is built per token."""
        n = len(doc.tokens)
        if len(self.types) > _TYPE_LIMIT:  # before the document, never inside it: its rows stay valid
            self.types.clear()
        ids = np.fromiter(map(self.types.__getitem__, doc.tokens), np.intp, n)
        table = self.types.table[ids]  # after the lookups: a new type may have grown the table
        score = table[:, _OWN] + self.bias
        score[1:] += table[:-1, _LEFT1]
        score[:-1] += table[1:, _RIGHT1]
        score[2:] += table[:-2, _LEFT2]
        score[:-2] += table[2:, _RIGHT2]
        if doc.quotes:
            quoted = np.zeros(n, dtype=bool)
            for q0, q1 in doc.quotes:
                quoted[q0:q1] = True
            score[quoted] += self.weights.get("inq", 0.0)
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
        statement"). Numpy finds the tokens above the threshold (a few in a hundred); Python walks
        from each to its run's ends, and sees only those and the lexicon's matches."""
        if not doc.tokens:
            return matches, {}
        score = self.scores(doc)
        lexicon: list[tuple[int, int]] = []  # the lexicon cues' token ranges, overruled or not
        vetoed: set[int] = set()
        for k, m in enumerate(matches):
            if role_of.get(m.signal) in CUE_ROLES:
                lexicon.append((m.first, m.last))
                if m.weight < 1.0 and self.veto is not None and score[m.first : m.last].max() < self.veto:
                    vetoed.add(k)
        if vetoed:
            matches = [m for k, m in enumerate(matches) if k not in vetoed]
        near = self.threshold - self.widen  # widen >= 0: a token above the threshold is near too
        at = score.item
        bounds = doc.sentence_tokens
        firsts = [s0 for s0, _ in bounds]
        out: dict[int, list[tuple[int, int]]] = {}
        end = 0  # where the last run stopped: a token above the threshold before it is in that run
        in_lexicon = {k for first, last in lexicon for k in range(first, last)}
        for seed in np.flatnonzero(score > self.threshold).tolist():
            if seed < end or seed in in_lexicon:
                continue  # in the last run, or in a run that takes in a lexicon cue ("said" itself, mostly)
            sentence = bisect_right(firsts, seed) - 1
            s0, s1 = bounds[sentence]
            a, end = seed, seed + 1
            while a > s0 and at(a - 1) > near:
                a -= 1
            while end < s1 and at(end) > near:
                end += 1
            if any(first < end and a < last for first, last in lexicon):
                continue  # part of a lexicon cue's phrase ("have said"): the rules read it
            out.setdefault(sentence, []).append((a, end))
        return matches, out


@lru_cache(maxsize=1)
def shipped_labeller() -> Labeller | None:
    """The shipped scorer, loaded once per process; None when the model file is absent."""
    model = model_path()
    return Labeller(model) if model is not None else None
