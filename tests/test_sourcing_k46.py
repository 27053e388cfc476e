"""Source phrases that swallowed or missed words (k46, rounds u33 and k44's leftovers): an "-ly" noun before the cue
is no adverb ("Those who know the family say" read "Those who know the"); an object pronoun before a verb is no
possessive before an adjective ("Those who backed her warned" lost its cue); papers filed in a case allege; "yet"
after "not" goes with the auxiliaries ("delegates who have not yet announced" read the whole clause); a clause
opening the sentence with no comma is no part of the subject ("When the storm hit the coast the governor said"); a
long subject is read back past two cut chunks; a company's name with its ticker in brackets after a comma speaks
("The company, Acme (NYSE: ACM), said" read an empty source, and its colon a speaker's); "however" and "further"
between a subject and its verb are no part of the subject ("Carter however said"; a reflexive stays, as PolNeAR
keeps it about half the time)."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("People who know the family say the twins were quiet.", "say", "People who know the family"),
        ("Those who met his family claimed the house was empty.", "claimed", "Those who met his family"),
    ],
)
def test_a_noun_in_ly_before_the_cue_is_part_of_the_source(
    sourcing_analyzer: Analyzer, text: str, cue: str, source: str
) -> None:
    assert ("vague", cue, source) in attributions(sourcing_analyzer, text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Those who backed her warned that the ferry would stop.", "warned"),
        ("Voters who liked her argued the levy was fair.", "argued"),
    ],
)
def test_an_object_pronoun_before_the_main_verb_leaves_it_a_cue(
    sourcing_analyzer: Analyzer, text: str, cue: str
) -> None:
    found = {a[1]: a[2] for a in attributions(sourcing_analyzer, text)}
    assert found.get(cue) == " ".join(text.split()[:4])


def test_an_adjective_after_a_possessive_is_still_no_cue(sourcing_analyzer: Analyzer) -> None:
    assert attributions(sourcing_analyzer, "The chef greeted her praised rival with a cold nod.") == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Court papers allege that the builder hid the cracks.", "Court papers"),
        ("The filings claim the mayor knew of the leak.", "The filings"),
    ],
)
def test_papers_filed_in_a_case_allege(sourcing_analyzer: Analyzer, text: str, source: str) -> None:
    assert (source, text.split()[len(source.split())]) in [(a[2], a[1]) for a in attributions(sourcing_analyzer, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The race turns on the electors who have not yet announced.",
        "The race turns on the electors who haven't yet endorsed anyone.",
    ],
)
def test_yet_after_not_is_no_part_of_the_source(sourcing_analyzer: Analyzer, text: str) -> None:
    [(_, _, source)] = attributions(sourcing_analyzer, text)
    assert source == "who"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("When the flood reached the town the mayor said the bridge would shut.", "the mayor"),
        ("If the levy passes Ruiz said the harbour would reopen.", "Ruiz"),
        ("While the ballots were counted his aides said nothing at all.", "his aides"),
    ],
)
def test_an_opening_clause_without_its_comma_is_no_part_of_the_subject(
    sourcing_analyzer: Analyzer, text: str, source: str
) -> None:
    assert source in [a[2] for a in attributions(sourcing_analyzer, text) if a[1] == "said"]


def test_an_infinitive_after_an_opening_clause_keeps_its_reading(sourcing_analyzer: Analyzer) -> None:
    text = "Even before Ruiz took the stage to claim the win, her aides cheered."
    assert "the stage" not in [a[2] for a in attributions(sourcing_analyzer, text)]


def test_a_long_subject_is_read_back_past_two_full_chunks(sourcing_analyzer: Analyzer) -> None:
    text = (
        "A survey conducted by doctors at the General Hospital of Leeds last spring and checked by outside "
        "statisticians found that most patients slept badly."
    )
    [(_, _, source)] = attributions(sourcing_analyzer, text)
    assert source.startswith("A survey conducted by doctors") and source.endswith("statisticians")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The firm, Acme (NYSE: ACM), said sales fell.", "The firm, Acme (NYSE: ACM)"),
        ("The bakery, Crumb (CRB), said prices would rise.", "The bakery, Crumb (CRB)"),
    ],
)
def test_a_name_with_its_ticker_after_a_comma_speaks(sourcing_analyzer: Analyzer, text: str, source: str) -> None:
    assert [(a[1], a[2]) for a in attributions(sourcing_analyzer, text)] == [("said", source)]


def test_a_pollsters_party_letter_is_no_ticker(sourcing_analyzer: Analyzer) -> None:
    text = "A poll, run with Lake Research (D) and Acme Polling (R), shows Ruiz ahead."
    assert "Acme Polling (R)" not in [a[2] for a in attributions(sourcing_analyzer, text)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Ruiz however said the ferry would run.", "Ruiz"),
        ("The mayor further warned that the bridge was unsafe.", "The mayor"),
        ("The survey further showed that fares had doubled.", "The survey"),
    ],
)
def test_an_adverb_after_the_subject_is_no_part_of_it(sourcing_analyzer: Analyzer, text: str, source: str) -> None:
    assert [a[2] for a in attributions(sourcing_analyzer, text)] == [source]


def test_a_reflexive_after_the_subject_stays_in_it(sourcing_analyzer: Analyzer) -> None:
    assert [a[2] for a in attributions(sourcing_analyzer, "Ruiz herself said the ferry would run.")] == ["Ruiz herself"]
