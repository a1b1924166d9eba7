"""QF5xx: the shapes of boilerplate added after the first kinds, found and left alone.

Share rows of buttons, comment counts, reading times and player clocks, photo
credits without a colon, agencies after a colon, calls after a colon,
continuation markers written in lower case, kickers without a separator,
counted labels, appeals, headline lists under new headings, ``ed. note``.
Each shape has lines a site prints (written for the project) in the six
languages, and article text that shares its words and must stay.
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

# (code, language, the boilerplate line, what the finding marks)
FOUND = [
    # a live page's furniture
    ("QF508", "en", "Minute by minute", None),
    ("QF508", "en", "This page updates automatically every 60 seconds", None),
    ("QF508", "en", "The live broadcast has ended. Thank you for following it with us.", None),
    # a review's box, condolence widgets, a column's schedule, an interviewer
    ("QF508", "en", "Genre: Drama", "Genre:"),
    ("QF508", "en", "Cast: Rüdiger Hallmann, Mila Petersen, Aaron Kessler", "Cast:"),
    ("QF508", "en", "Leave a condolence message", None),
    ("QF508", "en", "This column appears every Monday in the Opinions section.", None),
    ("QF505", "en", "Interviewed by Anna Voronina", "Interviewed by"),
    # the site's header: its name, then its tagline or the day
    ("QF508", "it", "VignaNews · Il quotidiano online del vino italiano", None),
    ("QF508", "fr", "Fréquence Sud-Loire – L'info de chez vous", None),
    ("QF508", "de", "Unterländer Anzeiger · Donnerstag, 13. März 2025", None),
    # the site's name alone, two authors in a byline, authors' notes
    ("QF508", "pt", "Folha do Litoral", None),
    ("QF508", "de", "Oberpfälzer Tagespost", None),
    ("QF508", "en", "By Lars Petersen and Maike Jensen", None),
    ("QF508", "en", "Marta Esteve is a journalist at Diario de la Giralda covering municipal "
                    "politics and tourism.", None),
    ("QF508", "it", "Giulia Marchetti scrive di libri e cultura. Collabora con diverse riviste.",
     None),
    # writers' initials between double slashes, as a wire signs its story
    ("QF505", "en", "JF // SB", None),
    ("QF505", "pt", "ACS // JMR — Lusa/Fim", None),
    # labels as machine translation renders them, and comment prompts
    ("QF508", "en", "Hear the article", None),
    ("QF508", "en", "Put in favourites", None),
    ("QF508", "it", "Commenta questa notizia", None),
    ("QF508", "pt", "Comente esta notícia", None),
    # rows of share buttons, translated or not
    ("QF508", "en", "Share Tweet Email", None),
    ("QF508", "fr", "Partager Tweeter E-mail", None),
    ("QF508", "es", "Compartir en Facebook Compartir en X Enviar por correo", None),
    ("QF508", "it", "Condividi Facebook X WhatsApp", None),
    ("QF508", "de", "Teilen Twittern E-Mail", None),
    ("QF508", "pt", "Partilhar Facebook Twitter E-mail", None),
    # comment counts
    ("QF508", "en", "12 comments", None),
    ("QF508", "fr", "4 commentaires", None),
    ("QF508", "es", "Comentarios (7)", None),
    ("QF508", "it", "Commenti (2)", None),
    ("QF508", "de", "Kommentare (12)", None),
    ("QF508", "pt", "Comentários (3)", None),
    # reading times and player clocks
    ("QF508", "en", "3 min read", None),
    ("QF508", "fr", "Lecture 3 min.", None),
    ("QF508", "es", "Lectura: 4 min", None),
    ("QF508", "it", "Lettura 5 minuti", None),
    ("QF508", "de", "00:00 / 03:12", None),
    ("QF508", "pt", "Leitura: 2 min", None),
    # photo credits without a colon, agencies after a colon
    ("QF505", "en", "Photo Damien Meyer / AFP", None),
    ("QF505", "en", "Photo archives AFP", None),
    ("QF505", "en", "Information: EFE", None),
    ("QF505", "fr", "Photo Ludovic Marin / AFP", None),
    ("QF505", "es", "Imagen Javier Lizón / EFE", None),
    ("QF505", "it", "Foto Ansa / Ciro Fusco", None),
    ("QF505", "de", "Bild Sven Hoppe / dpa", None),
    ("QF505", "pt", "Foto arquivo Lusa", None),
    # calls after a colon
    ("QF508", "it", "Sostieni il giornalismo di qualità: abbonati", None),
    ("QF508", "fr", "Le journalisme a un prix : abonnez-vous", None),
    ("QF508", "en", "Quality journalism costs: subscribe", None),
    ("QF508", "es", "El periodismo local importa: suscríbete", None),
    ("QF508", "de", "Guter Journalismus braucht Sie: abonnieren", None),
    ("QF508", "pt", "O jornalismo local precisa de si: assine", None),
    # continuation markers in lower case, and their translations
    ("QF503", "en", "sequel after announcement", None),
    ("QF503", "en", "Sequel below", None),
    ("QF503", "es", "Sigue leyendo después del anuncio", None),
    ("QF503", "it", "continua dopo l’annuncio", None),
    ("QF503", "pt", "continua após o anúncio", None),
    ("QF503", "fr", "la suite après la publicité", None),
    ("QF503", "de", "weiter nach der Anzeige", None),
    # teasers and headings of lists under new labels
    ("QF501", "en", "More on the topic: Rents in Munich rise again", "More on the topic:"),
    ("QF508", "en", "Did you like this article? Share it with your friends", None),
    ("QF508", "en", "Continue reading on the app", None),
    ("QF508", "en", "Reproduction prohibited", None),
    ("QF508", "fr", "Réagir", None),
    ("QF508", "es", "Reproducción prohibida", None),
    ("QF508", "it", "di Marco Rinaldi (Vedi profilo)", None),
    ("QF508", "de", "Artikel drucken", None),
    ("QF508", "pt", "Atualizado a 02/09/2025 às 16:40", "Atualizado a"),
    ("QF502", "en", "Subscribe to our channel on Telegram", None),  # a subscription call
    ("QF508", "en", "Cookie settings", None),
    ("QF506", "en", "This text was translated with an automatic tool from Italian.", None),
    ("QF508", "en", "The journalism of our paper is free. Help us keep it that way.", None),
    # a shorter label where the longer one does not fit (``Photo`` and its colon)
    ("QF505", "en", "Photo: archives Le Progrès / Jean Martin", "Photo:"),
    ("QF505", "en", "Illustration photo / AFP", None),
    ("QF505", "en", "(Archive photo)", None),
    # subscriber walls
    ("QF502", "en", "You have 80% of this article left to read", None),
    ("QF502", "fr", "Il vous reste 80 % de cet article à lire", None),
    ("QF502", "es", "Suscríbete para seguir leyendo", None),
    ("QF502", "it", "Abbonati per continuare a leggere", None),
    ("QF502", "de", "Jetzt abonnieren und weiterlesen", None),
    ("QF502", "pt", "Assine para continuar a ler", None),
    # "read more" alone on its line
    ("QF501", "fr", "Lire la suite", None),
    ("QF501", "es", "Leer más", None),
    ("QF501", "it", "Leggi tutto", None),
    ("QF501", "de", "Mehr lesen", None),
    ("QF501", "pt", "Ler mais", None),
    # galleries, videos, comments, page tools
    ("QF508", "en", "Watch the video", None),
    ("QF508", "fr", "Voir les photos", None),
    ("QF508", "es", "Ver galería", None),
    ("QF508", "it", "Lascia un commento", None),
    ("QF508", "de", "Kommentar schreiben", None),
    ("QF508", "pt", "Deixe o seu comentário", None),
    ("QF508", "en", "Comments are closed", None),
    ("QF508", "en", "Text size", None),
    ("QF508", "en", "Reading: 4 min", None),
    ("QF508", "en", "This audio is generated automatically", None),
    ("QF508", "en", "Download our free app for all the latest news", None),
    ("QF508", "fr", "Vous avez aimé cet article ? Partagez-le", None),
    ("QF508", "it", "Condividi su Facebook", None),
    ("QF508", "de", "Auf Facebook teilen", None),
    ("QF503", "en", "The article continues below", None),
    ("QF503", "en", "Advertisement - scroll to continue", None),
    # counters of views alone on their line, a number of thousands split by a space
    ("QF508", "en", "1 482 views", None),
    ("QF508", "fr", "Vues : 3 201", None),
    ("QF508", "de", "Aufrufe 12", None),
    ("QF508", "pt", "2 310 visualizações", None),
    # an audio player's button beside its clock
    ("QF508", "en", "Play audio 00:00", None),
    ("QF508", "fr", "Écouter 03:12", None),
    ("QF508", "en", "Listen to the report of Ana Ruiz | 03:12", None),
    ("QF508", "es", "Escucha la entrevista completa (12:45)", None),
    # a count of comments beside the button that shows them, or where they are
    ("QF508", "de", "Kommentare anzeigen (47)", None),
    ("QF508", "en", "To the forum (214 postings)", None),
    ("QF508", "en", "Show all comments (12)", None),
    ("QF508", "it", "Visualizza commenti (5)", None),
    # a row under the site's own name: its section, its date, the weather of its top bar
    ("QF508", "pt", "Correio de Vila Alta | Sociedade | 23 de agosto de 2023", None),
    ("QF508", "en", "Radio Lake Valley | Sport | Wed 12 June 2024", None),
    ("QF508", "en", "Radio Serra Alta | Monday, 12 February 2024 | 14ºC Showers", None),
    ("QF508", "en", "Play the audio of the report (2 min)", None),
    ("QF508", "es", "Noticias del Valle — Inicio / Provincias / Soria", None),
    ("QF506", "en", "This news is part of the service of the agency and cannot be reproduced "
                    "without authorization.", None),
    ("QF501", "en", "You may also be interested: The youth team loses in the cup quarterfinals",
     "You may also be interested:"),
    ("QF501", "en", "Earlier, we wrote that the district prosecutor had checked the road "
                    "contracts.", None),
    ("QF508", "en", "18+", None),
    ("QF508", "en", "Notify error", None),
    ("QF502", "en", "All the most important about the valley — in our Telegram channel", None),
    ("QF505", "en", "With agency Atlântica", None),
    ("QF506", "en", "This article was created with AI support and checked editorially.", None),
    ("QF505", "en", "Photo from open sources", None),
    ("QF508", "en", "This content is reserved to the subscribers of the digital offer", None),
    # disclaimers of markets, betting, health and horoscope pages
    ("QF506", "en", "Quotations with a delay of at least 15 minutes. The information of this "
                    "page does not constitute an advice of investment.", None),
    ("QF506", "en", "Bet with responsibility. Betting is forbidden for minors of 18 years.", None),
    ("QF506", "en", "This article contains only general information and may not be used for "
                    "self-diagnosis.", None),
    ("QF506", "en", "The horoscope is published with entertainment purposes.", None),
    ("QF508", "en", "Never again miss a recall: activate now our push messages for warnings",
     None),
    ("QF508", "en", "Take the TV guide always with you: download free our app", None),
    ("QF508", "de", "Radio Talgrund Plus | Steiermark | Chronik | 11. Jänner 2025", None),
    ("QF508", "pt", "Data de publicação: 21-03-2024 | Última atualização: 22-03-2024", None),
    ("QF508", "es", "Gobierno Municipal de San Isidro del Monte › Sala de prensa › Boletines",
     None),
    ("QF508", "it", "Questo sito utilizza cookie tecnici e, previo consenso, cookie di terze "
                    "parti. Accetta | Rifiuta | Personalizza", None),
    ("QF508", "en", "43 comments · See them", None),
    ("QF506", "en", "The reproduction of this content is authorized provided that the source is "
                    "cited.", None),
    ("QF506", "en", "When copying materials, an active link to the source is obligatory.", None),
    ("QF502", "en", "Click here and join the group of the Valley Post on WhatsApp", None),
    ("QF502", "en", "Sign up for our sports bulletin and receive the results of your team every "
                    "Monday", None),
    ("QF508", "it", "Sostieni il giornalismo locale: abbonati a 1 euro per i primi tre mesi",
     None),
    ("QF508", "de", "Galerie wird geladen …", None),
    ("QF506", "fr", "Cet article a d'abord paru dans La Gazette du Jura.",
     "Cet article a d'abord paru dans"),
    # a time stamp in English hours
    ("QF508", "en", "Status: 03.04.2024 11:27 a.m.", None),
    ("QF508", "en", "Published today at 9:05 p.m.", None),
    # a question to the reader, then a call to the site's app
    ("QF508", "en", "Do you already know the app of the Valley Courier? Download it for free "
                    "and get the news first.", None),
    # the imperative of an appeal, as a sentence
    ("QF508", "en", "Support the independent journalism. Make a contribution from 1 euro.", None),
    # an invitation to follow the site, closed by the networks
    ("QF508", "en", "Follow the Harbour Gazette on Instagram and on Facebook", None),
    ("QF502", "pt", "Siga o Correio do Vale no Instagram e no Facebook", None),
    ("QF506", "en", "It is forbidden the total or partial reproduction of this content without "
                    "previous authorization.", None),
    ("QF502", "en", "Do you want the news of the valley every morning? Sign up to our bulletin, "
                    "it is free", None),
    # a player's waiting text, a video's length, a consent box for third-party content
    ("QF508", "en", "The playback will start in a few seconds", None),
    ("QF508", "fr", "La lecture va commencer dans quelques secondes", None),
    ("QF508", "en", "Duration of the video: 02:15", "Duration of the video:"),
    ("QF508", "de", "Externer Inhalt: Um diesen Inhalt anzuzeigen, stimmen Sie dem Laden von "
                    "Daten Dritter zu.", "Externer Inhalt:"),
    # a station's call to tune in
    ("QF508", "en", "Listen to Radio Costa Azul live, 24 hours a day", None),
    ("QF508", "pt", "Ouça a Rádio Serra Viva ao vivo, 24 horas por dia", None),
    ("QF508", "fr", "Écoutez France Bleu Isère en direct 24h sur 24", None),
    # a wire header with the agency's name between slashes, a byline dated yesterday
    ("QF506", "en", "ROSTOV-ON-DON, 3 March. /Don-Press/.", None),
    ("QF508", "en", "By Carla Mendes Published yesterday at 08:15, updated yesterday at 10:40",
     None),
    # a section and its place after a bar
    ("QF508", "en", "Politics | Valladolid", None),
    # "also" alone as a teaser's label
    ("QF501", "en", "Also: Regional trains will run every 20 minutes from March", "Also:"),
    ("QF501", "es", "También: El Ayuntamiento amplía el horario de las bibliotecas", "También:"),
    # an Italian wire's header alone on its line, the agency first in brackets
    ("QF506", "it", "(Agenzia Isola) - ORISTANO, 20 NOV -", None),
    # a cookie banner as an Italian site words it; a list of the most read
    ("QF508", "it", "Questo sito utilizza cookie tecnici. Continuando la navigazione accetti l'uso "
                    "dei cookie.", None),
    # reuse notices as Russian-language sites word them, translated
    ("QF506", "en", "All rights to materials belong to the TV channel. Copying is allowed only "
                    "with the permission of the editorial office.", None),
    ("QF508", "en", "Chronicle / Vomero", None),
    # a disclaimer of medical advice
    ("QF506", "en", "Note: This article gives general information only and does not replace a "
                    "consultation with your doctor.", None),
    ("QF506", "de", "Dieser Beitrag ersetzt keine ärztliche Beratung.", None),
    # a reproduction notice after a copyright line, however long
    ("QF506", "en", "© Costa Press 2025. All rights reserved. Copying or redistributing these "
                    "texts without written consent is not allowed.", None),
    ("QF506", "fr", "Ce contenu appartient au Journal de Vendée. Toute diffusion, même "
                    "partielle, est interdite sans accord écrit.", None),
    ("QF506", "fr", "Tous droits de reproduction et de représentation réservés.", None),
    ("QF506", "es", "Todos los derechos reservados. Se prohíbe copiar este contenido sin "
                    "permiso del editor.", None),
    # the buttons of the text's size; a player's label and clock before its title
    ("QF508", "fr", "A- A+", None),
    ("QF508", "en", "A A+ A++", None),
    ("QF508", "de", "Audio: 02:07 Min. Sperrung der A7: Was Autofahrer wissen müssen", None),
    ("QF508", "en", "VIDEO | 01:15 The flooded underpass in Porto", None),
    # a cookie banner asking for a click on the site's own button
    ("QF508", "it", "Questo sito usa cookie di profilazione. Cliccando su \"Accetto\" "
                    "acconsenti al loro uso.", None),
    ("QF508", "en", "This website uses cookies. By clicking Accept you agree to their use.", None),
    # listening in Brazilian Portuguese; bookmarks; an app promo inside the line
    ("QF508", "pt", "Ouvir matéria", None),
    ("QF508", "en", "Add to bookmarks", None),
    ("QF508", "de", "Alle Meldungen aus dem Kreis – kostenlos in unserer App. Jetzt laden!",
     None),
    # a wire service's fields and story number alone on their line
    ("QF506", "en", "dpa / Region: Hesse / Topic: Transport", None),
    ("QF506", "de", "dpa:250114-99-301122/3", None),
    # an update note of the information, however the page words it
    ("QF506", "en", "Information updated at 18:40 with the figures of the fire brigade.", None),
    # a syndication notice inside a longer line
    ("QF506", "en", "Content under licence from the agency. Its reproduction is subject to "
                    "authorization.", None),
    # headings of lists of other headlines
    ("QF509", "en", "Also in Justice", None),
    ("QF509", "en", "The news of the day", None),
    ("QF509", "en", "Trending now", None),
    # (the correction is reported whole: the heading and the earlier version it names)
    ("QF506", "en", "Errata: an earlier version of this text gave the wrong date of the vote.",
     None),
    ("QF506", "en", "This report was produced with the support of the Coastal Journalism Fund.",
     None),
    ("QF506", "en", "ANSA - Liguria - Economy", None),
    # who signed, or where it was filed, and the date, alone on the line
    ("QF508", "en", "Maria Sokolova 1 September 2025", None),
    ("QF508", "en", "Ricardo Pinheiro | 20 Nov 2025", None),
    ("QF508", "en", "Napoli, 03 June 2025", None),
    ("QF508", "en", "2025-03-27 12:40", None),
    ("QF508", "en", "Labels: Asturias · Museums · Mining", None),
    # a publisher's legal notice by its terms
    ("QF508", "en", "TeleAlpi srl · Registered office: Bolzano · VAT 02176540229 · Privacy "
                    "policy", None),
    ("QF508", "en", "© 2025 Ural Online. Network edition. Registration certificate El No. FS "
                    "77-12345. 18+", None),
    ("QF506", "en", "Updated at 18:20 to include the figures of the civil protection", None),
    # (a label that opens its line is marked; the line is removed)
    ("QF508", "it", "Ufficio Stampa – Comune di Ravenna", "Ufficio Stampa –"),
    ("QF508", "pt", "Assessoria de Imprensa – Câmara Municipal de Braga",
     "Assessoria de Imprensa –"),
    ("QF508", "de", "Beitrag teilen", None),
    ("QF508", "fr", "Cet article vous a-t-il été utile ? Oui – Non", None),
    ("QF508", "de", "Ein Interview von Lena Brandt", "Ein Interview von"),
    ("QF508", "fr", "Publié aujourd'hui à 07h15", None),
    ("QF508", "en", "To post, please log in", None),
    ("QF506", "en", "Full or partial reproduction of materials is prohibited without the "
                    "consent of the publisher.", None),
]

# A kicker with no separator sits on the headline, at the top of the article.
KICKERS = [
    # a place in capitals, a space and the headline's article: no list names the place
    ("fr", "NAMUR Le téléphérique de la citadelle fermé pour deux semaines", "NAMUR"),
    ("en", "BAVARIA The wolf returns to the valleys around Garmisch", "BAVARIA"),
    ("pt", "ALENTEJO A seca obriga a fechar duas barragens ao regadio", "ALENTEJO"),
    ("en", "REPORT In the Ardennes, the last tobacconists fight smuggling", "REPORT"),
    ("fr", "REPORTAGE Dans les Ardennes, les buralistes contre la contrebande", "REPORTAGE"),
    ("es", "ENTREVISTA El alcalde de Vigo defiende el nuevo puerto", "ENTREVISTA"),
    ("it", "ESCLUSIVO - Il piano della Regione per i treni dei pendolari", "ESCLUSIVO -"),
    ("de", "ANALYSE Warum die Mieten in Leipzig steigen", "ANALYSE"),
    ("pt", "REPORTAGEM A vida nas aldeias sem médico", "REPORTAGEM"),
    ("en", "ONLINE: Flood in the lower town – the river rose by another 40 centimetres",
     "ONLINE:"),
    ("de", "EIL +++ Brand in einer Lagerhalle bei Oberried: Anwohner sollen Fenster schließen",
     "EIL +++"),
    ("de", "+++ Verkehr +++ Brücke über die Ach bis Dezember gesperrt", "+++ Verkehr +++"),
    ("it", "FOTOGALLERY - In cinquemila alla sagra dei casoncelli di Valdorsa",
     "FOTOGALLERY -"),
    ("es", "EN VIDEO: Miles de fieles acompañan la procesión del Señor del Monte", "EN VIDEO:"),
    ("en", "BLACK CHRONICLE - Scams to the elderly, a 23-year-old arrested in the old town",
     "BLACK CHRONICLE -"),
    ("en", "CONSUMER PROTECTION: Salmonella found – a manufacturer recalls sesame paste",
     "CONSUMER PROTECTION:"),
    ("en", "OFFICIAL - The town club will play in the regional league next season",
     "OFFICIAL -"),
    # a topic no list names, before a bar
    ("en", "Mobility | Night buses return to the ring road from Monday", "Mobility |"),
    ("en", "LOCAL The water supply will be cut on Wednesday in San Roque", "LOCAL"),
    ("en", "Local politics | The new council meets for the first time", "Local politics |"),
    ("pt", "Incêndios | Fogo em Mação já consumiu 300 hectares", "Incêndios |"),
    ("en", "FIRES. Blaze near the motorway forces the closure of two exits", "FIRES."),
]

LEFT_ALONE = [
    ("en", "Share prices of the group rose 4% on the news."),
    ("en", "The newsroom received 12 comments from readers during the consultation."),
    ("en", "Comments"),
    ("en", "Photo archives of the paper show the first printing press in 1913."),
    ("en", "Photo finish for the contractors: the last rail was welded at dawn."),
    ("en", "Information: the offices will open to readers on Saturdays."),
    ("en", "Reading the survey takes 3 minutes, the director joked."),
    ("en", "Support for local journalism grows in small towns"),
    ("en", "Help us, the mayor asked the journalism students on Friday."),
    ("en", "The latest figures on readership"),
    ("en", "The rest of the programme, after the advertising break, was devoted to the works."),
    ("fr", "Photo de famille pour les élus après le vote du conseil."),
    ("fr", "Partager les livres entre les communes, c’est l’idée du réseau."),
    ("fr", "Lecture publique : la médiathèque prolonge ses horaires"),
    ("es", "Compartir coche para ir al trabajo, la apuesta de Vitoria"),
    ("es", "Los comentarios de los vecinos se recogerán hasta el 30 de abril."),
    ("es", "Foto de grupo de los responsables, este martes en el Ayuntamiento."),
    ("it", "Sostenere il giornalismo locale: il piano della Regione"),
    ("it", "Commenti positivi anche dall’ordine dei giornalisti."),
    ("it", "Foto ricordo per i direttori dei giornali premiati, ieri sera a Firenze."),
    ("de", "Teilen statt kaufen: Bibliothek der Dinge in Kassel eröffnet"),
    ("de", "Foto- und Videoaufnahmen der Eröffnung zeigt das Stadtmuseum ab Montag."),
    ("de", "Unterstützung für den Journalismus der Schülerzeitung kam vom Förderverein."),
    ("pt", "Partilhar a rua: Braga testa zonas sem carros ao domingo"),
    ("pt", "Leitura obrigatória para os vereadores: o estudo de tráfego."),
    ("pt", "Foto de família dos vereadores na apresentação do projeto."),
    ("en", "Reading the 300-page report took 40 minutes, the judge said."),
    ("en", "Watch the video of the flood, the mayor urged residents."),
    ("en", "Leave a comment on the plan at the town hall before Friday."),
    ("en", "Podcast listeners grew by a third last year."),
    ("en", "No Facebook page was created for the event."),
    ("en", "Illustration photos were shown to the council on Monday."),
    ("fr", "Lire la suite du rapport prendra du temps, a dit le juge."),
    ("fr", "Voir les photos de l’inondation a choqué les habitants."),
    ("es", "Leer más libros es el objetivo del plan municipal."),
    ("it", "Guarda il video chi vuole capire la frana, dice il sindaco."),
    ("de", "Mehr lesen die Kinder nicht, sagt die Lehrerin."),
    ("pt", "Ler mais jornais locais é o conselho do presidente da câmara."),
    # counts, clocks, appeals and follows in the news
    ("en", "2 482 dead"),
    ("en", "1 482 views of the video were counted by the police."),
    ("en", "Play 2:1"),
    ("en", "Support the independent journalism fund, the minister said."),
    ("en", "Support the strike. Join us on Monday at the station."),
    ("en", "Follow the Harbour Gazette on Instagram and on Facebook."),
    ("en", "Online: the new frontier of fraud"),
    ("en", "The total or partial reproduction of the painting was forbidden by the court "
           "in 1998, the museum said."),
    ("en", "It is not necessary to subscribe: the bulletin will be delivered for free in the "
           "letterboxes."),
    ("en", "Do you know the price of bread? Bakers say it will rise again in March."),
    ("en", "Polls close at 8:00 p.m."),
    ("en", "12 comments were received by the council."),
    ("en", "Listen to the mayor at 10:30 on the square."),
    ("en", "Comments from readers"),
    ("en", "Residents who prefer to receive the newsletter by email can subscribe at the "
           "counter of the parish council."),
    ("en", "The photos cannot be reproduced without permission, the court ruled."),
    ("en", "Council of Europe | Strasbourg | 12 March 2024"),
    ("en", "Official figures show a rise in unemployment"),
    ("en", "Earlier, the mayor wrote that the plan was dead."),
    ("en", "The health bulletin will be published every Monday, the hospital said."),
    ("en", "+18"),
    ("en", "The cookie factory in Lyon | Business | 12 March 2024"),
    ("en", "Casa de la Cultura de Villanueva del Río | Agenda | 12 marzo 2024"),
    ("en", "The final score, 21-19, came after extra time."),
    ("en", "The section realized with funds of the region opened on Monday."),
    ("en", "The trophy, with the unconditional contribution of the region, was restored."),
    ("en", "Players were told to play with moderation by the coach."),
    ("en", "Travel agency fined"),
    ("en", "Space agency delays launch"),
    ("en", "The material was translated from Latin by monks in the twelfth century."),
    ("en", "Residents staying in the hotel gave consent to the cookie factory's move."),
    # words of the shapes above, in news
    ("en", "This report does not replace a consultation with a doctor, the health minister said."),
    ("en", "The new phone line does not replace a visit to the doctor, the health board warned."),
    ("en", "Also on Tuesday, the council approved the new bus timetable."),
    ("en", "Watch Benfica live on the big screen in the main square, the council said."),
    ("en", "Judges said the playback will start once the defence has seen the footage."),
    ("en", "Fires: Government declares a state of alert in the whole territory"),
    ("en", "Lisbon | Porto | Faro: three cities, one housing crisis"),
    ("en", "KRASNODAR, 12 August. /Yug-Inform/. The regional government approved the budget."),
    ("it", "(ANSA) - ROMA, 20 NOV - Il governo ha approvato la manovra nella notte."),
    ("it", "Il Garante ha multato il sito perché utilizza cookie senza il consenso dei lettori."),
    ("fr", "Le juge a rappelé que la reproduction, même partielle, est interdite sans accord."),
    ("en", "The singer said all rights reserved to the label had been returned to her in 2019."),
    ("en", "Clicking accept on cookie banners gives companies more data than users think, a "
           "study shows."),
    ("en", "Grades A- A+"),
    ("en", "The film was produced with the support of the regional fund, the director said."),
    ("en", "In a previous version of this plan, the council wanted a tunnel."),
    ("en", "Anna Rossi won the race on 2 May 2024."),
    ("en", "Labels: the new rules on food labels take effect in May"),
    ("en", "Regulators fined the GmbH over its cookie policy, the court said on Monday."),
    ("en", "The school informed the families with a message on the electronic register and "
           "in the monthly newsletter of the institute."),
    ("en", "→ Lenin Street → Pushkin Street → the river embankment"),
    # a heading that names a place after a paper, news of a columnist, two names joined
    ("en", "Herald Square"),
    ("en", "Alert by SMS"),
    # a live page's words in news
    ("en", "Prices are updated automatically by the ministry every Monday."),
    ("en", "Thank you for following the rules, the mayor wrote to residents."),
    ("en", "Follow the updates on the weather from the civil protection."),
    ("en", "The live broadcast has ended after forty years on air."),
    # an interview's questions to its guest, a heading of the article's own opinion
    ("en", "Will you still offer glacier tours in August?"),
    ("en", "How did you live the storm?"),
    ("en", "Our opinion"),
    # a headline's dash joins two pieces of news, even with a word of the trade
    ("en", "Naples – The funicular of Chiaia stops for two months"),
    ("de", "Bülach – Das Lokalradio bekommt nach vierzig Jahren ein neues Studio im Zentrum"),
    ("en", "Times Square Reopens"),
    ("en", "Anna Weber writes about the plan in her column on Sunday, which angered the mayor."),
    ("en", "By Tuesday and Wednesday the river had risen by two metres."),
    # a route in a list: its label and first stop, then arrows (no breadcrumb trail)
    ("de", "Route: Kempten → Immenstadt → Sonthofen → Oberstdorf"),
    ("en", "Route: Kempten → Immenstadt → Sonthofen → Oberstdorf"),
    ("pt", "O ministro falou com a assessoria de imprensa da câmara sobre o caso."),
    ("en", "Video: 02:15 remained on the clock when the referee stopped the match."),
    ("en", "Fact check: the minister's figures on hospital beds do not add up, doctors said."),
]

# At the top, capitals before a short name are a headline's own words, not a kicker.
HEADLINES_LEFT_ALONE = [
    # a club's or a union's initials before the headline (three letters: no kicker)
    ("de", "HSG Konstanz gewinnt das Derby gegen Balingen knapp"),
    ("en", "CGT The union calls a new strike for Thursday"),
    ("en", "VIDEO Games"),
    ("fr", "LIVE Nation rachète une salle lyonnaise du centre-ville"),
    ("es", "Informe anual: la deuda baja en Galicia"),
]


@pytest.mark.parametrize(("code", "language", "line", "marked"), FOUND)
def test_shape_is_found_and_removed_on_request(
    code: str, language: str, line: str, marked: str | None
) -> None:
    text = article(language, line)
    found = boilerplate(text, language)
    assert [f.code for f in found] == [code]
    shown = text[found[0].start : found[0].end]
    assert shown == (marked if marked is not None else line)
    fixed = removed(text, language)
    assert fixed == f"{BEFORE[language]}\n\n{AFTER[language]}"


@pytest.mark.parametrize(("language", "line", "marked"), KICKERS)
def test_kicker_without_separator_on_the_headline(language: str, line: str, marked: str) -> None:
    text = f"{line}\n\n{BEFORE[language]}\n\n{AFTER[language]}"
    found = quotefix.check(text, target=TARGETS[language], select=["QF5"])
    assert [(f.code, text[f.start : f.end]) for f in found] == [("QF507", marked)]


@pytest.mark.parametrize(("language", "line"), LEFT_ALONE)
def test_look_alike_is_left_alone(language: str, line: str) -> None:
    assert_left_alone(language, line)


@pytest.mark.parametrize(("language", "line"), HEADLINES_LEFT_ALONE)
def test_capitals_on_a_headline_are_left_alone(language: str, line: str) -> None:
    text = f"{line}\n\n{BEFORE[language]}\n\n{AFTER[language]}"
    assert quotefix.check(text, target=TARGETS[language], select=["QF5"]) == []


def test_editors_note_as_machine_translation_renders_it() -> None:
    text = "The prefect (representative of the State, ed. note) announced 600 officers."
    found = quotefix.check(text, select=["QF5"])
    assert [(f.code, text[f.start : f.end]) for f in found] == [
        ("QF504", "(representative of the State, ed. note)")]


def test_editors_note_with_a_capital_after_a_dash() -> None:
    # ``— Ed. note``: the mark as Russian sites' ``— прим. ред.`` comes out of MT.
    text = "The plant (part of the Uralstal group. — Ed. note) made a profit of 8 billion roubles."
    found = quotefix.check(text, select=["QF5"])
    assert [(f.code, text[f.start : f.end]) for f in found] == [
        ("QF504", "(part of the Uralstal group. — Ed. note)")]


@pytest.mark.parametrize(("language", "section", "headline"), [
    ("en", "CHRONICLE", "Naples, a ring of loan sharks broken up: nine arrests"),
    ("en", "Culture", "The city museum reopens its wing of Flemish paintings"),
    ("en", "LAST MINUTE", "Motorway closed near Murcia after a lorry overturns"),
    ("en", "THE INTERVIEW", "The new rector wants a campus open at night"),
    ("en", "HOCKEY", "Traktor level the series after a late equaliser"),
    ("fr", "Politique", "Le maire de Quimper annonce sa candidature"),
    ("es", "ECONOMÍA", "El paro baja en Aragón por tercer mes seguido"),
    # a place alone on the first line: regional sites file articles under their town
    ("en", "Brest", "The storm tore roofs off in the night"),
    ("de", "Regensburg", "Die Steinerne Brücke bleibt im Sommer gesperrt"),
    ("pt", "Viana do Castelo", "Ponte Eiffel fechada ao trânsito durante seis meses"),
    ("it", "TRIESTE", "Il Molo Audace chiuso per sei mesi"),
])


def test_section_alone_above_the_headline(language: str, section: str, headline: str) -> None:
    text = f"{section}\n\n{headline}\n\n{BEFORE[language]}\n\n{AFTER[language]}"
    found = quotefix.check(text, target=TARGETS[language], select=["QF5"])
    assert [(f.code, text[f.start : f.end]) for f in found] == [("QF507", section)]
    fixed = quotefix.fix(text, target=TARGETS[language], select=["QF5"],
                         remove_boilerplate=True).text
    assert fixed == f"{headline}\n\n{BEFORE[language]}\n\n{AFTER[language]}"


@pytest.mark.parametrize("text", [
    # a heading over a paragraph, a headline in capitals over its standfirst, a
    # name below the text's second line, a headline of a name and a lower-case word
    "Health\n\nThe minister announced a plan for rural clinics on Monday.\n\nEnd.",
    "STORM HITS BREST\n\nRoofs torn off and trees down across the city\n\nEnd.",
    "Storm warning\n\nGusts of 120 km/h expected on the coast tonight\n\nEnd.",
    "The storm in Brest\n\nRoofs torn off and trees down across the city\n\nEnd.",
    "Culture\n\nMuseums, theatres and cinemas in the region: what reopens this week.\n\nEnd.",
])
def test_first_line_that_is_no_section_is_left_alone(text: str) -> None:
    assert quotefix.check(text, select=["QF5"]) == []


def test_section_alone_below_the_page_s_own_lines() -> None:
    text = ("Home | News | Regions | Sport | Culture | Contact\n\nTHEATRE\n\nThe city theatre "
            "reopens after two years of works\n\nThe council met on Tuesday evening.\n\n"
            "The vote is expected next week.")
    found = quotefix.check(text, select=["QF5"])
    assert [(f.code, text[f.start : f.end]) for f in found] == [
        ("QF508", "Home | News | Regions | Sport | Culture | Contact"), ("QF507", "THEATRE")]


def test_place_alone_above_a_headline_with_its_own_kicker() -> None:
    text = ("Occitanie\n\nVIDEO. The lake of Salagou has lost a third of its water\n\n"
            "The council met on Tuesday evening.\n\nThe vote is expected next week.")
    found = quotefix.check(text, select=["QF5"])
    assert [(f.code, text[f.start : f.end]) for f in found] == [
        ("QF507", "Occitanie"), ("QF507", "VIDEO.")]
