"""Narratives of one article or many: language, labels, probabilities and the sentences behind them.

`NarrativeDetector` loads the shipped narrative model (models/narratives.skops, made by
`make models`) or another one, picks the language (given or detected), and returns for every
predicted narrative the sentences that carry it: those where its cue lexicon matched (a term marked
`alone = false`, a topic word the model counts, only in a sentence with another cue) or, when none did, those the
model weighs most (the sentence's own features against the narrative's weights). Judged by hand out of
fold (round n19), a cue sentence carried its narrative far more often than a sentence the model weighed
most beside it, which was mostly the story's topic or an outlet's boilerplate.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import InputError
from ..lexicon.loader import language_code
from ..text import Doc, normalize
from ..wording import clipped, nearest
from .cues import Cue, CueMatcher
from .language import UNDETERMINED, detect_language, profiles
from .model import CUE_SCALE, EXPECTED_F1, children, decode, narratives_of
from .modelio import load_model
from .rows import (
    joined,
    level_rows,
    many_mean_rows,
    many_rows,
    matrix,
    occurrences,
    paragraph_occurrences,
    proba,
    text_proba,
)
from .taxonomy import OTHER, load_cues, load_taxonomy

MODEL_SENTENCES = 2  # sentences the model weighs most, per narrative no cue matched for
CHUNK = 128  # articles scored together: more, and NumPy's temporaries outgrow the CPU cache (slower)


@dataclass
class NarrativeResult:
    """One article's narratives."""

    id: str
    lang: str
    narratives: list[str]
    subnarratives: list[str]
    proba: dict[str, float]
    evidence: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "lang": self.lang,
            "narratives": self.narratives,
            "subnarratives": self.subnarratives,
            "probabilities": {
                k: v for k, v in self.proba.items() if k in self.narratives or k in self.subnarratives or v >= 0.05
            },
            "evidence": self.evidence,
        }


@dataclass
class Read:
    """One article as `narratives_many` needs it: its language, the columns of its n-grams per feature
    block, its cue features, and, when the language's model has a paragraph view, the columns of each
    paragraph's n-grams per block."""

    lang: str
    found: list[np.ndarray]
    cues: np.ndarray
    paragraphs: list[list[np.ndarray]] = field(default_factory=list)


class NarrativeDetector:
    """The narrative model of every supported language, with the cue lexicons it was trained with."""

    def __init__(self, model_path: Path | None = None, lexicon_dirs: list[Path] | None = None) -> None:
        self.models, self.meta = load_model(model_path)
        self.taxonomy = load_taxonomy()
        self._lexicon_dirs = lexicon_dirs
        self._matchers: dict[str, CueMatcher | None] = {}
        self._kids: dict[str, dict[str, list[int]]] = {}

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self.models)

    def matcher(self, lang: str) -> CueMatcher | None:
        if lang not in self._matchers:
            specs = load_cues(lang, self._lexicon_dirs)
            self._matchers[lang] = CueMatcher(specs, lang) if specs else None
        return self._matchers[lang]

    def language(self, text: str, lang: str | None, where: str) -> str:
        """The language to use: `lang` when given (checked, in any case), else detected; an `InputError`
        otherwise."""
        if lang is not None:
            lang = language_code(lang)
            if lang in self.models:
                return lang
            if any(lang in langs for langs in profiles().values()):  # told apart by detection: known, no model
                raise InputError(
                    f"--lang {lang!r}: a known language, but the narrative model has none for it (it has "
                    f"{', '.join(self.languages)}); only a --narrative-model FILE with a {lang!r} model can label it"
                )
            raise InputError(
                f"unknown --lang {clipped(lang, escaped=True)}: narratives are supported in {', '.join(self.languages)}"
                + nearest(lang, self.languages)
            )
        found = detect_language(text, lean_to=self.models)
        if found is None:
            raise InputError(f"{where}: cannot tell the language (no words); give --lang")
        if found == UNDETERMINED:  # an English headline of three words is "und" too: no claim it is foreign
            raise InputError(
                f"{where}: no language with a narrative model recognised (too few words, mixed, or another "
                f"language; supported: {', '.join(self.languages)}); give --lang if it is one of them"
            )
        if found not in self.models:
            raise InputError(
                f"{where}: written in {found!r}, a language without a narrative model "
                f"(supported: {', '.join(self.languages)})"
            )
        return found

    def _text_and_language(self, text: str, id: str, lang: str | None) -> tuple[str, str]:
        text = normalize(text)
        if not text.strip():
            raise InputError(f"{id or 'input'}: empty article")
        return text, self.language(text, lang, id or "input")

    def detect(self, text: str, id: str = "", lang: str | None = None, evidence: bool = True) -> NarrativeResult:
        """The narratives of one article (text with its headline as first line)."""
        text, lang = self._text_and_language(text, id, lang)
        model, matcher = self.models[lang], self.matcher(lang)
        # the cue lexicons are matched only when the model weighs them or evidence is asked for
        doc, cues = matcher.find_text(text) if matcher and (evidence or model["cue_ids"]) else (None, [])
        pc, pf = text_proba(model, text, self._cue_row(model, matcher, cues))
        result = self._result(id, lang, pc, pf)
        if evidence and result.narratives != [OTHER]:
            result.evidence = self._evidence(model, matcher, doc, cues, text, result)
        return result

    def read(self, text: str, id: str = "", lang: str | None = None) -> Read:
        """What `narratives_many` needs of one article: the part of detection that reads its text."""
        text, lang = self._text_and_language(text, id, lang)
        model, matcher = self.models[lang], self.matcher(lang)
        cues = matcher.find_text(text)[1] if matcher and model["cue_ids"] else []
        if not model.get("paragraph_weight"):
            return Read(lang, occurrences(model["features"], text), self._cue_row(model, matcher, cues))
        parts = paragraph_occurrences(model["features"], text)
        return Read(lang, [joined(p) for p in parts], self._cue_row(model, matcher, cues), parts)

    def narratives_many(self, read: list[Read]) -> Iterator[tuple[str, list[int], np.ndarray, list[list[str]]]]:
        """The narratives of many `read` articles, what a corpus table needs: per language, `CHUNK`
        articles at a time, the language, their positions in `read`, the probabilities of the language
        model's `coarse_labels` (a row each, one sparse product for the lot) and their narratives
        (`[Other]` for none), as `detect` gives them. Subnarrative probabilities only where the decoder
        weighs them in choosing narratives (expected F1): the table has no columns for them, and their
        weight matrix is three times the narratives'."""
        for lang in dict.fromkeys(r.lang for r in read):
            model = self.models[lang]
            labels, th = model["coarse_labels"], model["thresholds"]
            mine = [k for k, r in enumerate(read) if r.lang == lang]
            for start in range(0, len(mine), CHUNK):
                part = mine[start : start + CHUNK]
                cues = np.vstack([read[k].cues for k in part])
                X = many_rows(model["features"], [read[k].found for k in part], cues)
                P = None
                if model.get("paragraph_weight"):
                    P = many_mean_rows(model["features"], [read[k].paragraphs for k in part], cues.shape[1])
                pc = proba(level_rows(model, "coarse", X, P), model["Wc"], model["bc"])
                if th.get("decoder") == EXPECTED_F1:
                    pf = proba(level_rows(model, "fine", X, P), model["Wf"], model["bf"])
                    found = [self._result("", lang, p, q, with_proba=False).narratives for p, q in zip(pc, pf)]
                else:
                    found = [narratives_of(p, labels, self.taxonomy, th) or [OTHER] for p in pc]
                yield lang, part, pc, found

    def _result(self, id: str, lang: str, pc: np.ndarray, pf: np.ndarray, with_proba: bool = True) -> NarrativeResult:
        model = self.models[lang]
        decision = decode(
            pc,
            pf,
            model["coarse_labels"],
            model["fine_labels"],
            self.taxonomy,
            model["thresholds"],
            with_proba=with_proba,
            kids=self._children(lang),
        )
        return NarrativeResult(id, lang, decision.coarse, decision.fine, decision.proba)

    def _children(self, lang: str) -> dict[str, list[int]]:
        if lang not in self._kids:
            model = self.models[lang]
            self._kids[lang] = children(self.taxonomy, model["coarse_labels"], model["fine_labels"])
        return self._kids[lang]

    def _cue_row(self, model: dict[str, Any], matcher: CueMatcher | None, cues: list[Cue]) -> np.ndarray:
        """Cue features in the order the model was trained with (a cue file missing now counts 0)."""
        if not model["cue_ids"]:
            return np.zeros((1, 0))
        counts = dict(zip(matcher.ids, matcher.counts(cues))) if matcher else {}
        return np.log1p(np.array([[counts.get(i, 0.0) for i in model["cue_ids"]]])) * CUE_SCALE

    def _evidence(
        self,
        model: dict[str, Any],
        matcher: CueMatcher | None,
        doc: Doc | None,
        cues: list[Cue],
        text: str,
        result: NarrativeResult,
    ) -> dict[str, list[dict[str, Any]]]:
        """Per predicted narrative: its cue sentences (marked with their model weight when among the ones the
        model weighs most); without any, the sentences the model weighs most."""
        from ..text import tokenize

        doc = doc or tokenize(text)
        label_of = {sid: spec.label for sid, spec in (matcher.specs.items() if matcher else ())}
        sentences = [doc.sentence_text(k) for k in range(doc.n_sentences)]
        spans = doc.sentences
        X = matrix(model["features"], sentences, np.zeros((len(sentences), len(model["cue_ids"]))))
        out: dict[str, list[dict[str, Any]]] = {}
        for narrative in result.narratives:
            mine = [cue for cue in cues if label_of.get(cue.narrative, "").startswith(narrative)]
            shown = {cue.sentence for cue in mine if cue.alone}  # a cue marked `alone = false` needs another
            rows: dict[int, dict[str, Any]] = {}
            for cue in mine:
                if cue.sentence in shown:
                    row = rows.setdefault(cue.sentence, _row(cue.sentence, sentences, spans, "lexicon"))
                    start, end = doc.span(cue.first, cue.last)
                    row["cues"].append({"text": text[start:end], "entry": cue.text, "start": start, "end": end})
            if narrative in model["coarse_labels"]:
                weights = X @ model["Wc"][model["coarse_labels"].index(narrative)]
                fallback = not rows  # a sentence weighed alone joins only a narrative no cue matched for
                for k in np.argsort(-weights)[:MODEL_SENTENCES]:
                    if weights[k] > 0 and (fallback or int(k) in rows):
                        row = rows.setdefault(int(k), _row(int(k), sentences, spans, "model"))
                        row["model_weight"] = round(float(weights[k]), 4)
            out[narrative] = [rows[k] for k in sorted(rows)]
        return out


def _row(k: int, sentences: list[str], spans: list[tuple[int, int]], why: str) -> dict[str, Any]:
    return {"sentence": k, "text": sentences[k], "start": spans[k][0], "end": spans[k][1], "why": why, "cues": []}
