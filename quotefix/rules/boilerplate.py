"""QF5xx: boilerplate of the source site left in the article body.

The lines are classified by :mod:`quotefix.sitelines` (one scored line
classifier; each block says which kind it found); this module turns the
blocks into findings, one code per kind. Whole-line blocks are reported at
their label (a teaser: ``READ ALSO:``) or as the whole line; a kicker before
a headline, a credit after a caption or ``Read more →`` after the last
sentence are reported as the span they are. Editors' notes are found inside
sentences. Lines that recur word for word across many files checked together
(``check_many``, the command line on several files) are QF510.

Nothing is removed unless the caller asks: ``fix(..., remove_boilerplate=True)``
deletes each whole-line block with its line break, so no doubled blank line is
left, and each inline span with the spaces that tie it to its line. Editors'
notes are only ever reported.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding
from ..sitelines import Block, classify, editors_notes, line_removals
from ..sitelines.folder import normalise
from .context import RuleContext
from .rule import Family, Rule


def _rule(code: str, name: str, summary: str) -> Rule:
    return Rule(code, name, summary, "warning", fixable=False, always_safe=False)


RULES = (
    _rule("QF501", "related-article-teaser",
          "A related-article teaser of the source site (READ ALSO, LIRE AUSSI, >>, Read more →)."),
    _rule("QF502", "newsletter-call",
          "A newsletter or subscription call, or a subscriber wall, of the source site."),
    _rule("QF503", "advertisement-marker",
          "An advertisement or continuation marker of the source site (Advertisement,"
          " Continued after the advertisement)."),
    _rule("QF504", "editors-note", "An editor's note of the source site (NDLR) left in the text."),
    _rule("QF505", "photo-credit",
          "A photo, source or agency credit of the source page left in the article body."),
    _rule("QF506", "translation-notice",
          "A translation or syndication notice, or a wire header, of the source site."),
    _rule("QF507", "section-kicker",
          "A section kicker of the source site glued to a headline (VIDEO., LIVE, INTERVIEW -)."),
    _rule("QF508", "site-furniture",
          "Site furniture: listen and share buttons, reading time, author boxes, appeals, tags."),
    _rule("QF509", "headline-list",
          "A list of other headlines of the source site (MORE NEWS, Most read) and its items."),
    _rule("QF510", "repeated-line",
          "A line repeated word for word in many of the files checked together."),
)

CODES = {
    "teaser": "QF501",
    "newsletter": "QF502",
    "ad": "QF503",
    "credit": "QF505",
    "notice": "QF506",
    "kicker": "QF507",
    "furniture": "QF508",
    "headlines": "QF509",
    "repeated": "QF510",
}

_WHAT = {
    "teaser": "related-article teaser of the source site",
    "newsletter": "newsletter or subscription call of the source site",
    "ad": "advertisement marker of the source site",
    "credit": "credit of the source page left in the article body",
    "notice": "translation or syndication notice of the source site",
    "kicker": "section kicker of the source site before the headline",
    "furniture": "furniture of the source site's page",
    "headlines": "list of other headlines of the source site",
}


def message(block: Block) -> str:
    """What a finding says about ``block``."""
    what = _WHAT[block.kind]
    label = " ".join(block.label.split())
    if block.kind == "headlines":
        return f"{what} (under “{label}”)" if label else what
    if block.kind == "kicker":
        return f"{what} (“{label}”); removal takes the kicker only"
    if block.cut is not None:
        return f"{what} (“{label}”); removal takes this span only"
    if block.start > block.line_start or block.end < block.line_end:
        return f"{what} (“{label}”); the finding marks its label, removal takes the whole line"
    return f"{what} (“{label}”)"


def _repeated(ctx: RuleContext, blocks: list[Block]) -> list[Block]:
    """Lines of the text that recur in many of the texts checked with it (QF510)."""
    table = ctx.options.repeated
    if not table or not ctx.selection.enabled("QF510"):
        return []
    counts = table.lookup()
    needed = table.needed(ctx.options.repeated_lines)
    text = ctx.text
    covered = {b.line_start for b in blocks}
    out: list[Block] = []
    pos = 0
    while pos <= len(text):
        newline = text.find("\n", pos)
        end = len(text) if newline < 0 else newline
        stop = end - 1 if end > pos and text[end - 1] == "\r" else end
        count = counts.get(normalise(text[pos:stop]), 0)
        if count >= needed and pos not in covered:
            start = pos + len(text[pos:stop]) - len(text[pos:stop].lstrip())
            shown_end = pos + len(text[pos:stop].rstrip())
            label = f"repeated in {count} of {table.texts} {table.unit}"
            out.append(Block("repeated", start, shown_end, pos, stop, None, label, float(count)))
        pos = end + 1
    return out


def findings(ctx: RuleContext) -> Iterator[Finding]:
    """Yield one finding per boilerplate block (QF501–QF503, QF505–QF510) or note (QF504).

    Each block carries its removal as a fix when ``ctx.options.remove_boilerplate`` is set.
    """
    remove = ctx.options.remove_boilerplate
    text = ctx.text
    enabled = ctx.selection.enabled
    blocks = [b for b in classify(text) if enabled(CODES[b.kind])]
    repeated = _repeated(ctx, blocks)
    if repeated:
        blocks = sorted(blocks + repeated, key=lambda b: b.start)
    whole = [b for b in blocks if b.cut is None]
    edits = dict(zip((id(b) for b in whole),
                     line_removals(text, [(b.line_start, b.line_end) for b in whole]),
                     strict=True))
    for block in blocks:
        edit = edits.get(id(block)) if block.cut is None else (*block.cut, "")
        if block.kind == "repeated":
            note = (f"line {block.label}: boilerplate of the site;"
                    " removal takes the whole line")
        else:
            note = message(block)
        yield ctx.finding(CODES[block.kind], block.start, block.end, note,
                          edit if remove else None, True, removes_text=True)

    if enabled("QF504"):
        # Notes come in order, and so do the whole-line blocks: walk them together.
        index, covered_until = 0, 0
        for start, end in editors_notes(text):
            while index < len(whole) and whole[index].line_start <= start:
                covered_until = max(covered_until, whole[index].line_end)
                index += 1
            if start < covered_until:
                continue
            yield ctx.finding("QF504", start, end,
                              "editor's note of the source site (NDLR) left in the text")


FAMILY = Family("QF5", "source-site boilerplate", RULES, findings)

__all__ = ["CODES", "FAMILY", "RULES", "findings", "message"]
