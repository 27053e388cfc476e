"""The hybrid sourcing method (round c64): every attribution of the rules, and the trained labeller's cues only
where the rules read nothing.

`Analyzer(sourcing="trained")` reads the labeller's cues together with the lexicon's and lets the labeller
overrule a weak lexicon cue (its `veto`). Measured on PolNeAR's dev fold with the labeller cross-fitted
(five folds, each article scored by a model that never saw it), both cost the rules' precision more than
they add: a cue the labeller finds inside a content, cue or source the rules already read is mostly a
word of what was said ("Her staff said the governor cast doubt on …"), and the veto drops more right cues than wrong
ones. Keeping every rule attribution and adding the labeller's cues that lie outside all of them gave
cue F1 0.786 against the rules' 0.777 and the labelled sources found 0.736 against 0.696, with source F1,
boundaries and voice no lower (docs/quality-history.md, round c64).
"""

from __future__ import annotations

from .contents import Attribution

Cues = dict[int, list[tuple[int, int]]]  # sentence index -> the labeller's cues there, as token ranges


def beyond_rules(labelled: Cues, attributions: list[Attribution]) -> Cues:
    """The labeller's cues (`Labeller.label`) that overlap no cue, source or content of the rules' `attributions`
    (token ranges [first, last)); sentences left with none are dropped."""
    taken = [
        span for a in attributions for span in (a.cue_tokens, a.source_tokens, a.content_tokens) if span[0] < span[1]
    ]
    out: Cues = {}
    for sentence, cues in labelled.items():
        kept = [(a, b) for a, b in cues if all(b <= first or last <= a for first, last in taken)]
        if kept:
            out[sentence] = kept
    return out
