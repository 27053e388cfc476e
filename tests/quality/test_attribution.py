"""The trained attribution labeller (framing/attribution.py): its tags, its training data, and what it
adds to the rules when `Analyzer(sourcing="trained")` (or $FRAMING_SOURCING=trained) asks for it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from framing.attribution import (
    SETTINGS_NAME,
    decode,
    lexicon_roles,
    model_path,
    sentence_features,
    stretches,
    trigger_forms,
    trigger_tokens,
    cue_tokens,
)
from framing.quality.attribution_train import gold_tags, main as train_main
from framing.errors import FramingError
from framing.pipeline import Analyzer
from framing.text import tokenize


@pytest.fixture(scope="module")
def trained(analyzer: Analyzer) -> Analyzer:
    return Analyzer(analyzer.lexicons, sourcing="trained")


def _attributions(analyzer: Analyzer, text: str) -> list[tuple[str, str, str]]:
    return [(a["kind"], a["cue"], a["source"]) for a in analyzer.analyze(text, split_title=False).attributions]


def test_bio_tags_become_token_ranges() -> None:
    tags = ["B-Source", "I-Source", "B-Cue", "B-Content", "I-Content", "O", "I-Cue"]
    assert decode(tags, 10) == ([(12, 13), (16, 17)], [(10, 12)], [(13, 15)])


def test_annotated_spans_become_bio_tags_cue_before_source_before_content() -> None:
    text = "Ruiz said the vote, Lo added, was lost."
    doc = tokenize(text)
    units = {"Cue": [((5, 9),), ((23, 28),)], "Source": [((0, 4),), ((20, 22),)], "Content": [((10, 38),)]}
    assert list(zip(doc.tokens, gold_tags(doc, units))) == [
        ("Ruiz", "B-Source"),
        ("said", "B-Cue"),
        ("the", "B-Content"),
        ("vote", "I-Content"),
        (",", "I-Content"),
        ("Lo", "B-Source"),
        ("added", "B-Cue"),
        (",", "B-Content"),
        ("was", "I-Content"),
        ("lost", "I-Content"),
        (".", "O"),
    ]


def test_only_stretches_around_triggers_no_lexicon_cue_covers_are_tagged(analyzer: Analyzer) -> None:
    doc = tokenize("Sanders said the bill failed. Supported by unions, Lee voted no.")
    roles = lexicon_roles(analyzer.matcher.match(doc).matches, analyzer.roles)
    forms = trigger_forms(["said", "supported"])
    assert trigger_tokens(doc, forms) == [1, 6]  # "Supported" as written at a sentence start
    assert stretches(doc, roles, [1, 6], 2) == [(1, 6, 6, 9)]  # "said" is a lexicon cue: the rules read it
    assert stretches(doc, roles, [6], 0) == [(1, 6, 6, 14)]


def test_features_name_the_word_its_neighbours_the_lexicon_role_and_the_quotes(analyzer: Analyzer) -> None:
    doc = tokenize("“We won,” Lee said.")
    roles = lexicon_roles(analyzer.matcher.match(doc).matches, analyzer.roles)
    feats = sentence_features(doc, 0, len(doc.tokens), roles, cue_tokens(roles))
    assert {"w=we", "sh=Xx", "inq", "-1w=“", "+1w=won", "+2w=,", "at=1", "cue>"} <= set(feats[1])
    assert {"w=said", "L=cue:B", "-1w=lee", "-1sh=Xx", "at=end"} <= set(feats[6])
    assert {"cue<", "cue<3", "EOS", "-1L=cue:B"} <= set(feats[7]) and "inq" not in feats[7]


def test_the_labeller_finds_a_cue_no_lexicon_lists(analyzer: Analyzer, trained: Analyzer) -> None:
    text = "Sanders supported the measure."
    assert _attributions(analyzer, text) == []
    assert _attributions(trained, text) == [("named", "supported", "Sanders")]
    [a] = trained.analyze(text, split_title=False).attributions
    assert (a["cue_start"], a["cue_end"], a["source_start"], a["source_end"]) == (8, 17, 0, 7)


def test_the_content_of_a_labelled_cue_is_reported(trained: Analyzer) -> None:
    text = "He is adamant that the wall will probably be built."
    assert _attributions(trained, text) == [("named", "is adamant", "He")]
    [voice] = [e.voice for e in trained.analyze(text, split_title=False).evidence if e.text == "probably"]
    assert voice == "reported"


def test_the_environment_chooses_the_default_and_a_bad_value_is_one_line(
    analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FRAMING_SOURCING", "trained")
    assert Analyzer(analyzer.lexicons).labeller is not None
    monkeypatch.setenv("FRAMING_SOURCING", "neural")
    with pytest.raises(
        FramingError,
        match=r'sourcing must be one of rules, trained \(found "neural"; set by '
        r"\$FRAMING_SOURCING or the caller\)",
    ):
        Analyzer(analyzer.lexicons)


def test_the_shipped_model_is_data_and_training_without_data_keeps_it(tmp_path: Path, capsys) -> None:
    settings = json.loads(model_path(SETTINGS_NAME).read_text(encoding="utf-8"))
    assert settings["window"] == 2 and "said" in settings["triggers"]
    out = tmp_path / "attribution.crfsuite"
    assert train_main(["--data", str(tmp_path), "--out", str(out)]) == 0
    assert capsys.readouterr().out == f"skipped: {tmp_path / 'polnear'} is absent; {out} is kept as it is\n"
    assert not out.exists()
