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
from collections.abc import Iterator

from ..marks import SINGLE_MARKS, describe
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


def _paragraph_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _has_partner(text: str, pos: int) -> bool:
    """A later mark in the paragraph could close a quotation opened at ``pos``."""
    _start, end = _paragraph_bounds(text, pos)
    for i in range(pos + 2, end):
        char = text[i]
        if char in _CLOSERS and not text[i - 1].isspace():
            after = text[i + 1 : i + 2]
            if not after.isalnum() and not (text[i - 1] == "n" and text[i - 2] in "'\u2019\u2018"):
                return True
    return False


def _has_opener(text: str, pos: int, paired: set[int]) -> bool:
    """An earlier single mark in the paragraph, not paired elsewhere, opens a quotation."""
    start, _end = _paragraph_bounds(text, pos)
    for match in _OPENER.finditer(text, start, pos - 1):
        i = match.start()
        if i not in paired and not leading_elision(text, i):
            return True
    return False


def _reading(text: str, pos: int, paired: set[int]) -> tuple[bool, bool] | None:
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
        if after.isdigit() and not (pos >= 2 and before == " " and text[pos - 2].isalpha()):
            return None  # said: ‘17 … opens a quotation; the class of ’04 follows a word
        if after == "n" and text[pos + 2 : pos + 3] in "'\u2019\u2018":
            return True, True  # rock ’n’ roll
        return True, not _has_partner(text, pos)
    if before.isalpha() and not after.isalnum():
        if before == "n" and pos >= 2 and text[pos - 2] in "'\u2019\u2018":
            return True, True  # the second mark of ’n’
        if char == "\u2018" and "\u201a" in text[_paragraph_bounds(text, pos)[0] : pos]:
            return None  # the closer of a German ‚…‘ quotation
        word_end = text[max(0, pos - 2) : pos].lower()
        if not (word_end.endswith("s") or word_end == "in") and char == "'":
            return None
        return True, not _has_opener(text, pos, paired)
    return None


def findings(ctx: RuleContext) -> Iterator[Finding]:
    """Yield the QF206 and QF207 findings of ``ctx.text`` (English targets only)."""
    if ctx.style.language != "en":
        return
    text = ctx.text
    enabled = ctx.selection.enabled
    quotes: set[int] | None = None
    if enabled("QF206"):
        quotes = _quote_positions(ctx)
        yield from _apostrophes(ctx, text, quotes)
    if enabled("QF207") and ctx.typographic and ("'" in text or '"' in text):
        yield from _primes(ctx, text, _quote_positions(ctx) if quotes is None else quotes)


def _quote_positions(ctx: RuleContext) -> set[int]:
    """Offsets of the single marks the analysis pairs as quotation marks."""
    found: set[int] = set()
    for pair in ctx.analysis.pairs:
        if pair.open_char in SINGLE_MARKS:
            found.add(pair.open)
            found.add(pair.close)
    return found


def _apostrophes(ctx: RuleContext, text: str, quotes: set[int]) -> Iterator[Finding]:
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
            reading = _reading(text, pos, quotes)
            if reading is None:
                continue
            certain = reading[1]
        kind = "a wrong glyph" if char in _WRONG_GLYPHS else "typed straight"
        yield finding(
            "QF206",
            pos,
            pos + 1,
            f"{_NAMES[char]} used as an apostrophe ({kind}); expected {describe(want)}",
            (pos, pos + 1, want),
            certain,
        )


def _primes(ctx: RuleContext, text: str, quotes: set[int]) -> Iterator[Finding]:
    marks = ctx.analysis.marks
    chars, roles, prime = marks.chars, marks.role, Role.PRIME.value
    i = chars.find('"')
    while i >= 0:
        if roles[i] == prime:
            pos = marks.pos[i]
            yield ctx.finding(
                "QF207",
                pos,
                pos + 1,
                "straight quote used as an inch or second mark; expected ″",
                (pos, pos + 1, "\u2033"),
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
            not _has_opener(text, pos, quotes),
        )


__all__ = ["findings"]
