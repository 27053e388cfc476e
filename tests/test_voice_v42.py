"""Round v42 (issue 12): a relative with no comma before it inside an inverted source's appositive ("said Ana Lund, a
Republican who has not endorsed anyone") describes the speaker, and PolNeAR keeps it whole in the source, its verb
unmarked (92 of 97 dev uses), so its own cue no longer ends the source; a source that stops at a later cue inside a
relative drops the auxiliaries and the "and" or "but" before that cue instead of ending on them. Controls: a speech
verb right after the "who" is that cue's, and the source ends before it (PolNeAR's other 5 uses); a relative after a
comma whose own cue follows "who" keeps ending the source (k68, c57). "Lund's research focuses on" names a topic, no
cue (a person's "focuses on" stays one)."""

from __future__ import annotations

import pytest

from sourcing_cases import cues_and_sources


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The levy is too small, said Dana Pike, a professor of economics at Eastfield College who has successfully "
            "predicted every budget gap since 1998.",
            [
                (
                    "said",
                    "Dana Pike, a professor of economics at Eastfield College who has successfully predicted every "
                    "budget gap since 1998",
                ),
                ("has successfully predicted", "who"),
            ],
        ),
        (
            '"We are not ready," said Gov. Dana Pike of Ohio, a Republican who has not endorsed a candidate but has '
            "criticized Mr. Cole.",
            [
                ("said", "Gov. Dana Pike of Ohio, a Republican who has not endorsed a candidate"),
                ("has not endorsed", "who"),
                ("has criticized", "Gov. Dana Pike of Ohio, a Republican who has not endorsed a candidate"),
            ],
        ),
        (
            '"It was a long night," said Rolf Amsel, a pollster with the old party who worked with the mayor for years '
            "and called him a careful planner.",
            [
                ("said", "Rolf Amsel, a pollster with the old party who worked with the mayor for years"),
                ("called him", "Rolf Amsel, a pollster with the old party who worked with the mayor for years"),
            ],
        ),
    ],
)
def test_a_relative_inside_the_appositive_stays_in_the_source(analyzer, text: str, expected: list) -> None:
    assert cues_and_sources(analyzer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a speech verb after "who" is a cue PolNeAR marks, with "who" for source
            '"We are not ready," said Dana Pike, a Texas consultant who said he would not vote for Mr. Cole.',
            [("said", "Dana Pike, a Texas consultant"), ("said", "who")],
        ),
        (  # after a comma the relative's own cue ends the source
            '"We are not ready," said Dana Pike, who has endorsed Kasich.',
            [("said", "Dana Pike"), ("has endorsed", "who")],
        ),
    ],
)
def test_controls(analyzer, text: str, expected: list) -> None:
    assert cues_and_sources(analyzer, text) == expected


def test_a_body_of_research_focuses_on_a_topic_not_a_view(analyzer) -> None:
    assert cues_and_sources(analyzer, "Ivo Lund's research focuses on how rural voters weigh the candidates.") == []
    # control: a person's focus is a stance PolNeAR marks (4 of its 6 dev uses of "focuses on")
    assert cues_and_sources(analyzer, "Ivo Lund, meanwhile, focuses on the cost of the bridge.") == [
        ("focuses on", "Ivo Lund")
    ]
