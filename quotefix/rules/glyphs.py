"""Which glyph each paired mark should be, and which rule says so.

Shared by the pairing (QF1xx) and style (QF2xx) modules so that a mark gets at
most one glyph finding, whichever family reports it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

from ..marks import CONVENTIONAL_PAIRS, TargetStyle, describe
from ..model import Finding, Related
from ..scan import Pair
from .context import RuleContext

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


#: Marks further apart than this are never an empty pair (QF108).
EMPTY_SPAN = 12


def empty(ctx: RuleContext, pair: Pair) -> bool:
    """``“”`` or ``“ ”``: nothing but spaces between the marks.

    Hot loops test ``pair.close - pair.open < EMPTY_SPAN`` first, inline.
    """
    short = pair.close - pair.open < EMPTY_SPAN
    return short and ctx.text[pair.open + 1 : pair.close].strip() == ""


def _level_name(level: int) -> str:
    return "outer" if level % 2 == 1 else "inner"


def _classify(
    ctx: RuleContext, pair: Pair, char: str, desired: str, opening: bool, conventional: bool
) -> tuple[str, str, tuple[Related, ...]]:
    """Which rule reports a mark that should be ``desired``, in what words, about which partner."""
    code, message = _wording(
        ctx.style, pair.level & 1, pair.open_char, pair.close_char, char, desired, opening,
        conventional,
    )
    if code not in ("QF101", "QF102"):
        return code, message, ()
    partner_pos = pair.close if opening else pair.open
    related = (
        ctx.related("closing-mark" if opening else "opening-mark", partner_pos, partner_pos + 1),
    )
    return code, message, related


@lru_cache(maxsize=1024)
def _wording(
    style: TargetStyle,
    odd: int,
    open_char: str,
    close_char: str,
    char: str,
    desired: str,
    opening: bool,
    conventional: bool,
) -> tuple[str, str]:
    """The code and message of a glyph change; the same few come again and again."""
    level = 1 if odd else 2
    want_open, want_close = style.pair(level)
    chars = (open_char, close_char)
    verb = "opens" if opening else "closes"
    expected = f"expected {describe(desired)}"
    if chars == style.pair(level + 1) and chars != (want_open, want_close):
        name = _level_name(level)
        return (
            "QF205",
            f"{describe(char)} {verb} an {name} quotation; {expected}"
            f" ({name} quotations use {want_open}{want_close} in {style.locale})",
        )
    if char in "\"'" and not style.straight:
        return "QF202", f"straight quote {verb} a quotation; {expected}"
    if conventional:
        style_name = STYLE_NAMES.get(chars, "foreign")
        return "QF201", f"{style_name} {describe(char)} in {style.locale} text; {expected}"
    partner = close_char if opening else open_char
    done = "closed" if opening else "opened"
    # Messages are templates: {0} is the partner's position. Marks are quote
    # glyphs, never braces, so nothing else in them is read as a placeholder.
    if char == (want_close if opening else want_open):
        role = "closing" if opening else "opening"
        return (
            "QF101",
            f"{role} mark {describe(char)} {verb} the quotation {done} at {{0}}; {expected}",
        )
    return (
        "QF102",
        f"{describe(char)} {verb} a quotation {done} with {describe(partner)} at {{0}}; {expected}",
    )


def plan(ctx: RuleContext) -> dict[str, list[Finding]]:
    """The glyph each paired mark should be, decided once per text and shared:
    the findings of QF1xx and of QF2xx (keys ``"QF1"`` and ``"QF2"``).

    QF1xx and QF2xx both report glyph changes; planning them together gives
    each mark at most one finding, from the rule that explains it best (a
    wrong nesting level before a foreign style, a straight quote before a
    wrong direction). The plan is kept on the context for the other family.
    """
    if ctx.glyph_plan is None:
        issues = _plan(ctx)
        ctx.glyph_plan = {
            "QF1": [f for f in issues if f.code < "QF2"],
            "QF2": [f for f in issues if f.code >= "QF2"],
        }
    return ctx.glyph_plan


def _issue(
    ctx: RuleContext,
    pos: int,
    desired: str,
    code: str,
    message: str,
    safe: bool,
    related: tuple[Related, ...] = (),
) -> Finding:
    """The mark at ``pos`` should be ``desired``: ``code`` reports it (QF101, QF102,
    QF201, QF202 or QF205), in ``message`` (a template when ``related`` names the
    partner mark's position as ``{0}``)."""
    end = pos + 1  # one int object for the finding and its fix (a check may hold many)
    return ctx.finding(code, pos, end, message, (pos, end, desired), safe, related=related)


def _plan(ctx: RuleContext) -> list[Finding]:
    issues: list[Finding] = []
    # A quotation whose inner quotation needs a change we cannot make safely
    # must not change level on its own: the two would end up alike.
    style = ctx.style
    pairs = ctx.analysis.pairs
    unsafe_parents = {
        id(pair.parent)
        for pair in pairs
        if pair.parent is not None
        and not pair.certain
        and (pair.open_char, pair.close_char) != style.pair(pair.level)
    }
    target_glyphs = style.glyphs
    single_top = style.primary[0] in "'‘"
    odd, even = style.primary, style.secondary
    text = ctx.text
    for pair in pairs:
        open_char, close_char = pair.open_char, pair.close_char
        wanted = odd if pair.level & 1 else even
        if open_char == wanted[0] and close_char == wanted[1] and not pair.reopens:
            continue  # the common case: a right pair, nothing to plan
        if pair.close - pair.open < EMPTY_SPAN and empty(ctx, pair):
            if open_char == close_char == '"' and not style.straight:
                issues += _straight_single_marks(
                    ctx, ((pair.open, True, pair.certain), (pair.close, False, pair.certain))
                )
            continue
        want_open, want_close = wanted
        if open_char == "'" and pair.parent is None and pair.level == 1 and not single_top:
            # Scare quotes typed straight at the top level keep their family: 'cosy' -> ‘cosy’.
            want_open, want_close = even
        chars = (open_char, close_char)
        safe = pair.certain and not pair.crossed and id(pair) not in unsafe_parents
        conventional = chars in CONVENTIONAL_PAIRS and not set(chars) <= target_glyphs
        if open_char != want_open:
            code, message, related = _classify(ctx, pair, open_char, want_open, True, conventional)
            issues.append(_issue(ctx, pair.open, want_open, code, message, safe, related))
        for pos in pair.reopens:
            char = text[pos]
            if char != want_open:
                code, message, related = _classify(ctx, pair, char, want_open, True, conventional)
                issues.append(_issue(ctx, pos, want_open, code, message, safe, related))
        if close_char != want_close:
            code, message, related = _classify(
                ctx, pair, close_char, want_close, False, conventional
            )
            issues.append(_issue(ctx, pair.close, want_close, code, message, safe, related))
    if not style.straight:
        analysis = ctx.analysis
        lone = [(m.pos, True, m.certain) for m in analysis.unclosed if m.char == '"']
        lone += [(m.pos, False, m.certain) for m in analysis.strays if m.char == '"']
        if lone:
            issues += _straight_single_marks(ctx, lone)
            issues.sort(key=lambda issue: issue.start)
    return issues


def _straight_single_marks(
    ctx: RuleContext, marks: Iterable[tuple[int, bool, bool]]
) -> list[Finding]:
    """Straight marks of an empty pair, an unclosed opener or a stray closer: the glyph
    follows the role the analysis gave them (their pairing is QF103/QF104/QF108's)."""
    want_open, want_close = ctx.style.primary
    issues = []
    for pos, opening, certain in marks:
        desired = want_open if opening else want_close
        verb = "opens" if opening else "closes"
        message = f"straight quote {verb} a quotation; expected {describe(desired)}"
        issues.append(_issue(ctx, pos, desired, "QF202", message, certain))
    return issues


def findings(ctx: RuleContext, family: str) -> Iterator[Finding]:
    """The planned glyph repairs that ``family`` (``"QF1"`` or ``"QF2"``) reports."""
    yield from plan(ctx)[family]
