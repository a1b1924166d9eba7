"""QF5xx, third round: the furniture of blogs and of sites that republish translated news.

Comment forms and their notices, links that skip to the content, copy
protection messages, rating widgets, ``by admin`` bylines, share and like
rows, category lines and rows of hashtags. Each shape is found (and removed
on request) in the languages such sites print it in, and article text that
shares its words stays. Every line is written for the project.
"""

from __future__ import annotations

import pytest
from test_boilerplate_kinds import (
    AFTER,
    BEFORE,
    article,
    assert_left_alone,
    boilerplate,
    removed,
)

# (code, language, the boilerplate line)
FOUND = [
    # comment forms
    ("QF508", "en", "Leave a Reply"),
    ("QF508", "en", "Leave a Reply Cancel reply"),
    ("QF508", "en", "Comments are closed."),
    ("QF508", "en", "Your email address will not be published. Required fields are marked *"),
    ("QF508", "en", "This site uses Akismet to reduce spam."),
    ("QF508", "fr", "Laisser un commentaire"),
    ("QF508", "es", "Deja una respuesta"),
    ("QF508", "it", "Lascia un commento"),
    ("QF508", "de", "Schreibe einen Kommentar"),
    ("QF508", "pt", "Deixe um comentário"),
    ("QF508", "es", "Tu dirección de correo electrónico no será publicada."),
    ("QF508", "de", "Deine E-Mail-Adresse wird nicht veröffentlicht."),
    # links to the content, protection, ratings, bylines, share rows
    ("QF508", "en", "Skip to content"),
    ("QF508", "en", "Press \"Enter\" to skip to content"),
    ("QF508", "fr", "Aller au contenu"),
    ("QF508", "de", "Zum Inhalt springen"),
    ("QF508", "pt", "Pular para o conteúdo"),
    ("QF508", "en", "error: Content is protected !!"),
    ("QF508", "en", "Rate this post"),
    ("QF508", "en", "by admin"),
    ("QF508", "en", "Share this:"),
    ("QF508", "en", "Like this:"),
    ("QF508", "en", "Related posts:"),
    # categories and hashtags
    ("QF508", "en", "Category: Politics"),
    ("QF508", "it", "Categoria: Cronaca"),
    ("QF508", "en", "Filed under: Economy, Housing"),
    ("QF508", "en", "#Strike #Milan #Transport"),
    ("QF508", "es", "#Huelga #Sevilla #Metro"),
]

LEFT_ALONE = [
    ("en", "Leave a reply to the council by Friday if you want the bus stop to stay."),
    ("en", "Comments are closed for now, the minister's office said, until the audit ends."),
    ("en", "Rate this year's harvest as average, the growers' union advised its members."),
    ("en", "By admission of the police, the march was larger than in May."),
    ("en", "Category three storms are rare this far north, forecasters said."),
    ("en", "Share this week's figures with the schools, the mayor told his staff."),
    ("en", "Skip the queue at the museum by booking online, the city now advises."),
    ("en", "The hashtag #StrikeMilan trended for two days after the walkout."),
    ("it", "Lascia un commento amaro il sindaco dopo la bocciatura del bilancio."),
    ("fr", "Aller au contenu du rapport, c'est découvrir trois années de retards."),
]


@pytest.mark.parametrize(("code", "language", "line"), FOUND)
def test_line_is_found_and_removed_on_request(code: str, language: str, line: str) -> None:
    text = article(language, line)
    found = boilerplate(text, language)
    assert [f.code for f in found] == [code]
    assert line.startswith(text[found[0].start : found[0].end])
    fixed = removed(text, language)
    assert fixed == f"{BEFORE[language]}\n\n{AFTER[language]}"


@pytest.mark.parametrize(("language", "line"), LEFT_ALONE)
def test_look_alike_is_left_alone(language: str, line: str) -> None:
    assert_left_alone(language, line)
