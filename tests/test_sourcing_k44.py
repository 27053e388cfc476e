"""Round u33's leftovers (k44): a capitalised bare plural outside the people lists whose verb agrees as a plural
("Nurses say") is a broad group, not a name; an "-ing" cue after an article is a noun, whose holder is a voicing
verb's subject or nobody ("Despite the warning, …" read "Despite the"); a leading word's comma is no part of the
name after it ("Still, Ana Ruiz, …, said" read ", Ana Ruiz, …"); "Those who know him say" is the people described,
not "him"; a short bracket that is no party ends a name before its relative clause ("The group (Acme), which …,
said" read what was said as the source)."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions


@pytest.mark.parametrize(
    "text",
    [
        "Nurses say the night ward has run short of staff.",
        "Nurses have warned that the old wards will close.",
        "Chefs warn that the fish stocks could run out by spring.",
    ],
)
def test_a_bare_plural_agreeing_as_several_people_is_a_broad_group(sourcing_analyzer: Analyzer, text: str) -> None:
    [(kind, _, source)] = attributions(sourcing_analyzer, text)
    assert (kind, source) == ("vague", text.split()[0])


@pytest.mark.parametrize(
    "text",
    [
        "Sanders said the count was low.",  # a past form agrees with one person too: a surname stays one
        "Rogers says the harbour plan is dead.",
    ],
)
def test_a_surname_ending_in_s_stays_a_name(sourcing_analyzer: Analyzer, text: str) -> None:
    assert attributions(sourcing_analyzer, text)[0][0] == "named"


def test_a_warning_after_an_opening_preposition_is_nobodys_statement(sourcing_analyzer: Analyzer) -> None:
    assert attributions(sourcing_analyzer, "Despite the warning, residents stayed in their flooded homes.") == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Lopez gave a warning to voters that the ferry fund would lapse.", "Lopez"),
        ("Mayor Ana Ruiz repeated the warning on Sunday.", "Mayor Ana Ruiz"),
    ],
)
def test_a_warning_given_is_the_givers(sourcing_analyzer: Analyzer, text: str, source: str) -> None:
    assert ("named", "warning", source) in attributions(sourcing_analyzer, text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Still, Tad Devine, a senior adviser to the campaign, said the race was close.", "Tad Devine"),
        ("Meanwhile, Ana Ruiz, who chairs the harbour board, said the fares would rise.", "Ana Ruiz"),
    ],
)
def test_a_leading_words_comma_is_no_part_of_the_name(sourcing_analyzer: Analyzer, text: str, source: str) -> None:
    [(kind, _, found)] = [a for a in attributions(sourcing_analyzer, text) if a[1] == "said"]
    assert kind == "named" and found.startswith(source)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Those who know him say he is honest.", "Those who know him"),
        ("Those who know the mayor warned that the plan would fail.", "Those who know the mayor"),
    ],
)
def test_those_described_by_a_relative_clause_speak(sourcing_analyzer: Analyzer, text: str, source: str) -> None:
    assert ("vague", text.split()[len(source.split())], source) in attributions(sourcing_analyzer, text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The group (Acme), which backs the plan, said it would pass.", "The group (Acme), which backs the plan"),
        (
            "The Harbour Fund (HF), which runs the ferries, said drivers would pay more.",
            "The Harbour Fund (HF), which runs the ferries",
        ),
    ],
)
def test_a_name_with_a_bracket_before_its_relative_clause_speaks(
    sourcing_analyzer: Analyzer, text: str, source: str
) -> None:
    assert ("named", "said", source) in attributions(sourcing_analyzer, text)
