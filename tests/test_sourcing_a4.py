"""A named appositive after a description too long to read at once, opening the sentence, is the subject of a
speech verb after its comma, whatever the content's verb: "The head of …, Ana Ruiz, said the plan failed" is
not read as an inverted "…, said the plan failed" (round a4: docs/source-kinds.md's c50 example, checked with
another content)."""

from __future__ import annotations

from framing.pipeline import Analyzer
from tests.sourcing_cases import sources_and_contents


def test_long_description_then_name_speaks(analyzer: Analyzer) -> None:
    read = [
        sources_and_contents(analyzer, "The head of the nurses union in the state, Ana Ruiz, said the plan failed."),
        sources_and_contents(analyzer, "A top official at the state agency for roads, Ana Ruiz, said the bill passed."),
    ]
    assert read == [[("Ana Ruiz", "the plan failed.")], [("Ana Ruiz", "the bill passed.")]]


def test_what_stays(analyzer: Analyzer) -> None:
    """A content with an auxiliary, a short description read whole, and a clause before the comma, after which
    the speech verb still inverts."""
    assert sources_and_contents(
        analyzer, "The head of the nurses union in the state, Ana Ruiz, said it had failed."
    ) == [("Ana Ruiz", "it had failed.")]
    assert sources_and_contents(analyzer, "The head of the union, Ana Ruiz, said the plan failed.") == [
        ("The head of the union, Ana Ruiz", "the plan failed.")
    ]
    assert sources_and_contents(analyzer, "The plan failed, said the head of the nurses union.") == [
        ("the head of the nurses union", "The plan failed,")
    ]
