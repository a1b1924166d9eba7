"""Terms an article explains once and then uses bare.

Feature and culture writing introduces a foreign term with its gloss at first
use (``their pasos, the heavy floats carried on the shoulders of forty
men``) and writes it bare afterwards (``two pasos were left in the
church``), as a reader now knows it. A short leftover of machine translation
is never explained that way, so a term glossed anywhere in the text is not
reported anywhere in it, before the gloss (a headline) or after.
"""

from __future__ import annotations

from .records import Fragment, SpanKind


def term_key(span: str) -> str:
    """``span`` as terms are compared: lower case, one space between words, one apostrophe."""
    return " ".join(span.lower().replace("’", "'").split())


#: Shortest word whose last vowel may change between singular and plural.
ROMANCE_PLURAL_LETTERS = 5


def _known(key: str, introduced: set[str]) -> bool:
    # the plural of a term glossed in the singular, and the other way round
    if key in introduced or key + "s" in introduced or (
            key.endswith("s") and key[:-1] in introduced):
        return True
    # or in Italian's way (``contrade`` glossed, then ``his contrada``; ``carabiniere``,
    # ``carabinieri``): the last vowel changes
    return (len(key) >= ROMANCE_PLURAL_LETTERS and key[-1] in "aeio" and " " not in key
            and any(key[:-1] + vowel in introduced for vowel in "aeio" if vowel != key[-1]))


def drop_introduced(text: str, found: list[Fragment], introduced: set[str]) -> list[Fragment]:
    """``found`` without the terms inside sentences (:attr:`.SpanKind.TERM`) that the
    text explains somewhere (``introduced``: their :func:`term_key`)."""
    if not introduced:
        return found
    return [f for f in found if f.kind is not SpanKind.TERM
            or not _known(term_key(text[f.start : f.end]), introduced)]


__all__ = ["drop_introduced", "term_key"]
