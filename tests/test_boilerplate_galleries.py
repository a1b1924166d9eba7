"""QF5xx: galleries, podcasts and the page's walls.

A gallery's counter alone on its line and its next/previous links, a podcast's or a
video's crew, cookie banners, error-report and share invitations, subscriber walls,
opinion disclaimers, gambling warnings, external-content notices, a live page's
refresh link, a rail of the day's news. Each is found (and removed on request), and
article text that shares its words or its figures stays. Every line is written for
the project.
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
    # a gallery's counter and links
    ("QF508", "en", "1 of 16"),
    ("QF508", "en", "3 / 12"),
    ("QF508", "es", "02/20"),
    ("QF508", "es", "4 de 9"),
    ("QF508", "en", "Next gallery »"),
    ("QF508", "fr", "Galerie suivante"),
    ("QF508", "it", "Galleria successiva"),
    ("QF508", "en", "Swipe to discover every picture 2/12"),
    # a podcast's or a video's crew
    ("QF505", "en", "Production: Tomás Arrieta | Sound design: Julia Neves"),
    ("QF505", "en", "Script and narration: Marta Soler · Editing: Pau Riera"),
    ("QF505", "en", "Presentation: Inês Carvalho. Production: Rui Lobo and Ana Sá"),
    # cookie banners
    ("QF508", "en", "We use cookies to improve your visit. By continuing you accept them. OK"),
    ("QF508", "en", "This site uses cookies. Read our privacy policy | I agree"),
    ("QF508", "fr", "Nous utilisons des cookies pour mesurer l'audience. Accepter"),
    ("QF508", "de", "Wir verwenden Cookies, um unsere Seite zu verbessern. Zustimmen"),
    # invitations, walls, disclaimers, warnings
    ("QF508", "en", "Did you find an error in the article? Tell the newsroom"),
    ("QF508", "en", "Were you interested in the article? Share it with a friend"),
    ("QF508", "en", "This report is available only to subscribers"),
    ("QF508", "en", "Transcript available for subscribers"),
    ("QF508", "en", "Opinion pieces are the sole responsibility of their authors."),
    ("QF508", "en", "Gambling can be dangerous: set yourself limits."),
    ("QF508", "en", "This clip contains content from an external provider. Allow it to play."),
    ("QF508", "en", "Saw something happen in your street? Send them to our WhatsApp"),
    ("QF508", "en", "Follow the podcast so you don't miss any episode"),
    ("QF508", "en", "Refresh the live"),
    ("QF509", "en", "All the news of the day"),
    # ratings and where to watch
    ("QF508", "en", "Our verdict: ★★★☆☆"),
    ("QF508", "en", "Place rating: 4.6 ★"),
    ("QF508", "en", "Where to watch it: every Sunday on the public channel"),
    ("QF508", "en", "Was this page useful? Yes No"),
    # the furniture of regional sites
    ("QF508", "en", "Jobs in the region: 240 offers near you, apply now"),
    ("QF508", "en", "Event calendar Lower Rhine: all markets and concerts this week"),
    ("QF508", "en", "Read the e-paper from 5 a.m. on your tablet"),
    ("QF508", "en", "Add our news skill to your smart speaker"),
    ("QF503", "en", "Buy it on Amazon for 19.90 euros"),
]

LEFT_ALONE = [
    # figures that are news, not a counter
    ("en", "Only 1 of 16 regional hospitals met the new waiting-time target last year."),
    ("en", "12/5"),
    # a fact box: roles with figures, not people
    ("en", "Production: 40,000 tonnes | Exports: 12,000 tonnes"),
    # sentences that use the words of the walls and the banners
    ("en", "The regulator fined a retailer whose site uses cookies to track children."),
    ("en", "Gambling can be dangerous for teenagers, the report warns, and calls for limits on "
           "advertising during matches and for a register of problem players."),
    ("en", "The podcast's hosts said they would follow the case until the verdict."),
    ("en", "The inn kept the Michelin star it won in 2019, the guide said on Monday, and two "
           "more restaurants in the valley received one."),
    ("en", "The regional job market is tight: employers in the district report 312 vacancies "
           "for nurses and carers, twice as many as a year ago."),
]


@pytest.mark.parametrize(("code", "language", "line"), FOUND)
def test_line_is_found_and_removed_on_request(code: str, language: str, line: str) -> None:
    assert_found_and_removed(code, language, line, line)


@pytest.mark.parametrize(("language", "line"), LEFT_ALONE)
def test_look_alike_is_left_alone(language: str, line: str) -> None:
    assert_left_alone(language, line)


# (language, line, the kicker marked): a podcast's label over its episode's headline
# is a kicker, and only the label goes.
KICKERS = [
    ("en", "Podcast | The quiet of the moors: who guards the water of the valley?", "Podcast |"),
    ("en", "PODCAST | The jeweller's case: twenty years without a culprit", "PODCAST |"),
]


@pytest.mark.parametrize(("language", "line", "marked"), KICKERS)
def test_podcast_label_over_a_headline_is_a_kicker(language: str, line: str,
                                                   marked: str) -> None:
    text = f"{line}\n\n{BEFORE[language]}\n\n{AFTER[language]}"
    found = boilerplate(text, language)
    assert [(f.code, text[f.start : f.end]) for f in found] == [("QF507", marked)]
    assert removed(text, language).startswith(line[len(marked) :].lstrip())


def test_a_fact_box_at_the_foot_stays_when_the_list_below_it_goes() -> None:
    # Once the list of the most read goes, the facts are the last lines: their heading
    # and items with a topic before a colon look like a list of headlines, but each
    # item gives a figure, not news.
    facts = ["Les chiffres à retenir", "Appartements anciens : 3 840 €/m² (−4,1 %)",
             "Maisons : 3 310 €/m² (−1,8 %)", "Délai moyen de vente : 97 jours"]
    most_read = ["Les plus lus", "1. Rennes : la ligne b du métro fermée ce week-end",
                 "2. Saint-Malo : les meublés de tourisme bientôt plafonnés",
                 "3. Un marché couvert rouvre ses portes à Cesson-Sévigné"]
    body = ("Le prix du mètre carré dans l'ancien a reculé de 4,1 % en un an à Rennes, selon "
            "les notaires, qui notent des délais de vente plus longs qu'en 2023.")
    text = "\n".join([body, *facts, *most_read])
    fixed = removed(text, "fr")
    assert fixed == "\n".join([body, *facts])
