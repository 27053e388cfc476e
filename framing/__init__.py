"""framing: media-narrative and disinformation-framing analysis with evidence for every score.

The public API, imported on first use (so `import framing` and `framing --help` stay fast)::

    from framing import analyze, Analyzer, load_lexicons, score_corpus, compare, train_model
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .compiled import guard

__version__ = "0.1.0"

# name -> "module:attribute" it comes from
_PUBLIC = {
    "analyze": "framing.pipeline:analyze",
    "Analyzer": "framing.pipeline:Analyzer",
    "load_lexicons": "framing.lexicon.loader:load_lexicons",
    "score_corpus": "framing.batch.run:score_corpus",
    "compare": "framing.comparison:compare",
    "train_model": "framing.model.train:train_model",
}
__all__ = ["__version__", *_PUBLIC]

if TYPE_CHECKING:  # for type checkers; `x as x` marks a re-export, which `__all__` built from _PUBLIC does not show
    from .batch.run import score_corpus as score_corpus
    from .comparison import compare as compare
    from .lexicon.loader import load_lexicons as load_lexicons
    from .model.train import train_model as train_model
    from .pipeline import Analyzer as Analyzer, analyze as analyze


guard()  # compiled builds of the hot modules are used only while they match their sources


def __getattr__(name: str) -> Any:
    """Import a public name's module when the name is first used."""
    where = _PUBLIC.get(name)
    if where is None:
        raise AttributeError(f"module 'framing' has no attribute {name!r}")
    module, attribute = where.split(":")
    value = getattr(importlib.import_module(module), attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(list(globals()) + list(_PUBLIC))
