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
from .lexicon import WORD, Lexicon, words_of
from .lines import (
    NAME_PARTICLES,
    REPORTING,
    Line,
    ends_sentence,
    trimmed_end,
)
from .screen import UPDATE_WORDS
from .tuning import AUTHOR_MAX_WORDS, COMBINATION, WHOLE_LINE

#: Most names between the word of authorship and the date (``Maria do Carmo Sousa``).
BYLINE_MAX_NAMES = 4
#: Most words of a time stamp alone (``Monday, 3 June 2024 - 10:35 CET``).
STAMP_MAX_WORDS = 10
# English words that open a title-cased subheading (``By The Numbers``), not a name.
_NOT_NAMES = frozenset({"the", "a", "an", "of", "and", "for", "to", "in", "on", "this", "our"})
# Nouns of the written piece that sites print before ``by`` (``Texto de …``, ``Text by …``).
# The word between two authors' names.
_JOINING = frozenset({"and", "y", "e", "et", "und"})
_PIECE_NOUNS = frozenset({"text", "texto", "texte", "testo", "words", "story", "report"})
# Days of the week, which a time stamp may name but opening hours name too: a stamp
# needs a date (a month's name or a date in figures).
_WEEKDAYS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
    "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    "segunda", "terça", "quarta", "quinta", "sexta", "feira",
    "mon", "tue", "wed", "thu", "fri", "sat", "sun",
})
# A time of day: ``10:35``, ``07h00``, ``12.01``.
_TIME = LazyPattern(r"(?<!\d)\d{1,2}[:h.]\d{2}(?!\d)", regex.VERSION1)
# A date in figures: ``03/06/2024``, ``3.6.24``.
_DATE = LazyPattern(r"(?<!\d)\d{1,2}([/.\-])\d{1,2}\1\d{2,4}(?!\d)", regex.VERSION1)


def _dated(word: str, lex: Lexicon) -> bool:
    """A word of a date, a time, a time zone or a reading time."""
    return (any(c.isdigit() for c in word) or word in lex.word_class("month")
            or word in _RELATIVE_DAYS
            or word in lex.word_class("stamp") or word in lex.word_class("dated"))


#: How near the top a byline opened by ``of`` stands (the first lines only).
BYLINE_OF_LINES = 3


def byline(text: str, line: Line, lex: Lexicon, guesses: list[Guess]) -> None:
    """Add a guess for a byline alone or with its date (see the module's text)."""
    lowers = line.lowers
    by = lex.word_class("by")
    # ``Texto de Rui Pacheco``, ``Text by …``: a noun of the written piece may come first.
    first = 1 if len(lowers) > 1 and lowers[0] in _PIECE_NOUNS and lowers[1] in by else 0
    # ``of Marco Bonarrigo``: an Italian ``di`` as MT renders it, over the article only.
    rendered_of = bool(lowers) and lowers[0] == "of" and line.index < BYLINE_OF_LINES
    if not lowers or (lowers[first] not in by and not rendered_of) or (
            line.size > AUTHOR_MAX_WORDS):
        return
    if (len(lowers) == first + 2 and lowers[first + 1] in lex.word_class("agency")
            and text[line.words[first + 1][0]].isupper()):
        guesses.append(Guess("credit", COMBINATION, "agency byline"))  # ``By Reuters``
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
        if lower in _JOINING and names >= 2 and k + 1 < len(lowers):
            k += 1  # a second author (``By Lars Petersen and Maike Jensen``)
            continue
        if (not (word[:1].isupper() and word[1:2].islower()) or lower in months
                or lower in dated or (names and text[line.words[k - 1][1] : line.words[k][0]]
                                      .strip() in ("—", "–"))):
            break  # (a dash ends the name: ``By Ana Prado — Recife``)
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
    if rendered_of:
        return  # a name and no more
    if not any(any(c.isdigit() for c in lowers[j]) for j in rest):
        # ``By Renata Kuhnen, SC Newsroom — Florianópolis``: a newsroom or a place after
        # the name, every word capitalised, and no sentence
        if (not ends_sentence(text, line) and not _NEWSROOM.isdisjoint(lowers[k:])
                and all(text[line.words[j][0]].isupper() for j in rest)):
            guesses.append(Guess("furniture", COMBINATION, "byline"))
        elif not ends_sentence(text, line) and len(rest) <= _BYLINE_PLACE_WORDS and (
                ("," in text[line.words[k - 1][1] : line.words[k][0]]
                 and lowers[k] in _WHERE_FROM and len(rest) > 1
                 and all(text[line.words[j][0]].isupper() for j in rest[1:]))
                or (text[line.words[k - 1][1] : line.words[k][0]].strip() in ("—", "–")
                    and all(text[line.words[j][0]].isupper() or lowers[j] in NAME_PARTICLES
                            for j in rest))):
            # where the reporter filed from (``By Alexandre Fournier, in Décines``,
            # ``By Renato Figueira, from São Paulo``, ``By Ana Prado — Recife``)
            guesses.append(Guess("furniture", COMBINATION, "byline with its place"))
        return
    for j in rest:
        if not (_dated(lowers[j], lex) or text[line.words[j][0]].isupper()):
            return  # a word of news: a sentence about the author
    guesses.append(Guess("furniture", COMBINATION, "byline with date"))


#: The word before the place a reporter filed from, and most words of the place.
_WHERE_FROM = frozenset({"in", "from", "at", "en", "à", "desde", "da", "aus", "em"})
_BYLINE_PLACE_WORDS = 4


# A note that the page was updated, and when (``(Updated at 16:05 with reaction of
# the owners)``, ``Noticia actualizada a las 14.20 horas con…``, ``Mis à jour à
# 16h05``): the word of updating first, a time or a date, then nothing or what was
# added after a word of adding.
_ADDED = (r"(?:with|con|avec|mit|com|after|après|tras|dopo|nach|após|to include|to add)"
          r" [^()\[\]\n]{1,200}")
_UPDATE_NOTE = LazyPattern(
    r"[(\[*_]*(?:(?:this |the |cet |l['’]|el |la |il |der |a )?"
    r"(?:article|story|news|report|post|information|noticia|artículo|información|notizia"
    r"|articolo|artikel|meldung|notícia|matéria|artigo|informação) )?"
    # (``This information has been updated at…``, ``The news was updated at…``)
    r"(?:(?:has been|was|ha sido|fue|a été|è stato|è stata|wurde|foi) )?"
    r"(?:updated|last updated|modified|actualizad[oa]|modificad[oa]|mis à jour|mise à jour"
    r"|modifié|modifiée|aggiornat[oa]|modificat[oa]|aktualisiert|geändert|atualizad[oa])"
    r"(?: (?:on |at |a las |a la |el |à |le |alle |il |um |am |às |em |a )?"
    r"(?:[\w.]+ ){0,3}?\d{1,2}[:h.]?\d{0,2}(?: ?(?:horas|hours|heures|ore|uhr|h))?"
    # then what was added, after a word of adding or a colon (``…: a comment of the
    # ministry was added``); or, with no time, only what was added
    r"(?:[,;]? " + _ADDED + r"|: [^()\[\]\n]{1,200})?"
    r"| " + _ADDED + r")"
    r"[.)\]*_]*",
    regex.IGNORECASE | regex.VERSION1,
)


# Verbs that report somebody's words (``added`` says what the update added).
_REPORTED = REPORTING - {"added"}
#: How far into the line the word of updating may stand (``This information has been
#: updated at…``).
UPDATE_WORD_AT = 5


def update_note(text: str, line: Line, guesses: list[Guess]) -> None:
    """``(Updated at 16:05 with reaction of the owners)``: when the page was updated."""
    if UPDATE_WORDS.isdisjoint(line.lowers[:UPDATE_WORD_AT]):
        return  # most lines: no word of updating where a note has one (nor the pattern)
    if line.size <= AUTHOR_MAX_WORDS * 2 and _REPORTED.isdisjoint(line.lowers) and (
            _UPDATE_NOTE.fullmatch(text, line.body, trimmed_end(text, line.body, line.end))):
        # (news of a report that was updated says who said so: ``…, the ministry said``)
        guesses.append(Guess("notice", WHOLE_LINE, "update note"))


# Who signed the article, or where it was filed, and the date, and nothing else:
# ``Giulia Martini 27 March 2025``, ``Ricardo Pinheiro | 20 Nov 2025``, ``Napoli, 03
# June 2025``, and a date and time in ISO form alone (``2025-03-27 12:40``).
# The date may name its weekday (``Caracas, Saturday 20 April 2024``, ``Thursday, April
# 25, 2024``) and join its parts with ``of`` as Spanish and Portuguese do (``Piura,
# Tuesday 26 of March of 2024``).
_SIGNED_DATE = LazyPattern(
    r"[ \t]*(?:\p{Lu}[\p{L}’'\-.]+(?:[ \t]+(?:(?:de|da|del|di|do|dos|van|von|la|le)[ \t]+)?"
    r"\p{Lu}[\p{L}’'\-.]+){0,4}[ \t]*[,|·–—\-]?[ \t]*)?"
    r"(?:(?P<weekday>\p{L}{3,12})\.?,?[ \t]+)?"
    r"(?:(?P<day>\d{1,2})(?:[ \t]+(?:of|de|del))?[ \t]+(?P<month>\p{L}{3,10})\.?,?"
    r"(?:[ \t]+(?:of|de|del))?[ \t]+\d{4}"
    r"|(?P<month_first>\p{L}{3,10})\.?[ \t]+\d{1,2},?[ \t]+\d{4}"
    r"|\d{4}-\d{2}-\d{2})(?:[ \t,|·]+\d{1,2}[:h.]\d{2})?[ \t]*",
    regex.VERSION1,
)
#: Most words of such a line.
SIGNED_DATE_WORDS = 9


def timestamp(text: str, line: Line, lex: Lexicon, guesses: list[Guess]) -> None:
    """``12 June 2024 | 10:35``, ``Update: 06/06/2024 09:10 h``, ``Published today at
    14:05``: a date (or today, yesterday) and a time of day, alone on their line or after
    a word of updating or publishing, perhaps after the newsroom's town; or a name or a
    town and a date alone (``Giulia Martini 27 March 2025``)."""
    if line.size <= SIGNED_DATE_WORDS:
        found = _SIGNED_DATE.fullmatch(text, line.start, line.end)
        month = found and (found["month"] or found["month_first"])
        if found is not None and (month is None or month.lower() in lex.word_class("month")) and (
                found["weekday"] is None or found["weekday"].lower() in _WEEKDAYS):
            guesses.append(Guess("furniture", WHOLE_LINE, "signature and date"))
            return
    lowers = line.lowers
    if (len(lowers) > 2 and not _dated(lowers[0], lex) and text[line.words[0][0]].isupper()
            and (text[line.words[0][1] : line.words[0][1] + 1] == ","
                 or lowers[1] in UPDATE_WORDS or lowers[1] in _PUBLISHED)):
        lowers = lowers[1:]  # the town of the newsroom first (``Cagliari, 13 March 2025…``)
    if lowers[:1] and (lowers[0] in UPDATE_WORDS or lowers[0] in _PUBLISHED):
        lowers = lowers[1:]
    if len(lowers) > 2 and lowers[-1] == "m" and lowers[-2] in ("a", "p"):
        lowers = lowers[:-2]  # ``11:27 a.m.``: the hour's half of the day, as English writes it
    if not 2 <= line.size <= STAMP_MAX_WORDS or not all(
            _dated(w, lex) or w in _RELATIVE_DAYS for w in lowers):
        return
    months = lex.word_class("month") - _WEEKDAYS
    if ((any(w in months or w in _RELATIVE_DAYS for w in lowers)
         or _DATE.search(text, line.body, line.end))
            and _TIME.search(text, line.body, line.end)):
        # (a weekday and hours, ``Monday: 7.30 – 12.00``, are opening hours)
        guesses.append(Guess("furniture", WHOLE_LINE, "time stamp"))


#: Most words of a wire header alone on its line (``ST. PETERSBURG, 14 March. /TASS/.``).
WIRE_HEADER_WORDS = 10


# A wire service's fields alone on their line (``dpa / Region: Saxony / Topic:
# Aviation``), or its story number (``dpa:240301-99-187254/2``).
_WIRE_FIELDS = LazyPattern(
    r"(?i:dpa|apa|afp|sda|ansa|efe|lusa|reuters|ap)[ \t]*[/|·][ \t]*(?i:region|regione|región"
    r"|région|land|bundesland)[ \t]*:[^/|\n]{2,40}[/|·][ \t]*(?i:topic|category|rubrik|thema"
    r"|ressort|kategorie|sección|rubrique)[ \t]*:[^/|\n]{2,40}"
    r"|dpa:\d{6}-\d{2}-\d{2,8}/\d{1,3}[ \t]*"
    # or an Italian or Spanish wire's agency, region and topic (``ANSA - Lazio - Politics``)
    r"|(?:ANSA|EFE|Europa[ \t]Press|AGI|Adnkronos|Lusa|APA)[ \t]+[-–/|][ \t]+\p{Lu}[\p{L}\-]+"
    r"[ \t]+[-–/|][ \t]+\p{Lu}[\p{L}\-]+[ \t]*",
    regex.VERSION1,
)


def wire_header(text: str, line: Line, lex: Lexicon, guesses: list[Guess]) -> None:
    """A town in capitals, a date and an agency, and nothing else: the wire service's
    header left on a line of its own (``KAZAN, 5 Feb — RIA Novosti.``, ``CÓRDOBA (NA) —
    Viernes 14 de marzo``). The same header opening a paragraph is its dateline."""
    if line.size <= WIRE_HEADER_WORDS and _WIRE_FIELDS.fullmatch(text, line.body, line.end):
        guesses.append(Guess("notice", COMBINATION, "wire header"))
        return
    if not 3 <= line.size <= WIRE_HEADER_WORDS:
        return
    if text[line.start] == "(" and _BRACKETED_WIRE.fullmatch(text, line.start, line.end):
        # the agency in brackets first, as Italian wires print it (``(ANSA) - ROMA, 20
        # NOV -``), alone on its line: the dateline of no paragraph
        guesses.append(Guess("notice", COMBINATION, "wire header"))
        return
    first = text[line.words[0][0] : line.words[0][1]]
    if len(first) < 3 or not first.isupper():
        return
    months = lex.word_class("month")
    agency = lex.word_class("agency")
    lowers = line.lowers
    if not (any(w in months for w in lowers) and any(w.isdigit() for w in lowers)):
        return
    agencies = [w for w in lowers if w in agency]
    caps_in_brackets = _AGENCY_MARK.search(text, line.body, line.end) is not None
    if not agencies and not caps_in_brackets:
        return
    for k, lower in enumerate(lowers):
        word = text[line.words[k][0] : line.words[k][1]]
        if not (word.isupper() or lower.isdigit() or lower in months or lower in agency
                or lower in NAME_PARTICLES or word[:1].isupper()):
            return  # a word of news
    guesses.append(Guess("notice", COMBINATION, "wire header"))


# An agency in brackets, a town in capitals and a day and month, and nothing else.
_BRACKETED_WIRE = LazyPattern(
    r"\([\p{L}\d .’'\-]{2,40}\)[ \t]*[-–—][ \t]*\p{Lu}[\p{Lu}\p{M} ’'.\-]{1,30},[ \t]*"
    r"\d{1,2}[ \t]+\p{L}{3,10}\.?(?:[ \t]+\d{4})?[ \t]*[-–—]?[ \t]*",
    regex.VERSION1,
)
# An agency's initials in brackets or between slashes (``(NA)``, ``/TASS/``), or its
# name between slashes, as Russian-language wires print it (``/Yug-Inform/``).
_AGENCY_MARK = LazyPattern(r"[(/]\p{Lu}{2,6}[)/]|/\p{Lu}[\p{L}]+(?:-\p{L}+)?/", regex.VERSION1)
# Where a row of the page's facts about the article splits into its items: bars, dots
# and spaced dashes (``By Redação | 14/03/2024 at 07h12 — Updated 14/03/2024 …``).
# Also a full stop after a word (not an initial) before a capital (``Sophie Le Gall.
# Published on …``), and a word of publishing or updating that opens the next item
# after a comma or after a name (``…, mis à jour à 09h40``, ``By Claire Dumont
# Published on …``).
_STAMP_OPENERS = (r"(?:published|updated|modified|publié|publiée|modifié|modifiée|mis[ \t]+à"
                  r"[ \t]+jour|publicado|publicada|actualizado|actualizada|modificado"
                  r"|pubblicato|pubblicata|aggiornato|aggiornata|veröffentlicht|aktualisiert"
                  r"|geändert|atualizado|atualizada)(?![\p{L}\d])")
_META_BREAK = LazyPattern(
    r"[ \t]*(?:[|·•]|(?<=[ \t])[—–\-/](?=[ \t]))[ \t]*"
    r"|(?<=\p{L}{2}|\d)[ \t]*\.[ \t]+(?=\p{Lu})"
    r"|[ \t]*,[ \t]*(?=(?i:" + _STAMP_OPENERS + r"))"
    r"|(?<=[\p{Ll}\d])[ \t]+(?=(?:Published|Updated|Publié|Mis[ \t]+à[ \t]+jour|Modifié"
    r"|Publicado|Actualizado|Pubblicato|Aggiornato|Veröffentlicht|Aktualisiert|Atualizado)"
    r"(?![\p{L}\d]))"
    # and a name before its date (``Ana Rita Moreira 12 de Março de 2024, 7:15``)
    r"|(?<=\p{Lu}\p{Ll}+)[ \t]+(?=\d{1,2}\.?[ \t]+(?:de[ \t]+)?\p{L}{3,10}\.?[ \t]+(?:de[ \t]+)?"
    r"\d{4})",
    regex.VERSION1)
#: Most words of such a row, and of one of its items; most items that may be a place
#: or a name no list holds, beside a date and a time (``Marta Quiroga | Madrid | 14 MAR
#: 2024 - 08:12 CET``).
META_ROW_WORDS = 20
META_ITEM_WORDS = 8
#: Words beside its figures past which a dated item must read as a stamp (its words
#: small, of publishing or capitalised): ``View of the bay in May 2024`` is a caption.
META_STAMP_WORDS = 4
META_ROW_PLACES = 2
# A name in capitals, perhaps with a particle or a hyphen, of up to five words.
_SITE_NAME = LazyPattern(
    r"(?:\p{Lu}[\p{L}’'\-]*|\p{Lu}{2,}|de|do|da|dos|das|du|des|del|di|dei|della|von|van"
    r"|la|le|el)(?:[ \t]+(?:\p{Lu}[\p{L}’'\-]*|de|do|da|dos|das|du|des|del|di|dei|della|von"
    r"|van|la|le|el)){1,4}",
    regex.VERSION1)
# A temperature, as a top bar prints it beside the date (``14ºC Showers``, ``27°``).
_TEMPERATURE_ITEM = LazyPattern(r"^[ \t]*[-+]?\d{1,2}[ \t]?[°º][CF]?(?![\p{L}\d])",
                                regex.VERSION1)
# Words of publishing that lead a row's item (``Published in: Youth sector``).
_PUBLISHED = frozenset({
    "published", "posted", "publicado", "publicada", "publié", "publiée", "pubblicato",
    "pubblicata", "veröffentlicht", "update", "publicação", "publicación", "pubblicazione",
    "publication", "veröffentlichung",
    "stand", "status",  # (``Stand: 03.04.2024 11:27 Uhr``, as MT renders it too)
})
# The newsroom signing for its article (``Por Redação``, ``di Redazione``).
_NEWSROOM = frozenset({
    "redação", "redacção", "rédaction", "redazione", "redacción", "redaktion", "redaction",
    "newsroom", "editorial", "staff", "writing",  # (``Redação`` as MT renders it)
})
# The small words of a time stamp alone (``Actualizado al 18 de abril de 2024 8:12``).
_STAMP_FILLERS = frozenset({
    "on", "at", "the", "of", "le", "à", "a", "al", "el", "de", "del", "às", "do", "da", "alle",
    "il", "am", "um", "h", "uhr", "clock", "o", "jour", "mis", "put", "to", "day",
    "m", "p", "pm",  # (``7:00 a.m.``)
})
# Days named by their distance from today (``Yesterday at 19:34``).
_RELATIVE_DAYS = frozenset({
    "yesterday", "today", "ayer", "hoy", "hier", "aujourd", "ieri", "oggi", "gestern", "heute",
    "ontem", "hoje", "hui",  # (``aujourd'hui`` is two words to the line's reader)
})


def meta_row(text: str, line: Line, lex: Lexicon, guesses: list[Guess]) -> None:
    """A row of short items, one of them a date, the others what a page prints about its
    article: who signed it (``By …``, ``Redação``), its section, when it was updated, its
    views, comments or reading time (``Sociedade · 20/05/2024 · 0 comentários``,
    ``Regions | 09.09.2024, 14:02 | 1 203 views``), or only a place and a time of day
    (``Mérida | 14 de febrero de 2024 | 4:32 pm``). Without a date, a time that a word of
    publishing leads, or a reading time, stands for it when at most one item is a bare
    name (``Published at 21:58 | by Inês Carvalho``, ``Por Marta Ezquerra | 5 min de
    lectura``)."""
    # (a date's and a time's figures count as no words: ``03/02/2024 à 11:25``)
    if (not 2 <= line.size <= 2 * META_ROW_WORDS or not line.lowers
            or sum(not w.isdigit() for w in line.lowers) > META_ROW_WORDS):
        return
    items = [item for item in _META_BREAK.split(text[line.body : line.end]) if item.strip()]
    months = lex.word_class("month") - _WEEKDAYS
    if not items or DATE_THEN_COLON.search(text, line.body, line.end):
        return  # (``Saturday 20 April: Castres - Bayonne (18:00)``: a fixture, a list's item)
    if len(items) < 2:
        if _SIGNED_STAMP.fullmatch(text, line.body, trimmed_end(text, line.body, line.end)):
            guesses.append(Guess("furniture", WHOLE_LINE, "byline with its date"))
        elif (not guesses and line.lowers[0] in UPDATE_WORDS | _PUBLISHED
              and _TIME.search(items[0])
              and (_DATE.search(items[0]) or not months.isdisjoint(line.lowers))
              and all(w.isdigit() or w in UPDATE_WORDS or w in _PUBLISHED or w in months
                      or w in _STAMP_FILLERS for w in line.lowers)):
            # ``Actualizado al 18 de abril de 2024 8:12``: when, alone (a label of the
            # lexicon that opens it marks its own span)
            guesses.append(Guess("furniture", COMBINATION, "time stamp"))
        return
    cls = lex.word_class
    # An item opened by who signed, a section or a word of publishing, or made only of
    # counts (``0 comentários``, ``1 203 views``).
    leads = cls("by") | cls("section") | UPDATE_WORDS | _NEWSROOM | _PUBLISHED
    counts = cls("counted") | cls("stamp") | cls("minutes") | cls("by")
    jobs = cls("job")
    dated = timed = telling = named = led = False
    places = 0
    for item in items:
        words = words_of(item)
        if _TEMPERATURE_ITEM.search(item):
            telling = True  # the weather of the page's top bar (``14ºC Showers``)
            continue
        # (a date's and a time's figures count as one word: ``the 03/04/2025 at 19h10``)
        if not words or sum(not any(c.isdigit() for c in w) for w in words) + 1 > META_ITEM_WORDS:
            return
        has_date = bool(_DATE.search(item)) or (
            any(w in months for w in words) and any(w.isdigit() for w in words)) or (
            words[0] in _RELATIVE_DAYS)
        has_time = _TIME.search(item) is not None
        # (a day and a month without the year, beside the time: ``on 12/02 at 07:15``)
        has_date = has_date or (has_time and _DAY_MONTH.search(item) is not None)
        if (has_date or has_time) and sum(w.isalpha() for w in words) > (
                META_STAMP_WORDS) and not _stamp_words(item, words, months, leads):
            return  # a caption or a sentence with its date (``View of the bay in May 2024``)
        if has_date or has_time:
            dated = dated or has_date
            timed = timed or has_time
            telling = telling or words[0] in leads  # ``Actualizado: 08/04/2025 11:15h``
            # (a time that a word of publishing leads: ``Published at 21:58``)
            led = led or (has_time and words[0] in UPDATE_WORDS | _PUBLISHED)
        elif len(words) > 1 and words[0].isdigit() and words[1] in cls("minutes"):
            led = telling = True  # how long it takes to read (``5 min de lectura``)
        elif (words[0] in leads or not _NEWSROOM.isdisjoint(words)
              # (a desk and its agency: ``The Sport Team with AFP``)
              or ("with" in words and not cls("agency").isdisjoint(words[words.index("with"):]))
              or all(w.isdigit() or w in counts for w in words)
              or _SIGNED_ITEM.fullmatch(item) is not None):
            telling = True
        elif "," in item and words_of(item.split(",", 1)[1]) and all(
                w in jobs for w in words_of(item.split(",", 1)[1])):
            telling = True  # who signed, and what they do (``Ana Faria, journalist``)
        elif not named and (_SITE_ADDRESS.fullmatch(item.strip()) is not None or (
                len(words) > 2 and _SITE_NAME.fullmatch(item.strip()))):
            # The site's own name heading the row (``Correio de Vilar Seco | Society | 23
            # August 2023``, ``Radio Jura-Lac | Sport | …``): capitals, perhaps a particle.
            named = True
        elif (len([w for w in words if len(w) > 1]) <= 2 and item.strip()[:1].isupper()) or (
                _CAPITALISED_NAME.fullmatch(item.strip()) is not None):
            places += 1  # a place, a section or an author no list names (``J. M. Aranguren``)
        else:
            return  # a word of news
    if (dated or (led and places <= 1)) and (
            telling or ((timed or named) and places <= META_ROW_PLACES) or (
            len(items) <= 3 and _CAPITALISED_NAME.fullmatch(items[0].strip()) is not None
            and _YEAR.search(items[-1]) is not None)):
        # (or who signed, perhaps where, and the full date: ``Elena Roig — 3 de octubre de
        # 2024``, ``Rustam Galiev · Kazan · 30 October 2024``)
        guesses.append(Guess("furniture", WHOLE_LINE, "byline or time stamp row"))


# A date and a colon before what happens that day (a programme's or a fixture list's item).
DATE_THEN_COLON = LazyPattern(r"(?<!\d)\d{1,2}\.?[ \t]+\p{L}{3,}\.?[ \t]*:[ \t]+\p{Lu}",
                               regex.VERSION1)
_DAY_MONTH = LazyPattern(r"(?<![\d/.])\d{1,2}/\d{1,2}(?![\d/])", regex.VERSION1)
_YEAR = LazyPattern(r"(?<!\d)(?:19|20)\d\d(?!\d)", regex.VERSION1)


# The site's address as its name (``L'Unione Sarda.it``).
_SITE_ADDRESS = LazyPattern(r"\p{Lu}[\p{L}'’ \-]{1,40}\.(?:it|es|fr|com|pt|de|net|org|info|eu|ru"
                            r"|ch|be|at|br|ar|mx|cat)", regex.VERSION1)
# A name of three or four capitalised words, perhaps with a particle (``Sophie Le Gall``).
_CAPITALISED_NAME = LazyPattern(
    r"\p{Lu}[\p{L}'’\-]+(?:[ \t]+(?:\p{Lu}[\p{L}'’\-]+|de|da|do|dos|del|di|van|von|le|la))"
    r"{1,3}", regex.VERSION1)


def _stamp_words(item: str, words: tuple[str, ...], months: frozenset[str],
                 leads: frozenset[str]) -> bool:
    """Are the words of a dated item those of a stamp: figures, months, small words,
    words of publishing, or capitalised names and places (as written)?"""
    written = WORD.findall(item)
    return all(not w.isalpha() or w in months or w in _STAMP_FILLERS or w in leads
               or w in _RELATIVE_DAYS or w in _WEEKDAYS or raw[:1].isupper()
               for w, raw in zip(words, written, strict=True))


# Who signed, as an item of such a row: ``Text: Irina Volkova``, ``Photo: Rui Soares``,
# ``Author: Dana Sarsenova``, ``Of Andrea Colombo``
# (``Di`` as MT renders it): a word of writing and a colon, or ``Of``, then a name of
# two or three capitalised words.
_SIGNED_ITEM = LazyPattern(
    r"[ \t]*(?:(?:Text|Texto|Testo|Texte|Words|Photo|Photos|Foto|Fotos|Author|Autor|Autora"
    r"|Auteur|Autore|Autrice|Image|Images|Imagen|Imagem|Bild)[ \t]*:|Of|From)"
    r"[ \t]+\p{Lu}[\p{L}'’.\-]*"
    r"(?:[ \t]+\p{Lu}[\p{L}'’.\-]*){1,2}[ \t]*",
    regex.VERSION1,
)


# Who signed and when, alone on a line: names then a date (``Alexey Sorokin, Tatyana
# Lyubimova 13.03.2025``), or a date and a time then who (``13.03.2025 at 06:00 from
# Markus Huber``).
_NAME = r"\p{Lu}[\p{L}'’\-]*\.?(?:[ \t]+\p{Lu}[\p{L}'’\-]*\.?){1,2}"
_DAY = r"\d{1,2}[./]\d{1,2}[./]\d{2,4}"
_SIGNED_STAMP = LazyPattern(
    r"[ \t]*(?:" + _NAME + r"(?:[ \t]*,[ \t]*" + _NAME + r")*(?:[ \t]+(?:and|y|e|et|und)[ \t]+"
    + _NAME + r")?[ \t,]+" + _DAY
    + r"|" + _DAY + r"(?:[ \t]+(?:at|à|a las|alle|um|às)[ \t]+\d{1,2}[:h.]\d{2})?[ \t]+"
    r"(?:from|by|von|par|por|di|de|da)[ \t]+" + _NAME + r")[ \t]*",
    regex.VERSION1,
)


__all__ = [
    "BYLINE_MAX_NAMES",
    "DATE_THEN_COLON",
    "META_ROW_WORDS",
    "STAMP_MAX_WORDS",
    "WIRE_HEADER_WORDS",
    "byline",
    "meta_row",
    "timestamp",
    "update_note",
    "wire_header",
]
