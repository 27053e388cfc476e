"""Source kinds read from the source phrase (docs/source-kinds.md), in sentences of our own.

Each case pins the source phrase and the kind a researcher would see for it, with either sourcing
method: the kind rules do not depend on how the cue was found.
"""

from __future__ import annotations

import re

import pytest

from sourcing_cases import attributions
from framing.pipeline import Analyzer
from framing.sourcing.names import _whole_word_at


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time word ends the head: the head is "judge", "officials", "Democrats", not "month", "week", "now"
        # (and a period before the verb is no part of the source, as PolNeAR marks it)
        ("A judge last month ordered the city to release the video.", ("anonymous", "ordered", "A judge")),
        (
            "Senior campaign officials this week described the plan in detail.",
            ("anonymous", "described", "Senior campaign officials"),
        ),
        ("Some Democrats now worry that the plan will fail.", ("vague", "now worry", "Some Democrats")),
        # so does a relative pronoun: the head is "People"
        (
            "People whose dealings with Ruiz were friendly said little.",
            ("vague", "were friendly said", "People whose dealings with Ruiz"),
        ),
    ],
)
def test_the_head_ends_at_a_time_word_or_a_relative_pronoun(
    sourcing_analyzer: Analyzer, text: str, expected: tuple
) -> None:
    assert attributions(sourcing_analyzer, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle after a noun for people starts its modifier: the head is "person", "voters"
        (
            "One person involved in the negotiations said the deal was close.",
            ("anonymous", "said", "One person involved in the negotiations"),
        ),
        (
            "Three voters polled on Sunday said they liked the plan.",
            ("anonymous", "said", "Three voters polled on Sunday"),
        ),
        # one of a group ("Republicans") is a person too
        (
            '"Money is not a problem," said one Republican involved in the planning.',
            ("anonymous", "said", "one Republican involved in the planning"),
        ),
        # an -ing word before the last noun modifies it: the head is "sources", not "media"
        (
            "The campaign has reserved time for ads, according to media buying sources.",
            ("anonymous", "according to", "media buying sources"),
        ),
        # but a participle with its object is a modifier, and a conjunction leaves the name leading
        (
            "A judge handling the lawsuit said the city must release the video.",
            ("anonymous", "said", "A judge handling the lawsuit"),
        ),
        ("Ruiz and leading Democrats said the platform was settled.", ("named", "said", "Ruiz and leading Democrats")),
    ],
)
def test_a_participle_after_a_person_or_before_the_last_noun_leaves_the_head_a_person(
    sourcing_analyzer: Analyzer, text: str, expected: tuple
) -> None:
    assert attributions(sourcing_analyzer, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Marta Lind, a senior aide to the governor, said the dam was safe.",
            ("named", "said", "Marta Lind, a senior aide to the governor"),
        ),
        (
            '"The dam is safe," said Ben Okafor, one of the few critics of the plan in the council.',
            ("named", "said", "Ben Okafor, one of the few critics of the plan in the council"),
        ),
        # a long description: the name opening the sentence speaks, with it
        (
            "Tal Ruiz, an expert on water policy at the state university, said the dam was safe.",
            ("named", "said", "Tal Ruiz, an expert on water policy at the state university"),
        ),
        # an institution before the comma is no name the unnamed official could be
        (
            "Interviews were held with the FBI and the Justice Department, a former official said.",
            ("anonymous", "said", "a former official"),
        ),
    ],
)
def test_an_anonymous_or_vague_term_describing_a_name_is_the_names(
    sourcing_analyzer: Analyzer, text: str, expected: tuple
) -> None:
    assert attributions(sourcing_analyzer, text) == [expected]


def test_one_expert_is_no_source_without_a_cue(sourcing_analyzer: Analyzer) -> None:
    """ "an expert" is one person described, not a vague attribution by itself."""
    assert (
        attributions(sourcing_analyzer, "Nora Falk is an expert on dams and has taught at the state university.") == []
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "one" or "another" standing alone is one of the set just mentioned: a specific, unnamed person
        (
            'Dozens of readers wrote in. "The fee is unfair," one wrote. Another said the fee was fine.',
            [
                ("vague", "wrote in", "Dozens of readers"),
                ("anonymous", "wrote", "one"),
                ("anonymous", "said", "Another"),
            ],
        ),
        # the generic "one" is anybody
        ("If one adds the fees, the total doubles.", [("vague", "adds", "one")]),
        # one or several of a group, counted: unnamed people; a quantity of them: a population
        ("One of the organizers said the fee was unfair.", [("anonymous", "said", "One of the organizers")]),
        ("Several of them said the fee was unfair.", [("anonymous", "said", "Several of them")]),
        ("Many of them said the fee was unfair.", [("vague", "said", "Many of them")]),
        ("A slew of GOP leaders agree with the decision.", [("vague", "agree", "A slew of GOP leaders")]),
        # a document or a figure someone publishes is no quantity of people
        (
            "An average of recent state polls shows Ruiz ahead.",
            [("named", "shows", "An average of recent state polls")],
        ),
        (
            "Ana Ruiz, one of the founders, said the fee was unfair.",
            [("named", "said", "Ana Ruiz, one of the founders")],
        ),
    ],
)
def test_one_of_a_group_and_a_quantity_of_it(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


def test_a_vague_phrase_is_a_source_beside_another_vague_source(sourcing_analyzer: Analyzer) -> None:
    """ "records show" attributes its own clause even when "experts say" attributes the next one: two
    sources of the same kind in one sentence are both found."""
    text = "The ferry was insured for $9 million in 2012, records show, and shipping experts say it is worth less now."
    assert sorted(attributions(sourcing_analyzer, text)) == [
        ("vague", "say", "shipping experts"),
        ("vague", "show", "records"),
    ]


def test_he_skips_a_relative_pronoun_that_stands_for_several_people(sourcing_analyzer: Analyzer) -> None:
    """ "House members who …" are several people, so a later "He" is the named man, not them."""
    text = "Tom Beck met House members who have endorsed the plan. He says the meeting went well."
    assert attributions(sourcing_analyzer, text) == [("anonymous", "have endorsed", "who"), ("named", "says", "He")]


def test_a_capitalised_adverb_before_the_comma_is_no_name(sourcing_analyzer: Analyzer) -> None:
    """A one-word name must be one the article uses mid-sentence: "Meanwhile" never is."""
    text = (
        "Meanwhile, a local teacher who led the union for years said the plan was rushed. Meanwhile the plan stalled."
    )
    assert [kind for kind, _, _ in attributions(sourcing_analyzer, text)] == ["anonymous"]


def test_a_title_right_before_a_name_is_the_names(sourcing_analyzer: Analyzer) -> None:
    """Whatever cuts the phrase before the name ("Hope" read as a verb), "campaign spokeswoman" titles
    the name that follows it: the source is named."""
    text = 'Ruiz campaign spokeswoman Hope Lane said in a statement that Ruiz "has a long record of service."'
    kinds = {source: kind for kind, _, source in attributions(sourcing_analyzer, text)}
    assert kinds.get("Ruiz campaign spokeswoman", "named") == "named"
    assert "anonymous" not in kinds.values()


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The speech was moving, but many Latinos have said it fell flat.", "many Latinos"),
        ("Some Germans are asking whether the posts were legal.", "Some Germans"),
    ],
)
def test_a_share_of_a_capitalised_group_is_vague(sourcing_analyzer: Analyzer, text: str, source: str) -> None:
    """ "many", "some", "most" before a group give a share of a population, however it is named."""
    assert ("vague", source) in [(kind, s) for kind, _, s in attributions(sourcing_analyzer, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural capitalised only because it opens the sentence, written in lower case elsewhere
        (
            "Many investors were nervous. Investors say the merger will fail.",
            [("vague", "say", "Investors")],
        ),
        # a surname that happens to be a plural noun stays a name where the article writes it mid-sentence
        (
            "Reporter Ana Fields covered the fields of Iowa. Fields said the harvest was late.",
            [("named", "said", "Fields")],
        ),
        # a body, not a plural: "Police" stays named
        ("The police were called. Police said the road was closed.", [("named", "said", "Police")]),
    ],
)
def test_a_common_plural_that_opens_the_sentence_names_nobody(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert attributions(sourcing_analyzer, text) == expected


def test_a_population_named_by_who_it_is_is_vague(sourcing_analyzer: Analyzer) -> None:
    """ "Latinos", "Muslims": broad groups, like "Democrats" (lexicons/en/_language.toml, group_nouns)."""
    assert attributions(sourcing_analyzer, "Latinos say the ad fell flat.") == [("vague", "say", "Latinos")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural never written mid-sentence: a common noun capitalised by its place, even with no
        # lower-case use elsewhere in the article, when it ends as common nouns do (-ions, -ians)
        ("The plant closed in May. Projections suggest the town lost 900 jobs.", ("vague", "suggest", "Projections")),
        ("The plant closed in May. Statisticians said the count was low.", ("vague", "said", "Statisticians")),
        # a plural ending as a surname may (-ers, -ns) needs a lower-case use: "Sanders said" is a name
        ("Sanders said the count was low.", ("named", "said", "Sanders")),
    ],
)
def test_a_plural_opening_the_sentence_names_nobody(sourcing_analyzer: Analyzer, text: str, expected: tuple) -> None:
    assert attributions(sourcing_analyzer, text) == [expected]


def test_a_plural_described_by_a_participle_is_particular_things(sourcing_analyzer: Analyzer) -> None:
    """ "Guidelines recently issued by the county": named (the methods differ on the cue, not the kind)."""
    found = attributions(sourcing_analyzer, "Guidelines recently issued by the county say schools must stay open.")
    assert [(kind, source.split()[0]) for kind, _, source in found] == [("named", "Guidelines")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence adverb before a comma is no name with an appositive: the source is after it
        ("Prices rose again. Again, those surveyed said the economy was weak.", ("vague", "said", "those surveyed")),
        ("The vote was close. Indeed, statistics indicate that turnout fell.", ("vague", "indicate", "statistics")),
        # a surname the article uses is, with its appositive
        (
            "Rob Ames met the mayor. Ames, the council's chair, said the vote would wait.",
            ("named", "said", "Ames, the council's chair"),
        ),
        # and a plural opens a list, not a sentence adverb
        (
            "Friends, neighbours and former colleagues say Ruiz was generous.",
            ("anonymous", "say", "Friends, neighbours and former colleagues"),
        ),
    ],
)
def test_an_opening_sentence_adverb_is_no_part_of_the_source(
    sourcing_analyzer: Analyzer, text: str, expected: tuple
) -> None:
    assert attributions(sourcing_analyzer, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name read as two tokens at its apostrophe is still a name, before its appositive
        (
            "Dinesh D'Souza, a filmmaker, claimed the plan was weak.",
            [("named", "claimed", "Dinesh D'Souza, a filmmaker")],
        ),
        ("O’Malley, a former governor, said the plan was weak.", [("named", "said", "O’Malley, a former governor")]),
    ],
)
def test_a_name_with_an_apostrophe_is_a_name(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lone "one" is one of a set, not the "she" of the article's speaker
        (
            "Nora Kahn said the ads were unfair. The networks would not air them, especially one considered "
            "neutral, she said.",
            ("named", "said", "she"),
        ),
        # "He and his partner … they": the pair "he" leads
        (
            "Manny Ortiz watched the parade. He and his partner came because they said the parade mattered.",
            ("named", "said", "they"),
        ),
        # "their own sources" belong to "they"; they are not them
        (
            "Dana Ruiz and Lee Park bring their own sources to the newsletter. And they are hoping to grow it.",
            ("named", "are hoping", "they"),
        ),
    ],
)
def test_a_pronoun_finds_the_right_antecedent(sourcing_analyzer: Analyzer, text: str, expected: tuple) -> None:
    assert expected in attributions(sourcing_analyzer, text)


def test_counted_people_named_by_what_they_do_are_unnamed_people(sourcing_analyzer: Analyzer) -> None:
    """ "several GOP leaders", "two senators": counted, specific people, as "two aides" (not "many leaders")."""
    found = attributions(
        sourcing_analyzer, "The vote is close, but several county leaders suggested the plan would pass."
    )
    assert found == [("anonymous", "suggested", "several county leaders")]
    found = attributions(sourcing_analyzer, "The vote is close, but many county leaders suggested the plan would pass.")
    assert found == [("vague", "suggested", "many county leaders")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a poll named by two outlets joined by a slash is one source phrase
        ("Support fell 5 points, a CNN/ORC poll found.", [("named", "found", "a CNN/ORC poll")]),
        # an adverb set off by commas between a name and its relative clause is an aside: the name speaks
        (
            "Ruiz, meanwhile, who has no such endorsements, said that fact speaks volumes.",
            [("named", "said", "Ruiz, meanwhile, who has no such endorsements")],
        ),
    ],
)
def test_the_source_phrase_reads_back_over_a_slash_and_an_aside(
    sourcing_analyzer: Analyzer, text: str, expected: list
) -> None:
    assert attributions(sourcing_analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the partner" is the unnamed "a partner" of a few sentences back, though a named source came between
        (
            "A partner at the firm gave Ana Ruiz some advice. Ruiz said she was grateful. "
            "Index funds, the partner told her, were the answer.",
            ("anonymous", "told", "the partner"),
        ),
        # introduced with a name beside it: named
        (
            "Tom Lee, a partner at the firm, gave Ana Ruiz some advice. Ruiz said she was grateful. "
            "Index funds, the partner told her, were the answer.",
            ("named", "told", "the partner"),
        ),
        # "the official" too: the unnamed "a senior official", not the named speaker in between
        (
            "A senior official briefed reporters. Ruiz said the talks were going well. "
            "The official said a deal was near.",
            ("anonymous", "said", "The official"),
        ),
    ],
)
def test_a_definite_description_refers_back_to_its_indefinite_mention(
    sourcing_analyzer: Analyzer, text: str, expected: tuple
) -> None:
    assert expected in attributions(sourcing_analyzer, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "since" between the source and its verb is an adverb, like "later" ("has since said")
        ("Ruiz has since said the plan was flawed.", [("named", "has since said", "Ruiz")]),
        (
            "The plan was approved, but city officials have since balked at the cost.",
            [("anonymous", "have since balked", "city officials")],
        ),
        # a name with its place ("Gov. Ana Ruiz of Ohio") before an appositive and a relative: named
        (
            "Gov. Ana Ruiz of Ohio, a Republican who has refused to back the plan, spoke on Monday.",
            [("named", "has refused", "who")],
        ),
    ],
)
def test_since_and_a_name_with_its_place(sourcing_analyzer: Analyzer, text: str, expected: list) -> None:
    assert attributions(sourcing_analyzer, text) == expected


def test_a_newspaper_is_an_outlet_not_a_person(sourcing_analyzer: Analyzer) -> None:
    """ "newspaper" ends like "reporter" but is an outlet, like "paper" (`document_nouns`): named."""
    found = attributions(sourcing_analyzer, "Last month, a Vermont newspaper reported that the plant would close.")
    assert found == [("named", "reported", "a Vermont newspaper")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "-men" is the plural of "-man": counted unnamed people, and a definite count of the named ones
        ("Two women said the march was calm.", ("anonymous", "said", "Two women")),
        ("Ana Ruiz met Tom Lee. Both men said the talks went well.", ("named", "said", "Both men")),
    ],
)
def test_men_and_women_are_people(sourcing_analyzer: Analyzer, text: str, expected: tuple) -> None:
    assert expected in attributions(sourcing_analyzer, text)


def test_a_cue_with_no_words_left_for_a_source_is_read(sourcing_analyzer: Analyzer) -> None:
    """ "according to" ending the text has an empty source: no lone "one" to look at (an IndexError once)."""
    assert attributions(sourcing_analyzer, "according to") == [("vague", "according to", "")]


@pytest.mark.parametrize(
    "text",
    [
        "The plant closed in May. Projections suggest the town lost 900 jobs.",
        "Sanders said the count was low.",
        "Rob Ames met the mayor. Ames, the council's chair, said the vote would wait.",
        "Meanwhile, a spokesman said the plant would reopen. Sen. Sanders said the count was low.",
        "Several farmers spoke. Farmers, long the county's backbone, said the vote would wait.",
        # the word inside a longer word is not the word; after a comma it is mid-sentence
        "The plant closed. Projections suggest the town lost 900 jobs, and ProjectionsPlus agreed.",
        "The plant closed. Projections suggest the town lost 900 jobs, Projections of the board too.",
        "Dr. Analysts met. Analysts said the count was low.",
    ],
)
def test_names_are_read_alike_in_an_article_and_in_a_long_text(sourcing_analyzer: Analyzer, text: str) -> None:
    """An article is searched per word (its answers kept per word), a text of over 40,000 characters read
    once into sets (sourcing.phrase.SEARCHED_CHARS): the two ways must give the same names."""
    padding = " Rain fell on the coast for most of the day." * 1000
    assert len(text + padding) > 40_000
    assert attributions(sourcing_analyzer, text + padding) == attributions(sourcing_analyzer, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after "whom" the phrase is the relative clause's subject, not the name's description
        (
            'Her closest adviser is Tom Reyes, whom one White House insider described as "her shadow."',
            ("anonymous", "described", "one White House insider"),
        ),
        # "only" before a count: counted people, unnamed
        ("Only three senators publicly endorsed the bill.", ("anonymous", "publicly endorsed", "Only three senators")),
        (
            "In the Senate, only two Republicans, both of whom opposed the treaty, back the measure.",
            ("anonymous", "opposed", "both of whom"),
        ),
        # figures whose author is named after the head; an unnamed author stays vague
        (
            "Turnout rose sharply, according to polling by the Ohio Teachers Union.",
            ("named", "according to", "polling by the Ohio Teachers Union"),
        ),
        (
            "Turnout rose sharply, according to recent polling by state groups.",
            ("vague", "according to", "recent polling by state groups"),
        ),
    ],
)
def test_counts_authors_and_object_relatives(sourcing_analyzer: Analyzer, text: str, expected: tuple) -> None:
    assert expected in attributions(sourcing_analyzer, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # members named inside the phrase after "like": the group is named
        (
            "Experts like Paul Bauman said the plan would fail.",
            ("named", "said", "Experts like Paul Bauman"),
        ),
        # a name leading a lower-case, less specific conjunct: the name decides; two groups stay a group
        ("Edwards and other lawyers said the ruling was wrong.", ("named", "said", "Edwards and other lawyers")),
        ("Democrats and Republicans said the ruling was wrong.", ("vague", "said", "Democrats and Republicans")),
        # a description ending on a name set off by a comma is the name's; without the comma it is not
        (
            "An environmental protester at the site, Kieran Suckling, said the ruling was wrong.",
            ("named", "said", "An environmental protester at the site, Kieran Suckling"),
        ),
        (
            "An environmental protester at the site Kieran Suckling said the ruling was wrong.",
            ("anonymous", "said", "An environmental protester at the site Kieran Suckling"),
        ),
    ],
)
def test_members_conjuncts_and_appositive_names_decide_the_kind(
    sourcing_analyzer: Analyzer, text: str, expected: tuple
) -> None:
    assert attributions(sourcing_analyzer, text) == [expected]


def test_a_word_is_found_whole_where_a_pattern_would_find_it() -> None:
    """`_whole_word_at` stands for the search `target\\b`: not inside a longer word, also at the text's end."""
    text = "a Trump. Trumpet Trump_ Trump"
    expected = [m.start() for m in re.finditer(r" Trump\b", text)]
    assert list(_whole_word_at(text, " Trump")) == expected == [1, 23]
