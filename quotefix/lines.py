"""Line and column numbers: one index for every part of quotefix that needs them.

Lines are counted by ``\\n`` (so ``\\r\\n`` files get the same numbers) and
columns count characters (code points), both from 1.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Sequence

_LIST_LINES = 4096


class LineIndex:
    """Where each line of a text starts; built on first use, then O(log n) per query.

    >>> index = LineIndex("one\\ntwo\\n")
    >>> index.position(5), index.end_position(4, 7), index.line_span(5)
    ((2, 2), (2, 3), (4, 7))
    """

    __slots__ = ("_starts", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: Sequence[int] | None = None

    @property
    def starts(self) -> Sequence[int]:
        if self._starts is None:
            starts = [0]
            find = self.text.find
            i = find("\n")
            while i != -1:
                starts.append(i + 1)
                i = find("\n", i + 1)
            # A long text has a line start per paragraph and blank line: in a list each
            # is an int object (28 bytes more than in an array). A short text keeps the
            # list, which bisect reads faster.
            self._starts = array("q", starts) if len(starts) > _LIST_LINES else starts
        return self._starts

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column of ``offset``."""
        starts = self._starts if self._starts is not None else self.starts
        line = bisect_right(starts, offset)
        return line, offset - starts[line - 1] + 1

    def end_position(self, start: int, end: int) -> tuple[int, int]:
        """Line and column of the last character of ``text[start:end]`` (of ``start`` if empty)."""
        return self.position(max(start, end - 1))

    def line_span(self, offset: int) -> tuple[int, int]:
        """Start and end (before the ``\\n``) of the line holding ``offset``."""
        starts = self.starts
        line = bisect_right(starts, offset)
        start = starts[line - 1]
        end = starts[line] - 1 if line < len(starts) else len(self.text)
        return start, end

    def offset(self, line: int, column: int) -> int | None:
        """The offset of a 1-based line and column, or ``None`` outside the text."""
        starts = self.starts
        if not 1 <= line <= len(starts):
            return None
        offset = starts[line - 1] + column - 1
        return offset if 0 <= offset <= len(self.text) else None


__all__ = ["LineIndex"]
