"""Messages a user reads, keyed on their numbers (round a2): a `compare` caveat on a signal found in few articles
says how many it rests on, and a judged precision's verdict claims no more than its interval; and the README's
sourcing method, grouped by what a user sees, with examples that had no test."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from framing.cli import app
from framing.quality.judging import judge
from framing.report import Options, build_report
from sourcing_cases import attributions_with_kinds

runner = CliRunner()


def hedged_table(hedged: int, plain: int) -> pd.DataFrame:
    """Two outlets, `hedged` articles with one own-voice hedge and `plain` with none (300 words each)."""
    rows = []
    for k in range(hedged + plain):
        rate = 10.0 / 3 if k < hedged else 0.0
        rows.append(
            {
                "id": f"a{k}",
                "outlet": "A" if k % 2 else "B",
                "n_words": 300,
                "date": (pd.Timestamp("2024-01-01") + pd.Timedelta(days=k)).date().isoformat(),
                "hedging_count": int(k < hedged),
                "hedging_per_1k": rate,
                "hedging_author_per_1k": rate,
            }
        )
    return pd.DataFrame(rows)


@pytest.mark.parametrize(
    ("hedged", "plain", "message"),
    [
        (  # u45's corpus: 17 is not "a few"; what is small is the corpus
            17,
            6,
            "Hedging (own voice): found in 17 of the 23 articles (74%): common, but the corpus is small — any "
            "difference rests on these 17.",
        ),
        (3, 13, "Hedging (own voice): found in only 3 articles (19%) — any difference rests on these 3."),
        (1, 24, "Hedging (own voice): found in only 1 article (4%) — any difference rests on it."),
        (
            15,
            400,
            "Hedging (own voice): found in only 15 articles (4%) — any difference rests on these 15.",
        ),
    ],
)
def test_a_signal_found_in_few_articles_names_the_count_it_rests_on(hedged: int, plain: int, message: str) -> None:
    report = build_report(hedged_table(hedged, plain), Options(n_boot=50))
    assert [c["message"] for c in report.caveats if c["kind"] == "few_hits" and "Hedging (own" in c["message"]] == [
        message
    ]


@pytest.mark.parametrize(
    ("right", "wrong", "verdict"),
    [
        (4, 1, "too few"),  # u45: 0.38-0.96 was "ok"
        (5, 0, "too few"),  # 0.57-1.00: it may be under the target
        (3, 2, "too few"),  # 0.23-0.88: it may be over it
        (15, 0, "ok"),  # 0.80-1.00: at the target or above
        (34, 6, "ok"),  # 0.71-0.93: across the target, narrow, the point above it
        (26, 14, "fix"),  # 0.50-0.78: across the target, narrow, the point under it
        (1, 3, "fix"),  # 0.05-0.70: under the target
        (0, 3, "fix"),  # 0.00-0.56
        (1, 9, "drop"),  # 0.02-0.40: under half
        (2, 0, "too few"),  # fewer than three
    ],
)
def test_a_verdict_claims_no_more_than_its_interval(right: int, wrong: int, verdict: str) -> None:
    rows = [("hedging", "may", True)] * right + [("hedging", "may", False)] * wrong
    assert {j.entry: j.verdict for j in judge(rows)} == {"": verdict, "may": verdict}


def test_audit_judged_says_why_an_entry_is_too_few(tmp_path: Path) -> None:
    judged = tmp_path / "judged.csv"
    rows = [f"j{k},hedging,may,0,3,6,may,It may rain.,{int(k > 0)}" for k in range(5)]  # 4 of 5 right
    judged.write_text("\n".join(["id,signal,entry,sentence,start,end,text,sentence_text,correct", *rows]) + "\n")
    result = runner.invoke(app, ["lexicon", "audit", "--judged", str(judged)])
    assert result.exit_code == 0, result.output
    assert 'judge more matches (fewer than 3, or an interval across 0.75 wider than 0.3): hedging: "may"' in " ".join(
        result.output.split()
    )


README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_the_readme_sourcing_method_is_grouped_by_what_a_user_sees() -> None:
    """The rules of ~30 rounds had grown into run-on lists; the groups hold them in the output's order."""
    method = README[README.index("**Method (the rules, the default).**") : README.index("**Adjusting it.**")]
    groups = re.findall(r"^\*([A-Z][^*]+)\*$", method, flags=re.MULTILINE)
    assert groups == [
        "The cue: which words report.",
        "The source: who speaks.",
        "The content: what is credited.",
        "Voice: whose words a match is in.",
        "Kind: named, anonymous, vague or state media.",
    ]
    assert "is no cue; and so is a raising passive" not in README  # a raising passive is a cue with no source


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a raising passive: a cue naming nobody, its content the infinitive's clause
        ("The minister is said to have resigned.", [("is said", "", "vague", "to have resigned.")]),
        # documents pointed at are the ones in view, but "reports say" stays the vague-source phrase
        ("The reports show that the mill closed.", [("show", "The reports", "named", "the mill closed.")]),
        ("The reports say that the mill closed.", [("say", "The reports", "vague", "the mill closed.")]),
        # a thing called by its name is no cue
        ("An asteroid called 3200 Phaethon will pass in December.", []),
    ],
)
def test_the_readme_examples_of_cues_and_kinds(analyzer, text: str, expected: list[tuple[str, ...]]) -> None:
    assert attributions_with_kinds(analyzer, text) == expected
