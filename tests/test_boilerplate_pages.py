"""QF5xx: a sports site's trail, a machine's translation told of the text, a reporter's
byline with where they filed from, a row that only says when the page was published,
lists of other headlines led by a single chevron (``›``), a court page's reminder of the
presumption of innocence, a letters page's rules and an opinion piece's disclaimer.

Each is found (and removed on request); news that shares its words stays. Every line
is written for the project.
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
    # a sports site's trail: the sport, or a competition and its round
    ("QF508", "en", "Tennis | Porthaven Open"),
    ("QF508", "en", "Cycling > Tour of the Valleys 2025"),
    ("QF508", "en", "Serie B › 31st day"),
    ("QF508", "en", "2. Bundesliga | 12th matchday"),
    ("QF508", "en", "Motorsport › 12 Hours of the Coast"),
    ("QF508", "en", "Basketball · easyLeague Cup"),
    ("QF508", "es", "Baloncesto | Liga Endesa"),
    # a machine's translation, told of the text or said first
    ("QF506", "en", "The text of the story was translated into English automatically. "
                    "Original in Ukrainian"),
    ("QF506", "en", "The translation was made automatically. Original in Polish."),
    ("QF506", "en", "Translated from Czech automatically. The original text is on the "
                    "Czech version of the site."),
    ("QF506", "en", "The news was translated from Kazakh by a neural network."),
    # a byline with the place the reporter filed from
    ("QF508", "en", "By Colette Marchal, in Brest"),
    ("QF508", "en", "By Duarte Lemos, from Belo Horizonte"),
    # a row that says when the page was published, and by whom
    ("QF508", "en", "Published at 08:12 | by Aitana Ferrer"),
    ("QF508", "en", "The Sports Desk with AFP | Published on 14/09/2025 at 21:40"),
    ("QF508", "en", "Online · updated 10:05"),
    ("QF508", "en", "The essentials · Updated at 18:30"),
    # whole-line furniture of sports and subscription pages
    ("QF508", "en", "Play the video"),
    ("QF508", "en", "The video is no longer available"),
    ("QF508", "en", "Reuse this content"),
    ("QF508", "it", "Sei già abbonato? Accedi"),
    # a court page's reminder that the accused are presumed innocent
    ("QF506", "en", "The presumption of innocence applies until a final judgment."),
    ("QF506", "en", "The verdict is not final. Both defendants remain presumed innocent until "
                    "the appeal is heard."),
    ("QF506", "fr", "Pour rappel, toute personne mise en cause est présumée innocente tant que "
                    "sa culpabilité n'a pas été établie."),
    # a letters page's rules, and an opinion piece's disclaimer
    ("QF508", "en", "Letters must not exceed 1,200 characters and must carry the writer's full "
                    "name and town."),
    ("QF508", "es", "Las cartas no deben superar las 200 palabras. El diario se reserva el "
                    "derecho de resumirlas."),
    ("QF508", "en", "The opinions published in this section engage only their authors."),
]

LEFT_ALONE = [
    # a sport as a headline's kicker is news
    ("en", "Handball: Porthaven secures promotion with a derby win in Eastmoor"),
    ("de", "Radsport: Lena Kroll gewinnt die dritte Etappe im Schwarzwald"),
    # results and a lottery's draw are no trail
    ("en", "Porthaven 2-1 Eastmoor | Northcliff 0-0 Westby"),
    ("en", "Complementary: 31 · Refund: 2 · Joker: 5 207 118"),
    # a translation told as news
    ("en", "The text of the treaty was translated into French and German."),
    ("en", "Translated into twelve languages, the novel sold two million copies."),
    ("en", "The article was translated into French and German for the summit."),
    # a byline's shape inside a sentence, a time in a fixture
    ("en", "By Colette Marchal, in Brest, the union's leader was elected on Monday."),
    ("en", "Kick-off at 21:00 | Stade de la Mer"),
    # the presumption of innocence, a length limit told as news
    ("en", "His lawyer recalled that the presumption of innocence applies to his client."),
    ("en", "The new rules say public tenders must not exceed 40 million euros, the ministry "
           "said."),
]


@pytest.mark.parametrize(("code", "language", "line"), FOUND)
def test_line_is_found_and_removed_on_request(code: str, language: str, line: str) -> None:
    assert_found_and_removed(code, language, line, line)


def test_who_held_the_interview_is_a_credit() -> None:
    # The label is marked; the name after it goes with the line.
    assert_found_and_removed("QF505", "de", "Das Gespräch führte Jonas Wegmann.",
                             "Das Gespräch führte")


@pytest.mark.parametrize(("language", "line"), LEFT_ALONE)
def test_look_alike_is_left_alone(language: str, line: str) -> None:
    assert_left_alone(language, line)


@pytest.mark.parametrize("chevron", ["›", "❯", "▹"])
def test_headlines_led_by_a_single_chevron_go_with_their_list(chevron: str) -> None:
    items = [f"{chevron} Porthaven renews its captain until 2028",
             f"{chevron} Eastmoor will play its next match behind closed doors"]
    text = "\n".join([BEFORE["en"], AFTER["en"], "MORE FROM THE LEAGUE", *items])
    found = boilerplate(text, "en")
    assert {text[f.start : f.end] for f in found} >= set(items)
    assert removed(text, "en") == "\n".join([BEFORE["en"], AFTER["en"]])


def test_an_article_list_led_by_chevrons_after_a_colon_stays() -> None:
    # The article announces its own list: its items are no links to other stories.
    lead = "The council listed the three works planned for the summer:"
    items = ["› Repairs to the harbour wall", "› A new cycle lane on the seafront",
             "› Two more buses on the night line"]
    text = "\n".join([BEFORE["en"], lead, *items, AFTER["en"]])
    assert boilerplate(text, "en") == []
