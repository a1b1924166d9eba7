"""A block's text as one string, with a map back to the file.

Markdown reads a paragraph or an HTML block as a whole, because inline
constructs run across line breaks (a tag whose attributes continue on the
next line, a link title on the next line, a code span over a line break). The
lines of a block are not contiguous in the file — block-quote markers and
indentation lie between them — so a :class:`View` joins the lines' contents
with ``\\n`` and keeps where each line starts in the file. A :class:`ViewSink`
takes view offsets and hands exact file offsets to the document
:class:`~quotefix.formats.document.Builder`, so every prose character still
points at its own place in the file.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from .document import Builder


@dataclass(frozen=True)
class Line:
    start: int  # source offset of the line's content
    end: int  # source offset after it (before the line ending)
    newline: int | None  # source offset of the "\n" after it, if any


@dataclass
class View:
    source: str
    lines: Sequence[Line]
    text: str = field(init=False)
    starts: list[int] = field(init=False)  # view offset of each line

    def __post_init__(self) -> None:
        parts, starts, length = [], [], 0
        for line in self.lines:
            starts.append(length)
            parts.append(self.source[line.start : line.end])
            length += line.end - line.start + 1
        self.text = "\n".join(parts)
        self.starts = starts

    def line_at(self, offset: int) -> int:
        return max(0, bisect_right(self.starts, offset) - 1)

    def to_source(self, offset: int) -> int:
        """The source offset of view ``offset`` (a joining ``\\n`` maps to its line's end)."""
        if not self.lines:
            return 0
        k = self.line_at(offset)
        line = self.lines[k]
        return min(line.start + offset - self.starts[k], line.end)


class ViewSink:
    """A builder that takes view offsets: what readers write prose into."""

    def __init__(self, builder: Builder, view: View) -> None:
        self.builder = builder
        self.view = view

    def text(self, start: int, end: int) -> None:
        """Copy ``view.text[start:end]`` into the prose, line by line."""
        view = self.view
        k = view.line_at(start)
        while k < len(view.lines) and view.starts[k] < end:
            line = view.lines[k]
            first = max(start, view.starts[k])
            last = min(end, view.starts[k] + line.end - line.start)
            if last > first:
                offset = line.start - view.starts[k]
                self.builder.text(first + offset, last + offset)
            joint = view.starts[k] + line.end - line.start  # the "\n" after this line
            if start <= joint < end and line.newline is not None and k + 1 < len(view.lines):
                self.builder.newline(line.newline)
            k += 1

    def atom(self, text: str, start: int, end: int, *, editable: bool = True) -> None:
        self.builder.atom(text, self.view.to_source(start), self.view.to_source(end),
                          editable=editable)

    def block_break(self) -> None:
        self.builder.block_break()

    def suppress_next_block(self, codes: tuple[str, ...], *, block_break: bool = True) -> None:
        self.builder.suppress_next_block(codes, block_break=block_break)

    def suppress_line(self, offset: int, codes: tuple[str, ...]) -> None:
        self.builder.suppress_line(self.view.to_source(offset), codes)

    @property
    def at_block_start(self) -> bool:
        return self.builder.at_block_start

    @property
    def ignore_file(self) -> bool:
        return self.builder.ignore_file

    @ignore_file.setter
    def ignore_file(self, value: bool) -> None:
        self.builder.ignore_file = value
