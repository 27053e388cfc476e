"""Round c56 (issue 12): the long-sentence leftovers of c54. An inverted tag whose description holds a possessive
("said a former spokesman for Lorvia's Foreign Ministry, Oleg Varn, who …") is read, and the name makes it named; a
relative clause that runs on through "for fear of losing her post" keeps its head as the source, as does an
appositive's relative clause before a comma, and an appositive before a relative clause with a cue of its own is the
name's; an opening adverbial clause is no part of the subject after its comma; a verb that takes the cue as its
infinitive or gerund ("continue to show", "goes on to say", "starts talking") is no part of the source."""

from __future__ import annotations

import pytest

from sourcing_cases import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The talks stalled after the vote, said a former spokesman for Lorvia's Foreign Ministry, Oleg Varn, "
            "who now runs a think tank.",
            [
                (
                    "named",
                    "said",
                    "a former spokesman for Lorvia's Foreign Ministry, Oleg Varn, who now runs a think tank",
                )
            ],
        ),
        (
            "The harbour stayed closed all week, said a senior adviser to Lorvia's prime minister, Ana Berg.",
            [("named", "said", "a senior adviser to Lorvia's prime minister, Ana Berg")],
        ),
        (
            "A clerk who spoke on the condition of anonymity for fear of losing her post said the count was wrong.",
            [
                (
                    "anonymous",
                    "said",
                    "A clerk who spoke on the condition of anonymity for fear of losing her post",
                )
            ],
        ),
        (
            "The clerk, a registered independent who spoke on the condition of anonymity for fear of losing her "
            "post, said the count was wrong.",
            [
                (
                    "anonymous",
                    "said",
                    "The clerk, a registered independent who spoke on the condition of anonymity for fear of losing "
                    "her post",
                )
            ],
        ),
        (
            "After the meeting ended without a deal, a senior envoy who was part of the team said the talks were over.",
            [("anonymous", "said", "a senior envoy who was part of the team")],
        ),
        (
            "As the minister was flying to Geneva for the summit, an aide who was part of the team said the plane shook.",
            [("anonymous", "said", "an aide who was part of the team")],
        ),
        (
            "Gov. Ana Ruiz of Ohio, a Democrat who has refused to endorse Mr. Lo, said the family deserved better.",
            [("named", "has refused", "who"), ("named", "said", "Gov. Ana Ruiz of Ohio, a Democrat")],
        ),
        (
            "Still, polls continue to show that the ferry is unpopular.",
            [("vague", "show", "polls")],
        ),
        (
            "The letter goes on to say that the pier was unsafe.",
            [("named", "say", "The letter")],
        ),
        (
            "At the hearing, Lo just starts talking about the weather.",
            [("named", "talking about", "Lo")],
        ),
    ],
)
def test_long_sentence_sources(analyzer, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert attributions(analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ed Lo, an oncologist who advised the mayor, said the plan failed.",
            [("named", "said", "Ed Lo, an oncologist who advised the mayor")],
        ),
        (
            "After the meeting ended without a deal, the envoy said the talks were over.",
            [("named", "said", "the envoy")],
        ),
        (
            "The talks stalled, said Oleg Varn, a former spokesman, who now runs a think tank.",
            [("named", "said", "Oleg Varn, a former spokesman, who now runs a think tank")],
        ),
        (
            "No, a complaint against a coach who has been cleared by the board twice and has 40 parents loudly "
            "vouching for his record will not end his career.",
            [],
        ),
        (
            "But he closed the shop and began talking about the war.",
            [("named", "talking about", "he")],
        ),
    ],
)
def test_long_sentences_read_as_before(analyzer, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert attributions(analyzer, text) == expected
