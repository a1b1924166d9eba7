"""QF4xx: source-language text left untranslated in the article.

QF401 reports a sentence, clause, quotation or bracketed aside in a source
language; QF402 a source-language word glued to its neighbour where a heading
ran into the body (``FrenchLa``, ``engagéeDans``). Detection lives in
:mod:`quotefix.langfrag`; this module turns its records into findings.

Nothing is translated offline: the findings are flag-only unless the caller
passes ``translator=`` to ``fix``, which then replaces each QF401 span by
``translator(span)``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from .. import langfrag
from ..model import Finding
from .context import Context

CODES = ("QF401", "QF402")

_KIND_WORDS = {
    "aside": "bracketed aside",
    "quote": "quotation",
    "clause": "clause",
    "sentence": "sentence",
    "glued": "glued word",
}


def findings(
    ctx: Context,
    source: str | None = None,
    languages: Iterable[str] | None = None,
    allowlist: Iterable[str] | str | Path | None = None,
    translator: Callable[[str], str] | None = None,
) -> Iterator[Finding]:
    """Yield one finding per untranslated span (QF401) or glued word (QF402)."""
    selection = ctx.selection
    text = ctx.text
    for frag in langfrag.fragments(
        text, target=ctx.style.locale, source=source, languages=languages, allowlist=allowlist
    ):
        code = "QF402" if frag.kind == "glued" else "QF401"
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


__all__ = ["CODES", "findings"]
