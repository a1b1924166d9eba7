"""Documents: plain text, Markdown and HTML, each read as prose mapped to the file.

:func:`parse` turns a file's text into a :class:`Document`; the format is
chosen from the file name by :func:`format_for`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import PurePath

from .document import Document, Piece, Suppression
from .plain import parse_plain


# The Markdown and HTML readers are imported when first used: a check of plain text,
# the common case of a one-file lint step, does not pay for them at start-up.
def _parse_markdown(text: str) -> Document:
    from .markdown import parse_markdown

    return parse_markdown(text)


def _parse_html(text: str) -> Document:
    from .html import parse_html

    return parse_html(text)


PARSERS: dict[str, Callable[[str], Document]] = {
    "plain": parse_plain,
    "markdown": _parse_markdown,
    "html": _parse_html,
}
EXTENSIONS = {
    ".txt": "plain",
    ".text": "plain",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}


def format_for(path: str) -> str:
    """The format of a file, from its extension (plain text when unknown).

    >>> format_for("news/2024/article.md"), format_for("page.HTM"), format_for("notes")
    ('markdown', 'html', 'plain')
    """
    return EXTENSIONS.get(PurePath(path).suffix.lower(), "plain")


def parse(text: str, fmt: str) -> Document:
    """Read ``text`` in format ``fmt`` (``plain``, ``markdown`` or ``html``)."""
    return PARSERS[fmt](text)


__all__ = ["EXTENSIONS", "PARSERS", "Document", "Piece", "Suppression", "format_for", "parse"]
