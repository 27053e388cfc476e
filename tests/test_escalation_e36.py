"""Round e36 (issue 13): escalation classes read from the dev samples' misses, written as constructions. A country
or a people conquered, a whole killed, a threat graded in the plural or coordinated with another grade, a superlative
of harm on a strike foretold, an alarm with words between, our rights taken away and a whole put at risk raise the
stakes. Overcoming a fear, a conquest of history, the idiom "divide and conquer", a past attack graded, people or
jobs killed, a person put at risk of a fine and a species dying out do not."""

from __future__ import annotations

import pytest

from signal_cases import shipped_spans

matched = shipped_spans  # the words of a signal matched in one sentence


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The junta's plan to conquer the whole valley is now in the open.", ["conquer"]),
        ("Street preachers demand the conquest of Europe by the faithful.", ["conquest of"]),
        ("Those rebel towns must be conquered, the colonel told his men.", ["be conquered"]),
        ("Pundits say the harbour cities have been conquered by the cartels.", ["been conquered"]),
        ("The republic now faces existential threats from within, she wrote.", ["existential threats"]),
        ("Mortal dangers await the island if the dam gives way.", ["Mortal dangers"]),
        ("The country faces a moral and spiritual crisis, the bishop warned.", ["moral and spiritual crisis"]),
        ("Drought is an existential and accelerating threat to the delta.", ["existential and accelerating threat"]),
        ("Analysts say the grid could be hit with the most crippling strike in decades.", ["most crippling"]),
        ("It is going to be the most destructive attack on the coast, he said.", ["most destructive"]),
        ("The new levy is killing the economy of the valley.", ["killing"]),
        ("They are out to kill our culture, the poet told the rally.", ["kill"]),
        ("If you know the house is already on fire, you must shout.", ["house is already on fire"]),
        ("Everyone can see the theater is in fact on fire tonight.", ["theater is in fact on fire"]),
        ("Look around you: the world is on fire.", ["world is on fire"]),
        ("If she wins, we will see our rights taken away, the senator said.", ["our rights taken away"]),
        ("They want to take away your guns, the flyer claims.", ["take away your guns"]),
        ("His reckless policy puts Americans at risk every single day.", ["puts Americans at risk"]),
        ("The sanctuary rules put our neighbourhoods at risk, the sheriff said.", ["put our neighbourhoods at risk"]),
        ("The leak just puts lives in jeopardy, the general said.", ["lives in jeopardy"]),
        ("A pact like this could threaten the survival of the whole state.", ["threaten the survival"]),
        ("The regime thinks nothing of wiping out entire hamlets.", ["wiping out entire"]),
        # overcoming, history, an idiom, a past record, people, jobs or a bill killed, a person's fine, nature
        ("She finally learned to conquer her fear of heights.", []),
        ("The climbers hope to conquer the summit before the storm.", []),
        ("The Norman conquest of England changed the language.", []),
        ("The union accused the board of a divide and conquer strategy.", []),
        ("The flood was the most destructive in a century.", []),
        ("It was the most debilitating loss of the season for the club.", []),
        ("Gunmen were killing villagers near the border.", []),
        ("The trade deal kills jobs, the union said.", []),
        ("The senators killed the bill on Friday.", []),
        ("The delay put the clerk at risk of a fine.", []),
        ("Storms are putting rare plants on the verge of extinction.", []),
        ("The species is on the brink of extinction, the survey found.", []),
        ("The extinction of the dinosaurs followed a comet strike.", []),
    ],
)
def test_stakes_are_matched_and_other_senses_are_not(sentence: str, words: list[str]) -> None:
    assert matched(sentence, "escalation") == words
