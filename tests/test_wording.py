"""One way of writing a count with its noun, for messages and reports alike."""

from __future__ import annotations

import re
from pathlib import Path

from framing.wording import counted

PACKAGE = Path(__file__).resolve().parent.parent / "framing"


def test_a_count_agrees_with_its_noun_and_groups_its_thousands() -> None:
    assert [counted(0, "article"), counted(1, "article"), counted(1300, "article")] == [
        "0 articles",
        "1 article",
        "1,300 articles",
    ]
    assert [counted(1, "match", "matches"), counted(2, "match", "matches")] == ["1 match", "2 matches"]


def test_no_module_pluralises_a_noun_its_own_way() -> None:
    """There were three: the CLI's (1,300), the report's (1300) and one written inline in comparison.py."""
    own_way = re.compile(r"""== 1 else ["']s["']|if \w+ == 1 else \w+ or \w+ \+ ["']s["']""")
    found = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if path.name != "wording.py" and own_way.search(path.read_text(encoding="utf-8"))
    ]
    assert found == []
