"""What a comparison report is asked for (`Options`) and how it names a measure (`MeasureInfo`).

Plain data shared by report/tables.py, which builds the report, report/findings.py, which words it, and
`framing compare`, whose option defaults are these; outside the report package, so that neither report
module imports the other for its types and the CLI reads the defaults without loading pandas or matplotlib.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from .errors import InputError
from .wording import counted, nearest

# Bootstrap resamples `--bootstrap` may ask for: each group's replicates are held at once (resamples x
# measures), and 1e11 asked NumPy for 3.6 TiB; 100,000 gives intervals far finer than their rounding.
MAX_BOOT = 100_000


class Unit(str, Enum):
    """What one record of a corpus is, as the report names it (`--unit`): a CSV of BABE's sentences is not
    a corpus of articles, and the tool cannot tell which it holds. Each forms its plural with "s"."""

    article = "article"
    sentence = "sentence"
    paragraph = "paragraph"
    post = "post"
    document = "document"
    text = "text"
    record = "record"


@dataclass
class Options:
    """What to compare and how; every field is listed in the report's methods section."""

    by: str = "outlet"
    reference: str | None = None
    signals: list[str] | None = None
    exclude: tuple[str, ...] = ()  # signals left out unless named in `signals`
    since: date | None = None
    until: date | None = None
    min_articles: int = 5
    min_hits: int = 10  # matches a group needs for a finding about it
    normalize_groups: bool = False
    group_map: dict[str, str] | None = None
    measure: str = "author_per_1k"  # the outlet's own voice: a quoted minister's words are not the outlet's
    period: str = "auto"
    n_boot: int = 2000
    conf: float = 0.95
    seed: int = 0
    examples: int = 3
    top_terms: int = 10
    unit: str = Unit.article.value

    @property
    def units(self) -> str:
        """The unit's plural: "articles", "sentences"."""
        return self.unit + "s"

    def count(self, n: int) -> str:
        """`n` records in the report's unit: "1 sentence", "2,425 sentences"."""
        return counted(n, self.unit, self.units)

    def __post_init__(self) -> None:
        if self.unit not in {u.value for u in Unit}:
            units = [u.value for u in Unit]
            raise InputError(f"unknown unit {self.unit!r}; one of: {', '.join(units)}{nearest(self.unit, units)}")

    def too_few_groups(self) -> str:
        """The refusal of a comparison left with fewer than two groups (before scoring a corpus or after filtering)."""
        return f"fewer than two groups of {self.by!r} with at least {self.min_articles} {self.units} remain; nothing to compare"

    def one_group(self, name: str, articles: int) -> str:
        """The refusal of a comparison whose grouping column holds one value (`name` quoted as the report quotes)."""
        return f"only one group of {self.by!r}: {name} ({self.count(articles)}); nothing to compare (--by groups by another column)"


@dataclass
class MeasureInfo:
    """A measure as the reader sees it: its label and unit beside the column it comes from."""

    id: str
    label: str
    unit: str  # "per 1,000 words" or "% of sentences"
    kind: str
    column: str
    phrase: str = ""  # how a finding names it: "hedging words in its own voice"
