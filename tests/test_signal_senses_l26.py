"""Round l26 (issue 13): the senses a judged draw of own-voice matches on fresh dev news showed wrong. Each case
is a sentence written for the test and the exact text each signal matches in it, so a rule that stops working
shows which sense came back, and the neighbouring right sense shows the rule did not take too much."""

from __future__ import annotations

from collections.abc import Callable

import pytest


@pytest.mark.parametrize(
    "text, signal, expected",
    [
        # a race's odds told with a stake word are no stake; the same word of a country still is one
        ("The gaffe could decimate her election chances.", "escalation", []),
        ("Losing Ohio would be the end of his candidacy.", "escalation", []),
        ("The drought could decimate the region's farms.", "escalation", ["decimate"]),
        # stakes inside a portrayal are someone's rhetoric named; said outright they are raised
        ("Critics portrayed the treaty as a threat to national security.", "escalation", []),
        ("The flyers paint the mayor as out to destroy the country.", "escalation", []),
        ("The treaty is a threat to national security.", "escalation", ["threat to national security"]),
        # carnage in a market is a price fall; carnage in the streets is killing
        ("The carnage in the market shrank the fund by a third.", "escalation", []),
        ("Stock market carnage wiped out his savings.", "escalation", []),
        ("The carnage in the streets must end.", "escalation", ["carnage"]),
        # entries out: ominous signs and takes, disorder, damage, a firm's decline, a story's end
        ("In an ominous sign for the bill, two sponsors left.", "escalation", []),
        ("Ominously for the party, its lead shrank.", "escalation", []),
        ("There was a moment of mayhem before the vote.", "escalation", []),
        ("The war brought devastation to the region.", "escalation", []),
        ("The war brought utter devastation to the region.", "escalation", ["utter devastation"]),
        ("The firm fell further in a downward spiral.", "escalation", []),
        ("He relied disastrously on his advisers.", "escalation", []),
        ("This will be the end of the story.", "escalation", []),
        ("It could be the end of civilization.", "escalation", ["could be the end of"]),
        # the plain verbs of ridicule and criticism report what someone did; the colourful verbs and the nouns of
        # scorn still count
        ("The governor mocked the plan on the radio.", "loaded_language", []),
        ("Critics derided the bill, and a senator castigated its sponsor.", "loaded_language", []),
        ("Activists are decrying the cuts; he berated the staff.", "loaded_language", []),
        ("The rivals ridiculed each other.", "loaded_language", []),
        ("The governor slammed the plan on the radio.", "loaded_language", ["slammed"]),
        ("The plan was met with derision.", "loaded_language", ["derision"]),
        # a wing of the spectrum placing a party or a government is a descriptor; before people it is a label
        ("A right-wing party won the most votes.", "loaded_language", []),
        ("Hungary's right-wing government resisted the plan.", "loaded_language", []),
        ("Right-wing activists swarmed the hearing.", "loaded_language", ["Right-wing"]),
        # a food intolerance and a nickname reported; intolerance of people and a sneer still count
        ("Some people are intolerant to shellfish.", "loaded_language", []),
        # round l50: a government called a regime counts
        ("The regime is intolerant of dissent.", "loaded_language", ["regime", "intolerant"]),
        ("The lane is derisively known as the goat path.", "loaded_language", []),
        ("She laughed derisively at the plan.", "loaded_language", ["derisively"]),
        ("The position became untenable for the party.", "loaded_language", []),
        # "so sure" asks or tells a confidence not shared, "are you sure" asks; "I am sure" asserts
        ("What makes us so sure of the forecast?", "certainty", []),
        ("Are you sure about that?", "certainty", []),
        ("I am sure the deal will hold.", "certainty", ["sure"]),
        # "plainly" of how something was put is manner; of a fact it boosts
        ("In the speech she so plainly articulated her goals.", "certainty", []),
        ("He has plainly struggled to respond.", "certainty", ["plainly"]),
    ],
)
def test_word_sense(signal_spans: Callable[[str, str], list[str]], text: str, signal: str, expected: list[str]) -> None:
    assert signal_spans(text, signal) == expected
