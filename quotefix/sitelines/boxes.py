"""The page's boxes around the article: its comment box, its offer of alerts, its
subscriber wall's offer.

``Want to comment? Log in or create an account``, ``The comments are moderated``,
``Comentários desativados para esta notícia``, ``Kommentare sind nur für registrierte
Nutzer möglich``: the comment box's text copied with the article. Each names the
comments early in the line and a thing only a comment box has (being registered or
logged in, an account, moderation, the rules of taking part, the box being closed).
News of comments names who said or did what: a verb of saying keeps the line. An
offer of alerts names them with the call to turn them on (``Activate the notifications
to stay updated``).
"""

from __future__ import annotations

import regex

from ..lazy import LazyPattern
from .guess import Guess
from .lines import PAST_AUXILIARIES, REPORTING, Line
from .tuning import COMBINATION

#: Most words of a comment box's line, and how early its comments are named.
COMMENT_BOX_WORDS = 30
COMMENT_WORD_AT = 6
COMMENT_WORDS = frozenset({
    "comment", "comments", "commenting", "commentaire", "commentaires", "commenter",
    "comentario", "comentarios", "comentar", "comentário", "comentários", "commento",
    "commenti", "commentare", "kommentar", "kommentare", "kommentieren", "kommentarfunktion",
    "posting", "postings", "forum",
})
# What only a comment box has: the reader's account and login, moderation, the rules of
# taking part, the box closed for this article.
_BOX_WORDS = frozenset({
    "registered", "register", "registration", "login", "log", "account", "subscription",
    "subscribers", "moderated", "moderation", "netiquette", "participation", "identify",
    "disabled", "deactivated", "rules", "responsibility", "guidelines",
    "inscrit", "inscrits", "connecté", "connectés", "compte", "abonnés", "modérés",
    "modération", "charte", "désactivés", "fermés", "responsabilité",
    "registrado", "registrados", "regístrate", "registrarte", "identifícate", "cuenta",
    "suscriptores", "moderados", "normas", "desactivados", "cerrados", "responsabilidad",
    "registrato", "registrati", "registrarsi", "accedi", "abbonati", "moderati",
    "moderazione", "regolamento", "disattivati", "chiusi", "responsabilità",
    "registriert", "registrierte", "anmelden", "eingeloggt", "konto", "abonnenten",
    "moderiert", "netikette", "deaktiviert", "geschlossen", "verantwortung", "richtlinien",
    "registado", "registados", "conta", "assinantes", "desativados", "responsabilidade",
    "encerrados",
})
# Somebody's comments: the word after them names whose (``The comments of the minister``).
_WHOSE = frozenset({"of", "by", "from", "de", "del", "des", "di", "della", "dei", "von",
                    "do", "da", "dos", "das"})


def comment_box(text: str, line: Line, guesses: list[Guess]) -> None:
    """The comment box's rules or gate: the comments named in the line's first words
    (nobody's), a word only the box has, no verb of saying or of the past, no
    quotation."""
    if not 2 <= line.size <= COMMENT_BOX_WORDS or line.quoted:
        return
    lowers = line.lowers
    at = next((k for k, w in enumerate(lowers[:COMMENT_WORD_AT]) if w in COMMENT_WORDS), None)
    if at is None or (at + 1 < len(lowers) and lowers[at + 1] in _WHOSE):
        return  # (``The comments of the minister…``: somebody's, in the news)
    words = set(lowers)
    # (a past is news, unless of the box of this very article: ``The comment function
    # for this article has been deactivated``)
    this_article = not _THIS.isdisjoint(words) and not _ARTICLE.isdisjoint(words)
    if words.isdisjoint(_BOX_WORDS) or not (words.isdisjoint(REPORTING) and (
            this_article or words.isdisjoint(PAST_AUXILIARIES))):
        return
    guesses.append(Guess("furniture", COMBINATION, "comment box"))


_THIS = frozenset({"this", "diesen", "diesem", "dieser", "cet", "este", "esta", "questo",
                   "quest", "neste", "nesta"})
_ARTICLE = frozenset({"article", "artikel", "beitrag", "artículo", "articolo", "artigo",
                      "notícia", "noticia", "story"})


# A page's offer of alerts: the alerts named, and the button or the call to turn them on.
_ALERT_WORDS = frozenset({
    "notifications", "notification", "alerts", "alert", "push", "alertes", "notificaciones",
    "alertas", "avisos", "notifiche", "avvisi", "benachrichtigungen", "mitteilungen",
    "eilmeldungen", "notificações",
})
_ALERT_CALLS = frozenset({
    "activate", "enable", "receive", "turn", "sign", "allow", "subscribe", "activer",
    "activez", "recevez", "recevoir", "activa", "activar", "recibe", "recibir", "attiva",
    "attivare", "ricevi", "ricevere", "aktivieren", "aktiviere", "erhalten", "ative", "ativar",
    "receba", "receber",
})
#: Most words of an offer of alerts.
ALERT_BOX_WORDS = 20


def may_be_alerts(low: str) -> bool:
    """Could the lower-cased line offer alerts (the first look of :mod:`.screen`)?"""
    return not _ALERT_WORDS.isdisjoint(t.strip(".,;:!?()") for t in low.split())


def _calls_after(body: str, at: int, words: int) -> bool:
    """Is one of the first ``words`` words after ``body[at]`` a call to turn alerts on?"""
    return not _ALERT_CALLS.isdisjoint(
        w.lower().strip(".,;:!") for w in body[at + 1 :].split()[:words])


def alerts_box(text: str, line: Line, guesses: list[Guess]) -> None:
    """``Activate the notifications to stay updated``, ``Receive the JN alerts
    Activate``: alerts and the call to turn them on, in a short line that tells no news
    (no verb of saying or of the past, no quotation)."""
    if not 2 <= line.size <= ALERT_BOX_WORDS or line.quoted:
        return
    words = set(line.lowers)
    if (words.isdisjoint(_ALERT_WORDS) or words.isdisjoint(_ALERT_CALLS)
            or not words.isdisjoint(REPORTING) or not words.isdisjoint(PAST_AUXILIARIES)):
        return
    body = text[line.body : line.end].rstrip()
    colon = body.find(":")
    after_colon = 0 <= colon < len(body) - 1 and _calls_after(body, colon, 1)
    if 0 <= colon < len(body) - 1 and not after_colon:
        return  # a headline about a service (``Receive flood alerts: the region's new…``)
    asked = body.find("?")
    if (line.lowers[0] not in _ALERT_CALLS and line.lowers[-1] not in _ALERT_CALLS
            and not after_colon and not (0 < asked < len(body) - 1
                                         and _calls_after(body, asked, 2))):
        # the call opens the line, closes it as a button, answers a question or follows
        # a colon (``Get the alerts on your phone: activate the notifications``)
        return
    guesses.append(Guess("furniture", COMBINATION, "offer of alerts"))


# A subscriber wall's offer: the subscription or the rest of the article, its price, and
# the reader asked (``Read the full article now with WZ-Plus – first month for 0.99
# euros``, ``Para continuar a ler, assine … a partir de 3,50 euros por mês``).
_SUBSCRIPTION = frozenset({
    "subscribe", "subscribing", "subscription", "subscriber", "subscribers", "abonnez",
    "abonnement", "abonné", "abonnés", "abonner", "suscríbete", "suscribirte",
    "suscripción", "suscriptor", "suscriptores", "abbonati", "abbonamento", "abbonarsi",
    "abonnieren", "abo", "abonnent", "abonnenten", "assine", "assinar",
    "assinatura", "assinante", "assinantes",
})
_MORE_TO_READ = LazyPattern(
    r"(?i:full[ \t]+article|continue[ \t]+reading|read[ \t]+more|read[ \t]+the[ \t]+rest"
    r"|to[ \t]+continue|lire[ \t]+la[ \t]+suite|continuer[ \t]+à[ \t]+lire|seguir[ \t]+leyendo"
    r"|continuar[ \t]+leyendo|continuare[ \t]+a[ \t]+leggere|weiterlesen|continuar[ \t]+a[ \t]+ler"
    r"|continue[ \t]+a[ \t]+ler|ler[ \t]+mais)", regex.VERSION1)
_PRICE = LazyPattern(
    r"(?<![\p{L}\d])\d+(?:[.,]\d{1,2})?[ \t]*(?:€|(?i:euros?|eur|cents?|centimes|céntimos"
    r"|cêntimos|centesimi|rubles?|reais))(?![\p{L}])|(?:€|R\$|US\$|\$|£)[ \t]*\d",
    regex.VERSION1)
_OFFER_CALLS = frozenset({
    "subscribe", "read", "continue", "try", "get", "join", "become", "enjoy", "discover",
    "abonnez", "lisez", "profitez", "découvrez", "suscríbete", "lee", "aprovecha",
    "abbonati", "leggi", "approfitta", "abonnieren", "lesen", "sichern", "testen", "assine",
    "leia", "aproveite",
})
_YOU = frozenset({"you", "your", "vous", "votre", "tu", "te", "ti", "sie", "ihr", "você", "si"})
#: Most words of a subscriber wall's offer.
OFFER_WORDS = 40


def may_be_offer(line: str) -> bool:
    """Could the line be a subscriber wall's offer (the first look of :mod:`.screen`)?"""
    return _PRICE.search(line) is not None


def _opens_clause(text: str, line: Line, k: int) -> bool:
    """Does word ``k`` open the line, or a clause after a comma, colon, full stop or dash?"""
    if k == 0:
        return True
    gap = text[line.words[k - 1][1] : line.words[k][0]].strip()
    return bool(gap) and gap[-1] in ",;:.–—-"


def paywall_offer(text: str, line: Line, guesses: list[Guess]) -> None:
    """The subscription or the rest of the article, a price, and the reader asked (an
    imperative, "you", or a question): the subscriber wall's offer. News of prices says
    who raised them, in the past or with a verb of saying."""
    if not 4 <= line.size <= OFFER_WORDS or line.quoted:
        return
    words = set(line.lowers)
    if not words.isdisjoint(REPORTING) or not words.isdisjoint(PAST_AUXILIARIES):
        return
    body = text[line.body : line.end]
    if _PRICE.search(body) is None:
        return
    more = _MORE_TO_READ.search(body) is not None  # (the rest of the article: a call)
    if words.isdisjoint(_SUBSCRIPTION) and not more:
        return
    if not more and words.isdisjoint(_YOU) and "?" not in body and not any(
            lower in _OFFER_CALLS and _opens_clause(text, line, k)
            for k, lower in enumerate(line.lowers)):
        return  # (an imperative opens the line or one of its clauses)
    guesses.append(Guess("newsletter", COMBINATION, "subscriber wall's offer"))


__all__ = [
    "ALERT_BOX_WORDS", "COMMENT_BOX_WORDS", "COMMENT_WORDS", "OFFER_WORDS", "alerts_box",
    "comment_box", "may_be_alerts", "may_be_offer", "paywall_offer",
]
