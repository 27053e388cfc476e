"""Hostile input, fourteenth pass (round r15): the paths changed since r14 on pathological text and lexicons."""

from __future__ import annotations

import time

import pytest

from framing.lexicon.loader import load_lexicons
from framing.match import Matcher
from framing.text import tokenize


def test_a_text_dense_with_exceptions_is_matched_in_linear_time():
    """Each term was checked against every exception of its signal in the whole text: 10,000 sentences with
    "That said" (a reporting-verb exception) took 250 s to match from source, and the CLI refused the 370 kB
    article after --max-seconds. Now each term reads only the exceptions near it."""
    matcher = Matcher(load_lexicons())
    doc = tokenize("That said, the mayor said it rained. " * 4000)
    started = time.perf_counter()
    result = matcher.match(doc)
    took = time.perf_counter() - started
    said = [m for m in result.matches if m.signal == "reporting_verbs" and m.entry == "said"]
    assert len(said) == 4000
    reasons = {why for m, why in result.cancelled if m.signal == "reporting_verbs"}
    assert reasons == {'exception "that said" ([sourcing] discourse_phrases of _language.toml) covers it'}
    assert took < 8, f"matching took {took:.1f} s"


ODD = 'schema = 1\n[signal]\nlabel = "Odd"\ndescription = "A rule to refuse."\n\n[terms]\n"odd" = 1.0\n\n'


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ("answered_by = 5\n", "E210 answered_by phrase must be a list of phrases"),
        ('answered_by = [["no"]]\n', "E210 answered_by phrase must be a list of phrases"),
        ("before = 5\n", "E210 context phrase must be a list of phrases"),
        ('answered_by = ["* no"]\n', 'E205 answered_by phrase "* no" starts or ends with a lone "*"'),
    ],
)
def test_a_context_rule_whose_phrases_are_refused_gets_one_error(check_lexicon_file, rule: str, message: str):
    """The refused value was followed by a second error, "a context rule needs phrases in ...", for the same line:
    two errors for one mistake, the second pointing away from it."""
    odd, output = check_lexicon_file("odd.toml", ODD + '[[context]]\nterms = ["odd"]\naction = "cancel"\n' + rule)
    errors = [line for line in output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, output
    assert errors[0].startswith(f"error: {odd}:9: {message}")
    assert "1 error," in output
