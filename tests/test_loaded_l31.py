"""Round l31 (issue 13): a judged draw of own-voice loaded-language matches on SemEval-2025 EN, BASIL and PTC
dev news, and the wrong senses it and round c31's draw showed."""

from __future__ import annotations

from functools import partial

from framing.quality.signal_judged import JUDGED_DIR, precision, read
from signal_cases import shipped_spans

L31 = JUDGED_DIR / "news_dev_l31_seed3141.csv"
L31_AFTER = JUDGED_DIR / "news_dev_l31_seed3142.csv"  # drawn and judged after the rules, from sentences no draw read


def test_the_l31_draw_is_new_and_judged_before_its_rules() -> None:
    rows = read(L31)
    # no span a draw before it judged, and a reason for each wrong row: the registry of tests/test_signal_judged.py
    assert len(rows) == 120 and max(len(r.entry) for r in rows) <= 40  # an entry, never a sentence
    assert {r.dataset for r in rows} == {"basil/articles", "ptc/articles", "semeval2025_narratives/EN/documents"}
    assert {name: (n, right) for name, n, right, _, _ in precision(rows)} == {"loaded_language": (120, 74)}


def test_the_draw_after_the_rules_reads_new_sentences_and_keeps_its_judgements() -> None:
    rows = read(L31_AFTER)
    # no span a draw before it judged, and a reason for each wrong row: the registry of tests/test_signal_judged.py
    assert len(rows) == 55 and max(len(r.entry) for r in rows) <= 40
    assert {name: (n, right) for name, n, right, _, _ in precision(rows)} == {"loaded_language": (55, 38)}


loaded = partial(shipped_spans, signal="loaded_language")  # the loaded-language words matched in a sentence


def test_a_verdict_someone_is_said_to_pin_on_others_counts_as_the_markers_mark_it() -> None:
    # round l54 reverses this round's rule: the dev hand-marked samples mark a verdict reported of a named speaker
    # ("decried the verdict as a travesty of justice"), so it counts, whoever's voice it is in
    assert loaded("Residents decry the curfew as cruel and disgraceful.") == ["cruel", "disgraceful"]
    assert loaded("Senators panned the plan as 'ridiculous' on Monday.") == ["ridiculous"]
    assert loaded("If you ask about the figures, the ministry will brand you a liar.") == ["liar"]
    # the writer's own verdict still counts
    assert loaded("The new curfew is disgraceful.") == ["disgraceful"]
    assert loaded("It was a ridiculous budget plan.") == ["ridiculous"]


def test_plain_words_for_promoting_complaining_and_criticism_are_not_loaded() -> None:
    assert loaded("The mayor touted the new bus line at a press event.") == []
    assert loaded("She is touting her record on schools in every town hall.") == []
    assert loaded("The governor bemoaned the lack of rain this spring.") == []
    assert loaded("Facing stubborn resistance in the council, the bill stalled.") == []
    assert loaded("The audit drew scathing criticism from the opposition.") == []
    assert loaded("The sheriff is a polarizing figure in the county.") == []
    assert loaded("The beloved actor died at home at the age of 90.") == []
    assert loaded("The campaign has been plagued by delays since June.") == []


def test_literal_hijacking_yelling_and_gross_figures_are_not_loaded() -> None:
    assert loaded("Hackers hijacked the news agency's Twitter account on Tuesday.") == []
    assert loaded("Witnesses heard a man yelling, 'Get out of the car!'") == []
    assert loaded("There was yelling in the chamber before the vote.") == []
    assert loaded("Deaths and departures caused a gross reduction of 600,000 workers.") == []
    # the figurative senses still count
    assert loaded("Lobbyists hijacked the debate on guns.") == ["hijacked"]
    assert loaded("Stop yelling about the deficit and fix it.") == ["yelling"]
    assert "gross" in loaded("The decree is a gross abuse of power.")
