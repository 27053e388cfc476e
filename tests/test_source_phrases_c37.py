"""Source phrases that name nobody (c37, issue 12): a source read back that holds no word able to head a phrase
("Not to say" read "Not"; "the chants to …" read "the"; "Earlier …, Ruiz … and pledged" now reads Ruiz, c39),
or a predicate read back as a subject ("the bridge would double the traffic projected" read "would double the
traffic"). The cue stays, credited to nobody (vague), as a report with no source is. Guards: a capital right before
the cue may be a name, and a question's auxiliary comes before its subject."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # words that head nothing
        ("Not to say the ferry fares were fair.", "say"),  # "Not to mention" is no cue since k62
        ("In the end, the chants to close the depot drowned out the speakers.", "chants"),
        ("Instead of praising the plan, the council voted it down.", "praising"),
        # a predicate read back
        ("The bridge, which was finished in May, would double the traffic projected for the town.", "projected"),
        ("The ferry service, which costs more than the bus, is nonetheless considered a safe choice.", "considered"),
    ],
)
def test_a_source_that_names_nobody_is_dropped(sourcing_analyzer: Analyzer, text: str, cue: str) -> None:
    assert ("vague", cue, "") in attributions(sourcing_analyzer, text)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("Have they promised to keep the ferry running?", "promised", "they"),
        ("From said the ferry would be late.", "said", "From"),
    ],
)
def test_a_question_subject_and_a_name_before_the_cue_stay(
    sourcing_analyzer: Analyzer, text: str, cue: str, source: str
) -> None:
    assert [(c, s) for _, c, s in attributions(sourcing_analyzer, text) if c == cue] == [(cue, source)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Ruiz said on Monday she, too, wants a review of the deal.", "she"),
        ("Lo said the council, too, wants a review of the deal.", "the council"),
    ],
)
def test_an_adverb_set_off_by_commas_gives_way_to_the_subject_before_it(
    sourcing_analyzer: Analyzer, text: str, source: str
) -> None:
    assert [s for _, c, s in attributions(sourcing_analyzer, text) if c == "wants"] == [source]
