"""One file's text as paragraphs, with every finding's extent marked where it is.

Findings may nest (a fragment holding a mismatched mark) or overlap (a
boilerplate line and a space inside it). Elements must nest, so a finding
that is still open when an enclosing one ends is closed there and continued
after it: its first part carries the ``id``, later parts point back with
``data-for``. A finding with no extent (an insertion point) is an empty
element. Each paragraph is followed by an empty list naming the findings
that start in it; the page's script fills in their hooks, tags, repairs and
notes from the index when the file is opened, so the text is written once
and a finding's facts once.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from ..scan import paragraph_separator
from .items import FileView, Item, Location
from .markup import text


@dataclass(slots=True)
class _Range:
    start: int
    end: int
    item: Item
    first: bool  # the finding starts in this paragraph


def paragraphs(prose: str) -> list[tuple[int, int]]:
    """The paragraphs of the prose as (start, end), split as the engine splits them.

    >>> paragraphs("One.\\n\\nTwo\\nlines.\\n")
    [(0, 4), (6, 16)]
    >>> paragraphs("One.\\nTwo.")
    [(0, 4), (5, 9)]
    """
    found: list[tuple[int, int]] = []

    def add(start: int, end: int) -> None:
        while start < end and prose[start] == "\n":
            start += 1
        while end > start and prose[end - 1] == "\n":
            end -= 1
        if start < end:
            found.append((start, end))

    pos = 0
    for match in paragraph_separator(prose).finditer(prose):
        add(pos, match.start())
        pos = match.end()
    add(pos, len(prose))
    return found


def _home(ends: list[int], offset: int) -> int:
    """The paragraph an offset belongs to (between paragraphs: the next one).

    >>> [_home([4, 9], offset) for offset in (0, 4, 5, 9, 12)]
    [0, 0, 1, 1, 1]
    """
    return min(bisect_left(ends, offset), len(ends) - 1)


class _Writer:
    def __init__(self, view: FileView) -> None:
        self.view = view
        self.prose = view.prose
        self.order = {item.key: k for k, item in enumerate(view.items)}

    # The script gives each finding's first part its data-* hooks, tag and notes
    # from the index when the file is opened: the text carries only the spans.
    @staticmethod
    def _open(item: Item) -> str:
        return f'<span class="qf-f qf-{item.family}" id="{item.key}">'

    @staticmethod
    def _continue(item: Item) -> str:
        return f'<span class="qf-f qf-{item.family} qf-cont" data-for="{item.key}">'

    # -- paragraphs -------------------------------------------------------------

    def _paragraph(
        self, start: int, end: int, ranges: list[_Range], anchors: dict[int, Location]
    ) -> str:
        ranges.sort(key=lambda r: (r.start, -r.end))
        points = sorted(
            {start, end, *anchors, *(r.start for r in ranges), *(r.end for r in ranges)}
        )
        out = ['<p class="qf-p">']
        stack: list[_Range] = []
        pos = start
        k = 0
        for x in points:
            if x > pos:
                out.append(text(self.prose[pos:x]))
                pos = x
            if any(r.end == x for r in stack):
                reopen: list[_Range] = []
                while any(r.end == x for r in stack):
                    top = stack.pop()
                    if top.end == x:
                        out.append("</span>")
                    else:
                        out.append("</span>")
                        reopen.append(top)
                for r in reversed(reopen):
                    out.append(self._continue(r.item))
                    stack.append(r)
            if x in anchors:
                place = anchors[x]
                out.append(f'<span class="qf-at" data-at="{place.line}:{place.column}"></span>')
            while k < len(ranges) and ranges[k].start == x:
                r = ranges[k]
                k += 1
                out.append(self._open(r.item) if r.first else self._continue(r.item))
                if r.end == x:
                    out.append("</span>")
                else:
                    stack.append(r)
        out.append("</p>")
        return "".join(out)

    def write(self) -> str:
        blocks = paragraphs(self.prose)
        if not blocks:
            return '<p class="qf-empty">(no text)</p>' + self._notes(list(self.view.items))
        ends = [end for _start, end in blocks]
        per_block: list[list[_Range]] = [[] for _ in blocks]
        notes: list[list[Item]] = [[] for _ in blocks]
        anchors: list[dict[int, Location]] = [{} for _ in blocks]
        starts = {(item.line, item.column) for item in self.view.items}
        for item in self.view.items:
            home = _home(ends, item.start)
            if item.end > item.start == blocks[home][1] and home + 1 < len(blocks):
                home += 1  # a span that starts at a paragraph's very end belongs to the next
            notes[home].append(item)
            self._place(item, blocks, home, per_block)
            for place in item.related:
                if (place.line, place.column) in starts:
                    continue  # the link finds the finding there
                where = _home(ends, place.offset)
                start, end = blocks[where]
                anchors[where].setdefault(min(max(place.offset, start), end), place)
        out = []
        for k, (start, end) in enumerate(blocks):
            out.append(self._paragraph(start, end, per_block[k], anchors[k]))
            out.append(self._notes(notes[k]))
        return "".join(out)

    @staticmethod
    def _place(
        item: Item, blocks: list[tuple[int, int]], home: int, per_block: list[list[_Range]]
    ) -> None:
        start, end = blocks[home]
        first_start = min(max(item.start, start), end)
        if item.end <= first_start or item.start == item.end:
            per_block[home].append(_Range(first_start, first_start, item, True))
            return
        for k in range(home, len(blocks)):
            start, end = blocks[k]
            if start >= item.end:
                break
            lo, hi = max(item.start, start), min(item.end, end)
            if lo > hi:
                continue
            first = k == home
            per_block[k].append(_Range(first_start if first else lo, hi, item, first))

    def _notes(self, items: list[Item]) -> str:
        """The list the script fills with these findings' notes (by their place in the file)."""
        if not items:
            return ""
        numbers = " ".join(str(self.order[item.key]) for item in items)
        return f'<ol class="qf-notes" data-items="{numbers}"></ol>'


def file_body(view: FileView) -> str:
    """The HTML of one file's text with its findings' spans (no element from the article)."""
    return _Writer(view).write()
