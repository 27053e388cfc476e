"""Sourcing of round k53 (issue 12), in sentences of our own, with either sourcing method.

- A raising passive ("The minister is said to have resigned", "Lo is thought to favour the plan") reports with no
  source: its subject is what is reported on, not who reports. Before the round the subject was given as a named
  source ("is said", "is thought") or nothing was found ("was reported", "is believed", "is claimed").
- A height in feet and inches ("5’2”") inside a quotation no longer closes it: the words after it stayed the
  writer's.
- Kinds that disagreed across near-identical phrasings: experts of a body named before them or "from" it ("IBM
  researchers", "Scientists from Oxford University") are its people, anonymous as "Researchers at IBM"; "many" or
  "most" people by what they do are a population, vague as "many senators", unless a capital names their set ("most
  Clinton allies"); a finding described by a people's adjective ("a British survey") is unnamed, vague as "a
  survey". Guards pin what must not move.
"""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions, attributions_with_kinds_and_voices


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The minister is said to have resigned on Friday.", "is said", "to have resigned on Friday."),
        ("Lo is thought to favour the new plan.", "is thought", "to favour the new plan."),
        ("The company is believed to be weighing a sale.", "is believed", "to be weighing a sale."),
        ("He was reported to be ill after the trip.", "was reported", "to be ill after the trip."),
        ("The army is claimed to be preparing a new push.", "is claimed", "to be preparing a new push."),
        ("The rebels are widely rumored to control the pass.", "are widely rumored", "to control the pass."),
    ],
)
def test_a_raising_passive_names_no_source(sourcing_analyzer: Analyzer, text: str, cue: str, content: str) -> None:
    found, _ = attributions_with_kinds_and_voices(sourcing_analyzer, text)
    assert found == [(cue, "", "vague", content)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It is said that the minister resigned.", ("is said", "", "vague", "that the minister resigned.")),
        ("The plan was said by aides to be dead.", ("was said", "aides", "anonymous", "to be dead.")),
        ("Lo said to reporters that she would resign.", ("said", "Lo", "named", "she would resign.")),
    ],
)
def test_other_passives_and_said_to_keep_their_reading(
    sourcing_analyzer: Analyzer, text: str, expected: tuple[str, str, str, str]
) -> None:
    found, _ = attributions_with_kinds_and_voices(sourcing_analyzer, text)
    assert expected in found


@pytest.mark.parametrize("text", ["The theft was reported to police on Monday.", "Nobody is understood by him."])
def test_a_passive_before_a_hearer_is_no_report(sourcing_analyzer: Analyzer, text: str) -> None:
    assert attributions(sourcing_analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Lo spoke for an hour about his rival. “He is 5’2”. And he will surely fold when talks get hard.” The crowd"
            " cheered.",
            "surely",
        ),
        ("Ruiz told the rally: “My opponent is 5’7”. He is obviously too weak to lead.” Then she left.", "obviously"),
        ("The coach was blunt. “The boy is 6'1\". He is clearly our best player.” Nobody argued.", "clearly"),
    ],
)
def test_a_height_in_feet_and_inches_does_not_close_a_quotation(
    sourcing_analyzer: Analyzer, text: str, word: str
) -> None:
    _, voices = attributions_with_kinds_and_voices(sourcing_analyzer, text)
    assert (word, "quoted") in voices


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("IBM researchers said the chip would ship next year.", "IBM researchers"),
        ("NASA scientists said the probe was lost.", "NASA scientists"),
        ("Researchers at the computer company IBM said the chip works.", "Researchers at the computer company IBM"),
        ("Scientists from Oxford University said the vaccine works.", "Scientists from Oxford University"),
        ("Oxford University scientists said the vaccine works.", "Oxford University scientists"),
    ],
)
def test_experts_of_a_named_body_are_its_unnamed_people(sourcing_analyzer: Analyzer, text: str, source: str) -> None:
    assert ("anonymous", "said", source) in attributions(sourcing_analyzer, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Economists at Harvard said the tax would hurt growth.", ("anonymous", "said", "Economists at Harvard")),
        ("Russian scientists said the vaccine works.", ("vague", "said", "Russian scientists")),
        ("Experts from Germany said the plan would fail.", ("vague", "said", "Experts from Germany")),
        ("GOP analysts say the party must change.", ("vague", "say", "GOP analysts")),
        ("Polling from Gallup showed a tie.", ("named", "showed", "Polling from Gallup")),
    ],
)
def test_experts_of_a_people_a_place_or_a_party_stay_a_broad_group(
    sourcing_analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in attributions(sourcing_analyzer, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Many workers said the plant was unsafe.", ("vague", "said", "Many workers")),
        ("Most employees said the plant was unsafe.", ("vague", "said", "Most employees")),
        ("Most nurses say the ward is understaffed.", ("vague", "say", "Most nurses")),
    ],
)
def test_many_or_most_people_by_what_they_do_are_a_population(
    sourcing_analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in attributions(sourcing_analyzer, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some workers said the plant was unsafe.", ("anonymous", "said", "Some workers")),
        ("Two workers said the plant was unsafe.", ("anonymous", "said", "Two workers")),
        (
            "The strike went on, and many Carrier workers said the plant was unsafe.",
            ("anonymous", "said", "many Carrier workers"),
        ),
        ("Most Clinton allies consider the race a helpful contrast.", ("anonymous", "consider", "Most Clinton allies")),
    ],
)
def test_some_counted_or_a_named_set_s_people_stay_unnamed_people(
    sourcing_analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in attributions(sourcing_analyzer, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A British survey found that most people sleep badly.", ("vague", "found", "A British survey")),
        ("A new German study suggests the river is clean.", ("vague", "suggests", "A new German study")),
        ("An American poll showed that voters are split.", ("vague", "showed", "An American poll")),
        ("A Gallup survey found that most people sleep badly.", ("named", "found", "A Gallup survey")),
    ],
)
def test_a_finding_described_by_a_people_is_unnamed(
    sourcing_analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in attributions(sourcing_analyzer, text)
