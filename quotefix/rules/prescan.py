"""What the QF3xx rules could find in a text, read in a few quick passes before they run.

Clean news holds none of what most QF3xx rules look for (a space before
``,`` or ``;``, a decimal comma, ``14h30``, ``XIXe``…), yet each rule's pattern
would be tried at every character of the text. These passes find the few
characters every match of a rule must hold (a space right before a mark, a
digit right before ``,`` ``h`` ``e``…): a rule whose characters are absent
cannot match and is not run. Each test here is implied by the rule's own
pattern, so skipping a rule never changes what is found.
"""

from __future__ import annotations

import re

import regex

from ..marks import SPACES

# Marks a QF3xx rule looks for right after a space: QF301 (; : ! ? %), QF308
# (, . ) ] } and the hyphen between numbers) and QF312 (dialogue dashes).
SPACED_MARKS = ",.;:!?%)]}-–—―"
# A pattern led by one literal character is searched for far faster than one led by a
# class: the space is looked for alone, the other spaces by ``str.find``.
_SPACED = re.compile("[ ][" + re.escape(SPACED_MARKS) + "]")
_OTHER_SPACES = SPACES.replace(" ", "")

_SP = "[" + regex.escape(SPACES) + "]"
_NS = "[ \u00a0\u202f]"  # the spaces that group digits (marks.NUMBER_SPACE)
# A digit, and what follows it in each numeric shape of QF302-QF305: the decimal comma
# (2,5), a space between digit groups (10 000), a time (14h30, 14 h 30, 05: 00am) and
# the suffix of an ordinal (1er, 2e, 3ème). A lookahead only, so that every digit is
# looked at (``1 2h30`` holds a time after a grouped number).
_NUMERIC = regex.compile(
    r"\p{N}(?=(?P<comma>,\p{N})|(?P<grouped>" + _NS + r"\p{N})"
    r"|(?P<time>" + _NS + "?h" + _NS + r"?\p{N}|:" + _SP + r")|(?P<suffix>[erè]))",
    regex.VERSION1,
)
# A Roman ordinal (XIXe, IIe) ends in a numeral letter and its suffix (e, er, ème),
# and no letter follows.
_ROMAN_SUFFIX = re.compile("[IVXLC](?:e|er|ème)(?![a-z])")


_ALL_SPACED = frozenset(SPACED_MARKS)


def spaced_marks(text: str) -> frozenset[str]:
    """The marks of :data:`SPACED_MARKS` that follow a space in ``text`` (all of them
    when ``text`` holds a tab or a space other than U+0020: those are not looked for
    one by one)."""
    for space in _OTHER_SPACES:  # a loop, not any(): this runs for every text
        if space in text:
            return _ALL_SPACED
    pairs = _SPACED.findall(text)
    return frozenset(pair[1] for pair in pairs) if pairs else _NONE


_NONE: frozenset[str] = frozenset()


def numeric_shapes(text: str) -> frozenset[str]:
    """The numeric shapes of QF302-QF305 that may stand in ``text``: ``comma``
    (2,5), ``grouped`` (10 000), ``time`` (14h30, 05: 00am), ``suffix`` (1er, 2e)."""
    return frozenset(m.lastgroup for m in _NUMERIC.finditer(text) if m.lastgroup)


def may_hold_ordinal(text: str, numeric: frozenset[str]) -> bool:
    """Whether QF305 may find something: a digit with a suffix (``numeric`` holds
    ``suffix``), ``n°``, or a Roman numeral with its suffix."""
    return (
        "suffix" in numeric
        or "°" in text
        or "º" in text
        or _ROMAN_SUFFIX.search(text) is not None
    )


__all__ = ["SPACED_MARKS", "may_hold_ordinal", "numeric_shapes", "spaced_marks"]
