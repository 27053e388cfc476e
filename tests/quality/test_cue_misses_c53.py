"""`sourcing_eval --cue-misses`: every dev-fold annotated cue no cue of ours overlaps, with its sentence, by
construction, the constructions ranked by the number of articles they occur in; test-fold articles are never
listed (round c53)."""

from __future__ import annotations

from pathlib import Path

from framing.quality.datasets import polnear_fold
from framing.quality.sourcing_errors import cue_misses
from framing.quality.sourcing_eval import main

from polnear_folder import write_polnear

TEXT = (
    "Ruiz Pins The Blame On Lo.\n\nEd Lo said the plan was dead. His plan angered Ruiz (who liked the plan). "
    "Lo trails in the polls. Ruiz decided to stay. The levy was revealed on Monday.\n"
)
# "was revealed": an agentless passive still read as no attribution ("was announced" is one since round v43)
CUES = ("Pins", "said", "plan angered", "liked", "in the", "decided", "was revealed")


def _data(tmp_path: Path, stems: tuple[str, ...] = ("wire_a", "wire_d")) -> Path:
    spans = [("Cue", TEXT.index(c), TEXT.index(c) + len(c.split()[0] if c == "in the" else c)) for c in CUES]
    return write_polnear(tmp_path, [(stem, "wire", TEXT, spans) for stem in stems])


def test_each_missed_cue_is_put_in_its_construction(tmp_path: Path) -> None:
    assert (polnear_fold("wire_a"), polnear_fold("wire_d")) == ("dev", "test")
    sentence = "His plan angered Ruiz (who liked the plan)."
    assert [row[:3] for row in cue_misses(_data(tmp_path))] == [
        ("the title line", "Pins", "Ruiz Pins The Blame On Lo."),
        ("a noun after a possessive ('his claim')", "plan angered", sentence),
        ("inside a parenthesis or between dashes", "liked", sentence),
        ("a preposition (a poll's 'in', 'for')", "in", "Lo trails in the polls."),
        ("another word, a verb mostly ('decided', 'wants')", "decided", "Ruiz decided to stay."),
        (
            "a cue term of ours, no attribution read (an agentless passive mostly)",
            "was revealed",
            "The levy was revealed on Monday.",
        ),
    ]


def test_constructions_are_ranked_by_their_articles(tmp_path: Path, capsys) -> None:
    data = _data(tmp_path, ("wire_a", "wire_b", "wire_d"))
    assert polnear_fold("wire_b") == "dev"
    assert main(["--data", str(data), "--cue-misses"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["articles", "misses", "construction"]
    assert out[1].split()[:2] == ["2", "2"]  # every construction is in both dev articles: ties by name
    assert out[1].endswith("a cue term of ours, no attribution read (an agentless passive mostly)")
    assert out[-1] == "12 dev-fold annotated cues missed in 2 articles"
