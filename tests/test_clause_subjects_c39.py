"""Participles and second predicates speak with the subject of the clause they follow (c39, issue 12): ", saying"
after a clause opened by a phrase or a subordinate clause ("When Ana spoke, Ruiz left, saying": Ruiz), "and
said" after a subject with no known verb ("The mayor spoke for an hour and said"), ", instead claiming", ",
having argued". A thing ("The levy passed, prompting …"), an appositive ("Ed Lo, a former aide, …") and a
clause inside another's content stay as they were."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import cues_and_sources


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # the last clause's subject, past an opening clause or phrase
        ("When Ana Ruiz criticized the fares, Ben Lo scolded the board, warning riders.", "warning", "Ben Lo"),
        ("The day before, at a hall in Dover, Del., Mr. Lo was just as curt, insisting it ran.", "insisting", "Mr. Lo"),
        ("Once she was mayor, Ms. Ruiz made the harbour a priority, announcing a new pier.", "announcing", "Ms. Ruiz"),
        ("Like Mr. Lo, she has courted the dockers, seeking a deal before winter.", "seeking", "she"),
        # a described person whose verb no list knows
        ("The mayor spoke for an hour, saying the budget was sound.", "saying", "The mayor"),
        ("Many dockworkers try to keep quiet, telling few people about the cuts.", "telling", "Many dockworkers"),
        ("The union went ahead and formally backed the plan.", "formally backed", "The union"),
        ("Likewise, Ruiz went after the board for its delay and called for a new ferry.", "called for", "Ruiz"),
        # c37 read no source here (the "Earlier" read back dropped): the clause's subject now
        ("Earlier in the week, Ruiz toured the plant and pledged to keep it open.", "pledged", "Ruiz"),
        # an adverb before the participle, a perfect participle
        ("The Dover mayor has struggled on the coast, instead claiming it.", "claiming", "The Dover mayor"),
        ("Lo voted against the levy, having argued that it was unfair.", "argued", "Lo"),
        # guards, the reading kept: a thing is no speaker
        ("The levy passed, prompting critics to say it was rushed.", "say", "critics"),
        # a clause inside what Lo said
        ("Lo said that, if elected, she would cut fares, adding that the plan was sound.", "adding", "Lo"),
        # an appositive after a name
        ("Ana Ruiz, the pilot who resigned, citing the cuts, told the board she was leaving.", "citing", "Ana Ruiz"),
        # the tag after a quotation
        ("\u201cWe will win,\u201d Lo said, adding that the plan was sound.", "adding", "Lo"),
    ],
)
def test_the_clause_subject_speaks(sourcing_analyzer: Analyzer, text: str, cue: str, source: str) -> None:
    assert (cue, source) in cues_and_sources(sourcing_analyzer, text)
