"""Round q6 (issue 13): two classes PTC marks as Doubt that the signal missed, a report called invented ("a hack
job", "pure fiction", "concocted") and a promise or plan called one that cannot come true ("pie in the sky", "will
never happen"); and two senses that must not count: a doubt label denied ("it is not a hoax") and propaganda named
as a group's material beside its arms or recruiting."""

from __future__ import annotations

from functools import partial

import pytest

from framing.quality.datasets import default_data_dir
from framing.quality.signal_judged import JUDGED_DIR, precision, read, rejoin
from signal_cases import shipped_analyzer, shipped_spans

ADDED = JUDGED_DIR / "news_dev_q6_added.csv"  # every dev news match the round's new entries added
needs_data = pytest.mark.skipif(
    not all((default_data_dir() / f).is_dir() for f in ("basil", "polnear", "ptc", "semeval2025_narratives")),
    reason="no ../shared",
)
doubt = partial(shipped_spans, signal="doubt")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The magazine's profile of the mayor was a hack job.", ["hack job"]),
        ("Put plainly, the whole memo is pure fiction.", ["pure fiction"]),
        ("She called the witness account a made-up story.", ["made-up story"]),
        ("Aides said the figures were concocted by the campaign.", ["concocted"]),
        ("His offer of free rail travel is pie in the sky.", ["pie in the sky"]),
        ("Most of the pledges in the manifesto could never be implemented.", ["never be implemented"]),
        ("A tax cut that size will never happen.", ["will never happen"]),
        ("Farmers have heard one empty promise after another.", ["empty promise"]),
        ("The leaflets were propaganda, pure and simple.", ["propaganda"]),
    ],
)
def test_a_report_called_invented_or_a_promise_called_empty_casts_doubt(text: str, expected: list[str]) -> None:
    assert doubt(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The governor insisted the outbreak is not a hoax.",
        "It isn't a hoax, the scientist said.",
        "This is no conspiracy theory, the senator told reporters.",
        "The cartel spent its money financing arms and propaganda abroad.",
        "Police found a propaganda, recruitment video on the suspect's laptop.",
    ],
)
def test_a_label_denied_or_propaganda_as_material_casts_none(text: str) -> None:
    assert doubt(text) == []


def test_the_moves_keep_their_judgements() -> None:
    assert {name: (n, right) for name, n, right, _, _ in precision(read(ADDED))} == {"doubt": (16, 14)}


@needs_data
def test_the_added_entries_match_where_judged() -> None:
    assert all(kept for *_, kept in rejoin(read(ADDED), default_data_dir(), shipped_analyzer()))
