"""Which glyph each paired mark should be, and which rule says so.

Shared by the pairing (QF1xx) and style (QF2xx) modules so that a mark gets at
most one glyph finding, whichever family reports it.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..marks import CONVENTIONAL_PAIRS, describe
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


def plan(ctx: Context) -> list[GlyphIssue]:
    issues: list[GlyphIssue] = []
    # A quotation whose inner quotation needs a change we cannot make safely
    # must not change level on its own: the two would end up alike.
    unsafe_parents = {
        id(pair.parent)
        for pair in ctx.analysis.pairs
        if pair.parent is not None and not pair.certain
        and (pair.open_char, pair.close_char) != ctx.style.pair(pair.level)
    }
    style = ctx.style
    target_glyphs = style.glyphs
    for pair in ctx.analysis.pairs:
        if empty(ctx, pair):
            continue
        want_open, want_close = style.pair(pair.level)
        other_level = style.pair(pair.level + 1)
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
            verb = "opens" if opening else "closes"
            partner_pos = pair.close if opening else pair.open
            partner = pair.close_char if opening else pair.open_char
            opposite = want_close if opening else want_open
            if chars == other_level and chars != (want_open, want_close):
                kind = "inner" if pair.level % 2 == 0 else "outer"
                code = "QF205"
                message = (
                    f"{describe(char)} {verb} an {kind} quotation; expected {describe(desired)}"
                    f" ({_level_name(pair.level)} quotations use {want_open}{want_close} in {style.locale})"
                )
            elif conventional:
                if char in "\"'" and not style.straight:
                    code = "QF202"
                    message = f"straight quote {verb} a quotation; expected {describe(desired)}"
                else:
                    code = "QF201"
                    message = (
                        f"{STYLE_NAMES.get(chars, 'foreign')} {describe(char)} in {style.locale} text;"
                        f" expected {describe(desired)}"
                    )
            elif char == opposite:
                code = "QF101"
                role = "closing" if opening else "opening"
                message = (
                    f"{role} mark {describe(char)} {verb} the quotation"
                    f" {'closed' if opening else 'opened'} at {ctx.where(partner_pos)};"
                    f" expected {describe(desired)}"
                )
            elif char in "\"'" and not style.straight:
                code = "QF202"
                message = f"straight quote {verb} a quotation; expected {describe(desired)}"
            else:
                code = "QF102"
                message = (
                    f"{describe(char)} {verb} a quotation {'closed' if opening else 'opened'} with"
                    f" {describe(partner)} at {ctx.where(partner_pos)}; expected {describe(desired)}"
                )
            issues.append(GlyphIssue(pos, char, desired, code, message, safe))
    return issues
