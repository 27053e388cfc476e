"""Which language an article is in: its script first, then a stop-word profile for the script.

Offline and small: Devanagari means Hindi; Cyrillic and Latin texts are told apart by their most
frequent short words and the letters one language alone writes (lexicons/language_profiles.toml), and
only when there are enough of them: a short text or a close call is "und". None without letters.
"""

from __future__ import annotations

import tomllib
from collections.abc import Collection
from functools import lru_cache
from typing import Any

from ..lexicon.loader import shipped_dir
from .words import ByteWords

PROFILE_FILE = "language_profiles.toml"
UNDETERMINED = "und"  # a known script, but no profile fits or too few words tell (ISO 639-2 code)
MIN_SHARE = 0.05
# Enough to tell one language from the others of its script: this many profile words and marker letters
# at least, and `MARGIN` times the next language's (one "de" in an English headline, or a tie, tells nothing).
MIN_EVIDENCE = 3
MARGIN = 2.0
LETTERS = "letters"  # the profile file's table of marker letters
SAMPLE = 800  # characters read from a text's start
_words = ByteWords(r"[^\W\d_]")  # runs of letters


@lru_cache(maxsize=1)
def _profile_data() -> dict[str, Any]:
    """The profile file as read: the stop words per script and the `LETTERS` table, parsed once."""
    return tomllib.loads((shipped_dir() / PROFILE_FILE).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def profiles() -> dict[str, dict[str, frozenset[bytes]]]:
    """script -> language -> its stop words (UTF-8, as `_words` finds words)."""
    return {
        script: {lang: frozenset(w.encode() for w in words) for lang, words in langs.items()}
        for script, langs in _profile_data().items()
        if script != LETTERS
    }


@lru_cache(maxsize=1)
def marker_letters() -> dict[str, dict[str, tuple[str, ...]]]:
    """script -> language -> the letters (or pairs) it writes and the script's other profiles do not."""
    return {
        script: {lang: tuple(marks) for lang, marks in langs.items()}
        for script, langs in _profile_data().get(LETTERS, {}).items()
    }


def _keep(*ranges: tuple[int, int]) -> bytes:
    """A `bytes.translate` delete table that keeps only the bytes in `ranges` (inclusive)."""
    kept = {b for lo, hi in ranges for b in range(lo, hi + 1)}
    return bytes(b for b in range(256) if b not in kept)


# Letters per script, counted on the UTF-8 bytes, one C-level pass each (a loop over the characters in
# Python cost more than the rest of narrative detection): ASCII letters and the lead bytes of U+00C0-U+027F
# (Latin), of U+0400-U+04FF (Cyrillic), the two-byte prefixes of U+0900-U+097F (Devanagari); "other" is any
# other lead byte but those of U+0080-U+00BF and U+2000-U+2FFF (symbols and punctuation: quotes, dashes).
_LATIN = _keep((0x41, 0x5A), (0x61, 0x7A), (0xC3, 0xC9))
_CYRILLIC = _keep((0xD0, 0xD3))
_OTHER = _keep((0xCA, 0xCF), (0xD4, 0xE1), (0xE3, 0xF4))


_SCRIPTS = ("latin", "cyrillic", "devanagari", "other")


def _script(text: str) -> str | None:
    """The script of most of `text`'s letters (the first of `_SCRIPTS` on a tie), None without letters."""
    data = text.encode("utf-8", "ignore")
    devanagari = data.count(b"\xe0\xa4") + data.count(b"\xe0\xa5")
    counts = (
        len(data.translate(None, _LATIN)),
        len(data.translate(None, _CYRILLIC)),
        devanagari,
        len(data.translate(None, _OTHER)) - devanagari,
    )
    most = max(counts)
    return _SCRIPTS[counts.index(most)] if most > 0 else None


def detect_language(text: str, sample: int = SAMPLE, lean_to: Collection[str] = ()) -> str | None:
    """A language code ("en", "ru", "bg", "uk", "pt", "hi"), "und" for another language or a text too short
    or too close to tell, None without letters. A text that cannot be told is still given the language it
    leads with if that is one of `lean_to`: narratives lean to a language they have a model for rather than
    refuse a one-line article; a check that flags a text as foreign never leans."""
    head = text[:sample]
    script = _script(head)
    if script is None:
        return None
    candidates = profiles().get(script)
    if not candidates:
        return script  # a script without a profile: reported as such, never supported
    if len(candidates) == 1:
        return next(iter(candidates))  # Devanagari: Hindi (its words split at vowel signs for `\w`)
    words = _words(head)[0]
    letters = marker_letters().get(script, {})
    lower = head.lower() if letters else head
    scores = {
        lang: sum(map(stops.__contains__, words)) + sum(map(lower.count, letters.get(lang, ())))  # C-level counts
        for lang, stops in candidates.items()
    }
    (lang, best), (_, runner_up) = sorted(scores.items(), key=lambda item: item[1], reverse=True)[:2]
    # a fair share of the words (or another language), ahead of the next (a tie tells nothing)
    if best < max(1.0, MIN_SHARE * len(words)) or best == runner_up:
        return UNDETERMINED
    return lang if best >= max(MIN_EVIDENCE, MARGIN * runner_up) or lang in lean_to else UNDETERMINED


# A text with this many lexicon matches per 1,000 words or more is not checked: of 213 RU, BG, PT and HI
# SemEval-2025 documents scored with the English lexicons 1 reaches it, of 500 English ones 471 (the check
# costs about 3% of scoring an article, so `score` checks the few with less).
FOREIGN_RATE = 25.0


def scored_in_another_language(text: str, result: Any, lang: str) -> str | None:
    """`language_mismatch` for a text scored with `lang`'s lexicons, checked only when its `ArticleResult`
    has fewer than `FOREIGN_RATE` matches per 1,000 words (one article and a corpus run alike)."""
    rate = result.signals.total() * 1000 / max(result.n_words, 1)
    return language_mismatch(text, lang) if rate < FOREIGN_RATE else None


def is_language_flag(reason: str) -> bool:
    """Whether a flag's reason (or its kind, `reason_kind`) is one `language_mismatch` gave."""
    return reason.startswith(("the text reads as ", "the text is not in "))


def language_mismatch(
    text: str,
    lang: str,
    used: str = "lexicons find",
    hint: str = "score it with --lang and -L, a lexicon folder for its language",
) -> str | None:
    """Why `text` should not be read with the lexicons (or model: `used`) of `lang`: it reads as another
    language the profiles know, or its letters are mostly of another script than `lang`'s. None when it
    reads as `lang`, has no letters, or cannot be told ("und": too short, a close call, or no profile fits)
    in `lang`'s script: it is then taken to be `lang`, as one "de" does not make an English headline
    Portuguese."""
    found = detect_language(text)
    if found is None or found == lang:
        return None
    known = {code for langs in profiles().values() for code in langs}
    if found == UNDETERMINED:
        # "und" in another script than `lang`'s (a short Russian line in an English corpus) is not `lang`
        if lang not in known or lang in profiles().get(_script(text[:SAMPLE]) or "", {}):
            return None
    what = (
        f"reads as {found}, not {lang}" if found in known else f"is not in {lang} (its letters are of another script)"
    )
    return (
        f"the text {what}: the {lang} {used} little in it, so its scores are not comparable with those of "
        f"{lang} texts ({hint})"
    )
