"""Round t13 (issue 13): certainty's recall on unseen news, the misses of every dev sample and blind set pooled and each
form counted over the dev news. Sincerity avowed where a mark closes it ("I really mean that,"); the speaker's
assurance with an adverb inside ("I can already tell you"); the expected outcome put as no one's surprise ("To the
surprise of literally no one", "No one should be surprised"); the inferential "must have" with a participle of
seeming, feeling or thinking ("must have seemed"); a thing called plainly to be seen ("not hard to see") and the
emphatic yes opening a sentence ("You bet I would"). Knowledge granted before ", but" concedes and is no booster ("I
know it is a long climb, but"). Controls: a meaning glossed ("I really mean that the ..."), a limited assurance ("I can
only tell you"), "must have" of duty, a wager placed, "hard to see how" (a doubt), "I know" asserting with no
concession."""

from __future__ import annotations

import pytest

from framing.quality.datasets import default_data_dir
from framing.quality.signal_judged import JUDGED_DIR, precision, read, rejoin
from signal_cases import needs_dev_news, shipped_analyzer, shipped_spans

matched = shipped_spans  # the words of a signal matched in one sentence


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Only a few pilots, I really mean that, can land on this strip.", ["I really mean that"]),
        ("The ferry will be back by June. I truly mean it.", ["I truly mean it"]),
        ("I can already tell you that the canal budget will run short.", ["I can already tell you"]),
        ("I can honestly tell you the pier was never safe.", ["I can honestly tell you"]),
        ("To the surprise of literally no one, the toll went up again.", ["surprise of literally no one"]),
        ("No one should be surprised by the harbour board's decision.", ["No one should be surprised"]),
        ("The new toll surprised nobody in the valley.", ["surprised nobody"]),
        ("To the mill owners it must have seemed like a safe bet.", ["must have seemed"]),
        ("The mayor must have thought the vote was already won.", ["must have thought"]),
        ("It's not hard to see why the tenants left the tower.", ["not hard to see"]),
        ("Will the ferry run on Sunday? You bet it will.", ["You bet"]),
    ],
)
def test_avowals_assurances_outcomes_and_inferences_boost(sentence: str, words: list[str]) -> None:
    assert matched(sentence, "certainty") == words


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("I know it is a long climb, but the view is worth it.", []),
        ("I know you don't like the new bridge, but it opens on Monday.", []),
        ("I know it is a long climb and the view is worth it.", ["I know it is"]),
        ("I really mean that the bridge should be closed at night.", []),
        ("I can only tell you that the ferry left at nine.", []),
        ("Every pilot must have the courage to turn back.", []),
        ("Applicants must have a licence to fish here.", []),
        ("You bet on the wrong horse at the county fair.", []),
        ("It is hard to see how the canal can be saved.", []),
    ],
)
def test_controls(sentence: str, words: list[str]) -> None:
    assert matched(sentence, "certainty") == words


# every dev news certainty match the round's entries added, and the concessions its "I know ..., but" rule removed
ADDED = JUDGED_DIR / "news_dev_t13_added.csv"
REMOVED = JUDGED_DIR / "news_dev_t13_removed.csv"


def test_the_moved_matches_keep_their_judgements() -> None:
    assert {name: (n, right) for name, n, right, _, _ in precision(read(ADDED))} == {"certainty": (11, 11)}
    assert {name: (n, right) for name, n, right, _, _ in precision(read(REMOVED))} == {"certainty": (4, 0)}


@needs_dev_news
def test_the_added_matches_are_made_and_the_removed_ones_are_not() -> None:
    analyzer = shipped_analyzer()
    assert all(kept for *_, kept in rejoin(read(ADDED), default_data_dir(), analyzer))
    assert not any(kept for *_, kept in rejoin(read(REMOVED), default_data_dir(), analyzer))
