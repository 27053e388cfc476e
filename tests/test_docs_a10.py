"""The README's `lexicon_eval` figures held to the tool, and the tables the suite cannot recheck said to be so (a10).

Rounds a7-a9 held the samples and sourcing tables (tests/test_readme_figures_a7.py, test_docs_a8.py,
test_docs_a9.py); the Sentences table, the span table and the prose figures beside them, which `python -m
framing.quality.lexicon_eval` prints in some 5 minutes of a loaded machine, were held by none. Most of that run is
the sourcing tables (held already) and the hand-marked samples (held by `--samples-only`): the rest, computed here
once per session with the tool's own functions, is some 20 s of CPU. Each cell is compared at its own precision;
test-fold figures are checked and marked as expected to fail, as a7 does (the lead measures them once per release).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from doc_cases import rounds_to

from framing.pipeline import Analyzer
from framing.narratives import evaluate as narratives_evaluate
from framing.quality import lexicon_eval, model_eval, signal_eval

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
TOOL_ROUNDING = 0.00005  # the tools round their figures to 4 decimals
LEADING = re.compile(r"(\d+\.\d+)(?: / (\d+\.\d+))?")
TEST_FOLD = pytest.mark.xfail(reason="test fold: the lead measures it once per release", strict=False)


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="session")
def figures(shared_data: Path, analyzer: Analyzer) -> dict:
    """`lexicon_eval`'s figures but the samples' and the sourcing tables', from the functions it prints."""
    return {
        **lexicon_eval.sentence_figures(shared_data, analyzer),
        "polnear_sourcing": lexicon_eval.polnear_attribution(shared_data, analyzer),
        "signal_spans": signal_eval.data_set_figures(shared_data, analyzer),
    }


def _rows(caption: str) -> list[list[str]]:
    """The rows (cells, stripped) of the first table after `caption`, its header and |---| line left out."""
    lines = README.split(caption, 1)[1].splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("|"))
    rows = []
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in line.strip().strip("|").split("|")])
    return rows


def _value(figures: dict, path: tuple[str, ...]) -> float:
    value = figures
    for key in path:
        value = value[key]
    return value  # type: ignore[return-value]


# the Sentences table: each row (its data set, its measure's first words) and where `lexicon_eval` puts its figure
SENTENCE_ROWS = {
    ("PTC (sentences)", "loaded language vs"): ("ptc_auc", "loaded_language"),
    ("PTC", "escalation vs"): ("ptc_auc", "escalation"),
    ("PTC", "doubt vs Doubt"): ("ptc_auc", "doubt"),
    ("BABE", "loaded language, Biased"): ("babe_loaded_language_auc",),
    ("Szeged FactBank news", '"hedging fires"'): ("hedging_factbank_news", "f1"),
    ("Szeged Wikipedia", '"hedging fires"'): ("hedging_wikipedia", "f1"),
    ("PolNeAR", "attributed-sentence share"): ("polnear_sourcing", "article_rho"),
    ("PolNeAR", "the same, across the seven outlets"): ("polnear_sourcing", "outlet_rho"),
}


def test_the_sentences_table_is_lexicon_evals(figures: dict) -> None:
    rows = _rows("**Sentences** (`lexicon_eval`, all articles):")
    stale, seen = [], set()
    for data_set, measure, value, _target in rows:
        key = next((k for k in SENTENCE_ROWS if k[0] == data_set and measure.startswith(k[1])), None)
        if key is None:
            stale.append(f"row {data_set!r} {measure!r}: the test knows no figure for it (add it to SENTENCE_ROWS)")
            continue
        seen.add(key)
        given = _value(figures, SENTENCE_ROWS[key])
        found = LEADING.match(value)
        if found is None or not rounds_to(found.group(1), given, TOOL_ROUNDING):
            stale.append(f"{data_set} {measure[:40]!r}: {value[:20]!r}, the tool gives {given}")
    stale += [f"row {key} is missing" for key in SENTENCE_ROWS if key not in seen]
    assert "across 840 articles" in _flat(README) and figures["polnear_sourcing"]["articles"] == 840
    assert stale == []


def _ptc(figures: dict, fold: str) -> dict:
    return figures["signal_spans"]["ptc_spans"][fold]


def _doubt_cell() -> str:
    return next(row[2] for row in _rows("**Sentences** (`lexicon_eval`, all articles):") if row[1].startswith("doubt"))


def test_the_doubt_auc_by_fold_and_across_articles_is_signal_evals(figures: dict) -> None:
    """The doubt cell and the prose below the table said 0.658 across articles; t12's doubt entries made it 0.6565."""
    doubt, loaded = _ptc(figures, "dev")["doubt"], _ptc(figures, "dev")["loaded_language"]
    cell = _doubt_cell()
    dev_fold = re.search(r"dev fold (\d\.\d+)", cell)
    across = re.search(r"\), (\d\.\d+) across articles", cell)
    assert dev_fold is not None and rounds_to(dev_fold.group(1), doubt["sentence_auc"], TOOL_ROUNDING)
    assert across is not None and rounds_to(across.group(1), doubt["sentence_auc_across_articles"], TOOL_ROUNDING)
    prose = re.search(
        r"\(doubt (\d\.\d+) against a test fold of [\d.]+, loaded language (\d\.\d+) against", _flat(README)
    )
    assert prose is not None
    assert rounds_to(prose.group(1), doubt["sentence_auc_across_articles"], TOOL_ROUNDING)
    assert rounds_to(prose.group(2), loaded["sentence_auc_across_articles"], TOOL_ROUNDING)


@TEST_FOLD
def test_the_test_fold_aucs_beside_them_are_signal_evals(figures: dict) -> None:
    test = _ptc(figures, "test")
    cell = re.search(r"test fold (\d\.\d+)", _doubt_cell())
    prose = re.search(r"against a test fold of (\d\.\d+), loaded language [\d.]+ against (\d\.\d+)", _flat(README))
    assert cell is not None and prose is not None
    assert rounds_to(cell.group(1), test["doubt"]["sentence_auc"], TOOL_ROUNDING)
    assert rounds_to(prose.group(1), test["doubt"]["sentence_auc"], TOOL_ROUNDING)
    assert rounds_to(prose.group(2), test["loaded_language"]["sentence_auc"], TOOL_ROUNDING)


def test_the_cue_only_correlation_in_the_prose_is_lexicon_evals(figures: dict) -> None:
    found = re.search(
        r"sentences holding a cue count, the correlation falls to (\d\.\d+) across articles", _flat(README)
    )
    assert found is not None and rounds_to(
        found.group(1), figures["polnear_sourcing"]["article_rho_cue"], TOOL_ROUNDING
    )


# the span table: each row (its data set, its measure's first words) and what it reads of a fold's figures
SPAN_ROWS = {
    ("Szeged news", "hedging matches"): lambda f, fold: _pr(f["szeged_cues_news"][fold]),
    ("Szeged Wikipedia", "the same"): lambda f, fold: _pr(f["szeged_cues_wikipedia"][fold]),
    ("PTC", "share of escalation"): lambda f, fold: (f["ptc_spans"][fold]["escalation"]["in_family"],),
    ("BABE", "loaded-language matches"): lambda f, fold: _pr(f["babe_words"][fold]),
    ("BASIL", "loaded-language matches"): lambda f, fold: _pr(f["basil_lex"][fold]),
    ("PTC", "share of loaded-language"): lambda f, fold: (f["ptc_spans"][fold]["loaded_language"]["in_family"],),
}


def _pr(per_fold: dict) -> tuple[float, float]:
    return per_fold["precision"], per_fold["recall"]


def _span_table_stale(figures: dict, fold: str) -> list[str]:
    column = {"dev": 2, "test": 3}[fold]
    stale, seen = [], set()
    for row in _rows("**Matches against marked spans** (`signal_eval`, issue 13)"):
        key = next((k for k in SPAN_ROWS if k[0] == row[0] and row[1].startswith(k[1])), None)
        if key is None:
            stale.append(f"row {row[0]!r} {row[1]!r}: the test knows no figure for it (add it to SPAN_ROWS)")
            continue
        seen.add(key)
        given = SPAN_ROWS[key](figures["signal_spans"], fold)
        found = LEADING.match(row[column])
        written = [] if found is None else [g for g in found.groups() if g is not None]
        if len(written) != len(given) or not all(rounds_to(w, g, TOOL_ROUNDING) for w, g in zip(written, given)):
            stale.append(f"{row[0]} {row[1][:40]!r}, {fold}: {row[column][:20]!r}, the tool gives {given}")
    return stale + [f"row {key} is missing" for key in SPAN_ROWS if key not in seen]


def test_the_span_tables_dev_column_is_signal_evals(figures: dict) -> None:
    assert _span_table_stale(figures, "dev") == []


@TEST_FOLD
def test_the_span_tables_test_column_is_signal_evals(figures: dict) -> None:
    assert _span_table_stale(figures, "test") == []


def test_the_classifier_table_prints_the_three_decimals_the_readme_quotes() -> None:
    """`str(0.55)` printed PTC's 0.550 as "0.55", and the README's 0.549 and 0.583 could not be read against it."""
    row = {"data": "PTC", "task": "propaganda", "n": 10, "measure": "F1 (propaganda)", "majority": 0.0}
    row |= {"lexicon": 0.55, "tfidf": 0.518, "ours": 0.58, "published_baseline": "0.43", "published_best": "0.63"}
    line = model_eval.render([row]).splitlines()[2]
    assert re.findall(r"\d\.\d+", line) == ["0.000", "0.550", "0.518", "0.580", "0.43", "0.63"]


@pytest.fixture(scope="session")
def russian(shared_data: Path) -> dict:
    """The narratives table's Russian row as `narratives.evaluate` computes it (93 articles: some 3 s of CPU; English
    takes some 20 s and the five languages some 2 minutes, past the suite's budget)."""
    return narratives_evaluate.figures(("ru",), (0,), shared_data)["languages"]["ru"]


def _figures(cell: str) -> list[str]:
    return re.findall(r"\d+\.\d+", cell)


def test_the_narratives_tables_russian_row_is_narratives_evaluates(russian: dict) -> None:
    row = next(row for row in _rows("**Quality** (issue 17;") if row[0] == "ru")
    split = russian["splits"][0]
    given = [split[name][level] for name, level in (("model", "coarse"), ("model", "fine"), ("tfidf", "coarse"))]
    given += [split["tfidf"]["fine"], split["other"]["coarse"]]
    assert int(row[1]) == russian["articles"] == 93
    for cell, figures in zip(row[2:7], given, strict=True):
        numbers = [figures["mean"], figures["low"], figures["high"]] if "[" in cell else [figures["mean"]]
        assert [float(x) for x in _figures(cell)] == numbers, (cell, figures)
    assert split["other"]["coarse"] == split["other"]["fine"]


@TEST_FOLD
def test_the_russian_test_fold_figures_are_narratives_evaluates(russian: dict) -> None:
    test = russian["splits"][0]["model_by_fold"]["test"]
    found = re.search(r"and Russian (\d\.\d+) / (\d\.\d+)\.", _flat(README))
    assert found is not None and [float(x) for x in found.groups()] == [test["coarse"], test["fine"]]


CLASSIFIERS, NARRATIVES = "## Classifiers: `framing train`", "## Narratives: `framing narratives`"


@pytest.mark.parametrize(
    "section, command, note",
    [
        (CLASSIFIERS, "framing.quality.model_eval", "(part of `make eval`); not rechecked by the test suite"),
        (NARRATIVES, "framing.narratives.evaluate", "its Russian row is held by the test suite"),
        (NARRATIVES, "framing.narratives.evaluate", "the other rows not rechecked by the test suite"),
    ],
)
def test_a_table_the_suite_cannot_recheck_says_so(section: str, command: str, note: str) -> None:
    """The classifier table and the narratives table but its Russian row take minutes to measure: no test holds
    them, and the README says so beside them."""
    body = _flat(README.split(section, 1)[1].split("\n## ", 1)[0])
    assert f"measured by `python -m {command}` (part of `make eval`)" in body
    assert note in body
