"""QF5xx: the page's boxes and the wire's own lines, in wordings no label list holds.

A comment box's rules, an offer of alerts, a wire's service row and its desk's code,
bylines run together with their dates, and notices about the print edition or the
machine translation: each is found between two clean paragraphs and removed on
request; news of comments, alerts, agencies and editions stays.
"""

from __future__ import annotations

import pytest
from test_boilerplate_kinds import (
    AFTER,
    BEFORE,
    article,
    assert_found_and_removed,
    assert_left_alone,
    boilerplate,
    removed,
)

FOUND = [
    # the comment box
    ("QF508", "en", "Wish to comment? Sign in with your account first."),
    ("QF508", "en", "Comments are moderated: insults and advertising will be removed."),
    ("QF508", "fr", "Les commentaires sont réservés aux abonnés. Connectez-vous."),
    ("QF508", "es", "Para comentar tienes que estar registrado. Identifícate o regístrate."),
    ("QF508", "it", "I commenti sono moderati e chiusi dopo tre giorni."),
    ("QF508", "de", "Kommentare sind nur für registrierte Nutzer möglich."),
    ("QF508", "pt", "Comentários desativados nesta notícia"),
    # an offer of alerts
    ("QF508", "en", "Turn on notifications and never miss a local story"),
    ("QF508", "en", "Don't want to miss anything? Activate the alerts"),
    ("QF508", "fr", "Activez les notifications pour suivre l'actualité de votre ville"),
    ("QF508", "pt", "Receba os alertas do Diário   Ativar"),
    ("QF508", "en", "Get the alerts of the Courier on your phone: activate the notifications"),
    # a wire's service row and its desk's code
    ("QF506", "en", "dpa regional service Lower Saxony. Ressort: Culture. Sent at 09:14"),
    ("QF506", "en", "EFE | Regional service | Section: Society | Distributed at 07:05"),
    ("QF506", "it", "ANSA - Notiziario regionale - Puglia/Cronaca - trasmesso 12:20"),
    ("QF505", "de", "(dpa/lnw)"),
    ("QF505", "en", "(APA/red)"),
    # bylines and time stamps run together
    ("QF508", "en", "Lena Hartmann. Published on 03/09/2024 at 08h15"),
    ("QF508", "en", "By Tomás Reyes Published on 11/02/2024 at 10:30, updated at 12:02"),
    ("QF508", "en", "Joana Prates, journalist · 4 Mar 2024, 18:20"),
    ("QF508", "fr", "Le 3 mars 2024 à 08h10, modifié le 4 mars 2024 à 11h45"),
    ("QF508", "it", "Il Giornale di Vicenza.it | 2 maggio 2024 alle 09:15"),
    # notices in wordings of their own
    ("QF506", "en", "This interview was published in the print edition of Sunday."),
    ("QF506", "es", "Esta crónica se publicó en la edición impresa del domingo."),
    ("QF506", "en", "The text was prepared on the basis of a translation from the Estonian "
                    "version of the portal."),
    # a subscriber wall's offer
    ("QF502", "en", "Keep reading the full article with Courier Plus: first month for 0.99 euros"),
    ("QF502", "en", "Want to read on? Subscribe today, the first three months at 1 euro a week"),
    ("QF502", "fr", "Pour lire la suite, abonnez-vous : 1 € le premier mois"),
    # a regional site's menu, its places among the sections
    ("QF508", "en", "Tomsk Online Politics Economy Incidents Sports Afisha 18+"),
    ("QF508", "en", "Main Latvia Riga Daugavpils Incidents World Sport"),
    # the site's terms for reusing its texts
    ("QF506", "en", "Full or partial use of materials is allowed only with the written "
                    "consent of the editorial office."),
    ("QF506", "en", "When quoting, a hyperlink to the agency is mandatory. Reprinting "
                    "without permission is prohibited."),
    # rows signed by the photographer or the author
    ("QF508", "en", "Text: Rita Lemos | Photo: Nuno Vaz | 3 September 2024"),
    ("QF508", "en", "02.10.2024, 09:15 · Author: Aliya Nurlanova · views 2 480"),
    # a comment box's disclaimer and a WordPress reply form
    ("QF508", "en", "Comments are the sole responsibility of their authors. Read the "
                    "community rules."),
    ("QF508", "en", "Leave a reply Cancel reply Your email address will not be published. "
                    "Required fields are marked *"),
    # tags under a label of themes
    ("QF508", "es", "Temas: Vivienda, Alquiler, Ayuntamiento de Valencia"),
]


@pytest.mark.parametrize(("code", "language", "line"), FOUND)
def test_box_is_found_and_removed_on_request(code: str, language: str, line: str) -> None:
    assert_found_and_removed(code, language, line)


LEFT_ALONE = [
    ("en", "Comments on the mayor's post were disabled after a wave of insults."),
    ("en", "The comments of the minister were moderated in tone by his advisers."),
    ("en", "Readers' comments must be moderated, the press council said on Monday."),
    ("es", "Los comentarios del alcalde fueron cerrados tras la polémica."),
    ("en", "Receive flood alerts on your phone: the region launches a new service"),
    ("en", "The agency will activate the alerts in the valley on Monday."),
    ("en", "Civil protection activated the red alert in three towns on Tuesday."),
    ("de", "Der Landkreis will die Warnungen künftig auch per Push verschicken."),
    ("en", "The agency's regional service in Sicily was closed at 17:48 on Friday."),
    ("en", "AP said its national service would resume at 10:00."),
    ("en", "The print edition of the paper will close in May after 140 years."),
    ("en", "Lisbon. On 12 March 2024 at 10:45 the ministers met in the Belém palace."),
    ("en", "The council met on 12 March 2024. Published figures show a rise in rents."),
    ("en", "Of Mice and Men returns to the Theatre Royal in October."),
    ("en", "The streaming service raised its subscription to 13 euros a month from March."),
    ("en", "Residents can subscribe to the new bike service for 20 euros a year."),
    ("en", "Subscribers will pay two euros more per month, the publisher said."),
    ("en", "The use of this vaccine is prohibited for children under five."),
    ("en", "The new law allows the use of the archive's content with the family's permission."),
    ("en", "The court ruled that the use of the materials without permission was unlawful."),
    ("de", "Anna Weber ist Journalistin und wurde 2019 in Zürich festgenommen, als sie über "
           "eine Demonstration berichtete."),
    ("en", "Politics, Economy and Society Shape the New Budget Debate"),
]


@pytest.mark.parametrize(("language", "line"), LEFT_ALONE)
def test_news_of_boxes_is_left_alone(language: str, line: str) -> None:
    assert_left_alone(language, line)


def test_a_place_and_its_section_over_the_headline_is_the_trail() -> None:
    text = ("Valencia > Housing\n"
            "The city will build 400 rental flats on the old rail yards\n"
            "The council approved the plan on Friday with the votes of every group.")
    found = boilerplate(text, "en")
    assert [(f.code, text[f.start : f.end]) for f in found] == [("QF508", "Valencia > Housing")]
    # deeper in the article, a place and a word of a section are the article's
    inside = ("The city will build 400 rental flats on the old rail yards\n"
              "The council approved the plan on Friday.\n"
              "Each party gave its reasons in a long debate.\n"
              "Valencia > Housing\n"
              "The first flats will be ready in 2027, the mayor said.")
    assert boilerplate(inside, "en") == []


def test_a_byline_rendered_with_of_over_the_article() -> None:
    text = ("of Chiara Bellini\n"
            "The ferry to the islands will run every hour from June\n"
            "The region approved the new timetable on Thursday.")
    found = boilerplate(text, "en")
    assert [(f.code, text[f.start : f.end]) for f in found] == [("QF508", "of Chiara Bellini")]


def test_an_authors_name_above_the_date_is_the_byline() -> None:
    lines = ["Marta Quintela Rocha",
             "14 March 2025 - 08:40",
             "The regional government will open two new health centres in the interior.",
             "Both will be staffed by family doctors from September."]
    text = "\n".join(lines)
    flagged = [line for line in lines if any(
        f.start < text.index(line) + len(line) and text.index(line) < f.end
        for f in boilerplate(text, "en"))]
    assert flagged == lines[:2]
    # a name alone above the article's own text is a heading or a list's item
    plain = "\n".join(["Marta Quintela Rocha", *lines[2:]])
    assert boilerplate(plain, "en") == []


def test_more_information_alone_heads_the_teaser_under_it() -> None:
    lines = ["The port will close the old ferry terminal in May.",
             "MORE INFORMATION",
             "Cruise arrivals break a record in the first quarter",
             "The new terminal will open in the autumn."]
    text = "\n".join(lines)
    marked = {text[f.start : f.end] for f in boilerplate(text, "en")}
    assert marked == set(lines[1:3])


def test_a_marker_in_another_script_glued_before_a_sentence() -> None:
    text = ("Fuel and wages pushed the fares up, the city administration explained. "
            "Реклама Deputies of the city council will discuss the tariffs on Friday.")
    found = boilerplate(article("en", text), "en")
    assert [(f.code, article("en", text)[f.start : f.end]) for f in found] == [
        ("QF503", "Реклама")]


def test_a_teaser_run_into_the_paragraph_without_a_space() -> None:
    line = ("Commuters from outside the city have long asked for a cheaper monthly pass."
            "Read more on the topic: How many people moved to the capital last year")
    text = article("en", line)
    found = boilerplate(text, "en")
    assert [f.code for f in found] == ["QF501"]
    assert text[found[0].start : found[0].end].startswith("Read more on the topic")
    assert "cheaper monthly pass." in removed(text, "en")
    assert "How many people" not in removed(text, "en")


AUTHOR_NOTES = [
    ("de", "Carla Brunner ist Redaktorin im Ressort Basel. Sie schreibt über Verkehr und "
           "Schulen. Folgen"),
    ("pt", "Tiago Serrano é jornalista da secção de Economia desde 2020. Acompanha a banca "
           "e os seguros. Seguir"),
    ("it", "Paolo Ferri. Giornalista, scrive di sanità e lavoro dal 2011. Segui"),
]


@pytest.mark.parametrize(("language", "note"), AUTHOR_NOTES)
def test_an_authors_note_at_the_foot_with_the_button_to_follow(language: str, note: str) -> None:
    text = f"{BEFORE[language]}\n\n{AFTER[language]}\n\n{note}"
    found = boilerplate(text, language)
    assert [(f.code, text[f.start : f.end]) for f in found] == [("QF508", note)]


def test_an_authors_name_above_the_bio_at_the_foot() -> None:
    body = ["The council approved the plan on Friday.", "The works will start in May."]
    bio = ["Inés Calatrava",
           "Journalist of the regional desk. Before, she worked in radio and for an agency."]
    text = "\n\n".join(body + bio)
    marked = [text[f.start : f.end] for f in boilerplate(text, "en")]
    assert marked == bio
    news = "\n\n".join([*body, "Inés Calatrava",
                        "Journalists of the region protested on Friday against the closure."])
    assert boilerplate(news, "en") == []


@pytest.mark.parametrize(("language", "line"), [
    ("pt", "Tópicos Lisboa Habitação Renda acessível Defesa"),
    ("it", "Tag: Bologna Concerti Estate Musica"),
    ("pt", "Newsletter Expresso Curto: as notícias essenciais do dia, todas as manhãs. "
           "Subscrever"),
    ("fr", "Ce contenu est bloqué car vous n'avez pas accepté les cookies."),
])
def test_tags_newsletters_and_blocked_content(language: str, line: str) -> None:
    text = article(language, line)
    found = boilerplate(text, language)
    assert len(found) == 1 and text[found[0].start : found[0].end] in line
    assert removed(text, language) == f"{BEFORE[language]}\n\n{AFTER[language]}"
