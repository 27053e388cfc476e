"""Group statistics on score tables: intervals, tests, effect sizes and distinctive terms.

In: a score table (one row per article, as written by `framing score -o`: a group column such as
`outlet`, an optional `date`, `n_words`, and per signal `{signal}_count`, `{signal}_per_1k`, ...),
and for distinctive terms a long table of term counts (group, term, count). Out: tidy pandas
DataFrames, one row per (group, measure), (pair, measure) or (group, term), which the report
renders. Nothing here draws or reads files, and nothing formats text but `listed_groups` (the groups a
note names, one way for every note).

Choices, and why:
- Intervals are percentile bootstrap intervals: rates per 1,000 words are skewed and zero-heavy,
  so a normal interval would reach below zero. One resampling of the articles serves every
  measure at once (a matrix product), which keeps 100,000 articles fast.
- Tests are rank tests (Kruskal–Wallis, Mann–Whitney U), which assume no distribution; all
  pairwise p-values of a report are one family for Benjamini–Hochberg, because an editor reads
  them together.
- Effect sizes travel with every test: Cliff's delta (rank based, the companion of U) and the
  ratio of means with a bootstrap interval (the number an editor quotes).
- Distinctive terms use the weighted log-odds ratio with an informative Dirichlet prior of
  Monroe, Colaresi & Quinn (2008, Political Analysis 16:372-403), with the corpus's own term
  frequencies as the prior, as in the tidylo package: it shrinks rare terms toward zero.
Modules: `measures` (what to compare, group names), `stats` (means, intervals, the test across
groups, standardized differences), `pairwise` (tests and effect sizes per pair), `terms`, `trends`,
`caveats`; their public names are here.
"""

from __future__ import annotations

from .caveats import LISTED_GROUPS, MIN_HITS, caveats, group_hits, listed_groups
from .measures import Measure, case_only, find_measures, look_alikes, normalize_groups, unmatched_map_keys
from .pairwise import against_comparison, pairs_of, pairwise_tests
from .stats import bh_adjust, bootstrap_means, cliff_label, group_means, kruskal_tests, standardized_differences
from .terms import log_odds
from .trends import MIN_CELL, TYPICAL_CELL, choose_period, trends

__all__ = [
    "LISTED_GROUPS",
    "MIN_HITS",
    "Measure",
    "against_comparison",
    "bh_adjust",
    "bootstrap_means",
    "case_only",
    "caveats",
    "choose_period",
    "MIN_CELL",
    "TYPICAL_CELL",
    "cliff_label",
    "find_measures",
    "group_hits",
    "group_means",
    "kruskal_tests",
    "listed_groups",
    "log_odds",
    "look_alikes",
    "normalize_groups",
    "unmatched_map_keys",
    "pairs_of",
    "pairwise_tests",
    "standardized_differences",
    "trends",
]
