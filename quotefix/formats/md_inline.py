"""Markdown inline syntax of one block, read in time linear in its length.

A paragraph (or heading) is read as a whole :class:`~quotefix.formats.view.View`,
so constructs that cross a line break are markup, not prose: code spans, raw
HTML tags (attributes on the next line), link destinations and titles (a title
on the next line) and reference definitions with their titles. The content of
inline ``<code>``, ``<pre>``, ``<script>``, ``<textarea>``… is never prose.

Linear by construction: every construct that may fail to close is resolved
with an index built once per block (where each backtick run, quote,
parenthesis, ``>`` and space is) instead of a scan to the end of the block, so
``'](' * N`` or ``'<a b="' * N`` costs N lookups, not N scans.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

import regex

from .html import HtmlState
from .view import View, ViewSink

_INLINE = regex.compile(
    r"""
    (?P<code>`+)
  | (?P<lt><)
  | (?P<dest>\]\()
  | (?P<ref>\]\[[^\]]*+\])
  | (?P<escape>\\[!-/:-@\[-`{-~])
  | (?P<emph>\*++|~~|(?<!\w)_++|_++(?!\w))
""",
    regex.X | regex.V1,
)
_AUTOLINK = regex.compile(r"<[A-Za-z][A-Za-z0-9+.\-]{1,31}:[^\s<>]*+>")
_EMAIL = regex.compile(r"<[^\s@<>\\]++@([^\s@<>\\]++)>")
_TAG_NAME = regex.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*+)")
_ATTR_NAME = regex.compile(r"\s++[A-Za-z_:][A-Za-z0-9_.:\-]*+")
_UNQUOTED = regex.compile(r"[^\s\"'=<>`]++")
# No pattern here holds a literal that must appear after a variable start ("\s*>"):
# the regex module looks for such a literal in the whole rest of the text first,
# which made every failed tag cost a scan to the end. Spaces are skipped apart.
_WHITESPACE = regex.compile(r"\s*+")
_DECLARATION = regex.compile(r"<![A-Za-z]")
_SPACE = regex.compile(r"[ \t]*+(?:\n[ \t]*+)?")
_LINE_END = regex.compile(r"[ \t]*+(?:\n|\Z)")
_REFDEF_START = regex.compile(r" {0,3}\[")
_DEST = regex.compile(r"[^\s]++")
# Characters the index records (escaped ones are left out).
_INDEXED = regex.compile(r"\\[\s\S]|[\"'()<>\s]")

# (comment body, applies to the next block, source offset of the comment)
Directive = Callable[[str, bool, int], None]


class Index:
    """Where the unescaped quotes, brackets and spaces of a text are, found once."""

    def __init__(self, text: str) -> None:
        self.positions: dict[str, list[int]] = {c: [] for c in "\"'()<>"}
        # Quotes as HTML sees them: a backslash escapes nothing in an attribute value.
        self.raw: dict[str, list[int]] = {c: [] for c in "\"'"}
        for match in regex.finditer(r"[\"']", text):
            self.raw[match[0]].append(match.start())
        self.space: list[int] = []
        self.newline: list[int] = []
        for match in _INDEXED.finditer(text):
            char = match[0]
            if len(char) > 1:
                continue
            if char.isspace():
                self.space.append(match.start())
                if char == "\n":
                    self.newline.append(match.start())
            else:
                self.positions[char].append(match.start())
        # Parenthesis balance before each parenthesis, and where each balance is reached.
        self._parens = sorted(self.positions["("] + self.positions[")"])
        self._after: list[int] = []  # balance after parenthesis k
        self._reached: dict[int, list[int]] = {}
        balance = 0
        for k, pos in enumerate(self._parens):
            balance += 1 if text[pos] == "(" else -1
            self._after.append(balance)
            self._reached.setdefault(balance, []).append(k)

    @staticmethod
    def _next(positions: list[int], pos: int) -> int | None:
        k = bisect_left(positions, pos)
        return positions[k] if k < len(positions) else None

    def next(self, char: str, pos: int) -> int | None:
        """The first unescaped ``char`` (one of ``"'()<>``) at or after ``pos``."""
        return self._next(self.positions[char], pos)

    def next_raw(self, quote: str, pos: int) -> int | None:
        """The first ``quote`` at or after ``pos``, escaped or not."""
        return self._next(self.raw[quote], pos)

    def next_space(self, pos: int) -> int | None:
        return self._next(self.space, pos)

    def next_newline(self, pos: int) -> int | None:
        return self._next(self.newline, pos)

    def balance(self, pos: int) -> int:
        """Open parentheses minus closed ones before ``pos``."""
        k = bisect_left(self._parens, pos)
        return self._after[k - 1] if k > 0 else 0

    def closing_paren(self, pos: int) -> int | None:
        """The ``)`` that closes the parentheses opened from ``pos`` on (depth 0 at ``pos``)."""
        k = bisect_left(self._parens, pos)
        before = self._after[k - 1] if k > 0 else 0
        reached = self._reached.get(before - 1, [])
        j = bisect_left(reached, k)
        return self._parens[reached[j]] if j < len(reached) else None


class InlineReader:
    """Read one block's inline syntax into a sink, leaving markup out."""

    def __init__(
        self, sink: ViewSink, view: View, state: HtmlState, directive: Directive
    ) -> None:
        self.sink = sink
        self.view = view
        self.text = view.text
        self.state = state
        self.directive = directive
        self._index: Index | None = None
        self._runs: dict[int, list[int]] | None = None  # backtick run length -> starts

    @property
    def index(self) -> Index:
        if self._index is None:
            self._index = Index(self.text)
        return self._index

    def _emit(self, start: int, end: int) -> None:
        if end > start and not self.state.skipping:
            self.sink.text(start, end)

    # -- the block -------------------------------------------------------------------

    def read(self, start: int = 0) -> None:
        text = self.text
        pos = self._reference_definitions(start)
        while pos < len(text):
            if self.state.raw_until is not None:
                pos = self.state.end_of_raw(text, pos, len(text))
                continue
            match = _INLINE.search(text, pos)
            if match is None:
                self._emit(pos, len(text))
                return
            self._emit(pos, match.start())
            kind = match.lastgroup
            at = match.start()
            pos = match.end()
            if kind == "code":
                pos = self._code_span(at, pos)
            elif kind == "lt":
                pos = self._angle(at)
            elif kind == "dest":
                after = self._link_end(pos)
                if after is None:
                    self._emit(at, pos)
                else:
                    pos = after
            elif kind == "escape" and not self.state.skipping:
                self.sink.atom(text[at + 1], at, pos, editable=False)
            # ref, emph: markup, left out

    # -- code spans ------------------------------------------------------------------

    def _code_span(self, at: int, pos: int) -> int:
        """After the code span opened by the backticks at ``at``; literal if never closed."""
        if self._runs is None:
            self._runs = {}
            for run in regex.finditer(r"`++", self.text):
                self._runs.setdefault(len(run[0]), []).append(run.start())
        # The opener may be the tail of a longer run (after an escaped backtick); the
        # closer is the next whole run of the same length.
        starts = self._runs.get(pos - at, [])
        k = bisect_left(starts, pos)
        if k == len(starts):
            self._emit(at, pos)
            return pos
        return starts[k] + (pos - at)

    # -- "<": autolinks, raw HTML ------------------------------------------------------

    def _angle(self, at: int) -> int:
        text = self.text
        if text.startswith("<!--", at):
            close = text.find("-->", at + 4)
            if close < 0:
                return len(text)  # an unclosed comment: the rest of the block is not prose
            self.directive(text[at + 4 : close], False, self.view.to_source(at))
            return close + 3
        link = _AUTOLINK.match(text, at)
        if link is not None:
            return int(link.end())
        email = _EMAIL.match(text, at)
        if email is not None and "." in email[1]:
            return int(email.end())
        if text.startswith("<?", at):
            close = text.find("?>", at + 2)
            return len(text) if close < 0 else close + 2
        if text.startswith("<![CDATA[", at):
            close = text.find("]]>", at + 9)
            return len(text) if close < 0 else close + 3
        if _DECLARATION.match(text, at):
            gt = self.index.next(">", at)
            return len(text) if gt is None else gt + 1
        end = self._tag(at)
        if end is not None:
            return end
        # Not a tag: "<" and the name after it are text, but nothing may be inserted
        # beside them (a space after "<p" would turn the line into an HTML block).
        name = _TAG_NAME.match(text, at)
        stop = int(name.end()) if name is not None else at + 1
        if not self.state.skipping:
            self.sink.atom(text[at:stop], at, stop, editable=False)
        return stop

    def _tag(self, at: int) -> int | None:
        """After the open or closing tag at ``at`` (CommonMark syntax), or ``None``."""
        text = self.text
        name = _TAG_NAME.match(text, at)
        if name is None:
            return None
        pos = name.end()
        closing = bool(name[1])
        if closing:
            pos = self._skip_space(pos)
            if not text.startswith(">", pos):
                return None
            self.state.tag(name[2].lower(), True, False)
            return pos + 1
        while True:
            attribute = _ATTR_NAME.match(text, pos)
            if attribute is None:
                break
            pos = attribute.end()
            equals = self._skip_space(pos)
            if not text.startswith("=", equals):
                continue
            value_at = self._skip_space(equals + 1)
            if value_at < len(text) and text[value_at] in "\"'":
                close = self.index.next_raw(text[value_at], value_at + 1)
                if close is None:
                    return None
                pos = close + 1
            else:
                unquoted = _UNQUOTED.match(text, value_at)
                if unquoted is None:
                    return None
                pos = unquoted.end()
        pos = self._skip_space(pos)
        self_closing = text.startswith("/", pos)
        pos += self_closing
        if not text.startswith(">", pos):
            return None
        self.state.tag(name[2].lower(), False, self_closing)
        return pos + 1

    def _skip_space(self, pos: int) -> int:
        return int(_WHITESPACE.match(self.text, pos).end())

    # -- links -------------------------------------------------------------------------

    def _link_end(self, pos: int) -> int | None:
        """After the ``)`` that ends a link destination and title starting at ``pos``."""
        text = self.text
        index = self.index
        pos = _SPACE.match(text, pos).end()
        if pos < len(text) and text[pos] == "<":
            close = index.next(">", pos + 1)
            stop = min(
                (p for p in (index.next("<", pos + 1), index.next_newline(pos)) if p is not None),
                default=None,
            )
            if close is None or (stop is not None and stop < close):
                return None
            pos = close + 1
        else:
            space = index.next_space(pos)
            end = len(text) if space is None else space
            paren = index.closing_paren(pos)
            if paren is not None and paren < end:
                return paren + 1  # no title: the destination runs to its ")"
            if index.balance(end) != index.balance(pos):
                return None  # a "(" left open: not a destination
            pos = end
        pos = _SPACE.match(text, pos).end()
        if pos < len(text) and text[pos] in "\"'(":
            closer = ")" if text[pos] == "(" else text[pos]
            close = index.next(closer, pos + 1)
            if close is None:
                return None
            pos = _SPACE.match(text, close + 1).end()
        return pos + 1 if pos < len(text) and text[pos] == ")" else None

    # -- reference definitions -----------------------------------------------------------

    def _reference_definitions(self, pos: int) -> int:
        """After the reference definitions that open the block (they are all markup)."""
        while True:
            end = self._reference_definition(pos)
            if end is None:
                return pos
            pos = end

    def _reference_definition(self, pos: int) -> int | None:
        text = self.text
        start = _REFDEF_START.match(text, pos, pos + 4)  # bounded: see _WHITESPACE
        if start is None:
            return None
        close = text.find("]", start.end())
        if close <= start.end() or not text.startswith("]:", close):
            return None
        if "[" in text[start.end() : close]:
            return None
        at = _SPACE.match(text, close + 2).end()
        if text.startswith("<", at):
            end = self.index.next(">", at + 1)
            newline = self.index.next_newline(at)
            if end is None or (newline is not None and newline < end):
                return None
            dest_end = end + 1
        else:
            dest = _DEST.match(text, at)
            if dest is None:
                return None
            dest_end = dest.end()
        plain = _LINE_END.match(text, dest_end)
        # A title, maybe on the next line; without one the definition ends with its line.
        title_at = _SPACE.match(text, dest_end).end()
        if title_at > dest_end and title_at < len(text) and text[title_at] in "\"'(":
            closer = ")" if text[title_at] == "(" else text[title_at]
            title_end = self.index.next(closer, title_at + 1)
            if title_end is not None:
                after = _LINE_END.match(text, title_end + 1)
                if after is not None:
                    return int(after.end())
        return int(plain.end()) if plain is not None else None
