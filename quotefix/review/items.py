"""What the review page shows of one file: its prose and the findings placed in it.

A file's findings point into the file as it is on disk; the page shows the
text as the reader sees it (the prose of Markdown and HTML, without markup),
so every position is carried from the file to the prose here, once. Each
finding becomes an :class:`Item`: its marked extent in the prose, its repair
as *before* and *after* text, whether a repair will be (or would be) made and
whether it needs a person, and the other places it refers to
(:func:`related_locations`).
"""

from __future__ import annotations

import html
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from ..formats import Document, parse
from ..model import Edit, Finding, Severity
from ..rules import FAMILIES, RULES
from ..runner import FileResult

FixKind = Literal["safe", "unsafe", "none"]

# Short, stable names of the families, used in CSS classes, filters and data-family.
FAMILY_KEYS = {
    "QF1": "pairing",
    "QF2": "style",
    "QF3": "typography",
    "QF4": "fragments",
    "QF5": "boilerplate",
}
# Boilerplate findings mark a label ("READ ALSO:"); the block they stand for runs
# to the end of the line. QF504 (an inline editor's note) is marked whole.
_BLOCK_CODES = ("QF501", "QF502", "QF503", "QF505")
_RULES = {rule.code: rule for rule in RULES}


@dataclass(frozen=True, slots=True)
class Location:
    """Another place a finding refers to (the partner of a mark, say)."""

    line: int  # 1-based, in the file
    column: int
    label: str  # what the place is, for the link's text
    offset: int  # the place in the prose, where the page puts its anchor


@dataclass(frozen=True, slots=True)
class Item:
    """One finding (or one repair that no finding announced) as the page shows it."""

    key: str  # element id, unique in the page
    code: str
    name: str
    family: str  # a FAMILY_KEYS value
    severity: Severity
    message: str
    line: int  # where it starts in the file, 1-based
    column: int
    start: int  # marked extent, in prose offsets
    end: int
    fix: FixKind
    before: str | None  # the prose text the repair replaces (None: no repair)
    after: str | None  # what replaces it, as the reader will see it
    reason: str  # the repair's explanation ("" without one)
    applied: bool  # `fix` makes (or, with --diff, would make) this repair
    person: bool  # a person has to decide
    related: tuple[Location, ...] = ()


@dataclass(frozen=True, slots=True)
class FileView:
    index: int
    path: str
    format: str
    error: str | None
    prose: str
    items: tuple[Item, ...]
    fixes: int  # repairs made or, with --diff, that would be made


class ProseMap:
    """File offsets to prose offsets: the inverse of ``Document.source_offset``."""

    def __init__(self, document: Document) -> None:
        self._pieces = [p for p in document.pieces if not p.synthetic]
        self._starts = [p.src_start for p in self._pieces]
        self._length = len(document.prose)
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", document.source)]
        self._source_length = len(document.source)

    def start(self, offset: int) -> int:
        """Where file ``offset`` lies in the prose, as the start of a span."""
        k = bisect_right(self._starts, offset) - 1
        if k >= 0 and offset < self._pieces[k].src_end:
            piece = self._pieces[k]
            return piece.start + (offset - piece.src_start if piece.exact else 0)
        # In markup, or before the first text: the next text starts the span.
        return self._pieces[k + 1].start if k + 1 < len(self._pieces) else self._length

    def end(self, offset: int) -> int:
        """Where file ``offset`` lies in the prose, as the end of a span."""
        k = bisect_left(self._starts, offset) - 1
        if k < 0:
            return 0
        piece = self._pieces[k]
        if offset <= piece.src_end:
            return piece.start + (offset - piece.src_start) if piece.exact else piece.end
        return piece.end

    def position(self, line: int, column: int) -> int | None:
        """The prose offset of a 1-based file position, or None if it is not in the file."""
        if not 1 <= line <= len(self._line_starts):
            return None
        offset = self._line_starts[line - 1] + column - 1
        if not 0 <= offset <= self._source_length:
            return None
        return self.start(offset)


_RELATED_LABELS = {
    "opening-mark": "opening mark",
    "closing-mark": "closing mark",
    "paragraph": "paragraph",
}


def related_locations(finding: Finding, where: ProseMap) -> tuple[Location, ...]:
    """The other places a finding refers to (``Finding.related``), each with its
    anchor in the prose."""
    places = []
    for related in finding.related:
        offset = where.position(related.line, related.column)
        if offset is not None:
            what = _RELATED_LABELS.get(related.kind, related.kind)
            label = f"{what} {related.line}:{related.column}"
            places.append(Location(related.line, related.column, label, offset))
    return tuple(places)


def _display(text: str, fmt: str) -> str:
    """A replacement as the reader will see it (HTML writes marks as entities)."""
    return html.unescape(text) if fmt == "html" else text


def _line_end(prose: str, offset: int) -> int:
    end = prose.find("\n", offset)
    return len(prose) if end < 0 else end


class _Builder:
    def __init__(self, result: FileResult, index: int, repairs_listed: bool) -> None:
        self.result = result
        self.index = index
        self.document = parse(result.text, result.format)
        self.where = ProseMap(self.document)
        self.prose = self.document.prose
        # the repairs made, in order (they never overlap), and which findings took them
        self.edits = sorted(result.edits, key=lambda e: (e.start, e.end))
        self.edit_starts = [e.start for e in self.edits]
        self.exact = {(e.start, e.end, e.replacement): k for k, e in enumerate(self.edits)}
        self.taken: set[int] = set()
        # check: a safe repair is one `fix` makes; fix: what the edits say.
        self.repairs_listed = repairs_listed
        self.items: list[Item] = []

    def _key(self) -> str:
        return f"f{self.index}-{len(self.items)}"

    def _extent(self, code: str, start: int, end: int, fix: Edit | None) -> tuple[int, int]:
        begin, stop = self.where.start(start), self.where.end(end)
        stop = max(begin, stop)
        if code in _BLOCK_CODES:
            stop = max(stop, _line_end(self.prose, begin))
        if fix is not None and code.startswith("QF5"):
            # a removal shows the whole block it takes away
            begin = min(begin, self.where.start(fix.start))
            stop = max(stop, self.where.end(fix.end))
        return begin, stop

    def _repair(self, edit: Edit) -> tuple[str, str]:
        before = self.prose[self.where.start(edit.start) : self.where.end(edit.end)]
        return before, _display(edit.replacement, self.result.format)

    def _was_applied(self, finding: Finding) -> Edit | None:
        fix = finding.fix
        if fix is not None:
            k = self.exact.get((fix.start, fix.end, fix.replacement))
            if k is not None and k not in self.taken:
                self.taken.add(k)
                return self.edits[k]
        # A later pass merged or redid the repair: an edit of the same rule that
        # touches the finding still answers it. Edits are sorted and disjoint, so
        # those touching [lo, hi] are the few just before hi.
        lo = finding.start if fix is None else min(finding.start, fix.start)
        hi = finding.end if fix is None else max(finding.end, fix.end)
        k = bisect_right(self.edit_starts, hi) - 1
        while k >= 0 and self.edits[k].end >= lo:
            if k not in self.taken and self.edits[k].code == finding.code:
                self.taken.add(k)
                return self.edits[k]
            k -= 1
        return None

    def add_finding(self, finding: Finding) -> None:
        edit = finding.fix
        applied = False
        if self.repairs_listed:
            made = self._was_applied(finding)
            applied = made is not None
            edit = made if made is not None else edit
        fix: FixKind = "none" if edit is None else ("safe" if edit.safe else "unsafe")
        before, after = self._repair(edit) if edit is not None else (None, None)
        start, end = self._extent(finding.code, finding.start, finding.end, edit)
        person = not applied if self.repairs_listed else fix != "safe"
        self.items.append(
            Item(
                self._key(),
                finding.code,
                finding.name,
                FAMILY_KEYS.get(finding.code[:3], "other"),
                finding.severity,
                finding.message,
                finding.line,
                finding.column,
                start,
                end,
                fix,
                before,
                after,
                edit.reason if edit is not None else "",
                applied,
                person,
                related_locations(finding, self.where),
            )
        )

    def add_edit(self, edit: Edit) -> None:
        """A repair no finding of the original announced (a later pass found it)."""
        rule = _RULES.get(edit.code)
        line, column = self.document.source_position(edit.start)
        start, end = self._extent(edit.code, edit.start, edit.end, edit)
        before, after = self._repair(edit)
        self.items.append(
            Item(
                self._key(),
                edit.code,
                rule.name if rule else "",
                FAMILY_KEYS.get(edit.code[:3], "other"),
                rule.severity if rule else "warning",
                edit.reason,
                line,
                column,
                start,
                end,
                "safe" if edit.safe else "unsafe",
                before,
                after,
                edit.reason,
                True,
                False,
            )
        )

    def build(self) -> FileView:
        for finding in self.result.findings:
            self.add_finding(finding)
        if self.repairs_listed:
            for k, edit in enumerate(self.edits):
                if k not in self.taken:
                    self.add_edit(edit)
            order = sorted(self.items, key=lambda i: (i.line, i.column, i.code))
            self.items = [replace(item, key=f"f{self.index}-{k}") for k, item in enumerate(order)]
        return FileView(
            self.index,
            self.result.path,
            self.result.format,
            self.result.error,
            self.prose,
            tuple(self.items),
            self.result.fixes,
        )


def file_view(result: FileResult, index: int, repairs_listed: bool) -> FileView:
    """The page's view of one file.

    ``repairs_listed``: the results come from ``fix`` and ``result.edits`` are
    the repairs made; otherwise (``check``) a safe repair is what ``fix`` would
    make and anything else needs a person.
    """
    if result.error:
        return FileView(index, result.path, result.format, result.error, "", (), 0)
    return _Builder(result, index, repairs_listed).build()


def family_name(key: str) -> str:
    prefix = {value: prefix for prefix, value in FAMILY_KEYS.items()}.get(key)
    family = FAMILIES.get(prefix or "")
    return family.title if family is not None else key


def views(results: Sequence[FileResult], repairs_listed: bool) -> list[FileView]:
    return [file_view(result, k, repairs_listed) for k, result in enumerate(results)]
