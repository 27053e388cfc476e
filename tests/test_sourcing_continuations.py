"""Issue 12, false attributions and continuations: the second verb of a reporting clause, quotations
that run over several sentences, and an opening participle take the speaker of their sentence."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer


def test_a_second_verb_after_the_speaker_takes_the_speaker_not_the_quotation(sourcing_analyzer: Analyzer) -> None:
    text = '"The goal of the blockade is to starve our towns," Moreno said, also seeking to cast the talks as a sham.'
    result = sourcing_analyzer.analyze(text, split_title=False)
    assert [(a["cue"], a["source"]) for a in result.attributions] == [
        ("said", "Moreno"),
        ("also seeking", "Moreno"),
        ("cast the talks as", "Moreno"),  # a portrayal of her own (round c22), its speaker hers too
    ]
    # the quotation is what Moreno said; what she sought to do is the writer's account of her act
    assert result.attributions[0]["content"] == '"The goal of the blockade is to starve our towns,"'


def test_a_quotation_over_several_sentences_keeps_its_speaker_after_an_opening_participle(
    sourcing_analyzer: Analyzer,
) -> None:
    text = (
        "Commenting on the award, Ms. Ana Lund, the chief executive of Norvik, said “This is a proud day for all"
        " of us. We worked for it for years. It shows what a small team can do.”"
    )
    speaker = "Ms. Ana Lund, the chief executive of Norvik"
    found = sourcing_analyzer.analyze(text, split_title=False).attributions
    assert [(a["sentence"], a["kind"], a["cue"], a["source"]) for a in found] == [
        (0, "named", "Commenting", speaker),
        (0, "named", "said", speaker),
        (1, "named", "", speaker),
        (2, "named", "", speaker),
    ]
    # the participle's content stops at its comma: the speaker and her verb are no part of it
    assert found[0]["content"] == "on the award"


def test_an_opening_asked_names_nobody_and_its_question_ends_at_the_comma(sourcing_analyzer: Analyzer) -> None:
    # the one who asks is not the one who answers (PolNeAR gives an opening "Asked" no source)
    text = "Asked whether the mill, which friends described as a ruin, would reopen, Mr. Lund said he hoped so."
    found = sourcing_analyzer.analyze(text, split_title=False).attributions
    assert (found[0]["cue"], found[0]["source"], found[0]["content"]) == (
        "Asked",
        "",
        "whether the mill, which friends described as a ruin, would reopen",
    )
    assert (found[-1]["cue"], found[-1]["source"]) == ("said", "Mr. Lund")


@pytest.mark.parametrize(
    "text",
    [
        "The dud rate refers to the share of bomblets that fail to explode.",
        "The coach called up two young strikers for the friendly.",
        "The students also learned about circuits.",
        "It was a racially charged dispute.",
        "The ministry plans to admit 5,000 refugees this year.",
        "Caution is warranted: prices have swung before.",
        "The villagers lived in fear of the floods.",
        "The rally was the party's only hope of a comeback.",
        "Visas issued in May will stay valid.",
    ],
)
def test_a_cue_word_in_a_sense_that_reports_nothing_attributes_nothing(analyzer: Analyzer, text: str) -> None:
    assert [a["cue"] for a in analyzer.analyze(text, split_title=False).attributions] == []


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("The students learned that the school would close.", "learned", "The students"),
        ("Critics fear the plan will fail.", "fear", "Critics"),
        ("Election scholars caution that a high turnout proves little.", "caution", "Election scholars"),
        ("Officials now admit that the figures were wrong.", "now admit", "Officials"),
        ("Prosecutors charged the driver with manslaughter.", "charged", "Prosecutors"),
        ("The court issued a ruling on Tuesday.", "issued", "The court"),
    ],
)
def test_the_reporting_sense_of_the_same_words_still_counts(
    analyzer: Analyzer, text: str, cue: str, source: str
) -> None:
    assert [(a["cue"], a["source"]) for a in analyzer.analyze(text, split_title=False).attributions] == [(cue, source)]


def test_a_content_ends_where_the_next_attribution_of_its_sentence_opens(sourcing_analyzer: Analyzer) -> None:
    text = "Ruiz said the levy was probably fair, arguing that it might be lowered later."
    result = sourcing_analyzer.analyze(text, split_title=False, evidence=True)
    assert [(a["cue"], a["source"], a["content"]) for a in result.attributions] == [
        ("said", "Ruiz", "the levy was probably fair"),
        ("arguing", "Ruiz", "it might be lowered later."),  # past its "that" (u48)
    ]
    assert {e.text: e.voice for e in result.evidence if e.text in ("probably", "might")} == {
        "probably": "reported",
        "might": "reported",
    }


def test_a_quotation_before_its_speaker_is_the_content_when_only_circumstances_follow_the_cue(
    sourcing_analyzer: Analyzer,
) -> None:
    text = "''The audit is a disgrace,'' Mr. Lund said by telephone on a morning show."
    result = sourcing_analyzer.analyze(text, split_title=False, evidence=True)
    assert [(a["source"], a["content"]) for a in result.attributions] == [("Mr. Lund", "''The audit is a disgrace,''")]
    assert [e.voice for e in result.evidence if e.text == "disgrace"] == ["quoted"]


def test_a_question_quoted_before_its_speaker_is_hers_and_the_circumstances_after_the_cue_are_not(
    sourcing_analyzer: Analyzer,
) -> None:
    text = '"Is it in our interest to act?" Lisa Moreno, a former deputy attorney general, said on Sunday.'
    found = sourcing_analyzer.analyze(text, split_title=False).attributions
    speaker = "Lisa Moreno, a former deputy attorney general"
    assert [(a["sentence"], a["cue"], a["source"], a["content"]) for a in found] == [
        (0, "", speaker, '"Is it in our interest to act?"'),
        (1, "said", speaker, ""),
    ]


def test_a_short_quotation_that_is_a_sentence_of_its_own_is_speech_not_a_scare_quote(
    sourcing_analyzer: Analyzer,
) -> None:
    text = 'Ms. Ruiz said the plan was fine. "Too late?"'
    result = sourcing_analyzer.analyze(text, split_title=False, evidence=True)
    assert [(a["sentence"], a["source"], a["content"]) for a in result.attributions][1:] == [
        (1, "Ms. Ruiz", '"Too late?"')
    ]
    assert [e.voice for e in result.evidence if e.text == "?"] == ["quoted"]


def test_a_continued_quotation_keeps_its_speaker_not_a_source_quoted_inside(sourcing_analyzer: Analyzer) -> None:
    text = '"Now, media reports say the fund paid him," Feinstein continued. "If true, the president broke the law."'
    found = sourcing_analyzer.analyze(text, split_title=False).attributions
    continued = [a for a in found if a["content"] == '"If true, the president broke the law."']
    assert [(a["source"], a["kind"]) for a in continued] == [("Feinstein", "named")]
