"""Round q19 (issue 13): doubt by its definition on news: a smear named, a story made up or hushed up, a facade and
truth masked, the scare-quoted role or explanation in single marks, and a scare-quoted "misinformation"; paint
smeared, a debt made good and a quoted title stay unmatched."""

from __future__ import annotations

import pytest

from framing.quality.datasets import default_data_dir
from framing.quality.signal_judged import JUDGED_DIR, precision, read, rejoin
from signal_cases import needs_dev_news, shipped_analyzer, shipped_spans

matched = shipped_spans  # the words of a signal matched in one sentence


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The harbour board ran a smear against the ferry captain for weeks.", ["smear"]),
        ("Her rivals smeared the mayor as a thief before the vote.", ["smeared"]),
        ("The pamphlet kept smearing the union's treasurer.", ["smearing"]),
        ("He says the landlord simply made the story up.", ["made the story up"]),
        ("The council hushed up the audit of the bridge fund.", ["hushed up"]),
        ("The charity was a facade for the smuggling ring.", ["facade"]),
        ("Officials used vague wording to mask the soldiers' real mission.", ["to mask the"]),
        ("Meanwhile the ‘experts’ at the institute keep changing their story.", ["‘experts’"]),
        ("The ministry’s ‘explanation’ of the blackout convinced nobody.", ["‘explanation’"]),
        ("Voters were flooded with 'misinformation' about the vote count.", ["'misinformation'"]),
    ],
)
def test_deceit_smears_and_scare_quotes_are_doubt(sentence: str, words: list[str]) -> None:
    assert matched(sentence, "doubt") == words


@pytest.mark.parametrize(
    "sentence",
    [
        "Vandals smeared paint on the statue in the square.",
        "The nurse took a smear test at the clinic on Friday.",
        "He made it up to his sister with a long dinner.",
        "Her last song, ‘Harbour Lights’, opens the album.",
        "The ‘experts’ must decide soon, the minister said.",
        "The council’s explanation of the closure was brief.",
    ],
)
def test_paint_a_test_a_debt_and_plain_words_stay_unmatched(sentence: str) -> None:
    assert matched(sentence, "doubt") == []


# every dev news doubt match the round's entries added, judged (none removed)
ADDED = JUDGED_DIR / "news_dev_q19_added.csv"


def test_the_added_matches_keep_their_judgements() -> None:
    assert {name: (n, right) for name, n, right, _, _ in precision(read(ADDED))} == {"doubt": (44, 42)}


@needs_dev_news
def test_the_added_matches_are_found() -> None:
    assert all(kept for *_, kept in rejoin(read(ADDED), default_data_dir(), shipped_analyzer()))
