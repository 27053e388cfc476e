"""Output paths, checked before any work: a run that can never write its result says so at once
(one line, exit 2), not after an hour of scoring."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import secrets
import shutil
import sys
import tempfile
from collections.abc import Iterable
from typing import IO
from pathlib import Path

from .corpus.files import TEXT_SUFFIXES, absent_path
from .errors import InputError, RunError
from .forking import signals_held

NOT_WRITTEN = "; no output was written"  # said by a run stopped as it writes (exit 3)


def check_file(path: Path) -> None:
    """Refuse an output file that cannot be written: a folder or device by that name, a parent that
    is a file, a folder without write permission."""
    if path.is_dir():
        raise InputError(f"{path}: is a folder; give the name of a file to write")
    if path.exists() and not path.is_file():  # the output is renamed over it: never over /dev/null
        raise InputError(f"{path}: is not a regular file (a device, FIFO or socket); give the name of a file to write")
    _check_parent(path)


def resolved(path: Path) -> Path:
    """`path` made absolute through its links; one in a loop is refused in one line (`Path.resolve` raised
    RuntimeError: "framing score loop.csv -o out.csv" ended in a traceback)."""
    try:
        return path.resolve()
    except RuntimeError:
        raise InputError(f"{path}: {absent_path(path)}") from None


def check_distinct(paths: dict[str, Path | None]) -> None:
    """Refuse one file given for two roles (`{"the input": IN, "-o": OUT, ...}`): an output written over
    the input destroys it, and two outputs over each other lose one. Standard input and output never clash."""
    seen: dict[Path, str] = {}
    for role, path in paths.items():
        if path is None or str(path) == "-":
            continue
        key = resolved(path)
        if key in seen:
            raise InputError(f"{path}: given as both {seen[key]} and {role}; give each its own file")
        seen[key] = role


def check_folder(path: Path) -> None:
    """Refuse an output folder that cannot be created or written, or is "-" (it made a folder named "-")."""
    if str(path) == "-":
        raise InputError("-o -: the output is a folder of files, not one stream for standard output; name a folder")
    if path.exists() and not path.is_dir():
        raise InputError(f"{path}: exists and is not a folder")
    _check_parent(path)


def check_not_read_back(path: Path, input: Path) -> None:
    """Refuse an output file that a run over the same input folder would read as an article: `narratives
    FOLDER -o FOLDER/labels.txt` gave the next run one more article, the labels."""
    if path.suffix.lower() in TEXT_SUFFIXES and input.is_dir() and resolved(path).is_relative_to(resolved(input)):
        raise InputError(
            f"{path}: is inside the input folder {input}, whose {path.suffix} files are read as articles; "
            "write it outside the folder"
        )


REPORT_MARKER = ".framing-report"  # marks a report folder we wrote, which we may replace


def check_report_folder(out: Path, force: bool = False, inputs: Iterable[Path | None] = ()) -> None:
    """Refuse, before any work, a report folder that cannot be written or must not be replaced
    (here, not in `framing.report`, so that checking it imports no pandas or matplotlib), or that is one
    of the `inputs`, holds one or lies in an input folder: with --force `compare corpus -o corpus` replaced
    the corpus with the report, and a report inside a corpus folder was read as articles by the next run."""
    check_folder(out)
    target = resolved(out)
    for given in inputs:
        if given is None or str(given) == "-":
            continue
        path = resolved(given)
        if path == target or path.is_relative_to(target):
            raise InputError(
                f"{out}: is or holds the input {given}, which the report would replace; choose another --out-dir"
            )
        if path.is_dir() and target.is_relative_to(path):
            raise InputError(
                f"{out}: is inside the input folder {given}, whose files would then be read with the report's; "
                "choose an --out-dir outside it"
            )
    if out.is_dir() and any(out.iterdir()) and not (out / REPORT_MARKER).exists() and not force:
        raise InputError(
            f"{out}: folder is not empty and holds no framing report; choose another --out-dir or "
            "pass --force to replace it"
        )


def _check_parent(path: Path) -> None:
    parent = path.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if not parent.is_dir():
        raise InputError(f"{path}: cannot write ({parent} is a file, not a folder)")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise InputError(f"{path}: cannot write (no permission to write in {parent})")


def partial_path(path: Path) -> Path:
    """A temporary name beside `path`, unique to this process and this output (the stale-file sweep of
    the table writers reads the process id back from it)."""
    return path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.partial")


def write_whole(path: Path, text: str) -> None:
    """Write `text` to `path` through a temporary file beside it, renamed into place once complete: a run
    interrupted while writing (Ctrl-C, a full disk) leaves no partial file that looks finished."""
    with WholeFile(path) as file:
        file.write(text)
        file.commit()


class WholeFile:
    """A text output written piece by piece to a temporary file (beside `path`, or in the temporary folder for
    standard output when `path` is None), put in place or printed whole by `commit`: a run that stops leaves
    no partial file, and its pieces are not held in memory. Used as a `with` block, whose
    end removes what was not committed."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._temporary = partial_path(path) if path is not None else None
        self._file: IO[str]
        try:
            if path is None:
                self._file = tempfile.TemporaryFile("w+", encoding="utf-8", newline="")
            else:
                path.parent.mkdir(parents=True, exist_ok=True)  # missing folders are made, as for score's outputs
                self._file = open(self._temporary, "w", encoding="utf-8", newline="")  # type: ignore[arg-type]
        except OSError as exc:
            raise InputError(f"{path}: cannot write ({exc.strerror})") from None

    def __enter__(self) -> WholeFile:
        return self

    def __exit__(self, *raised: object) -> None:
        self._file.close()
        if self._temporary is not None:
            self._temporary.unlink(missing_ok=True)

    def write(self, text: str) -> None:
        try:
            self._file.write(text)
        except OSError as exc:  # a full disk: exit 3, as a table's writer says (it was 2, as for unusable input)
            raise RunError(f"{self.path or 'standard output'}: cannot write ({exc.strerror}){NOT_WRITTEN}") from None

    def commit(self) -> None:
        """Put the file in place, or copy it to standard output."""
        try:
            if self._temporary is None:
                self._file.seek(0)
                shutil.copyfileobj(self._file, sys.stdout)
            else:
                self._file.close()
                os.replace(self._temporary, self.path)  # type: ignore[arg-type]
        except OSError as exc:
            raise RunError(f"{self.path or 'standard output'}: cannot write ({exc.strerror}){NOT_WRITTEN}") from None


def put_in_place(moves: Iterable[tuple[Path, Path]]) -> None:
    """Rename each finished temporary file to its destination, all or none: when a rename fails, the
    files that were there before are put back (RunError, exit 3). The outputs of one run (a table and
    its sidecars, a model and its metrics) are then never a mix of two runs. Ctrl-C and SIGTERM wait
    until the files are placed, and then put the earlier ones back (the run stops with no output written):
    one that landed between moving an earlier file aside and placing the new one lost the earlier file."""
    done: list[tuple[Path, Path | None]] = []  # (destination, where its previous version waits)
    moves = list(moves)
    for _, there in moves:  # renamed aside, a folder would vanish from sight with all it holds
        if there.is_dir():
            raise RunError(f"{there}: is a folder; no output was written")
    dest = None
    with signals_held() as stopping:
        try:
            for tmp, dest in moves:
                backup = partial_path(dest) if dest.exists() else None
                if backup is not None:
                    os.replace(dest, backup)
                done.append((dest, backup))
                os.replace(tmp, dest)
        except OSError as exc:
            _put_back(done)
            where = exc.filename2 or exc.filename or dest
            raise RunError(f"{where}: cannot write ({exc.strerror or exc}){NOT_WRITTEN}") from None
        if stopping:
            _put_back(done)
            return  # the held signal is delivered on leaving the block
        for _, backup in done:
            if backup is not None:
                with contextlib.suppress(OSError):
                    backup.unlink()


def _put_back(done: list[tuple[Path, Path | None]]) -> None:
    """Undo `put_in_place`'s renames: each earlier file back at its place, a new one with none removed."""
    for put, backup in reversed(done):
        with contextlib.suppress(OSError):
            if backup is not None:
                os.replace(backup, put)
            else:
                put.unlink(missing_ok=True)


def source_date() -> dt.datetime | None:
    """The time SOURCE_DATE_EPOCH gives (whole seconds since 1970, UTC; the reproducible-builds
    convention), None when it is unset. A value that is no time is refused, as the convention asks:
    NumPy's f2py, which SciPy imports, would otherwise stop any command that loads SciPy with a traceback."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if not epoch:
        return None
    try:
        if epoch.isdigit():
            return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc)
    except (OverflowError, OSError, ValueError):
        pass
    raise InputError(f"SOURCE_DATE_EPOCH={epoch!r}: not a time (whole seconds since 1970, UTC); fix or unset it")
