"""Round q6 (issue 13): two classes PTC marks as Doubt that the signal missed, a report called invented ("a hack
job", "pure fiction", "concocted") and a promise or plan called one that cannot come true ("pie in the sky", "will
never happen"); and two senses that must not count: a doubt label denied ("it is not a hoax") and propaganda named
as a group's material beside its arms or recruiting."""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.quality.signal_judged import JUDGED_DIR, precision, read, rejoin
from signal_cases import shipped_analyzer, shipped_spans

ADDED = JUDGED_DIR / "news_dev_q6_added.csv"  # every dev news match the round's new entries added

# each invented sentence with the doubt spans it must give: [] where a denied label or a group's material stands
CASES = {
    "The magazine's profile of the mayor was a hack job.": ["hack job"],
    "Put plainly, the whole memo is pure fiction.": ["pure fiction"],
    "She called the witness account a made-up story.": ["made-up story"],
    "Aides said the figures were concocted by the campaign.": ["concocted"],
    "His offer of free rail travel is pie in the sky.": ["pie in the sky"],
    "Most of the pledges in the manifesto could never be implemented.": ["never be implemented"],
    "A tax cut that size will never happen.": ["will never happen"],
    "Farmers have heard one empty promise after another.": ["empty promise"],
    "The leaflets were propaganda, pure and simple.": ["propaganda"],
    "The governor insisted the outbreak is not a hoax.": [],
    "It isn't a hoax, the scientist said.": [],
    "This is no conspiracy theory, the senator told reporters.": [],
    "The cartel spent its money financing arms and propaganda abroad.": [],
    "Police found a propaganda, recruitment video on the suspect's laptop.": [],
    "The poster told viewers not to believe the propaganda on television.": ["propaganda"],
}


@pytest.mark.parametrize("sentence", list(CASES))
def test_invented_reports_and_empty_promises_count_and_denied_labels_do_not(sentence: str) -> None:
    assert shipped_spans(sentence, "doubt") == CASES[sentence]


def test_the_added_matches_keep_their_judgements() -> None:
    assert {name: (n, right) for name, n, right, _, _ in precision(read(ADDED))} == {"doubt": (16, 14)}


def test_the_added_entries_match_where_judged(shared_data: Path) -> None:
    assert all(kept for *_, kept in rejoin(read(ADDED), shared_data, shipped_analyzer()))
