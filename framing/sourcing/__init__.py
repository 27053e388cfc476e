"""The sourcing stage: who does the article say is speaking, what do they say, and what kind of source is it.

In: a `Doc` and its `Match` list (the tokenize and match stages). Out: `Attribution` records, the
content spans credited to sources, and the writer's own cues; `score` and `pipeline` read them.
The modules, lowest first (each imports only those before it):

- `phrase`, `names`, `kinds`: the rule classes for a source phrase's head, its names and its kind
  (docs/source-kinds.md), one chain of classes, each subclassing the one before;
- `reader`: the reader of one document's attributions, the chain's last class, and `find_attributions`;
- `attribution`: the optional trained labeller of cues (numpy; imported only when asked for).
"""

from __future__ import annotations

from .contents import Attribution
from .quotations import Spans, find_attributions, writer_cues
from .reader import CUE_ROLES, KINDS, direct_quote_sentences, direct_quote_spans

__all__ = [
    "CUE_ROLES",
    "KINDS",
    "Attribution",
    "Spans",
    "direct_quote_sentences",
    "direct_quote_spans",
    "find_attributions",
    "writer_cues",
]
