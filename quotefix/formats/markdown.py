"""Markdown: only prose reaches the engine.

Never checked or changed: YAML/TOML front matter, fenced and indented code,
code spans, HTML comments and tags, autolinks, link destinations and titles,
reference definitions, and the markup itself (heading hashes, list and
block-quote markers, emphasis delimiters, backslashes of escapes). Headings,
list items and blank-line separated paragraphs are blocks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .directives import parse
from .document import Builder, Document

_FRONT = re.compile(r"\A(---|\+\+\+)[ \t]*\r?\n.*?^(?:\1|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.M | re.S)
_LINE = re.compile(r"[^\n]*\n|[^\n]+")
_QUOTE_PREFIX = re.compile(r" {0,3}(?:>[ \t]?)+")
_FENCE = re.compile(r"[ \t]{0,3}(`{3,}|~{3,})")
_THEMATIC = re.compile(r" {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*")
_SETEXT = re.compile(r" {0,3}(?:=+|-+)[ \t]*")
_TABLE_RULE = re.compile(r"[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*")
_REFDEF = re.compile(r" {0,3}\[[^\]]+\]:[ \t]*\S.*")
_LIST = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)")
_HEADING = re.compile(r" {0,3}#{1,6}(?:[ \t]+|$)")
_CLOSING_HASHES = re.compile(r"[ \t]+#+[ \t]*$")
_INLINE = re.compile(
    r"""
    (?P<code>`+)
  | (?P<comment><!--)
  | (?P<autolink><[A-Za-z][A-Za-z0-9+.\-]{1,31}:[^\s<>]*>|<[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>)
  | (?P<tag></?[A-Za-z][A-Za-z0-9-]*
      (?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*/?>)
  | (?P<dest>\]\()
  | (?P<ref>\]\[[^\]\n]*\])
  | (?P<escape>\\[!-/:-@\[-`{-~])
  | (?P<emph>\*+|~~|(?<!\w)_+|_+(?!\w))
""",
    re.X,
)


@dataclass
class _State:
    fence: tuple[str, int] | None = None
    comment: list[str] | None = None  # body of an HTML comment still open
    comment_at_line_start: bool = False
    previous: str = "blank"  # blank, text, code, list
    in_list: bool = False
    heading: bool = False
    pending: list[str] = field(default_factory=list)


def _link_end(source: str, i: int, end: int) -> int | None:
    """Index after the ``)`` closing a link destination that starts at ``i``."""
    n = end
    while i < n and source[i] in " \t":
        i += 1
    if i < n and source[i] == "<":
        close = source.find(">", i, n)
        if close < 0:
            return None
        i = close + 1
    else:
        depth = 0
        while i < n and source[i] not in " \t":
            if source[i] == "\\":
                i += 2
                continue
            if source[i] == "(":
                depth += 1
            elif source[i] == ")":
                if depth == 0:
                    return i + 1
                depth -= 1
            i += 1
    while i < n and source[i] in " \t":
        i += 1
    if i < n and source[i] in "\"'(":
        closer = ")" if source[i] == "(" else source[i]
        close = source.find(closer, i + 1, n)
        if close < 0:
            return None
        i = close + 1
        while i < n and source[i] in " \t":
            i += 1
    return i + 1 if i < n and source[i] == ")" else None


def _directive(builder: Builder, body: str, block_level: bool) -> None:
    directive = parse(body)
    if directive is None:
        return
    if directive.whole_file:
        builder.ignore_file = True
    else:
        builder.suppress_next_block(directive.codes, block_break=block_level)


def _inline(
    builder: Builder, state: _State, source: str, pos: int, end: int, line_start: int
) -> None:
    """Add the prose of ``source[pos:end]`` (one line without its ending)."""
    if state.comment is not None:
        close = source.find("-->", pos, end)
        if close < 0:
            state.comment.append(source[pos:end])
            return
        state.comment.append(source[pos:close])
        _directive(builder, "\n".join(state.comment), state.comment_at_line_start)
        state.comment = None
        pos = close + 3
    while pos < end:
        match = _INLINE.search(source, pos, end)
        if match is None:
            builder.text(pos, end)
            return
        builder.text(pos, match.start())
        kind = match.lastgroup
        pos = match.end()
        if kind == "code":
            run = len(match[0])
            closing = re.compile(rf"(?<!`)`{{{run}}}(?!`)").search(source, pos, end)
            if closing is None:
                builder.text(match.start(), pos)
            else:
                pos = closing.end()
        elif kind == "comment":
            close = source.find("-->", pos, end)
            at_start = not source[line_start : match.start()].strip(" \t>")
            if close < 0:
                state.comment = [source[pos:end]]
                state.comment_at_line_start = at_start
                return
            _directive(builder, source[pos:close], at_start and not source[close + 3 : end].strip())
            pos = close + 3
        elif kind == "dest":
            after = _link_end(source, pos, end)
            if after is None:
                builder.text(match.start(), pos)
            else:
                pos = after
        elif kind == "escape":
            builder.atom(source[pos - 1], match.start(), pos, editable=False)
        # autolink, tag, ref, emph: markup, left out


def parse_markdown(source: str) -> Document:
    builder = Builder(source)
    state = _State()
    front = _FRONT.match(source)
    offset = front.end() if front else 0
    for line in _LINE.findall(source, offset):
        start = offset
        offset += len(line)
        end = start + len(line.rstrip("\r\n"))
        newline = start + len(line) - 1 if line.endswith("\n") else None
        _line(builder, state, source, start, end)
        if newline is not None and state.comment is None:
            builder.newline(newline)
        if state.heading:
            builder.block_break()
            state.heading = False
    return builder.build("markdown")


def _line(builder: Builder, state: _State, source: str, start: int, end: int) -> None:
    text = source[start:end]
    if state.comment is not None:
        _inline(builder, state, source, start, end, start)
        return
    quote = _QUOTE_PREFIX.match(text)
    pos = start + (quote.end() if quote else 0)
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
        builder.block_break()
        state.previous = "blank"
        return
    indented = body.expandtabs(4).startswith("    ")
    if indented and state.previous in ("blank", "code") and not state.in_list:
        builder.block_break()
        state.previous = "code"
        return
    fence = _FENCE.match(body)
    if fence and not (fence[1][0] == "`" and "`" in body[fence.end() :]):
        state.fence = (fence[1][0], len(fence[1]))
        builder.block_break()
        state.previous = "code"
        return
    if (
        _THEMATIC.fullmatch(body)
        or _TABLE_RULE.fullmatch(body)
        or _REFDEF.fullmatch(body)
        or (state.previous == "text" and _SETEXT.fullmatch(body))
    ):
        builder.block_break()
        state.previous = "blank" if not state.in_list else "list"
        return
    heading = _HEADING.match(body)
    item = None if heading else _LIST.match(body)
    if heading:
        builder.block_break()
        pos += heading.end()
        closing = _CLOSING_HASHES.search(source, pos, end)
        end = closing.start() if closing else end
        state.heading = True
        state.in_list = False
    elif item:
        builder.block_break()
        pos += item.end()
        state.in_list = True
    elif state.previous == "blank" and not indented:
        state.in_list = False
    while pos < end and source[pos] in " \t":
        pos += 1
    _inline(builder, state, source, pos, end, start)
    state.previous = "list" if item else "text"
