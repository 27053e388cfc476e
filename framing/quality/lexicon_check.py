"""`framing lexicon check`: every problem in a lexicon set, not just the first.

In: lexicon layers. Out: `Problem`s sorted by file and line: the set's own checks
(`framing.lexicon.check`), examples that do not behave as the file says they should (run through the
matcher, so they live above the pipeline), and the narrative cue files.
"""

from __future__ import annotations

from ..errors import Code, Problem
from ..lexicon.check import set_problems, written_at
from ..lexicon.loader import Layer, LexiconSet
from ..narratives.taxonomy import check_narratives
from ..pipeline import Analyzer


def check(layers: list[Layer], lang: str = "en") -> tuple[LexiconSet, list[Problem]]:
    """Load what can be loaded and gather every error and warning."""
    lexicons, problems = set_problems(layers, lang)
    if not any(p.severity == "error" for p in problems):
        problems += check_examples(lexicons)
    problems += check_narratives(layers, lang)  # lexicons/<lang>/narratives/, matched on lemmas
    return lexicons, sorted(problems, key=lambda p: (p.path, p.line or 0, p.code))


def check_examples(lexicons: LexiconSet) -> list[Problem]:
    """Each signal's `match` examples must fire it and `no_match` ones must not (proselint-style)."""
    analyzer = Analyzer(lexicons)
    found = []
    for sid, spec in lexicons.signals.items():
        if not spec.examples_match and not spec.examples_no_match:
            found.append(
                Problem(
                    spec.path,
                    f'signal "{sid}" has no examples',
                    Code.NO_EXAMPLES,
                    hint="add [examples] match = [...] and no_match = [...]",
                    severity="warning",
                )
            )
        for example in spec.examples_match:
            if not signal_fires(analyzer, sid, example):
                path, line = written_at(spec, example)
                found.append(
                    Problem(
                        path,
                        f'example does not match: "{example}"',
                        Code.EXAMPLE_FAILS,
                        line,
                        hint="fix the terms or the example",
                    )
                )
        for example in spec.examples_no_match:
            if signal_fires(analyzer, sid, example):
                path, line = written_at(spec, example)
                found.append(
                    Problem(
                        path,
                        f'no_match example matches: "{example}"',
                        Code.EXAMPLE_FAILS,
                        line,
                        hint="add an exception or fix the example",
                    )
                )
    return found


def signal_fires(analyzer: Analyzer, sid: str, text: str) -> bool:
    """Whether signal `sid` matches `text` as an article body (a lexicon example has no headline)."""
    result = analyzer.analyze(text, split_title=False, evidence=False)
    return result.signals[sid].count > 0
