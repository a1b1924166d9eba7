"""QF310 and QF311: quotation marks broken before translation.

- QF310, mojibake: UTF-8 read as Windows-1252 or Latin-1 upstream (``â€œ``
  for ``“``, ``â€™`` for ``’``, ``Ã©`` for ``é``), sometimes spaced out by
  machine translation (``â€ ™``, ``â € ™``). ftfy finds it (its badness
  measure) and says how to undo it (``fix_encoding_and_explain``: an encode
  and a decode). Where the re-decoded sequence is a quotation mark, an
  apostrophe or a space, the repair is safe; where it is a letter or a dash
  (``Ã©``, ``â€“``), a person checks, and the repair is offered as unsafe.
- QF311, TeX-style quotes: ````…''``, ```…'``, ``,,…''`` and two apostrophes
  typed for one double mark. Each becomes the typographic mark its place
  says (the pairing rules then judge family and level); safe where the
  place leaves no doubt.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

import regex

from ..marks import ALL_MARKS, SPACES
from ..model import Finding
from .context import RuleContext
from .mtspacing import inside, protected_spans

# A misread sequence for ’ “ ” ‘ – — with spaces put between its pieces by MT.
_SPACED = regex.compile("â(?: ?€ ?| € ?| ?€ )[\u02dc\u2122\u0153\u009d\u201c\u201d]")
_SAFE_CHARS = frozenset(ALL_MARKS) | frozenset(SPACES)


@lru_cache(maxsize=512)
def redecode(sequence: str) -> str | None:
    """What ftfy's plan makes of one misread sequence (``â€œ`` -> ``“``), or ``None``.

    ftfy judges the sequence (its badness measure) and gives the plan that
    undoes the misreading (an encode and a decode); only a plan that yields
    one character is taken, and never a control or unassigned character.
    """
    import ftfy

    fixed, plan = ftfy.fix_encoding_and_explain(sequence)
    if not plan or len(fixed) != 1 or fixed == sequence:
        return None
    if unicodedata.category(fixed)[0] == "C":
        return None  # ``Â\x81`` would become the control character U+0081: no repair
    return fixed


def mojibake(ctx: RuleContext) -> Iterator[Finding]:
    """QF310: misread UTF-8, found and re-decoded by ftfy."""
    text = ctx.text
    if not ctx.garbled and "\u20ac" not in text:
        return
    found: list[Finding] = []
    spaced_at: set[int] = set()
    for m in _SPACED.finditer(text):
        if " " not in m.group():
            continue
        decoded = redecode(m.group().replace(" ", ""))
        if decoded is not None:
            spaced_at.update(range(m.start(), m.end()))
            found.append(_finding(ctx, m.start(), m.end(), decoded, spaced=True))
    for start, end in ctx.garbled:
        if start in spaced_at:
            continue
        decoded = redecode(text[start:end])
        if decoded is not None:
            found.append(_finding(ctx, start, end, decoded))
    found.sort(key=lambda f: f.start)
    yield from found


def _finding(
    ctx: RuleContext, start: int, end: int, replacement: str, spaced: bool = False
) -> Finding:
    old = ctx.text[start:end]
    safe = bool(replacement) and all(c in _SAFE_CHARS for c in replacement)
    how = " and spaced out by machine translation" if spaced else ""
    shown = replacement.strip() or repr(replacement)
    message = (
        f"{old!r} is {shown!r} misread from UTF-8{how} (mojibake)"
        + ("" if safe else "; a person checks the letters or dashes")
    )
    # Re-decoding puts back the characters that were misread: the one repair
    # that replaces letter-like characters (Ã, â), so it bypasses the guard.
    return ctx.finding("QF310", start, end, message, (start, end, replacement), safe, True)


# TeX quotes: `` and '' (two apostrophes), ,, (two commas) before a word, and ` before a word.
_TEX = regex.compile(
    r"``|''|(?<![\p{L}\p{N},]),,(?=\p{L})|(?<![\p{L}\p{N}`]|')`(?=\p{L})", regex.VERSION1
)


_TWO_COMMAS = re.compile(",,")


def tex_quotes(ctx: RuleContext) -> Iterator[Finding]:
    """QF311: TeX-style quotes typed with backticks, apostrophes and commas."""
    text = ctx.text
    if "`" not in text and ("'" not in text or "''" not in text) and not _TWO_COMMAS.search(text):
        return  # (a pattern finds ",," faster than str.find, which stops at every comma)
    code = protected_spans(text)
    opening_double, closing_double = ctx.style.pair(1) if not ctx.style.straight else ("“", "”")
    if opening_double in "‘'":
        opening_double, closing_double = "“", "”"
    for m in _TEX.finditer(text):
        start, end = m.span()
        if code and inside(code, start):
            continue
        token = m.group()
        before = text[start - 1] if start > 0 else " "
        after = text[end] if end < len(text) else " "
        opens_word = (before.isspace() or before in "([{—–-/" or before in ALL_MARKS) and (
            after.isalnum()
        )
        closes_word = not before.isspace() and not after.isalnum()
        if token == "`":
            if not opens_word:
                continue
            desired, safe = "‘", True
        elif token in ("``", ",,") or opens_word:
            desired, safe = opening_double, True
        elif closes_word:
            desired, safe = closing_double, True
        else:
            desired, safe = closing_double, False
        yield ctx.finding(
            "QF311",
            start,
            end,
            f"TeX-style quote {token!r}; expected {desired}",
            (start, end, desired),
            safe,
        )


__all__ = ["mojibake", "tex_quotes"]
