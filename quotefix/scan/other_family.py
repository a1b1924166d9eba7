"""A double quotation closed with a single mark: ``“This is a declaration of war’ and``.

Machine translation sometimes closes a double quotation with ``’`` (or ``‘``,
``'``). The solver leaves such an opener unclosed; this step looks, in the
rest of its paragraph, for a single closer that can end it: after a word,
before a space, punctuation or the end, not between letters, not a plural
possessive before a lower-case word (``the workers’ demands``) and not the
closer of a single quotation opened inside (``‘a detail’``). With exactly
one such closer before the next double mark the pair is certain; its glyph
is then the plan's to change (QF102).
"""

from __future__ import annotations

from .double import GLYPHS, MarkTable
from .pairs import Pair

_SINGLE_CLOSERS = "’'‘"
_SINGLE_OPENERS = "‘'‚"


def _closers(text: str, start: int, end: int) -> list[int]:
    """Single closers between ``start`` and ``end`` that nothing inside opened."""
    found: list[int] = []
    depth = 0
    for i in range(start, end):
        char = text[i]
        if char not in _SINGLE_CLOSERS and char not in _SINGLE_OPENERS:
            continue
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if (before.isalnum() and after.isalnum()) or "'" in (before, after):
            continue  # an apostrophe (don’t), or two typed for a double mark (TeX: '')
        if char in _SINGLE_OPENERS and not before.isalnum() and after.isalnum():
            depth += 1  # ‘a detail’ inside
            continue
        closes = before.isalnum() or before in ".,!?"
        if char in _SINGLE_CLOSERS and closes and not after.isalnum():
            if depth:
                depth -= 1
                continue
            if before == "s" and after == " " and text[i + 2 : i + 3].islower():
                continue  # the workers’ demands
            found.append(i)
    return found


def close_with_other_family(
    text: str, marks: MarkTable, pairs: list[Pair], unclosed: list[int]
) -> list[int]:
    """Pair unclosed double openers with a single closer of their paragraph.

    Adds the pairs to ``pairs`` (kept sorted) and returns the openers still unclosed.
    """
    left: list[int] = []
    positions = marks.pos
    for index in unclosed:
        start = positions[index]
        # The quotation can end before the paragraph's end or the next double mark.
        end = positions[index + 1] if index + 1 < len(marks) else len(text)
        newline = text.find("\n", start)
        if 0 <= newline < end:
            end = newline
        candidates = _closers(text, start + 1, end)
        if not candidates:
            left.append(index)
            continue
        close = candidates[0]
        pairs.append(
            Pair(
                start,
                close,
                GLYPHS[marks.chars[index]],
                text[close],
                1,
                bool(marks.certain[index]) and len(candidates) == 1,
            )
        )
    pairs.sort(key=lambda p: p.open)
    return left


__all__ = ["close_with_other_family"]
