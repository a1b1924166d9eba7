"""A document as the engine sees it: one prose string, mapped back to the file.

Every format turns a file into a :class:`Document`. Its ``prose`` is what the
quote engine reads: the text of every block, blocks separated by a blank line.
``pieces`` say where each run of prose comes from, so that findings and edits
made on the prose can be expressed on the file as the user has it:

- an *exact* piece is copied character for character from the file;
- an *atom* stands for a whole source range (``&laquo;`` -> ``«``); an edit may
  replace it only whole;
- a *synthetic* piece (a block break) has no source at all; an edit touching it
  cannot be made in the file.

Markup is simply absent from the prose, so an edit can never reach it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from itertools import pairwise

from ..lines import LineIndex
from ..model import Edit, Finding, Related

Encoder = Callable[[str, str], str]  # (replacement, source text it replaces) -> file text

BLOCK_BREAK = "\n\n"


def _identity(replacement: str, _replaced: str) -> str:
    return replacement


@dataclass(frozen=True, slots=True)
class Piece:
    start: int  # prose offsets
    end: int
    src_start: int  # source offsets
    src_end: int
    exact: bool  # prose[start:end] == source[src_start:src_end]
    editable: bool = True  # False: shown to the engine, never changed (``\\"`` in Markdown)

    @property
    def synthetic(self) -> bool:
        return not self.exact and self.src_start == self.src_end


@dataclass(frozen=True, slots=True)
class Suppression:
    """Codes (prefixes; empty means every code) ignored in ``prose[start:end]``."""

    start: int
    end: int
    codes: tuple[str, ...]

    def covers(self, code: str, offset: int) -> bool:
        inside = self.start <= offset < self.end
        return inside and (not self.codes or any(code.startswith(c) for c in self.codes))


@dataclass(frozen=True)
class Document:
    format: str
    source: str
    prose: str
    pieces: tuple[Piece, ...]
    suppressions: tuple[Suppression, ...] = ()
    ignore_file: bool = False
    encode: Encoder = _identity
    # ignore-line comments: (source offset of the comment, codes; empty: every code)
    line_suppressions: tuple[tuple[int, tuple[str, ...]], ...] = ()
    _starts: list[int] = field(default_factory=list, repr=False, compare=False)
    _src_lines: list[LineIndex] = field(default_factory=list, repr=False, compare=False)
    _by_start: list[Suppression] = field(default_factory=list, repr=False, compare=False)
    _reach: list[int] = field(default_factory=list, repr=False, compare=False)
    _suppression_starts: list[int] = field(default_factory=list, repr=False, compare=False)

    # -- positions ---------------------------------------------------------

    def _piece_at(self, offset: int) -> int:
        if not self._starts:
            self._starts.extend(p.start for p in self.pieces)
        return bisect_right(self._starts, offset) - 1

    def source_offset(self, offset: int, *, end: bool = False) -> int:
        """Where prose ``offset`` lies in the source (``end``: as the end of a span)."""
        if not self.pieces:
            return 0
        k = self._piece_at(offset - 1 if end and offset > 0 else offset)
        k = min(max(k, 0), len(self.pieces) - 1)
        piece = self.pieces[k]
        if piece.exact:
            return piece.src_start + min(max(offset - piece.start, 0), piece.end - piece.start)
        if piece.synthetic:
            # The nearest real piece: synthetic ones come alone or in twos, so this is short.
            if end:
                j = k - 1
                while j >= 0 and self.pieces[j].synthetic:
                    j -= 1
                return self.pieces[j].src_end if j >= 0 else 0
            j = k + 1
            while j < len(self.pieces) and self.pieces[j].synthetic:
                j += 1
            return self.pieces[j].src_start if j < len(self.pieces) else len(self.source)
        return piece.src_end if (end or offset > piece.start) else piece.src_start

    def source_position(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in characters) of source ``offset``."""
        if not self._src_lines:
            self._src_lines.append(LineIndex(self.source))
        return self._src_lines[0].position(offset)

    # -- findings and edits --------------------------------------------------

    def _line_suppressed(self, code: str, offset: int) -> bool:
        """An ``ignore-line`` comment on the file line of prose ``offset`` covers ``code``."""
        line = self.source_position(self.source_offset(offset))[0]
        return any(
            self.source_position(at)[0] == line
            and (not codes or any(code.startswith(c) for c in codes))
            for at, codes in self.line_suppressions
        )

    def suppressed(self, code: str, offset: int) -> bool:
        if self.ignore_file:
            return True
        if self.line_suppressions and self._line_suppressed(code, offset):
            return True
        if not self.suppressions:
            return False
        if not self._by_start:
            self._by_start.extend(sorted(self.suppressions, key=lambda s: s.start))
            reach = 0
            for suppression in self._by_start:
                reach = max(reach, suppression.end)
                self._reach.append(reach)
                self._suppression_starts.append(suppression.start)
        # Only suppressions that start before ``offset`` and reach past it can cover it.
        k = bisect_right(self._suppression_starts, offset) - 1
        while k >= 0 and self._reach[k] > offset:
            if self._by_start[k].covers(code, offset):
                return True
            k -= 1
        return False

    def map_edit(self, edit: Edit) -> Edit | None:
        """Express a prose edit on the source, or ``None`` if it would touch markup."""
        old = self.prose[edit.start : edit.end]
        new = edit.replacement
        lead = 0
        while lead < min(len(old), len(new)) and old[lead] == new[lead]:
            lead += 1
        trail = 0
        while trail < min(len(old), len(new)) - lead and old[-1 - trail] == new[-1 - trail]:
            trail += 1
        start, end = edit.start + lead, edit.end - trail
        new = new[lead : len(new) - trail]
        span = self._source_span(start, end)
        if span is None:
            return None
        src_start, src_end = span
        replacement = self.encode(new, self.source[src_start:src_end])
        return replace(edit, start=src_start, end=src_end, replacement=replacement)

    def _source_span(self, start: int, end: int) -> tuple[int, int] | None:
        if start == end:
            k = self._piece_at(start)
            if 0 <= k < len(self.pieces) and self.pieces[k].start == start:
                before = self.pieces[k - 1] if k > 0 else None
                after = self.pieces[k]
            elif 0 <= k < len(self.pieces):
                before, after = self.pieces[k], None
                if before.end != start:  # inside a piece
                    if not before.exact:
                        return None
                    offset = before.src_start + start - before.start
                    return offset, offset
            else:
                before, after = None, self.pieces[0] if self.pieces else None
            if any(p is not None and not p.editable for p in (before, after)):
                return None  # nothing is inserted beside text that must stay as it is
            if before is not None and not before.synthetic:
                return before.src_end, before.src_end
            if after is not None and not after.synthetic:
                return after.src_start, after.src_start
            return None
        first, last = self._piece_at(start), self._piece_at(end - 1)
        if first < 0:
            return None
        covered = self.pieces[first : last + 1]
        if any(p.synthetic or not p.editable for p in covered):
            return None
        for left, right in pairwise(covered):
            if left.src_end != right.src_start:
                return None  # markup lies between: the edit would change it
        head, tail = covered[0], covered[-1]
        if not head.exact and start != head.start:
            return None
        if not tail.exact and end != tail.end:
            return None
        src_start = head.src_start + (start - head.start if head.exact else 0)
        src_end = tail.src_start + (end - tail.start) if tail.exact else tail.src_end
        return src_start, src_end

    def _source_range(self, start: int, end: int) -> tuple[int, int, int, int]:
        """Source start, end, line and column of the prose span ``start:end``."""
        src_start = self.source_offset(start)
        src_end = max(src_start, self.source_offset(end, end=True))
        line, column = self.source_position(src_start)
        return src_start, src_end, line, column

    def map_related(self, related: Related) -> Related:
        start, end, line, column = self._source_range(related.start, related.end)
        return replace(related, start=start, end=end, line=line, column=column)

    def map_finding(self, finding: Finding) -> Finding:
        """Express a prose finding on the source, with its repair if that is possible.

        Related spans are mapped too, and a message that names their
        positions is written again from its template with the file's.
        """
        start, end, line, column = self._source_range(finding.start, finding.end)
        fix = self.map_edit(finding.fix) if finding.fix is not None else None
        related = tuple(self.map_related(r) for r in finding.related)
        message = finding.message
        if finding.template:
            message = Finding.render(finding.template, related)
            if fix is not None and fix.reason == finding.message:
                fix = replace(fix, reason=message)
        return replace(
            finding,
            start=start,
            end=end,
            line=line,
            column=column,
            fix=fix,
            related=related,
            message=message,
        )


class Builder:
    """Collect prose pieces in source order; formats call it as they walk a file."""

    def __init__(self, source: str) -> None:
        self.source = source
        self._parts: list[str] = []
        self._pieces: list[Piece] = []
        self._length = 0
        self._break = False  # a block break is due before the next text
        self._newline: int | None = None  # source offset of a due in-block newline
        self._pending: tuple[str, ...] | None = None  # suppression for the next block
        self._open: tuple[int, tuple[str, ...]] | None = None
        self._suppressions: list[Suppression] = []
        self._lines: list[tuple[int, tuple[str, ...]]] = []
        self.ignore_file = False

    def _add(
        self, text: str, src_start: int, src_end: int, exact: bool, editable: bool = True
    ) -> None:
        if not text:
            return
        self._parts.append(text)
        self._pieces.append(
            Piece(self._length, self._length + len(text), src_start, src_end, exact, editable)
        )
        self._length += len(text)

    def _flush(self) -> None:
        if self._break:
            if self._length:
                self._add(BLOCK_BREAK, 0, 0, False)
            self._break = False
            self._newline = None
            self._close_suppression()
            if self._pending is not None:
                self._open = (self._length, self._pending)
                self._pending = None
        elif self._newline is not None:
            self._add("\n", self._newline, self._newline + 1, True)
            self._newline = None

    def text(self, start: int, end: int) -> None:
        """Copy ``source[start:end]`` into the prose (``\\r`` before ``\\n`` is left out)."""
        if start >= end:
            return
        self._flush()
        pos = start
        while pos < end:
            cr = self.source.find("\r\n", pos, end)
            stop = end if cr < 0 else cr
            self._add(self.source[pos:stop], pos, stop, True)
            if cr < 0:
                break
            self._add("\n", cr, cr + 2, False)
            pos = cr + 2

    def atom(self, text: str, start: int, end: int, *, editable: bool = True) -> None:
        """Add ``text`` standing for the whole of ``source[start:end]``."""
        self._flush()
        self._add(text, start, end, False, editable)

    def newline(self, offset: int) -> None:
        """A line break at source ``offset`` inside the current block."""
        if not self._break and self._length:
            self._newline = offset

    def block_break(self) -> None:
        self._break = True
        self._newline = None

    def suppress_next_block(self, codes: tuple[str, ...], *, block_break: bool = True) -> None:
        """Ignore ``codes`` (every code if empty) in the next block."""
        self._pending = codes
        if block_break:
            self.block_break()

    def suppress_line(self, offset: int, codes: tuple[str, ...]) -> None:
        """Ignore ``codes`` (every code if empty) on the source line holding ``offset``."""
        self._lines.append((offset, codes))

    def _close_suppression(self) -> None:
        if self._open is not None:
            start, codes = self._open
            self._suppressions.append(Suppression(start, self._length, codes))
            self._open = None

    @property
    def at_block_start(self) -> bool:
        """True before the first text of a block."""
        return self._break or not self._length

    @property
    def length(self) -> int:
        return self._length

    def build(self, fmt: str, encode: Encoder = _identity) -> Document:
        self._close_suppression()
        return Document(
            fmt,
            self.source,
            "".join(self._parts),
            tuple(self._pieces),
            tuple(self._suppressions),
            self.ignore_file,
            encode,
            line_suppressions=tuple(self._lines),
        )
