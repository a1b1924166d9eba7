"""Evidence from a line's shape and word classes, not from one label phrase.

Word classes that combine (a newsletter noun with a call to act, an
advertising word with a continuation word, ``with`` and a news agency, a row
of share buttons, a wire header made of names and a date, a photo word before
names and an agency), a label with a count (``12 comments``), a player's
clock (``00:00 / 03:12``) and a copyright sign. The classifier
(:mod:`.classify`) adds these guesses to the ones its labels give.
"""

from __future__ import annotations

import regex

from ..lazy import LazyPattern
from .bylines import DATE_THEN_COLON
from .guess import Guess
from .invitations import reader_call, registers
from .lexicon import Lexicon, words_of
from .lines import (
    APP_STORES,
    NAME_PARTICLES,
    PHOTO_IN_BRACKETS,
    PHOTO_LINE,
    QUOTATION_MARKS,
    REPORTING,
    Line,
    ends_sentence,
    trimmed_end,
)
from .screen import FOLLOW, OPEN_WORDS
from .tuning import (
    AUTHOR_MAX_WORDS,
    COMBINATION,
    MENU_MAX_WORDS,
    MENU_MIN_WORDS,
    MENU_SHARE,
    NEWSLETTER_MAX_WORDS,
    POLL_MAX_BUTTONS,
    PROMOTION_WORDS,
    SHARE_ROW_WORDS,
    SHORT_LINE_WORDS,
    START_LABEL,
    WHOLE_LINE,
)

_DATE = LazyPattern(r"(?<!\d)\d{1,2}/\d{1,2}(?:/\d{2,4})?(?!\d)|(?<!\d)\d{1,2}[:h]\d{2}(?!\d)")
#: Fewest characters of caption before an agency in brackets that closes it.
_CAPTION_MIN_CHARS = 20
# One to three capitalised names after the end of a sentence, right before a bracket.
_NAME_BEFORE_AGENCY = LazyPattern(
    r"[.!?…”»][ \t]*(\p{Lu}[\p{L}'’\-.]*(?:[ \t]+\p{Lu}[\p{L}'’\-.]*){0,2})[ \t]+$",
    regex.VERSION1,
)
# An agency alone in brackets closing a line (``… on the Rialto bridge (ANSA)``).
_AGENCY_IN_BRACKETS = LazyPattern(r"\(([\p{L} \-]{2,30})\)[ \t]*\.?[ \t]*$", regex.VERSION1)
# A row of hashtags and nothing else (``#Strike #Milan #Transport``).
_HASHTAGS = LazyPattern(r"#\w[\w\-]*(?:[ \t,]+#\w[\w\-]*)+[ \t]*", regex.VERSION1)
#: Longest marker line written in lower case (``sequel after announcement``): a
#: wrapped paragraph's second line is longer, or lacks one of the three classes.
LOWER_MARKER_WORDS = 5


def wrapped(text: str, line: Line, lex: Lexicon) -> bool:
    """Does ``line`` start in lower case, as the second line of a wrapped paragraph does?

    An agency's name written in lower case (``dpa translation service``) is a start, as
    is an agency after ``with`` on a short line (``(with AFP)``),
    and so is a short author line (``di Marco Rinaldi (Vedi profilo)``).
    """
    if not text[line.body : line.body + 1].islower():
        return False
    if line.lowers and line.lowers[0] in lex.word_class("agency"):
        return False
    if (line.size <= 5 and ("/" in text[line.body : line.end] or "," in text[line.body : line.end])
            and _signed(text, line, lex)):
        return False  # ``cop/dpa/AFP``, ``red, APA``: a writer's initials, then the agencies
    if (1 < line.size <= 4 and line.lowers[0] in lex.word_class("with")
            and line.lowers[1] in lex.word_class("agency")):
        return False  # ``(with AFP)``: a credit, not the end of a sentence
    return not (1 < line.size <= AUTHOR_MAX_WORDS and line.lowers[0] in lex.word_class("by")
                and text[line.words[1][0]].isupper())


def _continued(words: set[str], lex: Lexicon) -> bool:
    cls = lex.word_class
    return bool(words & cls("ad") and words & cls("continue") and words & cls("after"))


# The links an affiliate note is about.
_LINKS = frozenset({"link", "links", "lien", "liens", "enlace", "enlaces", "collegamenti",
                    "partnerlinks", "provisionslinks", "ligações"})


def combinations(text: str, line: Line, lex: Lexicon, guesses: list[Guess]) -> None:
    words = set(line.lowers)
    size = line.size
    terminal = ends_sentence(text, line)
    if (size <= SHORT_LINE_WORDS and _DOUBLE_SLASHED.fullmatch(text, line.body, line.end)
            and _PAIRED_WORDS.isdisjoint(line.lowers)):
        # (before the wrapped test: initials in lower case open no sentence's second line)
        guesses.append(Guess("credit", COMBINATION, "writers' initials"))
        return
    if wrapped(text, line, lex):
        # The second line of a wrapped paragraph, unless it is a whole continuation
        # marker as MT writes it (``sequel after announcement``).
        if 0 < size <= LOWER_MARKER_WORDS and not terminal and _continued(words, lex):
            guesses.append(Guess("ad", COMBINATION, "continued after the advertisement"))
        return
    cls = lex.word_class
    if (size <= NEWSLETTER_MAX_WORDS and words & cls("newsletter") and words & cls("call")
            and REPORTING.isdisjoint(words)  # (``…, announced the councillor``: news)
            and not _described(line.lowers, cls("call"))):
        guesses.append(Guess("newsletter", COMBINATION, "newsletter call"))
    elif (size <= NEWSLETTER_MAX_WORDS and registers(text[line.body : line.end].lower())
          and words & cls("call")):
        # ``Receive every Sunday our best advice – I register``: the button closes it.
        guesses.append(Guess("newsletter", COMBINATION, "newsletter call"))
    if (size <= NEWSLETTER_MAX_WORDS and words & cls("appeal") and words & cls("journalism")
            and (words & cls("us") or (any(
                line.lowers[k] in cls("appeal") and line.lowers[k + 1] in _APPEAL_OBJECTS
                for k in _clause_openings(text, line) if k + 1 < size)
                and size > 2 and (terminal or words & cls("subscribe")
                                  or len(words & cls("appeal")) > 1)
                and REPORTING.isdisjoint(words)))):
        # ``Support our journalism``, ``Our newsroom lives from you: donate``, ``Support
        # the independent journalism. Make a contribution.`` (an imperative, and a
        # sentence or a call to subscribe: ``Support for local journalism grows`` is
        # news, ``Sostenere il giornalismo locale: il piano della Regione`` a headline).
        guesses.append(Guess("furniture", COMBINATION, "trust or donation appeal"))
    if (size <= AUTHOR_MAX_WORDS and line.lowers and line.lowers[0] in cls("by")
            and words & cls("job") and not terminal and size > 2
            and text[line.words[1][0]].isupper()):
        guesses.append(Guess("furniture", COMBINATION, "author box"))
    if (line.lowers and line.lowers[0] in cls("by") and not terminal
            and _dated_byline(text, line, lex)):
        guesses.append(Guess("furniture", COMBINATION, "author box"))
    if (words & cls("affiliate") and words & cls("commission") and words & _LINKS
            and REPORTING.isdisjoint(words)):
        # ``This article contains affiliate links: we receive a commission…`` (news of
        # affiliate marketing says who found or said what)
        guesses.append(Guess("notice", COMBINATION, "affiliate links"))
    if 2 <= size <= SHARE_ROW_WORDS and words <= cls("social"):
        guesses.append(Guess("furniture", COMBINATION, "share buttons"))
    channel_call(text, line, lex, guesses)
    promotion(text, line, lex, guesses)
    if "?" in text[line.body : line.end]:
        reader_call(text, line, guesses)
    if size > SHORT_LINE_WORDS or size == 0:
        return
    if not terminal and _continued(words, lex):
        guesses.append(Guess("ad", COMBINATION, "continued after the advertisement"))
    if line.lowers[0] in cls("with") and words & cls("agency") and (
            not terminal or words <= cls("with") | cls("agency") | _MATERIAL):
        # (``With material from dpa and epd.``: a credit's words only, its full stop aside)
        guesses.append(Guess("credit", COMBINATION, "agency credit"))
    _colon_call(text, line, lex, guesses)
    body = text[line.body : line.end]
    if (not terminal and _DATE.search(body) and not body[:1].isdigit()
            and not DATE_THEN_COLON.search(body)):
        names = [text[a:b] for a, b in line.words if text[a].isalpha()]
        if names and all(w[0].isupper() or w.lower() in NAME_PARTICLES for w in names):
            guesses.append(Guess("notice", COMBINATION, "wire header"))
    if not terminal:
        _credit_line(text, line, lex, words, guesses)
        if 2 <= size <= NAME_CREDIT_WORDS and words & cls("agency"):
            _name_and_agency(text, line, lex, guesses)


# The words of a credit to agencies besides ``with`` and their names.
_MATERIAL = frozenset({"material", "materials", "information", "from", "of", "and", "the",
                       "von", "und", "de", "y", "e", "et", "di", "da", "do", "del"})
#: Most words in a photographer's credit without a label (``Ricardo Gómez / EFE``).
NAME_CREDIT_WORDS = 6
# A name and an agency, either first, between a slash or a bar, or the agency in
# brackets after the name (``MARTA RUIZ (EFE)``).
_NAME_AGENCY = LazyPattern(r"([^/|()]+?)[ \t]*(?:[/|][ \t]*([^/|()]+?)|\(([^/|()]+)\))[ \t]*")


# Agencies and writers' initials between slashes or after a comma, as wire copy signs a
# story (``dpa/lhe``, ``cop/dpa/AFP``, ``red, APA``).
_SIGNED = LazyPattern(
    r"[\p{L}]{2,8}(?:[ \t]*/[ \t]*[\p{L}]{2,8}|,[ \t]*[\p{L}]{2,8}){1,4}[ \t]*\.?", regex.VERSION1
)
# Writers' initials in capitals between double slashes, as Lusa signs a story, perhaps
# with the agency and its end mark (``JF // SB``, ``ACS // JMR — Lusa/Fim``).
_DOUBLE_SLASHED = LazyPattern(
    r"\p{Lu}{2,4}(?:[ \t]*//[ \t]*\p{Lu}{2,4})+(?:[ \t]+[—–-][ \t]+\p{L}+(?:/\p{L}+)?)?[ \t]*\.?"
    # or in lower case between single slashes, as EFE and ATS sign (``mcd/ams``,
    # ``ial/pr/dch``)
    r"|\p{Ll}{2,4}(?:/\p{Ll}{2,4}){1,3}[ \t]*\.?",
    regex.VERSION1,
)
# English words that slashes pair (``and/or``, ``his/her``): no writer's initials.
_PAIRED_WORDS = frozenset({"and", "or", "his", "her", "hers", "he", "she", "him", "yes",
                           "no", "per", "the", "they", "them", "we", "us", "you", "i"})
# A writer's initials: two to four lower-case letters.
_INITIALS = LazyPattern(r"\p{Ll}{2,4}", regex.VERSION1)


def _signed(text: str, line: Line, lex: Lexicon) -> bool:
    """``dpa/lhe``, ``cop/dpa/AFP``, ``red, APA``: agencies and initials only, an agency
    among them and initials in lower case (``AFP/Getty`` is two names)."""
    if _SIGNED.fullmatch(text, line.body, line.end) is None:
        return False
    agency = lex.word_class("agency")
    parts = [p.strip(" \t.") for p in text[line.body : line.end].replace(",", "/").split("/")]
    return (any(p.lower() in agency for p in parts)
            and any(_INITIALS.fullmatch(p) and p.lower() not in agency for p in parts)
            and all(p.lower() in agency or _INITIALS.fullmatch(p) for p in parts))


def _name_and_agency(text: str, line: Line, lex: Lexicon, guesses: list[Guess]) -> None:
    """``Ricardo Gómez / EFE``, ``AFP / Ludovic Marin``, ``Marta Ruiz (EFE)``, ``dpa/lhe``: a
    photographer's credit with no label: one side an agency's name, the other two
    to four capitalised names (one is a dateline's town: ``Bilbao (EFE)``)."""
    if _signed(text, line, lex):
        guesses.append(Guess("credit", COMBINATION, "agency and initials"))
        return
    found = _NAME_AGENCY.fullmatch(text, line.body, line.end)
    if found is None:
        return
    agency = lex.word_class("agency")
    sides = [words_of(found.group(1)), words_of(found.group(2) or found.group(3))]
    for names, credit in (sides, sides[::-1]):
        if not credit or not all(w in agency for w in credit) or not 2 <= len(names) <= 4:
            continue
        if all(w in agency for w in names):
            return  # two agencies (``AFP / Reuters``): a list, read elsewhere
        side = found.group(1) if names is sides[0] else found.group(2) or found.group(3)
        if all(word[0].isupper() or word.lower() in NAME_PARTICLES
               for word in side.split()):
            guesses.append(Guess("credit", COMBINATION, "photographer and agency"))
        return


def _dated_byline(text: str, line: Line, lex: Lexicon) -> bool:
    """``By Ana Costa, published on 14/05 at 09:12``: a name, a comma, then when it was published.

    Two or more capitalised names, so that ``By Tuesday, updated figures…`` stays a sentence.
    """
    lowers = line.lowers
    if (line.size - sum(w.isdigit() for w in lowers) > AUTHOR_MAX_WORDS
            or not any(w[:1].isdigit() for w in lowers)):
        return False
    for k in range(1, min(5, len(lowers) - 1)):
        a, b = line.words[k]
        if not (text[a].isupper() or lowers[k] in NAME_PARTICLES):
            return False
        if text[b : line.words[k + 1][0]].strip() == ",":
            return k >= 2 and lowers[k + 1] in lex.word_class("dated")
    return False


# A channel's common nouns: capitalised, they are part of a name (``FOLLOW LIVE: Parades of
# the Special Group…``, a kicker over a headline), not the site's channel.
_CHANNEL_NOUNS = frozenset({"group", "groupe", "grupo", "gruppe", "gruppo", "channel", "canal",
                            "canale", "kanal"})


def _names_channel(text: str, line: Line, lowers: list[str] | tuple[str, ...],
                   channels: frozenset[str]) -> bool:
    """Whether ``lowers`` name a channel: a messenger's name, or a channel's common noun
    written in lower case."""
    found = channels.intersection(lowers)
    if not found or not found <= _CHANNEL_NOUNS:
        return bool(found)
    return any(text[a:b] in found for a, b in line.words)


#: Most words of an invitation to follow the site on a channel.
CHANNEL_CALL_WORDS = 25


def channel_call(text: str, line: Line, lex: Lexicon, guesses: list[Guess]) -> None:
    """``Receive the main news of Paraná by WhatsApp. Click here``, ``Reciba las noticias
    de Bogotá en su correo``: a call or a verb of following, capitalised, leads the line
    and names a channel (a news sentence does not open with an imperative)."""
    lowers = line.lowers
    if not 3 <= line.size <= CHANNEL_CALL_WORDS or not text[line.body : line.body + 1].isupper():
        return
    cls = lex.word_class
    body = text[line.body : line.end]
    asked = body.find("?")
    if asked > 0:  # a question to the reader first (``Want the news first? Subscribe…``)
        lowers = list(words_of(body[asked + 1 :])) or lowers
    if ((lowers[0] in cls("call") or lowers[0] in FOLLOW)
            and _names_channel(text, line, lowers[1:], cls("channel"))
            and REPORTING.isdisjoint(lowers)):
        guesses.append(Guess("newsletter", COMBINATION, "invitation to a channel"))
    elif (line.lowers[0] in FOLLOW and line.lowers[-1] in cls("social")
          and line.lowers[-2] in _ON_NETWORK and not ends_sentence(text, line)
          and REPORTING.isdisjoint(line.lowers)):
        # ``Follow the Correio da Serra on Instagram and on Facebook``: no news sentence
        # opens with the imperative and closes on a network, unpunctuated.
        guesses.append(Guess("furniture", COMBINATION, "invitation to follow the site"))


# Before a verb of subscribing, what makes it a statement about others rather than a
# call to the reader (``Residents … can subscribe at the counter``, ``prefer to
# receive the newsletter``).
_MODALS = frozenset({
    "can", "could", "may", "might", "will", "would", "must", "should", "cannot", "to",
    "who", "pueden", "puede", "peuvent", "peut", "possono", "può", "können", "kann",
    "podem", "pode",
})


def _described(lowers: list[str], calls: frozenset[str]) -> bool:
    """Every call word of the line follows a modal or ``to`` (the line says what people
    can do, it does not ask the reader to do it), or an article and an adjective: a
    noun (``a message on the electronic register``)."""
    positions = [k for k, w in enumerate(lowers) if w in calls]
    return bool(positions) and all(
        k and (lowers[k - 1] in _MODALS
               or (k > 1 and lowers[k - 2] in _ARTICLES and lowers[k - 1].endswith(_ADJECTIVE)))
        for k in positions)


# An article and an English adjective before a call word make it a noun.
_ARTICLES = frozenset({"the", "a", "an", "its", "their", "this", "that"})
_ADJECTIVE = ("ic", "al", "ive", "ous", "ary", "ical", "ful")


# What an appeal's imperative asks the reader to support (``Support the independent
# journalism``, ``Soutenez le journalisme``), where news has ``for`` or a verb.
_APPEAL_OBJECTS = frozenset({
    "the", "our", "independent", "quality", "free", "le", "la", "notre", "el", "nuestro",
    "il", "nostro", "den", "unseren", "unabhängigen", "o", "nosso",
})
# The word before a network at the end of an invitation to follow the site.
_ON_NETWORK = frozenset({"on", "and", "or", "sur", "et", "en", "y", "su", "e", "auf", "und",
                         "no", "na", "ou"})
# Words after which a clause opens without a mark (``… smartphone? Then download…``).
_THEN = frozenset({"then", "alors", "entonces", "allora", "dann", "então"})


def _clause_openings(text: str, line: Line) -> list[int]:
    """The indexes of the line's words that open it or a clause of it: after a full stop,
    a colon, a question or exclamation mark, a spaced dash, or ``then``."""
    openings = [0]
    for k in range(1, len(line.words)):
        gap = text[line.words[k - 1][1] : line.words[k][0]]
        if any(mark in gap for mark in ".:!?") or gap.strip() in ("–", "—") or (
                line.lowers[k - 1] in _THEN and k - 1 in openings[-1:]):
            openings.append(k)
    return openings


#: How far into the line a German verb may stand before ``Sie`` (``Mehr Nachrichten
#: aus Bremen finden Sie in unserer App``).
PROMOTION_VERB_AT = 6


def promotion(text: str, line: Line, lex: Lexicon, guesses: list[Guess]) -> None:
    """``Find the report of our team in the replay``, ``Segui la diretta con le pagelle dei
    nostri inviati``, ``Mehr Nachrichten finden Sie in unserer App``: a call to find,
    watch or follow (leading the line, or a verb before ``Sie``), "our" and a medium of
    the site. News tells what somebody did; a line that opens with an imperative and
    sends the reader to "our" app or replay is the page's own promotion."""
    lowers = line.lowers
    if (not 4 <= line.size <= PROMOTION_WORDS or line.quoted
            or not text[line.body : line.body + 1].isupper()):
        return
    cls = lex.word_class
    calls = cls("promo-call")
    body = text[line.body : line.end]
    called = any(lowers[k] in calls for k in _clause_openings(text, line)) or any(
        lowers[k] in calls and lowers[k + 1] == "sie"
        for k in range(1, min(PROMOTION_VERB_AT, len(lowers) - 1)))
    ours = not cls("promo-our").isdisjoint(lowers)
    if called and not ours and {"app", "aplicativo", "aplicación", "applicazione"} & set(
            lowers) and not (APP_STORES.isdisjoint(lowers) and cls("site-you").isdisjoint(lowers)):
        # ``Download the app of the Gazeta and receive the news on your cell phone``: the
        # site's app, named, and the reader's phone
        ours = True
    if not called and ours and not APP_STORES.isdisjoint(lowers):
        # ``Our Berlin app: always informed, with push messages for your district``: the
        # app and what it does on the phone stand for the call
        called = True
    asked = body.find("?")
    if not called and asked > 0:
        # A question to the reader, then the call (``Do you know the app of the Diário?
        # Download it for free``): the question stands for "our".
        after = words_of(body[asked + 1 :])
        if after and after[0] in calls and not cls("site-you").isdisjoint(
                words_of(body[:asked])):
            called = ours = True
    if (called and ours
            and not cls("promo-medium").isdisjoint(lowers) and REPORTING.isdisjoint(lowers)
            and QUOTATION_MARKS.isdisjoint(body)):
        guesses.append(Guess("furniture", COMBINATION, "the site's promotion of its media"))


def _colon_call(text: str, line: Line, lex: Lexicon, guesses: list[Guess]) -> None:
    """``Sostieni il giornalismo di qualità: abbonati``: a short line ending in a call to act."""
    body = text[line.body : line.end]
    colon = max(body.rfind(":"), body.rfind("："))
    if colon <= 0:
        return
    tail = words_of(body[colon + 1 :])  # ``abonnez-vous``: two words
    if not 1 <= len(tail) <= 2 or not body[:colon].strip():
        return
    cls = lex.word_class
    first = tail[0]
    if first in cls("call") or first in cls("appeal") or first in cls("subscribe"):
        guesses.append(Guess("furniture", COMBINATION, "call to subscribe or support"))


def _credit_line(text: str, line: Line, lex: Lexicon, words: set[str],
                 guesses: list[Guess]) -> None:
    """``Photo Damien Meyer / AFP``, ``Photo archives AFP``, ``Information: EFE``."""
    cls = lex.word_class
    agency = cls("agency")
    rest = line.lowers[1:]
    if not rest:
        return
    first_end = line.words[0][1]
    gap = text[first_end : line.words[1][0]].strip()
    if gap in (":", "："):
        if len(rest) <= 3 and all(w in agency for w in rest):
            guesses.append(Guess("credit", COMBINATION, "agency credit"))
        return
    if line.lowers[0] not in cls("photo") or gap:
        return
    label = lex.at("start", line.lowers, 0)
    if label is not None and label.words[-1] in OPEN_WORDS:
        return  # ``Foto de Marta Gil / EFE``: its label says it (``Foto de``)
    whole = text[line.start : line.end].strip()
    bracketed = whole[:1] == "(" and whole[-1:] == ")"  # ``(Photo Roberto Ricci)``
    if "/" not in text[line.body : line.end] and not words & agency and not bracketed:
        return
    names = cls("archive") | agency | NAME_PARTICLES
    if all(text[a].isupper() or text[a].isdigit() or w in names
           for (a, _), w in zip(line.words[1:], rest, strict=True)):
        guesses.append(Guess("credit", COMBINATION, "photo credit"))


def hashtags(text: str, line: Line, guesses: list[Guess]) -> None:
    """``#Strike #Milan #Transport``: a site's tags printed as hashtags under the story."""
    start = text.find("#", line.start, line.end)  # (the lead may have taken the first)
    if start >= 0 and not text[line.start : start].strip() and _HASHTAGS.fullmatch(
            text, start, line.end):
        guesses.append(Guess("furniture", WHOLE_LINE, "hashtags"))


def form_field(text: str, line: Line, lex: Lexicon, guesses: list[Guess]) -> None:
    """``Name *``, ``E-mail *``, ``Sitio web *``: a comment form's field with the mark
    of a required field, left in the text when the page was copied."""
    if (line.size <= 3 and text[line.body : line.end].rstrip().endswith("*")
            and all(w in lex.word_class("form") for w in line.lowers)):
        guesses.append(Guess("furniture", WHOLE_LINE, "comment form field"))


# A file's size in brackets at the end of a link to download it (``(182 KB)``).
_FILE_SIZE = LazyPattern(r"\([ \t]*\d+(?:[.,]\d+)?[ \t]?(?i:kb|mb|ko|mo)[ \t]*\)[ \t]*$",
                         regex.VERSION1)
#: Most words of a download link (``Pressemitteilung als PDF herunterladen (182 KB)``).
DOWNLOAD_MAX_WORDS = 10


def download(text: str, line: Line, guesses: list[Guess]) -> None:
    """``Download the report as PDF (1.2 MB)``: a link to a file, with its size."""
    if line.size <= DOWNLOAD_MAX_WORDS and _FILE_SIZE.search(text, line.body, line.end):
        guesses.append(Guess("furniture", WHOLE_LINE, "download link"))


# The last word of a cookie banner's button (``Agree and continue``).
_CONTINUE_BUTTON = frozenset({"continue", "continuer", "continuar", "continuare", "fortfahren",
                              "weiter"})


# A cookie banner's buttons at the end of its line, beside its accept button.
_COOKIE_BUTTONS = frozenset({"reject", "refuse", "refuser", "rifiuta", "rechazar", "ablehnen",
                             "rejeitar", "recusar", "personalizza", "personnaliser",
                             "configurar", "einstellungen", "settings", "impostazioni"})


# Clicking on the banner's button, on the site it speaks for (``Questo sito utilizza
# cookie… Cliccando su "Accetta" acconsenti…``); a study of banners names no site of its own.
_CLICKING = frozenset({"clicking", "click", "cliccando", "cliquant", "clicando", "klicken",
                       "pulsando"})
_THIS_SITE = frozenset({"site", "sito", "sitio", "website", "webseite", "seite", "portal"})


def cookie_banner(line: Line, lex: Lexicon, guesses: list[Guess]) -> None:
    """A cookie banner's text: cookies, browsing and accepting in one line (``We use
    cookies… If you continue browsing, we consider that you accept their use``), or
    the site's cookies and clicking its accept button."""
    if (("cookies" not in line.lowers and "cookie" not in line.lowers)
            or line.size > NEWSLETTER_MAX_WORDS):
        return  # most lines
    words = set(line.lowers)
    cls = lex.word_class
    # (or the banner's button closing it: ``… Agree and continue``, ``Accetta | Rifiuta``)
    button = (len(line.lowers) >= 3 and line.lowers[-1] in _CONTINUE_BUTTON
              and line.lowers[-3] in cls("accept")) or (
        not _COOKIE_BUTTONS.isdisjoint(line.lowers[-3:]) and words & cls("accept"))
    clicking = not (_CLICKING.isdisjoint(words) or _THIS_SITE.isdisjoint(words))
    if ((words & cls("browsing") or clicking) and words & cls("accept")) or button:
        guesses.append(Guess("furniture", COMBINATION, "cookie banner"))


#: Most words of a photo credit on a line of its own (:data:`.lines.PHOTO_LINE`).
PHOTO_LINE_WORDS = 9


def photo_in_brackets(text: str, line: Line, guesses: list[Guess],
                      lex: Lexicon | None = None) -> None:
    """``… after the last storm (Foto Fabbrini)``, ``… on the Rialto bridge (ANSA)``: a
    photographer's or an agency's credit closing a caption, reported and removed as
    that bracket; and the same credit as a short line of its own, without brackets
    (``Photo Torino FC press office / Marco Riva``: :data:`.lines.PHOTO_LINE`)."""
    if ")" not in text[line.end - 2 : line.end] and line.size > PHOTO_LINE_WORDS:
        return
    if PHOTO_LINE.match(text, line.start, line.end) is not None:
        guesses.append(Guess("credit", WHOLE_LINE, "photo credit"))  # (``Photo X / Name``)
        return
    found = PHOTO_IN_BRACKETS.search(text, line.start, line.end)
    start = found.start() if found is not None else -1
    if found is None and lex is not None:
        found = _AGENCY_IN_BRACKETS.search(text, line.body, line.end)
        if found is not None and (found.start() - line.body < _CAPTION_MIN_CHARS or not all(
                w in lex.word_class("agency") for w in words_of(found.group(1)))):
            found = None  # (a town and its agency alone is a dateline: ``Bilbao (EFE)``)
        if found is not None:
            # the photographer's name before it, after the caption's last sentence
            # (``… in Madrid. Mariscal (EFE)``), goes with the agency
            named = _NAME_BEFORE_AGENCY.search(text, max(line.body, found.start() - 60),
                                               found.start())
            start = named.start(1) if named is not None else found.start()
    if found is not None and start > line.body:
        cut = trimmed_end(text, line.start, start)
        guesses.append(Guess("credit", START_LABEL, text[start : line.end].strip(),
                             (start, line.end), (cut, line.end)))
    elif found is not None and start <= line.body and line.size >= 2:
        guesses.append(Guess("credit", WHOLE_LINE, "photo credit"))  # (``(photo LaPresse)``)


def menu_row(text: str, line: Line, lex: Lexicon, guesses: list[Guess]) -> None:
    """``Home Politics Economy Sports Culture Opinion``: a site's menu, flattened into one
    line: four items or more, most of the line's words, no comma, no sentence."""
    if not MENU_MIN_WORDS <= line.size <= MENU_MAX_WORDS or "," in text[line.body : line.end]:
        return
    sections = lex.word_class("section")
    items = sum(w in sections for w in line.lowers)
    if (items < MENU_MIN_WORDS or not text[line.body].isupper()
            or ends_sentence(text, line)):
        return
    if items >= MENU_SHARE * line.size:
        guesses.append(Guess("furniture", WHOLE_LINE, "menu"))
        return
    # A regional site's menu names its places between the sections (``Main Kazakhstan
    # Almaty Astana Incidents World Sport``): every other word capitalised (or a figure),
    # no more of them than sections.
    others = [(a, w) for (a, _), w in zip(line.words, line.lowers, strict=True)
              if w not in sections]
    if len(others) <= items and all(text[a].isupper() or w.isdigit() for a, w in others):
        guesses.append(Guess("furniture", WHOLE_LINE, "menu"))


def poll(text: str, line: Line, lex: Lexicon, guesses: list[Guess]) -> None:
    """``Should the old port be closed to cars? Yes No Vote``: a poll's question and its
    buttons, ending with one to vote or to see the results."""
    body = text[line.body : line.end].rstrip()
    mark = body.rfind("?")
    if mark <= 0 or line.size > NEWSLETTER_MAX_WORDS:
        return
    after = words_of(body[mark + 1 :])
    if 1 <= len(after) <= POLL_MAX_BUTTONS and after[-1] in lex.word_class("vote"):
        guesses.append(Guess("furniture", WHOLE_LINE, "poll"))


def copyright_line(text: str, line: Line, guesses: list[Guess]) -> None:
    body = text[line.body : line.end]
    if body.startswith(("©", "(c)", "(C)")) and line.size <= SHORT_LINE_WORDS + 4:
        guesses.append(Guess("credit", START_LABEL, "©"))


__all__ = [
    "LOWER_MARKER_WORDS",
    "NAME_CREDIT_WORDS",
    "combinations",
    "cookie_banner",
    "copyright_line",
    "download",
    "form_field",
    "hashtags",
    "menu_row",
    "photo_in_brackets",
    "poll",
    "wrapped",
]
