"""A group whose matches of a signal sit in one passage its articles repeat (an editor's note) is named in
a caveat with the passage and the share of the matches it holds (u22)."""

from __future__ import annotations

import pandas as pd

from framing.report import Options, build_report

NOTE = "Editor's note: the governor is a reckless, shameless and corrupt liar who wrecked the state budget."


def corpus(note_in: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Two outlets of 20 articles; every article has one loaded word of its own, and `note_in` of Herald's
    articles also carry NOTE with its four loaded words (reckless, shameless, corrupt, liar)."""
    scores, evidence = [], []
    for outlet in ("Herald", "Courier"):
        for k in range(20):
            aid = f"{outlet}{k}"
            own = f"The {k}th council vote was a fiasco for the mayor."
            rows = [(1, own, "fiasco", own.index("fiasco"))]
            if outlet == "Herald" and k < note_in:
                rows += [(0, NOTE, w, NOTE.index(w)) for w in ("reckless", "shameless", "corrupt", "liar")]
            for sentence, text, word, start in rows:
                evidence.append(
                    {
                        "id": aid,
                        "part": "body",
                        "signal": "loaded_language",
                        "entry": word,
                        "sentence": sentence,
                        "start": start,
                        "end": start + len(word),
                        "text": word,
                        "sentence_text": text,
                        "voice": "author",
                    }
                )
            rate = 2.0 * len(rows)
            scores.append(
                {
                    "id": aid,
                    "outlet": outlet,
                    "n_words": 500,
                    "loaded_language_count": len(rows),
                    "loaded_language_per_1k": rate,
                    "loaded_language_author_per_1k": rate,
                }
            )
    return pd.DataFrame(scores), pd.DataFrame(evidence)


def test_a_repeated_editors_note_that_holds_a_groups_matches_is_a_caveat() -> None:
    # the opening is its first 8 words; Herald: 20 own matches and 4 x 6 = 24 in the note, 24 of 44 (55%), in 6 of its 20 articles (30%)
    scores, evidence = corpus(note_in=6)
    report = build_report(scores, Options(n_boot=200), evidence=evidence)
    passages = [c["message"] for c in report.caveats if c["kind"] == "repeated_passage"]
    assert passages == [
        "Loaded language (own voice): 24 of the 44 matches in “Herald” (55%) are in sentences opening “Editor's "
        "note: the governor is a reckless, shameless …”, repeated in 6 of its 20 articles: a standing passage "
        "rather than each article's writing, and the group's mean rests on it."
    ]


def test_a_passage_in_too_few_articles_is_no_caveat() -> None:
    # in 4 articles: under the 5 a boilerplate line needs, however many matches it holds
    scores, evidence = corpus(note_in=4)
    report = build_report(scores, Options(n_boot=200), evidence=evidence)
    assert not [c for c in report.caveats if c["kind"] == "repeated_passage"]
