"""Round c49: leftovers of rounds u46 and k72 (issue 12). After "according to X," and other forward sources, the words
after the comma are the next clause, no appositive, when a subject pronoun opens them, a past verb takes its object
after their first word, or a verb follows the quotation mark that ends them; "the scientific community" and its kin
are people no one could list (vague), while "the intelligence community" is a defined set of agencies; a capitalised
adjective of people opening a one-sentence text is no first word of a name. Sentences written for these tests."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from sourcing_cases import attributions, attributions_with_kinds, cues_and_sources


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the next clause after the source's comma: a subject pronoun, a past verb with its object
        (
            "The mayor backed the plan and now, according to WKRN News, she said that she opposes it.",
            ("according to", "WKRN News", "named", "The mayor backed the plan and now,"),
        ),
        (
            "The plant closed in May, according to Ruiz, and the owners closed the mill.",
            ("according to", "Ruiz", "named", "The plant closed in May,"),
        ),
        (
            "The talks stalled on Friday, according to Ms. Ode, the union made fresh demands.",
            ("according to", "Ms. Ode", "named", "The talks stalled on Friday,"),
        ),
        # a comment on the figure: "the most of" it
        (
            "Half her donations came from women, according to FundTrack, the most of any senator by far.",
            ("according to", "FundTrack", "named", "Half her donations came from women,"),
        ),
        # a verb after the quotation mark that ends the words after the comma: they are its subject
        (
            "Over the next decade, according to the budget office, the shortfall ''is likely to grow.''",
            ("according to", "the budget office", "named", "Over the next decade,"),
        ),
    ],
)
def test_next_clause_is_no_appositive(analyzer: Analyzer, text: str, expected: tuple[str, str, str, str]) -> None:
    assert [a for a in attributions_with_kinds(analyzer, text) if a[0] == "according to"] == [expected]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # appositives stay: a description with "a", a participle with its preposition or after an adverb, a naming
        (
            "Profits rose, according to Ana Lee, a publicly traded firm's chief economist.",
            "Ana Lee, a publicly traded firm's chief economist",
        ),
        ("Sales doubled, according to Acme, a website founded in 2012.", "Acme, a website founded in 2012"),
        (
            "Sales doubled, according to Acme, the site launched by two students.",
            "Acme, the site launched by two students",
        ),
        ("Sales doubled, according to Ed Lo, an analyst at Pivotal Bank.", "Ed Lo, an analyst at Pivotal Bank"),
        # ... and so does an opening "According to X," with its content after the comma
        ("According to the filing, the firm paid a fine of $2 million.", "the filing"),
    ],
)
def test_appositive_stays(analyzer: Analyzer, text: str, source: str) -> None:
    assert attributions(analyzer, text)[0][2] == source


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people loosely joined by a field, a trait or a place: vague, as "the public"
        (
            "The scientific community says the lake is warming fast.",
            [("vague", "says", "The scientific community")],
        ),
        (
            "The international community warned that the blockade must end.",
            [("vague", "warned", "The international community")],
        ),
        ("The medical community has said the drug is unsafe.", [("vague", "has said", "The medical community")]),
        ("The Latino community said the new rules were unfair.", [("vague", "said", "The Latino community")]),
        # a defined set of agencies, a name, an owner's community: as before
        (
            "The intelligence community concluded that the hackers were paid by a state.",
            [("named", "concluded", "The intelligence community")],
        ),
        (
            "The European Community said the tariffs broke the treaty.",
            [("named", "said", "The European Community")],
        ),
        # a capitalised adjective of people opening a text of one sentence: the sentence's capital, no name's
        ("Female troops said the barracks were cold.", [("vague", "said", "Female troops")]),
        ("Elderly victims told reporters the bus never came.", [("vague", "told reporters", "Elderly victims")]),
        ("Angry locals say the road floods every spring.", [("vague", "say", "Angry locals")]),
        # ... while a proper adjective or a name before the plural stays as it was
        ("Ukrainian troops said the bridge had fallen.", [("named", "said", "Ukrainian troops")]),
    ],
)
def test_kinds(analyzer: Analyzer, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert attributions(analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject before a tag set off by commas is the next cue's source; the tag keeps its own
        (
            "The young driver, Ms. Ode recalled, asked her where she worked.",
            [("Ms. Ode", "recalled"), ("The young driver", "asked")],
        ),
        (
            "Her new landlord, Lee said, warned that the rent would rise.",
            [("Lee", "said"), ("Her new landlord", "warned")],
        ),
        ("The guard, she said, told them the gate was shut.", [("she", "said"), ("The guard", "told")]),
        # ... a subject with a relative clause and no comma of its own too
        (
            "The nurse who met them at the door, Lee recalled, warned that the ward was full.",
            [("Lee", "recalled"), ("The nurse who met them at the door", "warned")],
        ),
        # ... not an adverb opening the sentence
        ("Rather, he said, continued delays will hurt the party.", [("he", "said"), ("", "continued")]),
    ],
)
def test_subject_before_inserted_tag(analyzer: Analyzer, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(source, cue) for cue, source in cues_and_sources(analyzer, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # not knowing a question's answer: ignorance stated, no view held, no content credited
        ("Inspectors do not know how many wells leak.", []),
        ("The guards didn't know whether the gate was locked.", []),
        ("I don't know what the mayor wants, Lo said.", [("Lo", "said")]),
        # ... while knowing stays a cue
        ("She knows what the voters want.", [("She", "knows")]),
    ],
)
def test_not_knowing_is_no_cue(analyzer: Analyzer, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(source, cue) for cue, source in cues_and_sources(analyzer, text)] == expected
