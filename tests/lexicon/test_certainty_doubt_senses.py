"""Certainty and doubt senses decided by the round-c rules in lexicons/en/certainty.toml and doubt.toml
(issue 13): each case is a sentence and the exact text matched per signal, so a rule that stops working
shows which sense went wrong. The controls keep the booster or the doubt the rule must not take away."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from signal_cases import spans


@pytest.mark.parametrize(
    "text, signal, expected",
    [
        # "evident" of what is visible asserts nothing; "it is evident that" does
        ("The fierce reaction was evident on Tuesday in Germany.", "certainty", []),
        ("Its positions are evident in the Cuba policies of both senators.", "certainty", []),
        ("It is evident that the plan has failed.", "certainty", ["evident"]),
        ("It was evident that nobody had read the bill.", "certainty", ["evident"]),
        # "pretty/fairly sure" grants a likelihood; "I'm sure" and "sure to" stay boosters
        ("He's fairly sure he can't support her.", "certainty", []),
        ("I'm pretty sure he left early.", "certainty", []),
        ("I'm sure there will be some who are not happy.", "certainty", ["sure"]),
        ("The ruling is sure to spur a fight in Congress.", "certainty", ["sure"]),
        # an urging is no conviction
        ("Be sure to watch the debate tonight.", "certainty", []),
        ("Just let's be sure that our courts stay independent.", "certainty", []),
        # "clearly" of manner after a degree word or "to"; the booster stays
        ("We'll think very clearly about it.", "certainty", []),
        ("We could have said it more clearly.", "certainty", []),
        ("Pence failed to clearly explain the law.", "certainty", []),
        ("The president's actions clearly violate the law.", "certainty", ["clearly"]),
        # a first-person conviction
        ("If he had listened, I'm convinced he'd be first.", "certainty", ["I'm convinced"]),
        ("She was convinced by the argument.", "certainty", []),
        ("He has been in control since April. That's a fact.", "certainty", ["That's a fact"]),
        ("Bottom line: the goal is almost attained.", "certainty", ["Bottom line:"]),
        # how a denial was made; a booster of "false" stays
        ("The lieutenant governor emphatically denied the allegations.", "certainty", []),
        ("The White House called the report categorically false.", "certainty", ["categorically"]),
        # "actually" in a "whether" or "if" clause supposes; after a claim it boosts
        ("She raised questions about whether he had actually grabbed her.", "certainty", []),
        ("Trump began as if he had actually emerged victorious.", "certainty", []),
        ("There are actually four offices that track the records.", "certainty", ["actually"]),
        ("If it becomes more clear that refugees were involved, Trump gains.", "certainty", []),
        ("It is clear that refugees were involved.", "certainty", ["It is clear"]),
        # a poll's answer category; "there are certain" is a quantifier; "seemingly inevitable" hedges
        ("22 percent said they would definitely not support him.", "certainty", []),
        ("This is definitely domestic terrorism.", "certainty", ["definitely"]),
        ("There are certain tragic dimensions to it.", "certainty", []),
        ("We are certain that the deal will pass.", "certainty", ["certain that"]),
        ("They hope to rival the seemingly inevitable nominee.", "certainty", []),
        ("It is virtually certain he will say more.", "certainty", []),
        ("They hope to rival the seemingly inevitable nominee.", "hedging", ["seemingly", "inevitable"]),
        # doubt: a reader poll asks, a rhetorical question still casts doubt
        ("Do you support Ted Cruz? Like the page.", "doubt", []),
        ("Want more updates from Amanda? Sign up for her newsletter.", "doubt", []),
        ("Who is he trying to kid?", "doubt", ["?"]),
        # a speaker's filler "OK?" and the tag ", right?" ask for agreement; "right" in the question counts
        ("First of all, I'm going to have the delegates, OK? Let's see.", "doubt", []),
        ("Well, look, she's clearly experienced, right?", "doubt", []),
        ("Where are the leaders who can show us the right path?", "doubt", ["?"]),
        # a question the writer answers at once
        ("The winner is Clinton. The losers? The Republican Party.", "doubt", []),
        ("Is the problem really that big?", "doubt", ["really"]),
        ("Is the problem that big?", "doubt", ["?"]),
        # a forged thing is no claim called false
        ("Migrants traveled on false Syrian passports.", "doubt", []),
        ("He adopted a fake Southern accent.", "doubt", []),
        ("The network said the description was false.", "doubt", ["false"]),
        # suspicion of a thing, not of a claim
        ("A suspicious package was found in Burlingame.", "doubt", []),
        # round q13: the claim that "suspicious" doubts is not doubted a second time
        ("Officials were suspicious of the Guardian claim.", "doubt", ["suspicious"]),
        # the territorial sense of "claims" is no doubt
        ("The court ruled on China's South China Sea claims.", "doubt", []),
        # doubt cast on a claim or a motive; a claim called wrong, not a manner or a form's date
        ("Some lawmakers questioned whether his run was really a quest for the post.", "doubt", ["questioned whether"]),
        ("The numbers in Trump's tweet are incorrect.", "doubt", ["incorrect"]),
        ("His willingness to be politically incorrect won him fans.", "doubt", []),
        ("The form gave the incorrect date for a voter.", "doubt", []),
        # an indirect "why" governed by "on", "out", "asking"; a direct one counts
        ("Mr. Trump was pressed on why he had praised the Russian president.", "doubt", []),
        ("Democrats are trying to figure out why Clinton is losing support.", "doubt", []),
        ("He repeatedly singled out Ms. Pelosi, asking why she had not censured her.", "doubt", []),
        ("If she can't give us the truth, why should we give her the presidency?", "doubt", ["why"]),
        # round q13: the formulae of the obvious are boosters; literal "truth is", "in reality" and a
        # stance described ("unequivocal in", "stated plainly") are not
        ("Let’s face it, it doesn’t take a genius to see why.", "certainty", ["Let’s face it", "’t take a genius"]),
        ("The truth is concealed by lie after lie, with no basis in reality.", "certainty", []),
        ("The truth is, in reality nobody knew.", "certainty", ["The truth is", "in reality"]),
        ("He has been unequivocal in his support; the evidence is unequivocal.", "certainty", ["unequivocal"]),
        ("Pelosi stated plainly that the plan is plainly wrong.", "certainty", ["plainly"]),
        # round q13: deceit is doubt's
        ("They used deceit and a big lie.", "doubt", ["deceit", "big lie"]),
        # round l13: knowledge asserted "perfectly/very well", an outcome called no accident, the appeal
        # to any fair observer
        ("Trump knew perfectly well that he could not destroy the sites.", "certainty", ["knew perfectly well"]),
        ("It is no accident that he is still employed.", "certainty", ["no accident"]),
        ("The problem, as any clear-eyed observer recognizes, is self-inspection.", "certainty", ["any clear-eyed"]),
        ("It was an accident, the police said.", "certainty", []),
        ("We well know that most pastors live faithfully.", "certainty", ["well know that"]),
        ("It was a topic she knew well, having led the bank.", "certainty", []),
        # round h10: a formula's full form; an assurance with a verb of need or wish as a closing aside or
        # before "that", not before what it announces nor as an opening with an address; the present of
        # "made clear", not after "to" (an aim or a request)
        ("I am telling you the bridge will not hold.", "certainty", ["I am telling you"]),
        ("That was a rotten deal, I want to tell you.", "certainty", ["I want to tell you"]),
        ("I have to tell you that the audit was a mess.", "certainty", ["I have to tell you"]),
        ("I want to tell you about our new park.", "certainty", []),
        ("I've got to tell you, Maria, thanks for having me back.", "certainty", []),
        ("The closures make clear how badly the county planned.", "certainty", ["make clear"]),
        ("Her memo makes clear that the fund is empty.", "certainty", ["makes clear"]),
        ("The council needs to make clear what it plans.", "certainty", []),
        # round h10: the inverted counterfactual is a hypothetical "if"; a conceding "even had" is not
        ("The mill would still be open were it not for the flood.", "hedging", ["were it not for"]),
        ("She would have stayed had she known about the cuts.", "hedging", ["had she known"]),
        ("Even had I known, I would have gone.", "hedging", []),
        # round h11: a negated modal joined to the "until" its clause waits on, as the consequent joins its
        # "if"; not where the "until" is a time ("until next week"). Round h12: the modal and its "until" are
        # one match, negated or not (the "until" of an affirmative modal counted already)
        ("The plant won't reopen until the inspectors sign off.", "hedging", ["won't reopen until"]),
        ("The talks will not resume until both sides drop their demands.", "hedging", ["will not resume until"]),
        ("The parade will continue until the band stops.", "hedging", ["will continue until"]),
        ("The fair will not open until next week.", "hedging", []),
        # round h11: evidence that seems to indicate or indicates with its clause; an outcome forecast with its
        # object, one foretold as barely within reach, one someone "can expect"
        ("Rising costs seem to indicate that the mine is failing.", "hedging", ["seem to indicate"]),
        ("Tests of the water indicated that the well was safe.", "hedging", ["indicated that"]),
        ("A red light indicates the power is on.", "hedging", []),
        ("The mayor forecast a small surplus for next year.", "hedging", ["forecast a"]),
        ("The forecast was grim.", "hedging", []),
        ("The club will be lucky to finish third.", "hedging", ["will be lucky to"]),
        ("She was lucky to be alive.", "hedging", []),
        ("Savers can expect lower rates next year.", "hedging", ["can expect"]),
        # round h11: the adjective "potential" before a noun and its "of"; the noun before its complement is not
        ("The deal provides for potential payments of cash.", "hedging", ["potential"]),
        ("She has the potential to win the seat.", "hedging", []),
        # round b1: an outcome's chance put at nothing; not a chance to act, a way to do something or
        # "almost no chance" (a hedge)
        ("There is zero chance the council backs the levy.", "certainty", ["zero chance"]),
        ("The tram plan has no chance of passing this year.", "certainty", ["no chance"]),
        ("The tram plan has no chance of passing this year.", "hedging", []),
        ("There's no way we can pay for both bridges.", "certainty", ["There's no way"]),
        ("The mayor had no chance to answer the charge.", "certainty", []),
        ("There is no way to reach the farm in winter.", "certainty", []),
        ("The bill has almost no chance of passing.", "certainty", []),
        ("The bill has almost no chance of passing.", "hedging", ["no chance"]),
        # round b1: a conviction or a confidence stated in the first person is a booster, not a hedge;
        # someone else's stays a hedge, and "not confident" is one
        ("I also truly believe that the depot should stay open.", "certainty", ["truly believe"]),
        ("I firmly believe the depot will reopen.", "hedging", []),
        ("What the mayor truly believes is anyone's guess.", "certainty", []),
        ("If we truly believe that the fares are fair, the levy must go.", "hedging", ["If", "truly believe"]),
        ("I am confident the inquiry will clear her.", "certainty", ["confident"]),
        ("I am confident the inquiry will clear her.", "hedging", []),
        ("Officials are confident the inquiry will clear her.", "certainty", []),
        ("Officials are confident the inquiry will clear her.", "hedging", ["confident the"]),
        ("I am not confident that the depot will reopen.", "certainty", []),
        # round b1: truth predicated bare and an assurance with its addressee, not a truth supposed or
        # the scope a claim holds in
        ("It is true we came close to a deal.", "certainty", ["It is true"]),
        ("If that's true, the budget is short.", "certainty", []),
        ("This is true of every county in the state.", "certainty", []),
        ("I can assure the residents that the water is safe.", "certainty", ["I can assure"]),
    ],
)
def test_certainty_and_doubt_sense(analyzer: Analyzer, text: str, signal: str, expected: list[str]) -> None:
    assert spans(analyzer, text, signal) == expected
