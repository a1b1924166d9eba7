"""Plain text: the file is the prose.

Paragraphs are blank-line separated, or one a line when the file has no
blank line. A line holding only a directive (``# quotefix: ignore QF101`` or
``<!-- quotefix: ignore QF101 -->``) is left out of the prose and applies to
the next paragraph; ``ignore-file`` to the whole file.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..scan import paragraph_separator
from .directives import parse
from .document import Builder, Document, Suppression

_DIRECTIVE_LINE = re.compile(r"[ \t]*(?:#|<!--)\s*(quotefix:[^\n]*?)\s*(?:-->)?[ \t]*\r?\n?")
_LINES = re.compile(r"[^\n]*\n|[^\n]+")


def _skip_separators(prose: str, start: int) -> int:
    """The first character at or after ``start`` that is no line break, space or tab."""
    while start < len(prose) and prose[start] in "\n \t":
        start += 1
    return start


def _paragraph_end(prose: str, start: int, splitter: re.Pattern[str]) -> int:
    """End of the paragraph at or after ``start``, split by ``splitter`` as the engine does."""
    match = splitter.search(prose, _skip_separators(prose, start))
    return match.start() if match else len(prose)


def parse_plain(source: str) -> Document:
    builder = Builder(source)
    pending: list[tuple[int, tuple[str, ...]]] = []
    pos = 0
    for line in _LINES.findall(source):
        end = pos + len(line)
        match = _DIRECTIVE_LINE.fullmatch(line)
        directive = parse(match[1]) if match else None
        if directive is None:
            builder.text(pos, end)
        elif directive.whole_file:
            builder.ignore_file = True
        else:
            pending.append((builder.length, directive.codes))
        pos = end
    document = builder.build("plain")
    if not pending:
        return document
    splitter = paragraph_separator(document.prose)  # once: it looks at the whole text
    prose = document.prose
    ends: dict[int, int] = {}  # directives in a row share their paragraph: find its end once
    # Directives come in order. Separators skipped for one directive are not walked
    # again for the next (directive lines between blank lines would cost the square).
    skipped_from, skipped_to = -1, -1
    by_landing: dict[int, int] = {}
    for start, _codes in pending:
        if start in ends:
            continue
        if skipped_from <= start <= skipped_to:
            landing = skipped_to
        else:
            landing = _skip_separators(prose, start)
        skipped_from, skipped_to = start, landing
        if landing not in by_landing:
            by_landing[landing] = _paragraph_end(prose, landing, splitter)
        ends[start] = by_landing[landing]
    suppressions = tuple(Suppression(start, ends[start], codes) for start, codes in pending)
    return replace(document, suppressions=suppressions)
