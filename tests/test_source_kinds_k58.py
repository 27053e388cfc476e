"""Source kinds of round k58 (issue 12), in sentences of our own, with either sourcing method.

- People by what they do placed at one site in view ("Lawmakers at the scene", "Residents near the fire") are
  specific people the writer met or heard there, anonymous; before the round they read vague, or named by the
  capital at the sentence's start ("Nurses at the hospital"). A population placed "in" a place stays vague (k35).
- A headline set in title case ("Local Residents Say …", "Gun Owners Vow …") writes its common nouns with capitals:
  a plural of people reads as it would in lower case, not as a name; before the round it read named. A headline's
  plural the body writes as a name ("Sanders") or whose people the body's lead names stays as it was.
- "a group of" people ("a group of rabbis called for …") are people acting together, specific though unnamed,
  anonymous; before the round they read vague, as a quantity ("a number of delegates", which stays vague).
"""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions

_BODY = "\n\nThe council met on Monday to discuss the plan. It was a long meeting."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lawmakers at the scene said the gunman fled on foot.", ("anonymous", "said", "Lawmakers at the scene")),
        ("Nurses at the hospital said the ward was full.", ("anonymous", "said", "Nurses at the hospital")),
        ("Doctors at the clinic said the boy was stable.", ("anonymous", "said", "Doctors at the clinic")),
        ("Residents near the fire said the smoke was thick.", ("anonymous", "said", "Residents near the fire")),
        (
            "Local residents outside the courthouse said the trial was a farce.",
            ("anonymous", "said", "Local residents outside the courthouse"),
        ),
        ("Firefighters at the blaze said the mill was empty.", ("anonymous", "said", "Firefighters at the blaze")),
    ],
)
def test_people_at_a_site_are_anonymous(sourcing_analyzer: Analyzer, text: str, expected: tuple) -> None:
    assert attributions(sourcing_analyzer, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Teachers in five states said the tests were too long.", ("vague", "said", "Teachers in five states")),
        ("Many voters at the polls said the lines were long.", ("vague", "said", "Many voters at the polls")),
        ("Two guards at the prison said the inmate was moved.", ("anonymous", "said", "Two guards at the prison")),
    ],
)
def test_a_population_a_share_and_a_count_keep_their_kind(
    sourcing_analyzer: Analyzer, text: str, expected: tuple
) -> None:
    assert attributions(sourcing_analyzer, text) == [expected]


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Frustrated Farmers Say Aid Comes Too Late", ("vague", "Frustrated Farmers")),
        ("Gun Owners Vow To Fight Ban", ("vague", "Gun Owners")),
        ("Small Business Owners Say Taxes Are Too High", ("vague", "Small Business Owners")),
    ],
)
def test_a_headline_group_in_title_case_reads_as_in_lower_case(
    sourcing_analyzer: Analyzer, headline: str, expected: tuple
) -> None:
    found = [(kind, source) for kind, _, source in attributions(sourcing_analyzer, headline + _BODY)]
    assert found[0] == expected


def test_a_headline_role_before_capitals_is_no_title_of_a_name(analyzer: Analyzer) -> None:
    """ "Workers Fear Layoffs": not a title before a two-word name; as "tech workers fear" (the rules: the trained
    labeller finds no cue in this headline)."""
    found = attributions(analyzer, "Tech Workers Fear Layoffs As Profits Fall" + _BODY)
    assert found[0] == ("anonymous", "Fear", "Tech Workers")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bernie Sanders Says Voters Want Change\n\nSen. Bernie Sanders spoke in Iowa on Monday.",
            ("named", "Bernie Sanders"),
        ),
        (
            "Church Shooting Survivors Explain Their Vote\n\nBOSTON - Ana Lo and Ida Moss, two of the survivors, spoke.",
            ("named", "Church Shooting Survivors"),
        ),
    ],
)
def test_a_headline_name_or_people_the_lead_names_stay_named(
    sourcing_analyzer: Analyzer, text: str, expected: tuple
) -> None:
    found = [(kind, source) for kind, _, source in attributions(sourcing_analyzer, text)]
    assert found[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A group of rabbis called for a boycott of the speech.", ("anonymous", "called for", "A group of rabbis")),
        ("A handful of senators said the bill was dead.", ("anonymous", "said", "A handful of senators")),
        ("A number of delegates said they would walk out.", ("vague", "said", "A number of delegates")),
    ],
)
def test_a_group_of_people_is_anonymous_a_number_of_them_vague(
    sourcing_analyzer: Analyzer, text: str, expected: tuple
) -> None:
    assert attributions(sourcing_analyzer, text) == [expected]
