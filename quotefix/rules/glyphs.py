"""Which glyph each paired mark should be, and which rule says so.

Shared by the pairing (QF1xx) and style (QF2xx) modules so that a mark gets at
most one glyph finding, whichever family reports it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..marks import CONVENTIONAL_PAIRS, describe
from ..model import Finding
from ..scan import Pair
from .context import Context

STYLE_NAMES = {
    ("“", "”"): "English-style",
    ("‘", "’"): "English-style single",
    ("„", "“"): "German-style",
    ("„", "”"): "Polish-style",
    ("‚", "‘"): "German-style single",
    ("‚", "’"): "Polish-style single",
    ("«", "»"): "French-style",
    ("»", "«"): "German book-style",
    ("»", "»"): "Swedish book-style",
    ("‹", "›"): "single French-style",
    ("›", "‹"): "single German book-style",
    ("”", "”"): "Swedish-style",
    ("’", "’"): "Swedish-style single",
    ('"', '"'): "straight",
    ("'", "'"): "straight single",
}


@dataclass(frozen=True, slots=True)
class GlyphIssue:
    pos: int
    char: str
    desired: str
    code: str
    message: str
    safe: bool


def empty(ctx: Context, pair: Pair) -> bool:
    return pair.close - pair.open < 12 and ctx.text[pair.open + 1 : pair.close].strip() == ""


def _level_name(level: int) -> str:
    return "outer" if level % 2 == 1 else "inner"


def _classify(
    ctx: Context, pair: Pair, char: str, desired: str, opening: bool, conventional: bool
) -> tuple[str, str]:
    """Which rule reports a mark that should be ``desired``, and in what words."""
    style = ctx.style
    want_open, want_close = style.pair(pair.level)
    chars = (pair.open_char, pair.close_char)
    verb = "opens" if opening else "closes"
    expected = f"expected {describe(desired)}"
    if chars == style.pair(pair.level + 1) and chars != (want_open, want_close):
        level = _level_name(pair.level)
        return "QF205", (
            f"{describe(char)} {verb} an {level} quotation; {expected}"
            f" ({level} quotations use {want_open}{want_close} in {style.locale})"
        )
    if char in "\"'" and not style.straight:
        return "QF202", f"straight quote {verb} a quotation; {expected}"
    if conventional:
        name = STYLE_NAMES.get(chars, "foreign")
        return "QF201", f"{name} {describe(char)} in {style.locale} text; {expected}"
    partner_pos = pair.close if opening else pair.open
    partner = pair.close_char if opening else pair.open_char
    where = f"{'closed' if opening else 'opened'} at {ctx.where(partner_pos)}"
    if char == (want_close if opening else want_open):
        role = "closing" if opening else "opening"
        return "QF101", f"{role} mark {describe(char)} {verb} the quotation {where}; {expected}"
    mixed = where.replace(" at", f" with {describe(partner)} at")
    return "QF102", f"{describe(char)} {verb} a quotation {mixed}; {expected}"


def plan(ctx: Context) -> list[GlyphIssue]:
    issues: list[GlyphIssue] = []
    # A quotation whose inner quotation needs a change we cannot make safely
    # must not change level on its own: the two would end up alike.
    unsafe_parents = {
        id(pair.parent)
        for pair in ctx.analysis.pairs
        if pair.parent is not None
        and not pair.certain
        and (pair.open_char, pair.close_char) != ctx.style.pair(pair.level)
    }
    style = ctx.style
    target_glyphs = style.glyphs
    for pair in ctx.analysis.pairs:
        if empty(ctx, pair):
            continue
        want_open, want_close = style.pair(pair.level)
        chars = (pair.open_char, pair.close_char)
        safe = pair.certain and not pair.crossed and id(pair) not in unsafe_parents
        marks = [(pair.open, pair.open_char, True)]
        marks += [(pos, ctx.text[pos], True) for pos in pair.reopens]
        marks.append((pair.close, pair.close_char, False))
        conventional = chars in CONVENTIONAL_PAIRS and not set(chars) <= target_glyphs
        for pos, char, opening in marks:
            desired = want_open if opening else want_close
            if char == desired:
                continue
            code, message = _classify(ctx, pair, char, desired, opening, conventional)
            issues.append(GlyphIssue(pos, char, desired, code, message, safe))
    return issues


def findings(ctx: Context, plan: list[GlyphIssue], family: str) -> Iterator[Finding]:
    """The planned glyph repairs that ``family`` (``"QF1"`` or ``"QF2"``) reports."""
    for issue in plan:
        if issue.code.startswith(family):
            edit = (issue.pos, issue.pos + 1, issue.desired)
            yield ctx.finding(issue.code, issue.pos, issue.pos + 1, issue.message, edit, issue.safe)
