"""Editors' notes inside a sentence: ``(…, NDLR)``, ``[ed.]``, ``(…, Anm. d. Red.)``,
``[…, N.R.]``.

The note is the parenthesis or bracket that holds the mark, reported only:
the sentence around it is the article's own.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..lazy import LazyPattern
from .pagenotes import LEGAL_FORMULA

_SPACE = r"[ \t\u00a0\u202f]"
# The marks, as sites print them (French, English as MT renders them, Spanish,
# Italian, German, Portuguese, Dutch).
_NOTE_MARK = (
    r"(?:N\.?" + _SPACE + r"?D\.?" + _SPACE + r"?L\.?" + _SPACE + r"?R\.?"
    r"|N\.?D\.?T\.?|N\.\s?d\.\s?R\.|N\.\s?de\s+la\s+R\.|N\.\s?del\s+[RTE]\.|N\.\s?da\s+R\."
    r"|N\.\s?of\s+(?:the\s+)?R\.|N\.\s?d\.\s?T\."
    r"|Ndr|NdR|ndlr|ndr|n\.d\.r\."
    r"|(?i:editor['’]s\s+note)|(?i:ed\.\s?note)|ed\.|Ed\.|eds\.|(?i:translator['’]s\s+note)"
    r"|(?i:nota\s+del\s+(?:editor|traductor|redactor)|nota\s+della\s+redazione"
    r"|nota\s+da\s+reda(?:c|ç|cç)[aã]o|annotation\s+of\s+the\s+(?:editors?|editorial\s+(?:staff|office))"
    r"|note\s+of\s+the\s+(?:editors?|editorial(?:\s+staff|\s+office)?|newsroom)"
    # ``d. Red.`` written out by MT: ``(Bavaria, the editorial team)``
    r"|the\s+editorial\s+(?:team|staff|office))|N\.\s?R\."
    r"|Anm\.\s?d\.\s?(?:Red|Ü)\.|(?:note\s+)?d\.\s?Red\.|Anm\.\s+der\s+Redaktion|red\."
    # Russian ``прим. ред.`` as MT renders it
    r"|(?i:approx)\.\s?(?:ed|edit|red)\.|(?i:note)\s+ed\.|prim\.\s?red\.|N\.\s?of\s+the\s+E\.)"
)
# Marks no sentence starts with, so that the note may follow them with a space only
# (``(N.d.R. the sentence was…)``).
_LEADING_MARK = (
    r"(?:N\.?D\.?L\.?R\.?|N\.\s?d\.\s?R\.|N\.\s?de\s+la\s+R\.|N\.\s?del\s+[RTE]\."
    r"|N\.\s?da\s+R\.|Ndr|NdR|ndlr|Anm\.\s?d\.\s?Red\.)"
)
_EDITORS_NOTE = LazyPattern(
    r"\((?:[^()\n]{0,300}?[,;–—\-]" + _SPACE + r"*|" + _SPACE + r"*)"
    + _NOTE_MARK
    + _SPACE + r"*\)"
    r"|\[" + _SPACE + r"*" + _NOTE_MARK + _SPACE + r"*[:：\-–—,]?[^\[\]\n]{0,300}\]"
    r"|\[[^\[\]\n]{0,300}?[,;–—\-]" + _SPACE + r"*" + _NOTE_MARK + _SPACE + r"*\]"
    r"|\(" + _SPACE + r"*" + _NOTE_MARK + _SPACE + r"*[:：\-–—,][^()\n]{0,300}\)"
    r"|[(\[]" + _SPACE + r"*" + _LEADING_MARK + _SPACE + r"+[^()\[\]\n]{1,300}[)\]]"
    # the paper pointing to its own earlier edition (``(read our edition of 14 March)``)
    r"|\((?i:read|see|lire|voir|lee|leer|véase|vedi|leggi|siehe|lesen\s+sie|ler|leia|veja)"
    + _SPACE + r"+(?i:our|notre|nos|nuestra|nuestro|la\s+nostra|il\s+nostro|unsere|unseren"
    r"|a\s+nossa|o\s+nosso)" + _SPACE + r"+(?i:edition|issue|article|report|édition|numéro"
    r"|edición|artículo|edizione|articolo|ausgabe|artikel|edição|artigo)\b[^()\n]{0,80}\)"
    # a registry's formula after a name (``Orlov (included by the Ministry of Justice in
    # the register of foreign agents)``), which the law, not the story, puts there
    r"|\([^()\n]{0,120}?(?i:" + LEGAL_FORMULA + r")[^()\n]{0,80}\)",
    regex.VERSION1,
)


def editors_notes(text: str) -> Iterator[tuple[int, int]]:
    """Start and end of every editor's note in ``text``, in order."""
    if "(" not in text and "[" not in text:
        return  # every note is in one: the pattern (17 ms to compile) is not needed
    for m in _EDITORS_NOTE.finditer(text):
        yield m.start(), m.end()


__all__ = ["editors_notes"]
