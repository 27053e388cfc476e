"""Round l35 (issue 13): loaded-language entries mined from the dev folds' marked spans and kept on a read of
their dev news uses: verdicts on conduct, name-calling, the sneer at a measure and a stated aim cast as a
pretext. Each case is a sentence written for the test and the exact text the signal matches in it; the takeover
defence beside the legislative rider shows the sense rule keeps the finance term out."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from signal_cases import spans


@pytest.mark.parametrize(
    "text, expected",
    [
        # verdicts on conduct
        ("The mayor's insensitive reply angered the flood victims.", ["insensitive"]),
        ("His impulsive decisions worry the harbour board.", ["impulsive"]),
        ("Her impulsiveness cost the team the final.", ["impulsiveness"]),
        # name-calling
        ("Everyone on the council thinks he is a whack job.", ["whack job"]),
        ("The governor took a whack at the ferry company.", ["took a whack at"]),
        # the sneer at a measure, and a stated aim cast as a pretext
        ("The misnamed 'tenant protection' bill helps landlords.", ["misnamed"]),
        ("Senators blocked the aid over a poison pill added by the other party.", ["poison pill"]),
        ("Fees rose under the guise of protecting the river.", ["under the guise of"]),
        # the finance term: a takeover defence
        ("The board adopted a poison pill to fend off the bid.", []),
        ("The retailer unveiled a poison pill defense against the buyer.", []),
        ("Shareholders voted on the poison pill last week.", []),
    ],
)
def test_loaded_language_l35(analyzer: Analyzer, text: str, expected: list[str]) -> None:
    assert spans(analyzer, text, "loaded_language") == expected
