"""Single marks (``' ‘ ’ ‚ ‛ ‹ ›``): paired only where a quotation is expected.

’ and ' are apostrophes far more often than quotes, so single marks are
paired only inside a double quotation, as guillemets ‹ ›, and at the top level
where the target's primary marks are single (en-GB). A single opener with one
possible closer is certain; with several (``‘the troops’ lack,’``) the pairing
is a guess.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..marks import DOUBLE_MARKS, SINGLE_ALPHABET, SPACES
from .double import Role, glyph_positions, left_class, neighbour_classes, right_class
from .house import leading_elision
from .pairs import Pair

# Enum members used in hot loops, bound once: in Python 3.11 reading a member
# off its Enum class costs several times a module-level name.
_OPEN, _CLOSE = Role.OPEN, Role.CLOSE

# A straight mark not between two letters (an apostrophe in don't never quotes)
# and not doubled (two apostrophes typed for a double mark are QF311's).
_STRAIGHT = re.compile(r"'(?!')(?<!'')(?!(?<=[^\W\d_]')[^\W\d_])")


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end
# ’90s, ’68: an elided century, not a quotation starting with a number (‘10,000 …’).
_DECADE = re.compile(r"\d\d(?:s\b|(?![\d,.]\d)(?![\d%]))")

_SINGLE_OPENERS = "‘‚‹'‛"
_SINGLE_CLOSERS = "’‘›'"
_CLEAR_SINGLES = "‹›‚"


def _single_role(text: str, pos: int) -> Role | None:
    """``Role.OPEN``, ``Role.CLOSE`` or None (apostrophe, prime, or no clear position)."""
    char = text[pos]
    before = text[pos - 1] if pos > 0 else ""
    after = text[pos + 1] if pos + 1 < len(text) else ""
    if after == "n" and text[pos + 2 : pos + 3] == char:  # rock ’n’ roll
        return None
    if before == "n" and pos >= 2 and text[pos - 2] == char:
        return None
    if before.isdigit() and (
        after.isdigit() or (after in SPACES and text[pos + 2 : pos + 3].isdigit())
    ):
        return None  # 5' 11"
    left, right = neighbour_classes(text, pos)
    if char in "‹‘" and left in ("space", "open") and right == "space":  # ‹ word ›
        return _OPEN
    if char in "›’" and left == "space" and right in ("space", "close"):
        return _CLOSE
    if before in DOUBLE_MARKS and before not in "»":
        left = "open" if right == "word" else left
    if left in ("space", "open") and right == "word":
        if char not in _SINGLE_OPENERS:  # ’tis
            return None
        if not after.isdigit() and leading_elision(text, pos):  # 'em, 'til
            return None
        # '90s, ‘90s: an elided century, unless a quotation starts with a number.
        decade = _DECADE.match(text, pos + 1)
        if decade and (char == "'" or decade.group().endswith("s")):
            return None
        return _OPEN
    if left == "word" and right in ("space", "close") and char in _SINGLE_CLOSERS:
        return _CLOSE
    if left == "word" and after in DOUBLE_MARKS and char in _SINGLE_CLOSERS:
        return _CLOSE
    return None


def _mirror_openers(text: str, roles: list[tuple[int, Role | None]]) -> None:
    """Read ``’`` before a word as an opener where its pair is written back to front.

    ``The word ’austerity‘ never``: ``’`` before a word is normally an
    elision (``’tis``) and left alone, but when the only closer after it,
    before any opener, is a ``‘`` after a word (its glyph reversed as well),
    the two are one quotation typed the wrong way round.
    """
    count = len(roles)
    for i in range(count):
        pos, role = roles[i]
        if role is not None or text[pos] != "’":
            continue
        if left_class(text, pos) not in ("space", "open") or right_class(text, pos) != "word":
            continue
        if leading_elision(text, pos) or not text[pos + 1 : pos + 2].isalpha():
            continue
        closers = []
        for j in range(i + 1, count):
            if roles[j][1] is _OPEN:
                break
            if roles[j][1] is _CLOSE:
                closers.append(j)
        if len(closers) == 1 and text[roles[closers[0]][0]] == "‘":
            roles[i] = (pos, _OPEN)


_POSSESSIVE = re.compile(r"[ \u00a0][a-z]")


def _possessive(text: str, pos: int) -> bool:
    """``nurses’ shift``: a mark after ``s`` and before a lower-case word."""
    return pos > 0 and text[pos - 1] == "s" and _POSSESSIVE.match(text, pos + 1) is not None


def _within(positions: list[int], spans: list[tuple[int, int]]) -> list[int]:
    """The sorted ``positions`` that lie in one of the sorted ``spans`` (ends excluded).

    >>> _within([1, 5, 9], [(0, 2), (4, 5), (8, 12)])
    [1, 9]
    """
    found: list[int] = []
    k, count, reach = 0, len(spans), -1
    for pos in positions:
        while k < count and spans[k][0] <= pos:
            if spans[k][1] > reach:
                reach = spans[k][1]
            k += 1
        if pos < reach:
            found.append(pos)
    return found


def pair_single_marks(
    text: str,
    block_starts: list[int],
    doubles: list[Pair],
    top_level: bool,
    straight_top: bool = False,
) -> list[Pair]:
    """Pair single marks inside double quotations (and at the top level if asked).

    ``straight_top`` also pairs straight ``'`` marks at the top level (a
    typographic document where scare quotes were typed straight).

    Levels and the certainty inherited from the quotation around are set
    afterwards, by :func:`_assign_levels`.
    """
    straight_top = straight_top and not top_level and "'" in text
    if not (doubles or top_level or straight_top or "‹" in text or "›" in text or "‚" in text):
        return []
    marks = glyph_positions(text, SINGLE_ALPHABET)
    if not marks:
        return []
    if top_level:
        spans = [(0, len(text))]
    else:
        # Only inside double quotations (apostrophes fill the rest of the text),
        # and wherever single guillemets stand.
        spans = []
        reach = -1
        for pair in doubles:  # sorted by opening offset
            if pair.open > reach:
                spans.append((pair.open + 1, pair.close))
                reach = pair.close
            elif pair.close > reach:  # crossed pairs may overlap others
                spans.append((reach, pair.close))
                reach = pair.close
        for pos in glyph_positions(text, _CLEAR_SINGLES):
            spans.append((pos, pos + 1))
            if text[pos] == "‚" and text[pos + 1 : pos + 2].isalnum():
                # A low opener ‚ is closed later in its paragraph (‚traffic light‘).
                spans.append((pos, _line_end(text, pos)))
        if straight_top:
            spans += [(m.start(), m.end()) for m in _STRAIGHT.finditer(text)]
        spans.sort()
    # Between two letters a mark is an apostrophe: Putin’s, aujourd’hui.
    last = len(text) - 1
    candidates = [
        pos
        for pos in _within(marks, spans)
        if not (0 < pos < last and text[pos - 1].isalpha() and text[pos + 1].isalpha())
    ]
    if not candidates:
        return []
    # Innermost enclosing double pair of each candidate, by a sweep: the pairs
    # opened before it (doubles are sorted by opening offset), the latest first,
    # dropped once closed before it (crossed pairs need not nest: dropped lazily).
    groups: dict[object, list[int]] = {}
    stack: list[int] = []
    b = 0
    count = len(doubles)
    low_open = False  # a ‚ opened earlier in the paragraph: its closer is ‘ or ’
    low_block = -1
    for pos in candidates:
        if text[pos] == "‚":
            low_open, low_block = True, bisect_right(block_starts, pos)
        elif low_open and bisect_right(block_starts, pos) != low_block:
            low_open = False
        while b < count and doubles[b].open < pos:
            stack.append(b)
            b += 1
        while stack and doubles[stack[-1]].close < pos:
            stack.pop()
        if stack:
            key: object = stack[-1]
        elif (
            top_level
            or text[pos] in _CLEAR_SINGLES
            or (straight_top and text[pos] == "'")
            or (low_open and text[pos] in "‘’")
        ):
            key = ("block", bisect_right(block_starts, pos) - 1)
        else:
            continue
        groups.setdefault(key, []).append(pos)
    pairs: list[Pair] = []
    for key, positions in groups.items():
        container = doubles[key] if type(key) is int else None
        roles = [(pos, _single_role(text, pos)) for pos in positions]
        if "‘" in text and "’" in text:
            _mirror_openers(text, roles)
        i = 0
        while i < len(roles):
            pos, role = roles[i]
            if role != _OPEN:
                i += 1
                continue
            closers = []
            j = i + 1
            while j < len(roles) and roles[j][1] != _OPEN:
                if roles[j][1] == _CLOSE:
                    closers.append(j)
                j += 1
            if not closers:
                i = j
                continue
            pick = next(
                (
                    c
                    for c in closers
                    if right_class(text, roles[c][0]) == "close"
                    or (roles[c][0] + 1 < len(text) and text[roles[c][0] + 1] in DOUBLE_MARKS)
                ),
                next(
                    (c for c in reversed(closers) if not _possessive(text, roles[c][0])),
                    closers[-1],
                ),
            )
            close = roles[pick][0]
            # Several candidates: the pick is a guess, unless every other one is
            # a plural possessive before a lower-case word (the nurses’ shift).
            certain = len(closers) == 1 or all(
                c == pick or _possessive(text, roles[c][0]) for c in closers
            )
            pairs.append(Pair(pos, close, text[pos], text[close], 1, certain, parent=container))
            i = pick + 1
    return pairs


__all__ = ["pair_single_marks"]
