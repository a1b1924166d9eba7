"""Marks of the double family (``" “ ” „ ‟ « »``): where they are and what surrounds them.

Marks are stored by column in a :class:`MarkTable` (a few bytes each, no
object per mark), so a text dense with marks costs memory in proportion to
its length. A :class:`Mark` record is made only for the marks a rule
reports (unclosed, stray, doubled).
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from itertools import compress

import regex

from ..marks import ALL_ALPHABET, DOUBLE_ALPHABET, LINE_BREAKS, SPACES
from .costs import STRONG, WEAK

_FEET_INCHES = regex.compile(r"\d\s?['’′]\s?\d{1,2}(?:[.,]\d+)?\s?$")
_OPEN_CONTEXT = "([{<—–‐‑‒―-/¿¡"
_CLOSE_CONTEXT = ".,;:!?)]}>—–‐‑‒―-/…"
_SENTENCE_PUNCT = ".,;:!?…"
_BREAKS = SPACES + LINE_BREAKS
# Identical adjacent marks that no convention uses as an empty pair: ““ is
# always one opener typed twice (”” is an empty pair in Swedish, "" anywhere).
_ALWAYS_DOUBLED = "“„«‟"
# English and German curly double marks: two of them glued with different glyphs
# are one mark typed twice when the surroundings are clear (_mixed_double).
_CURLY_DOUBLE = "“”„‟"
# One string object per glyph, shared by every mark and pair that holds it.
GLYPHS = {c: c for c in DOUBLE_ALPHABET}


class Role(Enum):
    """What a double-family mark does in its text."""

    OPEN = 0
    CLOSE = 1
    REOPEN = 2  # English: reopens, at a new paragraph, a quotation still open
    PRIME = 3  # an inch or second mark after a number (5' 11")
    STRAY = 4  # a closer with nothing to close


ROLES = tuple(Role)


@dataclass(slots=True)
class Mark:
    """One double-family mark as rules see it (possibly standing for a run: ``““``)."""

    pos: int
    char: str
    role: Role
    certain: bool
    duplicates: tuple[int, ...] = ()  # offsets of the identical marks typed after it


class MarkTable:
    """The double-family marks of a text, in order, one column per property.

    - ``pos``, ``chars``: offset and glyph;
    - ``block``, ``starts_block``: the paragraph, and whether the mark opens it;
    - ``evidence``: what the surroundings say, positive for "opener";
    - ``hint``: what the glyph says in the source's typography, likewise;
    - ``prime``: the cost of reading it as a prime (inch mark), or -1;
    - ``role``, ``certain``: filled in by the solver;
    - ``duplicates``: for a mark standing for a run (``““``), the other offsets;
    - ``against_spacing``: marks the solver read against their spacing with no
      other doubt (their only reason to be uncertain), for the pairing to judge.
    """

    __slots__ = (
        "against_spacing",
        "block",
        "certain",
        "chars",
        "duplicates",
        "evidence",
        "hint",
        "pos",
        "prime",
        "role",
        "starts_block",
        "text",
    )

    def __init__(self, text: str = "") -> None:
        self.text = text  # what the marks were found in (the solver's lexical tie-breaks read it)
        self.pos = array("q")
        self.chars = ""
        self.block = array("i")
        self.starts_block = bytearray()
        self.evidence = array("b")
        self.hint = array("b")
        self.prime = array("b")
        self.role = bytearray()
        self.certain = bytearray()
        self.duplicates: dict[int, tuple[int, ...]] = {}
        self.against_spacing: set[int] = set()

    def __len__(self) -> int:
        return len(self.pos)

    def cost_open(self, i: int) -> int:
        """What reading mark ``i`` as an opener costs: the evidence and hint against it."""
        ev, hint = self.evidence[i], self.hint[i]
        return (-ev if ev < 0 else 0) + (-hint if hint < 0 else 0)

    def cost_close(self, i: int) -> int:
        ev, hint = self.evidence[i], self.hint[i]
        return (ev if ev > 0 else 0) + (hint if hint > 0 else 0)

    def role_of(self, i: int) -> Role:
        return ROLES[self.role[i]]

    def char(self, i: int) -> str:
        return GLYPHS[self.chars[i]]

    def mark(self, i: int) -> Mark:
        """The record of mark ``i``, for a rule to report."""
        return Mark(
            self.pos[i],
            self.char(i),
            self.role_of(i),
            bool(self.certain[i]),
            self.duplicates.get(i, ()),
        )

    def positions(self, *roles: Role) -> set[int]:
        """Offsets of the marks whose role is one of ``roles``."""
        return set(compress(self.pos, self.role.translate(_role_filter(roles))))


@lru_cache(maxsize=16)
def _role_filter(roles: tuple[Role, ...]) -> bytes:
    """A ``bytes.translate`` table: 1 for the codes of ``roles``, 0 for the others."""
    wanted = {role.value for role in roles}
    return bytes(1 if code in wanted else 0 for code in range(256))


def _left(text: str, pos: int) -> str | None:
    i = pos - 1
    while i >= 0 and text[i] in ALL_ALPHABET and pos - i <= 3:
        i -= 1
    return text[i] if i >= 0 else None


def _right(text: str, pos: int) -> str | None:
    i = pos + 1
    n = len(text)
    while i < n and text[i] in ALL_ALPHABET and i - pos <= 3:
        i += 1
    return text[i] if i < n else None


_LEFT_CLASS = {**dict.fromkeys(_OPEN_CONTEXT, "open"), **dict.fromkeys(_BREAKS, "space")}
_RIGHT_CLASS = {**dict.fromkeys(_CLOSE_CONTEXT, "close"), **dict.fromkeys(_BREAKS, "space")}
# (what is left of the mark, what is right of it) -> evidence; other pairs say nothing.
_EVIDENCE = {
    ("space", "word"): STRONG,  # “word
    ("open", "word"): STRONG,  # (“word
    ("word", "space"): -STRONG,  # word”
    ("word", "close"): -STRONG,  # word”.
    ("space", "close"): -WEAK,  # French: word ».
    ("open", "space"): WEAK,  # ( “ word
}


def left_class(text: str, pos: int) -> str:
    """``space``, ``open`` or ``word``: the nearest non-mark character before ``pos``."""
    ch = _left(text, pos)
    return "space" if ch is None else _LEFT_CLASS.get(ch, "word")


def right_class(text: str, pos: int) -> str:
    """``space``, ``close`` or ``word``: the nearest non-mark character after ``pos``."""
    ch = _right(text, pos)
    return "space" if ch is None else _RIGHT_CLASS.get(ch, "word")


def neighbour_classes(text: str, pos: int) -> tuple[str, str]:
    """``(left_class(text, pos), right_class(text, pos))`` in one call, read
    straight from the two neighbours when neither is a quotation mark."""
    before = text[pos - 1] if pos else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    if before in ALL_ALPHABET or after in ALL_ALPHABET:
        return left_class(text, pos), right_class(text, pos)
    return _LEFT_CLASS.get(before, "word"), _RIGHT_CLASS.get(after, "word")


def evidence(text: str, pos: int, end: int | None = None) -> int:
    """How much the surroundings say "opener" (positive) or "closer" (negative)."""
    # The nearest characters that are not quotation marks, on each side
    # (_left and _right, inlined: this runs for every mark).
    i = pos - 1
    while i >= 0 and text[i] in ALL_ALPHABET and pos - i <= 3:
        i -= 1
    left = _LEFT_CLASS.get(text[i], "word") if i >= 0 else "space"
    last = (end if end is not None else pos + 1) - 1
    j = last + 1
    n = len(text)
    while j < n and text[j] in ALL_ALPHABET and j - last <= 3:
        j += 1
    right = _RIGHT_CLASS.get(text[j], "word") if j < n else "space"
    found = _EVIDENCE.get((left, right))
    if found is not None:
        return found
    if left == "space" and right == "space":
        # French spacing on both sides: punctuation before the space means a closer.
        i = pos - 1
        while i >= 0 and text[i] in SPACES:
            i -= 1
        if i >= 0 and text[i] in _SENTENCE_PUNCT:
            return -1
    return 0


def _prime_cost(text: str, pos: int, char: str) -> int:
    """The cost of reading the mark at ``pos`` (after a digit) as a prime, or -1 for never."""
    if _FEET_INCHES.search(text, max(0, pos - 12), pos):
        return 0
    # A straight mark after a number is an inch mark unless pairing needs it
    # (``the "Vision 2030" plan``): cheaper than an unclosed quotation.
    if char == "\u2033":
        return 0  # the double prime's own job
    return 1 if char == '"' else -1


def _mixed_double(text: str, pos: int) -> bool:
    """Two different curly marks glued together (``win“” now``, ``said ”“we``) with
    a word on one side and a space on the other: one mark typed twice.

    Read as two marks, the second would be a stray closer (or an unclosed
    opener) that the pairing could join to the next one many sentences on;
    read as one, the repair is the same as for ``””``: keep one mark.
    """
    pair = text[pos : pos + 2]
    if pair[0] == pair[1] or pair[0] not in _CURLY_DOUBLE or pair[1] not in _CURLY_DOUBLE:
        return False
    return abs(evidence(text, pos, pos + 2)) >= STRONG and (
        pos + 2 >= len(text) or text[pos + 2] not in ALL_ALPHABET
    )


# Marks are gathered as rows and packed into the columns this many at a time:
# one tuple per mark is fastest to build, a bounded batch keeps memory small.
_BATCH = 4096


def _pack(table: MarkTable, rows: list[tuple[int, int, bool, int, int, int]]) -> None:
    if rows:
        pos, block, starts, evidence_, hint, prime = zip(*rows, strict=True)
        table.pos.extend(pos)
        table.block.extend(block)
        table.starts_block.extend(starts)
        table.evidence.extend(evidence_)
        table.hint.extend(hint)
        table.prime.extend(prime)
        rows.clear()


def glyph_positions(text: str, alphabet: str) -> list[int]:
    """Sorted offsets of every character of ``alphabet`` in ``text``.

    One ``str.find`` pass per glyph: several times faster than a regular
    expression over a class of non-ASCII characters, and most glyphs are absent.

    >>> glyph_positions("a “b” «c»", "“”«»")
    [2, 4, 6, 8]
    """
    found: list[int] = []
    for char in alphabet:
        if char not in text:
            continue
        find = text.find
        pos = find(char)
        while pos >= 0:
            found.append(pos)
            pos = find(char, pos + 1)
    found.sort()
    return found


def find_double_marks(text: str, block_starts: list[int], hints: dict[str, int]) -> MarkTable:
    """Every double-family mark, identical adjacent runs (``““``) folded into one."""
    table = MarkTable(text)
    positions = array("q", glyph_positions(text, DOUBLE_ALPHABET))
    chars: list[str] = []
    rows: list[tuple[int, int, bool, int, int, int]] = []
    i = 0
    n = len(positions)
    size = len(text)
    block = 0
    blocks_after = len(block_starts) - 1
    marks_alphabet = ALL_ALPHABET
    while i < n:
        pos = positions[i]
        char = text[pos]
        j = i
        if i + 1 < n and positions[i + 1] == pos + 1:  # another mark right after it
            while j + 1 < n and positions[j + 1] == positions[j] + 1:
                if text[positions[j + 1]] != char:
                    break
                j += 1
            if j == i and _mixed_double(text, pos):
                j = i + 1  # ``win“” now``: one closer typed with two glyphs
        run_end = positions[j] + 1
        if (
            char == "\u2033"
            and pos
            and text[pos - 1].isdigit()
            and (
                text[pos + 1 : pos + 2].isalnum()
                or _FEET_INCHES.search(text, max(0, pos - 12), pos)
            )
        ):
            # 48°51′24″N, 5′ 11″: a measurement is never a quotation mark.
            i = j + 1
            continue
        if j > i and char not in _ALWAYS_DOUBLED:
            ev = evidence(text, pos, run_end)
            if abs(ev) < STRONG:  # ``""`` between spaces is an empty quote, not a doubled mark
                j = i
                run_end = pos + 1
        while block < blocks_after and block_starts[block + 1] <= pos:  # marks come in order
            block += 1
        start = block_starts[block]
        if j > i:
            table.duplicates[len(chars)] = tuple(positions[i + 1 : j + 1])
        chars.append(char)
        left = text[pos - 1] if pos else " "
        right = text[run_end] if run_end < size else " "
        if left in marks_alphabet or right in marks_alphabet:
            ev = evidence(text, pos, run_end)
        else:  # evidence(), read from the two neighbours
            left = _LEFT_CLASS.get(left, "word")
            right = _RIGHT_CLASS.get(right, "word")
            found = _EVIDENCE.get((left, right))
            if found is not None:
                ev = found
            elif left == right == "space":
                ev = evidence(text, pos, run_end)  # what stands before the spaces
            else:
                ev = 0
        rows.append(
            (
                pos,
                block,
                pos - start < 64 and text[start:pos].strip(SPACES) == "",
                ev,
                hints.get(char, 0),
                _prime_cost(text, pos, char) if pos and text[pos - 1].isdigit() else -1,
            )
        )
        if len(rows) == _BATCH:
            _pack(table, rows)
        i = j + 1
    _pack(table, rows)
    table.chars = "".join(chars)
    table.role = bytearray(len(chars))
    table.certain = bytearray(b"\x01") * len(chars)
    return table


__all__ = [
    "GLYPHS",
    "Mark",
    "MarkTable",
    "Role",
    "evidence",
    "find_double_marks",
    "glyph_positions",
    "neighbour_classes",
]
