"""Page furniture and site names are left out of the distinctive words overall (round u24: PolNeAR's HuffPost
listed "getty" from its photo credits and "washpost" from its "[WashPost.]" link credits)."""

from __future__ import annotations

import pandas as pd

from framing.batch.words import word_counts
from framing.report import Options, build_report
from framing.report.sections import site_name


def test_credit_lines_bylines_and_datelines_are_not_counted() -> None:
    furniture = [
        "WASHINGTON, Dec. 8 (UPI) — Senators met.",
        "LONDON (Reuters) - Voters wait.",
        "Getty.",
        "Senators met.",
        "Getty.",
        "Scott Olson via Getty Images.",
        "Photo: Jane Roe for the Paper",
        "By Jane Roe",
        "Follow Pam Key on Twitter @pamkeyNEN.",
        "Twitter: @Milbank.",
        "Contributing: Ledyard King, USA TODAY.",
        "Reporting by Ann Lee; Editing by Bo Tan",
        "LETTERS.",
        "X.",
        "Fewer people voted than ever. [WashPost.]",
    ]
    assert word_counts("\n".join(furniture)) == {
        "senators": 2,
        "met": 2,
        "voters": 1,
        "wait": 1,
        "fewer": 1,
        "people": 1,
        "voted": 1,
        "than": 1,
        "ever": 1,
    }


def test_prose_that_looks_like_furniture_is_counted() -> None:
    prose = [
        "By now, Sexton said he is unconvinced.",  # "By" opening a sentence, not a byline
        "Wrong.",  # a one-word sentence said once
        "Why?",
        "He spoke to [Trump] aides.",  # an editor's bracket inside a sentence
        "Photographers waited outside.",
    ]
    counted = word_counts("\n".join(prose))
    assert {"sexton", "wrong", "why", "trump", "photographers"} <= set(counted)


def test_a_site_name_is_a_groups_name_run_together() -> None:
    assert [site_name(g) for g in ("huff-post", "HuffPost", "USA Today", "Breitbart")] == [
        "huffpost",
        "huffpost",
        "usatoday",
        "breitbart",
    ]


def test_site_names_leave_the_distinctive_words_and_a_caveat_names_them() -> None:
    rows, words = [], []
    for outlet in ("wash-post", "Daily Ledger"):
        for k in range(12):
            rid = f"{outlet}{k}"
            rows.append({"id": rid, "outlet": outlet, "n_words": 300, "hedging_count": k % 3})
            rows[-1] |= {"hedging_per_1k": float(k % 3), "hedging_author_per_1k": float(k % 3)}
            text = "The mayor spoke about housing.\n"
            if outlet == "Daily Ledger":
                text += "Rents rose, the Ledger found. [WashPost.]\nWashPost reported it first, the Ledger said.\n"
            else:
                text += "The council answered DailyLedger about schools.\n"
            words += [(rid, term, n) for term, n in word_counts(text).items()]
    terms = pd.DataFrame(words, columns=["id", "term", "count"])
    report = build_report(pd.DataFrame(rows), Options(n_boot=50), term_counts=terms)
    overall = report.terms[report.terms["scope"] == "overall"]
    counted = overall.set_index(["group", "term"])["count"]
    assert counted[("Daily Ledger", "rents")] == 12 and not {"washpost", "dailyledger"} & set(overall["term"])
    assert counted[("Daily Ledger", "ledger")] == 24  # only the name run together: a word of it ("the Ledger") stays
    assert [c["message"] for c in report.caveats if c["kind"] == "site_names"] == [
        "Left out of the distinctive words overall as the groups' names (written as one word): “dailyledger” (12), "
        "“washpost” (12)."
    ]


def test_a_group_of_another_column_keeps_its_name_among_its_words() -> None:
    """Grouped by language, "EN"'s "en" (en route, en masse) is a word of its texts, not the outlet naming itself
    (u26: it was left out, as "left" was from a group of BABE's "type")."""
    rows, words = [], []
    for language in ("EN", "FR"):
        for k in range(12):
            rid = f"{language}{k}"
            rows.append({"id": rid, "outlet": "Daily Ledger", "language": language, "n_words": 300})
            rows[-1] |= {"hedging_count": k % 3, "hedging_per_1k": float(k % 3), "hedging_author_per_1k": float(k % 3)}
            text = "The mayor spoke about housing.\n"
            text += "Voters were en route to the polls.\n" if language == "EN" else "The council answered him.\n"
            words += [(rid, term, n) for term, n in word_counts(text).items()]
    terms = pd.DataFrame(words, columns=["id", "term", "count"])
    report = build_report(pd.DataFrame(rows), Options(by="language", n_boot=50), term_counts=terms)
    overall = report.terms[report.terms["scope"] == "overall"]
    assert overall.set_index(["group", "term"])["count"][("EN", "en")] == 12
    assert [c for c in report.caveats if c["kind"] == "site_names"] == []
