"""The trained attribution labeller (framing/sourcing/attribution.py): its features and scores, its training data,
and what it adds to the rules when `Analyzer(sourcing="trained")` (or $FRAMING_SOURCING=trained) asks for it."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from framing.sourcing import attribution
from framing.sourcing.attribution import MODEL_NAME, PLACES, Labeller, model_path, sentence_features, type_features
from framing.quality.attribution_train import by_family, gold_tags, main as train_main
from framing.errors import FramingError, ModelError
from framing.quality.datasets import polnear_fold
from polnear_folder import write_polnear
from framing.lexicon.loader import load_lexicons
from sourcing_cases import attributions
from framing.pipeline import Analyzer
from framing.sourcing import CUE_ROLES, direct_quote_sentences, direct_quote_spans, find_attributions
from framing.text import tokenize


@pytest.fixture(scope="module")
def trained(analyzer: Analyzer) -> Analyzer:
    return Analyzer(analyzer.lexicons, sourcing="trained")


def feature_weights() -> dict[str, float]:
    """The shipped model's weights by feature string ("-1w=said"), read from the file's families."""
    weights = json.loads(model_path().read_text(encoding="utf-8"))["weights"]
    flat = {name: weights.pop(name) for name in ("quote", "inq")}
    for family, values in weights.items():
        for value, by_place in values.items():
            flat |= {f"{place}{family}={value}": w for place, w in zip(PLACES, by_place)}
    return flat


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


def test_features_name_the_word_its_neighbours_across_the_sentence_end_and_the_quotes() -> None:
    doc = tokenize("Polls closed. “We won,” Lee said.")
    feats = sentence_features(doc, 3, len(doc.tokens))
    assert feats[0] == [
        "w=“",
        "s3=“",
        "s2=“",
        "sh=“",
        "st=“",
        "quote",
        "-1w=.",
        "-1sh=.",
        "-1st=.",
        "+1w=we",
        "+1sh=Xx",
        "+1st=w",  # the stem is crude: it only has to be the same for a verb's forms
        "-2w=closed",
        "+2w=won",
        "-3w=polls",
        "+3w=,",
    ]
    assert {"w=we", "sh=Xx", "inq", "-1w=“", "+1w=won", "+2w=,"} <= set(feats[1])
    assert {"w=said", "s3=aid", "-1w=lee", "-1sh=Xx", "+1w=.", "-2w=”"} <= set(feats[6])
    assert "inq" not in feats[6] and not any(f.startswith(("+1", "+2", "+3")) for f in feats[7])  # the text's end


def test_a_verbs_forms_share_a_stem_feature() -> None:
    doc = tokenize("Lee supports it, Ana supported it, Bo is supporting it and Cy decided.")
    stems = [f for feats in sentence_features(doc, 0, len(doc.tokens)) for f in feats if f.startswith("st=")]
    assert [stems[k] for k in (1, 5, 10, 14)] == ["st=support", "st=support", "st=support", "st=decid"]


def test_scores_are_the_summed_weights_of_the_features(trained: Analyzer) -> None:
    labeller, weights = trained.labeller, feature_weights()
    doc = tokenize("Officials said on Monday that “the plan,” as Ruiz put it, was dead. Sanders supported it.")
    scores = labeller.scores(doc)
    for s0, s1 in doc.sentence_tokens:
        for k, feats in zip(range(s0, s1), sentence_features(doc, s0, s1)):
            assert scores[k] == pytest.approx(labeller.bias + sum(weights.get(f, 0.0) for f in feats))


def test_scores_are_the_per_type_sums_added_in_their_order_to_the_last_bit(trained: Analyzer) -> None:
    """Scores add, for each token, its own features' weights to the bias, then the features it takes
    from the token before and after it and from two before and after (each such group summed in
    `type_features`' order), then "inq": the per-type sums, made from parts summed once per word the
    model knows (`_TypeTable.by_word`) or worked out for a word it does not, must give exactly that."""
    labeller = trained.labeller
    weight = feature_weights().get
    for text in (
        "Officials said on Monday that “the plan,” as Ruiz put it, was dead.",
        "Ruiz's ally, U.S. Sen. Lee, said “no” in 2016.",
        "Zqxvs extolled it; OFFICIALS Said, “Qwertying” said.",  # words with and without weights, in any case
        "Disputed",  # a document of one token
        "Ruiz objected",
    ):
        doc = tokenize(text)
        types = [[sum(weight(f, 0.0) for f in feats) for feats in type_features(t)] for t in doc.tokens]
        n = len(types)
        expected = []
        for k in range(n):
            score = types[k][0] + labeller.bias
            for place, gap in ((1, -1), (2, 1), (3, -2), (4, 2), (5, -3), (6, 3)):  # before, after, two before ...
                if 0 <= k + gap < n:
                    score += types[k + gap][place]
            if any(q0 <= k < q1 for q0, q1 in doc.quotes):
                score += weight("inq", 0.0)
            expected.append(score)
        assert labeller.scores(doc).tolist() == expected


def test_the_labeller_gives_what_it_gave_before_it_was_made_faster(trained: Analyzer) -> None:
    """tests/data/labeller_reference.json: the cues overruled and the cues found on fixed sentences,
    recorded with the labeller before the shared type numbers and the per-seed decoding, and recorded
    again with each retrained model (a change of code that keeps the model must keep them)."""
    for case in json.loads((Path(__file__).parents[1] / "data" / "labeller_reference.json").read_text("utf-8")):
        doc = tokenize(case["text"], trained.rules)
        matches = trained.matcher.match(doc).matches
        kept, labelled = trained.labeller.label(doc, matches, trained.roles)
        assert [m.entry for m in matches if m not in kept] == case["overruled"], case["text"]
        assert {str(k): [list(r) for r in v] for k, v in labelled.items()} == case["labelled"], case["text"]
        assert [" ".join(doc.tokens[a:b]) for v in labelled.values() for a, b in v] == case["cues"]


def test_forgetting_the_type_rows_changes_no_score(trained: Analyzer, monkeypatch: pytest.MonkeyPatch) -> None:
    """Past its limit the labeller forgets its per-type rows and the per-word parts they are built from;
    the rows worked out again must be the same."""
    labeller = trained.labeller
    docs = [tokenize(t) for t in ("Sanders supported the measure, aides said.", "Kasich signed the bill. Lee did.")]
    before = [labeller.scores(doc).tolist() for doc in docs]
    monkeypatch.setattr(attribution, "_TYPE_LIMIT", 0)  # forgotten before every document
    assert [labeller.scores(doc).tolist() for doc in reversed(docs)][::-1] == before
    numbers = np.frombuffer(b"".join(labeller.types.values()), np.intp)  # each type's column, as bytes
    assert sorted(numbers.tolist()) == list(range(len(set(docs[0].tokens)))) and not labeller.types.new


def test_types_worked_out_in_one_batch_score_as_those_seen_one_document_at_a_time() -> None:
    """A document's new types get their columns in one batch after its lookups, growing the table past
    its first size: each must score as when the types came a few at a time."""
    words = [f"Zq{k}" for k in range(1500)]  # more new types than the table's first size
    text = " ".join(f"{w} said {w.lower()}s." for w in words)
    at_once, one_by_one = Labeller(model_path()), Labeller(model_path())
    for w in words:
        one_by_one.scores(tokenize(f"“{w} said {w.lower()}s,” Lee said."))
    assert at_once.scores(tokenize(text)).tolist() == one_by_one.scores(tokenize(text)).tolist()
    assert at_once.types.columns.shape[1] >= len(at_once.types) > 3000


def test_a_cue_widens_to_neighbours_scoring_near_the_threshold_and_skips_lexicon_cues(trained: Analyzer) -> None:
    labeller = trained.labeller
    doc = tokenize("Senator Cole cast doubt on the bill, Ruiz said.")
    matches = trained.matcher.match(doc).matches
    scores = labeller.scores(doc)
    assert scores[3] > labeller.threshold and all(scores[k] > labeller.threshold - labeller.widen for k in (2, 4))
    assert labeller.label(doc, matches, trained.roles)[1] == {0: [(2, 5)]}  # "cast doubt on"; "said" is the rules'
    assert [(m.first, m.entry) for m in matches if trained.roles.get(m.signal) in CUE_ROLES] == [(9, "said")]


def test_a_cue_is_a_run_of_near_tokens_in_one_sentence_around_a_token_above_the_threshold(
    trained: Analyzer, monkeypatch: pytest.MonkeyPatch
) -> None:
    labeller = trained.labeller
    doc = tokenize("Ana Ruiz spoke against it. Lee shrugged it off, Bo said today.")
    fixed = np.array([-9, -9, 1, -1, -9, -1, -1, 2, -9, -9, -9, -9, 3, -1, -9], dtype=float)
    monkeypatch.setattr(labeller, "threshold", 0.0)
    monkeypatch.setattr(labeller, "widen", 2.0)
    matches = trained.matcher.match(doc).matches
    assert doc.tokens[12] == "said" and doc.sentence_tokens == [(0, 6), (6, 15)]
    # "spoke against" stops at "it"; "." and "Lee" score near but belong to two sentences, so "Lee
    # shrugged" is one cue and the full stop none; "said today" takes in the lexicon's "said"
    assert labeller.label_scored(doc, fixed, matches, trained.roles) == (matches, {0: [(2, 4)], 1: [(6, 8)]})


def test_the_scorer_overrules_only_weak_lexicon_cues_it_scores_below_the_veto(
    trained: Analyzer, monkeypatch: pytest.MonkeyPatch
) -> None:
    labeller = trained.labeller
    doc = tokenize("Most voters favor the plan, Lee said.")
    matches = trained.matcher.match(doc).matches
    cues = [(m.entry, m.weight) for m in matches if trained.roles.get(m.signal) in CUE_ROLES]
    assert cues == [("favor", 0.5), ("said", 1.0)]  # the lexicon's own mark: "favor" is often no cue
    low = np.full(len(doc.tokens), -5.0)
    kept, labelled = labeller.label_scored(doc, low, matches, trained.roles)
    assert [m.entry for m in matches if m not in kept] == ["favor"] and labelled == {}
    monkeypatch.setattr(labeller, "veto", None)
    assert labeller.label_scored(doc, low, matches, trained.roles)[0] == matches


def test_the_labeller_finds_a_cue_no_lexicon_lists(analyzer: Analyzer, trained: Analyzer) -> None:
    text = "Kasich signed the bill on Friday."
    assert attributions(analyzer, text) == []
    assert attributions(trained, text) == [("named", "signed", "Kasich")]
    [a] = trained.analyze(text, split_title=False).attributions
    assert (a["cue_start"], a["cue_end"], a["source_start"], a["source_end"]) == (7, 13, 0, 6)


@pytest.mark.parametrize(
    ("role", "file"), [("state_media", "state_media"), ("anonymous", "anonymous_sources"), ("vague", "vague_sources")]
)
def test_a_labelled_cue_takes_its_kind_from_the_lexicons_as_a_user_edits_them(
    trained: Analyzer, tmp_path: Path, role: str, file: str
) -> None:
    """The README: the cues the labeller adds get their source, content and kind from the rules, so editing
    the lexicons still changes the result (round u30)."""
    text = "Kasich signed the bill on Friday."
    assert attributions(trained, text) == [("named", "signed", "Kasich")]
    (tmp_path / f"{file}.toml").write_text(
        f'schema = 1\n[signal]\nmode = "extend"\nlabel = "X"\ndescription = "d"\nrole = "{role}"\n'
        '[terms]\n"Kasich" = 1\n',
        encoding="utf-8",
    )
    edited = Analyzer(load_lexicons(extra=[tmp_path]), sourcing="trained")
    assert attributions(edited, text) == [(role, "signed", "Kasich")]


def test_the_content_of_a_labelled_cue_is_reported(trained: Analyzer) -> None:
    text = "He is adamant that the wall will probably be built."
    assert attributions(trained, text) == [("named", "is adamant", "He")]
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
        match=r'sourcing must be one of rules, trained, hybrid \(found "neural"; set by '
        r"--sourcing, \$FRAMING_SOURCING or the caller\)",
    ):
        Analyzer(analyzer.lexicons)


def test_the_shipped_model_is_data_and_training_without_data_keeps_it(tmp_path: Path, capsys) -> None:
    model = json.loads(model_path().read_text(encoding="utf-8"))
    assert {"bias", "threshold", "widen", "veto", "trained_on", "weights"} <= model.keys()
    assert model["weights"]["w"]["said"][0] > 0  # "said" as the token itself
    assert np.isfinite(Labeller(model_path()).scores(tokenize("Zqxv .."))).all()  # types never seen in training
    out = tmp_path / MODEL_NAME
    assert train_main(["--data", str(tmp_path), "-o", str(out)]) == 0
    assert capsys.readouterr().out == f"skipped: {tmp_path / 'polnear'} is absent; {out} is kept as it is\n"
    assert not out.exists()


def test_retraining_on_a_polnear_folder_gives_a_labeller_of_its_dev_fold_that_finds_the_cues_shown(
    tmp_path: Path,
) -> None:
    """The README's retraining (`make models`): the fit reads PolNeAR's dev fold only, is seeded (the same
    file twice), and the labeller it writes loads and scores as a cue the word it was shown as one (u30)."""
    articles = []
    for k, name in enumerate(["Ruiz", "Lund", "Okafor", "Lee", "Black", "Roe", "Lo", "Moss"]):
        text = f"{name} griped that the levy was unfair. The vote is on Monday."
        cue = text.index("griped")
        spans = [("Source", 0, len(name)), ("Cue", cue, cue + 6), ("Content", cue + 12, text.index("."))]
        articles.append((f"art_{k}", "daily", text, spans))
    dev = [stem for stem, *_ in articles if polnear_fold(stem) == "dev"]
    assert 0 < len(dev) < len(articles)  # some articles fall in the held-out test fold
    data = write_polnear(tmp_path, articles)
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    assert train_main(["--data", str(data), "-o", str(first)]) == 0
    assert train_main(["--data", str(data), "-o", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()
    assert json.loads(first.read_text(encoding="utf-8"))["trained_on"]["articles"] == len(dev)
    labeller = Labeller(first)
    scores = labeller.scores(tokenize("Haines griped that the plan was dead."))
    assert [k for k, score in enumerate(scores) if score > labeller.threshold] == [1]


def test_the_model_file_holds_the_weights_by_family_value_and_place(tmp_path: Path) -> None:
    """One lookup per family for a new type: the trainer writes each value's weights at every place
    its family has, zero where the fit kept none; a file of the old flat layout is refused, not read as zeros."""
    weights = {"+1w=said": 0.5, "w=said": 2.0, "-2w=said": -0.25, "st=support": 1.5, "s3=aid": 0.125, "inq": 0.75}
    assert by_family(weights) == {
        "w": {"said": [2.0, 0.0, 0.5, -0.25, 0.0, 0.0, 0.0]},
        "s3": {"aid": [0.125]},
        "s2": {},
        "sh": {},
        "st": {"support": [1.5, 0.0, 0.0]},
        "inq": 0.75,
    }
    flat = tmp_path / MODEL_NAME
    flat.write_text(json.dumps({"bias": -5.0, "threshold": 0.25, "widen": 2.0, "weights": weights}), "utf-8")
    with pytest.raises(ModelError, match=r"holds no weights by feature family: rebuild it with `make models`"):
        Labeller(flat)


def test_a_labelled_cue_inside_a_direct_quotation_is_the_speakers_own(analyzer: Analyzer) -> None:
    doc = tokenize("“Ruiz voted against the plan and we lost,” Lee said. Ruiz voted against it.")
    direct = direct_quote_spans(doc)
    args = (doc, analyzer.matcher.match(doc).matches, analyzer.cue_direction, analyzer.lexicons.language_spec)
    labelled = {0: [(2, 4)], 1: [(15, 17)]}  # "voted against", inside the quotation and outside it
    found = find_attributions(*args, analyzer.roles, direct_quote_sentences(doc, direct), direct, labelled)
    assert [(a.sentence, a.cue_tokens, a.source_tokens) for a in found] == [
        (0, (12, 13), (11, 12)),
        (1, (15, 17), (14, 15)),
    ]
