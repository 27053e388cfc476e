"""Issue 12, false attributions and continuations: the second verb of a reporting clause, quotations
that run over several sentences, and an opening participle take the speaker of their sentence."""

from __future__ import annotations

from sourcing_cases import attributions
from framing.pipeline import Analyzer


def test_a_second_verb_after_the_speaker_takes_the_speaker_not_the_quotation(sourcing_analyzer: Analyzer) -> None:
    text = '"The goal of the blockade is to starve our towns," Moreno said, also seeking to cast the talks as a sham.'
    result = sourcing_analyzer.analyze(text, split_title=False)
    assert [(a["cue"], a["source"]) for a in result.attributions] == [("said", "Moreno"), ("seeking", "Moreno")]
    # the quotation is what Moreno said; what she sought to do is the writer's account of her act
    assert result.attributions[0]["content"] == '"The goal of the blockade is to starve our towns,"'
