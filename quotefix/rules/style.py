"""QF2xx: quote style against the target (mark families, straight quotes, inner spaces, nesting)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from ..marks import LINE_BREAKS, SPACES, describe, describe_space
from ..model import Finding
from . import apostrophes, glyphs
from .context import RuleContext
from .rule import Family, Rule

RULES = (
    Rule(
        "QF201",
        "foreign-quote-style",
        "Quotation marks of another language's typography.",
        "warning",
        fixable=True,
        always_safe=False,
    ),
    Rule(
        "QF202",
        "straight-quotes",
        "Typewriter quotes where the target prints typographic ones.",
        "warning",
        fixable=True,
        always_safe=False,
    ),
    Rule(
        "QF203",
        "space-inside-quotes",
        "A space between a quotation mark and the quoted text where the target has none,"
        " or between a closing mark and the punctuation after it.",
        "warning",
        fixable=True,
        always_safe=False,
    ),
    Rule(
        "QF204",
        "missing-space-inside-quotes",
        "No (or a breakable) space inside marks where the target requires a no-break space.",
        "warning",
        fixable=True,
        always_safe=False,
    ),
    Rule(
        "QF205",
        "wrong-nesting-level",
        "A quotation inside a quotation marked like an outer one, or (in targets that "
        "open with single marks) an outer quotation marked like an inner one.",
        "warning",
        fixable=True,
        always_safe=False,
    ),
    Rule(
        "QF206",
        "apostrophe-style",
        "An apostrophe typed straight in a typographic document, or a wrong glyph"
        " (‘ ´ ` ′) used as an apostrophe.",
        "warning",
        fixable=True,
        always_safe=False,
    ),
    Rule(
        "QF207",
        "straight-prime",
        "A straight quote used as a foot, inch, minute or second mark in a typographic"
        " document.",
        "warning",
        fixable=True,
        always_safe=False,
    ),
)


def findings(ctx: RuleContext) -> Iterator[Finding]:
    """Yield the QF2xx findings of ``ctx.text``."""
    yield from glyphs.findings(ctx, "QF2")
    yield from _spacing(ctx)
    yield from apostrophes.findings(ctx)


def _spacing(ctx: RuleContext) -> Iterator[Finding]:
    text = ctx.text
    style = ctx.style
    analysis = ctx.analysis
    run_ends = analysis.run_ends
    size = len(text)
    # Targets with no space inside their marks (English): most pairs touch
    # their words on both sides and have no space after the closer.
    quick = style.inner_space is None
    for pair in analysis.pairs:
        if quick and not pair.reopens:
            closed = pair.close
            opened = run_ends.get(pair.open, pair.open + 1) if run_ends else pair.open + 1
            after = run_ends.get(closed, closed + 1) if run_ends else closed + 1
            if (opened >= size or text[opened] not in SPACES) and text[closed - 1] not in SPACES:
                if after >= size or text[after] not in SPACES:
                    continue
                # A space after the closer (the common case) matters only before . or ,
                stop = after + 1
                while stop < size and text[stop] in SPACES:
                    stop += 1
                if stop >= size or text[stop] not in ".,":
                    continue
        if pair.close - pair.open < glyphs.EMPTY_SPAN and glyphs.empty(ctx, pair):
            continue
        safe = pair.certain and not pair.crossed
        want_open, want_close = style.pair(pair.level)
        required = style.inner_space_for(pair.level)
        for opener in [pair.open, *pair.reopens]:
            start = run_ends.get(opener, opener + 1)  # Analysis.run_end, inlined
            end = start
            while end < len(text) and text[end] in SPACES:
                end += 1
            if end == len(text) or text[end] in LINE_BREAKS:
                continue
            if _needs_attention(text, start, end, required, style.accepted_inner_spaces):
                yield from _inner(ctx, start, end, required, "after the opening", want_open, safe)
        end = pair.close
        start = end
        while start > 0 and text[start - 1] in SPACES:
            start -= 1
        if (
            start > 0
            and text[start - 1] not in LINE_BREAKS
            and _needs_attention(text, start, end, required, style.accepted_inner_spaces)
        ):
            yield from _inner(ctx, start, end, required, "before the closing", want_close, safe)
        after = run_ends.get(pair.close, pair.close + 1)
        yield from _space_before_punctuation(ctx, after, want_close, safe)


def _space_before_punctuation(
    ctx: RuleContext, after: int, mark: str, safe: bool
) -> Iterator[Finding]:
    """``the end ” .``: French spacing left between a closer and the punctuation after it."""
    text = ctx.text
    stop = after
    while stop < len(text) and text[stop] in SPACES:
        stop += 1
    if stop == after or stop == len(text):
        return
    # A space before ; : ! ? is French typography, which QF301/QF307 judge.
    if text[stop] in ".,":
        yield ctx.finding(
            "QF203",
            after,
            stop,
            f"{describe_space(text[after:stop])} between the closing {describe(mark)} and"
            f" {text[stop]!r}; expected none",
            (after, stop, ""),
            safe,
        )


def _needs_attention(text: str, start: int, end: int, required: str | None, accepted: str) -> bool:
    if required is None:
        return end > start
    return not (end == start + 1 and text[start] in accepted)


def _inner(
    ctx: RuleContext, start: int, end: int, required: str | None, side: str, mark: str, safe: bool
) -> Iterator[Finding]:
    found = ctx.text[start:end]
    if required is None:
        if found:
            message = _extra_space(found, side, mark, ctx.style.locale)
            yield ctx.finding("QF203", start, end, message, (start, end, ""), safe)
        return
    where = f"{side} {describe(mark)}"
    if not found:
        yield ctx.finding(
            "QF204",
            start,
            end,
            f"no space {where}; expected a narrow no-break space in {ctx.style.locale}",
            (start, end, required),
            safe,
        )
    else:
        yield ctx.finding(
            "QF204",
            start,
            end,
            f"{describe_space(found)} {where} can break the line; expected a"
            f" {describe_space(required)}",
            (start, end, required),
            safe,
        )


@lru_cache(maxsize=256)
def _extra_space(found: str, side: str, mark: str, locale: str) -> str:
    return f"{describe_space(found)} {side} {describe(mark)}; expected none in {locale}"


FAMILY = Family("QF2", "quote style against the target", RULES, findings)

__all__ = ["FAMILY", "RULES", "findings"]
