"""Round c31 (issue 13): a judged draw of own-voice BABE and PolNeAR dev matches, and the senses it fixed."""

from __future__ import annotations

from framing.quality.signal_judged import JUDGED_DIR, precision, read

C31 = JUDGED_DIR / "news_dev_c31_seed3131.csv"


def test_the_c31_draw_is_new_and_judged_before_its_rules() -> None:
    rows = read(C31)
    assert len(rows) == 191 and max(len(r.entry) for r in rows) <= 40  # an entry, never a sentence
    assert {r.dataset for r in rows} == {"babe", "polnear/text"}
    earlier = [(r.dataset, r.id, r.start, r.end) for p in JUDGED_DIR.glob("*.csv") if p != C31 for r in read(p)]
    assert not [r for r in rows for d, i, a, b in earlier if (d, i) == (r.dataset, r.id) and a < r.end and r.start < b]
    # own-voice escalation is used up in these two pools: its 11 rows are all PolNeAR's unread ones, any voice
    assert {name: (n, right) for name, n, right, _, _ in precision(rows)} == {
        "certainty": (60, 51),
        "escalation": (11, 8),
        "hedging": (60, 56),
        "loaded_language": (60, 41),
        "all four": (191, 156),
    }
    with (JUDGED_DIR / "news_dev_c31_seed3131_wrong.tsv").open(encoding="utf-8", newline="") as f:
        reasons = [line.rstrip("\n").split("\t") for line in f][1:]
    assert sorted((d, i, int(s), sig) for d, i, s, sig, _ in reasons) == sorted(
        (r.dataset, r.id, r.start, r.signal) for r in rows if not r.correct
    )
    assert all(why.strip() for *_, why in reasons)
