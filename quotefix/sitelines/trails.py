"""The page's breadcrumb trail: where the article sits on the site.

``Home › World › Europe``, ``Accueil > Politique``, ``Madrid > Politics``: the trail
copied above the headline, its items between one kind of separator.
"""

from __future__ import annotations

import regex

from ..lazy import LazyPattern
from .guess import Guess
from .lexicon import lexicon, words_of
from .lines import Line
from .tuning import WHOLE_LINE

_CHEVRONS = frozenset("›>»→▸▶►")
#: The first item of a breadcrumb trail, the site's home page, as sites label it.
_HOME_WORDS = frozenset({"home", "homepage", "accueil", "inicio", "portada", "startseite",
                         "início", "inizio", "homepagina"})
# A name in capitals and a spaced dash before a trail that opens on the home page.
_NAMED_TRAIL = LazyPattern(
    r"\p{Lu}[\p{L}’'\-]*(?:[ \t]+(?:\p{Lu}[\p{L}’'\-]*|de|del|do|da|di|du|des|la|le|el)){0,4}"
    r"[ \t]+[—–-][ \t]+(?=(?i:home|homepage|accueil|inicio|portada|startseite|início|inizio"
    r"|homepagina)\b)",
    regex.VERSION1,
)
# A separator between a trail's items: a chevron, an arrow or a bar, or a slash or a
# middle dot with a space on each side (``Home / World``, ``Porto · Local``; ``Home/Away``
# is a name).
_TRAIL_SEPARATOR = LazyPattern(r"[ \t]*[›>»|→▸▶►][ \t]*|[ \t]+[/·][ \t]+")
# A trail run together when the page's text was copied (``HomeGlobalEconomyMarkets``):
# the home word and at least two more items, each a capital and lower-case letters.
_GLUED_TRAIL = LazyPattern(
    r"(?:Home|Homepage|Accueil|Inicio|Portada|Startseite|Início|Inizio)"
    r"(?:\p{Lu}[\p{Ll}]+){2,}", regex.VERSION1)
_ARROWS = frozenset("→▸▶►")
# A result inside a row (``Bayern 2-1 Dortmund``, ``3:0``): a row of results is no
# trail, though an item may hold a figure (``Giro d'Italia 2024``, ``25th day``).
_SCORE = LazyPattern(r"\d[ \t]*[-:–][ \t]*\d")
# A date, as a place and its date are a dateline's (``Strasbourg | 12 March 2024``).
_DATED = LazyPattern(r"\d{1,2}\.?[ \t]+\p{L}+\.?[ \t]+\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}",
                     regex.VERSION1)
# An item may open with a figure (``24 Hours of Le Mans``, ``2. Bundesliga``) or a brand
# written in camel case (``easyCredit BBL``), not with a lower-case word.
_OPENS_ITEM = LazyPattern(r"\d+\.?[ \t]+\p{Lu}|\p{Ll}+\p{Lu}", regex.VERSION1)
# A competition's round (``27th matchday``, ``22nd round``, ``Jornada 12``).
_ROUND = LazyPattern(
    r"(?i:\d{1,2}(?:st|nd|rd|th|ª|º|\.)?[ \t]+(?:matchday|round|day|stage|leg|week|giornata"
    r"|jornada|spieltag|journée|rodada)|(?:matchday|round|stage|giornata|jornada|spieltag"
    r"|journée|rodada)[ \t]+\d{1,2})", regex.VERSION1)
#: Most words in one item of a trail (``Home › Climate and environment``).
TRAIL_ITEM_WORDS = 4
#: Most words of a trail's first item, the site's own name (``Gobierno Municipal de San
#: Isidro Tlacoyan › Sala de prensa``).
TRAIL_NAME_WORDS = 8
#: Most words of a whole trail.
TRAIL_MAX_WORDS = 16
#: How near the top a trail of a place and a section stands.
TRAIL_PLACE_LINES = 2
#: Longest trail, in characters: eight items of a long word or two each.
TRAIL_MAX_CHARS = 160


def breadcrumbs(text: str, line: Line, guesses: list[Guess]) -> None:
    """``Home › World › Europe``, ``Accueil > Politique``: the page's breadcrumb trail.

    The trail holds three items or more between one kind of separator, or two after a
    chevron with the home page first (``Home / Away`` are two tabs); each item is a few
    words that open with a capital, and the line ends no sentence. An item may hold a
    figure (``Formula 1 | Italian GP``, ``Serie A › 25th day``), the row no result
    (``Bayern 2-1 Dortmund``). Run together (``HomeGlobalEconomyMarkets``), it is one
    word of capitalised items, the home page first.
    """
    if line.end - line.body > TRAIL_MAX_CHARS:
        return  # (and the separator's spaces are never scanned from each of many spaces)
    body = text[line.body : line.end].rstrip()
    if line.size == 1:
        if _GLUED_TRAIL.fullmatch(body):
            guesses.append(Guess("furniture", WHOLE_LINE, "breadcrumbs"))
        return
    if body[-1:] in ".!?:;…" or "«" in body:
        return
    lowers = line.lowers
    named = _NAMED_TRAIL.match(body)
    if named is not None:
        # The site's name before its trail (``Noticias del Duero — Home / Provinces``):
        # the trail is read from its home page.
        body = body[named.end() :]
        lowers = lowers[len(words_of(named.group(0))) :]
    items = _TRAIL_SEPARATOR.split(body)
    separators = {m.strip() for m in _TRAIL_SEPARATOR.findall(body)}
    if len(items) < 2 or len(separators) != 1:
        return
    # (an item with a colon and a figure is a label and its value, ``Refund: 5 · Joker:
    # 48``; before arrows, any is a list's label and its first stop, ``Route: Kempten →
    # Immenstadt → Sonthofen``)
    route = not separators.isdisjoint(_ARROWS)
    if _SCORE.search(body) or _DATED.search(body) or not all(
            item and (item[0].isupper() or _OPENS_ITEM.match(item) or _ROUND.fullmatch(item))
            and not (":" in item and (route or any(c.isdigit() for c in item)))
            # (a figure is no word: ``24 Hours of Le Mans``)
            and sum(not word.isdigit() for word in item.split()) <= (
                TRAIL_NAME_WORDS if k == 0 and len(items) >= 3 else TRAIL_ITEM_WORDS)
            for k, item in enumerate(items)):
        return
    if named is not None and (not lowers or lowers[0] not in _HOME_WORDS):
        return
    sections = lexicon().word_class("section") | lexicon().word_class("discipline")
    section_first = lowers[0] in sections
    if len(items) == 2 and line.index < TRAIL_PLACE_LINES and separators <= _CHEVRONS | {
            "|", "·"} and (
            len(words_of(items[0])) <= 2 and words_of(items[1].lower()) and all(
                w in sections for w in words_of(items[1].lower()))):
        # A place and its section over the headline (``Madrid > Politics``, ``Seville |
        # Consumption``): the page's trail, read from the region.
        guesses.append(Guess("furniture", WHOLE_LINE, "breadcrumbs"))
        return
    if len(items) == 2 and _ROUND.fullmatch(items[1].strip()):
        # a competition and its round (``Serie A › 25th day``, ``2. Bundesliga | 30th
        # matchday``): where a sports site files the report
        guesses.append(Guess("furniture", WHOLE_LINE, "breadcrumbs"))
        return
    if len(items) >= 3 or (
            # a slash needs a section first (``Chronicle / Vomero``; ``Home / Away`` are
            # two tabs), a chevron or a bar the home page or a section (``Justice >
            # Courts``, ``Politics | Curitiba``)
            (section_first and lowers[0] not in _HOME_WORDS) if separators == {"/"}
            else lowers[0] in _HOME_WORDS or (separators <= _CHEVRONS | {"|", "·"}
                                              and section_first)):
        guesses.append(Guess("furniture", WHOLE_LINE, "breadcrumbs"))


__all__ = ["TRAIL_ITEM_WORDS", "TRAIL_MAX_WORDS", "breadcrumbs"]
