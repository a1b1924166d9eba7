"""Replaying and composing edits (difflib-style opcodes against an original string)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence

from .errors import EditError
from .marks import ALL_MARKS
from .model import Edit


def _removes_content(old: str, new: str) -> bool:
    """Does replacing ``old`` by ``new`` drop a character that is neither a quotation
    mark nor whitespace (an entity's ``;``, mojibake, a dialogue dash)?"""
    kept = [c for c in new if c not in ALL_MARKS and not c.isspace()]
    return [c for c in old if c not in ALL_MARKS and not c.isspace()] != kept


def check_edits(text: str, edits: Sequence[Edit]) -> None:
    """Raise :class:`EditError` unless ``edits`` are sorted, in bounds and non-overlapping."""
    last = 0
    for edit in edits:
        if not 0 <= edit.start <= edit.end <= len(text):
            raise EditError(
                f"edit {edit.start}:{edit.end} lies outside a text of {len(text)} characters"
            )
        if edit.start < last:
            raise EditError(f"edit {edit.start}:{edit.end} overlaps or precedes the edit before it")
        last = edit.end


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """Return ``text`` with ``edits`` applied.

    Edits index ``text`` itself and must be sorted and non-overlapping (an
    insertion may touch a neighbour). This replays ``FixResult.edits``:

    >>> apply_edits("a ” b", [Edit(2, 3, "“", "QF101", "opener", True)])
    'a “ b'
    """
    if not isinstance(text, str):
        raise TypeError("apply_edits needs the original text as str")
    edits = list(edits)
    check_edits(text, edits)
    parts: list[str] = []
    pos = 0
    for edit in edits:
        parts.append(text[pos : edit.start])
        parts.append(edit.replacement)
        pos = edit.end
    parts.append(text[pos:])
    return "".join(parts)


def compose(original: str, first: Sequence[Edit], second: Sequence[Edit]) -> list[Edit]:
    """Express ``second`` (edits of ``apply_edits(original, first)``) on ``original``.

    The result replays to the same text as applying ``first`` then ``second``.
    Where a later edit touches text an earlier one produced, the two merge into
    one edit that keeps the later code and both reasons; or, when only the earlier
    one took out more than quotation marks and spaces (an entity's ``;``), the
    earlier code, the one rule that names that deletion.
    """
    if not second:
        return list(first)
    if not first:
        return list(second)
    # Where each first-pass replacement sits in the middle text.
    placed: list[tuple[int, int, Edit]] = []
    delta = 0
    for edit in first:
        m0 = edit.start + delta
        placed.append((m0, m0 + len(edit.replacement), edit))
        delta += len(edit.replacement) - (edit.end - edit.start)

    placed_ends = [m1 for _m0, m1, _e in placed]

    def to_original(position: int) -> int:
        # ``position`` lies in copied text (or on its boundary): undo the
        # growth of every first-pass edit that ends at or before it.
        k = bisect_right(placed_ends, position) - 1
        while k >= 0 and placed[k][0] == placed[k][1] == position:
            k -= 1  # an empty replacement exactly here does not precede it
        if k < 0:
            return position
        m1, edit = placed[k][1], placed[k][2]
        return position + (edit.end - m1)

    # Merge second-pass edits and first-pass replacements that overlap or touch.
    items = sorted(
        [(e.start, e.end, 1, e) for e in second] + [(m0, m1, 0, e) for m0, m1, e in placed],
        key=lambda item: (item[0], item[1]),
    )
    groups: list[list[tuple[int, int, int, Edit]]] = []
    hi = -1
    for item in items:
        if groups and item[0] <= hi:
            groups[-1].append(item)
            hi = max(hi, item[1])
        else:
            groups.append([item])
            hi = item[1]
    middle = apply_edits(original, first)
    final = apply_edits(middle, second)
    result: list[Edit] = []
    before = 0  # growth of the final text over the middle text before the current group
    for group in groups:
        seconds = [item[3] for item in group if item[2] == 1]
        first_items = [item for item in group if item[2] == 0]
        firsts = [item[3] for item in first_items]
        lo = min(item[0] for item in group)
        hi = max(item[1] for item in group)
        growth = sum(len(e.replacement) - (e.end - e.start) for e in seconds)
        if not seconds:
            result.extend(firsts)
            continue
        # The group's ends lie either on a first-pass replacement (take that
        # edit's original bound) or in copied text (map the position back).
        if first_items and lo == min(item[0] for item in first_items):
            o_start = min(e.start for e in firsts)
        else:
            o_start = to_original(lo)
        if first_items and hi == max(item[1] for item in first_items):
            o_end = max(e.end for e in firsts)
        else:
            o_end = to_original(hi)
        replacement = final[lo + before : hi + before + growth]
        everything = firsts + seconds
        # The later code, unless an earlier edit of the group took out more than marks
        # and spaces: only the rule that names such a deletion may stand for it.
        code = seconds[-1].code
        later = seconds[-1]
        if not _removes_content(middle[later.start : later.end], later.replacement):
            for e in firsts:
                if _removes_content(original[e.start : e.end], e.replacement):
                    code = e.code
                    break
        result.append(
            Edit(
                o_start,
                o_end,
                replacement,
                code,
                "; ".join(dict.fromkeys(e.reason for e in everything)),
                all(e.safe for e in everything),
            )
        )
        before += growth
    result.sort(key=lambda e: (e.start, e.end))
    return result
