"""The sourcing stage: who does the article say is speaking, what do they say, and what kind of source is it.

In: a `Doc` and its `Match` list (the tokenize and match stages). Out: `Attribution` records, the
content spans credited to sources, and the writer's own cues; `score` and `pipeline` read them.
The modules, lowest first (each imports only those before it):

- `phrase`, `names`, `kinds`: a source phrase's head, its names and its kind (docs/source-kinds.md);
- `subjects`, `forward`, `clauses`, `contents`, `speakers`: the source read back from its cue, read
  forward from it, the subject of the cue's clause, the source and content together, and speakers
  stated otherwise (a colon, a quotation's tag, a passive's agent);
- `reader`: one document's reader, reading a sentence's cues in one pass;
- `quotations`: `find_attributions` (the reader over a document, then quotations given their speakers),
  the writer's own cues, the contents in a voice other than the writer's, and `Spans`;
- `attribution`: the optional trained labeller of cues (numpy; imported only when asked for);
- `hybrid`: which of the labeller's cues the hybrid method adds to the rules' attributions (round c64).

Each rule module holds one class of one chain, `PhraseRules` -> `NameRules` -> `KindRules` ->
`SubjectRules` -> `ForwardRules` -> `ClauseRules` -> `ContentRules` -> `SpeakerRules` -> `reader._Reader`,
each subclassing the one before and calling no method defined above it (tests/test_layers.py).
"""

from __future__ import annotations

from .contents import Attribution
from .quotations import Spans, find_attributions, reported_contents, writer_cues
from .reader import CUE_ROLES, KINDS, direct_quote_sentences, direct_quote_spans

__all__ = [
    "CUE_ROLES",
    "KINDS",
    "Attribution",
    "Spans",
    "direct_quote_sentences",
    "direct_quote_spans",
    "find_attributions",
    "reported_contents",
    "writer_cues",
]
