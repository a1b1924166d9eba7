"""QF5xx, second round: reading tools, dated bylines, notices of reproduction, bare agencies,
and the furniture of blogs and of sites that republish translated news.

Reading modes and font-size controls, audio versions, notification and
preferred-source promos, podcast promos, bylines with their publication
date, notices that an article was reproduced with permission or appeared in
print, an agency alone in brackets, French kickers before a spaced
guillemet, and the furniture of blogs and republishing sites (comment forms
and their notices, skip links, copy protection, ratings, ``by admin``, share
and like rows, category lines, rows of hashtags, breadcrumb trails, wire
slugs, comment form fields), and a photographer's credit without a label.
Each shape is found (and
removed on request) in the languages sites print it in, and article text
sharing its words stays. Every line is written for the project.
"""

from __future__ import annotations

import pytest
from test_boilerplate_kinds import (
    AFTER,
    BEFORE,
    TARGETS,
    article,
    assert_left_alone,
    boilerplate,
    removed,
)

import quotefix

# (code, language, the boilerplate line)
FOUND = [
    # reading tools
    ("QF508", "en", "Reading mode"),
    ("QF508", "en", "Reading mode: on"),
    ("QF508", "fr", "Mode lecture"),
    ("QF508", "es", "Modo lectura"),
    ("QF508", "it", "Modalità lettura"),
    ("QF508", "de", "Vorlesemodus"),
    ("QF508", "pt", "Modo de leitura"),
    ("QF508", "en", "Increase font size"),
    ("QF508", "en", "Font size: smaller larger"),
    ("QF508", "es", "Tamaño de letra"),
    ("QF508", "it", "Dimensione del testo"),
    ("QF508", "de", "Schriftgröße"),
    ("QF508", "pt", "Tamanho da letra"),
    ("QF508", "en", "Audio version of this article"),
    ("QF508", "fr", "Version audio de cet article"),
    # promos for notifications, search engines, podcasts, channels
    ("QF508", "en", "Turn on notifications from our app"),
    ("QF508", "en", "Make us your preferred source on Google"),
    ("QF508", "en", "Listen to our podcast on every platform"),
    ("QF508", "fr", "Suivez-nous sur Google Actualités"),
    ("QF508", "pt", "Siga-nos no Google Notícias"),
    ("QF508", "de", "Folgen Sie uns auf Google News"),
    ("QF508", "fr", "Soutenez une information indépendante : faites un don"),
    ("QF508", "en", "Give your opinion on this article"),
    # bylines with the publication date
    ("QF508", "en", "By Ana Costa, published on 14/05/2026 at 09:12, updated at 11:40"),
    ("QF508", "fr", "Par Julie Martin, publié le 12/03/2026 à 08h15"),
    ("QF508", "es", "Por Carlos Ruiz, actualizado el 03/04/2026 a las 12:30"),
    ("QF508", "it", "Di Marco Esposito, pubblicato il 10/06/2026 alle 07:45"),
    ("QF508", "de", "Von Anna Weber, veröffentlicht am 05.05.2026 um 10:15 Uhr"),
    ("QF508", "pt", "Por João Mendes, atualizado em 02/07/2026 às 18:20"),
    # reproduction and print notices
    ("QF506", "en", "This content is reproduced with the agreement of the publisher."),
    ("QF506", "en", "This article appeared in the print edition of 14 May."),
    ("QF506", "it", "Articolo apparso sull'edizione cartacea del 9 giugno"),
    ("QF506", "en",
     "Translation by our editorial staff with the help of an artificial intelligence tool"),
    ("QF506", "en", "Read the article in its original language"),
    ("QF506", "en", "Original version in French"),
    ("QF506", "en", "Article translated with DeepL"),
    ("QF506", "en", "Published in partnership with Rádio Norte"),
    ("QF506", "es", "Este artículo se publicó por primera vez en El Norte."),
    ("QF506", "pt", "Este texto foi publicado primeiro no Jornal de Braga."),
    # more tools and appeals
    ("QF508", "en", "Click to listen"),
    ("QF508", "en", "Enlarge image"),
    ("QF508", "en", "Send to a friend"),
    ("QF508", "en", "Article by Lena Vogt"),
    ("QF508", "en", "Last update: 12/03/2026 - 10:02"),
    ("QF508", "en", "If you value our work, consider a donation"),
    ("QF508", "es", "Añádenos a tus favoritos"),
    ("QF508", "de", "Jetzt anhören"),
    ("QF508", "it", "Ultimo aggiornamento: 10/06/2026 alle 09:15"),
    # credits with other labels
    ("QF505", "en", "Photography: Marta Gil"),
    ("QF505", "en", "Image credit: Getty Images"),
    ("QF505", "fr", "Texte et photos : Claire Dumas"),
    ("QF505", "pt", "Fontes: INE"),
    ("QF505", "en", "(with AFP)"),
    # an agency alone
    ("QF505", "en", "(dpa)"),
    ("QF505", "en", "AFP"),
    ("QF505", "pt", "Lusa"),
    # the furniture of blogs and of sites that republish translated news
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
    # breadcrumb trails, spaced or run together when the page was copied
    ("QF508", "en", "Home › World › Europe"),
    ("QF508", "en", "Home > Politics"),
    ("QF508", "en", "News » Regions » North Coast"),
    ("QF508", "en", "HomeEconomyMarketsEnergy"),
    ("QF508", "fr", "Accueil > Société > Éducation"),
    ("QF508", "es", "Inicio / Deportes / Baloncesto"),
    ("QF508", "it", "Home › Cronaca › Roma"),
    ("QF508", "de", "Startseite › Politik › Ausland"),
    ("QF508", "pt", "Início » Economia » Agricultura"),
    ("QF508", "en", "Rate this item (7 votes)"),
    ("QF508", "en", "Rate this item 1 2 3 4 5 (3 votes)"),
    # a wire service's transmission slug, a photo service's embed line
    ("QF506", "it", "ZCZC ANSA0458 4 CRO /R01 /ITA"),
    ("QF506", "en", "NNNN"),
    ("QF505", "en", "Embed from Getty Images"),
    # a photographer's credit without a label; comment forms
    ("QF505", "es", "Marta Ruiz / EFE"),
    ("QF505", "de", "Jonas Weber / dpa"),
    ("QF505", "fr", "AFP / Ludovic Marin"),
    ("QF505", "pt", "ANA PEREIRA (LUSA)"),
    ("QF505", "it", "Ciro Esposito | ANSA"),
    ("QF505", "de", "dpa/lhe"),
    ("QF505", "en", "Photographer: Marta Ruiz"),
    ("QF505", "en", "Photographs: Marta Ruiz and Jonas Weber"),
    ("QF508", "en", "Name *"),
    ("QF508", "en", "Email *"),
    ("QF508", "es", "Correo electrónico *"),
    ("QF508", "it", "Nome *"),
    ("QF508", "en", "Post comment"),
    ("QF508", "fr", "Publier le commentaire"),
    ("QF508", "en",
     "Save my name, email, and website in this browser for the next time I comment."),
    # bylines with their date, alone, and time stamps
    ("QF508", "en", "By Laura Méndez | Seville | 12 Feb 2024 - 06:30 CET"),
    ("QF508", "fr", "Par Claire Dubois Publié le 18 mars 2024 à 07h00 Lecture 4 min."),
    ("QF508", "es", "Por Martín Ledesma 14 de mayo de 2024"),
    ("QF508", "it", "di Giulia Serra 3 giugno 2024"),
    ("QF508", "it", "di Marco Ferri"),
    ("QF508", "pt", "Por Rita Fonseca | 23 junho 2024 às 12:01"),
    ("QF508", "de", "Von Jonas Weber, Freiburg | 04.06.2024, 18:20 Uhr"),
    ("QF508", "en", "12 June 2024 | 10:35"),
    ("QF508", "fr", "Mardi 4 juin 2024 à 18h20"),
    # developing-story, login and gift notices
    ("QF508", "en", "We are working to expand this information."),
    ("QF508", "es", "Para comentar tienes que iniciar sesión"),
    ("QF508", "it", "Notizia in aggiornamento"),
    ("QF508", "en", "Gift this article"),
    # continuation markers, teasers, lists of headlines
    ("QF503", "en", "Further after the advertising"),
    ("QF503", "es", "Seguir leyendo"),
    ("QF501", "fr", "À lire sur le sujet Phoques : les échouages en hausse sur les côtes"),
    # notes that the page was updated; signatures; downloads; cookie banners; widgets
    ("QF506", "en", "(Updated at 16:05 with the reaction of the owners' association)"),
    ("QF506", "es", "Noticia actualizada a las 14.20 horas con la fecha de inicio de las obras."),
    ("QF506", "fr", "Mis à jour à 16h05 avec la réaction du maire."),
    ("QF506", "de", "(Aktualisiert um 16.05 Uhr mit der Reaktion der Stadt)"),
    ("QF505", "de", "cop/dpa/AFP"),
    ("QF508", "de", "Pressemitteilung als PDF herunterladen (182 KB)"),
    ("QF508", "en", "We use cookies to improve your browsing experience. By continuing you"
                    " accept their use."),
    ("QF508", "es", "Utilizamos cookies propias y de terceros. Si continúa navegando,"
                    " consideramos que acepta su uso."),
    ("QF508", "pt", "Assista ao vídeo acima"),
    ("QF508", "en", "Last modification: 5 April 2024"),
    ("QF508", "en", "You still have 2 free articles this month. Subscribe for access to all"
                    " articles."),
    ("QF503", "it", "Il contenuto prosegue sotto"),
    ("QF503", "en", "PUBLICITY"),
    # what an extraction tool copies from a whole page
    ("QF508", "en", "Home Politics Economy Sports Culture Opinion Newspaper archive Subscribe"),
    ("QF508", "pt", "Menu Últimas Política Economia Desporto Cultura Opinião"),
    ("QF508", "en", "Should the old port be closed to cars? Yes No Without opinion Vote"),
    ("QF508", "pt", "Qual o nome que prefere para a nova ponte? Votar Ver resultados"),
    ("QF508", "en", "Comments (14) · Order by: most recent"),
    ("QF508", "it", "Commenti 27 | Ordina per: più votati"),
    ("QF508", "en", "Your browser does not support the playback of this video."),
    ("QF508", "en", "Play video 01:42"),
    ("QF508", "es", "Galería: 1 / 6"),
    ("QF508", "fr", "Télécharger sur l'App Store · Disponible sur Google Play"),
    ("QF508", "en", "Share on Facebook Share on X Send by mail Copy the link"),
    ("QF503", "en", "Sponsored content · Discover the new hybrid SUV"),
    ("QF506", "fr", "Rectificatif : une version précédente donnait une date fausse."),
    ("QF509", "en", "The most read"),
    # labels translated word for word
    ("QF505", "en", "Remarks collected by Lucie Morel"),
    ("QF505", "pt", "*Com informações da Agência Brasil"),
    ("QF508", "en", "Time of reading 2'"),
    ("QF508", "en", "Listen to the note"),
    ("QF508", "pt", "Ouvir esta notícia"),
    ("QF508", "en", "Follow us on our social networks"),
    ("QF503", "it", "ADV"),
    ("QF509", "en", "In the same section"),
    # sites in Russian, as MT renders their labels; and more labels of every language
    ("QF508", "en", "Spotted a mistake? Highlight it and press Ctrl+Enter"),
    ("QF508", "en", "Copying of materials is prohibited without a hyperlink to the source."),
    ("QF506", "en", "This story was translated from the Russian version of our site."),
    ("QF505", "en", "The photo is illustrative"),
    ("QF505", "de", "red, APA"),
    ("QF508", "en", "3 June 2024, 09:10 | Views: 2 310"),
    ("QF508", "pt", "Texto de Joana Matos | 2 de abril de 2024, 08:45"),
    ("QF508", "es", "Escuchá esta nota"),
    ("QF508", "es", "Noticia en desarrollo"),
    ("QF501", "en", "Read also on the topic: Bus fares in Omsk will rise in August"),
    ("QF501", "es", "Leé también: La ruta del vino suma tres bodegas en Mendoza"),
    ("QF501", "en", "Read also 👉 The lake ferry returns after a winter in dry dock"),
    ("QF509", "en", "Main news"),
    ("QF508", "fr", "Partager sur Facebook Partager sur X Envoyer par mail"),
    ("QF508", "en", "This site uses cookies. If you keep browsing, you agree to their use."),
    # widgets of the page: weather, a live blog's clock, counters, tags; an ad's marking
    ("QF508", "en", "Lisbon 19° Sunny | Sat 22° | Sun 20°"),
    ("QF508", "pt", "Braga 11° Aguaceiros | Amanhã 9°"),
    ("QF508", "en", "09:15"),
    ("QF508", "en", "Views: 2 107 | Comments: 9"),
    ("QF508", "en", "Comments 12 · Share on Facebook · Send by e-mail"),
    ("QF508", "en", "Corrections policy · Editorial principles"),
    ("QF508", "pt", "Tópicos: seca · Alentejo · agricultura"),
    ("QF508", "it", "Tag: alluvione · Romagna · risarcimenti"),
    ("QF503", "en", "Advertising. LLC «Sever Dom», erid: 4FfqWx81Lm"),
    ("QF502", "en", "Receive the top stories of Santa Catarina on your WhatsApp. Join the group!"),
    ("QF502", "es", "Reciba las noticias de Medellín en su correo: suscríbase aquí"),
    ("QF501", "en", "Also on the topic: In Kazan, the tram depot will be rebuilt by 2026"),
    ("QF508", "de", "Zurück zur Übersicht"),
    ("QF505", "en", "Infographic: Carla Méndez"),
]

# Labels on the headline (a kicker, ``Loading`` and its dots): the headline stays.
KICKERS = [
    ("fr", "ENTRETIEN. « Nous manquons de médecins dans chaque canton »", "ENTRETIEN.", "QF507"),
    ("en", "WATCH. The Trevi fountain reopens after the cleaning", "WATCH.", "QF507"),
    ("de", "LIVE-TICKER: Hochwasser im Ahrtal", "LIVE-TICKER:", "QF507"),
    ("en", "INFOGRAPHICS - Where the new houses will be built", "INFOGRAPHICS -", "QF507"),
    ("en", "Loading...The storm reaches the coast", "Loading...", "QF503"),
    ("en", "SOCIETY. The French read less and less, a study finds", "SOCIETY.", "QF507"),
    ("es", "SOCIEDAD | Los alquileres suben un 12% en Valencia", "SOCIEDAD |", "QF507"),
    ("de", "WIRTSCHAFT: Werk in Zwickau streicht 400 Stellen", "WIRTSCHAFT:", "QF507"),
    ("en", "HEAT WAVE | Schools in Seville shorten the day", "HEAT WAVE |", "QF507"),
    ("en", "CYCLING - Ferrandi wins alone at Oropa", "CYCLING -", "QF507"),
    ("fr", "FINANCEMENT La start-up Hydrolia lève 18 millions d'euros", "FINANCEMENT",
     "QF507"),
    ("en", "Health. Hospitals of the North report record waits", "Health.", "QF507"),
    ("es", "Cultura | La muestra de Sorolla llega a Valencia", "Cultura |", "QF507"),
    ("en", "Weather. In the Vosges, the first frost ruins the late apples", "Weather.", "QF507"),
    ("en", "Obituary: Lyon printer Paul Mercier has died at 90", "Obituary:", "QF507"),
    ("pt", "LIVROS. Romance de estreia vence prémio nos Açores", "LIVROS.", "QF507"),
    ("fr", "Nécrologie | L'ancien maire de Vannes est mort à 88 ans", "Nécrologie |", "QF507"),
    ("it", "IL RESTAURO / Tornano a splendere gli affreschi del Duomo", "IL RESTAURO /",
     "QF507"),
    ("en", "TECHNO|A Lyon start-up lays off a third of its staff", "TECHNO|", "QF507"),
    ("en", "HARBOUR›The ferry terminal reopens after two years of works", "HARBOUR›", "QF507"),
    ("en", "SCHOOLS ● Hundreds of pupils still without a maths teacher", "SCHOOLS ●", "QF507"),
    ("de", "SPORT +++ Kiel gewinnt das Derby gegen Flensburg", "SPORT +++", "QF507"),
    ("pt", "CIÊNCIA » Investigadores do Porto criam teste para a água", "CIÊNCIA »", "QF507"),
    ("it", "LA STORIA Bologna, a 92 anni si laurea in Lettere", "LA STORIA", "QF507"),
]

LEFT_ALONE = [
    ("en", "By Tuesday, updated figures showed 40 flooded homes in 12 villages."),
    ("en", "By Monday, published results put the party at 31% in the region."),
    ("en", "With the agreement of the mayor, the festival will stay open until two."),
    ("en", "Reading mode of the new e-readers was praised by the jury of the fair."),
    ("en", "Font sizes on the new road signs will grow by a third, the ministry said."),
    ("en", "The print edition of the paper will end in June after 120 years."),
    ("en", "Live music returns to the port of Marseille on Saturday."),
    ("en", "Report: the heatwave will last until Sunday in the south"),
    ("en", "The source of the leak has not been identified, the ministry said."),
    ("en", "It was a photo finish on the line at Cortina on Friday."),
    ("en", "Credit card fraud rose by 12% last year in the region."),
    ("en", "Image of the year: the photographer of the cathedral fire was awarded."),
    ("en", "Turn on the radio at eight and you will hear the mayor every Monday."),
    ("fr", "Par Julien, le facteur, nous avons appris la nouvelle."),
    ("en", "Published in partnership with the university, the study counts 4,000 empty flats."),
    ("en", "Send to a friend the photos of the promenade, the mayor joked on the radio."),
    ("en", "Last update of the fire map shows three areas at very high risk."),
    ("en", "The original plan of the dam was found in the archive last year."),
    ("en", "Save The Children raised two million euros for the schools of the valley."),
    ("en", "Loading the ferries took the crews most of the night."),
    ("en", "Live updates of the timetable are shown at every stop."),
    ("es", "Por la tarde, actualizado el censo, la cifra subió a 40.000 vecinos."),
    ("de", "Lesemodus und Schriftgröße lassen sich am neuen Gerät der Stadtbibliothek"
           " einstellen, sagte die Leiterin."),
    ("it", "La fonte del finanziamento sarà per metà europea."),
    ("pt", "A fonte de financiamento das obras ainda não foi definida."),
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
    ("en", "Home prices in the valley rose by 6% > inflation, the agents' survey found."),
    ("en", "Home / Away"),
    ("en", "Home > abroad for most of the nurses who trained here, the union said."),
    ("en", "Tickets: Paris > Lyon from 19 euros. Lyon > Marseille from 15 euros."),
    ("en", "Homecoming parade moves to Saturday after the storm warning"),
    ("en", "Rate this item of the budget as a priority, the survey asked 2,000 residents."),
    ("en", "Embed from the city's archive: the flood of 1966 in twelve photographs."),
    ("fr", "Accueil > 90 % des réfugiés ont trouvé un logement, selon la préfecture."),
    ("en", "Photographer Marta Ruiz spent ten years documenting the drought in the Sahel."),
    ("en", "Photographs of the flooded square were shared thousands of times."),
    ("en", "Edited by Pedro Alves, the anthology collects forty stories from the island."),
    ("en", "Biden / Trump"),
    ("en", "and/or"),
    ("es", "Bilbao (EFE)"),
    ("en", "Ana Torres (Reuters) contributed reporting from the border."),
    ("en", "Name and address of the new owner were not disclosed."),
    ("en", "Post comment sections were closed by the paper after the election."),
    ("en", "By Tuesday, updated figures showed 40 flooded homes in 12 villages."),
    ("en", "By The Numbers"),
    ("en", "By Ana Costa and Pedro Alves, the report took two years to write."),
    ("fr", "Par Julie Martin, la nouvelle a fait le tour du village le 12 mars."),
    ("en", "June 2024"),
    ("en", "The vote on 12 June 2024 at 10:35 was the shortest in the assembly's history."),
    ("es", "Seguir leyendo es el lema de la nueva biblioteca del barrio."),
    ("en", "Further cuts after the advertising ban hit the local radio stations."),
    ("en", "Updated figures showed 40 flooded homes on 12 March."),
    ("en", "The list was updated at 10:00 with the new names."),
    ("en", "Updated at 10:00, the list of candidates includes three mayors."),
    ("en", "The EU wants websites to stop forcing users to accept cookies before reading."),
    ("en", "The report (120 pages, 4 MB) was published on Monday."),
    ("en", "The mayor thanked the volunteers (photo Rossi) for their work."),
    ("en", "AFP/Getty"),
    ("es", "PSOE | 31,2 % | 121 escaños"),
    ("en", "MADRID | The government approved the new budget on Tuesday."),
    ("en", "Politics and Economy News Today"),
    ("en", "Did the council vote? Nobody knows."),
    ("en", "Culture. It was a good year for the theatre, the director said."),
    ("en", "Sports, culture and politics filled the mayor's Home agenda again"),
    ("en", "The poll asked: should the port close? Most readers said yes."),
    ("en", "Remarks collected by the inspectors were sent to the prosecutor on Monday."),
    ("en", "Follow us on our social networks, the police urged, to see the missing boy's photo."),
    ("en", "Weather. It rained for nine days, the farmers said, and the harvest waited."),
    ("en", "Music: the choir sang for three hours, and nobody left before the end."),
    ("en", "Rain / snow mix expected on the passes tonight"),
    ("en", "The photo is illustrative of how the old quarter looked before the fire."),
    ("en", "Views of the bay from the new bridge drew crowds on Sunday."),
    ("en", "The song was translated from Russian by the choir's director in 1962."),
    ("en", "Copying of the keys was prohibited by the landlord, the tenants said."),
    ("en", "Text by the mayor was read aloud at the opening of the session."),
    ("en", "He called the painting © Estate of the artist, to the amusement of the room."),
    ("en", "It was 27° in Seville and 31° in Córdoba on Monday, the weather service said."),
    ("en", "Receive alerts by WhatsApp, the mayor told residents on Monday."),
    ("de", "Tag 3: Ankunft in Rom"),
    ("en", "Comments on the plan | Pages 4 to 9"),
    ("en", "The erid code was missing from the ad, the regulator said."),
    ("en", "SANTOS - The port authority approved the dredging plan on Tuesday."),
]


@pytest.mark.parametrize(("code", "language", "line"), FOUND)
def test_line_is_found_and_removed_on_request(code: str, language: str, line: str) -> None:
    text = article(language, line)
    found = boilerplate(text, language)
    assert [f.code for f in found] == [code]
    assert line.startswith(text[found[0].start : found[0].end])
    fixed = removed(text, language)
    assert fixed == f"{BEFORE[language]}\n\n{AFTER[language]}"


@pytest.mark.parametrize(("language", "line", "marked", "code"), KICKERS)
def test_label_on_the_headline(language: str, line: str, marked: str, code: str) -> None:
    text = f"{line}\n\n{BEFORE[language]}\n\n{AFTER[language]}"
    found = quotefix.check(text, target=TARGETS[language], select=["QF5"])
    assert [(f.code, text[f.start : f.end]) for f in found] == [(code, marked)]
    fixed = quotefix.fix(text, target=TARGETS[language], select=["QF5"],
                         remove_boilerplate=True).text
    assert fixed.startswith(line[len(marked) :].lstrip())


@pytest.mark.parametrize(("language", "line"), LEFT_ALONE)
def test_look_alike_is_left_alone(language: str, line: str) -> None:
    assert_left_alone(language, line)
