"""build_native.py's profile-guided build: instrumented, trained, rebuilt; a plain build when any step fails."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path
from types import SimpleNamespace

import pytest

from framing import compiled

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def native(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> SimpleNamespace:
    """build_native with a package folder of its own and the compiler replaced by a log of its calls."""
    monkeypatch.syspath_prepend(str(ROOT))
    import build_native
    import mypyc.build

    package = tmp_path / "framing"
    for name in compiled.MODULES:
        compiled.module_path(name, package).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(compiled.module_path(name), compiled.module_path(name, package))
    monkeypatch.setattr(build_native, "PACKAGE_DIR", package)
    monkeypatch.setattr(build_native, "BUILD_DIR", tmp_path / "build")
    (tmp_path / "build").mkdir()
    monkeypatch.setattr(mypyc.build, "mypycify", lambda *args, **kwargs: ["the group"])
    made = SimpleNamespace(module=build_native, package=package, build=tmp_path / "build", compiles=[], trainings=[])

    def compile_extensions(extensions: list, flags=(), link=()) -> None:
        made.compiles.append((extensions, list(flags), list(link)))

    monkeypatch.setattr(build_native, "compile_extensions", compile_extensions)
    return made


def _training(native: SimpleNamespace, returncode: int, profile: bool, stderr: str = ""):
    def run(command: list[str], **kwargs) -> subprocess.CompletedProcess:
        native.trainings.append((command[1:], compiled.builds_current(native.package)))
        if profile:
            (native.build / "temp" / "native.gcda").parent.mkdir(exist_ok=True)
            (native.build / "temp" / "native.gcda").write_bytes(b"counts")
        return subprocess.CompletedProcess(command, returncode, "", stderr)

    return run


def test_the_build_is_instrumented_trained_then_compiled_with_the_profile(native, monkeypatch, capsys):
    (native.build / "old.gcda").write_bytes(b"an earlier build's counts")
    monkeypatch.setattr(native.module.subprocess, "run", _training(native, 0, profile=True))
    native.module.build()
    assert native.compiles == [
        (["the group"], ["-fprofile-generate"], ["-fprofile-generate"]),
        (["the group"], ["-fprofile-use", "-fprofile-partial-training"], []),
    ]
    assert native.trainings == [([str(ROOT / "build_native.py"), "--train"], True)]  # on the current builds
    assert not (native.build / "old.gcda").exists()
    assert compiled.builds_current(native.package)
    assert capsys.readouterr().err == ""


def test_a_failed_training_run_gives_a_plain_build_and_says_why(native, monkeypatch, capsys):
    monkeypatch.setattr(
        native.module.subprocess, "run", _training(native, 1, profile=False, stderr="Traceback\nValueError: broken")
    )
    native.module.build()
    assert [flags for _, flags, _ in native.compiles] == [["-fprofile-generate"], []]
    assert compiled.builds_current(native.package)
    assert capsys.readouterr().err == (
        "build_native.py: no profile-guided build (the training run failed: ValueError: broken); a plain one\n"
    )


def test_a_training_run_that_leaves_no_profile_gives_a_plain_build(native, monkeypatch, capsys):
    monkeypatch.setattr(native.module.subprocess, "run", _training(native, 0, profile=False))
    native.module.build()
    assert [flags for _, flags, _ in native.compiles] == [["-fprofile-generate"], []]
    assert capsys.readouterr().err == (
        "build_native.py: no profile-guided build (the training run failed: no profile); a plain one\n"
    )


def test_a_failed_instrumented_compile_gives_a_plain_build(native, monkeypatch, capsys):
    def compile_extensions(extensions: list, flags=(), link=()) -> None:
        native.compiles.append(list(flags))
        if flags:
            raise SystemExit("error: command '/usr/bin/gcc' failed with exit code 1")

    monkeypatch.setattr(native.module, "compile_extensions", compile_extensions)
    native.module.build()
    assert native.compiles == [["-fprofile-generate"], []]
    assert compiled.builds_current(native.package)
    assert "no profile-guided build (error: command '/usr/bin/gcc' failed" in capsys.readouterr().err


def test_the_training_run_refuses_the_sources():
    """Counts gathered from the sources would leave the compiled code without a profile: the run says so."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "build_native.py"), "--train"],
        env={**os.environ, "FRAMING_PURE_PYTHON": "1"},
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1
    assert done.stderr.strip().splitlines()[-1] == "the compiled modules were not loaded"


@pytest.mark.skipif(shutil.which(sysconfig.get_config_var("CC").split()[0]) is None, reason="no C compiler")
def test_every_c_file_of_an_extension_is_compiled_and_linked(tmp_path, monkeypatch):
    """The files of one extension go to the compiler side by side; the module links and imports."""
    monkeypatch.syspath_prepend(str(ROOT))
    import build_native
    from setuptools import Extension

    (tmp_path / "one.c").write_text("int one(void) { return 1; }\n")
    (tmp_path / "two.c").write_text(
        "#include <Python.h>\nint one(void);\n"
        'static struct PyModuleDef def = {PyModuleDef_HEAD_INIT, "both", NULL, -1, NULL};\n'
        "PyMODINIT_FUNC PyInit_both(void) {\n"
        "    PyObject *m = PyModule_Create(&def);\n"
        '    PyModule_AddIntConstant(m, "ONE", one());\n    return m;\n}\n'
    )
    monkeypatch.chdir(tmp_path)
    build_native.compile_extensions([Extension("both", sources=["one.c", "two.c"])], ["-O1"])
    monkeypatch.syspath_prepend(str(tmp_path))
    import both

    assert both.ONE == 1
    assert sorted(p.name for p in tmp_path.rglob("*.o")) == ["one.o", "two.o"]
