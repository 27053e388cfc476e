"""Which language an article is in: its script first, then a stop-word profile for the script.

Offline and small: Devanagari means Hindi; Cyrillic and Latin texts are told apart by their most
frequent short words (lexicons/language_profiles.toml). None when the text has no letters.
"""
from __future__ import annotations

import re
import tomllib
from collections import Counter
from functools import lru_cache

from ..lexicon.loader import shipped_dir

PROFILE_FILE = "language_profiles.toml"
UNDETERMINED = "und"   # letters of a known script, but none of its profiles fits (ISO 639-2 code)
MIN_SHARE = 0.05
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def profiles() -> dict[str, dict[str, frozenset[str]]]:
    """script -> language -> its stop words."""
    data = tomllib.loads((shipped_dir() / PROFILE_FILE).read_text(encoding="utf-8"))
    return {script: {lang: frozenset(words) for lang, words in langs.items()} for script, langs in data.items()}


_SCRIPTS = {"devanagari": re.compile(r"[\u0900-\u097F]+"), "cyrillic": re.compile(r"[\u0400-\u04FF]+"),
            "latin": re.compile(r"[A-Za-z\u00C0-\u024F]+")}
_LETTER = re.compile(r"[^\W\d_]+")


def _scripts(text: str) -> Counter:
    """Letters per script, counted as the characters a regular expression removes (a loop over the
    characters in Python cost more than the rest of narrative detection); others count as "other"."""
    counts = Counter({script: len(text) - len(pattern.sub("", text)) for script, pattern in _SCRIPTS.items()})
    counts["other"] = len(text) - len(_LETTER.sub("", text)) - sum(counts.values())
    return +counts


def detect_language(text: str, sample: int = 1500) -> str | None:
    """A language code ("en", "ru", "bg", "uk", "pt", "hi"), "und" for another language, None without letters."""
    head = text[:sample]
    scripts = _scripts(head)
    if not scripts:
        return None
    script = scripts.most_common(1)[0][0]
    candidates = profiles().get(script)
    if not candidates:
        return script   # a script without a profile: reported as such, never supported
    words = Counter(_WORD.findall(head.lower()))
    scores = {lang: sum(words[w] for w in stops) for lang, stops in candidates.items()}
    best = max(scores, key=scores.get)
    # the best profile must account for a fair share of the words, or it is another language
    return best if scores[best] >= max(1.0, MIN_SHARE * sum(words.values())) else UNDETERMINED
