"""The house style of a document: typed with straight marks only, or typographic.

A document typed entirely with typewriter quotes (``"…"``, ``'…'``) has a
house style, and keeps it unless a style is configured (``@curly``). Any
typographic quotation mark makes the document typographic: a curly double
mark, a guillemet, a low mark, or ``‘`` opening a quotation. ``’`` never
counts (it is an apostrophe far more often than a closer), nor does ``‘``
used as an apostrophe (``Macron‘s``, ``the ‘80s``, ``‘em``): apostrophes
are judged among apostrophes.
"""

from __future__ import annotations

import re

from ..marks import TYPOGRAPHIC_QUOTES

# A double prime counts where it is not a measurement (``″Safe Harbour″``).
_QUOTING_PRIME = re.compile("(?<!\\d)\u2033")
# ‘ before a word, after a space, an opening bracket, a dash or a double mark.
_OPENING_SINGLE = re.compile(r"(?:^|(?<=[\s(\[{\u2014\u2013\"/-]))\u2018(?=\w)")

#: English words that begin with an elided part (’em, ’til, rock ’n’ roll):
#: a mark before them is an apostrophe, not an opening quote.
LEADING_ELISIONS = frozenset(
    (
        "em", "til", "tis", "twas", "twere", "cause", "cos", "coz", "n", "round", "bout",
        "burbs", "nuff", "kay", "fraid", "scuse", "gainst", "neath", "mongst", "twixt", "cept",
        "ello", "ow", "appen",
    )
)
_WORD = re.compile(r"[^\W\d_]+")
# ’90s, ’68: an elided century, not a quotation starting with a number (‘10,000 …’).
_DECADE = re.compile(r"\d\d(?:s\b|(?![\d,.]\d)(?![\d%]))")


def leading_elision(text: str, pos: int) -> bool:
    """True when the mark at ``pos`` elides the start of what follows (’90s, ’em, ’n’).

    >>> leading_elision("the '90s", 4), leading_elision("'em all", 0), leading_elision("'Hi'", 0)
    (True, True, False)
    >>> leading_elision("'10,000 troops'", 0)
    False
    """
    after = pos + 1
    if text[after : after + 2].isdigit():
        return _DECADE.match(text, after) is not None
    word = _WORD.match(text, after)
    return word is not None and word.group().lower() in LEADING_ELISIONS


def typographic(text: str) -> bool:
    """True when ``text`` uses any typographic quotation mark (not counting apostrophes).

    >>> typographic('He said "no" and didn’t stay.'), typographic("He said “no”.")
    (False, True)
    >>> typographic("Macron‘s party and the ‘80s"), typographic("the ‘debt brake’")
    (False, True)
    """
    if any(char in text for char in TYPOGRAPHIC_QUOTES):  # faster than a class of non-ASCII
        return True
    if "\u2033" in text and _QUOTING_PRIME.search(text):
        return True
    if "\u2018" not in text:
        return False
    return any(not leading_elision(text, m.start()) for m in _OPENING_SINGLE.finditer(text))


__all__ = ["LEADING_ELISIONS", "leading_elision", "typographic"]
