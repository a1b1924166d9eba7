"""The site's own name on a line: its masthead alone, or its header with a tagline.

``Folha do Litoral``, ``El Correo del Nervión`` alone at the top or the foot of the
article; ``VignaNews · Il quotidiano online del vino italiano`` on its first line. A
few capitalised words, a newspaper's title word among them or a part that names the
site's kind, and no mark of a sentence: a heading of the article names a place or a
thing after the paper (``Herald Square``) or joins two pieces of news.
"""

from __future__ import annotations

import regex

from ..lazy import LazyPattern
from .guess import Guess
from .lexicon import Lexicon, words_of
from .lines import NAME_PARTICLES, Line
from .tuning import WHOLE_LINE

#: Most words of a site's name alone on its line.
MASTHEAD_WORDS = 6
# Words that join a name's capitalised words (``Le Quotidien de la Meuse``).
_MASTHEAD_GLUE = NAME_PARTICLES | frozenset({"the", "of", "la", "le", "les", "el", "los", "las",
                                             "il", "lo", "o", "a", "am", "an", "der", "die",
                                             "das", "und", "y", "e", "et", "&"})


# Nouns of places and things that take a paper's name (``Herald Square``, ``Times
# Tower``, ``Echo Park``, ``Tribune Prize``): a heading in the article, not its site.
_PLACES_NAMED = frozenset({
    "square", "park", "street", "road", "avenue", "tower", "building", "office", "station",
    "house", "hall", "bridge", "garden", "gardens", "plaza", "center", "centre", "prize",
    "award", "awards", "chamber", "bay", "lake", "beach", "canyon", "valley",
})


def may_name_site(text: str, start: int, stop: int) -> bool:
    """Could the raw line ``text[start:stop]`` be a site's name or header? (A cheap test
    before the line is built: short, and ending no sentence.)"""
    raw = text[start:stop].rstrip(" \t\u00a0")
    return (bool(raw) and raw.count(" ") < SITE_HEADER_WORDS
            and raw[-1] not in ".!?…:;,")


def masthead(text: str, line: Line, lex: Lexicon) -> Guess | None:
    """``Folha do Litoral``, ``Oberpfälzer Tagespost``, ``El Correo del Nervión``: the
    site's name alone on a line (the caller asks at the top and the foot of the
    article): a few capitalised words, a newspaper's title word among them, and no
    figure or mark of a sentence."""
    if not 1 <= line.size <= MASTHEAD_WORDS or len(line.words) != line.size or line.bullet \
            or line.arrow or line.quoted:
        return None
    body = text[line.body : line.end].rstrip(" \t\u00a0")
    if not body or any(c.isdigit() or c in ".!?…:;,|()\"“”«»" for c in body):
        return None
    titles = lex.word_class("masthead")
    if not _PLACES_NAMED.isdisjoint(line.lowers):
        return None  # a place or a thing named after a paper (``Herald Square``)
    named = False
    for (a, _), lower in zip(line.words, line.lowers, strict=True):
        for part in lower.split("-"):
            named = named or part in titles
        if not text[a].isupper() and lower not in _MASTHEAD_GLUE:
            return None
    return Guess("furniture", WHOLE_LINE, "site name") if named else None


# A site's header on the text's first line: its name, then its tagline, its section or
# the day (``VignaNews · Il quotidiano online del vino italiano``, ``Fréquence Sud-Loire –
# L'info de chez vous``, ``Unterländer Anzeiger · Donnerstag, 13. März 2025``).
_HEADER_BREAK = LazyPattern(r"[ \t]+[·–—|][ \t]+", regex.VERSION1)
_SITE_WORDS = frozenset({
    "media", "média", "médias", "portal", "fachportal", "revista", "site", "oficial",
    "official", "online", "news", "tg", "tv", "radio", "rádio", "info", "infos", "magazine",
    "magazin", "semanário", "semanario", "settimanale", "hebdomadaire", "weekly", "daily",
    "web", "actualités", "comunicati", "stampa", "sala", "prensa", "redaktion", "rédaction",
    "redazione", "redacción", "redação", "newsroom", "editorial",
})
#: Most words of a site's header, and of its tagline, section or date.
SITE_HEADER_WORDS = 14
SITE_TAGLINE_WORDS = 7


def site_header(text: str, line: Line, lex: Lexicon) -> Guess | None:
    """The site's name and its tagline, section or date on the text's first lines (the
    caller asks there): a few capitalised words, a middle dot, a dash or a bar, and a
    part that names the site's kind (``online``, ``revista``, ``TG``), or a newspaper's
    title word in the name (``Unterländer Anzeiger · Donnerstag, 13. März 2025``);
    a headline's dash joins two pieces of news (``Naples – The funicular stops``)."""
    if not 3 <= line.size <= SITE_HEADER_WORDS or line.bullet or line.arrow or line.quoted:
        return None
    body = text[line.body : line.end].rstrip(" \t\u00a0")
    if not body or body[-1] in ".!?…:;,":
        return None
    parts = _HEADER_BREAK.split(body)
    if not 2 <= len(parts) <= 4:
        return None
    name = words_of(parts[0])
    starts = [w for w in parts[0].split() if w]
    if not 1 <= len(name) <= MASTHEAD_WORDS or not all(
            w[:1].isupper() or w.lower() in _MASTHEAD_GLUE for w in starts):
        return None
    if any(len(words_of(part)) > SITE_TAGLINE_WORDS for part in parts[1:]):
        return None  # a headline after a place's dash says more (``Bülach – Das Projekt…``)
    rest = [w for part in parts[1:] for w in words_of(part)]
    titles = lex.word_class("masthead")
    if ":" in body or (_SITE_WORDS.isdisjoint(rest) and titles.isdisjoint(name)):
        return None  # (``Lisbon | Porto | Faro: three cities…``, ``Council of Europe |
        # Strasbourg | 12 March 2024``: a headline's topics, an event's place and day)
    return Guess("furniture", WHOLE_LINE, "site header")


__all__ = ["MASTHEAD_WORDS", "SITE_HEADER_WORDS", "masthead", "may_name_site", "site_header"]
