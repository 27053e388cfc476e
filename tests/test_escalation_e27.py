"""Round e27 (issue 13): escalation's recall by the classes rounds e25 and e26 named, and wrong senses left on the
judged draws. Each case is a sentence written for the test and the exact text escalation matches in it; the
neighbouring plain sense shows the rule took no more than its class."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from signal_cases import spans


@pytest.mark.parametrize(
    "text, expected",
    [
        # harm or ruin foretold to a whole; the same verb of a saving, a car or a plan is a loss reported
        ("A war over the strait could wipe out entire cities.", ["could wipe out"]),
        ("The repeal would wipe out the new drug benefits.", []),
        ("Her tax plan would bankrupt the country within a decade.", ["would bankrupt"]),
        ("The strike would bankrupt the small bakery.", []),
        ("Printing money will ruin the economy for a generation.", ["will ruin"]),
        ("The rain will ruin the picnic.", []),
        ("Cutting the grid loose could lead to the collapse of the health system.", ["lead to the collapse of"]),
        ("The dispute could lead to the collapse of the talks.", []),
        ("Leaving the levee unfinished would spell disaster for the delta.", ["spell disaster"]),
        ("The blockade is bringing the island's economy to its knees.", ["to its knees"]),
        ("The pilgrims fell to their knees at the shrine.", []),
        ("Militias have promised they will start killing Americans once the truce ends.", ["start killing Americans"]),
        ("If the bishops keep silent, a crisis will come upon the parish.", ["crisis will come"]),
        ("Aides fear the purge will lead to civil war.", ["lead to civil war"]),
        ("Without the dam, the valley's farming hangs by a thread.", ["hangs by a thread"]),
        ("Pundits say the regime is on its last legs.", ["on its last legs"]),
        ("The old truck is on its last legs.", []),
        ("The ruling is an attack on parents.", ["attack on"]),
        ("The move risks a wider regional war.", ["risks a wider regional war"]),
        # figurative war on things, groups and values; a real war stays a report
        ("The council's war on beef angered ranchers.", ["war on"]),
        ("The mayor's war on guns has alienated hunters.", ["war on"]),
        ("Critics call the new rules a jihad against the American family.", ["jihad against"]),
        ("The editorial decried an onslaught on free speech.", ["onslaught on"]),
        ("The senator kept up his onslaught against his rival.", []),
        # an economy or a state collapsing, told as a state; crumbling roads and a falling campaign are a report
        ("Families struggle to eat under a collapsing regime and a crumbling state.", ["collapsing", "crumbling"]),
        ("The crumbling roads need repair.", []),
        ("Ruiz warned that the country is falling apart.", ["falling apart"]),
        ("The campaign was falling apart by March.", []),
        ("The economy is in free fall and the currency in tatters.", ["in free fall", "in tatters"]),
        ("His reputation was in tatters after the trial.", []),
        # brink and point-of-no-return language
        ("The region stands on the brink of a full-scale genocide.", ["brink"]),
        ("This may be our last chance to save the reef.", ["last chance to save"]),
        ("Scientists set the clock at ninety seconds to midnight.", ["seconds to midnight"]),
    ],
)
def test_escalation_e27_recall_by_class(analyzer: Analyzer, text: str, expected: list[str]) -> None:
    assert spans(analyzer, text, "escalation") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # imperilled benefits or standards are a loss weighed; an imperilled nation or lives are a stake
        ("The levy would imperil those pension benefits.", []),
        ("The order imperiled the lives of the crew.", ["imperiled"]),
        # a threat facing a race's leader tells the odds of a race
        ("A major threat facing the front-runner is her own party.", []),
        ("Drought is a major threat to the harvest.", ["major threat"]),
        # a crisis of a named past year is history
        ("Wages never recovered from the economic collapse of 2008.", []),
        ("Economists warn of an economic collapse next year.", ["economic collapse"]),
        # a crisis recovered from is history; a party's chance to win is a race; a firm's culture is a business
        ("The town has recovered from the worst economic crisis in memory.", []),
        ("He is destroying the party's chance to win in November.", []),
        ("The merger would decimate the company's culture.", []),
        ("The merger would decimate the town's economy.", ["decimate"]),
        # a classification level's wording raises no stake
        ("Such files could cause exceptionally grave damage to the national security.", []),
        ("The leak did grave damage to the alliance.", ["grave"]),
    ],
)
def test_escalation_e27_senses(analyzer: Analyzer, text: str, expected: list[str]) -> None:
    assert spans(analyzer, text, "escalation") == expected
