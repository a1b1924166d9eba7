"""QF5xx: labels and notices no list names, found by the classes of their words.

A teaser label before a colon made of words that send the reader elsewhere; a
notice that names the piece and says it was translated or comes from a partner;
a partnership line; an opinion piece's disclaimer; a credit made of an agency and
a photo word; a page button alone; a one-word kicker before a bar at the top. Each
shape has lines worded as no label of the lexicon is, and look-alikes: news that
uses the same words and must stay.
"""

from __future__ import annotations

import pytest
from test_boilerplate_kinds import (
    AFTER,
    BEFORE,
    TARGETS,
    assert_found_and_removed,
    assert_left_alone,
)

import quotefix

# (code, language, a line worded as no label is, what the finding marks or None: the line)
FOUND = [
    # an unlisted teaser label before a colon and a headline
    ("QF501", "en", "Do not miss: Ten beaches where dogs are welcome", "Do not miss:"),
    ("QF501", "en", "We also recommend: How the tram extension will be paid for",
     "We also recommend:"),
    ("QF501", "fr", "À découvrir aussi : les marchés de Noël de la région",
     "À découvrir aussi :"),
    ("QF501", "es", "No te pierdas: Las rutas de senderismo más bonitas de Asturias",
     "No te pierdas:"),
    ("QF501", "it", "Scopri anche: Le spiagge libere della riviera", "Scopri anche:"),
    ("QF501", "de", "Passend dazu: So viel kostet das Deutschlandticket", "Passend dazu:"),
    ("QF501", "pt", "Confira também: As praias com bandeira azul este ano",
     "Confira também:"),
    # a notice naming the piece
    ("QF506", "en", "This story was translated by software and checked by an editor.", None),
    ("QF506", "fr", "Cet article nous a été transmis par notre partenaire Radio Bocage.", None),
    ("QF506", "es", "Esta información ha sido traducida automáticamente del gallego.", None),
    ("QF506", "it", "Questo contenuto è stato tradotto automaticamente dal francese.", None),
    ("QF506", "de", "Dieser Beitrag stammt von unserem Partner Radio Ems.", None),
    ("QF506", "pt", "Este conteúdo foi traduzido automaticamente do espanhol.", None),
    # a partnership line
    ("QF506", "en", "In cooperation with Radio Valle", None),
    ("QF506", "de", "In Zusammenarbeit mit dem Nordwest-Kurier", None),
    ("QF506", "it", "In collaborazione con Radio Lago", None),
    # an opinion piece's disclaimer
    ("QF508", "en", "The views expressed in this column are the responsibility of the writer.",
     None),
    ("QF508", "es", "Las opiniones expresadas en esta tribuna son responsabilidad de su autor.",
     None),
    # an agency and a credit word, a page button alone
    ("QF505", "en", "Reuters pictures", None),
    ("QF505", "fr", "Photo DR", None),
    ("QF508", "de", "Drucken", None),
    ("QF508", "en", "Copy the link", None),
]

# (language, a line at the top of the article, the kicker it holds)
KICKERS = [
    ("en", "URGENT | Snow closes the mountain pass above Bormio", "URGENT |"),
    ("de", "GLOSSE | Warum der Bahnhof immer noch keine Uhr hat", "GLOSSE |"),
    ("pt", "CRÓNICA | O último barbeiro da Baixa fecha as portas", "CRÓNICA |"),
    # on the first lines, a place or a topic over a spaced dash before a headline (a
    # dateline's paragraph ends as a sentence does: it is left alone below)
    ("es", "LISBOA - El Gobierno portugués aprueba el presupuesto", "LISBOA -"),
    ("en", "BAVARIA – Wolf sighted near Garmisch for the first time in years", "BAVARIA –"),
]

LEFT_ALONE = [
    # a colon after words of another kind, or a sentence after it
    ("en", "Watch out: the ice on the bridge is thicker than it looks"),
    ("en", "Read my lips and the budget: no new taxes, says the minister"),
    ("fr", "Voir Naples et mourir : le roman qui a lancé sa carrière."),
    ("es", "Aprobado el presupuesto: la oposición recurrirá ante el tribunal"),
    # the piece named with news after it, or a law's article, or a bill's text
    ("en", "This story began in 2001, when the first partner left the firm."),
    ("en", "This article of the treaty was translated into Basque in 1980."),
    ("fr", "Ce texte est issu d'un compromis entre les deux chambres."),
    ("es", "Este texto fue aprobado gracias a un acuerdo entre los partidos."),
    ("it", "Questo articolo della legge è stato modificato nel 2019."),
    ("de", "Dieser Text wurde von der Koalition übernommen und am Freitag beschlossen."),
    ("pt", "Tradução automática nos avisos do metro gera críticas de turistas"),
    # partnership and opinion words in news
    ("en", "With the cooperation of Spain, the operation succeeded."),
    ("it", "In collaborazione con le scuole, il comune pianta mille alberi."),
    ("en", "Opinion polls show the author of the law is responsible for the delay."),
    # an agency and a button word in news
    ("en", "Reuters pictures show the damage to the harbour wall."),
    ("de", "Drucken lassen kann man die Karten im Rathaus."),
]

# A word in capitals before a bar, a dash or a full stop that is a dateline or a topic.
HEADLINES_LEFT_ALONE = [
    ("en", "MADRID | The government approved the budget on Tuesday after a long night."),
    ("en", "PARIS. The council votes to close two schools"),
    ("en", "NY | Subway fares rise again in January"),
    ("es", "LISBOA - El Gobierno portugués aprueba el presupuesto en una sesión larga."),
]


@pytest.mark.parametrize(("code", "language", "line", "marked"), FOUND)
def test_unlisted_shape_is_found_and_removed(
    code: str, language: str, line: str, marked: str | None
) -> None:
    assert_found_and_removed(code, language, line, marked if marked is not None else line)


@pytest.mark.parametrize(("language", "line", "marked"), KICKERS)
def test_unlisted_kicker_before_a_bar(language: str, line: str, marked: str) -> None:
    text = f"{line}\n\n{BEFORE[language]}\n\n{AFTER[language]}"
    found = quotefix.check(text, target=TARGETS[language], select=["QF5"])
    assert [(f.code, text[f.start : f.end]) for f in found] == [("QF507", marked)]
    fixed = quotefix.fix(text, target=TARGETS[language], select=["QF5"],
                         remove_boilerplate=True).text
    assert fixed == f"{line[len(marked) + 1 :]}\n\n{BEFORE[language]}\n\n{AFTER[language]}"


@pytest.mark.parametrize(("language", "line"), LEFT_ALONE)
def test_look_alike_is_left_alone(language: str, line: str) -> None:
    assert_left_alone(language, line)


@pytest.mark.parametrize(("language", "line"), HEADLINES_LEFT_ALONE)
def test_dateline_or_topic_in_capitals_is_left_alone(language: str, line: str) -> None:
    text = f"{line}\n\n{BEFORE[language]}\n\n{AFTER[language]}"
    assert quotefix.check(text, target=TARGETS[language], select=["QF5"]) == []
