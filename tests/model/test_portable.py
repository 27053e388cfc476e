"""The portable predictor (NAME.weights.npz): the skops model's predictions, without scikit-learn."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from framing.corpus import read_article
from framing.model import files as modelfile
from framing.model.portable import load_portable, weights_path
from framing.model.predict import predict_article, sentence_probabilities
from framing.model.train import fit
from framing.pipeline import Analyzer
from tiny_training_set import LABELS, TEXTS

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "models" / "default.skops"
PROBE = (
    "Officials may perhaps delay the vote, it appears. The war could spiral into a catastrophe.\n\n"
    "The museum opened on Monday. Some say prices might rise."
)


def test_the_shipped_model_predicts_the_same_on_every_seed_article() -> None:
    """Every label and printed probability of all 72 seed articles, as the skops model gives them."""
    full, portable = modelfile.load(SHIPPED), load_portable(SHIPPED)
    assert portable is not None
    analyzer = Analyzer()
    articles = sorted((ROOT / "seeds" / "articles").glob("*/*.txt"))
    assert len(articles) == 72
    for path in articles:
        record = read_article(path)
        result = analyzer.analyze(record["text"], title=record.get("title"), id=str(record["id"]))
        assert portable.predict_article(record["text"], record.get("title"), result) == predict_article(
            full, record["text"], record.get("title"), result
        ), path.name


@pytest.mark.parametrize(
    "kind",
    [
        {"combine": "joint"},
        {"combine": "blocks"},
        {"combine": "mix"},
        {"metric": "f1_positive", "positive": "hedged"},
        {"multilabel": True},
    ],
)
def test_every_kind_of_logistic_model_round_trips(tmp_path, kind) -> None:
    labels: list = LABELS
    args = {k: v for k, v in kind.items() if k != "multilabel"}
    if "positive" in kind:
        labels = ["hedged" if v == "hedged" else "other" for v in LABELS]
    elif "multilabel" in kind:
        labels = [[v] + (["loud"] if i % 3 == 1 else []) for i, v in enumerate(LABELS)]
    model = fit(TEXTS, labels, tune="positive" in kind, **args)
    path = tmp_path / "m.skops"
    modelfile.save(model, path)
    portable = load_portable(path)
    assert portable is not None and portable.cut == model.cut
    result = Analyzer().analyze(PROBE, sentences=True)
    np.testing.assert_allclose(
        portable.probabilities(result),
        sentence_probabilities(model, [(PROBE, None, result)])[1],
        rtol=1e-12,
        atol=1e-12,
    )
    assert portable.predict_article(PROBE, None, result) == predict_article(model, PROBE, None, result)


def test_weights_that_do_not_belong_to_the_model_file_are_not_used(tmp_path) -> None:
    model = fit(TEXTS, LABELS, tune=False)
    path = tmp_path / "m.skops"
    modelfile.save(model, path)
    metrics = json.loads(path.with_name("m.metrics.json").read_text())
    assert metrics["weights_sha256"] and load_portable(path) is not None
    weights = weights_path(path)
    data = bytearray(weights.read_bytes())
    data[len(data) // 2] ^= 0xFF
    weights.write_bytes(bytes(data))  # changed after training
    assert load_portable(path) is None
    other = tmp_path / "other.skops"
    modelfile.save(fit(TEXTS[::-1], LABELS[::-1], tune=False), other)
    weights_path(other).replace(weights)  # another model's weights
    assert load_portable(path) is None
    weights.unlink()
    assert load_portable(path) is None


def test_score_with_the_shipped_model_imports_no_scikit_learn() -> None:
    article = next((ROOT / "seeds" / "articles").glob("*/*.txt"))
    code = (
        "import sys; from framing.cli import main; "
        f"sys.argv = ['framing', 'score', {str(article)!r}, '--model', {str(SHIPPED)!r}, '--format', 'json']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print([m for m in ('sklearn', 'skops', 'scipy') if m in sys.modules], file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(done.stdout)["model"]["level"] == "sentence"
    assert done.stderr.strip().splitlines()[-1] == "[]"


def test_the_lexicons_a_model_stored_are_parsed_once_then_read_from_the_cache(tmp_path, monkeypatch) -> None:
    """A second run (a new process: no analyzer kept in memory) finds the model's lexicon set in the cache
    instead of parsing its TOML text again, and adds no second cache entry for it."""
    from framing.lexicon import loader
    from framing.model import signal_rows

    portable = load_portable(SHIPPED)
    assert portable is not None
    stale = Analyzer().analyze(PROBE, sentences=True)
    stale.meta["lexicon_hash"] = "not the model's"  # as after a lexicon edit since the model was trained
    monkeypatch.setenv("FRAMING_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(signal_rows, "_analyzers", {})
    first = portable.predict_article(PROBE, result=stale)
    entries = sorted(p.name for p in tmp_path.glob("*.json"))
    assert len(entries) == 1

    def parsed_again(*args, **kwargs):
        raise AssertionError("the model's lexicons were parsed again")

    monkeypatch.setattr(signal_rows, "_analyzers", {})
    monkeypatch.setattr(loader, "collect", parsed_again)
    assert portable.predict_article(PROBE, result=stale) == first
    assert sorted(p.name for p in tmp_path.glob("*.json")) == entries


@pytest.mark.parametrize("name", ["../00/escaped.toml", "00/../../escaped.toml", "/escaped.toml", "00/.hidden.toml"])
def test_a_stored_lexicon_name_that_climbs_out_refuses_the_model_and_writes_nothing(
    tmp_path, monkeypatch, name
) -> None:
    """The lexicon text a model stores is written out under names the model file gives: a crafted name must not
    put a file anywhere but the model's own folder in the cache."""
    from framing.errors import ModelError
    from framing.model import signal_rows

    cache_root = tmp_path / "cache"
    monkeypatch.setenv("FRAMING_CACHE_DIR", str(cache_root))
    before = sorted(tmp_path.rglob("*"))
    with pytest.raises(ModelError, match="not a lexicon file's"):
        signal_rows._from_sources({"00/hedging.toml": "", name: "x = 1\n"}, "en")
    assert sorted(tmp_path.rglob("*")) == before


def test_the_lexicon_folders_of_models_not_used_lately_are_removed(tmp_path, monkeypatch) -> None:
    """One folder of lexicon files per distinct model would pile up for ever: the cache keeps those of the
    `cache.KEEP` models used last, a model used again among them."""
    from framing.lexicon import cache
    from framing.model import signal_rows

    monkeypatch.setenv("FRAMING_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(cache, "KEEP", 2)
    monkeypatch.setattr(signal_rows, "_analyzers", {})

    def model_lexicons(word: str) -> dict[str, str]:
        return {"00/x.toml": f'schema = 1\n[signal]\nlabel = "X"\ndescription = "d"\n[terms]\n"{word}" = 1\n'}

    signal_rows._from_sources(model_lexicons("alpha"), "en")
    [first] = (tmp_path / "model-lexicons").iterdir()
    signal_rows._from_sources(model_lexicons("beta"), "en")
    monkeypatch.setattr(signal_rows, "_analyzers", {})  # a new run: the first model used again
    signal_rows._from_sources(model_lexicons("alpha"), "en")
    signal_rows._from_sources(model_lexicons("gamma"), "en")
    folders = list((tmp_path / "model-lexicons").iterdir())
    assert len(folders) == 2 and first in folders
