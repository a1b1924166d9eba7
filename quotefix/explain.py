"""``quotefix explain TEXT``: each quotation mark and invisible space, named.

A copy desk cannot see the difference between a no-break space and a
narrow no-break space, or between ” and ″. This lists, for every quotation
mark, prime, apostrophe-like sign and every space or invisible character
other than the ordinary space and the line break, where it is
(``line:column``), its code point and its Unicode name, as ftfy's
``explain_unicode`` does for every character (``--all`` does that too).
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections.abc import Iterator
from typing import NamedTuple

from .lines import LineIndex
from .marks import ALL_MARKS

#: Signs that are or look like quotation marks: the marks quotefix pairs, primes,
#: the grave and acute accents typed for apostrophes, and CJK corner brackets.
QUOTE_LIKE = frozenset(ALL_MARKS | set("`´′″‴‵‶「」『』"))
_ORDINARY = frozenset(" \n")


class Explained(NamedTuple):
    line: int
    column: int
    char: str
    kind: str  # "quote", "space" (a space or line break) or "invisible" (no width)

    @property
    def code_point(self) -> str:
        return f"U+{ord(self.char):04X}"

    @property
    def name(self) -> str:
        return unicodedata.name(self.char, _CONTROL_NAMES.get(self.char, "<unnamed>"))

    @property
    def shown(self) -> str:
        """The character as it can be printed: invisible ones by a visible stand-in."""
        if self.kind == "quote" or (self.kind == "other" and self.char.isprintable()):
            return self.char
        return "␣" if self.kind == "space" else "∅"


_CONTROL_NAMES = {"\t": "CHARACTER TABULATION", "\r": "CARRIAGE RETURN", "\x0b": "LINE TABULATION",
                  "\x0c": "FORM FEED", "\x85": "NEXT LINE", "\x00": "NULL"}


def _kind(char: str) -> str | None:
    if char in QUOTE_LIKE:
        return "quote"
    if char in _ORDINARY:
        return None
    category = unicodedata.category(char)
    if category in ("Zs", "Zl", "Zp") or char in "\t\r\x0b\x0c\x85":
        return "space"
    if category in ("Cf", "Cc"):
        return "invisible"
    return None


def explain(text: str, *, every: bool = False) -> Iterator[Explained]:
    """The quotation marks and invisible characters of ``text`` (``every``: all characters).

    >>> [(e.column, e.code_point, e.name) for e in explain("«\\u202foui\\u00a0»")]
    ... # doctest: +NORMALIZE_WHITESPACE
    [(1, 'U+00AB', 'LEFT-POINTING DOUBLE ANGLE QUOTATION MARK'),
     (2, 'U+202F', 'NARROW NO-BREAK SPACE'), (6, 'U+00A0', 'NO-BREAK SPACE'),
     (7, 'U+00BB', 'RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK')]
    """
    index = LineIndex(text)
    for offset, char in enumerate(text):
        kind = _kind(char)
        if kind is None and not every:
            continue
        line, column = index.position(offset)
        yield Explained(line, column, char, kind or "other")


def render(items: list[Explained], output_format: str) -> str:
    if output_format == "json":
        rows = [
            {"line": e.line, "column": e.column, "char": e.char, "code_point": e.code_point,
             "name": e.name, "kind": e.kind}
            for e in items
        ]
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    if not items:
        return "No quotation marks or invisible characters.\n"
    where = [f"{e.line}:{e.column}" for e in items]
    width = max(len(w) for w in where)
    return "".join(
        f"{w:<{width}}  {e.shown}  {e.code_point:<7}  {e.name}\n"
        for w, e in zip(where, items, strict=True)
    )


def run(texts: list[str], every: bool, output_format: str, encoding: str) -> int:
    """``quotefix explain``: the arguments joined by spaces, or standard input."""
    if not texts or texts == ["-"]:
        from .files import decode

        text = decode(sys.stdin.buffer.read(), encoding).text
    else:
        text = " ".join(texts)
    out = render(list(explain(text, every=every)), output_format)
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(out)
    else:  # UTF-8 whatever the locale: the names are ASCII, the marks are not
        sys.stdout.flush()
        buffer.write(out.encode("utf-8"))
        buffer.flush()
    return 0


__all__ = ["QUOTE_LIKE", "Explained", "explain", "render", "run"]
