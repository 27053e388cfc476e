"""Compile framing's hot pipeline modules with mypyc, in place (`make native`; see framing/compiled.py).

Needs a C compiler. Without one, or when anything fails, the build is removed and framing runs its
Python sources unchanged: the exit status is still 0, with one line saying why.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import sys
import sysconfig
import warnings
from pathlib import Path

from framing.compiled import DIGESTS, MODULES, PACKAGE_DIR, builds_current, has_builds, module_path, source_digests


def remove_builds() -> None:
    """Delete every compiled module (in the package's subfolders too) and the recorded digests, so that the
    sources run."""
    for path in [*PACKAGE_DIR.rglob("*.so"), *PACKAGE_DIR.rglob("*.pyd"), PACKAGE_DIR / DIGESTS]:
        path.unlink(missing_ok=True)


def build() -> None:
    """Compile the modules as one mypyc group (they call each other natively) and record their digests.

    The digests are those of the sources as the build starts, so that a source edited while it compiles
    (the build takes minutes on a busy machine) leaves the build stale rather than trusted.
    The compiler's chatter is kept back; it is shown only when the build fails."""
    import mypyc.build
    import setuptools  # type: ignore[import-untyped]

    digests = source_digests(PACKAGE_DIR)
    sources = [str(module_path(name, Path("framing"))) for name in MODULES]
    chatter = io.StringIO()
    try:
        with contextlib.redirect_stdout(chatter), contextlib.redirect_stderr(chatter), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            extensions = mypyc.build.mypycify(sources, opt_level="3", group_name="framing.native")
            setuptools.setup(
                name="framing-native", packages=[], ext_modules=extensions, script_args=["build_ext", "--inplace"]
            )
    except BaseException:
        sys.stderr.write(chatter.getvalue())
        raise
    (PACKAGE_DIR / DIGESTS).write_text("".join(f"{name} {digest}\n" for name, digest in digests.items()))


def main() -> int:
    if has_builds() and builds_current():
        return 0
    remove_builds()
    compiler = (os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(compiler) is None:
        print(f"build_native.py: no C compiler ({compiler}); framing runs its Python sources", file=sys.stderr)
        return 0
    try:
        build()
    except (Exception, SystemExit) as error:  # a missing compiler surfaces as SystemExit from distutils
        remove_builds()
        print(f"build_native.py: no compiled modules ({error}); framing runs its Python sources", file=sys.stderr)
        return 0
    print(f"build_native.py: compiled {len(MODULES)} modules of framing with mypyc")
    return 0


if __name__ == "__main__":
    sys.exit(main())
