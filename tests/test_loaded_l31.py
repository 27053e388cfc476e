"""Round l31 (issue 13): a judged draw of own-voice loaded-language matches on SemEval-2025 EN, BASIL and PTC
dev news, and the wrong senses it and round c31's draw showed."""

from __future__ import annotations

from framing.quality.signal_judged import JUDGED_DIR, precision, read

L31 = JUDGED_DIR / "news_dev_l31_seed3141.csv"


def test_the_l31_draw_is_new_and_judged_before_its_rules() -> None:
    rows = read(L31)
    assert len(rows) == 120 and max(len(r.entry) for r in rows) <= 40  # an entry, never a sentence
    assert {r.dataset for r in rows} == {"basil/articles", "ptc/articles", "semeval2025_narratives/EN/documents"}
    earlier = [(r.dataset, r.id, r.start, r.end) for p in JUDGED_DIR.glob("*.csv") if p != L31 for r in read(p)]
    assert not [r for r in rows for d, i, a, b in earlier if (d, i) == (r.dataset, r.id) and a < r.end and r.start < b]
    assert {name: (n, right) for name, n, right, _, _ in precision(rows)} == {"loaded_language": (120, 74)}
    with (JUDGED_DIR / "news_dev_l31_seed3141_wrong.tsv").open(encoding="utf-8", newline="") as f:
        reasons = [line.rstrip("\n").split("\t") for line in f][1:]
    assert sorted((d, i, int(s), sig) for d, i, s, sig, _ in reasons) == sorted(
        (r.dataset, r.id, r.start, r.signal) for r in rows if not r.correct
    )
    assert all(why.strip() for *_, why in reasons)
