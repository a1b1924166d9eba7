"""QF1xx: quote pairing and direction."""

from __future__ import annotations

from collections.abc import Iterator

from ..marks import ALL_MARKS, describe
from ..model import Finding
from ..scan import CLOSE, OPEN, REOPEN
from . import glyphs
from .context import Context

CODES = ("QF101", "QF102", "QF103", "QF104", "QF105", "QF106", "QF107", "QF108", "QF109")

_GLUE_BEFORE_OPENER = ",;:.!?"


def findings(ctx: Context, plan: list[glyphs.GlyphIssue]) -> Iterator[Finding]:
    text = ctx.text
    analysis = ctx.analysis
    yield from glyphs.findings(ctx, plan, "QF1")
    for mark in analysis.unclosed:
        yield ctx.finding(
            "QF103",
            mark.pos,
            mark.pos + 1,
            f"{describe(mark.char)} opens a quotation that is never closed in its paragraph",
        )
    for mark in analysis.strays:
        yield ctx.finding(
            "QF104",
            mark.pos,
            mark.pos + 1,
            f"{describe(mark.char)} closes a quotation that was never opened",
        )
    for mark in analysis.doubled:
        if mark.role not in (OPEN, CLOSE, REOPEN):
            continue
        start = mark.pos + 1
        end = mark.pos + 1 + len(mark.duplicates)
        yield ctx.finding(
            "QF107",
            mark.pos,
            end,
            f"{describe(mark.char)} typed {len(mark.duplicates) + 1} times; expected once",
            (start, end, ""),
            mark.certain,
        )
    openers = {m.pos for m in analysis.marks if m.role in (OPEN, REOPEN)}
    for pair in analysis.pairs:
        safe = pair.certain and not pair.crossed
        if glyphs.empty(ctx, pair):
            yield ctx.finding(
                "QF108",
                pair.open,
                pair.close + 1,
                f"empty quotation marks {text[pair.open : pair.close + 1]}",
            )
            continue
        if pair.crossed:
            yield ctx.finding(
                "QF109",
                pair.open,
                pair.open + 1,
                f"quotation opened here closes in a later paragraph ({ctx.where(pair.close)})"
                " without reopening; the paragraph may have been split",
            )
        after = analysis.run_end(pair.close)
        if after < len(text) and (text[after].isalnum() or after in openers):
            yield ctx.finding(
                "QF105",
                pair.close,
                after,
                f"no space after the closing {describe(text[pair.close])} before"
                f" {text[after]!r}; expected a space",
                (after, after, " "),
                safe,
            )
        for start in [pair.open, *pair.reopens]:
            before = text[start - 1] if start > 0 else ""
            if (
                before
                and (before.isalnum() or before in _GLUE_BEFORE_OPENER)
                and before not in ALL_MARKS
            ):
                yield ctx.finding(
                    "QF106",
                    start,
                    start + 1,
                    f"no space between {before!r} and the opening {describe(text[start])};"
                    " expected a space",
                    (start, start, " "),
                    safe,
                )
