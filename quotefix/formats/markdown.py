"""Markdown: only prose reaches the engine.

Never checked or changed: YAML/TOML front matter, fenced and indented code,
code spans (also across a line break), raw HTML — HTML blocks are read as
HTML, text nodes only, and the content of ``<script>``, ``<style>``,
``<pre>``, ``<code>``, ``<textarea>``… is never prose, in blocks or inline —,
HTML comments, autolinks, link destinations and titles (also on the next
line), reference definitions with their titles, and the markup itself
(heading hashes, list and block-quote markers, emphasis delimiters,
backslashes of escapes). Headings, list items and blank-line separated
paragraphs are blocks.

Blocks are found line by line; each paragraph and each HTML block is then
read whole (see :mod:`~quotefix.formats.view`), so constructs spanning lines
are recognised. Every step is linear in the length of the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import regex

from .directives import parse
from .document import Builder, Document
from .html import HtmlState, read_html
from .md_inline import InlineReader
from .view import Line, View, ViewSink

_FRONT = re.compile(r"\A(---|\+\+\+)[ \t]*\r?\n.*?^(?:\1|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.M | re.S)
_LINE = re.compile(r"[^\n]*\n|[^\n]+")
_QUOTE_PREFIX = regex.compile(r" {0,3}+(?:>[ \t]?+)++")
_FENCE = regex.compile(r"[ \t]{0,3}+(`{3,}+|~{3,}+)")
_THEMATIC = regex.compile(r" {0,3}+([-*_])(?:[ \t]*+\1)++[ \t]*+")
_SETEXT = regex.compile(r" {0,3}+(?:=++|-++)[ \t]*+")
_TABLE_CELL = regex.compile(r"[ \t]*+:?-++:?[ \t]*+")
_LIST = regex.compile(r"[ \t]*+(?:[-*+]|\d{1,9}[.)])(?:[ \t]++|$)")
_HEADING = regex.compile(r" {0,3}+#{1,6}(?:[ \t]++|$)")

# HTML blocks (CommonMark 0.31, section 4.6): how each kind starts and ends.
_BLOCK_NAMES = (
    "address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|"
    "details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|"
    "h1|h2|h3|h4|h5|h6|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|"
    "noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|"
    "thead|title|tr|track|ul"
)
_HTML_STARTS: tuple[tuple[regex.Pattern[str], str | None], ...] = (
    (regex.compile(r" {0,3}+<(?:script|pre|style|textarea)(?:[ \t>]|$)", regex.I),
     r"</(?:script|pre|style|textarea)>"),
    (regex.compile(r" {0,3}+<!--"), "-->"),
    (regex.compile(r" {0,3}+<\?"), r"\?>"),
    (regex.compile(r" {0,3}+<![A-Za-z]"), ">"),
    (regex.compile(r" {0,3}+<!\[CDATA\["), r"\]\]>"),
    (regex.compile(rf" {{0,3}}+</?(?:{_BLOCK_NAMES})(?:[ \t>]|/>|$)", regex.I), None),
)
# Kind 7: a whole open or closing tag alone on its line; it cannot interrupt a paragraph.
_HTML_LONE_TAG = regex.compile(
    r""" {0,3}+(?:<[A-Za-z][A-Za-z0-9-]*+(?:[ \t]++[A-Za-z_:][A-Za-z0-9_.:-]*+"""
    r"""(?:[ \t]*+=[ \t]*+(?:[^\s"'=<>`]++|'[^'\n]*+'|"[^"\n]*+"))?+)*+[ \t]*+/?>"""
    r"""|</[A-Za-z][A-Za-z0-9-]*+[ \t]*+>)[ \t]*+$"""
)


def _table_rule(body: str) -> bool:
    """True for a table's delimiter row (``| --- | :-: |``); no pattern backtracks on it."""
    cells = body.strip(" \t")
    cells = cells[1:] if cells.startswith("|") else cells
    cells = cells[:-1] if cells.endswith("|") else cells
    parts = cells.split("|")
    return len(parts) >= 2 and all(_TABLE_CELL.fullmatch(part) for part in parts)


def _heading_end(source: str, pos: int, end: int) -> int:
    """End of a heading's text: without trailing spaces and a closing run of ``#``."""
    text_end = end
    while text_end > pos and source[text_end - 1] in " \t":
        text_end -= 1
    hashes = text_end
    while hashes > pos and source[hashes - 1] == "#":
        hashes -= 1
    if hashes < text_end and (hashes == pos or source[hashes - 1] in " \t"):
        return hashes
    return end


@dataclass
class _Block:
    kind: str  # "paragraph" or "html"
    lines: list[Line] = field(default_factory=list)
    html_end: str | None = None  # kinds 1-5: what ends the HTML block
    comment: bool = False  # an HTML comment block (a directive applies to the next block)


@dataclass
class _State:
    fence: tuple[str, int] | None = None
    previous: str = "blank"  # blank, text, code, list
    in_list: bool = False
    block: _Block | None = None
    html: HtmlState = field(default_factory=HtmlState)


class _Reader:
    def __init__(self, source: str) -> None:
        self.source = source
        self.builder = Builder(source)
        self.state = _State()

    # -- blocks ------------------------------------------------------------------------

    def _directive(self, body: str, block_level: bool, offset: int) -> None:
        directive = parse(body)
        if directive is None:
            return
        if directive.whole_file:
            self.builder.ignore_file = True
        elif directive.same_line:
            self.builder.suppress_line(offset, directive.codes)
        else:
            self.builder.suppress_next_block(directive.codes, block_break=block_level)

    def _close(self) -> None:
        """Read the open paragraph or HTML block whole, then end it."""
        block = self.state.block
        self.state.block = None
        if block is None or not block.lines:
            return
        view = View(self.source, block.lines)
        sink = ViewSink(self.builder, view)
        if block.kind == "html":
            body = view.text.strip()
            if block.comment and body.startswith("<!--") and body.find("-->") == len(body) - 3:
                self.builder.block_break()
                self._directive(body[4:-3], True, view.to_source(view.text.find("<!--")))
            else:
                read_html(sink, view.text, 0, len(view.text), self.state.html)
        else:
            InlineReader(sink, view, self.state.html, self._directive).read()
        self.builder.block_break()

    def _open(self, kind: str, html_end: str | None = None, comment: bool = False) -> _Block:
        self._close()
        self.builder.block_break()
        self.state.block = _Block(kind, html_end=html_end, comment=comment)
        return self.state.block

    def read(self) -> Document:
        source = self.source
        front = _FRONT.match(source)
        offset = front.end() if front else 0
        for line in _LINE.findall(source, offset):
            start = offset
            offset += len(line)
            end = start + len(line.rstrip("\r\n"))
            newline = start + len(line) - 1 if line.endswith("\n") else None
            self._line(start, end, newline)
        self._close()
        return self.builder.build("markdown")

    def _line(self, start: int, end: int, newline: int | None) -> None:
        source, state = self.source, self.state
        block = state.block
        if (
            block is not None
            and block.kind == "html"
            and self._html_line(block, start, end, newline)
        ):
            return
        quote = _QUOTE_PREFIX.match(source, start, end)
        pos = quote.end() if quote else start
        body = source[pos:end]
        if state.fence is not None:
            char, length = state.fence
            closing = _FENCE.match(body)
            if (
                closing
                and closing[1][0] == char
                and len(closing[1]) >= length
                and not body[closing.end() :].strip()
            ):
                state.fence = None
            return
        if not body.strip():
            self._close()
            self.builder.block_break()
            state.previous = "blank"
            return
        paragraph = block is not None and block.kind == "paragraph"
        indented = body.expandtabs(4).startswith("    ")
        if indented and not paragraph and state.previous in ("blank", "code") and not state.in_list:
            self._close()
            self.builder.block_break()
            state.previous = "code"
            return
        fence = _FENCE.match(body)
        if fence and not (fence[1][0] == "`" and "`" in body[fence.end() :]):
            self._close()
            state.fence = (fence[1][0], len(fence[1]))
            self.builder.block_break()
            state.previous = "code"
            return
        if not indented and self._html_start(body, pos, end, newline, paragraph):
            return
        if (
            _THEMATIC.fullmatch(body)
            or ("|" in body and _table_rule(body))
            or (paragraph and _SETEXT.fullmatch(body))
        ):
            self._close()
            self.builder.block_break()
            state.previous = "blank" if not state.in_list else "list"
            return
        heading = _HEADING.match(body)
        item = None if heading else _LIST.match(body)
        if heading:
            pos += heading.end()
            self._open("paragraph").lines.append(
                Line(pos, max(pos, _heading_end(source, pos, end)), None)
            )
            self._close()
            state.in_list = False
            state.previous = "text"
            return
        if item:
            pos += item.end()
            self._open("paragraph")
            state.in_list = True
        elif state.previous == "blank" and not indented:
            state.in_list = False
        while pos < end and source[pos] in " \t":
            pos += 1
        if state.block is None:
            self._open("paragraph")
        assert state.block is not None
        state.block.lines.append(Line(pos, end, newline))
        state.previous = "list" if item else "text"

    def _html_start(
        self, body: str, pos: int, end: int, newline: int | None, paragraph: bool
    ) -> bool:
        """Open an HTML block if the line starts one (it may also end on this line)."""
        kind, ending = next(
            ((k, end) for k, (start, end) in enumerate(_HTML_STARTS, 1) if start.match(body)),
            (7, None),
        )
        if kind == 7 and (paragraph or not _HTML_LONE_TAG.match(body)):
            return False
        self._open("html", ending, comment=kind == 2)
        self._html_add(pos, end, newline, search_from=pos + body.index("<") + 1)
        return True

    def _html_line(self, block: _Block, start: int, end: int, newline: int | None) -> bool:
        """Add a line to the open HTML block; False when the line is not part of it."""
        source = self.source
        quote = _QUOTE_PREFIX.match(source, start, end)
        pos = quote.end() if quote else start
        if block.html_end is None:  # kinds 6 and 7 end before a blank line
            if not source[pos:end].strip():
                self._close()
                return False
            block.lines.append(Line(pos, end, newline))
            return True
        self._html_add(pos, end, newline, search_from=pos)
        return True

    def _html_add(self, pos: int, end: int, newline: int | None, search_from: int) -> None:
        """Add a line to the HTML block; close the block if its end marker is on the line.

        What follows the marker on its line is read as Markdown, not as HTML: a
        code span after a comment (``<!-- x --> `code```) stays code.
        """
        block = self.state.block
        assert block is not None
        self.state.previous = "text"
        found = None
        if block.html_end is not None:
            found = regex.compile(block.html_end, regex.I).search(self.source, search_from, end)
        if found is None:
            block.lines.append(Line(pos, end, newline))
            return
        block.lines.append(Line(pos, found.end(), None))
        self._close()
        self.state.previous = "blank"
        if self.source[found.end() : end].strip():
            self._open("paragraph").lines.append(Line(found.end(), end, newline))
            self.state.previous = "text"


def parse_markdown(source: str) -> Document:
    return _Reader(source).read()
