"""Quotations of the double family: pairs built from the solver's roles."""

from __future__ import annotations

from dataclasses import dataclass

from .double import GLYPHS, MarkTable, Role
from .solver import Boundary, Decision

_OPEN, _CLOSE, _REOPEN, _STRAY = (
    Role.OPEN.value,
    Role.CLOSE.value,
    Role.REOPEN.value,
    Role.STRAY.value,
)


@dataclass(slots=True)
class Pair:
    """An opener and its closer (and English paragraph reopeners in between)."""

    open: int  # text offsets
    close: int
    open_char: str
    close_char: str
    level: int
    certain: bool
    crossed: bool = False  # runs across a paragraph break without reopening
    reopens: tuple[int, ...] = ()  # a tuple: one object fewer for the collector per pair
    parent: Pair | None = None  # for single pairs: the double quotation around them


class _Open:
    """A quotation opened and not yet closed while pairs are built.

    Most quotations close before the next one opens and never reopen: their
    lists are made only when needed.
    """

    __slots__ = ("crossed", "inside", "mark", "reopens")

    def __init__(self, mark: int) -> None:
        self.mark = mark  # index in the mark table
        self.crossed = False
        self.reopens: list[int] | None = None
        self.inside: list[Pair] | None = None  # pairs closed within it


def _give_up(stack: list[_Open], unclosed: list[int]) -> None:
    """Openers left on the stack are unclosed; what they enclose was read as
    nested only on their account, so it is a guess."""
    for entry in stack:
        unclosed.append(entry.mark)
        for pair in entry.inside or ():
            pair.certain = False
    stack.clear()


def _mirrored(marks: MarkTable, opener: int, closer: int) -> bool:
    """A pair written back to front as a whole: ``rather than” pride “, she said``.

    The opener was read against its spacing (a word glued before it), which
    alone leaves it a guess. It is certain when everything else about the
    pair is reversed too: a space after the opener and before the closer (the
    inner spaces of the source's ``« pride »``), both glyphs pointing the
    other way, and a closer that its own spacing calls a closer (punctuation
    or a space after it, never a word). The other reading, a stray closer and
    then an opener before a comma or a full stop, is two defects, one absurd.
    """
    if opener not in marks.against_spacing or not marks.certain[closer]:
        return False
    if marks.block[opener] != marks.block[closer]:
        return False
    text = marks.text
    start, end = marks.pos[opener], marks.pos[closer]
    return (
        marks.hint[opener] < 0
        and marks.hint[closer] > 0
        and marks.evidence[closer] < 0
        and text[start + 1] == " "
        and text[end - 1] == " "
        and end - start > 3
    )


def pair_double_marks(
    marks: MarkTable, decisions: list[Decision]
) -> tuple[list[Pair], list[int], list[int]]:
    """Build pairs from the solved roles; return them, and the unclosed and stray marks.

    Levels are set later, from the nesting of pairs of both families.
    """
    pairs: list[Pair] = []
    unclosed: list[int] = []
    strays: list[int] = []
    stack: list[_Open] = []
    block, role, certain, pos = marks.block, marks.role, marks.certain, marks.pos
    chars, glyph = marks.chars, GLYPHS
    previous_block = block[0] if len(block) else 0
    for index in range(len(marks)):
        here_block = block[index]
        if here_block != previous_block:
            previous_block = here_block
            decision, ambiguous = decisions[index]
            if decision is Boundary.RESET:
                _give_up(stack, unclosed)
            elif decision is Boundary.CARRY:
                for entry in stack:
                    entry.crossed = True
            if ambiguous:
                for entry in stack:
                    certain[entry.mark] = False
        here = role[index]
        if here == _OPEN:
            stack.append(_Open(index))
        elif here == _REOPEN:
            top = stack[-1]
            if top.reopens is None:
                top.reopens = []
            top.reopens.append(index)
        elif here == _CLOSE:
            entry = stack.pop()
            opener = entry.mark
            if not certain[opener] and not stack and _mirrored(marks, opener, index):
                certain[opener] = True
            sure = bool(certain[opener] and certain[index])
            reopens: tuple[int, ...] = ()
            if entry.reopens is not None:
                sure = sure and all(certain[r] for r in entry.reopens)
                reopens = tuple(pos[r] for r in entry.reopens)
            pair = Pair(
                pos[opener],
                pos[index],
                glyph[chars[opener]],
                glyph[chars[index]],
                1,
                sure,
                entry.crossed,
                reopens,
            )
            pairs.append(pair)
            for outer in stack:
                if outer.inside is None:
                    outer.inside = []
                outer.inside.append(pair)
        elif here == _STRAY:
            strays.append(index)
    _give_up(stack, unclosed)
    pairs.sort(key=lambda p: p.open)
    return pairs, unclosed, strays


__all__ = ["Pair", "pair_double_marks"]
