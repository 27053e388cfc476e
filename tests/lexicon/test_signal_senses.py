"""Word senses in the shipped lexicons (issue 13, third to fifth passes): the same word counts in one sense and
not in another, decided by the rules in lexicons/en/*.toml. Each case is a sentence and the exact
matched text per signal, so a rule that stops working shows which sense went wrong."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from signal_cases import spans


@pytest.mark.parametrize(
    "text, signal, expected",
    [
        # "almost certainly" marks the claim as probable: a hedge, not a booster
        ("The party will almost certainly lose the seat.", "hedging", ["certainly"]),
        ("The party will almost certainly lose the seat.", "certainty", []),
        ("The party will certainly lose the seat.", "certainty", ["certainly"]),
        ("A statement could help clear that up.", "certainty", []),
        # escalation: war escalation near a conflict, not a campaign's rhetoric
        ("Tensions escalated sharply after the border incident.", "escalation", ["escalated"]),
        ("Later in the day she escalated her attacks on his record.", "escalation", []),
        # destroying a country is a stake; destroying a military target is a report
        ("This deal will destroy the economy.", "escalation", ["will destroy"]),
        ('"We will destroy all terror nests," the president said.', "escalation", []),
        ("The disease can be fatal in most cases.", "escalation", []),
        ("It would be a fatal mistake to ignore the warning.", "escalation", ["fatal"]),
        ("Critics say the bill poses a threat to the country.", "escalation", ["poses a threat"]),
        # loaded language: a person called a hack, not a break-in; a verdict, not a physical risk
        ("He is nothing but a political hack.", "loaded_language", ["political hack"]),
        ("Critics called him a media hack.", "loaded_language", ["hack"]),
        ("The DNC hack exposed thousands of emails.", "loaded_language", []),
        ("Two blasts hit the city centre on Monday.", "loaded_language", []),
        ("The senator blasts the ruling.", "loaded_language", ["blasts"]),
        ("His rhetoric is dangerous and divisive.", "loaded_language", ["dangerous", "divisive"]),
        ("Cleveland was named the most dangerous city in America.", "loaded_language", []),
        ("He spread dangerous ideas to the nation.", "loaded_language", ["dangerous"]),
        ("It is dangerous to drive here at night.", "escalation", []),
        ("That view is most certainly wrong.", "certainty", ["certainly"]),
        ("Labour set out radical plans to nationalise the railways.", "loaded_language", []),
        ("He voted for the lesser of two evils.", "loaded_language", []),
        # fourth pass: an event described is not a verdict; symbols shown are not name-calling
        ("Firefighters battled raging wildfires near the coast.", "loaded_language", []),
        ("He launched a raging tirade against the press.", "loaded_language", ["raging", "tirade"]),
        ("Some marchers waved Nazi flags.", "loaded_language", []),
        ("Neighbours watched in horror as the roof fell.", "loaded_language", []),
        ("Tom Noble chaired the meeting.", "loaded_language", []),
        ("It was a noble cause.", "loaded_language", ["noble"]),
        # labels: people called illegal, a puppet regime; "illegal immigration" names an act, not people (fifth
        # pass); round l50: a government called a regime is a label, whoever governs
        ("The regime jailed its critics.", "loaded_language", ["regime"]),
        ("Moscow installed a puppet regime in the region.", "loaded_language", ["puppet regime"]),
        (
            "The union bosses backed mass illegal immigration.",
            "loaded_language",
            ["union bosses"],
        ),
        ("Illegal immigrants crossed the river at night.", "loaded_language", ["Illegal immigrants"]),
        # fifth pass: "lies" (an accusation of lying) is doubt alone; "liar" stays name-calling too
        ("He told lies about the payments and called his rival a liar.", "loaded_language", ["liar"]),
        ("He told lies about the payments and called his rival a liar.", "doubt", ["lies", "liar"]),
        # fifth pass: doubt words are doubt's alone; a report of criticism is not loaded
        ("The claims of fake news and a cover-up were falsehoods.", "loaded_language", []),
        (
            "The claims of fake news and a cover-up were falsehoods.",
            "doubt",
            ["claims", "fake news", "cover-up", "falsehoods"],
        ),
        ("Rights groups decried the anti-Semitic attack.", "loaded_language", []),
        ("Three commissioners were charged with taking bribes during the bloody conflict.", "loaded_language", []),
        ("Pneumonic plague is a more virulent form of the disease.", "loaded_language", []),
        ("He said the debate questions were unfair to him.", "loaded_language", []),
        ("The pamphlet spread virulent hatred.", "loaded_language", ["virulent"]),
        # fifth pass: praise, reverence and a plain description of a state or a policy are not loaded
        ("It was an amazing coincidence that the revered cleric arrived.", "loaded_language", []),
        ("The fight is hopeless, officials said of the sanctuary cities case.", "loaded_language", []),
        # doom is escalation, not loaded language as well
        ("The ruling sounded the death knell for the plan.", "escalation", ["death knell"]),
        ("The ruling sounded the death knell for the plan.", "loaded_language", []),
        ("A moral catastrophe is underway.", "loaded_language", []),
        ("The deal puts the region on a collision course with Washington.", "escalation", ["collision course"]),
        # hedging: belief refused or held as faith is no hedge; a reported belief is
        ("Her parents refused to believe the news.", "hedging", []),
        ("They believe in hard work.", "hedging", []),
        ("The two men are believed to live in Cleveland.", "hedging", ["believed"]),
        ("He treats the pope as if he were a king.", "hedging", ["as if"]),
        ("The guidance changed on whether we should count visitors.", "hedging", []),
        ("Regulators will decide whether to approve the takeover.", "hedging", ["whether"]),
        # fifth pass: "possible" in set phrases of degree or manner is no possibility; "reckon with" is no guess
        ("Send the forms as soon as possible.", "hedging", []),
        ("The court called for the fastest possible review.", "hedging", []),
        ("A deal is still possible, the envoy said.", "hedging", ["possible"]),
        ("The party must reckon with a split.", "hedging", []),
        ("I reckon the vote will be close.", "hedging", ["reckon"]),
        ("The long-anticipated report came out on Monday.", "hedging", []),
        ("The flaws soon became apparent to everyone.", "hedging", []),
        ("He died of an apparent heart attack.", "hedging", ["apparent"]),
        ("They said they will think about it.", "hedging", []),
        ("I think the plan will fail.", "hedging", ["think"]),
        ("Officials anticipate a close vote.", "hedging", ["anticipate"]),
        # fifth pass, round d: bragging, not having; "mock" as a rehearsal, "gross negligence" in law; round l26:
        # the plain verb of ridicule reports an act ("mocked the plan"), the colourful one still counts
        ("The candidate boasted of his negotiating skills.", "loaded_language", ["boasted"]),
        ("The free-trade zone still boasts just one small supermarket.", "loaded_language", []),
        ("Boasting 108,000 residents, the county votes for the winner.", "loaded_language", []),
        ("She will not stage a mock debate before the vote.", "loaded_language", []),
        ("The senator mocked the plan on Monday.", "loaded_language", []),
        ("The senator slammed the plan on Monday.", "loaded_language", ["slammed"]),
        ("The inquiry looked for gross negligence in the handling of files.", "loaded_language", []),
        (
            "The ad torpedoed her endorsement, and he tried to torpedo it again.",
            "loaded_language",
            ["torpedoed", "torpedo"],
        ),
        ("His snide remarks were sophomoric.", "loaded_language", ["snide", "sophomoric"]),
        ("Neighbours expressed shock at the arrest.", "loaded_language", []),
        ("It should shock the conscience of every voter.", "loaded_language", ["shock"]),
        ("It could mark the end of the disastrous pontificate of Pope Francis.", "loaded_language", ["disastrous"]),
        # escalation, round d: figurative war on people; fanning flames; ruin; a danger in law is no threat
        ("It was as if they planned a war on a single human being.", "escalation", ["war on"]),
        ("The group has waged a war against Christians for years.", "escalation", ["war against"]),
        ("The allies kept up the war against the Islamic State.", "escalation", []),
        ("Such talk fans the flames of radicalization.", "escalation", ["fans the flames"]),
        ("The tariff would bring financial ruin to farmers.", "escalation", ["financial ruin"]),
        (
            "Liberals pose a big threat to the future of America.",
            "escalation",
            ["pose a big threat"],
        ),  # round e24: the threat posed, whole
        ("The judge found him a danger to the community.", "escalation", []),
        # escalation, round m: a crisis that explodes, not a car; a direct confrontation between powers
        ("Officials warn the epidemic could explode within weeks.", "escalation", ["could explode"]),
        ("Experts say the number of cases could soon explode.", "escalation", ["explode"]),
        ("A car exploded outside the gates of the base.", "escalation", []),
        ("The move risks a direct military confrontation with NATO.", "escalation", ["direct military confrontation"]),
        ("The memo put the agency in direct conflict with the White House.", "escalation", []),
        ("The region is increasingly dangerous for aid workers.", "escalation", ["increasingly dangerous"]),
        ("Heroin is far more dangerous than cannabis.", "escalation", []),
        # escalation, round n: a society's collapse or survival is a stake, a market's or the fittest's a
        # report; lives put in harm's way by a decision, not troops serving there
        ("We are looking at the collapse of the Western order.", "escalation", ["collapse of"]),
        ("Ukraine gained independence with the collapse of the Soviet Union.", "escalation", []),
        ("Trust fell after the collapse of all Catholic institutions.", "escalation", []),
        ("It is a question of the survival of our species.", "escalation", ["survival of"]),
        ("Survival of the fittest is a phrase from Spencer.", "escalation", []),
        ("Such moves could place U.S. forces in harm's way.", "escalation", ["in harm's way"]),
        ("Thousands of troops serving in harm's way were given a raise.", "escalation", []),
        ("Officials said no one in Madagascar is safe.", "escalation", ["no one in Madagascar is safe"]),
        ("Experts warn that millions could die if the dam fails.", "escalation", ["millions could die"]),
        ("It is a systematic attack on our democracy.", "escalation", ["attack on"]),
        ("The attack on the base killed two soldiers.", "escalation", []),
        ("The army was sent to stop the invading migrants.", "escalation", ["invading migrants"]),
        # escalation, round k: ruin of a country or lives is a stake, of a target a report; a threat to a
        # collective said with a verb; a flashpoint of conflict, not of debate; "out of control" as a
        # prospect; a storm's or a defeat's damage reported; doom naming rhetoric or a nickname
        ("The cabal in both parties is destroying this country.", "escalation", ["destroying"]),
        ("Critics say the reform destroys the middle class.", "escalation", ["destroys"]),
        ("Investigators said he destroyed the documents.", "escalation", []),
        ("The storm destroyed the family home.", "escalation", []),
        ("The policy threatens national security, the senator said.", "escalation", ["threatens"]),
        ("He threatened to call security.", "escalation", []),
        ("Critics call him a threat to American society.", "escalation", ["threat to"]),
        ("The threat to resign was withdrawn on Monday.", "escalation", []),
        ("The regime's actions endanger the lives of civilians.", "escalation", ["endanger"]),
        ("The island is a flashpoint between the two navies.", "escalation", ["flashpoint"]),
        ("Guns became a flashpoint in the debate.", "escalation", []),
        ("His drinking was out of control.", "escalation", []),
        ("The crisis could get out of control.", "escalation", ["out of control"]),
        ("Devastating landslides buried the village.", "escalation", []),
        ("Wildfires have been devastating the coast for weeks.", "escalation", []),
        ("The hurricane caused catastrophic damage to the coast.", "escalation", []),
        ("The party suffered a catastrophic defeat in the city.", "escalation", []),
        ("He mocked the climate doom propaganda.", "escalation", []),
        ("The economist known as Dr. Doom spoke first.", "escalation", []),
        ("Voters heard only doom and despair from the stage.", "escalation", []),
        ("The country could descend into civil war.", "escalation", ["descend into"]),
        ("The campaign descended into insult comedy.", "escalation", []),
        ("They want to wipe Israel off the map.", "escalation", ["wipe Israel off the map"]),
        ("The company was on the verge of bankruptcy.", "escalation", ["verge"]),
        ("She was on the verge of winning.", "escalation", []),
        ("It is the worst humanitarian crisis since the war.", "escalation", ["worst humanitarian crisis"]),
        ("The fighting could spark a war across the region.", "escalation", ["spark a war"]),
        ("Challengers face political extinction within weeks.", "escalation", ["extinction"]),
        ("Many frog species face extinction because of the fungus.", "escalation", []),
        # sixth pass (round e): feasibility is no possibility; a concession is no conditional
        ("It is possible to cross the border at night.", "hedging", []),
        ("The move was made possible by a new law.", "hedging", []),
        ("It is possible that the vote will slip.", "hedging", ["possible"]),
        ("The plan has little, if any, support.", "hedging", []),
        ("Such investors tend to be cautious.", "hedging", []),
        # round e: sneering verbs and labels counted, the legal charge and a collusion topic not
        # (round l31: the touting family out, a plain verb of promoting in most dev news uses)
        ("He is touting the tax cuts as a masterstroke.", "loaded_language", ["masterstroke"]),
        (
            "The mercurial president called them attention-seekers.",
            "loaded_language",
            ["mercurial", "attention-seekers"],
        ),
        ("He was charged with inciting a riot.", "loaded_language", []),
        ("Prosecutors asked whether the campaign colluded with Moscow.", "loaded_language", []),
        ("The bill is the death throes of the movement.", "escalation", ["death throes"]),
        # round f: a generic "if you" and a concessive "whether" hedge nothing; a hypothetical "if"
        # and an open question do; a poll's "likely voters" are a category
        ("If you work overtime, you get paid for it.", "hedging", []),
        ("He will back Stein if Sanders is not the candidate.", "hedging", ["will back Stein if", "if"]),
        ("He fought the party, whether it was Republican or Democrat.", "hedging", []),
        ("It is too soon to say whether her policies will work.", "hedging", ["whether"]),
        ("The poll surveyed 552 likely Democratic primary voters.", "hedging", []),
        ("Turnout is likely to fall.", "hedging", ["likely"]),
        ("It was an apparent effort to stall, and the contrast was apparent.", "hedging", ["apparent"]),
        # round f: doubt is cast by a "why" that opens a direct question, not an indirect one
        ("Why doesn't the same rule apply to Iran?", "doubt", ["Why"]),
        ("She explained why she backs the senator.", "doubt", []),
        ("That is why the bill failed.", "doubt", []),
        ("The campaign faced questions about its spending.", "doubt", []),
        # round h: a rhetorical question counts once, on its cue words; its "?" only without one;
        # a tag question, a deliberating or polling question and "really" in a statement cast no doubt
        ("Wouldn't he have eased sanctions?", "doubt", ["'t he"]),
        ("Wouldn’t he have eased sanctions?", "doubt", ["’t he"]),
        ("Is that really a victory?", "doubt", ["really"]),
        ("Are they for real?", "doubt", ["for real"]),
        ("Was Trump involved in this intrigue?", "doubt", ["?"]),
        ("That is like a bribe, isn't it?", "doubt", []),
        ("Should military force be used at the border?", "doubt", []),
        ("Will the Democrats try to impeach him?", "doubt", []),
        ("The vote was really close.", "doubt", []),
        (
            "The story calls the entire official account into question.",
            "doubt",
            ["calls the entire official account into question"],
        ),
        ("She lost credibility, and the senator got a credibility boost.", "doubt", ["credibility"]),
        ("He claims his boss is fine with it.", "doubt", []),
        ("He claims his boss is fine with it.", "hedging", ["claims his"]),  # round q3: with its possessive
        ("Democrats disputed his claims of fraud.", "doubt", ["claims"]),
        # round j: "could" of ability after a counterfactual, a wish or a measure of effort is no hedge;
        # a possibility is ("Medicare for All could cost"); the counterfactual "if" still counts
        ("Another state we would have won if everyone could vote.", "hedging", ["would have won if", "if"]),
        ("All she could do was shout, as many as she could.", "hedging", []),
        ("He says what people wish they could say.", "hedging", []),
        ("The focus on Medicare for All could cost Democrats.", "hedging", ["could"]),
        # round j: "if not" conceding, advice and "whether ... should" are no hedges; "if not for" is
        ("It is difficult, if not impossible, and most if not all agree.", "hedging", []),
        ("The law would not exist if not for his patron.", "hedging", ["would not exist if", "if"]),
        ("Investors may want to think twice, but rates may rise.", "hedging", ["may"]),
        ("A furor arose over whether the United States should accept refugees.", "hedging", []),
        ("A furor arose over whether the United States will accept refugees.", "hedging", ["whether"]),
        # round j, second draw: set phrases that hedge nothing; "as if" before a clause still does
        ("Believe me, guess what, we will act if possible.", "hedging", []),
        ("He treats the pope as if he were a king.", "hedging", ["as if"]),
        ("Both are viewed with suspicion by the party.", "hedging", []),
        # round j, third draw: an outcome against a forecast states a fact; a forecast after a number
        # hedges; confidence stressed to the full is certainty
        ("It came sooner than anyone had expected.", "hedging", []),
        ("More than 100 are expected to attend.", "hedging", ["expected"]),
        ("I am absolutely confident that they will vote for her.", "hedging", []),
        ("I am absolutely confident that they will vote for her.", "certainty", ["confident"]),
        # round j: "actually" after a negator stresses a denial, no hedge; round t8: it asserts the denial as true
        # (7 of 9 dev news uses), a booster with its negator
        ("He never actually said it, and it actually happened.", "certainty", ["never actually", "actually"]),
        ("He never actually said it.", "hedging", []),
        # round k, missed Szeged news cues: an estimate, fear or confidence with its clause, the inquiry a
        # "whether" belongs to, "as though"
        ("Republicans estimated that this will save $35 million.", "hedging", ["estimated that"]),
        ("They fear they will be unable to collect benefits.", "hedging", ["fear they"]),
        ("Officials are confident the review will clear her.", "hedging", ["confident the"]),
        ("Their fear is that it could be too late.", "hedging", ["fear is that", "could"]),
        ("Investigators seek to determine whether a crime was committed.", "hedging", ["determine whether"]),
        ("It is too early to determine whether it should be banned.", "hedging", []),
        ("The Democrats are acting as though they want to lose.", "hedging", ["as though"]),
        ("Voters fear the toll it takes.", "hedging", []),
        # round q13h: a conditional with its consequent modal is one match from the "if" to the modal, the "if"
        # still one of its own; round p13: the modal first as well, and only with an "if" the file counts
        ("If rates rise, the firm would lose money.", "hedging", ["If", "If rates rise, the firm would"]),
        ("He would object if he were fired.", "hedging", ["would object if", "if"]),
        ("The contagion will spread unless we act.", "hedging", ["will spread unless", "unless"]),
        ("Kyiv will call for peace even if Trump loses.", "hedging", []),
        ("Europe would turn to Qatar if needed.", "hedging", []),
        ("If needed, Europe would turn to Qatar.", "hedging", []),
        ("Even if we assume the worst, prices will fall.", "hedging", []),
        ("If you work overtime, you will get paid.", "hedging", []),
        ("It would look as if nothing had happened.", "hedging", ["as if"]),
        ("It would be hard, if not impossible.", "hedging", []),
        # round h12: the modal up to twelve words before its "if"; an "if" the file does not count in between
        # is the modal's own, so the modal joins no later "if" ("will act if necessary, and if ...", below)
        (
            "He would, after all those months of talks, object if fired.",
            "hedging",
            ["would, after all those months of talks, object if", "if"],
        ),
        # round p13: "potential" as an adjective hedges; the noun, and a category of people, do not
        ("Officials warned of a potential cyberattack on the grid.", "hedging", ["potential"]),
        ("The club has great potential, and the party vetted potential nominees.", "hedging", []),
        # round q13h: a view held by an unnamed many, a reputation, the appearance verb with its "as though"
        (
            "Many consider him the favourite, and the inn was reputedly built in 1839.",
            "hedging",
            ["Many consider", "reputedly"],
        ),
        ("It looks as though they panicked.", "hedging", ["looks as though"]),
        ("We are now seeing what it looks like in real time.", "hedging", []),
        ("Little is known about the plant.", "hedging", ["Little is known"]),
        ("They cannot deny it.", "certainty", ["cannot deny"]),
        # round k: "could only" restricts what can be done; "suggest ... should" proposes
        ("The sites could only be visited by a special team.", "hedging", []),
        ("The sites could well be visited by a special team.", "hedging", ["could well"]),
        ("Cruz suggested they should drop out.", "hedging", []),
        ("The polls suggested they might drop out.", "hedging", ["suggested", "might"]),
        # round k: an opinion "considered by many"; a bill "considered by the Senate", a candidate "considered for"
        ("He is considered by many to be the greatest actor.", "hedging", ["is considered"]),
        ("Pol Pot is considered responsible for the killings.", "hedging", ["is considered"]),
        ("Lee was considered for the lead, and the bill is considered by the Senate.", "hedging", []),
        ("The pistol, considered by many to be inferior, was dropped.", "hedging", ["considered by"]),
        ("The bill, considered by the Senate in May, failed.", "hedging", []),
        # round j: a question put in an interview casts no doubt; a question in the writer's voice may
        ("Q: Have you talked to McConnell about the Supreme Court?", "doubt", []),
        ("A reporter asked: Did they talk about the wall?", "doubt", []),
        ("Have they talked to McConnell about the Supreme Court?", "doubt", ["?"]),
        # round j: an inference given as obvious and a speaker's assurance are boosters; manner is not
        (
            "It's no surprise that he won, and I can tell you it was close.",
            "certainty",
            ["It's no surprise", "I can tell you"],
        ),
        ("Slowly but surely, a four-lane highway is taking shape.", "certainty", []),
        # round j: the end foretold and harm as ruin raise the stakes
        (
            "This fraud could be the end of our republic, and the plan decimates food programs.",
            "escalation",
            ["could be the end of", "decimates"],
        ),
        # round h: "couldn't" in tokenized text is inability; a condition of need is no hedge;
        # a claim that cannot be denied is asserted
        ("He could n't say when the plant would reopen.", "hedging", []),
        (
            "Troops will act if necessary, and if the talks fail they will strike.",
            "hedging",
            ["if", "if the talks fail they will"],
        ),
        (
            "It is impossible to deny the cause, and they know full well why.",
            "certainty",
            ["impossible to deny", "know full well"],
        ),
        # round f: "all but certain to" is probable, a hedge; an email "blasted out" is sent
        ("She is all but certain to clinch the nomination.", "certainty", []),
        ("She is all but certain to clinch the nomination.", "hedging", ["certain to"]),
        ("Her campaign blasted out an email, and Cruz blasted Rubio.", "loaded_language", ["blasted"]),
        # round f: "clearly" of manner asserts nothing; the sentence adverb does
        ("They said loudly and clearly that he clearly lacks judgment.", "certainty", ["clearly"]),
        # round g: waking up, a mock-up, the side that lost and looting reported are not loaded; the
        # label "woke", a person called "a total loser" and a sneer at "extremist" views are
        ("We woke up after Nevada, and the woke mob was still angry.", "loaded_language", ["woke", "mob"]),
        ("There is also a mock children's book, and he sneered at the rules.", "loaded_language", ["sneered"]),
        ("Even the loser receives delegates; Mark, you are a total loser.", "loaded_language", ["loser"]),
        ("Stores were looted and burned overnight.", "loaded_language", []),
        ("Twitter removed extremist content; he is the real extremist here.", "loaded_language", ["extremist"]),
        ("A man died after his vehicle exploded, and student debt has exploded.", "loaded_language", ["exploded"]),
        # round g, second draw: a victory, a segment's title and the legal "chilling effect" are not loaded
        ("It was a triumph for the party, and a column, entitled, ran too.", "loaded_language", []),
        ("The ruling had a chilling effect, and the chilling remarks spread.", "loaded_language", ["chilling"]),
        # round g, by class: sneering verbs, insults and idioms of contempt
        (
            "The gasbag fulminated about the bait and switch.",
            "loaded_language",
            ["gasbag", "fulminated", "bait and switch"],
        ),
        # round g: a probe escalated is no war; the manner of a death foretold threatens nobody
        ("Prosecutors escalated their probe into the allegations.", "escalation", []),
        ("Tensions could escalate into a war.", "escalation", ["escalate"]),
        ("He says he will die a free man; if we wait, they will die.", "escalation", ["will die"]),
        # round g: campaign nicknames are name-calling; "Lyin'" splits off its apostrophe
        (
            'He mocked "Lyin\' Ted" and "Little Marco" as a low-energy lightweight field.',
            "loaded_language",
            ["Lyin", "Little Marco", "low-energy", "lightweight"],
        ),
        # round g: a worry voiced is no stake; a stake is one; a lethal campaign is a report
        ("Officials expressed grave concern over the practice.", "escalation", []),
        ("Leaks could cause grave damage to the nation.", "escalation", ["grave"]),
        ("The group is the target of an increasingly lethal U.S.-led military campaign.", "escalation", []),
        (
            "The region stands at the edge of the abyss, and time is a race against the clock.",
            "escalation",
            ["edge of the abyss", "race against the clock"],
        ),
        # round i: the surnames Jealous and Petty; a hurricane or a birth defect reported plainly;
        # stoking counts of a feeling, before or after it, not of speculation
        ("NAACP President Ben Jealous said rivals were jealous and petty.", "loaded_language", ["jealous", "petty"]),
        ("Ryan Petty hailed the vote.", "loaded_language", []),
        (
            "The devastating Hurricane Maria hit, Zika causes devastating birth defects, and the loss was a devastating blow.",
            "loaded_language",
            ["devastating"],
        ),
        (
            "He is stoking fears; the sentiment stoked by protesters grew; the remark stoked speculation.",
            "loaded_language",
            ["stoking", "stoked"],
        ),
        # round i: neutral reporting verbs and descriptors are out; idioms of a dilemma or an aside are
        # no verdict; a legal term for a bomb is not an evaluation
        (
            "The embattled governor downplayed the news and played down the idea, a towering figure.",
            "loaded_language",
            [],
        ),
        (
            "In a weird way it was damned if you do, damned if you don't, come hell or high water.",
            "loaded_language",
            [],
        ),
        ("Packages held potentially destructive devices.", "loaded_language", []),
        ("His destructive policies failed.", "loaded_language", ["destructive"]),
        # round i, by class: metaphors of force, insults and labels
        (
            "The snake-oil salesman and his race baiters jammed through a bill, a colossal failure.",
            "loaded_language",
            ["snake-oil salesman", "race baiters", "jammed through", "colossal failure"],
        ),
        # round l: literal sabotage, drone swarms and a tank firing are reports; the figurative senses stay
        ("Investigators blamed the Nord Stream sabotage on a diving crew.", "loaded_language", []),
        ("They accused the party of sabotaging his campaign.", "loaded_language", ["sabotaging"]),
        ("The army tested swarms of AI-enabled drones.", "loaded_language", []),
        ("He warned of swarms of migrants at the border.", "loaded_language", ["swarms"]),
        ("The tank blasts its 125mm cannon at the ridge.", "loaded_language", []),
        # round l: people called rapists or criminals, not men convicted or crime reported
        (
            "He called Mexican immigrants rapists and portrayed them as criminals.",
            "loaded_language",
            ["rapists", "criminals"],
        ),
        ("Two convicted rapists escaped; police focus on criminals and terrorists.", "loaded_language", []),
        # round l: a degree of "extreme" judges a stand, not the weather
        ("Podesta called him the most extreme pick in a generation.", "loaded_language", ["most extreme"]),
        ("Farmers fear more extreme weather this summer.", "loaded_language", []),
        ("We can do an awful lot of good; CNN did an awful job.", "loaded_language", ["awful"]),
        ("I just feel terrible for her; it was a terrible deal.", "loaded_language", ["terrible"]),
        ("New rules rein in predatory lending by predatory bosses.", "loaded_language", ["predatory"]),
        ("It was colored by the financial meltdown; then he had a meltdown.", "loaded_language", ["meltdown"]),
        (
            "It divides the economic elite from the rest; his blustery, presumptuous tone.",
            "loaded_language",
            ["economic elite", "blustery", "presumptuous"],
        ),
        # round q13: deceit and groundlessness are doubt's alone, as the hand-markers mark them
        ("The report is baseless and full of deceit.", "loaded_language", []),
        ("The report is baseless and full of deceit.", "doubt", ["baseless", "deceit"]),
        ("The governor lauded the decision.", "loaded_language", []),
        # round q13: "treason" as a charge is a legal term, as a verdict it is loaded
        ("The woman whom Russia accuses of treason is held on treason charges.", "loaded_language", []),
        ("Obama's treason is worse than we thought.", "loaded_language", ["treason"]),
        # round q13: a reaction ("this is crazy") and physical senses are not verdicts
        ("This is crazy, I was not anticipating anything like this.", "loaded_language", []),
        ("Voters think the senator is crazy.", "loaded_language", ["crazy"]),
        ("His face twisted as he spoke of the twisted logic of the ruling.", "loaded_language", ["twisted"]),
        (
            "Officials worried about the oppressive heat under the oppressive regime.",
            "loaded_language",
            ["oppressive", "regime"],
        ),
        ("Compromise is not a dirty word, but a dirty bomb could be detonated.", "loaded_language", []),
        ("Nigel Savage said abortion is a savage act.", "loaded_language", ["savage"]),
        # round q13: labels and idioms of ridicule
        (
            "The birther called America the Great Satan and talked doom and gloom.",
            "loaded_language",
            ["birther", "Great Satan", "doom and gloom"],
        ),
        (
            "The Pentagon faced a militaristic broadside from Broadside Books.",
            "loaded_language",
            ["militaristic", "broadside"],
        ),
        # round q13: a formula, an election result and literal garbage are not verdicts
        ("Needless to say, the deal caused needless delays.", "loaded_language", ["needless"]),
        ("Cantor suffered a stunning loss, a stunning indictment of his team.", "loaded_language", ["stunning"]),
        ("He landed a job collecting garbage; this garbage is fake news.", "loaded_language", ["garbage"]),
        (
            "The consequences of the terrible attacks on our nation were a terrible deal.",
            "loaded_language",
            ["terrible"],
        ),
        # round q13: scare labels for a group's agenda, an elected government called a regime
        (
            "The activist promotes the LGBT agenda to rewrite history.",
            "loaded_language",
            ["LGBT agenda", "rewrite history"],
        ),
        ("Mad Vlad sent shells to fight the Kyiv regime.", "loaded_language", ["Mad Vlad", "Kyiv regime"]),
        ("The regime jailed its critics in Kyiv.", "loaded_language", ["regime"]),  # round l50: any government
        # "Wuhan coronavirus" counts since round l39 (BABE's experts mark it in each of its four uses)
        (
            "She caught the Chinese coronavirus, not the Wuhan coronavirus.",
            "loaded_language",
            ["Chinese coronavirus", "Wuhan coronavirus"],
        ),
        ("Biden would enforce the transgender ideology.", "loaded_language", ["transgender ideology"]),
        ("'Go back,' Trump barked, as a dog barked outside.", "loaded_language", ["barked"]),
        (
            "Christie bristled and took a swipe at his rivals in an outburst.",
            "loaded_language",
            ["bristled", "took a swipe at", "outburst"],
        ),
        # round q13: degree and manner words, the surname Slaughter and a forecast called grim are out
        (
            "Slaughter wrote that he harshly criticized the terribly slow slaughter and the grim outlook.",
            "loaded_language",
            ["slaughter"],
        ),
        # the website is cited, the idiom in a headline counts; a grim reality and a triumphant gamble count
        (
            "The Fed Is Full Of Hot Air, a grim reality after a triumphant gamble, as Hot Air's editors wrote.",
            "loaded_language",
            ["Hot Air", "grim", "triumphant"],
        ),
        ("She was yanked backward by a man who would take America backward.", "loaded_language", ["backward"]),
        (
            "After the horrible attacks, he did a horrible job, O'Connor wrote on Hot Air.",
            "loaded_language",
            ["horrible"],
        ),
        # round l13: literal senses judged in SemEval news; the verdicts beside them still count
        (
            "Solar panels leave toxic waste and highly toxic chemicals, yet Democrats call it toxic legislation.",
            "loaded_language",
            ["toxic"],
        ),
        ("US West Texas Intermediate crude rose as 12 crude explosive devices were found.", "loaded_language", []),
        ("It was a crude attempt to smear him.", "loaded_language", ["crude", "smear"]),
        ("They shot down a hot air balloon over Kursk.", "loaded_language", []),
        ("Disastrous flooding and devastating landslides hit the valley.", "loaded_language", []),
        ("It was a disastrous foreign policy.", "loaded_language", ["disastrous"]),
        ("Prices rose with the war raging in Eastern Europe as historic fires rage.", "loaded_language", []),
        ("The warheads have an estimated destructive power of three megatons.", "loaded_language", []),
        ("The speech will be destructive to the relationship.", "loaded_language", ["destructive"]),
        ("Waste recovery reduces rubbish dumping.", "loaded_language", []),
        ("Europe has endured dangerous heatwaves.", "loaded_language", []),
        # "warmonger" is a label (loaded language), no longer a raised stake
        ("He called the columnist a warmonger.", "escalation", []),
        ("He called the columnist a warmonger.", "loaded_language", ["warmonger"]),
        ("The agency raised the lethal exposure level for the chemical.", "escalation", []),
        (
            "The virus poses a lethal threat to the elderly.",
            "escalation",
            ["poses a lethal threat"],
        ),  # round e24: the threat posed, whole
        # a denied comparison is no hypothetical; the comparison itself is
        ("It's not as if he didn't get what he wanted.", "hedging", []),
        ("It isn't as if she hasn't endorsed a candidate before.", "hedging", []),
        ("He treats the Pope as if he were an absolute ruler.", "hedging", ["as if"]),
        # round l16: figurative violence to a law, a budget or a people is loaded; the storm, the heat
        # and the masonry it names plainly are not
        (
            "The mayor's plan is crippling small shops and gutting the library.",
            "loaded_language",
            ["crippling", "gutting"],
        ),
        (
            "Towns ravaged by the closures feel the budget slashes every service.",
            "loaded_language",
            ["ravaged", "slashes"],
        ),
        ("The hurricane ravaged the coast as crews slept in stifling heat.", "loaded_language", []),
        ("Fire ravaged the old mill and its crumbling brick walls.", "loaded_language", []),
        (
            "Critics say the stifling rules leave our crumbling schools behind.",
            "loaded_language",
            ["stifling", "crumbling"],
        ),
        ("The victim was slashed to death in the park.", "loaded_language", []),
        ("Voters are tired of the same failed policies.", "loaded_language", ["failed policies"]),
        ("The launch failed in its second stage.", "loaded_language", []),
        # round l16: candour formulae assert the plain truth of what follows
        ("Let's be honest, nobody read the bill.", "certainty", ["Let's be honest"]),
        ("Let’s be real: the vote was rigged from the start.", "certainty", ["Let’s be real"]),
        ("The bill is dead, just so we're clear.", "certainty", ["just so we're clear"]),
        ("The mayor made it abundantly clear that she knew.", "certainty", ["made it abundantly clear"]),
        ("It is abundantly clear that the mayor knew.", "certainty", ["clear that"]),
        ("The rift shows, as evident in the empty seats.", "certainty", ["as evident in"]),
        ("We need to be clear about the rules.", "certainty", []),
        # round l16: a civilisation or a last hour at stake
        ("This vote is about preserving our civilization.", "escalation", ["preserving our civilization"]),
        ("Debt and drought are a deadly combination for the farmers.", "escalation", ["deadly combination"]),
        ("It was the union's most desperate hour.", "escalation", ["desperate hour"]),
        # round l17: the side that loses a deal is no insult; a person called a loser is
        ("Farmers are the biggest losers of the new tariff deal.", "loaded_language", []),
        ("The first loser in such a trade war would be the exporters.", "loaded_language", []),
        ("He called his rival a total loser on stage.", "loaded_language", ["loser"]),
        # round l17: the harm of bullying reported, not a person or a tactic called bullying
        ("Many pupils are bullied at school every year.", "loaded_language", []),
        ("The charity shields teenagers from online bullying.", "loaded_language", []),
        ("The governor bullied the council into a vote.", "loaded_language", ["bullied"]),
        ("Voters are tired of his bullying tactics.", "loaded_language", ["bullying"]),
        # round l17: how a thing was received, not the writer's verb for an attack; round l26: "derided" out,
        # the active verb too reports what someone did
        ("The stimulus was much derided at the time.", "loaded_language", []),
        ("Her plan has been widely derided as too costly.", "loaded_language", []),
        ("The senator derided the plan as too costly.", "loaded_language", []),
        # round l17: a clown act, a crime and a charity named, a risk assessed
        ("The children clown around before the show.", "loaded_language", []),
        ("He was jailed for the sexual exploitation of minors.", "loaded_language", []),
        ("Guards said the parcels should be considered dangerous.", "loaded_language", []),
        ("The treaty aims to avert dangerous climate change.", "loaded_language", []),
        ("Her opponent is a dangerous man.", "loaded_language", ["dangerous man"]),
        # round l17: a question of what to do deliberates; a sneering one still counts
        ("How do we win the county back?", "doubt", []),
        ("What can we do to help the families?", "doubt", []),
        ("Was he really at the meeting?", "doubt", ["really"]),
        # round l17: propaganda named as an activity is a topic; calling a claim propaganda casts doubt
        ("The ministry stepped up its propaganda activity abroad.", "doubt", []),
        ("The group runs a vast propaganda machine online.", "doubt", []),
        ("The report is pure propaganda.", "doubt", ["propaganda"]),
        # round l18: classes of loaded language for unseen news, each with its literal sense kept out
        ("The aide kept blabbing about the plan to reporters.", "loaded_language", ["blabbing"]),
        ("The mayor was harping on his favourite theme again.", "loaded_language", ["harping on"]),
        ("Residents walked beside a babbling brook.", "loaded_language", []),
        ("The rebels scarpered as soon as the convoy arrived.", "loaded_language", ["scarpered"]),
        ("To add insult to injury, the council raised the fees.", "loaded_language", ["add insult to injury"]),
        ("The ministry turned a blind eye to the abuses.", "loaded_language", ["turned a blind eye"]),
        ("They swept the audit under the rug.", "loaded_language", ["under the rug"]),
        ("The keys were under the rug by the door.", "loaded_language", []),
        ("Her remarks were beyond the pale.", "loaded_language", ["beyond the pale"]),
        ("The charge was character assassination, he said.", "loaded_language", ["character assassination"]),
        ("The tariffs will kill off the steel industry.", "loaded_language", ["kill off"]),
        ("A cold spell killed off the bacteria in the pond.", "loaded_language", []),
        ("An asteroid killed off the dinosaurs.", "loaded_language", []),
        ("The ruling lets the majority run roughshod over the minority.", "loaded_language", ["run roughshod over"]),
        ("They were accused of lining their pockets with public funds.", "loaded_language", ["lining their pockets"]),
        ("The two parties spent the week bickering over the budget.", "loaded_language", ["bickering"]),
        ("The senators squabbled over the schedule.", "loaded_language", ["squabbled"]),
        ("The bill became a political football in the race.", "loaded_language", ["political football"]),
        ("Voters are tired of rank partisanship.", "loaded_language", ["rank partisanship"]),
        ("The pamphlet named them running dogs of the empire.", "loaded_language", ["running dogs"]),
        ("Neighbours complained about running dogs in the park.", "loaded_language", []),
        ("Schools are steeped in cultural Marxism, the pamphlet says.", "loaded_language", ["cultural Marxism"]),
        ("The speaker and the Uniparty back the deal.", "loaded_language", ["Uniparty"]),
        # round l24: "hell" as an intensifier adds degree, a damnation still counts
        ("He vowed to bomb the hell out of the militants.", "loaded_language", []),
        ("How the hell do we pay for it?", "loaded_language", []),
        ("The rival camp told him to go to hell.", "loaded_language", ["hell"]),
        # round l24: propaganda as a group's material or activity is a topic; calling a paper propaganda counts
        ("Police seized ISIS propaganda videos and leaflets.", "loaded_language", []),
        ("The agency ran a propaganda tool for years.", "loaded_language", []),
        ("Leaflets of white supremacist propaganda were found at the school.", "doubt", []),
        # round l47: a paper called propaganda is doubt's (markers leave the bare word unmarked as loaded language)
        ("The paper is pure propaganda for the ministry.", "loaded_language", []),
        ("The paper is pure propaganda for the ministry.", "doubt", ["propaganda"]),
        # round l24: history described, the plain news word for tycoons, persecution reported
        ("The museum recalls the horrors of the First World War.", "loaded_language", []),
        ("The bloc sanctioned Russian oligarchs on Friday.", "loaded_language", []),
        ("The oligarch billionaires fund the campaign.", "loaded_language", ["oligarch"]),
        ("Religious minorities there are often persecuted.", "loaded_language", []),
        # round l18, left out: a plain verb for paying, a report of a reply
        ("The grant bankrolled a new factory.", "loaded_language", []),
        ("The governor fired back at his critics on Monday.", "loaded_language", []),
        # round h5: "until" waits on a condition after a modal or an intention, not after a past verb or before a date
        # (round h12: the modal and its "until" are one match, negated or not)
        ("The miners will stay out until the owners reopen the talks.", "hedging", ["will stay out until"]),
        ("The board won't sign until the auditors approve the accounts.", "hedging", ["won't sign until"]),
        ("She intends to stay only until a successor is found.", "hedging", ["until"]),
        ("The club backed him until he dropped out in March.", "hedging", []),
        ("The mayor will stay in office until next year.", "hedging", []),
        ("The fund will have until the end of the week to reply.", "hedging", []),
        # round h5: a belief named with its clause, a forecast, a risk of an outcome
        ("Voters took the view that the tax was unfair.", "hedging", ["the view that"]),
        ("The firm foresees a slump in orders.", "hedging", ["foresees"]),
        ("The main worry is the risk that the bridge will close.", "hedging", ["risk that"]),
        # round h5: "appear" before a predicate is "seem"; before a place or a time it is a showing up
        ("The rebels appear ready to sign the truce.", "hedging", ["appear"]),
        ("The mayor appeared in court on Monday.", "hedging", []),
        # round h5: doubt ruled out is a booster, not a hedge
        ("Beyond the shadow of a doubt, the ferry sank.", "certainty", ["shadow of a doubt"]),
        ("Beyond the shadow of a doubt, the ferry sank.", "hedging", []),
        ("Nobody can doubt that the dam leaked.", "certainty", ["Nobody can doubt"]),
        ("Nobody can doubt that the dam leaked.", "hedging", []),
        # round h5: truth and evidence asserted, an outcome bet on, a ruling stated flatly
        ("It is no exaggeration to call the vote a rout.", "certainty", ["no exaggeration"]),
        ("Despite ample evidence to the contrary, the rumour spread.", "certainty", ["ample evidence"]),
        ("The town's debts have been well documented.", "certainty", ["been well documented"]),
        ("You can bet the council will object.", "certainty", ["You can bet"]),
        ("We now know that the pump was faulty.", "certainty", ["We now know that"]),
        ("The mayor's story is simply not true.", "certainty", ["simply not true"]),
        ("Nothing could be further from the truth.", "certainty", ["further from the truth"]),
        ("Fares will not rise. Period.", "certainty", ["Period."]),
        (
            "I don't doubt that the ferry sank, and nobody questions the cause.",
            "certainty",
            ["'t doubt", "nobody questions"],
        ),
        ("The rule applies to every driver, period.", "certainty", [", period."]),
        # round l19: party leaders named as a group, "far left" as a distance, a blow felt, a declared war
        ("Party elites were slow to rally behind the nominee.", "loaded_language", []),
        ("The candidate courted Republican elites at a private dinner.", "loaded_language", []),
        ("The bill takes power away from the Washington elites.", "loaded_language", ["elites"]),
        ("Advisers warned against moving the platform too far left.", "loaded_language", []),
        ("The campaign has thus far left the attacks unanswered.", "loaded_language", []),
        ("The far left wants to abolish the police, the flyer says.", "loaded_language", ["far left"]),
        ("He spoke about how devastating the shooting was for the town.", "escalation", []),
        ("It is certainly devastating that the team lost the final.", "escalation", []),
        ("The cuts would be devastating for millions of families.", "escalation", ["devastating"]),
        ("The senator urged Congress to formally declare war on the militia.", "escalation", []),
        ("The governor has declared war on the unions.", "escalation", ["declared war on"]),
        # round l19, out: a feeling named, plain praise of loyalty
        ("She said she was appalled by the verdict.", "loaded_language", []),
        ("The club thanked its most steadfast supporters.", "loaded_language", []),
        # round l20: idioms of contempt and sneer; comparatives of listed evaluative adjectives
        ("The columnist called the new rule beyond ridicule.", "loaded_language", ["beyond ridicule"]),
        ("They balanced the budget on the backs of pensioners.", "loaded_language", ["on the backs of"]),
        ("He misled the board for years and got away with it.", "loaded_language", ["got away with it"]),
        ("The senator is doing the bidding of the sugar lobby.", "loaded_language", ["doing the bidding of"]),
        ("The mayor told the council to get off its high horse.", "loaded_language", ["high horse"]),
        ("The donors clearly think the voters are rubes.", "loaded_language", ["rubes"]),
        ("It was the nastiest race the county had seen.", "loaded_language", ["nastiest"]),
        ("His second excuse was even flimsier than the first.", "loaded_language", ["flimsier"]),
        ("The aldermen lined their own pockets with the grant.", "loaded_language", ["lined their own pockets"]),
        ("The governor bent the knee to the donors.", "loaded_language", ["bent the knee"]),
        ("Critics say the agency moves the goalposts every year.", "loaded_language", ["moves the goalposts"]),
        ("The candidate went on a tear against the press on Sunday.", "loaded_language", ["went on a tear"]),
        # round l20, left out: a sold-out hall
        ("The band sold out to a crowd of ten thousand.", "loaded_language", []),
        # round l20, left out: travellers who share a cause, insults and jeers reported
        ("Most of his fellow travelers stayed with the campaign.", "loaded_language", []),
        ("The crowd answered the speech with jeers and insults.", "loaded_language", []),
        # round e21: stakes raised to a civilisation, a world or lives; a force annihilated and rhetoric
        # called apocalyptic are reports
        ("Rising debt is the danger we face, the minister said.", "escalation", ["the danger we face"]),
        (
            "He wrote that the movement is at war with all of Western civilization.",
            "escalation",
            ["at war with all of Western civilization"],
        ),
        ("If the canal closes, the West falls with it.", "escalation", ["the West falls"]),
        ("They plan to bring the whole world down with them.", "escalation", ["bring the whole world down"]),
        ("Union leaders called the strike the fight of our lives.", "escalation", ["fight of our lives"]),
        ("Cutting the ferry service will get people killed.", "escalation", ["get people killed"]),
        ("Any border skirmish could turn into a hot war.", "escalation", ["hot war"]),
        ("The verdict dealt a mortal blow to the coalition.", "escalation", ["mortal blow"]),
        ("He warned there would be nothing left but nuclear ashes.", "escalation", ["nuclear ashes"]),
        ("The strikes risk a direct clash with NATO, Moscow said.", "escalation", ["direct clash"]),
        ("The two captains had a direct clash over the schedule.", "escalation", []),
        ("The rebels annihilated the Taliban outpost overnight.", "escalation", []),
        ("The militia decimated ISIS fighters near the river.", "escalation", []),
        ("The tax would decimate the middle class.", "escalation", ["decimate"]),
        ("Critics mocked the mayor's apocalyptic rhetoric about parking.", "escalation", []),
        ("The governor painted a dystopian picture of the state.", "escalation", ["dystopian"]),
        ("The fever that decimated the valley killed thousands.", "escalation", []),
        ("An outbreak is devastating villages in the north.", "escalation", []),
        ("The new levy is devastating family farms.", "escalation", ["devastating"]),
        # round e22: a vow to destroy told as news, a death foretold in the past, a military or plain
        # all-out push, damage, a mocked prophet, "dangerously" grading a plain word, a person's peril, a
        # stake word naming a remark and doubted stakes are reports; the stakes said themselves still count
        ("The rebels vowed that they would destroy the dam.", "escalation", []),
        ("This dam project will destroy the country.", "escalation", ["will destroy"]),
        ("Passengers said they thought they were going to die.", "escalation", []),
        ("If the ferry stops, we are going to die.", "escalation", ["going to die"]),
        ("The volunteers made an all-out effort to finish the dyke.", "escalation", []),
        ("The blockade could trigger all-out war.", "escalation", ["all-out war"]),
        ("Repairs after the cataclysmic damage will take years.", "escalation", []),
        ("A cataclysmic war would follow the strike.", "escalation", ["cataclysmic"]),
        ("The prophet of doom on the radio predicted rain.", "escalation", []),
        ("The mayor's plan is dangerously wrong on parking.", "escalation", []),
        ("The two fleets sailed dangerously close to war.", "escalation", ["dangerously"]),
        ("The senator's legal perils deepened this week.", "escalation", []),
        ("The republic is in peril, the senator warned.", "escalation", ["peril"]),
        ("Reporters asked about his 'bloodbath' comment at the rally.", "escalation", []),
        ("It will be a bloodbath for the harbour towns.", "escalation", ["bloodbath"]),
        ("They blame every flood on a so-called climate catastrophe.", "escalation", []),
        ("The bake sale was a scandal of epic proportions.", "escalation", []),
        ("The drought became a famine of epic proportions.", "escalation", ["epic proportions"]),
        ("The border town is under siege from rebel drones.", "escalation", []),
        ("Free speech is under siege on our campuses.", "escalation", ["under siege"]),
        ("The guns delivered devastating strikes on the ridge.", "escalation", []),
        # round e23: the collapse of an economy or an order foretold, scripture's end of the world, a
        # people to be killed in a speaker's words; a building or a deal that may collapse is a report
        ("Mark my words, the whole banking system is going to collapse.", "escalation", ["going to collapse"]),
        ("Engineers fear the old pier will collapse in the next storm.", "escalation", []),
        ("The preacher said the new ID card is the mark of the beast.", "escalation", ["mark of the beast"]),
        ("Burn the village so they die in their beds, the order read.", "escalation", ["so they die"]),
        # round e24: a threat posed whatever grades it, a people wiped out, a spread that cannot be held back,
        # a country dismembered, a war on a climate target, an attack on a faith; a person who is a threat to
        # public safety, a witness in a state of panic, the end of a war and stakes quoted from an "alarmist"
        # are reports
        (
            "The new militia poses a grave and growing threat to the region.",
            "escalation",
            ["poses a grave and growing threat"],
        ),
        ("Our village will be wiped out if the dam breaks, the elders said.", "escalation", ["will be wiped out"]),
        ("Savings could be wiped out by one bad quarter.", "escalation", []),
        ("Doctors fear the fever will soon be impossible to contain.", "escalation", ["impossible to contain"]),
        ("The generals plan to dismember the country within a year.", "escalation", ["dismember"]),
        ("The body had been dismembered in a garage.", "escalation", []),
        ("If the army loses, the government will collapse within weeks.", "escalation", ["will collapse"]),
        ("Trust in government is collapsing in every poll.", "escalation", []),
        ("Ministers have opened a war on cars in the city centre.", "escalation", ["war on"]),
        ("He vowed to resist liberal attacks on our faith.", "escalation", ["attacks on"]),
        ("Police deported a man who is a threat to public safety.", "escalation", []),
        ("The driver was in a state of panic when officers arrived.", "escalation", []),
        ("A power cut would throw the capital into a state of panic.", "escalation", ["state of panic"]),
        ("A truce would spell the end of the war by spring.", "escalation", []),
        ("The alarmist minister decried the coming climate carnage yesterday.", "escalation", []),
        ("They are dragging the planet towards nuclear conflagration.", "escalation", ["nuclear conflagration"]),
        # round e25: lives lost foretold as a price, harm to a whole foretold, a nation's fall told as a lesson,
        # a disease beyond cure, a death called for, a war or an attack on what households own; jobs lost and
        # a flood that devastates farms every spring are reports
        ("Selling the files will lead to the loss of innocent lives.", "escalation", ["lead to the loss of"]),
        ("The merger will lead to the loss of hundreds of jobs.", "escalation", []),
        ("Cutting the fund could hurt families and devastate whole towns.", "escalation", ["devastate"]),
        ("Every spring the floods devastate the valley.", "escalation", []),
        ("Look at the riots: this is how nations collapse.", "escalation", ["how nations collapse"]),
        ("The new strain could mutate and become untreatable.", "escalation", ["could mutate", "become untreatable"]),
        ("Officials are warning the strain could mutate and become untreatable.", "escalation", []),
        ("The ministers have opened a war on your appliances.", "escalation", ["war on"]),
        ("The rule is a fresh attack on gas stoves.", "escalation", ["attack on"]),
        ("The rebels staged an attack on the depot.", "escalation", []),
        # round l21: rhetorical questions by their opening words, where the "?" no longer counts again
        ("Can you imagine if the mayor had said that?", "doubt", ["Can you imagine"]),
        ("Is anyone surprised that the audit found nothing?", "doubt", ["Is anyone surprised"]),
        ("Are we to believe the files just vanished?", "doubt", ["Are we to believe"]),
        ("Can you imagine the ferry sailing on time for once.", "doubt", []),
        # round l21: sneers at a decision or a claim that need no question mark
        ("Perhaps the council can explain the wisdom of selling the park.", "doubt", ["explain the wisdom of"]),
        ("The board will listen this time. Yeah, right.", "doubt", ["Yeah, right"]),
        # round l21: claims called invented, worthless, untrue or distorted
        ("There is zero evidence that the dam leaks.", "doubt", ["zero evidence"]),
        ("The charges against the editor were trumped-up.", "doubt", ["trumped-up"]),
        ("The inquiry was a smokescreen for the cuts.", "doubt", ["smokescreen"]),
        ("The mayor said the quote was taken out of context.", "doubt", ["out of context"]),
        ("The minister said the report was not true.", "doubt", ["not true"]),
        ("The campaign called the ad an outrageous distortion.", "doubt", ["distortion"]),
        ("The council's new pledges are window dressing.", "doubt", ["window dressing"]),
        ("The column spends a page debunking the mayor's figures.", "doubt", ["debunking"]),
        # round l21, left out: a plain sense (an invented name, a subsidy that distorts prices, a prank that
        # never happened) and a label reported in the writer's paraphrase
        ("The company traded under a fictitious name.", "doubt", []),
        ("Cheap loans distorted the housing market.", "doubt", []),
        ("The storm the forecast warned of never happened.", "doubt", []),
        ("The senator railed against what he calls the ferry cartel.", "doubt", []),
        ("The chef cooked up a stew for the volunteers.", "doubt", []),
        # round l21: "tearing into", the form missing beside "tore into" and "tears into"
        ("The senator spent the hearing tearing into the agency.", "loaded_language", ["tearing into"]),
        # round l22: betrayal as a sale only before the people or cause sold; giving in; a world of unreality;
        # waste as a verdict; the conspiracy label and a rigged contest; expletives; hyphenated modifiers
        ("The union says the mayor is selling out the dock workers.", "loaded_language", ["selling out"]),
        ("They feared he would sell us out at the summit.", "loaded_language", ["sell us out"]),
        ("The concert sold out in an hour.", "loaded_language", []),
        ("The new sneakers are selling out at every store.", "loaded_language", []),
        ("The deal was a clear cave by the governor.", "loaded_language", ["cave"]),
        ("Hikers found a cave by the river.", "loaded_language", []),
        ("The board knuckled under to the donors.", "loaded_language", ["knuckled under"]),
        ("He says the council lives in an alternate reality.", "loaded_language", ["alternate reality"]),
        ("The hearing was a colossal waste of money.", "loaded_language", ["colossal waste"]),
        ("The pamphlet blames the New World Order for the tax.", "loaded_language", ["New World Order"]),
        ("Leaders spoke of a new world order after the treaty.", "loaded_language", []),
        ("The fix is in, the candidate told the crowd.", "loaded_language", ["fix is in"]),
        ("He said he would not pay for that f-----g bridge.", "loaded_language", ["f-----g"]),
        ("The forum called it a show-trial verdict.", "loaded_language", ["show-trial"]),
        # round l22: a prank or a fake object called a hoax is no dismissal of a claim; anger caused is a feeling
        ("The singer was the victim of a death hoax.", "doubt", []),
        ("The singer was the victim of a death hoax.", "loaded_language", []),
        ("Police said the parcels were hoax devices.", "doubt", []),
        ("The senator called the report a hoax.", "doubt", ["hoax"]),
        ("The delay infuriated the commuters.", "loaded_language", []),
        # round l23: a rival cast as against what every reader holds dear; derogatory coinages; other forms of
        # listed sneers and labels
        (
            "The pamphlet calls the new syllabus anti-family and anti-God.",
            "loaded_language",
            ["anti-family", "anti-God"],
        ),
        ("He says the levy is anti-worker.", "loaded_language", ["anti-worker"]),
        ("The column is about the wokery of the arts council.", "loaded_language", ["wokery"]),
        ("Every night the host spouts the same talking points.", "loaded_language", ["spouts"]),
        ("The mayor dismissed them as fear-mongers.", "loaded_language", ["fear-mongers"]),
        ("The blog wrote about the pencil-pushers at the ministry.", "loaded_language", ["pencil-pushers"]),
        ("Critics likened the raids to Gestapo-style tactics.", "loaded_language", ["Gestapo-style"]),
        ("The host answered sneeringly.", "loaded_language", ["sneeringly"]),
        ("The agency rode roughshod over the residents.", "loaded_language", ["rode roughshod over"]),
        # round l23: weather that pummels a place is damage reported; a rival pummeled stays
        ("The coast was pummeled by heavy rain overnight.", "loaded_language", []),
        ("The senator pummeled the governor in the debate.", "loaded_language", ["pummeled"]),
        # round l23: "nuts" as excitement, annoyance or in "soup to nuts"; calling someone nuts stays
        ("The crowd went nuts when the ferry docked.", "loaded_language", []),
        ("The new timetable will drive them nuts.", "loaded_language", []),
        ("The report covers the budget soup to nuts.", "loaded_language", []),
        ("The caller said the planners are nuts.", "loaded_language", ["nuts"]),
        # round l23: "dirty" of a radiological weapon or of things soiled; a dirty deal stays
        ("Police feared a 'dirty' nuclear device at the port.", "loaded_language", []),
        ("Dirty dishes piled up in the galley.", "loaded_language", []),
        ("The harbour board struck a dirty deal with the builder.", "loaded_language", ["dirty"]),
        # round h6: an option's "would be to", a stated probability, scepticism about an outcome, a hint
        ("The cheapest option would be to repair the old bridge.", "hedging", ["would be to"]),
        ("Engineers put a high probability on a second landslide.", "hedging", ["high probability"]),
        ("The poll used a probability-based panel of voters.", "hedging", []),
        ("Investors are skeptical that the airline can repay its loans.", "hedging", ["skeptical that"]),
        ("It is doubtful the ferry will sail before spring.", "hedging", ["doubtful"]),
        ("The leaked memo implies that the mayor knew.", "hedging", ["implies that"]),
        ("It is wrong to imply that the mayor knew.", "hedging", []),
        ("A dip in bookings hints that travellers are staying home.", "hedging", ["hints that"]),
        ("The engineer surmised that the pump had failed first.", "hedging", ["surmised"]),
        ("The race for the third seat is still too close to call.", "hedging", ["too close to call"]),
        (
            "The levy's fate is hard to tell, and the jury is still out.",
            "hedging",
            ["hard to tell", "jury is still out"],
        ),
        ("There is no telling how long the strike will last.", "hedging", ["no telling"]),
        # round h6: certainty with its verb, so that a negator or "nobody" before it makes a hedge
        ("They know for sure that the gate was locked.", "certainty", ["know for sure"]),
        ("We don't know for sure that the gate was locked.", "certainty", []),
        ("We don't know for sure that the gate was locked.", "hedging", ["know for sure"]),
        ("Nobody knows for certain who fired first.", "hedging", ["knows for certain"]),
        ("It is too early to say with certainty how many homes were lost.", "certainty", []),
        ("I can say with confidence that the audit found nothing.", "certainty", ["say with confidence"]),
        ("The merger is not a done deal.", "hedging", ["a done deal"]),
        ("The merger is a done deal.", "certainty", ["a done deal"]),
        # round h6: a full share, oaths, every way of looking, an outcome only to be expected
        ("I'm 100 percent sure the gate was locked.", "certainty", ["100 percent sure"]),
        ("I swear the letter was on my desk.", "certainty", ["I swear"]),
        ("No matter how you slice it, the council is short of money.", "certainty", ["No matter how you slice it"]),
        ("It should come as no surprise that the fund ran dry.", "certainty", ["come as no surprise"]),
        ("Naturally, the mayor took the credit.", "certainty", ["Naturally,"]),
        ("Lichens grow naturally on the old walls.", "certainty", []),
        ("Will the bridge reopen? Absolutely, the minister said.", "certainty", ["Absolutely,"]),
        ("The claim is absolutely, utterly false.", "certainty", []),
        ("The figure is undoubtably too low.", "certainty", ["undoubtably"]),
        # round h7: knowledge claimed for "us" with its clause, not in a question, a relative clause or of a thing
        ("We know the ferry was late again.", "certainty", ["We know"]),
        ("So now we already know the pier is unsafe.", "certainty", ["we already know"]),
        ("Here is what we know about the ferry.", "certainty", []),
        ("The harbour we know, the old one, is closed.", "certainty", []),
        ("We know about the leak in the hull.", "certainty", []),
        ("The inspectors will wait until we know the cause.", "certainty", []),
        ("We don't know the ferry was late.", "certainty", []),
        # round h7: a sign called clear or sure, history's lesson, truth and candour formulae
        ("In a clear sign of trouble, the ferry skipped two stops.", "certainty", ["clear sign"]),
        ("There was no clear sign that the repairs had worked.", "certainty", []),
        ("History has shown that ferries need spare engines.", "certainty", ["History has shown"]),
        ("These are the lessons that history has taught the port.", "certainty", []),
        ("As we have learned, ferries need spare engines.", "certainty", ["As we have learned"]),
        ("The port looks calm as we have seen it all week.", "certainty", []),
        ("The awkward truth is that the ferry is too old.", "certainty", ["truth is that"]),
        ("Let me be blunt: the ferry is too old.", "certainty", ["Let me be blunt"]),
        ("It is safe to say the ferry will be replaced.", "certainty", ["safe to say"]),
        ("The board saw no reason to doubt the engineer.", "certainty", ["no reason to doubt"]),
        ("The board saw no reason to doubt the engineer.", "hedging", []),
        ("The board asked whether the ferry can indeed sail.", "certainty", []),
        ("The empty car deck is further proof that the route loses money.", "certainty", ["further proof"]),
        ("The union will not act unless there is proof of the fault.", "certainty", []),
        ("The captain's proof was in the logbook.", "certainty", []),
        ("The contrast with last summer couldn't be clearer.", "certainty", ["couldn't be clearer"]),
        ("The mayor made it very clear on Monday that the pier stays shut.", "certainty", ["made it very clear"]),
        ("The vote was never in doubt.", "certainty", ["never in doubt"]),
        ("The vote was never in doubt.", "hedging", []),
        ("The vote remains in doubt.", "hedging", ["doubt"]),
        # round h7: a belief others are said to want us to hold casts doubt, it hedges nothing; a bare
        # hypothetical "assuming" hedges, taking on an office does not
        ("The operator wants us to believe the ferry is safe.", "hedging", []),
        ("Assuming the ferry sails, we arrive by noon.", "hedging", ["Assuming"]),
        ("The new captain died soon after assuming command.", "hedging", []),
        ("The hull is often assumed to be sound.", "hedging", ["assumed to be"]),
        # round p21: permission, ability and feasibility are not possibility; belief given to what one is
        # told, and "think" asked of someone, hedge no claim; "potential" before people names a category
        ("Readers may opt out of the newsletter at any time.", "hedging", []),
        ("Readers may find the newsletter too long.", "hedging", ["may"]),
        ("The clerk could neither confirm nor deny the report.", "hedging", []),
        ("From the pier you could hear the engines.", "hedging", []),
        ("The storm could hit the pier on Friday.", "hedging", ["could"]),
        ("A vote on Monday is not possible, the clerk wrote.", "hedging", []),
        ("The old timetable is no longer possible.", "hedging", []),
        ("A rescue is only possible if the wind drops.", "hedging", []),
        ("It is possible that the ferry sank.", "hedging", ["possible"]),
        ("The captain believes what the harbour master tells him.", "hedging", []),
        ("The captain believes the harbour master is wrong.", "hedging", ["believes"]),
        ("Do you think the ferry will sail?", "hedging", []),
        ("I think the ferry will sail.", "hedging", ["think"]),
        ("The court questioned dozens of potential jurors.", "hedging", []),
        ("The court weighed a potential delay.", "hedging", ["potential"]),
        ("It was a fine crossing, if I do say so myself.", "hedging", []),
        ("Here is what you can expect from the new ferry.", "hedging", []),
        ("The ferry couldn't possibly have left on time.", "hedging", []),
        ("The ferry cannot possibly carry them all.", "hedging", []),
        ("The ferry possibly left on time.", "hedging", ["possibly"]),
        ("Anyone who trusted the old ferry should think again.", "hedging", []),
        # round h9: forms of listed boosters with a contracted verb, the plural "no doubts", and the classes
        # a step wider: an outcome sure to come, knowledge presupposed as the reader's, a claim called
        # proven, a denial ruled out, an aside that asserts
        ("The old ferry's bound to break down again.", "certainty", ["'s bound to"]),
        ("They're bound to cancel the night crossing.", "certainty", ["'re bound to"]),
        ("A fare rise next spring? It's a certainty.", "certainty", ["'s a certainty"]),
        ("That's perfectly clear from the logbook.", "certainty", ["'s perfectly clear"]),
        ("Have no doubts, the ferry will be sold.", "certainty", ["no doubts"]),
        ("Have no doubts, the ferry will be sold.", "hedging", []),
        ("Here are the facts: the ferry is thirty years old.", "certainty", ["Here are the facts"]),
        ("There is no escaping the fact that the ferry is too old.", "certainty", ["no escaping the fact"]),
        ("It is only a matter of time before the pier collapses.", "certainty", ["only a matter of time"]),
        ("As you know, the ferry sails at noon.", "certainty", ["As you know"]),
        ("The ferry, as you well know, is late again.", "certainty", ["as you well know"]),
        ("The captain has been proven to be a careful man.", "certainty", ["been proven to"]),
        ("The cure has never been proven to work.", "hedging", ["been proven to"]),
        ("The cure has never been proven to work.", "certainty", []),
        ("The clerk must have known about the leak.", "certainty", ["must have known"]),
        ("Nobody can seriously deny that the ferry is old.", "certainty", ["Nobody can seriously deny"]),
        ("No one could deny that the ferry was late.", "certainty", ["No one could deny"]),
        ("No one could deny that the ferry was late.", "hedging", []),
        ("There is no way around that, the captain said.", "certainty", ["There is no way"]),
        ("Believe it or not, the ferry left on time.", "certainty", ["Believe it or not"]),
        ("Believe it or not, the ferry left on time.", "hedging", []),
        ("Passengers can believe it or not.", "certainty", []),
        ("Take my word for it, the ferry is safe.", "certainty", ["Take my word for it"]),
        # round h9: a forecast with its clause and an estimate with a pronoun as subject hedge; the noun does not
        ("Analysts forecast that fares will rise in May.", "hedging", ["forecast that"]),
        ("The rise was smaller than the forecast by analysts.", "hedging", []),
        ("She estimates the old ferry is worth half its price.", "hedging", ["She estimates"]),
        # round l25: the people a report names, a news epithet, feelings named; the sneer and the verdict still count
        ("Police said violent extremists planned the attack.", "loaded_language", []),
        ("On abortion, the Democrats are extremists.", "loaded_language", ["extremists"]),
        ("The Libyan strongman fled the capital on Sunday.", "loaded_language", []),
        ("Voters are tired of a strongman approach to trade.", "loaded_language", ["strongman"]),
        ("Business and political elites gathered at the forum.", "loaded_language", []),
        ("The bill takes power from the elites.", "loaded_language", ["elites"]),
        ("The generals were livid after the deal.", "loaded_language", []),
        ("He was a president who hated personal conflicts.", "loaded_language", []),
        ("He is the most hated man in the city.", "loaded_language", ["hated"]),
    ],
)
def test_word_sense(analyzer: Analyzer, text: str, signal: str, expected: list[str]) -> None:
    assert spans(analyzer, text, signal) == expected


def test_dropped_descriptive_words_no_longer_count(analyzer: Analyzer) -> None:
    # "far-right" came back in the fourth pass: the hand-marked samples count it as a label
    text = "Far-right groups and militants clashed as the crowd booed and aggressive police moved in."
    assert spans(analyzer, text, "loaded_language") == ["Far-right"]


@pytest.mark.parametrize(
    "text, signal, expected",
    [
        # a clitic written alone in a rule ("'s", "'m") is the token the tokenizer splits off "that's", "I'm"
        ("I have weapons, and that's why I have them.", "doubt", []),
        ("I have weapons, and that’s why I have them.", "doubt", []),
        ("Why would anyone believe him?", "doubt", ["Why would"]),
        ("I'm sure of it.", "certainty", ["sure"]),
        ("She’s certain the vote will pass.", "certainty", ["certain"]),
        ("Make damn sure of it.", "certainty", []),
    ],
)
def test_a_rule_names_a_clitic_as_the_text_splits_it(
    analyzer: Analyzer, text: str, signal: str, expected: list
) -> None:
    assert spans(analyzer, text, signal) == expected
