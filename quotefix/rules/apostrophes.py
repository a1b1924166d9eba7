"""QF206 and QF207: apostrophes and primes, judged among themselves.

Reported from the QF2xx family (``style.py``), for English targets only:
French and Italian elisions in target text (``aujourd’hui``, ``l’armée``)
are never touched.

- QF206: in a typographic document a straight ``'`` used as an apostrophe
  (``don't``, ``’90s``, ``rock ’n’ roll``, ``the Joneses’``, ``goin’``)
  becomes ``’``; a wrong glyph used as one (``don‘t``, ``don´t``,
  ``don`t``, ``don′t``) becomes ``’`` in any style (``'`` under
  ``@straight``). A document typed straight keeps its straight apostrophes.
- QF207: in a typographic document a straight ``'`` or ``"`` after a number
  used as feet and inches, minutes and seconds (``6' 4"``) becomes ``′ ″``.

A mark at the start of a word (``'90s``, ``'em`` against ``'Hello'``) is an
elision when digits or a known elided word follow; where a closing partner
later in the paragraph allows the quotation reading too, the repair is
offered as unsafe. ``docs/rules/QF206.md`` lists what makes each repair safe.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache

from ..marks import describe
from ..model import Finding
from ..scan import Role
from ..scan.double import glyph_positions
from ..scan.house import leading_elision
from .context import RuleContext

_WRONG_GLYPHS = "\u2018\u00b4`\u2032"
_STRAIGHT_CANDIDATES = "'" + _WRONG_GLYPHS
_CLOSERS = "'\u2019"
# A single mark before a letter, not after a letter or digit: it may open a quotation.
_OPENER = re.compile("(?<![^\\W_])['\u2018\u201a](?=[^\\W\\d_])")
_NAMES = {
    "'": "straight apostrophe",
    "\u2018": "opening quote ‘",
    "\u00b4": "acute accent ´",
    "`": "backtick `",
    "\u2032": "prime ′",
}


def _find_all(text: str, chars: str, start: int, end: int) -> list[int]:
    """Sorted offsets of ``chars`` in ``text[start:end]`` (``str.find``, glyph by glyph)."""
    found: list[int] = []
    find = text.find
    for char in chars:
        pos = find(char, start, end)
        while pos >= 0:
            found.append(pos)
            pos = find(char, pos + 1, end)
    found.sort()
    return found


class _Lines:
    """What the readings ask of a mark's line, each line read once: the marks
    that could close or open a quotation in it are listed the first time a
    question is asked about the line, then found by bisection (scanning the
    line again for every mark took quadratic time on a line full of them).
    """

    def __init__(self, text: str, paired: set[int]) -> None:
        self.text = text
        self.paired = paired
        self._breaks: list[int] | None = None
        self._partners: dict[int, list[int]] = {}
        self._openers: dict[int, list[int]] = {}
        self._lows: dict[int, list[int]] = {}

    def bounds(self, pos: int) -> tuple[int, int]:
        """Start and end of the line holding ``pos``."""
        breaks = self._breaks
        if breaks is None:
            breaks = self._breaks = glyph_positions(self.text, "\n")
        k = bisect_left(breaks, pos)
        start = breaks[k - 1] + 1 if k else 0
        return start, breaks[k] if k < len(breaks) else len(self.text)

    def has_partner(self, pos: int) -> bool:
        """A later mark in the line could close a quotation opened at ``pos``."""
        start, end = self.bounds(pos)
        partners = self._partners.get(start)
        if partners is None:
            text = self.text
            partners = self._partners[start] = [
                i
                for i in _find_all(text, _CLOSERS, max(start, 2), end)
                if not text[i - 1].isspace()
                and not text[i + 1 : i + 2].isalnum()
                and not (text[i - 1] == "n" and text[i - 2] in "'\u2019\u2018")
            ]
        k = bisect_left(partners, pos + 2)
        return k < len(partners)

    def has_opener(self, pos: int) -> bool:
        """An earlier single mark in the line, not paired elsewhere, opens a quotation."""
        start, end = self.bounds(pos)
        openers = self._openers.get(start)
        if openers is None:
            text, paired = self.text, self.paired
            openers = self._openers[start] = [
                m.start()
                for m in _OPENER.finditer(text, start, end)
                if m.start() not in paired and not leading_elision(text, m.start())
            ]
        # The mark and the letter after it both stand before pos - 1.
        return bool(openers) and openers[0] <= pos - 3

    def low_opener_before(self, pos: int) -> bool:
        """A German low single opener ``‚`` earlier in the line."""
        start, end = self.bounds(pos)
        lows = self._lows.get(start)
        if lows is None:
            text = self.text
            lows = self._lows[start] = _find_all(text, "\u201a", start, end)
        return bool(lows) and lows[0] < pos


def _quoted_number(text: str, start: int) -> bool:
    """The digits from ``start`` end in a single mark and then no word: ``the ‘17’``
    is a number in quotation marks, not an elided year."""
    end = start
    while end < len(text) and text[end].isdigit():
        end += 1
    closed = text[end : end + 1] in ("\u2019", "\u2018", "'")
    return closed and not text[end + 1 : end + 2].isalnum()


def _reading(text: str, pos: int, lines: _Lines) -> tuple[bool, bool] | None:
    """Whether the mark at ``pos`` is an apostrophe, and whether that is certain.

    ``None``: not an apostrophe (a quotation mark, a prime, or no clear position).
    """
    char = text[pos]
    before = text[pos - 1] if pos > 0 else ""
    after = text[pos + 1] if pos + 1 < len(text) else ""
    if before.isalpha() and after.isalpha():
        return True, True  # don't, o’clock, y’all, aujourd’hui
    if char in "`\u2032":
        return None
    if before.isdigit() and after == "s" and not text[pos + 2 : pos + 3].isalpha():
        return True, True  # the 1960’s  # a backtick or a prime elsewhere is code or a measurement
    if not before.isalnum() and after.isalnum():
        if char == "\u00b4" or not leading_elision(text, pos):
            return None
        if after.isdigit() and text[pos + 3 : pos + 4] == "s":
            return True, True  # ’90s
        if after.isdigit() and (
            not (pos >= 2 and before == " " and text[pos - 2].isalpha())
            or _quoted_number(text, pos + 1)
        ):
            return None  # said: ‘17 … opens a quotation; the class of ’04 follows a word
        if after == "n" and text[pos + 2 : pos + 3] in "'\u2019\u2018":
            return True, True  # rock ’n’ roll
        return True, not lines.has_partner(pos)
    if before.isalpha() and not after.isalnum():
        if before == "n" and pos >= 2 and text[pos - 2] in "'\u2019\u2018":
            return True, True  # the second mark of ’n’
        if char == "\u2018" and lines.low_opener_before(pos):
            return None  # the closer of a German ‚…‘ quotation
        word_end = text[max(0, pos - 2) : pos].lower()
        if not (word_end.endswith("s") or word_end == "in") and char == "'":
            return None
        return True, not lines.has_opener(pos)
    return None


def findings(ctx: RuleContext) -> Iterator[Finding]:
    """Yield the QF206 and QF207 findings of ``ctx.text`` (English targets only)."""
    if ctx.style.language != "en":
        return
    text = ctx.text
    enabled = ctx.selection.enabled
    lines: _Lines | None = None
    if enabled("QF206"):
        lines = _Lines(text, _quote_positions(ctx))
        yield from _apostrophes(ctx, text, lines)
    if enabled("QF207") and ctx.typographic and ("'" in text or '"' in text):
        yield from _primes(ctx, text, lines or _Lines(text, _quote_positions(ctx)))


def _quote_positions(ctx: RuleContext) -> set[int]:
    """Offsets of the single marks the analysis pairs as quotation marks."""
    found: set[int] = set()
    for pair in ctx.analysis.single_pairs:
        found.add(pair.open)
        found.add(pair.close)
    return found


def _apostrophes(ctx: RuleContext, text: str, lines: _Lines) -> Iterator[Finding]:
    quotes = lines.paired
    typographic = ctx.typographic
    candidates = glyph_positions(text, _STRAIGHT_CANDIDATES if typographic else _WRONG_GLYPHS)
    want = ctx.style.apostrophe if ctx.style.house == "straight" else "\u2019"
    finding = ctx.finding
    last = len(text) - 1
    for pos in candidates:
        if pos in quotes:
            continue
        char = text[pos]
        if char == want:
            continue
        if 0 < pos < last and text[pos - 1].isalpha() and text[pos + 1].isalpha():
            certain = True  # don't, o'clock: the common case, no more to read
        else:
            reading = _reading(text, pos, lines)
            if reading is None:
                continue
            certain = reading[1]
        end = pos + 1  # one int object for the finding and its fix
        yield finding("QF206", pos, end, _message(char, want), (pos, end, want), certain)


@lru_cache(maxsize=32)
def _message(char: str, want: str) -> str:
    kind = "a wrong glyph" if char in _WRONG_GLYPHS else "typed straight"
    return f"{_NAMES[char]} used as an apostrophe ({kind}); expected {describe(want)}"


def _primes(ctx: RuleContext, text: str, lines: _Lines) -> Iterator[Finding]:
    quotes = lines.paired
    marks = ctx.analysis.marks
    chars, roles, prime = marks.chars, marks.role, Role.PRIME.value
    i = chars.find('"')
    while i >= 0:
        if roles[i] == prime:
            pos = marks.pos[i]
            end = pos + 1
            yield ctx.finding(
                "QF207",
                pos,
                end,
                "straight quote used as an inch or second mark; expected ″",
                (pos, end, "\u2033"),
                bool(marks.certain[i]),
            )
        i = chars.find('"', i + 1)
    start = 0
    while True:
        pos = text.find("'", start)
        if pos < 0:
            return
        start = pos + 1
        if pos == 0 or not text[pos - 1].isdigit() or pos in quotes:
            continue
        if text[pos + 1 : pos + 2].isalpha():
            continue  # the 1960’s is an apostrophe (QF206)
        yield ctx.finding(
            "QF207",
            pos,
            pos + 1,
            "straight quote used as a foot or minute mark; expected ′",
            (pos, pos + 1, "\u2032"),
            not lines.has_opener(pos),
        )


__all__ = ["findings"]
