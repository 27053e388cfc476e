"""Round r10: inputs whose cost grew faster than their size, each scaled down with its bound as a parameter."""

from __future__ import annotations

import dataclasses
from typing import Any, SupportsIndex

import pytest

import framing.pipeline
from framing.pipeline import Analyzer


class _Scanned(str):
    """A text that counts the characters its searches, counts and slices walk (a search: up to what it finds)."""

    walked = 0

    def find(self, sub: str, start: SupportsIndex | None = None, end: SupportsIndex | None = None) -> int:
        found = super().find(sub, start, end)
        s, e, _ = slice(start, end).indices(len(self))
        type(self).walked += (found + len(sub) - s) if found >= 0 else e - s
        return found

    def rfind(self, sub: str, start: SupportsIndex | None = None, end: SupportsIndex | None = None) -> int:
        found = super().rfind(sub, start, end)
        s, e, _ = slice(start, end).indices(len(self))
        type(self).walked += (e - found) if found >= 0 else e - s
        return found

    def count(self, sub: str, start: SupportsIndex | None = None, end: SupportsIndex | None = None) -> int:
        s, e, _ = slice(start, end).indices(len(self))
        type(self).walked += e - s
        return super().count(sub, start, end)

    def __getitem__(self, key: Any) -> str:
        part = super().__getitem__(key)
        type(self).walked += len(part)
        return part


@pytest.mark.parametrize("sentences", [200])
def test_a_line_of_first_person_sentences_is_read_once(
    sourcing_analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch, sentences: int
) -> None:
    """Each writer's "I" looked back to its line's start and over its paragraph for quotation marks: a one-line text
    of 36,000 "I think" sentences (1 MB) took 25 s, and 6.6 s now. The text is walked a bounded number of times."""
    reported = framing.pipeline.reported_contents

    def counted(doc: Any, attributions: Any) -> Any:
        _Scanned.walked = 0
        return reported(dataclasses.replace(doc, text=_Scanned(doc.text)), attributions)

    monkeypatch.setattr(framing.pipeline, "reported_contents", counted)
    text = " ".join(["I think the plan is a scam."] * sentences)
    evidence = sourcing_analyzer.analyze(text, split_title=False).evidence
    assert [e.voice for e in evidence if e.text == "scam"] == ["author"] * sentences
    assert _Scanned.walked < 12 * len(text)  # 500 times with a search back to the line's start
