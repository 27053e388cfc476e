"""Source phrases and cues of round k43 (issue 12), the leftovers of rounds k42, v22, u32 and k41, in sentences of our
own: a subject longer than one chunk read back whole ("A report released by two senators on the … said", a long
subject before a participle's aside), a source read forward that the word limit cut after a preposition ("a memo by
prosecutors in the Southern District of New York"), the subject of a second clause's "continued to claim", a plural
and its "including" with a party bracket, a party bracket typed with a space ("(R -Calif.)"), "warning" as a noun, a
quotation set one sentence a line around a first person, and a line that names a state outlet and people only.
Guards pin what must not move: a clause before the cue is no subject, a gerund cue's subject stays its own, the verb
"warning" stays a cue, the writer's own "I" outside any quotation stays the author's."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions, voice


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A report released by two senators on the Permanent Subcommittee on Harbours said the ferry was unsafe.",
            ("named", "said", "A report released by two senators on the Permanent Subcommittee on Harbours"),
        ),
        (
            "The most recent projections from the Harbour Board of Dunmore, issued last month, show that traffic "
            "will fall.",
            ("named", "show", "The most recent projections from the Harbour Board of Dunmore"),
        ),
        (
            "Lawmakers at the scene of the collision of two ferries on the river described it as chaos.",
            # people at one site, anonymous since k58 (the span is what this case pins)
            ("anonymous", "described", "Lawmakers at the scene of the collision of two ferries on the river"),
        ),
    ],
)
def test_a_subject_longer_than_a_chunk_is_read_whole(sourcing_analyzer: Analyzer, text: str, expected: tuple) -> None:
    assert expected in attributions(sourcing_analyzer, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # a clause, not a subject, before the cue: the source stays the name after it
            "The ferry also lacks support from its owners in the harbour towns, whom it has angered with its fares, "
            "said Ana Ruiz, a captain.",
            ("named", "said", "Ana Ruiz, a captain"),
        ),
    ],
)
def test_no_clause_is_read_as_a_long_subject(sourcing_analyzer: Analyzer, text: str, expected: tuple) -> None:
    assert expected in attributions(sourcing_analyzer, text)


def test_no_long_subject_is_read_over_a_verb(sourcing_analyzer: Analyzer) -> None:
    text = (
        "The board of the ferry company just received its yearly accounts on Monday and its chairman said the "
        "fares would rise."
    )
    assert not any(source.startswith("The board") for _, _, source in attributions(sourcing_analyzer, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The captain took bribes, according to a separate sentencing memo by federal prosecutors in New York.",
            ("named", "according to", "a separate sentencing memo by federal prosecutors in New York"),
        ),
        (
            "The captain took bribes, according to a memo filed by federal prosecutors in the Southern District of "
            "New York.",
            (
                "named",
                "according to",
                "a memo filed by federal prosecutors in the Southern District of New York",
            ),
        ),
    ],
)
def test_a_source_read_forward_keeps_the_name_after_its_last_preposition(
    sourcing_analyzer: Analyzer, text: str, expected: tuple
) -> None:
    assert expected in attributions(sourcing_analyzer, text)


def test_a_second_clause_keeps_its_own_subject_for_continued_to_claim(sourcing_analyzer: Analyzer) -> None:
    text = "The organizers replied that the stage was safe, but Patel continued to claim that it was unstable."
    found = attributions(sourcing_analyzer, text)
    assert ("named", "claim", "Patel") in found
    assert ("anonymous", "replied", "The organizers") in found


def test_a_sentence_subject_still_speaks_for_a_gerund_after_its_quotation(sourcing_analyzer: Analyzer) -> None:
    text = '"The stage is fine," Lo said, seeking to portray the event as safe.'
    assert ("named", "portray", "Lo") in attributions(sourcing_analyzer, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Several senators, including Ed Lo (D-Ore.), said the ferry should close.",
            ("named", "said", "Several senators, including Ed Lo (D-Ore.)"),
        ),
        (
            "The chairman of the harbour committee, Devin Ruiz (R -Calif.), hailed the order.",
            ("named", "hailed", "The chairman of the harbour committee, Devin Ruiz (R -Calif.)"),
        ),
        (
            "A lawmaker, Ed Lo (R -Calif.), said the ferry should close.",
            ("named", "said", "A lawmaker, Ed Lo (R -Calif.)"),
        ),
    ],
)
def test_party_brackets_in_a_subject(sourcing_analyzer: Analyzer, text: str, expected: tuple) -> None:
    assert expected in attributions(sourcing_analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "A landslide warning was issued for the valley on Tuesday.",
        "The warning came a day after the storm.",
        "This latest warning that the river could flood comes after a wet week.",
    ],
)
def test_warning_as_a_noun_is_no_cue(sourcing_analyzer: Analyzer, text: str) -> None:
    assert [a for a in attributions(sourcing_analyzer, text) if a[1].startswith("warning")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials are warning that the dam could fail.", ("anonymous", "are warning", "Officials")),
        ("Lo is warning residents to leave.", ("named", "is warning", "Lo")),
        ("The warning from Lo that the dam could fail was ignored.", ("named", "warning from", "Lo")),
    ],
)
def test_warning_as_a_verb_or_with_its_agent_stays_a_cue(
    sourcing_analyzer: Analyzer, text: str, expected: tuple
) -> None:
    assert expected in attributions(sourcing_analyzer, text)


def test_a_first_person_inside_a_quotation_set_one_sentence_a_line_is_not_the_writer(
    sourcing_analyzer: Analyzer,
) -> None:
    text = (
        "The mayor spoke at length on Monday.\n"
        "“The flood was a test for all of us.\n"
        "I think the council is a corrupt scam.\n"
        "We will fight this,” the mayor said."
    )
    # the three lines are one quotation since c47 (quoted); before, the lines were read apart (reported)
    assert voice(sourcing_analyzer, text, "scam") == "quoted"


def test_the_writers_own_first_person_outside_a_quotation_stays_the_authors(sourcing_analyzer: Analyzer) -> None:
    text = "The mayor spoke at length on Monday.\n\n“The flood was a test,” she said.\n\nI think the council is a scam."
    assert voice(sourcing_analyzer, text, "scam") == "author"


@pytest.mark.parametrize(
    "line",
    ["(Xinhua News Agency/Ana Ruiz Photo)", "Xinhua News Agency Beijing Bureau."],
)
def test_a_line_naming_a_state_outlet_and_people_only_is_no_attribution(sourcing_analyzer: Analyzer, line: str) -> None:
    text = f"The minister met the envoy in the capital on Monday.\n{line}"
    assert attributions(sourcing_analyzer, text) == []


def test_a_state_outlet_heading_a_title_case_line_with_a_colon_stays_a_source(sourcing_analyzer: Analyzer) -> None:
    found = attributions(sourcing_analyzer, "Xinhua: Minister Meets Envoy In Capital")
    assert found == [("state_media", ":", "Xinhua")]
