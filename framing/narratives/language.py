"""Which language an article is in: its script first, then a stop-word profile for the script.

Offline and small: Devanagari means Hindi; Cyrillic and Latin texts are told apart by their most
frequent short words (lexicons/language_profiles.toml). None when the text has no letters.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from typing import Any

from ..lexicon.loader import shipped_dir
from .words import ByteWords

PROFILE_FILE = "language_profiles.toml"
UNDETERMINED = "und"  # letters of a known script, but none of its profiles fits (ISO 639-2 code)
MIN_SHARE = 0.05
_words = ByteWords(r"[^\W\d_]")  # runs of letters


@lru_cache(maxsize=1)
def profiles() -> dict[str, dict[str, frozenset[bytes]]]:
    """script -> language -> its stop words (UTF-8, as `_words` finds words)."""
    data = tomllib.loads((shipped_dir() / PROFILE_FILE).read_text(encoding="utf-8"))
    return {
        script: {lang: frozenset(w.encode() for w in words) for lang, words in langs.items()}
        for script, langs in data.items()
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


def detect_language(text: str, sample: int = 800) -> str | None:
    """A language code ("en", "ru", "bg", "uk", "pt", "hi"), "und" for another language, None without letters."""
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
    scores = {lang: sum(map(stops.__contains__, words)) for lang, stops in candidates.items()}  # C-level counts
    best = max(scores, key=lambda lang: scores[lang])
    # the best profile must account for a fair share of the words, or it is another language
    return best if scores[best] >= max(1.0, MIN_SHARE * len(words)) else UNDETERMINED


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
    language the profiles know, or its letters are mostly of a script without a profile. None when it
    reads as `lang`, has no letters, or fits no profile ("und": too little to tell)."""
    found = detect_language(text)
    if found is None or found == UNDETERMINED or found == lang:
        return None
    known = {code for langs in profiles().values() for code in langs}
    what = (
        f"reads as {found}, not {lang}" if found in known else f"is not in {lang} (its letters are of another script)"
    )
    return (
        f"the text {what}: the {lang} {used} little in it, so its scores are not comparable with those of "
        f"{lang} texts ({hint})"
    )
