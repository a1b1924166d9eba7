"""HTML: text nodes only, paired across inline tags, entities as marks.

The text nodes of each block (``<p>``, ``<li>``, ``<h1>``…) form one prose
paragraph, so ``<p>“Hello <em>world</em>»</p>`` reads as ``“Hello world»``.
Tags, attributes, comments and the content of ``<script>``, ``<style>``,
``<pre>``, ``<code>`` and the like never reach the engine. An entity
(``&laquo;``, ``&#8221;``, ``&quot;``) is one prose character standing for its
whole source text; a repair writes marks the way the file writes them.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass
from html.entities import codepoint2name

from .directives import parse
from .document import Builder, Document
from .view import ViewSink

__all__ = ["BLOCKS", "RAW_TEXT", "SKIPPED", "HtmlState", "parse_html", "read_html", "tag_end"]

# Every token that can run on ends at the end of the file when it is not closed, so
# no position is ever scanned twice: a tag's attributes are read by tag_end.
_TOKEN = re.compile(
    r"""
    (?P<comment><!--(?P<body>.*?)(?:-->|\Z))
  | (?P<cdata><!\[CDATA\[.*?(?:\]\]>|\Z))
  | (?P<decl><![^>]*>?)
  | (?P<pi><\?.*?(?:\?>|\Z))
  | (?P<tag><(?P<close>/)?(?P<name>[A-Za-z][A-Za-z0-9:-]*))
  | (?P<entity>&(?:\#[0-9]{1,7}|\#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?)
""",
    re.S | re.X,
)
# One attribute (or the end of the tag), as the HTML tokenizer reads it: quotes open a
# value only after "=", and a value whose quote never closes runs to the end of the file.
_ATTRIBUTE = re.compile(
    r"""[\s/]*(?:(?P<end>>)|=?[^\s/>=]*(?:\s*=\s*(?:"[^"]*(?:"|\Z)|'[^']*(?:'|\Z)|[^\s>]*))?)"""
)


def tag_end(source: str, pos: int, end: int | None = None) -> int:
    """Index after the ``>`` that ends the tag whose attributes start at ``pos``.

    A tag that never ends takes the rest of the file, as browsers read it.

    >>> tag_end('<a href="x>y" b>text', 2), tag_end('<a b="unclosed>', 2)
    (16, 15)
    """
    n = len(source) if end is None else end
    while pos < n:
        match = _ATTRIBUTE.match(source, pos, n)
        # Never empty before the end: [^\s/>=] takes whatever [\s/] and ">" leave.
        assert match is not None and match.end() > pos
        if match["end"]:
            return match.end()
        pos = match.end()
    return n

RAW_TEXT = frozenset({"script", "style", "textarea", "xmp", "iframe", "noembed", "noframes"})
SKIPPED = frozenset({"pre", "code", "kbd", "samp", "tt", "var", "svg", "math", "template"})
BLOCKS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "caption",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "head",
        "header",
        "hgroup",
        "hr",
        "html",
        "legend",
        "li",
        "main",
        "nav",
        "ol",
        "option",
        "p",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "title",
        "tr",
        "ul",
    }
)
_MARKS = frozenset("\"'«»‹›“”„‟‘’‚‛「」『』\u00a0\u202f")
_ESCAPE = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_NAMES = {chr(cp): f"&{name};" for cp, name in codepoint2name.items()}
_NAMES.update({"'": "&apos;", "\u201a": "&sbquo;", "\u201e": "&bdquo;"})


def _style(entity: str) -> str:
    if entity.startswith("&#x"):
        return "hex" if entity[3:-1] == entity[3:-1].lower() else "HEX"
    if entity.startswith("&#X"):
        return "Xhex"
    return "decimal" if entity.startswith("&#") else "named"


def _write(char: str, style: str) -> str:
    if style == "literal" or (char.isascii() and char not in "\"'&<>"):
        return _ESCAPE.get(char, char)
    if style == "named" and char in _NAMES:
        return _NAMES[char]
    if style == "hex":
        return f"&#x{ord(char):x};"
    if style == "HEX":
        return f"&#x{ord(char):X};"
    if style == "Xhex":
        return f"&#X{ord(char):X};"
    return f"&#{ord(char)};"


class _Encoder:
    """Write a replacement the way the file writes its marks."""

    def __init__(self, default: str) -> None:
        self.default = default

    def __call__(self, replacement: str, replaced: str) -> str:
        entity = re.search(r"&#?[xX]?[0-9A-Za-z]+;", replaced)
        style = _style(entity[0]) if entity else ("literal" if replaced else self.default)
        return "".join(_write(char, style) for char in replacement)


@dataclass
class HtmlState:
    """What a reader carries from one stretch of HTML to the next.

    Markdown reads its raw HTML in pieces (HTML blocks, inline tags); a ``<pre>``
    or ``<script>`` opened in one piece keeps the prose out until it closes.
    """

    skip_depth: int = 0  # open elements whose content is never prose (<pre>, <code>…)
    raw_until: str | None = None  # raw-text element (<script>, <style>…) still open

    @property
    def skipping(self) -> bool:
        return self.skip_depth > 0 or self.raw_until is not None

    def tag(self, name: str, closing: bool, self_closing: bool) -> None:
        """Note a tag; the caller then skips raw text if ``raw_until`` is set."""
        if name in RAW_TEXT and not closing:
            self.raw_until = name
        elif name in SKIPPED and not self_closing:
            self.skip_depth = max(0, self.skip_depth + (-1 if closing else 1))

    def end_of_raw(self, source: str, pos: int, end: int) -> int:
        """Where the open raw-text element ends (its closing tag), or ``end``."""
        assert self.raw_until is not None
        close = re.compile(rf"</{self.raw_until}\b", re.I).search(source, pos, end)
        if close is None:
            return end
        self.raw_until = None
        return close.start()


_LITERAL_MARKS = _MARKS - {" "}


def read_html(
    builder: Builder | ViewSink,
    source: str,
    start: int,
    end: int,
    state: HtmlState,
    ways: Counter[str] | None = None,
) -> None:
    """Add the text nodes of ``source[start:end]`` to ``builder``.

    ``ways`` counts how the marks are written (literal, named, decimal…); without
    it, entities are read as plain text (Markdown's HTML blocks).
    """
    pos = start
    while pos < end:
        if state.raw_until is not None:
            pos = state.end_of_raw(source, pos, end)
            continue
        match = _TOKEN.search(source, pos, end)
        stop = match.start() if match else end
        if not state.skipping and stop > pos:
            if source[pos:stop].strip() or not builder.at_block_start:
                builder.text(pos, stop)
            if ways is not None:
                ways.update("literal" for c in source[pos:stop] if c in _LITERAL_MARKS)
        if match is None:
            break
        pos = match.end()
        kind = match.lastgroup if match.lastgroup != "body" else "comment"
        if kind == "comment":
            directive = parse(match["body"] or "")
            if directive is not None and directive.whole_file:
                builder.ignore_file = True
            elif directive is not None and directive.same_line:
                builder.suppress_line(match.start(), directive.codes)
            elif directive is not None:
                builder.suppress_next_block(directive.codes, block_break=False)
        elif kind == "entity":
            decoded = html.unescape(match[0])
            if state.skipping:
                continue
            if decoded == match[0] or ways is None:
                builder.text(match.start(), pos)
            else:
                builder.atom(decoded, match.start(), pos)
                if decoded in _MARKS:
                    ways[_style(match[0])] += 1
        elif kind == "tag":
            pos = tag_end(source, pos, end)
            name = match["name"].lower()
            closing = bool(match["close"])
            state.tag(name, closing, source.endswith("/>", match.start(), pos))
            if name == "br" and not state.skipping:
                builder.atom("\n", match.start(), match.start())
            elif name in BLOCKS:
                builder.block_break()


def parse_html(source: str) -> Document:
    builder = Builder(source)
    ways: Counter[str] = Counter()
    read_html(builder, source, 0, len(source), HtmlState(), ways)
    default = max(ways, key=lambda way: (ways[way], way == "literal")) if ways else "literal"
    return builder.build("html", _Encoder(default))
