"""Round a4: the README lines a4 rewrote show what they say. Escalation's composed classes by their examples, the
q12 sense rules by word and signal, and `python -m framing.quality.voice_judged` named for a user: `--help`, and
one line when its data folder is absent. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.pipeline import Analyzer
from framing.quality import voice_judged
from signal_cases import spans

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_escalation_classes_match_their_readme_examples(analyzer: Analyzer) -> None:
    texts = [
        "They want to enslave humanity.",
        "The bill is gutting our democracy.",
        "The ban is tantamount to genocide.",
        "The gangs unleashed chaos on our streets.",
        "Traitors like him should be hanged.",
        "Make no mistake: this is war.",
        "We are at war with them.",
    ]
    assert [spans(analyzer, t, "escalation") for t in texts] == [
        ["enslave humanity"],
        ["gutting our democracy"],
        ["tantamount to genocide"],
        ["unleashed chaos on our streets"],
        ["should be hanged"],
        ["this is war"],
        ["We are at war"],
    ]


def test_q12_sense_rules_by_word_and_signal(analyzer: Analyzer) -> None:
    assert spans(analyzer, "Police found probable cause to arrest him.", "hedging") == []
    assert spans(analyzer, "Are you suggesting I am lying?", "hedging") == []
    assert "?" in spans(analyzer, "Are you suggesting I am lying?", "doubt")  # the line's caveat
    assert spans(analyzer, "It must be said clearly that the plan failed.", "certainty") == []
    assert spans(analyzer, "The officer fired the fatal shots.", "escalation") == []
    assert spans(analyzer, "The army began a devastating counterattack.", "loaded_language") == []
    assert spans(analyzer, "The storm was devastating.", "loaded_language") == ["devastating"]


def test_voice_judged_is_named_and_answers_help_and_an_absent_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert "python -m framing.quality.voice_judged" in README
    with pytest.raises(SystemExit) as shown:
        voice_judged.main(["--help"])
    assert shown.value.code == 0
    assert "--voice-errors" in capsys.readouterr().out
    assert voice_judged.main(["--data", str(tmp_path / "absent")]) == 0
    assert capsys.readouterr().err == f"skipped: {tmp_path / 'absent'} is absent\n"
