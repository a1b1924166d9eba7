"""Bylines and time stamps: who wrote the piece and when, as the page printed it.

``By Laura Méndez | Seville | 12 Feb 2024 - 06:30 CET``, ``Por Martín Ledesma 14 de
mayo de 2024``, ``di Marco Ferri``, ``12 June 2024 | 10:35``. A byline is a word of
authorship, two to four capitalised names and nothing else, or a date after them
with only the words of a date, a time, a place or a reading time around it; a time
stamp is a date and a time of day alone. A sentence that starts the same way has a
word of news in it (``By Tuesday, updated figures showed…``: a weekday is no name).
"""

from __future__ import annotations

import regex

from ..lazy import LazyPattern
from .guess import Guess
from .lexicon import Lexicon
from .lines import NAME_PARTICLES, Line, ends_sentence, trimmed_end
from .screen import UPDATE_WORDS
from .tuning import AUTHOR_MAX_WORDS, COMBINATION, WHOLE_LINE

#: Most names between the word of authorship and the date (``Maria do Carmo Sousa``).
BYLINE_MAX_NAMES = 4
#: Most words of a time stamp alone (``Monday, 3 June 2024 - 10:35 CET``).
STAMP_MAX_WORDS = 10
# English words that open a title-cased subheading (``By The Numbers``), not a name.
_NOT_NAMES = frozenset({"the", "a", "an", "of", "and", "for", "to", "in", "on", "this", "our"})
# Nouns of the written piece that sites print before ``by`` (``Texto de …``, ``Text by …``).
_PIECE_NOUNS = frozenset({"text", "texto", "texte", "testo", "words", "story", "report"})
# A time of day: ``10:35``, ``07h00``, ``12.01``.
_TIME = LazyPattern(r"(?<!\d)\d{1,2}[:h.]\d{2}(?!\d)", regex.VERSION1)
# A date in figures: ``03/06/2024``, ``3.6.24``.
_DATE = LazyPattern(r"(?<!\d)\d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?!\d)", regex.VERSION1)


def _dated(word: str, lex: Lexicon) -> bool:
    """A word of a date, a time, a time zone or a reading time."""
    return (any(c.isdigit() for c in word) or word in lex.word_class("month")
            or word in lex.word_class("stamp") or word in lex.word_class("dated"))


def byline(text: str, line: Line, lex: Lexicon, guesses: list[Guess]) -> None:
    """Add a guess for a byline alone or with its date (see the module's text)."""
    lowers = line.lowers
    by = lex.word_class("by")
    # ``Texto de Rui Pacheco``, ``Text by …``: a noun of the written piece may come first.
    first = 1 if len(lowers) > 1 and lowers[0] in _PIECE_NOUNS and lowers[1] in by else 0
    if not lowers or lowers[first] not in by or line.size > AUTHOR_MAX_WORDS:
        return
    months = lex.word_class("month")
    dated = lex.word_class("dated")
    names = 0
    k = first + 1
    while k < len(lowers) and names < BYLINE_MAX_NAMES:
        word = text[line.words[k][0] : line.words[k][1]]
        lower = lowers[k]
        if lower in NAME_PARTICLES and names:
            k += 1
            continue
        if not (word[:1].isupper() and word[1:2].islower()) or lower in months or lower in dated:
            break
        if lower in _NOT_NAMES:
            return
        names += 1
        k += 1
    if names < 2:
        return
    rest = range(k, len(lowers))
    if not rest:
        if not ends_sentence(text, line):
            guesses.append(Guess("furniture", COMBINATION, "byline"))
        return
    if not any(any(c.isdigit() for c in lowers[j]) for j in rest):
        return
    for j in rest:
        if not (_dated(lowers[j], lex) or text[line.words[j][0]].isupper()):
            return  # a word of news: a sentence about the author
    guesses.append(Guess("furniture", COMBINATION, "byline with date"))


# A note that the page was updated, and when (``(Updated at 16:05 with reaction of
# the owners)``, ``Noticia actualizada a las 14.20 horas con…``, ``Mis à jour à
# 16h05``): the word of updating first, a time or a date, then nothing or what was
# added after a word of adding.
_UPDATE_NOTE = LazyPattern(
    r"[(\[*_]*(?:(?:this |the |cet |l['’]|el |la |il |der |a )?"
    r"(?:article|story|news|report|post|noticia|artículo|notizia|articolo|artikel|meldung"
    r"|notícia|matéria|artigo) )?"
    r"(?:updated|last updated|actualizad[oa]|mis à jour|mise à jour|aggiornat[oa]|aktualisiert"
    r"|atualizad[oa])"
    r" (?:on |at |a las |a la |el |à |le |alle |il |um |am |às |em |a )?"
    r"(?:[\w.]+ ){0,3}?\d{1,2}[:h.]?\d{0,2}(?: ?(?:horas|hours|heures|ore|uhr|h))?"
    r"(?:[,;]? (?:with|con|avec|mit|com|after|après|tras|dopo|nach|após) [^()\[\]\n]{1,200})?"
    r"[.)\]*_]*",
    regex.IGNORECASE | regex.VERSION1,
)


def update_note(text: str, line: Line, guesses: list[Guess]) -> None:
    """``(Updated at 16:05 with reaction of the owners)``: when the page was updated."""
    if UPDATE_WORDS.isdisjoint(line.lowers[:3]):
        return  # most lines: no word of updating where a note has one (nor the pattern)
    if line.size <= AUTHOR_MAX_WORDS * 2 and _UPDATE_NOTE.fullmatch(
            text, line.body, trimmed_end(text, line.body, line.end)):
        guesses.append(Guess("notice", WHOLE_LINE, "update note"))


def timestamp(text: str, line: Line, lex: Lexicon, guesses: list[Guess]) -> None:
    """``12 June 2024 | 10:35``: a date and a time of day, alone on their line."""
    if not 2 <= line.size <= STAMP_MAX_WORDS or not all(_dated(w, lex) for w in line.lowers):
        return
    months = lex.word_class("month")
    if ((any(w in months for w in line.lowers) or _DATE.search(text, line.body, line.end))
            and _TIME.search(text, line.body, line.end)):
        guesses.append(Guess("furniture", WHOLE_LINE, "time stamp"))


__all__ = ["BYLINE_MAX_NAMES", "STAMP_MAX_WORDS", "byline", "timestamp", "update_note"]
