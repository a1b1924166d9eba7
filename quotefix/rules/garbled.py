"""Where a text holds mojibake: UTF-8 sequences read as Windows-1252 or Latin-1.

QF310 repairs them; meanwhile no other rule edits inside one (``â€œ`` holds
a ``“`` that is no quotation mark of the text).
"""

from __future__ import annotations

import regex

# A UTF-8 sequence read as Windows-1252: a lead (Â-ß for two bytes, à-ï for
# three) and continuation bytes as that code page shows them.
_CONTINUATION = (
    "[\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152"
    "\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a"
    "\u0153\u017e\u0178\u0081\u008d\u008f\u0090\u009d\u00a0-\u00bf]"
)
# Leads: Â-Å (Latin-1 and Latin Extended-A), Ð Ñ (Cyrillic), â (punctuation: “ ” ’ – —).
GARBLED = regex.compile(
    "[\u00c2-\u00c5\u00d0\u00d1]" + _CONTINUATION + "|â" + _CONTINUATION + "{2}"
)

def garbled_spans(text: str) -> list[tuple[int, int]]:
    """Start and end of every misread sequence of ``text`` (none without a lead character)."""
    # Looked for from each lead (French â is common, so â only with the € of â€).
    spans: list[tuple[int, int]] = []
    for lead in ("\u00c3", "\u00c2", "â\u20ac", "\u00c5", "\u00d0", "\u00d1"):
        pos = text.find(lead)
        while pos >= 0:
            found = GARBLED.match(text, pos)
            if found is not None:
                spans.append(found.span())
            pos = text.find(lead, pos + 1)
    if len(spans) > 1:
        spans.sort()
    return spans


__all__ = ["GARBLED", "garbled_spans"]
