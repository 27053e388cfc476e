"""`framing.toml` in the working folder: the lexicon folders it lists (README, "Your own lexicons")."""

from __future__ import annotations

import tomllib
from pathlib import Path

from ..errors import Code, LexiconError, Problem


def config_folders(config: Path) -> list[str]:
    """The folders `framing.toml` lists under its one key, `lexicons`; any other key is refused (E201)."""
    try:
        text = config.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except (OSError, ValueError, RecursionError) as exc:  # ValueError: bad UTF-8, TOML, a huge integer
        raise LexiconError([Problem(str(config), f"cannot read the configuration: {exc}", Code.UNREADABLE)]) from None
    unknown = [key for key in data if key != "lexicons"]  # a misspelt "lexicon = [...]" left the folders unread
    if unknown:
        lines = text.splitlines()
        raise LexiconError(
            [
                Problem(
                    str(config),
                    f'unknown key "{key}"',
                    Code.UNKNOWN_KEY,
                    next((n for n, line in enumerate(lines, 1) if line.lstrip().lstrip("\"'[").startswith(key)), None),
                    hint="the one key is `lexicons`: a folder or a list of folders",
                )
                for key in unknown
            ]
        )
    folders = data.get("lexicons", [])
    if isinstance(folders, str):
        folders = [folders]
    if not isinstance(folders, list) or not all(isinstance(f, str) for f in folders):
        raise LexiconError(
            [Problem(str(config), "`lexicons` must be a folder or a list of folders", Code.WRONG_TYPE, 1)]
        )
    return folders
