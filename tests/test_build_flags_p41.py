"""build_native.py's code generation flags: calls into libpython go through the GOT, not the PLT's stubs."""

from __future__ import annotations

import platform
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.skipif(
    shutil.which(sysconfig.get_config_var("CC").split()[0]) is None
    or shutil.which("objdump") is None
    or platform.machine() != "x86_64",  # the calls' form below is x86-64's
    reason="no C compiler, no objdump or not x86-64",
)
def test_calls_into_libpython_skip_the_plt(tmp_path, monkeypatch):
    """Each call to a libpython function loads its address from the GOT and calls it: no jump through a PLT stub."""
    monkeypatch.syspath_prepend(str(ROOT))
    import build_native
    from setuptools import Extension

    (tmp_path / "boxed.c").write_text(
        "#include <Python.h>\n"
        'static struct PyModuleDef def = {PyModuleDef_HEAD_INIT, "boxed", NULL, -1, NULL};\n'
        "PyMODINIT_FUNC PyInit_boxed(void) {\n"
        "    PyObject *m = PyModule_Create(&def);\n"
        '    PyModule_AddObject(m, "SEVEN", PyLong_FromLong(7));\n    return m;\n}\n'
    )
    monkeypatch.chdir(tmp_path)
    build_native.compile_extensions([Extension("boxed", sources=["boxed.c"])], ["-O2"])
    library = next(tmp_path.glob("boxed*.so"))
    code = subprocess.run(["objdump", "-d", str(library)], capture_output=True, text=True, check=True).stdout
    # the module's own function (the C runtime's start-up code, linked in, keeps its PLT call)
    body = code.split("<PyInit_boxed>:\n", 1)[1].split("\n\n", 1)[0]
    calls = [line.split("\t")[-1] for line in body.splitlines() if "\tcall" in line]
    assert len(calls) >= 2  # PyModule_Create2, PyLong_FromLong, PyModule_AddObject (or a tail jump)
    assert [call for call in calls if not re.fullmatch(r"call +\*0x[0-9a-f]+\(%rip\) +# [0-9a-f]+ <.+>", call)] == []
    monkeypatch.syspath_prepend(str(tmp_path))
    sys.modules.pop("boxed", None)
    import boxed

    assert boxed.SEVEN == 7
