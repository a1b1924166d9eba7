"""QF1xx: quote pairing and direction."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator

from ..marks import ALL_MARKS, DOUBLE_MARKS, describe
from ..model import Finding
from ..scan import Analysis, Role, lexical
from . import glyphs
from .context import RuleContext
from .rule import Family, Rule

RULES = (
    Rule(
        "QF101",
        "wrong-direction-quote",
        "A closing mark used to open a quotation, or an opening mark used to close one.",
        "error",
        fixable=True,
        always_safe=False,
    ),
    Rule(
        "QF102",
        "mismatched-quote-pair",
        "A quotation opened with one family of marks and closed with another.",
        "error",
        fixable=True,
        always_safe=False,
    ),
    Rule(
        "QF103",
        "unclosed-quote",
        "An opening mark never closed in its paragraph.",
        "error",
        fixable=True,
        always_safe=False,
        unsafe_only=True,
    ),
    Rule(
        "QF104",
        "unmatched-closing-quote",
        "A closing mark with no opening mark before it.",
        "error",
        fixable=True,
        always_safe=False,
        unsafe_only=True,
    ),
    Rule(
        "QF105",
        "closing-quote-glued-to-next-word",
        "A closing mark with no space before the next word.",
        "warning",
        fixable=True,
        always_safe=False,
    ),
    Rule(
        "QF106",
        "opening-quote-glued-to-previous-word",
        "An opening mark with no space after the previous word.",
        "warning",
        fixable=True,
        always_safe=False,
    ),
    Rule(
        "QF107",
        "doubled-quote-mark",
        "The same quotation mark typed twice in a row.",
        "warning",
        fixable=True,
        always_safe=False,
    ),
    Rule(
        "QF108",
        "empty-quotes",
        "A pair of quotation marks with nothing between them.",
        "warning",
        fixable=False,
        always_safe=False,
    ),
    Rule(
        "QF109",
        "quote-spans-paragraph-break",
        "A quotation that opens in one paragraph and closes in the next without reopening.",
        "warning",
        fixable=True,
        always_safe=False,
        unsafe_only=True,
    ),
)

_GLUE_BEFORE_OPENER = ",;:.!?"
# The plural of a quoted letter or word: two “O”s, three "we"s.
_PLURAL_S = re.compile(r"e?s(?![^\W\d_])")


def _quoted_plural(text: str, start: int, close: int, after: int) -> bool:
    """``two “O”s``: one short quoted word and an ``s`` glued to its closer."""
    return (
        close - start <= 12
        and _PLURAL_S.match(text, after) is not None
        and not any(c.isspace() for c in text[start + 1 : close])
    )


# ", he said", ", according to": a comma, a space and an attribution after it.
_COMMA = re.compile(r", (?=[^\W\d_])")
_SPACE_WORD = re.compile(r"(?<=[^\W\d_]) (?=[^\W\d_])")


_SPACES_BETWEEN = " \u00a0\u202f"


def _spaced_double(text: str, pos: int) -> tuple[int, int, str] | None:
    """The same mark typed again with a space between (``“Clean Rivers” ” started``,
    ``“ “We were``): the edit that drops the extra one with its space (unsafe)."""
    char = text[pos]
    i = pos - 1
    while i >= 0 and text[i] in _SPACES_BETWEEN:
        i -= 1
    if 0 <= i < pos - 1 and text[i] == char:
        return (i + 1, pos + 1, "")
    j = pos + 1
    while j < len(text) and text[j] in _SPACES_BETWEEN:
        j += 1
    if pos + 1 < j < len(text) and text[j] == char:
        return (pos, j, "")
    return None


def _closer_guess(
    ctx: RuleContext, analysis: Analysis, pos: int, char: str
) -> tuple[int, int, str] | None:
    """The closer a copy editor would most often add for the opener at ``pos`` (unsafe).

    MT drops the closer before the attribution far more often than anywhere
    else: ``“The roads are closed, he said`` gets ``,”`` before ``he said``.
    With no attribution in the paragraph, the quotation runs to its end: the
    closer goes before the final full stop (``“an insult.`` → ``“an insult”.``).
    None when there is neither (or another quotation mark follows).
    """
    text = ctx.text
    _start, end = analysis.paragraph_span(pos)
    if any(c in ALL_MARKS for c in text[pos + 1 : end]):
        return None
    closer = '"' if char == '"' else ctx.style.primary[1]
    for comma in _COMMA.finditer(text, pos + 1, end):
        if lexical.attribution_starts(text, comma.start() + 1):
            return (comma.start() + 1, comma.start() + 1, closer)
    for space in _SPACE_WORD.finditer(text, pos + 2, end):
        if lexical.attribution_starts(text, space.start()):
            return (space.start(), space.start(), closer)  # round” the candidate told
    if end > pos + 2 and text[end - 1] == "." and text[end - 2].isalnum():
        return (end - 1, end - 1, closer)
    return None


_SENTENCE_END = ".?!…"


def _reopener_guess(
    ctx: RuleContext, analysis: Analysis, opening: int, closing: int, level: int
) -> tuple[int, int, str] | None:
    """The reopener a copy editor would most often add to a quotation run on
    into the next paragraph (unsafe): English only, one paragraph break, the
    first paragraph ending a sentence and the next starting one
    (``no buyer.`` / ``We looked everywhere…”`` gets ``“We``). A break in the
    middle of a sentence is more likely a page split, which a person joins.
    """
    if ctx.style.language != "en":
        return None
    blocks = analysis.blocks
    k = bisect_right(blocks, opening)
    if k >= len(blocks) or blocks[k] > closing:
        return None
    if k + 1 < len(blocks) and blocks[k + 1] <= closing:
        return None  # more than one break: no single place for the reopener
    text = ctx.text
    start = blocks[k]
    _first, end = analysis.paragraph_span(opening)
    while end > opening + 1 and text[end - 1] in " \t\u00a0":
        end -= 1
    if text[end - 1] not in _SENTENCE_END or not (text[start].isupper() or text[start].isdigit()):
        return None
    return (start, start, ctx.style.pair(level)[0])


def findings(ctx: RuleContext) -> Iterator[Finding]:
    """Yield the QF1xx findings of ``ctx.text``."""
    text = ctx.text
    analysis = ctx.analysis
    yield from glyphs.findings(ctx, "QF1")
    for mark in analysis.unclosed:
        doubled = _spaced_double(text, mark.pos)
        if doubled is not None:
            yield ctx.finding(
                "QF103",
                mark.pos,
                mark.pos + 1,
                f"{describe(mark.char)} opens a quotation that is never closed in its"
                " paragraph; it may be the next mark typed twice",
                doubled,
                False,
            )
            continue
        guess = _closer_guess(ctx, analysis, mark.pos, mark.char)
        yield ctx.finding(
            "QF103",
            mark.pos,
            # With a guess, the span runs to where the closer would go.
            guess[0] if guess else mark.pos + 1,
            f"{describe(mark.char)} opens a quotation that is never closed in its paragraph",
            guess,
            False,
        )
    for mark in analysis.strays:
        yield ctx.finding(
            "QF104",
            mark.pos,
            mark.pos + 1,
            f"{describe(mark.char)} closes a quotation that was never opened",
            _spaced_double(text, mark.pos),
            False,
        )
    for mark in analysis.doubled:
        if mark.role not in (Role.OPEN, Role.CLOSE, Role.REOPEN):
            continue
        start = mark.pos + 1
        end = mark.pos + 1 + len(mark.duplicates)
        run = text[mark.pos : end]
        yield ctx.finding(
            "QF107",
            mark.pos,
            end,
            f"{describe(mark.char)} typed {len(run)} times; expected once"
            if run.count(mark.char) == len(run)
            else f"{run} typed where one quotation mark belongs; expected one",
            (start, end, ""),
            mark.certain,
        )
    run_ends = analysis.run_ends
    found_openers: list[set[int]] = []

    def openers() -> set[int]:
        """Offsets of the marks read as openers, made once, when first needed."""
        if not found_openers:
            found_openers.append(analysis.marks.positions(Role.OPEN, Role.REOPEN))
        return found_openers[0]

    def certain_mark(pos: int) -> bool:
        marks = analysis.marks
        k = bisect_left(marks.pos, pos)
        return k < len(marks) and marks.pos[k] == pos and bool(marks.certain[k])

    size = len(text)
    for pair in analysis.pairs:
        opening, closing = pair.open, pair.close
        after = run_ends.get(closing, closing + 1) if run_ends else closing + 1
        if (
            not pair.crossed
            and not pair.reopens
            and closing - opening >= glyphs.EMPTY_SPAN
            and (after >= size or not text[after].isalnum())
            and (after >= size or text[after] not in DOUBLE_MARKS)
            and (opening == 0 or text[opening - 1].isspace() or text[opening - 1] in "([{")
        ):
            continue  # the common case: spaced on both sides, nothing to report
        safe = pair.certain and not pair.crossed
        if pair.close - pair.open < glyphs.EMPTY_SPAN and glyphs.empty(ctx, pair):
            yield ctx.finding(
                "QF108",
                pair.open,
                pair.close + 1,
                # What lies between is only spaces or line breaks: shown as one space, so
                # the message is one line and the same for every line ending.
                f"empty quotation marks {text[pair.open]}"
                f"{' ' if pair.close > pair.open + 1 else ''}{text[pair.close]}",
            )
            continue
        if pair.crossed:
            paragraph = analysis.paragraph_span(pair.close)
            reopener = _reopener_guess(ctx, analysis, pair.open, pair.close, pair.level)
            yield ctx.finding(
                "QF109",
                pair.open,
                # With a guess, the span runs to where the reopener would go.
                reopener[0] if reopener else pair.open + 1,
                "quotation opened here closes in a later paragraph ({0})"
                " without reopening; the paragraph may have been split",
                reopener,
                False,
                related=(
                    ctx.related("closing-mark", pair.close, pair.close + 1),
                    ctx.related("paragraph", *paragraph),
                ),
            )
        if (
            after < size
            and (text[after].isalnum() or (text[after] in DOUBLE_MARKS and after in openers()))
            and not _quoted_plural(text, pair.open, pair.close, after)
        ):
            yield ctx.finding(
                "QF105",
                pair.close,
                after,
                f"no space after the closing {describe(text[pair.close])} before"
                f" {text[after]!r}; expected a space",
                (after, after, " "),
                # A space before a mark read as an opener only as a guess would
                # make that guess look certain on the next pass.
                safe and (text[after].isalnum() or certain_mark(after)),
            )
        for start in [pair.open, *pair.reopens]:
            before = text[start - 1] if start > 0 else ""
            if (
                before
                and (before.isalnum() or before in _GLUE_BEFORE_OPENER)
                and before not in ALL_MARKS
                and not (before == ";" and (start < 2 or text[start - 2].isspace()))  # QF309
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


FAMILY = Family("QF1", "quote pairing and direction", RULES, findings)

__all__ = ["FAMILY", "RULES", "findings"]
