"""The fine print of market, shopping and lottery pages.

Sites print it under every article of a kind, and machine translation keeps it.
Each shape joins two things that news about other people does not join, or is a
widget no sentence looks like:

- an investment disclaimer: the page's own content (``This content``, ``The
  information provided``, a ``Disclaimer:`` heading) and the advice it is not
  (``does not constitute a recommendation to buy or sell``, ``No investment
  advice``);
- a press release's warning on its ``forward-looking statements``, named by the
  release itself or under that heading;
- a delay of the prices shown (``Prices delayed by 15 minutes``, ``Information on
  prices with a 15-minute delay``);
- a lottery's results page disclaiming them (``The data in this article is not
  official``) before the ticket, the prize or the draw;
- an affiliate disclosure: buying through the page's links and its commission, or
  in the sites' languages the links or offers and what the site earns on them;
- the date the shop prices were checked, which may have changed since;
- market buttons (``+ Add Dax to watchlist``, ``Create an alert for PSI``), the
  press office's contact row closed by a telephone number, a security's codes
  (``WKN: A3E7KS | ISIN: DE000A3E7KS9``);
- a review's verdict box (its score after its label, or what the tester liked and
  did not), a court page's reminder that the accused are presumed innocent, and a
  letters page's rules (how long a letter may be, the paper's right to cut it).

A report may quote a regulator on what is investment advice, say that an
election's results are not yet official, or quote a lawyer on the presumption of
innocence: the second half is missing there, or somebody says it.
"""

from __future__ import annotations

import regex

from ..lazy import LazyPattern
from .guess import Guess
from .lines import Line, ends_sentence
from .pagenotes import PAGE_NOTE, PAGE_NOTE_WORDS
from .tuning import COMBINATION, WHOLE_LINE

_FLAGS = regex.IGNORECASE | regex.VERSION1

# The page speaking of its own content, or a heading that opens its fine print.
_PAGE_ITSELF = LazyPattern(
    r"^[\W_]*(?:disclaimer|note|notice|important|risk (?:notice|warning)|legal notice"
    r"|aviso legal|avertissement|avvertenza|haftungsausschluss|hinweis|aviso)\s*:"
    r"|\b(?:this|the present) (?:content|article|text|page|publication|analysis|report"
    r"|information|press release|communication|announcement|document)\b"
    r"|\bthe (?:information|content|data|quotes|prices) (?:provided|published|presented"
    r"|contained|reported|displayed|in this)\b|\bthe author may hold\b"
    r"|\b(?:este contenido|la información|ce contenu|cet article|les informations"
    r"|questo contenuto|le informazioni|dieser artikel|diese informationen"
    r"|este conteúdo|as informações)\b",
    _FLAGS,
)
# Advice the page says it does not give.
_NOT_ADVICE = LazyPattern(
    r"\b(?:(?:does|do|shall|should|must) not (?:constitute|represent|replace|be (?:considered"
    r"|construed|understood) as)|is not|are not|no|not)\b(?:\W+\w+){0,4}?\W+(?:investment"
    r"|financial|trading) (?:advice|recommendations?|guidance)\b"
    r"|\b(?:does|do) not constitute (?:an? )?(?:recommendation|solicitation|offer|invitation)"
    r" to (?:buy|sell|invest|purchase|subscribe)\b"
    r"|\bpast performance is (?:no|not an?) (?:guarantee|indicator|indication)\b"
    r"|\btotal loss of the (?:invested )?capital\b"
    r"|\b(?:no constituye|ne constitue pas|non costituisce|stellt keine|não constitui)\b"
    r"(?:\W+\w+){0,3}?\W+(?:recomendaci[oó]n|conseil|recommandation|raccomandazione"
    r"|sollecitazione|anlageberatung|anlageempfehlung|recomenda[cç][aã]o)"
    r"|\bkeine anlageberatung\b",
    _FLAGS,
)
_FORWARD_LOOKING = LazyPattern(
    r"\bforward[- ]looking (?:statements?|information|projections)\b"
    r"|\b(?:déclarations prospectives|declaraciones prospectivas|dichiarazioni previsionali"
    r"|zukunftsgerichtete aussagen|declarações prospetivas|declarações prospectivas)\b",
    _FLAGS,
)
# What states the release's warning: the release itself, or the heading.
_RELEASE_ITSELF = LazyPattern(
    r"\b(?:this|the present) (?:press release|communication|announcement|release|document"
    r"|presentation|report)\b|^[\W_]*(?:disclaimer|forward[- ]looking statements?)\s*:",
    _FLAGS,
)
# The prices, then (a few words on) their delay: the page's note is about what it shows.
_DELAYED = LazyPattern(
    r"\b(?:prices|quotes|quotations|listings|rates|cotizaciones|cotations|cours|quotazioni"
    r"|kurse|cotações)\b(?:\W+\w+){0,5}?\W+(?:delayed|delay|retraso|diferid[oa]s|différés?"
    r"|differita|ritardat[ei]|verzögert|zeitverzögert|atraso)\b",
    _FLAGS,
)
# A past tense, or a delay told roughly (``by more than 15 minutes``): what happened to
# prices one day, not how the page shows them.
_DELAY_AS_NEWS = LazyPattern(r"\b(?:was|were|had|fueron|furent|wurden|foram|more than|up to|over"
                    r"|nearly|almost|about|at least)\b", _FLAGS)
# What the delay note adds: its minutes, or that the figures are only indicative.
_DELAY_TERMS = LazyPattern(
    r"\b(?:minutes?|min|minutos|minuti|minuten|for information|indicative|without guarantee"
    r"|ohne gewähr)\b",
    _FLAGS,
)
_UNOFFICIAL = LazyPattern(
    r"\b(?:not official|unofficial|for information(?:al)? purposes|for information only"
    r"|given for information|provided without (?:any )?responsibility|without responsibility"
    r"|no oficiales?|non officiels?|non ufficiali|nicht amtlich|não oficiais)\b",
    _FLAGS,
)
# What the page disclaims: its results, data or information, just before.
_RESULTS = LazyPattern(
    r"\b(?:results|data|information|figures|numbers|list|resultados|résultats|risultati"
    r"|ergebnisse|dados|informations|informazioni|información|informações)\b",
    _FLAGS,
)
_LOTTERY = LazyPattern(
    r"\b(?:prizes?|tickets?|draws?|lotter(?:y|ies)|bets?|sorteos?|premios?|boletos?|tirages?"
    r"|gains|estrazion[ei]|vincite|ziehung(?:en)?|gewinne|sorteios?|prémios?|apostas?)\b",
    _FLAGS,
)
_AFFILIATE = LazyPattern(
    r"\b(?:buy|purchase|shop|order)\w* (?:\w+ ){0,4}?(?:through|via|using|from) (?:\w+ ){0,4}?"
    r"links?\b",
    _FLAGS,
)
_COMMISSION = LazyPattern(r"\bcommissions?\b", _FLAGS)
#: Most words of a legal reminder or a letters page's rules.
LEGAL_NOTE_WORDS = 35
_INNOCENT = LazyPattern(
    r"\b(?:presum(?:ption|ed) (?:of )?innocen(?:ce|t)|présomption d['’]innocence|présumée?s? "
    r"innocente?s?|presunción de inocencia|presunzione di innocenza|presunção de inocência"
    r"|unschuldsvermutung|als unschuldig)\b", _FLAGS)
# Somebody saying or asking it, as news does (``his lawyer recalled the presumption of
# innocence``).
_SAID_OR_ASKED = LazyPattern(
    r"\b(?:lawyer|lawyers|attorney|defence|defense|recalled|insisted|demanded|asked|claimed"
    r"|avocat|abogado|avvocato|anwalt|advogado)\b", _FLAGS)
# Letters or texts sent to the paper and how long they may be, or its right to cut them.
_LETTERS_RULE = LazyPattern(
    r"\b(?:letters?|texts?|cartas|lettere|lettres|leserbriefe|zuschriften|textos)\b"
    r".{0,80}?\b(?:(?:must|should|may) not exceed|no deben? (?:exceder|superar)|non devono "
    r"superare|ne doivent pas dépasser|(?:dürfen|sollten) .{0,20}nicht überschreiten|não "
    r"(?:devem|podem) exceder|maximum|máximo|massimo)\b.{0,40}?\d"
    r"|\b(?:reserves? the right to (?:shorten|edit|cut|abridge|publish)|se reserva el derecho"
    r" (?:de|a) (?:extractar|resumir|publicar|editar)|si riserva (?:il diritto )?di "
    r"(?:sintetizzar|tagliar|pubblicar)|se réserve le droit de (?:raccourcir|couper|publier)"
    r"|behält sich (?:das Recht )?(?:vor|Kürzungen))", _FLAGS)
#: Most words of a review's verdict box.
VERDICT_WORDS = 40
# A review's score after its label, at the line's start: out of 10 (or 5, 20, 100), a
# decimal mark, or a German school grade (``Gesamtnote: gut (2,1)``).
_SCORE_LABEL = LazyPattern(
    r"[ \t]*(?:(?:our |the )?(?:final |overall )?(?:note|nota|rating|score|verdict|gesamtnote"
    r"|bewertung|voto|valutazione|puntuación|calificación|avaliação)(?: finale?| final| de la "
    r"rédaction| della redazione| de la redacción| da redação)?)[ \t]*:[ \t]*"
    r"(?:\d{1,3}(?:[.,]\d)?[ \t]*/[ \t]*(?:5|10|20|100)\b|\d{1,2}[.,]\d\b"
    r"|(?:sehr gut|gut|befriedigend|ausreichend)[ \t]*\(\d,\d\))", _FLAGS)
# What the tester liked, then what not, each after its label and a colon.
_PROS_CONS = LazyPattern(
    r"\b(?:pros?|prós|plus|points? forts?|on a aimé|lo mejor|vantaggi|punti di forza)[ \t]*:"
    r".{2,200}?\b(?:contras?|cons|minus|points? faibles?|on a moins aimé|lo peor|svantaggi"
    r"|punti deboli)[ \t]*:", _FLAGS)
# (in lower case: the Commission is an institution; German writes its noun capitalised)
_COMMISSION_ANY = LazyPattern(
    r"\b(?:commissions?|Provision|comiss(?:ão|ões)|comisi(?:ón|ones)|commission[ei])\b",
    regex.VERSION1)
_LINKS = LazyPattern(r"\b(?:links?|liens?|enlaces?|affiliate|affiliate-links?|partnerlinks?)\b",
                     _FLAGS)
_WE_EARN = LazyPattern(
    r"\b(?:we (?:may |might |can |could )?(?:receive|earn|get)|nous (?:pouvons |pourrions )?"
    r"(?:percevoir|recevoir|toucher)|(?:erhalten|bekommen) wir)\b", _FLAGS)
# The site as the one paid, in the languages in play.
_OURS_ANY = LazyPattern(
    r"\b(?:we|our|us|this (?:page|article|site)|the site|wir|uns|nous|nos|ce site|cette page"
    r"|o site|este site|desta página|este sitio|esta página|questo sito|questa pagina"
    r"|diese seite|dieser seite)\b", _FLAGS)
# A rule or a ruling told as news (``…, the consumer authority ruled``).
_TOLD = LazyPattern(r"\b(?:said|says|ruled|told|according to|fined|must)\b", _FLAGS)
# The page or its owners as the ones paid (``we may receive``, ``links on this page``).
_OURS = LazyPattern(r"\b(?:we|our|us|this page|this article|this content)\b", _FLAGS)
_PRICES_CHECKED = LazyPattern(
    r"\bprices?(?: and availability)? (?:(?:were |are )?(?:consulted|checked|verified|updated)"
    r" (?:on|at)|as (?:of|at))\b",
    _FLAGS,
)
_MAY_CHANGE = LazyPattern(
    r"\bmay (?:have )?(?:change|changed|vary|varied)\b|\bsubject to change\b|\bwithout notice\b",
    _FLAGS,
)
# A market page's buttons: to follow a security, or to be told when its price moves.
_MARKET_BUTTON = LazyPattern(
    r"\badd\b(?: \S+){0,3}? to (?:the |my |your )?watch ?list\b"
    r"|^[\W_]*(?:create|set up|set|activate)\b(?: \S+){0,4}? (?:price )?(?:alerts?|alarms?)\b",
    _FLAGS,
)
# A telephone number closing the line (``+33 4 72 00 18 40``, ``tel. 962 41 80 00``).
_PHONE_AT_END = LazyPattern(
    r"(?:\b(?:tel|tél|phone|telefone|telefono|teléfono)\.?:?[ \t]*)?"
    r"(\+?\(?\d{1,4}\)?(?:[ .\-]\d{2,4}){2,5})[ \t.]*$",
    _FLAGS,
)
_CONTACT_SEPARATORS = ("–", "—", "|", ":", " - ")
_SECURITY_CODES = LazyPattern(r"\b(?:ISIN|WKN)\b[ \t]*:?[ \t]*[A-Z0-9]{6,12}\b", regex.VERSION1)

#: Fewest digits of a telephone number (``06 44 18 27 93``).
PHONE_DIGITS = 8
#: Longest row of market buttons, contact details or a security's codes, in words.
FINE_ROW_WORDS = 16
#: Longest note on the prices' delay, in words.
DELAY_NOTE_WORDS = 25


def fine_print(text: str, line: Line, guesses: list[Guess]) -> None:
    """Add a guess for the fine print of a market, shopping or lottery page (see the
    module's text)."""
    if not 2 <= line.size <= PAGE_NOTE_WORDS:
        return
    body = text[line.body : line.end]
    label = _note(body, line.size)
    if (line.size <= LEGAL_NOTE_WORDS and _INNOCENT.search(body)
            and not _TOLD.search(body) and not _SAID_OR_ASKED.search(body)):
        # the site's reminder that the accused are presumed innocent (``The presumption
        # of innocence applies until a final judgment.``)
        guesses.append(Guess("notice", COMBINATION, "presumption of innocence"))
    if label is not None:
        guesses.append(Guess("furniture", PAGE_NOTE, label))
    elif not guesses and _affiliate_note(body):
        # (a notice about the piece found first keeps its code: ``This page contains
        # affiliate links: …``)
        guesses.append(Guess("furniture", PAGE_NOTE, "affiliate disclosure"))
    elif line.size <= LEGAL_NOTE_WORDS and _LETTERS_RULE.search(body):
        # a letters page's rules (``Letters must not exceed 1,500 characters…``)
        guesses.append(Guess("furniture", PAGE_NOTE, "letters' rules"))
    elif line.size <= VERDICT_WORDS and (_SCORE_LABEL.match(body) or _PROS_CONS.search(body)):
        # a review's box: its score (``Note de la rédaction : 7,5/10``, ``Gesamtnote: gut
        # (2,1)``), or what the tester liked and did not (``Pros: … · Cons: …``)
        guesses.append(Guess("furniture", WHOLE_LINE, "review's verdict"))
    elif line.size <= FINE_ROW_WORDS:
        row = _row(text, line, body)
        if row is not None:
            guesses.append(Guess("furniture", WHOLE_LINE, row))


def _note(body: str, size: int) -> str | None:
    """The kind of note in ``body`` (a line of ``size`` words), if it is one."""
    if _NOT_ADVICE.search(body) and _PAGE_ITSELF.search(body):
        return "investment disclaimer"
    if _FORWARD_LOOKING.search(body) and _RELEASE_ITSELF.search(body):
        return "forward-looking statements"
    if (size <= DELAY_NOTE_WORDS and _DELAYED.search(body) and _DELAY_TERMS.search(body)
            and not _DELAY_AS_NEWS.search(body)):
        return "prices' delay"
    unofficial = _UNOFFICIAL.search(body)
    if (unofficial is not None and _LOTTERY.search(body)
            and _RESULTS.search(body, max(0, unofficial.start() - 60), unofficial.start())):
        return "results' disclaimer"
    if _AFFILIATE.search(body) and _COMMISSION.search(body) and _OURS.search(body):
        return "affiliate disclosure"
    if _PRICES_CHECKED.search(body) and _MAY_CHANGE.search(body):
        return "prices checked"
    return None


def _affiliate_note(body: str) -> bool:
    """In other words and languages than :func:`_note` reads: the page's links or its
    offers, and what the site earns on them (``Diese Seite enthält Affiliate-Links …
    erhalten wir eine Provision``, ``O site pode receber comissão por compras feitas por
    meio dos links``, ``We may receive a commission when you subscribe``)."""
    return bool(_COMMISSION_ANY.search(body) and _OURS_ANY.search(body)
                and (_LINKS.search(body) or _WE_EARN.search(body)) and not _TOLD.search(body))


def _row(text: str, line: Line, body: str) -> str | None:
    """The kind of row of widgets or details in ``body``, if it is one."""
    if _MARKET_BUTTON.search(body):
        return "market buttons"
    if _SECURITY_CODES.search(body) and not ends_sentence(text, line):
        return "security's codes"
    phone = _PHONE_AT_END.search(body)
    if (phone is not None and sum(map(str.isdigit, phone[1])) >= PHONE_DIGITS
            and any(mark in body[: phone.start()] for mark in _CONTACT_SEPARATORS)
            and ". " not in body[: phone.start()].replace("tel. ", "").replace("Tel. ", "")):
        return "press contact"
    return None


def _any(low: str, cues: tuple[str, ...]) -> bool:
    return any(cue in low for cue in cues)


# What each note's patterns need, as pieces of words (lower case): a cheap test.
_ADVICE = (("invest", "financ", "trading"), ("advice", "recommend", "guidance"))
_ADVICE_ALONE = ("constitute", "past performance", "total loss", "no constituye",
                 "ne constitue pas", "non costituisce", "stellt keine", "não constitui",
                 "anlageberatung")
_FORWARD = ("forward-looking", "forward looking", "prospectiv", "prospetiv", "previsional",
            "zukunftsgerichtet")
_DELAY = (("delay", "retraso", "diferid", "différé", "differita", "ritardat", "verzöger",
           "atraso"), ("price", "quot", "listing", "rates", "cotiza", "cotation", "cours",
                       "kurse", "cotaç"))
_DISCLAIMED = (("official", "oficial", "officiel", "ufficial", "amtlich", "responsibility",
                "information"), ("prize", "ticket", "draw", "lotter", "bet", "sorteo", "premio",
                                 "boleto", "tirage", "gains", "estrazion", "vincit", "ziehung",
                                 "gewinn", "sorteio", "prémio", "aposta"))
_CHECKED = (("checked", "consulted", "verified", "updated", "as of", "as at"),
            ("change", "vary", "varied", "without notice"))
_ROW = ("watch", "alert", "alarm", "isin", "wkn")
# A legal reminder's word, or a letters page's rule: the letter and its limit, or the
# paper's right to cut it (each half of :data:`_LETTERS_RULE`).
_LEGAL = ("innocen", "inocen", "inocên", "unschuld", "reserves the right", "se reserva el derecho",
          "si riserva", "se réserve le droit", "behält sich")
_LETTER = ("letter", "text", "carta", "lettre", "leserbrief", "zuschrift")
_LIMIT = ("exceed", "exceder", "superar", "dépasser", "überschreiten", "maximum", "máximo",
          "massimo")
_LIKED = ("pro", "plus", "forts", "aimé", "mejor", "vantaggi")
_DISLIKED = ("contra", "cons", "minus", "faibles", "moins aimé", "peor", "svantaggi", "deboli")
_SCORED = ("note", "nota", "rating", "score", "verdict", "bewertung", "voto", "valutazione",
           "puntuación", "calificación", "avaliação")
_EARNED = ("commission", "provision", "comiss", "comisi")
_EARNED_ON = ("link", "lien", "enlace", "affiliate", "we may", "nous pouvons", "erhalten wir",
              "we receive", "we earn")


def may_be_fine_print(low: str) -> bool:
    """Could the lower-cased line be fine print? (A cheap test for the screen: each note's
    two halves, or a short row's word or telephone number.)"""
    return (
        (_any(low, _ADVICE[0]) and _any(low, _ADVICE[1])) or _any(low, _ADVICE_ALONE)
        or _any(low, _FORWARD)
        or (_any(low, _DELAY[0]) and _any(low, _DELAY[1]))
        or (_any(low, _DISCLAIMED[0]) and _any(low, _DISCLAIMED[1]))
        or ("commission" in low and "link" in low)
        or (_any(low, _EARNED) and _any(low, _EARNED_ON))
        or (_any(low, _LIKED) and _any(low, _DISLIKED))
        or _any(low, _LEGAL) or (_any(low, _LETTER) and _any(low, _LIMIT))
        or (_any(low[:25], _SCORED) and ":" in low[:45] and any(map(str.isdigit, low[:60])))
        or ("price" in low and _any(low, _CHECKED[0]) and _any(low, _CHECKED[1]))
        or (low.count(" ") <= FINE_ROW_WORDS and (
            _any(low, _ROW) or sum(map(str.isdigit, low[-24:])) >= PHONE_DIGITS))
    )


__all__ = ["DELAY_NOTE_WORDS", "FINE_ROW_WORDS", "LEGAL_NOTE_WORDS", "PHONE_DIGITS",
           "VERDICT_WORDS", "fine_print", "may_be_fine_print"]
