"""Model files: skops round trip, the trusted-types list, and refusal of damaged or foreign files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest
import skops.io as sio
from typer.testing import CliRunner

from framing.model.estimators import BlockAverage, Trained, build_pipeline
from framing.model.metrics import metrics
from framing.model.predict import predict, probabilities
from framing.model.train import fit
from framing.model import files as modelfile
from framing.model import archive
from framing.model.archive import SEAL
from framing.cli import app
from framing.errors import ModelError, RunError
from tiny_training_set import LABELS, TEXTS


@pytest.fixture(scope="module")
def saved(tmp_path_factory) -> tuple[Trained, Path]:
    model = fit(TEXTS, LABELS, tune=False)
    model.metrics = {"cv": metrics(LABELS, predict(model, TEXTS), model.classes, "multiclass")}
    path = tmp_path_factory.mktemp("models") / "tiny.skops"
    modelfile.save(model, path)
    return model, path


def test_a_tuned_threshold_survives_the_round_trip(tmp_path) -> None:
    labels = ["hedged" if v == "hedged" else "other" for v in LABELS]
    model = fit(TEXTS, labels, metric="f1_positive", positive="hedged")
    path = tmp_path / "binary.skops"
    modelfile.save(model, path)
    loaded = modelfile.load(path)
    probe = ["Rain may fall later.", "War is coming.", "It could possibly rain."]
    assert loaded.pipeline.named_steps["clf"].threshold == model.meta["threshold"] == loaded.meta["threshold"]
    assert predict(loaded, probe) == predict(model, probe)


def test_a_block_averaging_model_survives_the_round_trip(tmp_path) -> None:
    model = fit(TEXTS, LABELS, combine="blocks", tune=False)
    path = tmp_path / "blocks.skops"
    modelfile.save(model, path)
    loaded = modelfile.load(path)
    probe = ["Rain may fall later.", "War is coming.", "The shop opened."]
    assert isinstance(loaded.pipeline.named_steps["clf"], BlockAverage)
    np.testing.assert_allclose(probabilities(loaded, probe), probabilities(model, probe))
    assert "one per feature block, their probabilities averaged" in path.with_name("blocks.card.md").read_text()


def test_a_mixed_model_averages_the_joint_model_with_the_block_models(tmp_path) -> None:
    model = fit(TEXTS, LABELS, combine="mix", tune=False)
    clf = model.pipeline.named_steps["clf"]
    X = model.pipeline.named_steps["features"].transform(TEXTS[:4])
    assert clf.blocks[0] == (0, X.shape[1]) and len(clf.blocks) == 4  # all columns, then each block
    joint = fit(TEXTS, LABELS, combine="joint", tune=False).pipeline.named_steps["clf"]
    blocks = fit(TEXTS, LABELS, combine="blocks", tune=False).pipeline.named_steps["clf"]
    np.testing.assert_allclose(clf.predict_proba(X), (joint.predict_proba(X) + 3 * blocks.predict_proba(X)) / 4)
    path = tmp_path / "mix.skops"
    modelfile.save(model, path)
    assert model.meta["combine"] == modelfile.load(path).meta["combine"] == "mix"
    assert "one over all features and one per feature block" in path.with_name("mix.card.md").read_text()


def test_round_trip_gives_the_same_predictions_and_sidecars(saved) -> None:
    model, path = saved
    loaded = modelfile.load(path)
    probe = ["Rain may fall later.", "War is coming."]
    np.testing.assert_allclose(probabilities(loaded, probe), probabilities(model, probe))
    fitted = {k: v for k, v in model.meta.items() if k != "seconds_to_fit"}  # a fact of the run: sidecars only
    assert loaded.meta == fitted and loaded.metrics["cv"]["macro_f1"] == model.metrics["cv"]["macro_f1"]
    metrics_path, card_path = modelfile.sidecars(path)
    assert json.loads(metrics_path.read_text())["model_sha256"] == modelfile.file_sha256(path)
    card = card_path.read_text()
    for needed in ("data sha256", "lexicon hash", "C = ", "Confusion matrix", "Most informative features"):
        assert needed in card


@pytest.mark.parametrize(
    "task,kind",
    [("binary", "logreg"), ("binary", "svm"), ("multiclass", "svm"), ("multilabel", "logreg"), ("multilabel", "svm")],
)
def test_trusted_types_cover_every_kind_of_model_and_nothing_more(task, kind) -> None:
    labels = {
        "binary": [v == "hedged" for v in LABELS],
        "multiclass": LABELS,
        "multilabel": [[v, "x"] if v != "neutral" else [v] for v in LABELS],
    }[task]
    # binary models are scored by the F1 of one class, so they carry a tuned threshold; the svm models
    # are forced to average per-block models, so between them they need every trusted type
    tuning = {"metric": "f1_positive", "positive": "True"} if task == "binary" else {"tune": False}
    combine = "blocks" if kind == "svm" else "joint"
    model = fit(TEXTS, [str(v) if task == "binary" else v for v in labels], classifier=kind, combine=combine, **tuning)
    needed = set(
        sio.get_untrusted_types(
            data=sio.dumps({"format": modelfile.FORMAT, "pipeline": model.pipeline, "meta": model.meta})
        )
    )
    assert needed <= set(modelfile.TRUSTED_TYPES)
    if kind == "svm":
        assert needed == set(modelfile.TRUSTED_TYPES)


def _rewrite(src: Path, dst: Path, change) -> None:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zout.writestr(item, change(item.filename, data))


def test_a_file_asking_for_an_untrusted_type_is_refused_before_anything_is_built(saved, tmp_path) -> None:
    _, path = saved
    evil = tmp_path / "evil.skops"

    def swap(name: str, data: bytes) -> bytes:
        if name == "schema.json":
            return data.replace(b'"framing.model.features"', b'"os"', 1).replace(b'"FramingVectorizer"', b'"system"', 1)
        return data

    _rewrite(path, evil, swap)
    with pytest.raises(ModelError, match="refused.*os.system"):
        modelfile.load(evil)


@pytest.mark.parametrize("damage", ["truncated", "foreign", "not_zip", "empty", "changed"])
def test_damaged_or_foreign_files_raise_model_error(saved, tmp_path, damage) -> None:
    _, path = saved
    bad = tmp_path / "bad.skops"
    data = path.read_bytes()
    if damage == "truncated":
        bad.write_bytes(data[: len(data) // 2])
    elif damage == "foreign":
        sio.dump({"weights": np.arange(3)}, bad)
    elif damage == "not_zip":
        bad.write_bytes(b"\x80\x04K\x01.")  # a pickle
    elif damage == "empty":
        bad.write_bytes(b"")
    else:  # still a valid archive, but no longer the file its metrics file describes
        bad.write_bytes(data)
        for sidecar, original in zip(modelfile.sidecars(bad), modelfile.sidecars(path)):
            sidecar.write_text(original.read_text())
        with zipfile.ZipFile(bad, "a") as z:
            z.writestr("extra.npy", b"0")
    with pytest.raises(ModelError) as info:
        modelfile.load(bad)
    message = str(info.value)
    assert message.startswith(str(bad)) and "\n" not in message


def test_training_twice_writes_the_same_model_file(tmp_path) -> None:
    first, second = tmp_path / "a" / "m.skops", tmp_path / "b" / "m.skops"
    modelfile.save(fit(TEXTS, LABELS, tune=False), first)
    script = (  # another process: other memory addresses (even id(None) differs), another fitting time
        "import sys; sys.path.insert(0, sys.argv[2]);"
        "from pathlib import Path; from framing.model.train import fit; from framing.model.files import save;"
        "from tiny_training_set import LABELS, TEXTS; save(fit(TEXTS, LABELS, tune=False), Path(sys.argv[1]))"
    )
    subprocess.run([sys.executable, "-c", script, str(second), str(Path(__file__).parent)], check=True)
    assert first.read_bytes() == second.read_bytes()
    with zipfile.ZipFile(first) as archive:
        assert archive.namelist()[:2] == ["schema.json", "0.npy"]
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    assert "seconds_to_fit" not in modelfile.load(first).meta  # only in the metrics file and the card
    assert "seconds_to_fit" in json.loads(modelfile.sidecars(first)[0].read_text())["meta"]


def test_missing_file() -> None:
    with pytest.raises(ModelError, match="no such model file"):
        modelfile.load(Path("nowhere.skops"))
    with pytest.raises(ModelError, match="^/dev/zero: is not a regular file$"):  # it said "no such model file"
        modelfile.load(Path("/dev/zero"))
    with pytest.raises(ModelError, match="^/tmp: is a folder$"):
        modelfile.load(Path("/tmp"))


def test_deleting_the_metrics_file_keeps_the_integrity_check(saved, tmp_path) -> None:
    _, path = saved
    copy = tmp_path / "copy.skops"
    copy.write_bytes(path.read_bytes())  # no metrics file beside it: the seal inside still checks
    assert modelfile.load(copy).classes == ["escalatory", "hedged", "neutral"]
    with zipfile.ZipFile(copy, "a") as z:
        z.writestr("extra.npy", b"0")
    with pytest.raises(ModelError, match="refused: the file changed after training"):
        modelfile.load(copy)


@pytest.mark.parametrize("where", ["appended", "prepended", "comment"])
def test_a_sealed_model_with_bytes_outside_its_members_is_refused(saved, tmp_path, where) -> None:
    _, path = saved
    copy = tmp_path / "copy.skops"  # no metrics file beside it: the seal alone must catch the change
    data = path.read_bytes()
    if where == "comment":  # the end record says a comment follows, and one does
        data = data[:-2] + b"\x01\x00x"
    copy.write_bytes({"appended": data + b"x", "prepended": b"x" + data}.get(where, data))
    assert zipfile.ZipFile(copy).read(SEAL)  # zip readers still open it
    with pytest.raises(ModelError) as info:
        modelfile.load(copy)
    assert str(info.value) == (
        f"{copy}: refused: the file changed after training (it holds bytes outside its sealed archive); "
        "retrain it or restore the original"
    )


def test_a_model_with_no_recorded_digest_is_refused(saved, tmp_path) -> None:
    _, path = saved
    unsealed = tmp_path / "unsealed.skops"  # the seal dropped, and no metrics file beside it
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(unsealed, "w") as zout:
        for name in zin.namelist():
            if name != SEAL:
                zout.writestr(name, zin.read(name))
    with pytest.raises(ModelError, match="refused: nothing records the sha256"):
        modelfile.load(unsealed)


@pytest.mark.parametrize(
    "content, words",
    [
        (b"[" * 200_000 + b"]" * 200_000, "unreadable metrics file beside the model"),  # nested past recursion
        (b'["a list"]', "unreadable metrics file beside the model"),
        (b"\xff\xfe{}", "unreadable metrics file beside the model"),
        (b" " * 3_000_001, "refused: the metrics file beside the model is over 3 MB; restore it or retrain"),
    ],
    ids=["nested", "list", "not-utf8", "huge"],
)
def test_a_hostile_metrics_file_is_one_line_whatever_reads_it(saved, tmp_path, monkeypatch, content, words) -> None:
    _, path = saved
    copy = tmp_path / "m.skops"
    copy.write_bytes(path.read_bytes())
    (tmp_path / "m.metrics.json").write_bytes(content)
    monkeypatch.setattr(archive, "MAX_METRICS_BYTES", 3_000_000)
    data = tmp_path / "data.csv"
    data.write_text("text,label\nThe war may escalate.,hedged\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("The war may escalate.", encoding="utf-8")
    for command in (["evaluate", str(copy), str(data)], ["score", str(article), "--model", str(copy)]):
        result = CliRunner().invoke(app, command)
        assert (result.exit_code, result.output) == (2, f"error: {tmp_path / 'm.metrics.json'}: {words}\n")


def _foreign(saved, tmp_path: Path, obj: dict) -> Path:
    """A sealed skops file of trusted types holding `obj`, as a tampering user could write it."""
    path = tmp_path / "odd.skops"
    sio.dump({"format": modelfile.FORMAT} | obj, path)
    modelfile.seal(path)
    return path


@pytest.mark.parametrize(
    "shape, words",
    [
        ("empty_meta", "its task is None"),
        ("str_pipeline", "its pipeline is str, not a Pipeline"),
        ("unfitted", "a step was never fitted"),
        ("other_classes", "the classifier's classes differ"),
    ],
)
def test_skops_files_not_shaped_like_a_framing_model_are_refused(saved, tmp_path, shape, words) -> None:
    model, _ = saved
    obj = {
        "empty_meta": {"pipeline": model.pipeline, "meta": {}},
        "str_pipeline": {"pipeline": "str", "meta": model.meta},
        "unfitted": {"pipeline": build_pipeline(), "meta": model.meta},
        "other_classes": {"pipeline": model.pipeline, "meta": model.meta | {"classes": ["a", "b", "c"]}},
    }[shape]
    path = _foreign(saved, tmp_path, obj)
    with pytest.raises(ModelError) as info:
        modelfile.load(path)
    message = str(info.value)
    assert message.startswith(f"{path}: a skops file, but not a usable framing model: {words}"), message
    assert "\n" not in message


def test_commands_given_a_misshapen_model_exit_2_with_one_line(saved, tmp_path) -> None:
    model, _ = saved
    path = _foreign(saved, tmp_path, {"pipeline": model.pipeline, "meta": {}})
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("The war may escalate.", encoding="utf-8")
    data = tmp_path / "data.csv"
    data.write_text("text,label\nThe war may escalate.,hedged\n", encoding="utf-8")
    for command in (
        ["score", str(corpus / "a.txt"), "--model", str(path), "--format", "json"],
        ["score", str(corpus), "-o", str(tmp_path / "out.csv"), "--model", str(path), "-j", "1"],
        ["evaluate", str(path), str(data)],
    ):
        result = CliRunner().invoke(app, command)
        assert result.exit_code == 2, (command, result.output)
        assert result.output.startswith(f"error: {path}: a skops file, but not a usable framing model"), result.output
        assert "Traceback" not in result.output


def test_a_small_archive_that_unpacks_to_more_than_a_model_holds_is_refused_unread(tmp_path, monkeypatch) -> None:
    """A 1.5 MB zip of 1.6 GB of zeros took 3.4 GB of memory before it was refused as unsealed."""
    monkeypatch.setattr(modelfile, "MAX_UNPACKED", 2_000_000)
    path = tmp_path / "bomb.skops"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("schema.json", b"\0" * 3_000_000)
    assert path.stat().st_size < 10_000
    data = tmp_path / "data.csv"
    data.write_text("text,label\nThe war may escalate.,hedged\n", encoding="utf-8")
    read = []
    monkeypatch.setattr(modelfile, "archive_members", lambda p: read.append(p))
    result = CliRunner().invoke(app, ["evaluate", str(path), str(data)])
    assert result.exit_code == 2
    assert result.output == f"error: {path}: refused: it unpacks to 3 MB, more than a model file may hold (2 MB)\n"
    assert read == []


def test_a_model_file_from_before_the_model_package_still_loads() -> None:
    """A model trained before the model package (tests/data/legacy_model: a quarter of the seed sentences,
    trained by `framing train` of that version) names its classes where they lived then (framing.classify,
    framing.features); it loads and predicts what that version predicted (figures from it)."""
    legacy = Path(__file__).resolve().parents[1] / "data" / "legacy_model" / "legacy.skops"
    with zipfile.ZipFile(legacy) as archive:
        schema = archive.read("schema.json").decode()
    assert '"framing.classify"' in schema and '"framing.features"' in schema
    model = modelfile.load(legacy)
    assert type(model.pipeline.named_steps["features"].transformer_list[1][1]).__module__ == "framing.model.ngrams"
    texts = ["Officials may perhaps consider talks.", "The army will crush the enemy."]
    assert predict(model, texts) == ["hedged", "neutral"]
    assert probabilities(model, texts).round(4).tolist() == [
        [0.2369, 0.058, 0.0724, 0.0584, 0.4622, 0.112],
        [0.0532, 0.1031, 0.1798, 0.1626, 0.1103, 0.3911],
    ]


def test_train_model_holds_out_cross_validates_fits_and_saves(tmp_path) -> None:
    """`framing train` as a library call: the held-out part never reaches the fit, and four files are written."""
    from framing.model.train import train_model

    data = tmp_path / "data.csv"
    texts = [f"{t[:-1]} in week {i}." for i, t in enumerate(TEXTS * 2)]  # distinct: repeats would be held out together
    data.write_text("text,label\n" + "".join(f'"{t}",{y}\n' for t, y in zip(texts, LABELS * 2)), encoding="utf-8")
    told: list[str] = []
    saved = train_model(data, tmp_path / "m.skops", folds=2, holdout=0.25, progress=told.append)
    assert told == ["cross-validating on 36 rows (2 folds)...", "training on 36 rows..."]
    assert saved.model.meta["n_examples"] == 36 and saved.model.meta["data"] == "data.csv"
    assert saved.model.metrics["holdout"]["n"] == 12 and saved.model.metrics["cv"]["folds"] == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "data.csv",
        "m.card.md",
        "m.metrics.json",
        "m.skops",
        "m.weights.npz",
    ]
    assert (saved.metrics_path, saved.card_path) == (tmp_path / "m.metrics.json", tmp_path / "m.card.md")
    assert modelfile.load(saved.path).metrics == saved.model.metrics


@pytest.mark.parametrize("when", ["sealing", "writing the card"])
def test_saving_interrupted_leaves_the_last_model_whole(tmp_path, monkeypatch, when) -> None:
    """skops wrote the model file in place: Ctrl-C while saving left half an archive where the last model was."""
    path = tmp_path / "m.skops"
    first = fit(TEXTS, LABELS, tune=False)
    modelfile.save(first, path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert sorted(before) == ["m.card.md", "m.metrics.json", "m.skops", "m.weights.npz"]

    def interrupt(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(modelfile, "seal" if when == "sealing" else "card", interrupt)
    with pytest.raises(KeyboardInterrupt):
        modelfile.save(fit(TEXTS[::-1], LABELS[::-1], tune=False), path)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before  # no partial file either
    assert modelfile.load(path).classes == first.classes


def test_a_model_that_cannot_be_put_in_place_leaves_the_last_one_and_exits_3(tmp_path, monkeypatch) -> None:
    path = tmp_path / "m.skops"
    modelfile.save(fit(TEXTS, LABELS, tune=False), path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    real, failed = os.replace, []

    def full_disk_at_the_card(src, dst):
        if str(dst).endswith("m.card.md") and not failed:  # the new card, not the old one put back
            failed.append(dst)
            raise OSError(28, "No space left on device", str(dst))
        real(src, dst)

    monkeypatch.setattr("framing.outputs.os.replace", full_disk_at_the_card)
    with pytest.raises(RunError) as raised:
        modelfile.save(fit(TEXTS[::-1], LABELS[::-1], tune=False), path)
    assert (
        str(raised.value) == f"{tmp_path / 'm.card.md'}: cannot write (No space left on device); no output was written"
    )
    assert raised.value.exit_code == 3
    monkeypatch.undo()
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before
