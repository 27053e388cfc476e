"""Attribution spans from a trained sequence labeller: cue, source and content, tagged token by token.

A linear-chain CRF (python-crfsuite) trained on PolNeAR's dev fold (`framing.quality.attribution_train`,
`make models`) gives tokens a BIO tag of `Cue`, `Source` or `Content`. Only stretches around a
*trigger* are tagged: a word annotated as a cue often enough in the training data (the list is
stored next to the model, in attribution.json) that no lexicon cue already covers. With `window`
= 0 the trigger's whole sentence is tagged; with `window` = w, the w tokens either side of it
(what the shipped model does: the rules read lexicon cues well, and tagging only the words they
miss keeps scoring fast). Everything else costs nothing.

The features are the token's lower-cased form, suffixes and shape, its neighbours', whether it lies
inside quotation marks, where it stands in the sentence, and which sourcing lexicon matched it (cue,
anonymous, vague, state media) and where the sentence's cue matches lie: editing those lexicons
changes what the labeller finds. Kinds are not the labeller's: they come from the source phrase by
the rules of `source_kinds` (docs/source-kinds.md).

The model file is CRFsuite's own binary format: loading it reads weights, it executes no code.
"""

from __future__ import annotations

import json
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from .match import Match
from .text import Doc

MODEL_NAME = "attribution.crfsuite"
SETTINGS_NAME = "attribution.json"  # triggers and window: plain data
ROLES = ("Cue", "Source", "Content")
_QUOTE_MARKS = frozenset("“”‘’\"'«»„")
_FEATURE_CACHE_LIMIT = 200_000


class SentenceSpans(NamedTuple):
    """One sentence's labelled spans as token ranges [first, last), in text order."""

    cues: list[tuple[int, int]]
    sources: list[tuple[int, int]]
    contents: list[tuple[int, int]]


def model_path(name: str = MODEL_NAME) -> Path | None:
    """The shipped model file: inside an installed package (`_models`) or the checkout's models/."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "_models" / name, here.parent / "models" / name):
        if candidate.is_file():
            return candidate
    return None


def _shape(token: str) -> str:
    """Word shape with runs collapsed: "Trump" -> "Xx", "U.S." -> "X.X.", "2016" -> "d"."""
    out: list[str] = []
    for ch in token:
        c = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


class _TypeFeatures(dict):
    """Token as written -> its features as itself and as each neighbour: built once per token type."""

    def __missing__(self, token: str) -> tuple[list[str], list[str], list[str], list[str], list[str]]:
        word = token.lower().replace("’", "'")
        shape = _shape(token)
        own = [f"w={word}", f"s3={word[-3:]}", f"s2={word[-2:]}", f"sh={shape}"]
        if token in _QUOTE_MARKS:
            own.append("quote")
        value = (
            own,
            [f"-1w={word}", f"-1sh={shape}"],
            [f"+1w={word}", f"+1sh={shape}"],
            [f"-2w={word}"],
            [f"+2w={word}"],
        )
        if len(self) > _FEATURE_CACHE_LIMIT:
            self.clear()
        self[token] = value
        return value


_type_features = _TypeFeatures()


def sentence_features(
    doc: Doc, s0: int, s1: int, roles: dict[int, str], cues: list[int], a: int | None = None, b: int | None = None
) -> list[list[str]]:
    """The feature strings of each token of [a, b) (default: all) of sentence [s0, s1).

    `roles` maps a token index to the sourcing role of the lexicon match covering it ("cue",
    "anonymous", "vague", "state_media"), with ":B" on a match's first token; `cues` lists the
    tokens of lexicon cues in order (`cue_tokens`). Only the stretch and two tokens either side
    are looked at: a long sentence costs no more than a short one.
    """
    a = s0 if a is None else a
    b = s1 if b is None else b
    lo = max(s0, a - 2)
    types = [_type_features[t] for t in doc.tokens[lo : min(s1, b + 2)]]
    sentence_cues = cues[bisect_left(cues, s0) : bisect_left(cues, s1)]
    quotes = doc.quotes[max(bisect_left(doc.quotes, (a,)) - 1, 0) : bisect_left(doc.quotes, (b,))]
    out = []
    for k in range(a, b):
        t = k - lo
        feats = list(types[t][0])
        if k > s0:
            feats += types[t - 1][1]
            if k > s0 + 1:
                feats += types[t - 2][3]
        else:
            feats.append("BOS")
        if k + 1 < s1:
            feats += types[t + 1][2]
            if k + 2 < s1:
                feats += types[t + 2][4]
        else:
            feats.append("EOS")
        if k - s0 < 3:
            feats.append(f"at={k - s0}")
        elif s1 - k <= 2:
            feats.append("at=end")
        if quotes and any(q0 <= k < q1 for q0, q1 in quotes):
            feats.append("inq")
        role = roles.get(k)
        if role is not None:
            feats.append(f"L={role}")
        if k > s0 and k - 1 in roles:
            feats.append(f"-1L={roles[k - 1]}")
        if k + 1 < s1 and k + 1 in roles:
            feats.append(f"+1L={roles[k + 1]}")
        if sentence_cues:
            before = bisect_right(sentence_cues, k - 1)  # cue tokens before this token
            if before:
                feats.append("cue<")
                if k - sentence_cues[before - 1] <= 3:
                    feats.append("cue<3")
            if sentence_cues[-1] > k:
                feats.append("cue>")
                if sentence_cues[bisect_right(sentence_cues, k)] - k <= 3:
                    feats.append("cue>3")
        out.append(feats)
    return out


def cue_tokens(roles: dict[int, str]) -> list[int]:
    """The tokens of lexicon cue matches, in order (from `lexicon_roles`)."""
    return sorted(k for k, role in roles.items() if role.startswith("cue"))


def lexicon_roles(matches: Iterable[Match], role_of: dict[str, str]) -> dict[int, str]:
    """Token index -> sourcing role of the lexicon match covering it (`role_of`: signal -> role)."""
    roles: dict[int, str] = {}
    for m in matches:
        role = role_of.get(m.signal)
        if role is None:
            continue
        if role == "loaded_cue":  # a cue all the same: the labeller reads where attribution is, not its tone
            role = "cue"
        roles[m.first] = f"{role}:B"
        for k in range(m.first + 1, m.last):
            roles.setdefault(k, role)
    return roles


def decode(tags: list[str], offset: int) -> SentenceSpans:
    """BIO tags of one sentence -> its spans (token ranges shifted by `offset`)."""
    spans: dict[str, list[tuple[int, int]]] = {role: [] for role in ROLES}
    start, current = 0, None
    for k, tag in enumerate([*tags, "O"]):
        role = tag[2:] if tag != "O" else None
        if current is not None and (role != current or tag[0] == "B"):
            spans[current].append((offset + start, offset + k))
            current = None
        if role is not None and current is None:
            start, current = k, role
    return SentenceSpans(spans["Cue"], spans["Source"], spans["Content"])


def trigger_forms(triggers: Iterable[str]) -> frozenset[str]:
    """The triggers as they may be written (lower case, capitalised, upper case): a document's tokens
    are checked against them in one C-level pass, without lower-casing every token."""
    return frozenset(f for word in triggers for f in (word, word.capitalize(), word.upper()))


def stretches(doc: Doc, roles: dict[int, str], at: list[int], window: int) -> list[tuple[int, int, int, int]]:
    """What to tag: (sentence, s0, a, b) for each stretch [a, b) of sentence [s0, s1) around the
    trigger tokens `at` that no lexicon cue covers (the whole sentence when `window` is 0), overlaps
    merged."""
    bounds = doc.sentence_tokens
    out: list[tuple[int, int, int, int]] = []
    sentence = 0
    for k in at:
        if roles.get(k, "").startswith("cue"):
            continue
        sentence = bisect_right(bounds, (k, len(doc.tokens)), sentence) - 1
        s0, s1 = bounds[sentence]
        a, b = (s0, s1) if window == 0 else (max(s0, k - window), min(s1, k + window + 1))
        if out and out[-1][0] == sentence and a <= out[-1][3]:
            out[-1] = (sentence, s0, out[-1][2], max(b, out[-1][3]))
        else:
            out.append((sentence, s0, a, b))
    return out


def trigger_tokens(doc: Doc, forms: frozenset[str]) -> list[int]:
    """The tokens of `doc` written as one of `forms` (`trigger_forms`), in order."""
    tokens = doc.tokens
    if forms.isdisjoint(tokens):
        return []
    return [k for k, t in enumerate(tokens) if t in forms]


class Labeller:
    """The shipped CRF with its triggers and window, ready to tag many documents."""

    def __init__(self, model: Path, settings: Path):
        import pycrfsuite  # imported here: rule-based sourcing never loads it

        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(model))
        self._items = pycrfsuite.ItemSequence
        data = json.loads(settings.read_text(encoding="utf-8"))
        self.triggers = frozenset(data["triggers"])
        self.forms = trigger_forms(self.triggers)
        self.window = int(data["window"])

    def label(self, doc: Doc, matches: Iterable[Match], role_of: dict[str, str]) -> dict[int, SentenceSpans]:
        """Sentence index -> the spans labelled in it, for the sentences with a stretch worth tagging."""
        at = trigger_tokens(doc, self.forms)
        if not at:
            return {}
        roles = lexicon_roles(matches, role_of)
        cues = cue_tokens(roles)
        out: dict[int, SentenceSpans] = {}
        tag, bounds = self.tagger.tag, doc.sentence_tokens
        for sentence, s0, a, b in stretches(doc, roles, at, self.window):
            spans = decode(tag(self._items(sentence_features(doc, s0, bounds[sentence][1], roles, cues, a, b))), a)
            if not (spans.cues or spans.sources or spans.contents):
                continue
            if sentence in out:
                spans = SentenceSpans(*(x + y for x, y in zip(out[sentence], spans)))
            out[sentence] = spans
        return out


@lru_cache(maxsize=1)
def shipped_labeller() -> Labeller | None:
    """The shipped labeller, loaded once per process; None when the model file is absent."""
    model, settings = model_path(), model_path(SETTINGS_NAME)
    if model is None or settings is None:
        return None
    return Labeller(model, settings)
