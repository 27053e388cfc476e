"""The sealed archive of a model file: one form for one model, and a seal that covers all of it.

skops writes members and object ids named after memory addresses and stamps the time; `seal` rewrites
the archive in one form (see there) and adds the member `SEAL`, the sha256 of the other members. A
sealed file may hold nothing but its members (`stray_bytes`), so the seal speaks for every byte.
`read_metrics` reads the metrics file beside a model, which the model and its portable weights are both
checked against, within a bound.
"""

from __future__ import annotations

import hashlib
import json
import struct
import zipfile
import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ModelError

SEAL = "framing-seal.sha256"  # the archive member holding the sha256 of all the others
# What a model file may hold, packed or unpacked: 50 times the shipped models (10-14 MB unpacked). Every
# member is read into memory, so a small archive unpacking to gigabytes (a zip bomb) must be refused first.
MAX_UNPACKED = 500_000_000


def _members_sha256(names: list[str], member_sha256: Callable[[str], bytes]) -> str:
    """sha256 over the name and the sha256 of the contents of every member but the seal, in name order."""
    digest = hashlib.sha256()
    for name in sorted(n for n in names if n != SEAL):
        digest.update(name.encode() + b"\0" + member_sha256(name))
    return digest.hexdigest()


def seal(path: Path) -> None:
    """Rewrite a model file as skops wrote it, but in one form for one model, and seal it.

    skops names members and objects after memory addresses and stamps the time: the file is
    rewritten with them numbered in the order the type tree meets them and a fixed timestamp, so
    the same model gives the same bytes (`make models` twice, the same files). The seal (the digest
    of the members) travels inside the file, so no sidecar can drop it."""
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist() if name != SEAL}
    renamed: dict[str, str] = {}
    schema = _numbered(json.loads(members.pop("schema.json")), {}, members, renamed)
    ordered = [("schema.json", json.dumps(schema, indent=2).encode())]
    ordered += [(renamed[name], members[name]) for name in sorted(renamed, key=lambda n: int(renamed[n].split(".")[0]))]
    ordered += sorted((name, data) for name, data in members.items() if name not in renamed)
    contents = dict(ordered)
    ordered.append(
        (SEAL, _members_sha256(list(contents), lambda name: hashlib.sha256(contents[name]).digest()).encode())
    )
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in ordered:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type, info.external_attr = zipfile.ZIP_DEFLATED, 0o644 << 16
            archive.writestr(info, data)


def _numbered(node: Any, ids: dict[int, int], members: dict[str, bytes], renamed: dict[str, str]) -> Any:
    """The type tree with skops' `__id__`s and member file names numbered in the order they appear
    (the same object keeps one number, as it kept one address)."""
    if isinstance(node, list):
        return [_numbered(item, ids, members, renamed) for item in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for key, value in node.items():
        if key == "__id__" and isinstance(value, int):
            value = ids.setdefault(value, len(ids))
        elif key == "file" and isinstance(value, str) and value in members:
            value = renamed.setdefault(value, f"{len(renamed)}{Path(value).suffix}")
        else:
            value = _numbered(value, ids, members, renamed)
        out[key] = value
    return out


def unpacked_size(path: Path) -> int:
    """The bytes `path` holds unpacked, as its archive declares them (zipfile reads no further than the
    declared size of a member); 0 when it is not a readable archive, which the caller refuses by itself."""
    try:
        with zipfile.ZipFile(path) as archive:
            return max(path.stat().st_size, sum(info.file_size for info in archive.infolist()))
    except (OSError, zipfile.BadZipFile, ValueError, EOFError, RuntimeError):
        return 0


@dataclass(frozen=True, slots=True)
class Members:
    """A model archive read once: its member names (as listed, repeats and all), the sha256 of each
    member's contents, the seal it carries (None: none), and the contents kept for the plain reader."""

    names: list[str]
    sha256: dict[str, bytes]
    seal: str | None
    contents: dict[str, bytes]


def members(path: Path, keep: bool = False) -> Members | None:
    """The archive's members, each decompressed once and hashed a chunk at a time, so a member the model
    does not use (300 MB of zeros added under the unpacked limit) is never held before the seal refuses
    it; `keep`: the contents of schema.json and the members it names are kept, for `plain_tree`. None
    when the archive cannot be read."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            wanted = _named_by_schema(archive) if keep else set()
            sha256: dict[str, bytes] = {}
            contents: dict[str, bytes] = {}
            seal = None
            for name in dict.fromkeys(names):
                with archive.open(name) as member:
                    if name == SEAL:  # 64 hex digits; a longer one is wrong whatever it holds
                        seal = member.read(2 * hashlib.sha256().digest_size + 1).decode("ascii", "replace")
                    elif name in wanted:
                        contents[name] = member.read()
                        sha256[name] = hashlib.sha256(contents[name]).digest()
                    else:
                        digest = hashlib.sha256()
                        while chunk := member.read(1 << 20):
                            digest.update(chunk)
                        sha256[name] = digest.digest()
            return Members(names, sha256, seal, contents)
    except (OSError, zipfile.BadZipFile, ValueError, EOFError, RuntimeError):
        return None


def _named_by_schema(archive: zipfile.ZipFile) -> set[str]:
    """schema.json and the member files its type tree names: what `plain_tree` reads."""
    named = {"schema.json"}

    def note(node: dict[str, Any]) -> dict[str, Any]:
        if isinstance(file := node.get("file"), str):
            named.add(file)
        return node

    try:
        json.loads(archive.read("schema.json"), object_hook=note)
    except (KeyError, ValueError, RecursionError):
        return {"schema.json"}
    return named


def stray_bytes(path: Path) -> bool:
    """Whether the file holds bytes that belong to no member, to the central directory or to the end
    record (bytes appended, prepended or slipped between members, an archive comment): zip readers
    skip them, so the seal, which covers the members, cannot see them, and they are refused instead."""
    data = path.read_bytes()
    end = len(data) - 22  # where the end record must start: it closes the file, with no comment
    if end < 0 or data[end : end + 4] != b"PK\x05\x06" or data[-2:] != b"\0\0":
        return True
    cd_size, cd_start = struct.unpack("<II", data[end + 12 : end + 20])
    if cd_start == 0xFFFFFFFF:  # zip64: its own end record and locator sit before the plain one
        (z64,) = struct.unpack("<Q", data[end - 12 : end - 4])
        if data[end - 20 : end - 16] != b"PK\x06\x07" or data[z64 : z64 + 4] != b"PK\x06\x06" or z64 + 56 != end - 20:
            return True
        cd_size, cd_start = struct.unpack("<QQ", data[z64 + 40 : z64 + 56])
        end = z64
    if cd_start + cd_size != end:
        return True
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = sorted(archive.infolist(), key=lambda info: info.header_offset)
    at = 0  # the members' local records must tile the file from its first byte to the central directory
    for info in infos:
        if info.header_offset != at or data[at : at + 4] != b"PK\x03\x04":
            return True
        name_len, extra_len = struct.unpack("<HH", data[at + 26 : at + 30])
        at += 30 + name_len + extra_len + info.compress_size
        if info.flag_bits & 0x08:  # a data descriptor follows the data
            wide = max(info.compress_size, info.file_size) >= 0xFFFFFFFF
            at += (16 if data[at : at + 4] == b"PK\x07\x08" else 12) + (8 if wide else 0)
    return at != cd_start


def seal_matches(members: Members | None) -> bool | None:
    """True when the seal matches the members, False when it does not (or they cannot be read), None
    for a file without one."""
    if members is None:
        return False
    if members.seal is None:
        return None
    return members.seal == _members_sha256(members.names, members.sha256.__getitem__)


MAX_METRICS_BYTES = 10_000_000  # a model's own metrics file is a few kB, a hundred classes' well under 1 MB


def read_metrics(metrics_path: Path) -> dict[str, Any]:
    """NAME.metrics.json, read only up to `MAX_METRICS_BYTES` (it is input like any other: a file of
    gigabytes or of JSON nested a million deep is a one-line `ModelError`, not a stall or a traceback)."""
    try:
        with open(metrics_path, "rb") as fh:
            data = fh.read(MAX_METRICS_BYTES + 1)
        if len(data) > MAX_METRICS_BYTES:
            raise ModelError(
                f"{metrics_path}: refused: the metrics file beside the model is over "
                f"{MAX_METRICS_BYTES / 1e6:,.0f} MB; restore it or retrain"
            )
        doc = json.loads(data.decode("utf-8"))
    except (OSError, ValueError, RecursionError):
        doc = None
    if not isinstance(doc, dict):
        raise ModelError(f"{metrics_path}: unreadable metrics file beside the model")
    return doc
