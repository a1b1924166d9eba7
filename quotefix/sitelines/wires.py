"""A wire's own lines: its service row (which service sent the item, to which desk,
when), and its credit with the desk's code.

Agencies' feeds print a line above or below each item that names the service, its
region or section and the time it went out (``dpa regional service Saxony. Ressort:
Justice. Sent at 14:32``, ``ANSA - Regional service - Sicily/Chronicle - transmitted
17:48``, ``Lusa Agency | National service | Section: Society | Distributed at 05:41``).
News about an agency names it with a verb of news instead: ``The agency's regional
service in Sicily was closed at 17:48 on Friday`` has words no such row holds. The
credit names the agency and the desk's code alone (``(dpa/lrs)``, ``(APA/red)``). And
the site's terms for reusing its texts, which agencies and the sites that copy them
print under each item.
"""

from __future__ import annotations

import regex

from ..lazy import LazyPattern
from .guess import Guess
from .lexicon import Lexicon
from .lines import PAST_AUXILIARIES, REPORTING, Line
from .tuning import COMBINATION, WHOLE_LINE

#: Most words of a service row.
WIRE_SERVICE_WORDS = 20
#: How far into the row the agency's name stands (``Lusa Agency``, ``dpa``).
WIRE_AGENCY_AT = 2
# The words of a feed's desks and fields.
_SERVICE = frozenset({
    "service", "services", "servicio", "servizio", "serviço", "dienst", "regionaldienst",
    "landesdienst", "basisdienst", "notiziario", "ressort", "section", "sección", "sezione",
    "secção", "seção", "rubrique", "rubrica", "category", "categoría", "categoria",
    "kategorie", "catégorie", "desk", "feed", "wire",
})
# The words of sending, and the few words a row adds around them.
_SENT = frozenset({
    "transmitted", "distributed", "broadcast", "sent", "issued", "released", "trasmesso",
    "distribuito", "diffuso", "emesso", "transmitido", "distribuido", "difundido",
    "emitido", "distribuído", "enviado", "verbreitet", "gesendet", "versandt", "diffusé",
    "transmis", "envoyé",
})
_ROW_WORDS = _SERVICE | _SENT | frozenset({
    "regional", "national", "international", "local", "foreign", "economic", "economy",
    "politics", "sport", "sports", "culture", "society", "chronicle", "justice", "news",
    "notice", "notices", "region", "category", "at", "on", "of", "the", "a", "and", "um",
    "alle", "às", "las", "à", "en", "in", "de", "del", "di", "da", "do", "für",
    "regionale", "nazionale", "nacional", "estero", "cronaca", "politica", "economia",
    "sociedade", "sociedad", "país", "mundo", "uhr", "h", "time", "hours", "horas", "ore",
    "for", "para", "per", "pour",
})
# A word of a service or a desk, as :func:`may_be_service_row` looks for one.
_SERVICE_HINT = LazyPattern(r"servic|servizi|serviç|dienst|ressort|notiziario|section|secci"
                            r"|sezione|secção|seção|rubri|categor|kategor")
# A time of day (``17:48``, ``05h41``).
_TIME = LazyPattern(r"(?<!\d)\d{1,2}[:h.]\d{2}(?!\d)", regex.VERSION1)


# An agency and its desk's code in brackets or alone (``(dpa/lrs)``, ``(APA/red)``,
# ``dpa/lby``).
# (the code in lower case: ``AFP/Getty`` names two agencies of a photo)
# (the editors' and the end's codes may be capitalised, ``ANSA/Red``, ``Inforpress/End``,
# but no other: ``AFP/Getty`` names a photo's two agencies; dashes may frame the line,
# ``-- Inforpress / end --``)
_AGENCY_CODE = LazyPattern(r"[ \t\-–—]*\(?[ \t]*(\p{L}{2,12})"
                           r"(?:[ \t]*/[ \t]*(?:\p{Ll}{1,6}|Red|RED|End|END|Fin|FIN)){1,3}"
                           r"[ \t]*\)?[ \t.\-–—]*", regex.VERSION1)
# An agency's name alone, perhaps in brackets (``Xinhua``, ``(ANGOP)``).
_AGENCY_ALONE = LazyPattern(r"[ \t\-–—]*\(?[ \t]*\p{L}{2,12}[ \t]*\)?[ \t.]*", regex.VERSION1)
#: Most words of an agency's code.
AGENCY_CODE_WORDS = 4


# A writer's initials and the agencies, in lower case, alone (``(jmr/dpa)``, ``(kv/epd/dpa)``).
_INITIALS_AND_AGENCY = LazyPattern(r"[ \t]*\(?[ \t]*\p{Ll}{1,6}(?:[ \t]*/[ \t]*\p{Ll}{1,12}){1,3}"
                                   r"[ \t]*\)?[ \t.]*", regex.VERSION1)
# The agency in brackets, then its desk's code (``(ANSA) - Red/Gmc``, ``(ANSA). ANSA/RED``).
_BRACKETED_AGENCY = LazyPattern(
    r"[ \t]*\([ \t]*(\p{L}{2,12})[ \t]*\)[ \t]*[.\-–—]?[ \t]*(?:\p{L}{2,12}[ \t]*/[ \t]*)?"
    r"\p{L}{1,6}(?:[ \t]*/[ \t]*\p{L}{1,6})?[ \t.]*", regex.VERSION1)


def agency_code(text: str, line: Line, lex: Lexicon, guesses: list[Guess]) -> None:
    """An agency's name and its desk's code, alone on a line: the item's credit."""
    agency = lex.word_class("agency")
    if line.size == 1 and line.lowers and line.lowers[0] in agency and (
            _AGENCY_ALONE.fullmatch(text, line.start, line.end) is not None):
        guesses.append(Guess("credit", WHOLE_LINE, "agency alone"))
        return
    if not 2 <= line.size <= AGENCY_CODE_WORDS:
        return
    code = _AGENCY_CODE.fullmatch(text, line.start, line.end)
    if code is not None and code.group(1).lower() in agency:
        guesses.append(Guess("credit", WHOLE_LINE, "agency and desk"))
    elif (_INITIALS_AND_AGENCY.fullmatch(text, line.start, line.end) is not None
          and line.lowers[-1] in agency):
        # (the agencies last, in lower case: a name of a photo's two agencies, ``AFP/Getty``,
        # is written in capitals)
        guesses.append(Guess("credit", WHOLE_LINE, "agency and desk"))
    else:
        bracketed = _BRACKETED_AGENCY.fullmatch(text, line.start, line.end)
        if bracketed is not None and bracketed.group(1).lower() in agency:
            guesses.append(Guess("credit", WHOLE_LINE, "agency and desk"))


def may_be_service_row(low: str) -> bool:
    """Could the lower-cased line be a service row (the first look of :mod:`.screen`)?"""
    return _SERVICE_HINT.search(low) is not None


def wire_service(text: str, line: Line, lex: Lexicon, guesses: list[Guess]) -> None:
    """The service row of an agency's feed: the agency first, a word of its service or
    desk, the time the item went out or a word of sending, and otherwise only the
    names of regions and desks (capitalised) and the row's own words."""
    if not 3 <= line.size <= WIRE_SERVICE_WORDS:
        return
    lowers = line.lowers
    agency = lex.word_class("agency")
    if not any(w in agency for w in lowers[:WIRE_AGENCY_AT]):
        return
    words = set(lowers)
    if words.isdisjoint(_SERVICE):
        return
    if words.isdisjoint(_SENT) and _TIME.search(text, line.body, line.end) is None:
        return
    for (start, _end), lower in zip(line.words, lowers, strict=True):
        if not (lower in _ROW_WORDS or lower in agency or lower.isdigit()
                or text[start].isupper()):
            return  # a word of news
    guesses.append(Guess("notice", COMBINATION, "wire service row"))




# A site's terms for reusing its texts: the act of reuse, the texts, and the condition
# (``Reprinting of materials is possible only with the written permission of the
# editorial office``, ``Any use of materials is permitted only with a hyperlink``).
_REUSE_ACTS = frozenset({
    "use", "reprinting", "reprint", "copying", "reproduction", "citing", "quoting",
    "republishing", "republication", "redistribution", "reproducción", "riproduzione",
    "reproduktion", "reprodução", "utilización", "utilizzo", "nutzung", "utilização",
    "copie", "copia", "cópia",
})
# The site's own texts (``materials``, as Russian-language sites call them, or the
# site, portal, agency or newsroom named).
_REUSE_OURS = frozenset({
    "materials", "material", "site", "portal", "agency", "editorial", "editors",
    "materiales", "materiali", "materiais", "sitio", "sito", "seite", "website", "redacción",
    "redazione", "redaktion", "redação", "rédaction", "agencia", "agenzia", "agentur",
    "agência", "agence",
})
# The condition: a permission, a link, or a ban.
_REUSE_TERMS = frozenset({
    "permission", "consent", "hyperlink", "link", "reference", "authorization",
    "authorisation", "prohibited", "forbidden", "mandatory", "autorización", "prohibida",
    "prohibido", "autorizzazione", "vietata", "vietato", "genehmigung", "untersagt",
    "autorização", "proibida", "proibido", "autorisation", "interdite", "interdit",
})
#: Most words of a site's terms for reuse, and their weight: three things together,
#: stronger than a label, so that a line of 30 words that states them with the site's
#: registration still counts.
REUSE_WORDS = 40
REUSE = WHOLE_LINE + 2.0


def may_be_reuse(low: str) -> bool:
    """Could the lower-cased line state the site's terms for reuse (the first look)? Each
    condition's word is in the line as it stands."""
    return any(term in low for term in _REUSE_TERMS)


def reuse_terms(text: str, line: Line, guesses: list[Guess]) -> None:
    """The act of reusing, the site's own texts and the condition (a permission, a link
    or a ban), in a line that reports no news (no verb of saying, nobody's past act)."""
    if not 4 <= line.size <= REUSE_WORDS or line.quoted:
        return
    words = set(line.lowers)
    if (words.isdisjoint(_REUSE_ACTS) or words.isdisjoint(_REUSE_OURS)
            or words.isdisjoint(_REUSE_TERMS) or not words.isdisjoint(REPORTING)
            or not words.isdisjoint(PAST_AUXILIARIES)):
        return
    # (the kind a label of the line already gave, where one did: a copying ban is the
    # page's furniture to some labels, a syndication notice to others)
    kind = next((g.kind for g in guesses if g.kind in ("notice", "furniture")), "notice")
    guesses.append(Guess(kind, REUSE, "terms for reuse"))



# An agency's name in quotation marks (``"Yenisei-Press"``, ``«Altai-Inform»``), as
# Russian-language regional agencies print it in their header.
_QUOTED_NAME = LazyPattern(r"[\"“«]\p{Lu}[\p{L}\d\-]*(?:[ \t]+[\p{L}\d\-]+){0,2}[\"”»]",
                           regex.VERSION1)
_NUMERIC_DATE = LazyPattern(r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b", regex.VERSION1)
# The words a header holds besides its place, its date and the agency's name.
_HEADER_WORDS = frozenset({"agency", "ia", "information", "news", "at", "agence", "agencia",
                           "agenzia", "agentur"})
#: Most spaces in such a header (a short line, which the screen always reads).
QUOTED_HEADER_SPACES = 7


def quoted_agency_header(text: str, line: Line, lex: Lexicon, guesses: list[Guess]) -> None:
    """A date and an agency's name in quotation marks (hyphenated, or called an agency),
    with its town and nothing else (``Krasnoyarsk, March 14, 2024 — "Yenisei-Press" Agency``, ``IA
    "Kaliningrad-Baltika", 14 March 2024``): the regional agency's header on a line of
    its own. A quoted title in a headline comes with words of news."""
    if text.count(" ", line.start, line.end) > QUOTED_HEADER_SPACES:
        return
    name = _QUOTED_NAME.search(text, line.body, line.end)
    if name is None:
        return
    months = lex.word_class("month")
    lowers = line.lowers
    if _NUMERIC_DATE.search(text, line.body, line.end) is None and not (
            any(w in months for w in lowers) and any(w.isdigit() for w in lowers)):
        return
    if "-" not in name.group() and _HEADER_WORDS.isdisjoint(lowers):
        return  # the agency named as one (``"Don-Express"``) or called one; not a film's title
    for (a, _end), lower in zip(line.words, lowers, strict=False):
        if name.start() <= a < name.end():
            continue
        if not (lower.isdigit() or lower in months or lower in _HEADER_WORDS
                or text[a : a + 1].isupper()):
            return  # a word of news
    guesses.append(Guess("notice", COMBINATION, "wire header"))


__all__ = [
    "AGENCY_CODE_WORDS",
    "QUOTED_HEADER_SPACES",
    "REUSE_WORDS",
    "WIRE_SERVICE_WORDS",
    "agency_code",
    "may_be_reuse",
    "may_be_service_row",
    "quoted_agency_header",
    "reuse_terms",
    "wire_service",
]
