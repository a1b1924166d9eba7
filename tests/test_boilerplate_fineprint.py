"""QF5xx: the fine print of market, shopping and lottery pages, live and broadcast pages.

Investment disclaimers, a press release's forward-looking statements, the prices'
delay, a lottery page disclaiming its results, affiliate disclosures, market buttons,
press contacts and a security's codes (:mod:`quotefix.sitelines.fineprint`); a live
blog's clock in more of its forms; maps, charts, recipe cards and comment invitations;
a station's plug, a crew written with ``by``, readers' reactions, a regional agency's
header; a wall or an app plug in the middle of an article, which speaks to its reader. Each is
found (and removed on request), and news that shares its words stays. Every line is
written for the project.
"""

from __future__ import annotations

import pytest
from test_boilerplate_kinds import (
    AFTER,
    BEFORE,
    assert_found_and_removed,
    assert_left_alone,
    boilerplate,
    removed,
)

# (code, language, the boilerplate line)
FOUND = [
    # investment disclaimers
    ("QF508", "en", "Disclaimer: The figures published here do not constitute investment advice. "
                    "Past performance is no guarantee of future returns."),
    ("QF508", "en", "This analysis does not constitute a recommendation to buy or sell shares."),
    ("QF508", "en", "Notice: the author may hold positions in the companies named. No investment "
                    "advice."),
    ("QF508", "es", "Este contenido no constituye una recomendación de inversión."),
    # a press release's warning
    ("QF508", "en", "This press release contains forward-looking statements that involve risks "
                    "and uncertainties beyond the control of the group."),
    ("QF508", "en", "Forward-looking statements: the projections below are not guarantees of "
                    "future results."),
    # the prices' delay
    ("QF508", "en", "Quotes delayed by 15 minutes"),
    ("QF508", "en", "Market prices with a 20-minute delay. All figures indicative."),
    ("QF508", "de", "Kurse mit 15 Minuten verzögert, ohne Gewähr"),
    # a lottery page disclaiming its results
    ("QF508", "en", "The numbers shown are not official: check your ticket against the operator's "
                    "list before claiming a prize."),
    # affiliate disclosures and price checks
    ("QF508", "en", "We may earn a commission when you buy through the links in this article."),
    ("QF508", "en", "Prices checked on 2 May at 8 am; they may have changed since."),
    # market buttons, press contacts, a security's codes
    ("QF508", "en", "+ Add Eurostoxx to your watchlist"),
    ("QF508", "en", "Create a price alert for Brent"),
    ("QF508", "en", "Press contact: Agence Sillon – Lucie Marchal – +33 2 98 41 22 70"),
    ("QF508", "en", "Harbourline Shipping SE | WKN: HB2L04 | ISIN: DE000HB2L041"),
    # a live blog's clock
    ("QF508", "en", "9:42 a.m."),
    ("QF508", "en", "h 18:05"),
    ("QF508", "fr", "21h17"),
    # maps, charts, recipe cards, comment invitations, search boxes
    ("QF508", "en", "[Map] Flood warnings by district — tap to enlarge"),
    ("QF508", "en", "🖨 Print recipe | ♡ Save in my recipes"),
    ("QF508", "en", "Did you make this recipe? Tell us in the comments below."),
    ("QF508", "en", "Find your town's results in our search engine"),
    # a station's plug, a crew written with "by", readers' reactions, a longer rating
    ("QF508", "en", "Listen to Radio Vale Verde on 94.3 FM and on our app, 24 hours a day"),
    ("QF508", "en", "Radio Costa — 101.8 FM Faro | 99.2 FM Lagos"),
    ("QF505", "en", "Report by Ana Lobo, with images by Rui Teixeira"),
    ("QF505", "en", "Presented by Marta Ruiz | Direction: Pablo Gil"),
    ("QF508", "en", "Reactions: 😡 12 · 😢 4 · 👍 31"),
    ("QF508", "en", "Rate this recipe: ★★★★☆ (4.1 out of 5, 52 votes)"),
    ("QF508", "en", "*Prices as of 03.04.2025, 09:14 a.m. Prices may have changed since."),
    # a regional agency's header, its name in quotation marks
    ("QF506", "en", 'Tomsk, March 14, 2024 — "Sibir-Inform" Agency'),
    ("QF506", "en", 'IA "Volga-Press", 14.03.2024'),
    # source-language plugs of local sites
    ("QF508", "it", "Valle Sera è anche su Telegram: unisciti al canale"),
    ("QF508", "pt", "Receba as notícias da região no telemóvel. Descarregue gratuitamente."),
    ("QF508", "de", "Neuigkeiten aus Ihrem Verein? Schreiben Sie der Lokalredaktion."),
]

LEFT_ALONE = [
    # news that quotes a regulator on advice, or disclaims nothing of the page's own
    ("en", "The regulator said the videos did not constitute investment advice under the law "
           "and closed its inquiry into the two presenters."),
    ("en", "The results are not official until the electoral commission publishes them on "
           "Monday, the prefect said."),
    ("en", "Creators who earn a commission when followers buy through their links must say so, "
           "the consumer authority ruled."),
    # delays that happened, told as news
    ("en", "Trading on the exchange was delayed by 15 minutes on Tuesday after a fault."),
    ("en", "Technical fault: prices on the exchange delayed by more than 15 minutes"),
    ("en", "Trains were delayed by up to 40 minutes between Lyon and Grenoble."),
    # a watchlist and a telephone number in a sentence
    ("en", "The minister added the firm to the regulator's watchlist last year."),
    ("en", "Anyone with information is asked to call the police on 0800 555 111."),
    # a station in the news, a title in a listing, "by" in a headline
    ("en", "The station, which broadcasts on 97.4 FM, was fined by the regulator on Tuesday."),
    ("en", "Radio Lumière moves to 98.2 FM after thirty years on the same frequency"),
    ("es", "Viernes 12: «Alcarràs», en versión original."),
    ("en", "Man bitten by dog in the park of the castle"),
    # figures that are news, not a clock
    ("en", "3.5"),
    # a chart's word as a subject
    ("en", "The graph shows a steady fall in stored water since May."),
]


@pytest.mark.parametrize(("code", "language", "line"), FOUND)
def test_line_is_found_and_removed_on_request(code: str, language: str, line: str) -> None:
    assert_found_and_removed(code, language, line, line)


# (code, language, line, the label marked): a label opening the line is marked, and the
# whole line goes.
LABELLED = [
    ("QF508", "en", "Interactive map: the ski lifts open this weekend. Tap a resort for details.",
     "Interactive map:"),
    ("QF505", "en", "Data: regional air quality agency, 6 pm readings", "Data:"),
    ("QF505", "en", "Map: newsroom | Data: national weather service", "Map:"),
]


@pytest.mark.parametrize(("code", "language", "line", "marked"), LABELLED)
def test_labelled_line_is_found_and_removed(code: str, language: str, line: str,
                                            marked: str) -> None:
    assert_found_and_removed(code, language, line, marked)


@pytest.mark.parametrize(("language", "line"), LEFT_ALONE)
def test_look_alike_is_left_alone(language: str, line: str) -> None:
    assert_left_alone(language, line)


WALL = "This story is reserved for our subscribers. Already a subscriber? Sign in here"


def _middle(line: str) -> str:
    # A headline and two paragraphs above, four below: the line is in the middle of the
    # article, where no edge adds to its evidence.
    return "\n\n".join([
        "Harbour works to start in the spring", BEFORE["en"],
        "The harbour master said the quays would stay open to fishing boats.", line,
        AFTER["en"], "The works will last two years, the council added.",
        "A public meeting on the plans is set for the end of the month.",
        "The ferry company said its timetable would not change."])


def test_a_wall_in_the_middle_is_found_because_it_speaks_to_its_reader() -> None:
    text = _middle(WALL)
    assert [(f.code, text[f.start : f.end]) for f in boilerplate(text, "en")] == [
        ("QF502", WALL)]


def test_the_same_words_in_a_quotation_are_left_alone() -> None:
    # Somebody's words: the quotation marks take the bonus of the page's voice away.
    line = ('The editor wrote: "This story is reserved for our subscribers, and the '
            'others will read it next week."')
    assert boilerplate(_middle(line), "en") == []


def test_an_info_box_at_the_foot_stays_when_the_page_below_it_goes() -> None:
    # Opening hours and a requirement under a heading, then the site's furniture: the
    # box is the article's, not a list of other headlines.
    body = ("La asociación repartirá el sábado 300 kits de ahorro energético en su local de "
            "la calle Mayor, con bombillas y burletes para los vecinos que lo pidan.")
    box = ["Horario del reparto", "Sábado, de 10.00 a 14.00 horas",
           "Es necesario presentar el DNI y una factura de la luz"]
    page = ["Te puede interesar", "El tranvía vuelve al debate en el Ayuntamiento",
            "Abre el nuevo centro de salud del barrio tras dos años de obras"]
    text = "\n".join([body, *box, *page])
    assert removed(text, "es") == "\n".join([body, *box])
