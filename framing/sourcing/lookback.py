"""What stands before a place of a text that is read forward once (`quotations._writers_own`): the line's first
character, and whether a quotation opened a few lines back runs on. Asked at each "I" of a one-line text of
10,000 "I think" sentences, a search back to the line's start (or the text's) was quadratic (round r10)."""

from __future__ import annotations

import re
from collections import deque
from typing import Final

_SPACE_AFTER: Final = re.compile(r"\S")  # `str.lstrip`'s whitespace: both are Unicode's


class Lookback:
    """The line ends, the last blank line and the marks of `text` before a place, each stretch of text read once
    however many places are asked about, as long as they are asked in order."""

    def __init__(self, text: str, lines: int) -> None:
        self.text, self.read = text, 0  # the text before `read` is read
        self.ends: deque[int] = deque(maxlen=lines)  # the last `lines` line ends before `read`
        self.blank = self.curly = -1  # the last "\n\n" and the last curly mark before `read`
        self.straight = 0  # straight marks before `read`
        self.window = self.window_straight = 0  # where the quotation window starts, and straight marks before it
        self.opener = (-2, -1)  # the last line start asked about, and its first character after spaces

    def _read_to(self, place: int) -> None:
        text, read = self.text, self.read
        if place <= read:
            return
        at, ends = place, list[int]()
        while len(ends) < (self.ends.maxlen or 0) and (at := text.rfind("\n", read, at)) >= 0:
            ends.append(at)
        self.ends.extend(reversed(ends))
        self.blank = max(self.blank, text.rfind("\n\n", max(read - 1, 0), place))
        self.curly = max(self.curly, text.rfind("“", read, place), text.rfind("”", read, place))
        self.straight += text.count('"', read, place)
        self.read = place
        # the window of `quotation_open`: the paragraph, at most `lines` lines back; it only moves forward
        window = max(self.blank, self.ends[0] if len(self.ends) == self.ends.maxlen else 0)
        self.window_straight += text.count('"', self.window, window)
        self.window = window

    def line_opener(self, place: int) -> str:
        """The first character of `place`'s line before it, spaces skipped ("" when there is none)."""
        self._read_to(place)
        start = self.ends[-1] + 1 if self.ends else 0
        if self.opener[0] != start:  # found once a line: the search stops at the line's first word
            found = _SPACE_AFTER.search(self.text, start)
            self.opener = (start, found.start() if found else len(self.text))
        return self.text[self.opener[1]] if self.opener[1] < place else ""

    def quotation_open(self, place: int) -> bool:
        """Does a quotation opened in the paragraph before `place`, at most `lines` lines back, run on: its last
        curly mark an opening one, or an odd number of straight marks?"""
        self._read_to(place)
        curly = self.curly >= self.window and self.text[self.curly] == "“"
        return curly or (self.straight - self.window_straight) % 2 == 1
