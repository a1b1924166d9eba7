"""QF4xx: source-language text left untranslated in the article.

QF401 reports a sentence, clause, quotation or bracketed aside in a source
language; QF402 a source-language word glued to its neighbour where a heading
ran into the body (``SportLe``, ``adoptéeDans``). Detection lives in
:mod:`quotefix.langfrag`; this module turns its records into findings.

Nothing is translated offline: the findings are flag-only unless the caller
passes ``translator=`` to ``fix``, which then replaces each QF401 span by
``translator(span)``.
"""

from __future__ import annotations

from collections.abc import Iterator

from .. import langfrag
from ..langfrag import SpanKind
from ..model import Finding
from .context import RuleContext
from .rule import Family, Rule

RULES = (
    Rule(
        "QF401",
        "untranslated-fragment",
        "Source-language text left untranslated: a sentence, clause, quotation or bracketed aside.",
        "warning",
        fixable=False,
        always_safe=False,
    ),
    Rule(
        "QF402",
        "glued-heading-word",
        "A source-language word glued to another word where a heading ran into the body.",
        "warning",
        fixable=False,
        always_safe=False,
    ),
)

_KIND_WORDS = {
    SpanKind.ASIDE: "bracketed aside",
    SpanKind.QUOTE: "quotation",
    SpanKind.CLAUSE: "clause",
    SpanKind.SENTENCE: "sentence",
    SpanKind.GLUED: "glued word",
    SpanKind.TERM: "words",
    SpanKind.HEADING: "heading",
}


def findings(ctx: RuleContext) -> Iterator[Finding]:
    """Yield one finding per untranslated span (QF401) or glued word (QF402).

    Reads ``languages``, ``source`` and ``allowlist`` from ``ctx.options``;
    with a ``translator`` (``ctx.translate``), each QF401 finding carries the
    translation as its fix.
    """
    selection = ctx.selection
    text = ctx.text
    translator = ctx.translate
    for frag in langfrag.find_fragments(text, ctx.options):
        code = "QF402" if frag.kind is SpanKind.GLUED else "QF401"
        if not selection.enabled(code):
            continue
        span = text[frag.start : frag.end]
        what = _KIND_WORDS[frag.kind]
        if code == "QF402":
            message = (
                f"{frag.language_name} word glued to the next word, likely a heading run into"
                f" the body (“{span}”; confidence {frag.confidence:.2f})"
            )
        else:
            words = f"{frag.words} word{'s' if frag.words != 1 else ''}"
            message = (
                f"untranslated {frag.language_name} {what} ({words}; language {frag.language},"
                f" confidence {frag.confidence:.2f})"
            )
        edit = None
        if translator is not None and code == "QF401":
            replacement = translator(span)
            if isinstance(replacement, str) and replacement != span:
                edit = (frag.start, frag.end, replacement)
        yield ctx.finding(code, frag.start, frag.end, message, edit, True, removes_text=True)


FAMILY = Family("QF4", "leftover source-language text", RULES, findings)

__all__ = ["FAMILY", "RULES", "findings"]
