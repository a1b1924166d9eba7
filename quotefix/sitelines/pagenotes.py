"""Notes the newsroom adds to an article about the article itself.

They read as prose, so no single label word proves them, but each joins two
things that news about other people never joins:

- a correction: its heading (``Correction:``, ``Clarification.``, ``Fe de
  errores:``) and the earlier version of the article it corrects;
- a press trip: the reporter (``The journalist``, ``The author of this
  information``, ``Our correspondent``) and the invitation that paid for it;
- an edited interview: the interview or the answers, and the editing
  (``abridged``, ``shortened``, ``condensed``);
- a legal footnote: the asterisk that refers to it, and a registry's formula
  (``* Meta is recognised as an extremist organisation, its activities are
  banned in Russia``, ``* X is included in the register of foreign agents``),
  which Russian law has sites print under every article that names one.

A line of news may hold one half (a minister travels at the invitation of the
Commission; the court asked for a corrected version of the report), not both.
"""

from __future__ import annotations

import regex

from ..lazy import LazyPattern
from .guess import Guess
from .lines import Line
from .tuning import WHOLE_LINE

#: Longest page note, in words (a correction states the wrong and the right figure).
PAGE_NOTE_WORDS = 70
#: A note joins two things no news joins: it outweighs a label that opens it
#: (``Correction:``, which alone would be cut from the rest of the note) and the
#: length that a paragraph's words cost, up to :data:`PAGE_NOTE_WORDS` (a correction
#: states what was wrong and what is right: 57 words are common).
PAGE_NOTE = WHOLE_LINE + 3.5

# A correction's heading, in English or a source language.
_HEADINGS = (
    r"[(\[*_]*(?:correction|clarification|erratum|errata corrige|errata|rectification"
    r"|precision|note|update|fe de errores|fe de erratas|aclaración|corrección"
    r"|rectificación|rectificatif|précision|correctif|precisazione|rettifica|correzione"
    r"|korrektur|richtigstellung|klarstellung|hinweis der redaktion|correção"
    r"|esclarecimento|retificação|nota da redação|nota de la redacción"
    r"|note de la rédaction|nota della redazione)"
)
_CORRECTION = LazyPattern(
    _HEADINGS + r"[ \t]*(?:[.:—–\-]|\(|,)"
    r".{0,200}?\b(?:previous|earlier|first|original|initial|former|prior) version\b"
    # or the page saying it was corrected (``The text has been corrected: in the earlier
    # version…``)
    r"|[(\[*_]*(?:the|this) (?:text|article|story|news|report) (?:has been|was) corrected\b"
    r".{0,200}?\b(?:previous|earlier|first|original|initial|former|prior) version\b",
    regex.IGNORECASE | regex.VERSION1,
)
# A correction's heading alone (for the version words of the other languages).
_CORRECTION_HEAD = LazyPattern(_HEADINGS + r"[ \t]*[.:—–\-]", regex.IGNORECASE | regex.VERSION1)
# The version words of the other languages, after the heading.
_VERSION_ELSEWHERE = LazyPattern(
    r"\b(?:versión anterior|primera versión|version précédente|première version"
    r"|version antérieure|versione precedente|precedente versione|prima versione"
    r"|früheren fassung|ersten fassung|vorherigen fassung|versão anterior|primeira versão)\b",
    regex.IGNORECASE | regex.VERSION1,
)
# A reporter who names the trip's host: the page's own words about its reporting.
_PRESS_TRIP = LazyPattern(
    r"[(\[*_]*(?:the|this|our|el|la|le|la|il|o|a|der|die|unser[e]?|notre|nuestro|nuestra"
    r"|nostro|nostra|nosso|nossa)[ \t]+(?:journalist|reporter|author|correspondent|envoy"
    r"|special envoy|writer|periodista|autor|autora|reportero|enviado|enviada|journaliste"
    r"|auteur|autrice|envoyé|envoyée|reporter|giornalista|autore|inviato|inviata"
    r"|journalistin|reporterin|jornalista|repórter)\b"
    r"[^\n]{0,120}?\b(?:at the invitation of|invited by|as a guest of|on the invitation of"
    r"|a invitación de|invitad[oa] por|à l['’]invitation de|invité[e]? par|su invito d"
    r"|invitat[oa] da|auf einladung|eingeladen von|a convite d|convidad[oa] pel)",
    regex.IGNORECASE | regex.VERSION1,
)
# An interview or its answers, and the editing for length or reading.
_EDITED_INTERVIEW = LazyPattern(
    r"[(\[*_]*(?:the|this)[ \t]+(?:interview|conversation|answers|responses|transcript"
    r"|exchange)\b[^\n]{0,80}?\b(?:abridged|shortened|condensed|edited for (?:length|clarity"
    r"|ease|reasons)|edited and (?:condensed|shortened))",
    regex.IGNORECASE | regex.VERSION1,
)


# A registry's formula, as machine translation renders it: the footnote's text, or a
# parenthesis after the name (:data:`.notes` reports that one).
LEGAL_FORMULA = (
    r"(?:register\s+of\s+(?:foreign\s+agents|extremists?\s+and\s+terrorists|undesirable)"
    r"|recogni[sz]ed\s+(?:as\s+)?(?:an?\s+)?(?:foreign\s+agents?|extremist|terrorist"
    r"|undesirable)"
    r"|(?:banned|prohibited)\s+in\s+(?:the\s+)?Russia(?:n\s+Federation)?"
    r"|performing\s+the\s+functions\s+of\s+a\s+foreign\s+agent)"
)
_LEGAL_FOOTNOTE = LazyPattern(r"[ \t]*\*+[ \t]*(?=\S)[^\n]*?" + LEGAL_FORMULA,
                              regex.IGNORECASE | regex.VERSION1)


def page_note(text: str, line: Line, guesses: list[Guess]) -> None:
    """Add a guess for a correction, a press trip's disclosure or an edited interview's
    note (see the module's text)."""
    if not 4 <= line.size <= PAGE_NOTE_WORDS:
        return
    body, end = line.body, line.end
    found = _CORRECTION.match(text, body, end)
    if found is None and _CORRECTION_HEAD.match(text, body, end) is not None:
        found = _VERSION_ELSEWHERE.search(text, body, min(end, body + 260))
    if found is not None:
        guesses.append(Guess("notice", PAGE_NOTE, "correction"))
    elif _PRESS_TRIP.match(text, body, end) is not None:
        guesses.append(Guess("notice", PAGE_NOTE, "press trip"))
    elif _EDITED_INTERVIEW.match(text, body, end) is not None:
        guesses.append(Guess("notice", PAGE_NOTE, "edited interview"))
    elif text[line.start : body + 1].lstrip().startswith("*") and _LEGAL_FOOTNOTE.match(
            text, line.start, end) is not None:
        guesses.append(Guess("furniture", PAGE_NOTE, "legal footnote"))



def may_be_page_note(low: str) -> bool:
    """Could the lower-cased line be a page note? (A cheap test for the screen.)"""
    return ("version" in low or "fassung" in low or "versão" in low or "versión" in low
            or "invit" in low or "eingeladen" in low or "einladung" in low
            or "convite" in low or "convidad" in low
            or "abridged" in low or "shortened" in low or "condensed" in low
            or "edited for" in low or "russia" in low or "register of" in low
            or "recogni" in low)


__all__ = ["PAGE_NOTE", "PAGE_NOTE_WORDS", "may_be_page_note", "page_note"]
