"""Unified diffs built from the edits themselves, in one pass.

Lines end at ``\\n`` only, as ``patch`` and ``git apply`` read them: a lone
``\\r``, a form feed, ``\\x85`` or U+2028 inside a line stays inside it
(``str.splitlines`` would cut there and give a diff that ``patch`` rejects).
Working from the edits, not from a line comparison, keeps the cost linear in
the size of the file whatever its lines look like.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import Protocol

CONTEXT = 3  # unchanged lines shown around each change, as diff -u does
NO_NEWLINE = "\\ No newline at end of file\n"


class _Edit(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def replacement(self) -> str: ...


def _lines(text: str) -> list[str]:
    """``text`` cut after each ``\\n`` (the last line may lack one)."""
    lines = text.split("\n")
    out = [line + "\n" for line in lines[:-1]]
    if lines[-1]:
        out.append(lines[-1])
    return out


def _range(start: int, count: int) -> str:
    """A hunk range as ``diff -u`` writes it (``start`` counts from 0)."""
    if count == 1:
        return str(start + 1)
    return f"{start + 1 if count else start},{count}"


def _show(sign: str, line: str) -> str:
    return sign + line if line.endswith("\n") else sign + line + "\n" + NO_NEWLINE


def unified_diff(path: str, old: str, edits: Sequence[_Edit], context: int = CONTEXT) -> str:
    """The diff that turns ``old`` into ``old`` with ``edits`` applied.

    ``edits`` must be sorted and must not overlap (as :func:`quotefix.apply_edits`
    takes them).

    >>> from quotefix import Edit
    >>> print(unified_diff("a.txt", "one\\ntwo\\r\\n", [Edit(4, 7, "2", "QF0", "", True)]), end="")
    --- a.txt
    +++ a.txt
    @@ -1,2 +1,2 @@
     one
    -two\r
    +2\r
    """
    if not edits:
        return ""
    starts = [0]
    position = old.find("\n")
    while position >= 0:
        if position + 1 < len(old):
            starts.append(position + 1)
        position = old.find("\n", position + 1)
    count = len(starts) if old else 0

    def line_of(offset: int) -> int:
        if offset >= len(old) and (not old or old.endswith("\n")):
            return count  # after the last line break: a line of its own
        return bisect_right(starts, offset) - 1

    def line_end(line: int) -> int:
        return starts[line + 1] if line + 1 < count else len(old)

    # Groups of whole lines that the edits change: (first line, last line, new text).
    groups: list[tuple[int, int, str]] = []
    k = 0
    while k < len(edits):
        first = line_of(edits[k].start)
        last = line_of(max(edits[k].start, edits[k].end - 1))
        j = k + 1
        while True:
            while j < len(edits) and line_of(edits[j].start) <= last:
                last = max(last, line_of(max(edits[j].start, edits[j].end - 1)))
                j += 1
            begin, stop = (starts[first] if first < count else len(old)), line_end(last)
            parts, pos = [], begin
            for edit in edits[k:j]:
                parts.append(old[pos : edit.start])
                parts.append(edit.replacement)
                pos = edit.end
            parts.append(old[pos:stop])
            new = "".join(parts)
            # A changed line that lost its line break joins the next line: take it in.
            if new and not new.endswith("\n") and stop < len(old):
                last += 1
                continue
            break
        groups.append((first, min(last, count - 1), new))
        k = j

    out = [f"--- {path}\n", f"+++ {path}\n"]
    shift = 0  # new line number minus old line number, before the current group
    g = 0
    while g < len(groups):
        # One hunk: groups whose context overlaps or touches.
        h = g
        while h + 1 < len(groups) and groups[h + 1][0] - context <= groups[h][1] + context + 1:
            h += 1
        hunk_start = max(0, groups[g][0] - context)
        hunk_stop = min(count, groups[h][1] + 1 + context)  # exclusive, old lines
        body: list[str] = []
        old_len = new_len = 0
        line = hunk_start
        new_start = hunk_start + shift
        for first, last, new in groups[g : h + 1]:
            for index in range(line, min(first, count)):
                body.append(_show(" ", _line(old, starts, index, count)))
                old_len += 1
                new_len += 1
            for index in range(first, last + 1):
                body.append(_show("-", _line(old, starts, index, count)))
                old_len += 1
            added = _lines(new)
            body.extend(_show("+", text) for text in added)
            new_len += len(added)
            shift += len(added) - (last + 1 - first)
            line = last + 1
        for index in range(line, hunk_stop):
            body.append(_show(" ", _line(old, starts, index, count)))
            old_len += 1
            new_len += 1
        out.append(f"@@ -{_range(hunk_start, old_len)} +{_range(new_start, new_len)} @@\n")
        out.extend(body)
        g = h + 1
    return "".join(out)


def _line(text: str, starts: Sequence[int], index: int, count: int) -> str:
    return text[starts[index] : starts[index + 1] if index + 1 < count else len(text)]
