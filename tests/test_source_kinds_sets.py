"""Source kinds of sets of people (docs/source-kinds.md, the h12t round), in sentences of our own:
shares, parties with the definite article, counted members, and "several" or "both" standing alone."""

from __future__ import annotations

import pytest

from sourcing_cases import attributions
from framing.pipeline import Analyzer


def test_a_fraction_of_voters_is_a_share_of_a_population(sourcing_analyzer: Analyzer) -> None:
    found = attributions(
        sourcing_analyzer, "On the plant, nearly two-thirds of Ohio primary voters said it should stay open."
    )
    assert found == [("vague", "said", "two-thirds of Ohio primary voters")]


def test_the_parties_on_a_debate_stage_are_the_set_in_view(sourcing_analyzer: Analyzer) -> None:
    text = (
        "At the debate, the Republicans argued for tariffs, while the Democrats stressed the need for new trade rules."
    )
    assert attributions(sourcing_analyzer, text) == [
        ("named", "argued", "the Republicans"),
        ("named", "stressed", "the Democrats"),
    ]
    # without the article they are Democrats at large
    assert attributions(sourcing_analyzer, "Democrats say the bill is too costly.") == [("vague", "say", "Democrats")]


def test_counted_members_of_a_party_are_unnamed_people_and_the_party_refers_back_to_them(
    sourcing_analyzer: Analyzer,
) -> None:
    text = "Several Democrats cautioned against the bill. Yet the Democrats acknowledged that it was popular."
    assert attributions(sourcing_analyzer, text) == [
        ("anonymous", "cautioned", "Several Democrats"),
        ("anonymous", "acknowledged", "the Democrats"),
    ]
    # a share written with a number is no count of people
    text = "He won among the four in 10 Iowa Republicans who said they were very conservative."
    assert ("vague", "said", "who") in attributions(sourcing_analyzer, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "several" alone: some of the set just named, unnamed
        ("The county candidates met on Tuesday. Several said they would cut taxes.", ("anonymous", "said", "Several")),
        # "both" alone: the two just named, named or not
        (
            "Ana Ruiz and Tom Lee spoke at the rally. On pensions, both oppose the new formula.",
            ("named", "oppose", "both"),
        ),
        (
            "Two aides to the mayor spoke at the rally. On pensions, both oppose the new formula.",
            ("anonymous", "oppose", "both"),
        ),
    ],
)
def test_several_or_both_alone_is_of_the_set_just_named(
    sourcing_analyzer: Analyzer, text: str, expected: tuple
) -> None:
    assert expected in attributions(sourcing_analyzer, text)


def test_he_skips_several_people_named_by_what_they_do(sourcing_analyzer: Analyzer) -> None:
    text = (
        "Mayor Lin Ruiz said the audit was finished. Several fact checkers have pointed out that the audit was "
        "partial. He also said he would publish it."
    )
    assert attributions(sourcing_analyzer, text)[-1] == ("named", "also said", "He")


@pytest.mark.parametrize(
    "text",
    [
        # a body named by its owner is taken up by "they"
        "The debate was one the Ruiz campaign had long wanted because they are hoping it will help.",
        "Her outreach will go only so far, but her team does see the tour as useful. They believe it will help.",
        # names joined by "and", a title's modifier between
        "Sen. Ana Ruiz and former Gov. Tom Lee have more in common than their Ohio ties. They also said the plant should stay open.",
    ],
)
def test_they_takes_up_a_named_body_or_named_people(sourcing_analyzer: Analyzer, text: str) -> None:
    assert attributions(sourcing_analyzer, text)[-1][0] == "named"


def test_they_does_not_take_up_a_body_that_is_no_subject(sourcing_analyzer: Analyzer) -> None:
    """ "the campaign staff" is no body, and "before the House committee" no subject: Democrats at large speak."""
    text = (
        "Democrats say Republicans want a new attack after her testimony before the House committee. Their "
        "arguments are easily refuted, they say."
    )
    assert attributions(sourcing_analyzer, text)[-1] == ("vague", "say", "they")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "An environmental protester of the armed occupation, Kara Lind, said the land was public.",
            "An environmental protester of the armed occupation, Kara Lind",
        ),
        (
            "The party's leading anti-tax candidate, Ohio Sen. Ana Ruiz, said the vote was rigged.",
            "The party's leading anti-tax candidate, Ohio Sen. Ana Ruiz",
        ),
        ("A spokesman for the mayor, Tom Lee, said the city would appeal.", "A spokesman for the mayor, Tom Lee"),
    ],
)
def test_a_description_ending_on_a_name_is_the_names(sourcing_analyzer: Analyzer, text: str, source: str) -> None:
    assert attributions(sourcing_analyzer, text) == [("named", "said", source)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bodies of people described, none named: a broad group
        ("Environmental groups said the plan failed.", ("vague", "said", "Environmental groups")),
        (
            "The vote is near. European governments warned that checks would return.",
            ("vague", "warned", "European governments"),
        ),
        # named bodies, counted
        ("Two House committees said the plan failed.", ("named", "said", "Two House committees")),
    ],
)
def test_bodies_described_but_not_named(sourcing_analyzer: Analyzer, text: str, expected: tuple) -> None:
    assert expected in attributions(sourcing_analyzer, text)


def test_majorities_of_a_population_are_vague(sourcing_analyzer: Analyzer) -> None:
    found = attributions(sourcing_analyzer, "Large majorities of Ohio primary voters said they support the ban.")
    assert found == [("vague", "said", "Large majorities of Ohio primary voters")]


def test_a_hypothetical_person_is_nobody_in_particular(sourcing_analyzer: Analyzer) -> None:
    """ "why a voter should prefer": anyone of the kind, vague, and no antecedent of the next "He"."""
    text = "Tom Ruiz, a columnist, explains why a voter should believe the plan will work. He concludes that it is the best."
    assert attributions(sourcing_analyzer, text)[-2:] == [
        ("vague", "should believe", "a voter"),
        ("named", "concludes", "He"),
    ]
    # a past "could" is one real spokesman
    found = attributions(sourcing_analyzer, "A spokesman for the mayor could only quip that the date was taken.")
    assert found == [("anonymous", "could only quip", "A spokesman for the mayor")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group whose members are named in the phrase is named
        ("Critics like Ruiz say the plan fails.", ("named", "say", "Critics like Ruiz")),
        (
            "The mayor spoke on Monday. Democrats -- including Ruiz -- quickly accused him of lying.",
            ("named", "quickly accused", "Democrats -- including Ruiz"),
        ),
        # "like me" names nobody
        ("Voters like me say the plan fails.", ("vague", "say", "Voters like me")),
    ],
)
def test_a_group_with_named_members(sourcing_analyzer: Analyzer, text: str, expected: tuple) -> None:
    assert expected in attributions(sourcing_analyzer, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An anonymous letter said the mayor lied.", ("anonymous", "said", "An anonymous letter")),
        ("An unsigned statement claimed the attack.", ("anonymous", "claimed", "An unsigned statement")),
        # a signed one is a document the reader can find
        ("A statement from the campaign said the rally was moved.", ("named", "said", "A statement from the campaign")),
    ],
)
def test_an_anonymous_document_is_an_anonymous_source(sourcing_analyzer: Analyzer, text: str, expected: tuple) -> None:
    assert attributions(sourcing_analyzer, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quantifier before a role whose holders are insiders: unnamed people, as the role alone
        ("Some party strategists said the plan would fail.", ("anonymous", "said", "Some party strategists")),
        ("Most Ruiz allies said the plan would fail.", ("anonymous", "said", "Most Ruiz allies")),
        ("Strategists say the plan will fail.", ("anonymous", "say", "Strategists")),
        # "some" before members of a legislature (legislator_nouns): a share of one house's members, unnamed (k39,
        # as k24's "Some lawmakers questioned whether")
        ("Some senators said the plan would fail.", ("anonymous", "said", "Some senators")),
        # before a group (group_nouns, senators among them): a share of a population, as the group alone
        ("Many senators said the plan would fail.", ("vague", "said", "Many senators")),
        ("Many voters said the plan would fail.", ("vague", "said", "Many voters")),
        ("Senators say the plan will fail.", ("vague", "say", "Senators")),
    ],
)
def test_some_before_a_role_is_unnamed_people_and_before_a_group_a_share(
    sourcing_analyzer: Analyzer, text: str, expected: tuple
) -> None:
    """docs/source-kinds.md: `person_nouns` are roles (anonymous), `group_nouns` groups (vague), with a
    quantifier or without."""
    assert attributions(sourcing_analyzer, text) == [expected]


def test_they_takes_up_people_named_as_a_subject_three_sentences_back(sourcing_analyzer: Analyzer) -> None:
    """Nothing plural in this sentence or the one before: "they" is the subject further back, whose
    members are named behind a dash, not the object "workers"."""
    text = (
        "In a new study, three economists -- Ana Ruiz at Ohio State, Tom Lee at Yale and Kim Park at Duke -- "
        "challenged the consensus. In theory, a country adjusts by moving workers into new industries. They "
        "examined the data from 2000 on. The adjustment, they concluded, never came."
    )
    assert attributions(sourcing_analyzer, text)[-1] == ("named", "concluded", "they")
    # an object further back is no antecedent: nobody in particular
    text = (
        "The report was long. In theory, a country adjusts by moving workers into new industries. It rarely "
        "does. The adjustment, they concluded, never came."
    )
    assert attributions(sourcing_analyzer, text) == [("vague", "concluded", "they")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"The plan will fail," said two senators -- Ana Ruiz and Tom Lee.',
            ("named", "said", "two senators -- Ana Ruiz"),
        ),
        (
            "The plan will fail, according to two senators: Ana Ruiz and Tom Lee.",
            ("named", "according to", "two senators"),
        ),
    ],
)
def test_counted_people_named_behind_a_dash_or_colon_are_named(
    sourcing_analyzer: Analyzer, text: str, expected: tuple
) -> None:
    assert attributions(sourcing_analyzer, text) == [expected]


def test_the_several_memo_is_one_table_per_language(sourcing_analyzer: Analyzer) -> None:
    """Every reader of a language shares one table of phrases already weighed: a new table per article (the
    lost cache of round k32's merge) weighs every phrase again in each article."""
    from framing.sourcing.kinds import several_memo

    language = sourcing_analyzer.lexicons.language_spec
    assert several_memo(language) is several_memo(language)
