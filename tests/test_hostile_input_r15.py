"""Hostile input, fourteenth pass (round r15): the paths changed since r14 on pathological text and lexicons."""

from __future__ import annotations

import time

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
    assert reasons == {'exception "that said" (line None) covers it'}
    assert took < 8, f"matching took {took:.1f} s"
