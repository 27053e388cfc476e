"""Round v44 (issue 12): a cue with no source that stands inside a content someone is credited with is part of what
was said, not the writer's word for a speech act: "Lo said the logs that were copied suggested …", "a market that
seems rigged …, the survey found". Only the passive ("are seen as") was read so before; on PolNeAR's dev fold the
matches on such cues lay inside the annotated content 15 times, outside 6. A participle ("…, not even suggesting")
and an adverb ("reportedly") stay the writer's: the speaker's next act told by the writer, and the writer's hedge."""

from __future__ import annotations

import pytest

from sourcing_cases import fields_and_voices


@pytest.mark.parametrize(
    ("text", "word", "outer"),
    [
        (
            "But a source close to the inquiry said the parts of the network that were breached suggested the "
            "intruders wanted tax records.",
            "suggested",
            ("said", "a source close to the inquiry"),
        ),
        (
            "Farmers in the valley feel caught in a market that seems rigged against small growers, the survey found.",
            "seems",
            ("found", "the survey"),
        ),
        (
            "The mayor continued to voice doubts about the budget, Lo said.",
            "doubts",
            ("said", "Lo"),
        ),
        (
            "The harbor plan appears to be moving much the same way: slow meetings and long letters, said Tomas "
            "Brandt, a port analyst.",
            "appears to",
            ("said", "Tomas Brandt, a port analyst"),
        ),
        (
            "The old pier seemed sturdy until the storm came, reported the Coast Gazette.",
            "seemed",
            ("reported", "the Coast Gazette"),
        ),
        (
            "In her memo, she proposed the following: given that it seemed a new leak of some gravity, the board "
            "should meet.",
            "seemed",
            ("proposed", "she"),
        ),
    ],
)
def test_a_sourceless_cue_inside_a_credited_content_is_reported(analyzer, text: str, word: str, outer: tuple) -> None:
    attributions, voices = fields_and_voices(analyzer, text, ("cue", "source"), ("hedging", "certainty"))
    assert outer in attributions
    assert (word, "reported") in voices


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a participle: the speaker's next act, in the writer's words
        (
            'Ruiz warned "let\'s not rush," before cheerfully predicting that a long vote could heal the council.',
            "predicting",
        ),
        ('"The rents will fall," Ruiz said, not even suggesting the levy could rise.', "suggesting"),
        # an adverb: the writer's own hedge
        ("Lo said the parcel reportedly reached the council in May.", "reportedly"),
        # no content around it that anyone is credited with
        ("The ledgers that were copied suggested the thieves wanted payroll records.", "suggested"),
    ],
)
def test_a_participle_an_adverb_or_no_credited_content_stays_the_writers(analyzer, text: str, word: str) -> None:
    _, voices = fields_and_voices(analyzer, text, ("cue",), ("hedging",))
    assert (word, "author") in voices
