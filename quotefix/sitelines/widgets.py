"""Widgets of the page copied with the article: a weather box, a live blog's clock, a
gallery's counter, a row of counters or one count alone, a player's clock, a list of
tags, programme times, an author's name and job, a podcast's crew, an ad's legal
marking, a market's prices, a league table, a row of results.

``Buenos Aires 27° Partly cloudy | Thu 24° | Fri 21°``, ``12:48`` alone on its line
(the time of a live blog's entry, whose text follows on the next line), ``3 of 12``,
``Production: Ana Sá | Sound: Rui Lobo``, ``Views: 4 812
| Comments: 17``, ``Comments 4 | Share on Facebook | Send by e-mail``, ``Tópicos: seca ·
Alentejo · rios``, ``… every evening at 19:00``, ``Lucía Paredes | Corresponsal``,
``… erid: 4FfqWx81Lm``. Each is a whole line that holds no sentence: news that gives
temperatures, counts or times says what they are about, with a verb and a full stop.
"""

from __future__ import annotations

import regex

from ..lazy import LazyPattern
from .guess import Guess
from .lexicon import Lexicon, words_of
from .lines import Line, ends_sentence
from .tuning import WHOLE_LINE

# A temperature as a widget prints it: ``27°``, ``-3 °C``, ``14°C``.
_TEMPERATURE = LazyPattern(r"(?<![\d.,])[-+]?\d{1,2}[ \t]?°[CF]?(?![\d])", regex.VERSION1)
#: Most words of a weather box (a town, a sky, two or three days and their degrees).
WEATHER_MAX_WORDS = 14
# A time of day alone on its line (``12:48``, ``09h15``), perhaps after a bullet.
_CLOCK = LazyPattern(
    # (``17:42``, ``10h35``, ``17.40``, ``h 13:10``, ``23:41 h``, ``4:58 p.m.``, ``11:02 pm``)
    r"[ \t]*(?:h[ \t]?)?(?:[01]?\d|2[0-3])[:h.][0-5]\d"
    r"(?:[ \t]*(?:h|uhr|Uhr|[ap]\.?[ \t]?m\.?))?[ \t]*",
    regex.VERSION1,
)
# A gallery's counter alone on its line: ``1 of 16``, ``02/20``, ``3 / 12``, ``4 de 9``.
_GALLERY_COUNTER = LazyPattern(
    r"[ \t]*0?(\d{1,3})[ \t]*(?:/|of|de|di|sur|von|van)[ \t]*(\d{1,3})[ \t]*", regex.VERSION1)
# Emoji with their counts: readers' reactions.
_REACTIONS = LazyPattern(
    r"(?:\p{Extended_Pictographic}\ufe0f?[ \t]*\d+(?:[.,]\d+)?[kK]?[ \t]*[·|,•]?[ \t]*){2,}",
    regex.VERSION1)
#: Most words of a line with a rating's stars (``Rate the article: ★★★★☆ (4.2 out of 5, 37
#: votes)``).
RATING_MAX_WORDS = 12
# A rating's stars (``★★★☆☆``, ``4.3 ★``): in news, a star is a word, not a glyph.
_STARS = LazyPattern(r"[★☆✩✪⭐]", regex.VERSION1)
# Where a row of counters and buttons splits into its items.
_ITEM_BREAK = LazyPattern(r"[ \t]*[|·•][ \t]*", regex.VERSION1)
# Where a row of counters or of a footer's links splits: bars, dots, bullets and spaced
# dashes (``58 comments - Join the discussion``, ``Nous contacter – Mentions légales``).
_ROW_BREAK = LazyPattern(r"[ \t]*(?:[|·•]|(?<=[ \t])[-—–](?=[ \t]))[ \t]*", regex.VERSION1)
#: Most words of a row of counters and buttons.
COUNTERS_MAX_WORDS = 14


# Beside one temperature, what a page's top bar prints: a year, or a currency's code.
_TOP_BAR = LazyPattern(r"(?<!\d)(?:19|20)\d{2}(?!\d)|\b(?:USD|EUR|GBP|CHF|RUB|BRL|ARS|MXN)\b",
                       regex.VERSION1)


def weather(text: str, line: Line, guesses: list[Guess]) -> None:
    """Two temperatures or more in a short line that is no sentence: a weather box; or
    one beside the date or the currencies of the page's top bar (``Thursday 6 June
    2024 – Rennes 17°C``, ``Moscow +3° USD 92.41 EUR 99.87``)."""
    if line.size > WEATHER_MAX_WORDS or ends_sentence(text, line):
        return
    degrees = len(_TEMPERATURE.findall(text, line.body, line.end))
    if degrees >= 2 or (degrees and _TOP_BAR.search(text, line.body, line.end)):
        guesses.append(Guess("furniture", WHOLE_LINE, "weather box"))


def lone_widget(text: str, line: Line, guesses: list[Guess]) -> None:
    """A short line that is one widget: a live blog's clock, a rating, a gallery's
    counter."""
    if (not clock(text, line, guesses) and not rating(text, line, guesses)
            and not reactions(text, line, guesses)):
        gallery_counter(text, line, guesses)


def reactions(text: str, line: Line, guesses: list[Guess]) -> bool:
    """Two emoji or more, each with its count (``Reactions: 😡 112 · 😢 40 · 👍 8``): the
    readers' reactions under the article."""
    if _REACTIONS.search(text, line.body, line.end):
        guesses.append(Guess("furniture", WHOLE_LINE, "reactions"))
        return True
    return False


def clock(text: str, line: Line, guesses: list[Guess]) -> bool:
    """A time of day and nothing else: a live blog's clock above its entry."""
    if line.size <= 4 and _CLOCK.fullmatch(text, line.body, line.end):
        guesses.append(Guess("furniture", WHOLE_LINE, "live blog's clock"))
        return True
    return False


def rating(text: str, line: Line, guesses: list[Guess]) -> bool:
    """A short line with a rating's stars (``Place rating: 4.3 ★``, ``Our verdict:
    ★★★☆☆``)."""
    if _STARS.search(text, line.start, line.end):
        guesses.append(Guess("furniture", WHOLE_LINE, "rating"))
        return True
    return False


def gallery_counter(text: str, line: Line, guesses: list[Guess]) -> None:
    """Which picture of how many, and nothing else (``1 of 16``, ``02/20``)."""
    counter = _GALLERY_COUNTER.fullmatch(text, line.start, line.end) if line.size <= 3 else None
    if counter is not None and 1 <= int(counter[1]) <= int(counter[2]) and int(counter[2]) >= 2:
        guesses.append(Guess("furniture", WHOLE_LINE, "gallery counter"))


def counters(text: str, line: Line, lex: Lexicon, guesses: list[Guess]) -> None:
    """Items split by bars, dots or spaced dashes, each a counted label and its number (``Views: 4
    812``, ``Comments 4``), share buttons (``Share on Facebook``) or a whole label of
    the page (``Corrections policy``), a count or a label among them: a row of the
    page's counters and links."""
    if not 2 <= line.size <= COUNTERS_MAX_WORDS or ends_sentence(text, line):
        return
    items = _ROW_BREAK.split(text[line.body : line.end])
    if len(items) < 2:
        return
    cls = lex.word_class
    labels = cls("counted") | cls("stamp")
    social = cls("social")
    telling = False  # a count or a label of the page, not only share buttons
    for item in items:
        words = words_of(item)
        if not words:
            return
        if _CLOCK.fullmatch(item):
            continue  # when the article was posted (``17:42 · Views: 1 247``)
        letters = [w for w in words if not w.isdigit()]
        if len(letters) < len(words):
            telling = True
            if not letters or not all(w in labels for w in letters):
                return
        elif _whole_label(lex, words):
            telling = True
        elif not all(w in social for w in letters):
            return
    if telling:
        guesses.append(Guess("furniture", WHOLE_LINE, "counters"))


def _whole_label(lex: Lexicon, words: tuple[str, ...]) -> bool:
    """``words`` are one whole label of the page's furniture (``Corrections policy``)."""
    phrase = lex.at("line", words, 0)
    return phrase is not None and phrase.kind == "furniture" and len(phrase.words) == len(words)


# A list of tags under its label (``Tópicos: dengue · Belo Horizonte · saúde``): the
# label, a colon, then items split by dots, bars or commas.
TAG_LABELS = frozenset({
    "tags", "tag", "topics", "tópicos", "temas", "themen", "argomenti", "sujets", "etiquetas",
    "schlagwörter", "stichwörter", "keywords", "assuntos", "archived", "filed", "labels",
    "etichette", "étiquettes", "themes", "thèmes", "temi", "schlagworte", "stichworte",
})
# A headline in title case opens with an article; tags never do.
_TITLE_ARTICLES = frozenset({"the", "a", "an", "le", "la", "les", "el", "los", "las", "il",
                             "lo", "der", "die", "das", "o", "os", "as"})
# Words that may follow the tag label before its colon (``Topics in this article:``).
_OF_THE_ARTICLE = frozenset({
    "in", "of", "this", "the", "article", "story", "under", "dans", "de", "cet", "en", "este",
    "artículo", "questo", "articolo", "diesem", "zum", "artikel", "neste", "deste", "artigo",
})
_TAG_ITEM_BREAK = LazyPattern(r"[ \t]*[|·•,][ \t]*", regex.VERSION1)
#: Fewest items of a list of tags, and most words of one item.
TAGS_MIN_ITEMS = 3
TAG_MAX_WORDS = 3


def tag_list(text: str, line: Line, guesses: list[Guess]) -> None:
    """A tag label, a colon and three short items or more: the site's tags."""
    if not line.lowers or line.lowers[0] not in TAG_LABELS or ends_sentence(text, line):
        return
    body = text[line.body : line.end]
    colon = body.find(":")
    label = words_of(body[:colon]) if colon > 0 else ()
    if colon < 0 and line.size > TAGS_MIN_ITEMS:
        # The label and the tags with spaces only (``Tópicos Lisboa Habitação Renda
        # acessível``): most words capitalised, no mark of a sentence.
        rest = line.words[1:]
        capitals = sum(text[a].isupper() for a, _ in rest)
        if 3 * capitals >= 2 * len(rest) and not any(
                mark in body for mark in ",;.!?"):
            guesses.append(Guess("furniture", WHOLE_LINE, "tags"))
        return
    if not label or label[0] != line.lowers[0] or not _OF_THE_ARTICLE.issuperset(label[1:]):
        return  # (``Topics in this article:`` names the same list)
    items = _TAG_ITEM_BREAK.split(body[colon + 1 :].strip())
    if len(items) == 1 and len(line.words) - len(label) > TAGS_MIN_ITEMS and all(
            text[a].isupper() for a, _ in line.words[len(label):]) and (
            line.lowers[len(label)] not in _TITLE_ARTICLES):
        # (``Tag: Bologna Concerti Estate Musica``: the tags with spaces only, each
        # capitalised)
        guesses.append(Guess("furniture", WHOLE_LINE, "tags"))
        return
    if len(items) >= TAGS_MIN_ITEMS and all(
            1 <= len(words_of(item)) <= TAG_MAX_WORDS for item in items):
        guesses.append(Guess("furniture", WHOLE_LINE, "tags"))


#: Most words of the job beside an author's name (``Ximena Bautista | Correspondent``).
AUTHOR_JOB_WORDS = 10


# A podcast's or a video's crew, alone on its line: roles, each with a colon and who
# (``Production: Andrés Pulido | Sound design: Camila Ortiz``, ``Script and narration:
# Laia Ferrer · Editing: Marc Vidal``, ``Presentation: Natália Ribas. Production: Diego
# Moura and Júlia Sá``). Ending as a sentence does, the line is read as one.
_ROLE = (r"(?:Production|Produced|Producers?|Sound(?:[ \t]+(?:design|editing|mixing|engineering))?"
         r"|Script|Scriptwriting|Narration|Narrator|Presentation|Presenter|Hosts?|Editing"
         r"|Music|Direction|Directors?|Camera|Graphics|Mixing|Research|Coordination|Moderation"
         r"|Moderator|Reporting|Footage"
         r"|Montage|Voice|Voices|Text|Photos?|Video|Images)")
_NAME_WORD = r"\p{Lu}(?:\.|[\p{L}'’\-]*)"  # a word of a name, or its initial (``J.``)
_CREW_NAME = (_NAME_WORD + r"(?:[ \t]+(?:(?:de|da|del|di|dos|das|van|von|la|le)[ \t]+)?"
              + _NAME_WORD + r"){1,3}")
_CREW_ITEM = (_ROLE + r"(?:[ \t]+(?:and|&)[ \t]+" + _ROLE.lower() + r")?[ \t]*:[ \t]*"
              + _CREW_NAME + r"(?:(?:[ \t]*,[ \t]*|[ \t]+(?:and|&)[ \t]+)" + _CREW_NAME + r")*")
_CREW_BREAK = r"(?:[ \t]*[|·•;/][ \t]*|\.[ \t]+|[ \t]+[-–—][ \t]+)"
_CREW = LazyPattern(r"[ \t]*" + _CREW_ITEM + r"(?:" + _CREW_BREAK + _CREW_ITEM + r")+[ \t]*",
                    regex.VERSION1)
# The same crew written with ``by`` (``Service by Chiara Borello, footage by Davide
# Mosca``, ``Presented by Lucía Moreno | Direction: Julián Ortega``).
_BY_ITEM = (r"(?i:service|report|reporting|images|footage|camera|editing|presented|produced"
            r"|directed|narrated|filmed|edited|conducted|text|photos?)[ \t]+by[ \t]+" + _CREW_NAME
            + r"(?:[ \t]+(?:and|&)[ \t]+" + _CREW_NAME + r")?")
_BY_CREW = LazyPattern(
    r"[ \t]*(?:" + _BY_ITEM + r"|" + _CREW_ITEM + r")(?:(?:" + _CREW_BREAK
    + r"|[ \t]*,[ \t]*(?:with[ \t]+)?)(?:" + _BY_ITEM + r"|" + _CREW_ITEM + r"))+[ \t]*",
    regex.VERSION1)


def crew(text: str, line: Line, guesses: list[Guess]) -> bool:
    """Two roles or more, each with its people: the crew of a podcast or a video (a
    credit)."""
    body = text[line.body : line.end]
    if (":" in body and _CREW.fullmatch(text, line.body, line.end)) or (
            " by " in body and _BY_CREW.fullmatch(text, line.body, line.end)):
        guesses.append(Guess("credit", WHOLE_LINE, "crew"))
        return True
    return False


def author_row(text: str, line: Line, lex: Lexicon, guesses: list[Guess]) -> None:
    """A name of two to four capitalised words, a bar or a dot, and the author's job (a
    job word among its first words): the author box of an opinion piece or a
    correspondent's signature. A crew's row (:func:`crew`) is no box on one author."""
    if crew(text, line, guesses):
        return
    items = _ITEM_BREAK.split(text[line.body : line.end])
    if len(items) == 1 and items[0].count(",") == 1:
        items = items[0].split(",")  # ``Irina Sokolova, correspondent``: the job alone
        if not set(words_of(items[1])) <= lex.word_class("job"):
            return
    if len(items) != 2 or ends_sentence(text, line):
        return
    name, job = words_of(items[0]), words_of(items[1])
    if not 2 <= len(name) <= 4 or not 1 <= len(job) <= AUTHOR_JOB_WORDS:
        return
    names = items[0].split()
    if not all(w[:1].isupper() for w in names):
        return
    if not lex.word_class("job").isdisjoint(job[:3]):
        guesses.append(Guess("furniture", WHOLE_LINE, "author box"))


# A price's change as a market widget prints it: a sign or an arrow and a number,
# often a percentage (``+0,42%``, ``▼0.05``, ``-0,35 %``).
_CHANGE = LazyPattern(
    r"(?:(?<![\w.,])[+\-−](?=\d)|[▲▼△▽↑↓])[ \t]?\d+(?:[.,]\d+)?(?:[ \t]?%)?", regex.VERSION1
)
# Where a widget's row splits into its items: bars, dots, bullets, spaced dashes, or a
# run of spaces.
_WIDGET_BREAK = LazyPattern(r"[ \t]*(?:[|·•]|(?<=[ \t])[—–](?=[ \t]))[ \t]*|[ \t]{3,}",
                            regex.VERSION1)
# A team's or a runner's place in a table: ``2. Benfica 28 68``.
_PLACE_IN_TABLE = LazyPattern(
    r"(?<![\w.,])\d{1,2}\.[ \t]+\p{Lu}[\p{L}.'’\-]*(?:[ \t]+\p{L}[\p{L}.'’\-]*){0,2}"
    r"(?:[ \t]+\d{1,3}){1,3}(?![\d.,])",
    regex.VERSION1,
)
# A result: two names and a score between them (``Palermo 1-1 Bari``, ``Avangard 3:2``).
_SCORE = LazyPattern(r"\p{Lu}[\p{L}'’.\-]*[ \t]+\d{1,2}[-:–]\d{1,2}(?:[ \t]+\p{Lu}|[ \t]*$)",
                     regex.VERSION1)
#: Longest line, in characters, read as a row of figures or of the page's links: the
#: patterns of a price or a score are tried from every position of the line, and a
#: long word of letters or digits would make that quadratic.
WIDGET_MAX_CHARS = 400
#: Most words of a market's, a league's or a match's row; fewest items of a market
#: row or of a row of results, fewest places of a league table.
FIGURES_MAX_WORDS = 40
MARKET_MIN_ITEMS = 3
SCORES_MIN_ITEMS = 3
TABLE_MIN_PLACES = 3
#: Most words of one item of a row of results (``31st round``, ``SERIE B``).
SCORE_ITEM_WORDS = 5


def figures(text: str, line: Line, guesses: list[Guess]) -> None:
    """Rows of figures that a page prints beside its article and that are no sentence:
    a market widget (``FTSE MIB 34.218 +0,42% | EUR/USD 1,0874``, ``USD 92.41 ▲0.18
    EUR 99.87 ▼0.05``), a league table (``Classifica: 1. Inter 75 · 2. Milan 68 ·
    3. Juventus 65``) or a row of results (``SERIE B | 31st round | Palermo 1-1
    Bari``). News of a market or a match says what moved, with a verb and a full stop."""
    if (not 3 <= line.size <= FIGURES_MAX_WORDS or line.end - line.body > WIDGET_MAX_CHARS
            or ends_sentence(text, line)):
        return
    body = text[line.body : line.end]
    changes = len(_CHANGE.findall(body))
    items = [item for item in _WIDGET_BREAK.split(body) if item.strip()]
    if changes >= 2 or (changes and len(items) >= MARKET_MIN_ITEMS
                        and all(any(c.isdigit() for c in item) for item in items)):
        guesses.append(Guess("furniture", WHOLE_LINE, "market widget"))
    elif len(_PLACE_IN_TABLE.findall(body)) >= TABLE_MIN_PLACES:
        guesses.append(Guess("furniture", WHOLE_LINE, "league table"))
    elif (len(items) >= SCORES_MIN_ITEMS and any(_SCORE.search(item) for item in items)
          and all(len(words_of(item)) <= SCORE_ITEM_WORDS for item in items)):
        guesses.append(Guess("furniture", WHOLE_LINE, "results"))


#: Fewest items of a footer's row, most words of one item; fewest items of a row of
#: links whatever their words.
FOOTER_MIN_ITEMS = 3
FOOTER_ITEM_WORDS = 5
LINK_ROW_ITEMS = 4
# A gallery's or a list's pager: ``‹ Anterior 3 de 16 Seguinte ›``, ``Photo 3 of 12``.
_PAGER = LazyPattern(
    r"(?<![\d,.])\d{1,3}[ \t]*(?:/|of|de|di|von|sur|sobre|из)[ \t]*\d{1,3}(?![\d,.])",
    regex.IGNORECASE | regex.VERSION1,
)
#: Most words of a pager's line.
PAGER_MAX_WORDS = 8
# A price as a shop's offer prints it: ``299,00 €``, ``R$ 1.299``, ``37,490 rubles``.
_PRICE = LazyPattern(
    r"(?:[€$£]|R\$)[ \t]?\d[\d.,]*"
    r"|\d[\d.,\u00a0 ]*[ \t]?(?:[€$£]|(?:euros?|rubles?|roubles?|reais)\b)",
    regex.IGNORECASE | regex.VERSION1,
)
# What a publisher's legal notice in the footer states: its registration, its tax
# number, its office (``Editoriale Partenope S.r.l. – Registered office … – VAT number …``).
_LEGAL = LazyPattern(
    r"\b(?:vat (?:number|no)|registered office|company number|share capital|partita iva"
    r"|p\. ?iva|sede legale|capitale sociale|registro delle imprese|siège social|capital social"
    r"|numéro de tva|n° tva|siret|registro mercantil|domicilio social|handelsregister"
    r"|amtsgericht|ust-idnr|nipc|cnpj|registration at the court|registered at the court"
    r"|iscrizione al tribunale|registrazione (?:presso il|al) tribunale"
    # its tax number, its legal form, its policies, and the registration Russian law asks
    # of an online medium (``Network edition. Registration certificate El No. FS 77-…``)
    r"|vat[ \t:]*(?:no\.?[ \t]*)?\d{6,}|tax code|codice fiscale|s\.r\.l|srl|s\.p\.a|lda|ltda"
    r"|llc|gmbh|privacy policy|cookie policy|registered with the erc|online newspaper registered"
    r"|network edition|registration certificate|mass media registration|founder:"
    r"|editor-in-chief:)(?![\p{L}\d])",
    regex.IGNORECASE | regex.VERSION1,
)
#: Most words of a shop's offer beside an article.
OFFER_MAX_WORDS = 20


def page_rows(text: str, line: Line, lex: Lexicon, guesses: list[Guess]) -> None:
    """Rows of the page around the article: the publisher's legal notice (two of its
    terms: ``Registered office … – VAT number …``), and, in lines that are no sentence,
    the footer's links (``Mentions légales – Politique de confidentialité – Nous
    contacter``: three items or more, most of them words of a footer), a gallery's
    pager (``Photo 3 of 12 · Next``) and a shop's offer (``Comprar en Autodirecto
    desde 24.990 € >``: a price, and the offer named at an end of the line, or a verb
    of buying opening a line that ends with the button's chevron)."""
    if line.end - line.body > WIDGET_MAX_CHARS:
        return
    body = text[line.body : line.end]
    terminal = ends_sentence(text, line)
    terms = len({m.lower() for m in _LEGAL.findall(body)})
    # (a sentence needs a third term: ``Regulators fined the GmbH over its cookie
    # policy.`` is news)
    if terms >= 3 or (terms == 2 and not terminal):
        guesses.append(Guess("furniture", WHOLE_LINE, "publisher's legal notice"))
        return
    if terminal:
        return
    items = [item for item in _ROW_BREAK.split(body) if item.strip()]
    footer = lex.word_class("footer")
    if len(items) >= FOOTER_MIN_ITEMS and all(
            len(words_of(item)) <= FOOTER_ITEM_WORDS for item in items):
        labelled = sum(not footer.isdisjoint(words_of(item)) for item in items)
        if 2 * labelled >= len(items) + 1:
            guesses.append(Guess("furniture", WHOLE_LINE, "footer's links"))
            return
        if (len(items) >= LINK_ROW_ITEMS
                and len({m.strip() for m in _ROW_BREAK.findall(body)}) == 1
                and all(item.strip()[:1].isupper() and not any(c.isdigit() for c in item)
                        for item in items)):
            # Four links or more of the page's menus, one separator between them and
            # each a few capitalised words with no figure (``Home | World | Economy |
            # Sport | Culture``, ``Who we are · Advertise · Work with us · Archive``).
            guesses.append(Guess("furniture", WHOLE_LINE, "row of links"))
            return
    if line.size <= PAGER_MAX_WORDS and _PAGER.search(body) and not lex.word_class(
            "pager").isdisjoint(line.lowers):
        guesses.append(Guess("furniture", WHOLE_LINE, "pager"))
    elif line.size <= OFFER_MAX_WORDS and _PRICE.search(body) and (
            not lex.word_class("offer").isdisjoint(line.lowers[:3] + line.lowers[-3:])
            or (not lex.word_class("buy").isdisjoint(line.lowers[:2])
                and body.rstrip()[-1:] in ">›→»")):
        guesses.append(Guess("ad", WHOLE_LINE, "a shop's offer"))


# Russian law's marking of an advertisement: ``erid:`` and the ad's token.
_AD_TOKEN = LazyPattern(r"\berid[ \t]*:[ \t]*[A-Za-z0-9]{6,}", regex.VERSION1)


def ad_token(text: str, line: Line, guesses: list[Guess]) -> None:
    """A line holding an advertisement's ``erid`` token: the ad's legal marking."""
    if _AD_TOKEN.search(text, line.body, line.end):
        guesses.append(Guess("ad", WHOLE_LINE, "advertisement marking"))


# An audio or video player's position and length (``00:00 / 03:12``).
_PLAYER = LazyPattern(
    r"(?:\d{1,2}:\d{2}(?::\d{2})?[ \t]*/[ \t]*\d{1,2}:\d{2}(?::\d{2})?"
    # or its button and clock (``Play audio 00:00``, ``Écouter 03:12``)
    r"|(?i:play(?:[ \t]+(?:audio|the[ \t]+audio|podcast|video))?|listen|audio|écouter|escuchar"
    r"|ascolta|anhören|abspielen|ouvir|reproduzir|reproducir)[ \t]*(?:[•·|][ \t]*)?"
    r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*/[ \t]*\d{1,2}:\d{2}(?::\d{2})?)?)[ \t]*",
    regex.VERSION1)
# A player's label and clock before the title of what it plays (``Audio: 01:42 Min.
# Bahnstrecke gesperrt: …``, ``VIDEO | 02:15 The storm in pictures``).
_MEDIA_CLOCK = LazyPattern(
    r"(?i:audio|video|vídeo|vidéo|podcast)[ \t]*[:|•·\-–][ \t]*\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:[ \t]*(?i:min|mins|minuten|minutes|minutos|minuti)\.?)?[ \t]+\p{Lu}",
    regex.VERSION1,
)
# Words a count of comments may stand with: the button that shows them, and where.
_COUNT_BUTTON = frozenset({
    "show", "see", "view", "read", "all", "to", "the", "forum", "anzeigen", "lesen", "alle",
    "zum", "voir", "afficher", "les", "lire", "ver", "los", "mostrar", "leer", "vedi", "tutti",
    "i", "mostra", "leggi", "ler", "os", "todos", "visualizza", "visualizar", "ansehen",
})
# A player's title before its duration: the verb of its button, and the clock after a
# bar, a dot or in brackets at the line's end (``Listen to the report | 03:12``).
PLAY_WORDS = frozenset({
    "listen", "play", "watch", "hear", "écouter", "écoutez", "regarder", "regardez", "escucha",
    "escuchar", "mira", "ver", "ascolta", "guarda", "anhören", "hören", "ansehen", "ouça",
    "ouvir", "assista", "veja",
})
# The station's own call to tune in (``Listen to Rádio Serra Viva live, 24 hours a day``):
# the verb, the station's capitalised name, ``live`` and at most how long it is on air.
_LIVE_PROMO = LazyPattern(
    r"\p{L}+(?:[ \t]+(?:to|a|à|al))?(?:[ \t]+\p{Lu}[\p{L}’'\-]*){1,5}[ \t]+"
    r"(?i:live|en[ \t]+direct|en[ \t]+directo|en[ \t]+vivo|in[ \t]+diretta|ao[ \t]+vivo)"
    r"(?:[ \t]*[,\-–]?[ \t]*(?i:24[ \t]+hours[ \t]+a[ \t]+day|24[ \t]*/[ \t]*7"
    r"|24[ \t]*h(?:[ \t]+sur[ \t]+24)?|24[ \t]+horas(?:[ \t]+al[ \t]+día|[ \t]+por[ \t]+dia)?"
    r"|24[ \t]+ore[ \t]+su[ \t]+24|rund[ \t]+um[ \t]+die[ \t]+uhr))?"
    r"[ \t.!]*$",
    regex.VERSION1,
)
_CLOCK_AFTER_TITLE = LazyPattern(
    r"(?:(?:[ \t]*[|·•][ \t]*|[ \t]+\()\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*min)?\)?"
    # or its length in minutes, in brackets (``Play the audio of the report (2 min)``)
    r"|[ \t]+\(\d{1,3}[ \t]?(?:min|mins|minutes|minutos|minuti|Min\.)\))[ \t]*$",
    regex.VERSION1)
#: Most words of a player's title and its clock.
PLAYER_TITLE_WORDS = 12


# An age rating alone on its line (``18+``), as a video or a section prints it.
_AGE_MARK = LazyPattern(r"[ \t]*(?:0|6|12|14|16|18|21)\+[ \t]*", regex.VERSION1)


# The buttons that make the text smaller or larger (``A- A+``, ``A A+ A++``).
_FONT_BUTTONS = LazyPattern(r"[ \t]*A[-−+]{0,2}(?:[ \t]+A[-−+]{0,2}){1,3}[ \t]*", regex.VERSION1)


def age_mark(text: str, line: Line, guesses: list[Guess]) -> None:
    """``18+`` alone on its line: an age rating of the page's video or section; ``A-
    A+`` alone on its line: the buttons of the text's size."""
    if line.size == 1 and _AGE_MARK.fullmatch(text, line.start, line.end):
        guesses.append(Guess("furniture", WHOLE_LINE, "age rating"))
    elif (2 <= line.size <= 4 and _FONT_BUTTONS.fullmatch(text, line.start, line.end)
          and any(c in "-−+" for c in text[line.start : line.end])):
        guesses.append(Guess("furniture", WHOLE_LINE, "text size buttons"))


def counted(text: str, line: Line, lex: Lexicon, guesses: list[Guess]) -> None:
    """``12 comments``, ``Kommentare (12)``, ``1 482 views``: a count of comments or
    views and nothing else (a number of thousands may be split by a space)."""
    if not 2 <= line.size <= 6:
        return
    lowers = line.lowers
    first = next((k for k, w in enumerate(lowers) if w.isdigit()), None)
    if first is None:
        return
    last = first
    while last + 1 < len(lowers) and lowers[last + 1].isdigit():
        last += 1
    digits = lowers[first : last + 1]
    if len(digits[0]) > 3 or any(len(group) != 3 for group in digits[1:]):
        return  # (a number of thousands may be split by a space: ``1 482``)
    words = lowers[:first] + lowers[last + 1 :]
    counted_words = lex.word_class("counted")
    labels = [w for w in words if w in counted_words]
    # Beside the label, a button's verb or the place of the count (``Kommentare
    # anzeigen (47)``, ``To the forum (214 postings)``).
    at_edge = first == 0 or last == len(lowers) - 1
    beside = (lowers[first - 1] if first else "",
              lowers[last + 1] if last + 1 < len(lowers) else "")
    if (len(labels) == 1 and (at_edge or labels[0] in beside)
            and all(w in labels or w in _COUNT_BUTTON for w in words)):
        guesses.append(Guess("furniture", WHOLE_LINE, f"{labels[0]} (count)"))


def player(text: str, line: Line, guesses: list[Guess]) -> None:
    """``00:00 / 03:12``, ``Play audio 00:00``, ``Listen to the report of Ana Ruiz | 03:12``,
    ``Audio: 01:42 Min. Bahnstrecke gesperrt``: an audio or video player's clock left in
    the text, perhaps beside its title."""
    clock_alone = line.size <= 6 and _PLAYER.fullmatch(text, line.body, line.end)
    if clock_alone or (line.size <= PLAYER_TITLE_WORDS
                       and _MEDIA_CLOCK.match(text, line.body, line.end)) or (
                       line.size <= PLAYER_TITLE_WORDS and line.lowers
                       and line.lowers[0] in PLAY_WORDS
                       # (the clock's end of the line only: spaces would make it quadratic)
                       and _CLOCK_AFTER_TITLE.search(text, max(line.body, line.end - 24),
                                                     line.end)):
        guesses.append(Guess("furniture", WHOLE_LINE, "player"))
    elif (line.size <= PLAYER_TITLE_WORDS and line.lowers and line.lowers[0] in PLAY_WORDS
          and _LIVE_PROMO.match(text, line.body, line.end)):
        guesses.append(Guess("furniture", WHOLE_LINE, "live station promo"))


__all__ = [
    "COUNTERS_MAX_WORDS", "FIGURES_MAX_WORDS", "PLAYER_TITLE_WORDS", "PLAY_WORDS",
    "RATING_MAX_WORDS", "TAG_LABELS", "ad_token", "age_mark", "author_row", "clock", "counted",
    "counters", "figures", "lone_widget", "page_rows", "player", "rating", "reactions",
    "tag_list", "weather",
]
