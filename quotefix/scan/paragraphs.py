"""Paragraphs: the one notion of a paragraph break, for every line ending.

A text with a blank line anywhere is split at blank lines; a text without
one has a paragraph per line (the shape of most CMS exports). A line ends at
``\\r\\n``, ``\\n``, a lone ``\\r`` or any other line break of
:data:`quotefix.marks.LINE_BREAKS` (U+2028, U+2029…), so a CRLF text pairs
exactly like the same text with LF.
"""

from __future__ import annotations

import re

from ..marks import LINE_BREAKS, char_class

# One line break: CR LF counts once, a CR before LF never on its own.
_OTHER_BREAKS = char_class(LINE_BREAKS.replace("\r", ""))
LINE_BREAK = r"(?:\r\n|\r(?!\n)|" + _OTHER_BREAKS + ")"
_BLANK = r"[ \t\u00a0\u202f]*"
_BLANK_LINE = re.compile(LINE_BREAK + _BLANK + LINE_BREAK)
_LINE = re.compile(LINE_BREAK)
# Most texts end their lines with \n only; for them the same notion is a
# plain \n, which the regular-expression engine finds many times faster.
_NOT_LF = LINE_BREAKS.replace("\n", "")
_LF_BLANK_LINE = re.compile("\n" + _BLANK + "\n")
_LF_LINE = re.compile("\n")


def paragraph_separator(text: str) -> re.Pattern[str]:
    """What separates the paragraphs of ``text``: blank lines if it has any, else line breaks.

    >>> crlf, paragraph = "a\\r\\n\\r\\nb", "a\\u2029\\u2029b"
    >>> paragraph_separator(crlf).pattern == paragraph_separator(paragraph).pattern
    True
    """
    if not any(char in text for char in _NOT_LF):
        return _LF_BLANK_LINE if _LF_BLANK_LINE.search(text) else _LF_LINE
    return _BLANK_LINE if _BLANK_LINE.search(text) else _LINE


def blocks(text: str) -> list[int]:
    """Start offsets of the paragraphs.

    >>> blocks("a\\r\\nb\\rc"), blocks("a\\r\\n\\r\\nb\\r\\nc")
    ([0, 3, 5], [0, 5])
    """
    return [0] + [m.end() for m in paragraph_separator(text).finditer(text)]


__all__ = ["LINE_BREAK", "blocks", "paragraph_separator"]
