"""QF308: spaces that machine translation's detokeniser leaves in English text.

MT systems tokenise the source (``the minister , who``), translate token by
token and join the tokens again; where the joining step does not know the
target's rules, spaces stay before ``,`` and ``.``, inside brackets, and a
comma can even start a new line. (Runs of spaces between words are left
alone: in a Markdown or HTML document they are where markup was read
out.) Which tokens attach to the word before and
which to the word after is read from sacremoses' Moses detokeniser (the
reference for this job, ``MosesDetokenizer.IS_PUNCT`` and
``IS_CURRENCY_SYMBOL``; recorded here, checked against it by the tests).

Each repair is safe, except inside numbers (``1 , 000`` may be a thousand or
a list; ``2 . 5``, ``2 - 1``): those are offered as unsafe. Never touched: a
spaced ellipsis (``. . .``), code spans, markup and addresses. ``; : ! ? %``
belong to QF301. Only English targets are checked: a French target's
required spaces are QF307's.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any

import regex

from ..marks import SPACE, SPACES
from ..model import Finding
from ..scan.double import glyph_positions
from .context import RuleContext
from .prescan import spaced_marks

# Punctuation QF301 already judges (a space before it is French typography).
_QF301 = ";:!?%"
# Candidates tried against the detokeniser's own patterns.
_PUNCTUATION = ",.;:!?%)]}"
_OPENING = "([{"
_QUOTE_CLOSERS = "”»\"’'"


# What the Moses detokeniser (sacremoses' ``MosesDetokenizer``) joins, among the
# candidates above: to the word before, the marks its ``IS_PUNCT`` pattern matches; to
# the word after, those its ``IS_CURRENCY_SYMBOL`` pattern matches. Recorded here, and
# checked against sacremoses by the tests: importing sacremoses (and the joblib and
# numpy it pulls in) would cost some 30 MB of memory for two short strings.
_ATTACH_LEFT = ",.)]}"
_ATTACH_RIGHT = "([{"


def attach_sets() -> tuple[str, str]:
    """The marks the Moses detokeniser joins to the word before, and to the word after.

    >>> attach_sets()
    (',.)]}', '([{')
    """
    return _ATTACH_LEFT, _ATTACH_RIGHT


@lru_cache(maxsize=1)
def _patterns() -> tuple[regex.Pattern[str], ...]:
    left, right = attach_sets()
    left_class = regex.escape(left)
    right_class = regex.escape(right)
    closing = r"[\p{L}\p{N}\p{Pe}\p{Pf}\"'’%…]"
    before = regex.compile(
        rf"(?<={closing})(?P<space>{SPACE}+)(?P<mark>[{left_class}])"
        r"(?![\p{L}\p{N}])",
        regex.VERSION1,
    )
    after = regex.compile(
        rf"(?P<mark>[{right_class}])(?P<space>{SPACE}+)(?=[\p{{L}}\p{{N}}\"'“‘«])",
        regex.VERSION1,
    )
    comma_line = regex.compile(
        rf"(?<=[\p{{L}}\p{{N}}\p{{Pe}}\p{{Pf}}])(?P<space>{SPACE}*\n{SPACE}*),(?= )"
    )
    dash = regex.compile(rf"(?<=\p{{N}})(?P<space>{SPACE}+)-{SPACE}+(?=\p{{N}})", regex.VERSION1)
    return before, after, comma_line, dash


# Code spans, tags and addresses keep their spaces. The address alternative tries
# every word of the text, so it is left out where no "://" stands.
_PROTECTED = regex.compile(r"(?<!`)`[^`\n]+`(?!`)|<[^<>\n]*>|\b\w+://\S+")
_PROTECTED_NO_ADDRESS = regex.compile(r"(?<!`)`[^`\n]+`(?!`)|<[^<>\n]*>")


@lru_cache(maxsize=4)  # asked by QF301, QF308 and QF311 of the same text
def _protected(text: str) -> tuple[tuple[int, int], ...]:
    if "://" in text:
        return tuple(m.span() for m in _PROTECTED.finditer(text))
    if "`" not in text and "<" not in text:
        return ()
    return tuple(m.span() for m in _PROTECTED_NO_ADDRESS.finditer(text))


def protected_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Code spans, tags and addresses of ``text``: spacing rules leave them alone."""
    return _protected(text)


def inside(spans: Sequence[tuple[int, int]], pos: int) -> bool:
    """True when ``pos`` lies in one of ``spans`` (sorted and not overlapping)."""
    k = bisect_right(spans, (pos, sys.maxsize)) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def _run_starts(text: str, ends: list[int]) -> list[int]:
    """Where the run of spaces ending before each offset of ``ends`` starts."""
    starts = set()
    for end in ends:
        start = end
        while start > 0 and text[start - 1] in SPACES:
            start -= 1
        starts.add(start)
    return sorted(starts)


def spaced_mark_runs(text: str, marks: str) -> list[int]:
    """Where each run of spaces right before one of ``marks`` starts, in order: the
    only places a pattern of the form ``spaces, then one of marks`` can match."""
    return _run_starts(text, _before(text, marks))


def _before(text: str, marks: str) -> list[int]:
    """Offsets of ``marks`` with a space right before them, in order: one scan of the
    text with a character-class pattern (a space is never a mark, so pairs never
    overlap)."""
    return [m.start() + 1 for m in _pair_pattern(SPACES, marks).finditer(text)]


@lru_cache(maxsize=8)
def _pair_pattern(first: str, second: str) -> re.Pattern[str]:
    """A character of ``first`` followed by one of ``second``."""
    return re.compile(f"[{re.escape(first)}][{re.escape(second)}]")


def _breaks_before_comma(text: str) -> list[int]:
    """Offsets of the line breaks followed (after spaces) by a comma."""
    found = []
    for pos in glyph_positions(text, "\n"):
        after = pos + 1
        while after < len(text) and text[after] in SPACES:
            after += 1
        if text.startswith(",", after):
            found.append(pos)
    return found


def _candidates(text: str, pattern: regex.Pattern[str], ends: list[int]) -> Iterator[Any]:
    """``pattern.finditer(text)``, tried only where a run of spaces ends before one of
    ``ends``: the pattern's matches start there and nowhere else."""
    for start in _run_starts(text, ends):
        match = pattern.match(text, start)
        if match is not None:
            yield match


def _may_hold_candidates(text: str, spaced: frozenset[str]) -> bool:
    """False when no pattern of QF308 can match: no space before a mark the
    detokeniser could join, none after an opening bracket, no comma starting a line
    and no spaced hyphen after a digit. ``spaced``: the marks that follow a space in
    ``text`` (``prescan.spaced_marks``)."""
    if not spaced.isdisjoint(_ATTACH_LEFT):
        return True
    for opening in _OPENING:
        pos = text.find(opening)
        while pos >= 0:
            if text[pos + 1 : pos + 2] in SPACES and pos + 1 < len(text):
                return True
            pos = text.find(opening, pos + 1)
    if "\n" in text and _COMMA_LINE.search(text):
        return True
    return "-" in spaced and _spaced_hyphen_after_digit(text)


def _spaced_hyphen_after_digit(text: str) -> bool:
    """A hyphen after a run of spaces that follows a digit (``2 - 1``). Hyphens are few
    in a text and found by ``str.find``; a pattern led by a class of spaces would try
    every character."""
    pos = text.find("-")
    while pos >= 0:
        start = pos
        while start > 0 and text[start - 1] in SPACES:
            start -= 1
        if 0 < start < pos and text[start - 1].isdigit():
            return True
        pos = text.find("-", pos + 1)
    return False


# A comma starting a line, after spaces (what _breaks_before_comma looks for).
_COMMA_LINE = re.compile("\n[" + re.escape(SPACES) + "]*,")


def findings(ctx: RuleContext, spaced: frozenset[str] | None = None) -> Iterator[Finding]:
    """Yield the QF308 findings of ``ctx.text`` (English targets only); ``spaced`` is
    ``prescan.spaced_marks(ctx.text)`` when the caller has it."""
    text = ctx.text
    if not _may_hold_candidates(text, spaced_marks(text) if spaced is None else spaced):
        return  # clean copy: not a pattern is tried
    before, after, comma_line, dash = _patterns()
    left = _ATTACH_LEFT
    spans = _protected(text)
    found: list[Finding] = []
    for m in _candidates(text, before, _before(text, left)):
        start, end = m.span("space")
        mark = m["mark"]
        if inside(spans, start) or (text[start - 1] in _QUOTE_CLOSERS and mark in ".,"):
            continue  # after a closing mark: QF203's (space between the mark and . or ,)
        if mark == "," and text.startswith(",", m.end()):
            continue  # ,,word: a German low mark typed as two commas (QF311)
        if mark == "." and (text.startswith(" .", m.end()) or text[start - 1] == "."):
            continue  # a spaced ellipsis: . . .
        number = text[start - 1].isdigit() and _digit_after(text, m.end())
        if number:
            # 1 , 000 (a thousand, or a list?) and 2 . 5: a person reads it.
            stop = m.end()
            while stop < len(text) and text[stop] == " ":
                stop += 1
            joined = mark if mark == "." or _thousands(text, stop) else mark + " "
            found.append(
                ctx.finding(
                    "QF308",
                    start,
                    stop,
                    f"spaces around {mark!r} between digits; a number ({text[start - 1]}"
                    f"{joined.strip()}…) or a list? (machine-translation spacing)",
                    (start, stop, joined),
                    False,
                )
            )
            continue
        found.append(
            ctx.finding(
                "QF308",
                start,
                end,
                f"space before {mark!r} left by machine translation; English sets none",
                (start, end, ""),
            )
        )
    found.extend(
        _space_removals(
            ctx,
            after.finditer(text),
            spans,
            lambda m: f"space after {m['mark']!r} left by machine translation; English sets none",
        )
    )
    found.extend(
        _space_removals(
            ctx,
            _candidates(text, comma_line, _breaks_before_comma(text)),
            spans,
            lambda m: "line break before a comma left by machine translation; the comma joins"
            " the word before",
        )
    )
    for m in _candidates(text, dash, _before(text, "-")):
        if inside(spans, m.start()):
            continue
        found.append(
            ctx.finding(
                "QF308",
                m.start(),
                m.end(),
                "spaces around a hyphen between numbers (a score such as 2-1, or a range?)",
                (m.start(), m.end(), "-"),
                False,
            )
        )
    found.sort(key=lambda f: f.start)
    yield from found


def _space_removals(
    ctx: RuleContext,
    matches: Iterable[Any],
    spans: Sequence[tuple[int, int]],
    message: Callable[[Any], str],
) -> Iterator[Finding]:
    """A safe removal of each match's ``space`` group outside code, markup and addresses."""
    for m in matches:
        start, end = m.span("space")
        if not inside(spans, start):
            yield ctx.finding("QF308", start, end, message(m), (start, end, ""))


def _digit_after(text: str, pos: int) -> bool:
    while pos < len(text) and text[pos] == " ":
        pos += 1
    return pos < len(text) and text[pos].isdigit()


def _thousands(text: str, pos: int) -> bool:
    """Three digits and no more: 1 , 000 reads as a thousand, 2019 , 2020 as a list."""
    digits = 0
    while pos + digits < len(text) and text[pos + digits].isdigit():
        digits += 1
    return digits == 3


__all__ = ["attach_sets", "findings", "inside", "protected_spans", "spaced_mark_runs"]
