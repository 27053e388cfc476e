"""Compile framing's hot pipeline modules with mypyc, in place (`make native`; see framing/compiled.py).

One C file per module, compiled on every core, first instrumented, then, after a training run on the
seed articles, again with the profile gathered: GCC moves the blocks the run never took out of the hot
functions and lays the hot code together (the compiled code is larger than the second-level cache).
Needs a C compiler. When the profile-guided build fails, a plain build is made instead; without a
compiler, or when that fails too, the build is removed and framing runs its Python sources unchanged:
the exit status is still 0, with one line saying why.
"""

from __future__ import annotations

import contextlib
import copy
import importlib
import io
import os
import shutil
import subprocess
import sys
import sysconfig
import warnings
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from framing.compiled import DIGESTS, MODULES, PACKAGE_DIR, builds_current, has_builds, module_path, source_digests

ROOT = Path(__file__).resolve().parent
BUILD_DIR = Path("build")  # mypyc's C files and the objects, relative to the folder the build runs in
# the group's functions called directly, not through the dynamic linker's table (only PyInit_ is exported), and
# libpython's through their address in the GOT, without the PLT's stub and its extra jump
DIRECT = ["-fvisibility=hidden", "-fno-plt"]
INSTRUMENT = ["-fprofile-generate"]
# functions the training run never reached are optimised as usual, not for size
PROFILED = ["-fprofile-use", "-fprofile-partial-training"]
TRAINING_SECONDS = 300


def remove_builds() -> None:
    """Delete every compiled module (in the package's subfolders too) and the recorded digests, so that the
    sources run."""
    for path in [*PACKAGE_DIR.rglob("*.so"), *PACKAGE_DIR.rglob("*.pyd"), PACKAGE_DIR / DIGESTS]:
        path.unlink(missing_ok=True)


def compile_extensions(extensions: list[Any], flags: Sequence[str] = (), link: Sequence[str] = ()) -> None:
    """Compile and link the extensions in place, each one's C files on every core (setuptools compiles an
    extension's files one after another), with `flags` added to mypyc's and `link` to the linker's."""
    import setuptools  # type: ignore[import-untyped]
    from setuptools.command.build_ext import build_ext  # type: ignore[import-untyped]

    class ParallelBuildExt(build_ext):
        def build_extensions(self) -> None:
            compile_files = self.compiler.compile

            def compile_all(sources: list[str], *args: Any, **kwargs: Any) -> list[str]:
                longest_first = sorted(sources, key=os.path.getsize, reverse=True)
                with ThreadPoolExecutor(os.cpu_count() or 1) as pool:
                    done = {source: pool.submit(compile_files, [source], *args, **kwargs) for source in longest_first}
                    return [obj for source in sources for obj in done[source].result()]

            self.compiler.compile = compile_all
            super().build_extensions()

    variants = [copy.copy(extension) for extension in extensions]
    for variant in variants:
        variant.extra_compile_args = [*variant.extra_compile_args, *DIRECT]
        # mypyc writes the modules' files into BUILD_DIR and the group's header into BUILD_DIR/framing
        variant.include_dirs = [*variant.include_dirs, str(BUILD_DIR / "framing")]
    # the group's library alone: the modules' own extensions only hand its functions to Python
    for library in variants[:1]:
        library.extra_compile_args += flags
        library.extra_link_args = [*library.extra_link_args, *link]
    setuptools.setup(
        name="framing-native",
        packages=[],
        ext_modules=variants,
        cmdclass={"build_ext": ParallelBuildExt},
        script_args=["build_ext", "--inplace", "--force"],
    )


def profile_guided(extensions: list[Any], digests: dict[str, str]) -> None:
    """Build instrumented, train on the seed articles, build again with the profile gathered."""
    for stale in BUILD_DIR.rglob("*.gcda"):  # counts of an earlier build's code would not match
        stale.unlink()
    compile_extensions(extensions, INSTRUMENT, INSTRUMENT)
    record(digests)  # the training run uses the builds only while they are current
    env = {k: v for k, v in os.environ.items() if k != "FRAMING_PURE_PYTHON"}
    run = subprocess.run(
        [sys.executable, str(ROOT / "build_native.py"), "--train"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=TRAINING_SECONDS,
    )
    if run.returncode != 0 or not any(BUILD_DIR.rglob("*.gcda")):
        raise RuntimeError(f"the training run failed: {(run.stderr.strip() or 'no profile').splitlines()[-1]}")
    compile_extensions(extensions, PROFILED)


def train() -> None:
    """The training run: the seed articles analyzed as the scorer does, with and without evidence."""
    from framing.corpus.files import read_article
    from framing.pipeline import Analyzer

    # every module's build is loaded, so that each leaves a profile (a missing one fails the second compile)
    loaded = [importlib.import_module(f"framing.{name}").__file__ or ".py" for name in MODULES]
    if any(path.endswith(".py") for path in loaded):
        raise SystemExit("the compiled modules were not loaded")
    analyzer = Analyzer(sourcing="rules")
    articles = [read_article(path) for path in sorted((ROOT / "seeds" / "articles").rglob("*.txt"))]
    for evidence in (False, True):
        for article in articles:
            analyzer.analyze(article["text"], title=article["title"], id=article["id"], evidence=evidence)


def record(digests: dict[str, str]) -> None:
    (PACKAGE_DIR / DIGESTS).write_text("".join(f"{name} {digest}\n" for name, digest in digests.items()))


@contextlib.contextmanager
def kept_back() -> Iterator[None]:
    """The compiler's chatter, shown only when the block fails."""
    chatter = io.StringIO()
    try:
        with contextlib.redirect_stdout(chatter), contextlib.redirect_stderr(chatter), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    except BaseException:
        sys.stderr.write(chatter.getvalue())
        raise


def build(profile: bool = True) -> None:
    """Compile the modules as one mypyc group (they call each other natively) and record their digests;
    with `profile`, profile-guided, falling back to a plain build with one line saying why.

    The digests are those of the sources as the build starts, so that a source edited while it compiles
    (the build takes minutes on a busy machine) leaves the build stale rather than trusted."""
    import mypyc.build

    digests = source_digests(PACKAGE_DIR)
    sources = [str(module_path(name, Path("framing"))) for name in MODULES]
    with kept_back():
        extensions = mypyc.build.mypycify(sources, opt_level="3", group_name="framing.native", multi_file=True)
    if profile:
        try:
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
                profile_guided(extensions, digests)
            return
        except (Exception, SystemExit) as error:
            print(f"build_native.py: no profile-guided build ({error}); a plain one", file=sys.stderr)
            remove_builds()
    with kept_back():
        compile_extensions(extensions)
    record(digests)


def main() -> int:
    if sys.argv[1:] == ["--train"]:
        train()
        return 0
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
