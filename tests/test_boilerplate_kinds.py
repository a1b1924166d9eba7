"""QF505–QF509: each kind of site boilerplate, found and left alone, in six languages.

Every finding example is a line a site prints (written for the project);
every left-alone example is article text that shares its words. Each
language has both, for each kind the classifier names.
"""

from __future__ import annotations

import pytest

import quotefix

TARGETS = {"en": "en-US", "fr": "fr-FR", "es": "es", "it": "it", "de": "de-DE", "pt": "pt-PT"}
BEFORE = {
    "en": "The council met on Tuesday evening.",
    "fr": "Le conseil s’est réuni mardi soir.",
    "es": "El pleno se reunió el martes por la tarde.",
    "it": "Il consiglio si è riunito martedì sera.",
    "de": "Der Rat tagte am Dienstagabend.",
    "pt": "A assembleia reuniu-se na terça-feira à noite.",
}
AFTER = {
    "en": "The vote is expected next week.",
    "fr": "Le vote est attendu la semaine prochaine.",
    "es": "La votación se espera para la próxima semana.",
    "it": "Il voto è previsto la prossima settimana.",
    "de": "Die Abstimmung wird nächste Woche erwartet.",
    "pt": "A votação deverá ocorrer na próxima semana.",
}

# (code, language, the boilerplate line, what the finding marks)
FOUND = [
    ("QF505", "en", "Photo: Maria Lopes / AFP", None),
    ("QF505", "fr", "Crédit photo : Jean Morel / archives", None),
    ("QF505", "es", "Fuente: Agencia Estatal de Meteorología", None),
    ("QF505", "it", "Foto: Giulia Ferri / Ansa", None),
    ("QF505", "de", "Quelle: Statistisches Landesamt", None),
    ("QF505", "pt", "Com Lusa", None),
    ("QF506", "en", "This story was machine translated from Spanish. Read the original.", None),
    ("QF506", "fr", "Cet article est paru initialement dans notre édition du Var.", None),
    ("QF506", "es", "Este artículo se publicó originalmente en catalán (traducción automática).",
     None),
    ("QF506", "it", "Questo articolo è stato tradotto automaticamente dal tedesco.", None),
    ("QF506", "de", "Dieser Beitrag erschien zuerst in der Wochenendausgabe.", None),
    ("QF506", "pt", "Artigo publicado originalmente no Jornal da Serra.", None),
    ("QF507", "en", "LIVE - Flood warnings across the valley: the latest", "LIVE -"),
    ("QF507", "fr", "DIRECT. Tempête sur la côte : les dernières informations", "DIRECT."),
    ("QF507", "es", "ÚLTIMA HORA | Cortada la autovía por la nieve", "ÚLTIMA HORA |"),
    ("QF507", "it", "VIDEO - Il crollo del ponte ripreso dai residenti", "VIDEO -"),
    ("QF507", "de", "INTERVIEW: Die Bürgermeisterin über den neuen Bahnhof", "INTERVIEW:"),
    ("QF507", "pt", "REPORTAGEM - A vida nas aldeias sem médico", "REPORTAGEM -"),
    ("QF508", "en", "Share this story", None),
    ("QF508", "fr", "Temps de lecture : 4 min", None),
    ("QF508", "es", "Compartir esta noticia", None),
    ("QF508", "it", "Tempo di lettura: 3 minuti", None),
    ("QF508", "de", "Artikel anhören", None),
    ("QF508", "pt", "Tempo de leitura: 2 min", None),
    # photo-agency credits with a comma, credits "by" a photographer, cover images
    ("QF505", "en", "Photo Agency, Lucie Fontaine", None),
    ("QF505", "fr", "Photo Agence, Lucie Fontaine", None),
    ("QF505", "es", "Foto de Marta Gil / EFE", None),
    ("QF505", "it", "Crediti foto: Ansa / Paolo Neri", None),
    ("QF505", "de", "Titelbild: Jens Weber/dpa", None),
    ("QF505", "pt", "Foto de capa: Rui Sousa / Lusa", None),
    ("QF505", "en", "Cover image: Jens Weber/dpa", None),
    # notices: machine translation said in other words
    ("QF506", "en", "Article originally written in German and translated by machine.", None),
    ("QF506", "fr", "Article traduit à l’aide d’un outil automatique.", None),
    ("QF506", "es", "Texto traducido con la ayuda de una herramienta automática.", None),
    ("QF506", "it", "Articolo tradotto con l’aiuto dell’intelligenza artificiale.", None),
    ("QF506", "de", "dpa translation service. Region: Hessen. Category: Traffic", None),
    ("QF506", "pt", "Texto traduzido com a ajuda de uma ferramenta automática.", None),
    # ad and continuation markers, translated or not
    ("QF503", "en", "Continuation after advertising", None),
    ("QF503", "fr", "Espace publicitaire", None),
    ("QF503", "es", "Sigue leyendo después de la publicidad", None),
    ("QF503", "it", "Spazio pubblicitario", None),
    ("QF503", "de", "Weiterlesen nach der Werbung", None),
    ("QF503", "pt", "Continua depois da publicidade", None),
    # kickers after an article, before a quotation, or machine-translated
    ("QF507", "en", "THE INTERVIEW. The harbour master: “We need a second pier”",
     "THE INTERVIEW."),
    ("QF507", "en", "TESTIMONIALS. “We waited four hours for the bus”", "TESTIMONIALS."),
    ("QF507", "en", "DECRYPTION. What the new tax on flights will change", "DECRYPTION."),
    ("QF507", "fr", "DÉCRYPTAGE. Ce que la taxe sur les vols va changer", "DÉCRYPTAGE."),
    ("QF507", "es", "LAST MINUTE | Cortada la carretera de la costa", "LAST MINUTE |"),
    ("QF507", "it", "L’INTERVISTA. Il capitano del porto: «Serve un secondo molo»",
     "L’INTERVISTA."),
    ("QF507", "de", "KOMMENTAR - Der Hafen braucht einen Plan", "KOMMENTAR -"),
    ("QF507", "pt", "DIRETO. Greve nos comboios: todas as perturbações", "DIRETO."),
    # furniture: buttons, listen with a duration, synthetic voices, author boxes, appeals
    ("QF508", "en", "Listen to the article (3 min)", None),
    ("QF508", "en", "By Nora Lind, reporter at the city desk", None),
    ("QF508", "en", "Our journalism depends on you. Support us today.", None),
    ("QF508", "en", "Add to favourites", None),
    ("QF508", "fr", "Offrir cet article", None),
    ("QF508", "es", "Guardar", None),
    ("QF508", "it", "Aggiungi ai preferiti", None),
    ("QF508", "de", "Dieser Text wurde mit einer künstlichen Stimme vorgelesen.", None),
    ("QF508", "de", "Anna Roth ist Redakteurin im Ressort Wirtschaft. (Autorenprofil ansehen)",
     None),
    ("QF508", "pt", "Reportar um erro", None),
    ("QF508", "fr", "Publié le 03/02/2025 à 07h10, mis à jour le 03/02/2025 à 08h55", None),
    # teasers under other labels
    ("QF501", "en", "RELATED NEWS: The ferry timetable changes in May", None),
    ("QF501", "es", "NOTICIAS RELACIONADAS: Cambia el horario del ferri", None),
    ("QF501", "it", "Approfondisci: Cambia l’orario dei traghetti", None),
]

LEFT_ALONE = [
    ("en", "Photographers waited outside the court for the verdict."),
    ("en", "The source of the leak was a cracked pipe under the square."),
    ("en", "Live music will return to the harbour in June, the mayor said."),
    ("en", "The minutes were translated into French for the partner city."),
    ("en", "Share prices fell after the announcement, traders said."),
    ("en", "Reading time at the library will be extended on Sundays."),
    ("fr", "Les photographes attendaient devant le tribunal."),
    ("fr", "La source de la fuite était une canalisation fissurée."),
    ("fr", "Le direct de la chaîne locale a été interrompu par la panne."),
    ("fr", "Le texte a été traduit en occitan pour les écoles."),
    ("es", "La fuente de la plaza volverá a funcionar en verano."),
    ("es", "Última hora de la tarde: el tráfico se normalizó en la autovía."),
    ("es", "Los vecinos decidieron compartir los gastos de la reparación."),
    ("it", "Il video girato dai residenti mostra il crollo del ponte."),
    ("it", "Le fonti vicine al sindaco parlano di un accordo vicino."),
    ("it", "Il tempo di attesa al pronto soccorso è sceso a due ore."),
    ("de", "Die Quelle des Lecks war ein Riss in der Leitung."),
    ("de", "Im Interview sprach die Bürgermeisterin über den Bahnhof."),
    ("de", "Die Lesezeit in der Bibliothek wird am Sonntag verlängert."),
    ("pt", "A fonte da praça vai voltar a funcionar no verão."),
    ("pt", "A reportagem da televisão local mostrou as aldeias sem médico."),
    ("pt", "Os moradores vão partilhar os custos da obra."),
    # translation notices: a sentence about a translation is the article's
    ("es", "La novela fue traducida al catalán para las escuelas de la comarca."),
    ("it", "Il romanzo è stato tradotto in tedesco l’anno scorso da una piccola casa editrice."),
    ("de", "Der Roman wurde ins Englische übersetzt und erscheint im Herbst."),
    ("pt", "O livro foi traduzido para inglês em 2019 e vendeu bem no estrangeiro."),
    # kicker words in a sentence, not in capitals before a headline
    ("es", "Vídeo grabado por los vecinos muestra la crecida del río."),
    ("it", "In diretta dalla piazza, il sindaco ha parlato ai residenti."),
    ("de", "Exklusiv für die Mitglieder öffnet das Museum am Montag."),
    ("pt", "Ao vivo, a banda tocou até à meia-noite na praça central."),
    ("fr", "Entretien des routes : le département recrute dix agents."),
    # furniture words in a sentence
    ("fr", "Écouter les habitants avant de construire, a dit la maire."),
    ("it", "Ascolta i cittadini prima di decidere, ha chiesto l’opposizione."),
    ("pt", "Siga as instruções da proteção civil, pediu o presidente da câmara."),
    # look-alikes of the newer shapes: a "by" with a job inside a sentence, support
    # for journalism as news, photo agencies as a subject, a kicker word in a sentence
    ("en", "By the end of the week, the correspondent had counted forty closed shops."),
    ("en", "Support for local journalism was one of the promises of the council."),
    ("en", "Photo agencies and television crews were invited to visit the tunnel."),
    ("en", "Comment on the plan can be sent to the council until Friday."),
    ("en", "Save for the printing works, every site will be kept."),
    ("en", "“Continue reading to us,” the children asked the librarian."),
    ("fr", "Par la fenêtre, la journaliste voyait la place vide."),
    ("fr", "Le soutien au journalisme local était une promesse du conseil."),
    ("es", "Por la tarde, el corresponsal contó cuarenta tiendas cerradas."),
    ("es", "Guardar la calma fue el consejo de los bomberos a los vecinos."),
    ("it", "Di sera, il giornalista ha contato quaranta negozi chiusi."),
    ("it", "L’intervista al sindaco è stata registrata lunedì in municipio."),
    ("de", "Von der Redakteurin kam am Abend keine Antwort mehr."),
    ("de", "Die Stimme des Sprechers klang am Telefon künstlich ruhig."),
    ("pt", "Por volta das dez, o jornalista contou quarenta lojas fechadas."),
    ("pt", "Reportar os danos à seguradora é obrigatório no prazo de dez dias."),
]


def article(language: str, line: str) -> str:
    """``line`` as a paragraph between two clean ones of ``language``."""
    return f"{BEFORE[language]}\n\n{line}\n\n{AFTER[language]}"


def boilerplate(text: str, language: str) -> list[quotefix.Finding]:
    """The QF5xx findings of ``text``, published in ``language``."""
    return quotefix.check(text, target=TARGETS[language], select=["QF5"])


def removed(text: str, language: str) -> str:
    """``text`` after ``fix`` with ``remove_boilerplate``."""
    return quotefix.fix(text, target=TARGETS[language], select=["QF5"],
                        remove_boilerplate=True).text


def assert_found_and_removed(code: str, language: str, line: str,
                             marked: str | None = None) -> None:
    """``line`` between two clean paragraphs gets one finding of ``code`` (marking
    ``marked``, when given) and goes whole on request."""
    text = article(language, line)
    found = boilerplate(text, language)
    assert [f.code for f in found] == [code]
    if marked is not None:
        assert text[found[0].start : found[0].end] == marked
    assert removed(text, language) == f"{BEFORE[language]}\n\n{AFTER[language]}"


def assert_left_alone(language: str, line: str) -> None:
    """``line`` between two clean paragraphs gets no finding and loses nothing."""
    text = article(language, line)
    assert boilerplate(text, language) == []
    assert removed(text, language) == text


@pytest.mark.parametrize(("code", "language", "line", "marked"), FOUND)
def test_kind_is_found_and_removed_on_request(
    code: str, language: str, line: str, marked: str | None
) -> None:
    text = article(language, line)
    found = boilerplate(text, language)
    assert [f.code for f in found] == [code]
    if marked is not None:
        assert text[found[0].start : found[0].end] == marked
    fixed = removed(text, language)
    if code == "QF507":  # the kicker goes, the headline stays
        assert fixed == article(language, line[len(marked or "") :].lstrip())
    else:
        assert fixed == f"{BEFORE[language]}\n\n{AFTER[language]}"
    assert quotefix.fix(text, target=TARGETS[language], select=["QF5"]).text == text


@pytest.mark.parametrize(("language", "line"), LEFT_ALONE)
def test_look_alikes_are_left_alone(language: str, line: str) -> None:
    assert_left_alone(language, line)


@pytest.mark.parametrize(("language", "heading", "items"), [
    ("en", "MOST READ", ["1. Rents rise again in the centre", "2. The ferry returns on Monday"]),
    ("fr", "Les plus lus", ["• Grève des bus : ce qui change", "• Un nouveau parc en 2026"]),
    ("es", "Lo más leído", ["- La Aemet avisa de lluvias", "- Cortes de agua en el centro"]),
    ("it", "I più letti", ["Sciopero dei treni, le fasce garantite", "Nuovo ponte, via ai lavori"]),
    ("de", "Meistgelesen", ["▶ Streik im Nahverkehr", "▶ Neue Radwege im Süden"]),
    ("pt", "Mais lidas", ["• Greve nos comboios", "• Novo hospital abre em maio"]),
])
def test_headline_list(language: str, heading: str, items: list[str]) -> None:
    text = "\n".join([BEFORE[language], heading, *items])
    found = quotefix.check(text, target=TARGETS[language], select=["QF5"])
    assert [f.code for f in found] == ["QF509"] * 3
    removed = quotefix.fix(text, target=TARGETS[language], select=["QF5"],
                           remove_boilerplate=True).text
    assert removed == BEFORE[language]


@pytest.mark.parametrize(("language", "lead", "items"), [
    ("en", "The measures include:", ["• free school meals;", "• a rent freeze."]),
    ("fr", "Les mesures prévues :", ["- des repas gratuits", "- un gel des loyers"]),
    ("es", "Las claves del plan:", ["- Comedores gratuitos", "- Alquileres congelados"]),
    ("it", "Le misure previste:", ["• mense gratuite;", "• affitti bloccati."]),
    ("de", "Geplant sind:", ["• kostenloses Mittagessen,", "• ein Mietstopp."]),
    ("pt", "As medidas previstas:", ["• refeições gratuitas;", "• rendas congeladas."]),
])
def test_article_lists_are_left_alone(language: str, lead: str, items: list[str]) -> None:
    text = "\n".join([BEFORE[language], lead, *items, AFTER[language]])
    assert quotefix.check(text, target=TARGETS[language], select=["QF5"]) == []


def test_photo_kicker_keeps_the_headline() -> None:
    """``FOTO |`` is a kicker: removing it once took the headline too."""
    text = "FOTO | La Notte Bianca di Lecce, le immagini della festa\n\nLa piazza era piena."
    [finding] = quotefix.check(text, target="it", select=["QF5"])
    assert (finding.code, text[finding.start : finding.end]) == ("QF507", "FOTO |")
    removed = quotefix.fix(text, target="it", select=["QF5"], remove_boilerplate=True).text
    assert removed == "La Notte Bianca di Lecce, le immagini della festa\n\nLa piazza era piena."


@pytest.mark.parametrize(("text", "span", "kept"), [
    ("The crowd gathered at dawn on the quay. Photo: Ana Reis / Lusa\n\nThe boats left.",
     "Photo: Ana Reis / Lusa", "The crowd gathered at dawn on the quay.\n\nThe boats left."),
    ("No rain is expected before Friday.Read more →\n\nThe end.",
     "Read more →", "No rain is expected before Friday.\n\nThe end."),
    ("LoadingThe ferry returns to service\n\nThe end.", "Loading",
     "The ferry returns to service\n\nThe end."),
    # a caption's credit after a closing dash, or in brackets at its end
    ("The central bank's headquarters, in Brasília — Photo: Divulgação/BC\n\nRates held.",
     "Photo: Divulgação/BC", "The central bank's headquarters, in Brasília\n\nRates held."),
    ("Le scogliere davanti alla passeggiata dopo l'ultima mareggiata (Foto Fabbrini)\n\nFine.",
     "(Foto Fabbrini)", "Le scogliere davanti alla passeggiata dopo l'ultima mareggiata\n\nFine."),
    ("The flames seen from the village, on Monday evening. MIGUEL ANTUNES/LUSA\n\nFire.",
     "MIGUEL ANTUNES/LUSA", "The flames seen from the village, on Monday evening.\n\nFire."),
    ("Trucks wait at the grain terminal in Santos - Photo: Port Authority/Disclosure\n\nEnd.",
     "Photo: Port Authority/Disclosure", "Trucks wait at the grain terminal in Santos\n\nEnd."),
    # a copyright sign and its holders, or a name in capitals after a slash, closing a caption
    ("Hail-flattened vines outside Leibnitz on Monday © APA/Karin Holzer\n\nDamage was high.",
     "© APA/Karin Holzer", "Hail-flattened vines outside Leibnitz on Monday\n\nDamage was high."),
    ("Vista del puerto de Águilas al amanecer. / JUAN SORIANO\n\nEl puerto abre.",
     "/ JUAN SORIANO", "Vista del puerto de Águilas al amanecer.\n\nEl puerto abre."),
    ("Jean Morvan au départ de la course, en 2019. (Photo : archives Anne Le Goff)\n\nFin.",
     "(Photo : archives Anne Le Goff)", "Jean Morvan au départ de la course, en 2019.\n\nFin."),
    # a photo word and a name, an agency or a video in brackets, an archive in capitals
    ("Pickers in a vineyard near Épernay, on Monday morning. Photo Lucie Garnier\n\nEnd.",
     "Photo Lucie Garnier", "Pickers in a vineyard near Épernay, on Monday morning.\n\nEnd."),
    ("Hail-torn greenhouse covers near Vittoria. Ph. Carmelo Russo\n\nEnd.",
     "Ph. Carmelo Russo", "Hail-torn greenhouse covers near Vittoria.\n\nEnd."),
    ("Gondolas moored on the Grand Canal (ANSA)\n\nEnd.", "(ANSA)",
     "Gondolas moored on the Grand Canal\n\nEnd."),
    ("The mayor during Friday's plenary session at City Hall. Marta Gil (EFE)\n\nEnd.",
     "Marta Gil (EFE)", "The mayor during Friday's plenary session at City Hall.\n\nEnd."),
    ("The tremor as recorded at the Vesuvius station (video INGV)\n\nEnd.", "(video INGV)",
     "The tremor as recorded at the Vesuvius station\n\nEnd."),
    ("The cable car above Verbier, on Monday. ANNE MORAND\n\nEnd.", "ANNE MORAND",
     "The cable car above Verbier, on Monday.\n\nEnd."),
    ("The new library with its wooden roof (Foto Ti-Press/Marco Bernasconi)\n\nEnd.",
     "(Foto Ti-Press/Marco Bernasconi)", "The new library with its wooden roof\n\nEnd."),
    ("The painter in his studio in Coimbra, in 2018 RUI DUARTE/ARQUIVO\n\nEnd.",
     "RUI DUARTE/ARQUIVO", "The painter in his studio in Coimbra, in 2018\n\nEnd."),
    # a teaser label in capitals after a paragraph's last sentence, with its headline
    ("Employers asked for more trips for the elderly. READ MORE: Imserso 2025: dates\n\nEnd.",
     "READ MORE: Imserso 2025: dates", "Employers asked for more trips for the elderly.\n\nEnd."),
    # glued into a paragraph as extraction tools leave it: a teaser after the last
    # sentence, a marker between two sentences, a photo credit in brackets at the end
    ("The works will last until June, the mayor said. Read also: Floods in the valley, the "
     "river rises\n\nEnd.", "Read also: Floods in the valley, the river rises",
     "The works will last until June, the mayor said.\n\nEnd."),
    ("Le chantier durera jusqu'en juin. À lire aussi : Le pont de la Loire rouvre lundi\n\nFin.",
     "À lire aussi : Le pont de la Loire rouvre lundi",
     "Le chantier durera jusqu'en juin.\n\nFin."),
    ("The unions greeted the deal with caution. ADVERTISEMENT They want a meeting in May.\n\n"
     "End.", "ADVERTISEMENT", "The unions greeted the deal with caution. They want a meeting "
     "in May.\n\nEnd."),
    ("Prices rose by 8% in a year. Advertising The chains blame the poor harvest.\n\nEnd.",
     "Advertising", "Prices rose by 8% in a year. The chains blame the poor harvest.\n\nEnd."),
    ("Applause filled the bar. The article continues below «We are with her», he said.\n\n"
     "End.", "The article continues below", "Applause filled the bar. «We are with her», he "
     "said.\n\nEnd."),
    ("Thieves mostly force a window or a back door. (Illustration photo: Archives)\n\nEnd.",
     "(Illustration photo: Archives)", "Thieves mostly force a window or a back door.\n\nEnd."),
    ("Checks were made in Chiaia too. » Read also: Movida, new rules on alcohol\n\nEnd.",
     "» Read also: Movida, new rules on alcohol", "Checks were made in Chiaia too.\n\nEnd."),
    # untranslated, before a sentence of the site's own language
    ("Les travaux dureront trois mois. Publicité Le conseil votera le budget en mars.\n\nFin.",
     "Publicité", "Les travaux dureront trois mois. Le conseil votera le budget en mars.\n\nFin."),
    ("Die Polizei sucht Zeugen. Werbung Der Schaden liegt bei 20.000 Euro.\n\nEnde.",
     "Werbung", "Die Polizei sucht Zeugen. Der Schaden liegt bei 20.000 Euro.\n\nEnde."),
    ("A água chegou a um metro. Continua após a publicidade Moradores perderam tudo.\n\nFim.",
     "Continua após a publicidade", "A água chegou a um metro. Moradores perderam tudo.\n\nFim."),
    # a long marker needs no word that opens sentences after it: a name may follow
    ("Les ventes ont reculé en Chine. La suite après cette publicité Hong Kong suit la même "
     "pente.\n\nFin.", "La suite après cette publicité",
     "Les ventes ont reculé en Chine. Hong Kong suit la même pente.\n\nFin."),
    ("The line will have five stations. Continuation below The cost is put at 140 billion "
     "rubles.\n\nEnd.", "Continuation below",
     "The line will have five stations. The cost is put at 140 billion rubles.\n\nEnd."),
    ("A casa ardeu durante a noite. LEIA TAMBÉM Viseu: bombeiros pedem mais meios\n\nFim.",
     "LEIA TAMBÉM Viseu: bombeiros pedem mais meios", "A casa ardeu durante a noite.\n\nFim."),
    ("Il libro esce a maggio. Continua a leggere dopo la pubblicità Sullo sfondo c'è la "
     "guerra.\n\nFine.", "Continua a leggere dopo la pubblicità",
     "Il libro esce a maggio. Sullo sfondo c'è la guerra.\n\nFine."),
    ("Residents spent the night in their cars. - Advertising - The firefighters checked "
     "every building.\n\nEnd.", "Advertising",
     "Residents spent the night in their cars. The firefighters checked every building."
     "\n\nEnd."),
    ("The lake is at 47% of its capacity, the lowest since 2021. (With information from "
     "EFE)\n\nEnd.", "(With information from EFE)",
     "The lake is at 47% of its capacity, the lowest since 2021.\n\nEnd."),
])

def test_inline_spans(text: str, span: str, kept: str) -> None:
    [finding] = quotefix.check(text, select=["QF5"])
    assert text[finding.start : finding.end] == span
    assert quotefix.fix(text, select=["QF5"], remove_boilerplate=True).text == kept


@pytest.mark.parametrize("text", [
    # the same words in the news: a name, a topic, a sentence, more sentences after
    "Profits fell last year. Advertising Standards officials opened an inquiry.",
    "Revenue grew again. Advertising: the market for online campaigns doubled.",
    "The museum reopens on Friday. Read also the report of the inspectors, the mayor said.",
    "The plan was approved. See also: the annex lists the streets. Works start in May.",
    "He showed the jury a picture. (Photo of the car) was the exhibit's label, he said.",
    "Le ministre a présenté la suite après la publicité du rapport, prévue lundi.",
    "Prices rose again in March. (With Maria Lopez)",
    "The mayor resigned. READ ALSO The report of the inspectors was published.",
])
def test_glued_look_alikes_are_left_alone(text: str) -> None:
    assert quotefix.check(text + "\n\nEnd.", select=["QF5"]) == []


@pytest.mark.parametrize(("text", "note"), [
    ("The minister (Greens, ed.) said so.", "(Greens, ed.)"),
    ("The mayor (re-elected in 2020, editor’s note) agreed.",
     "(re-elected in 2020, editor’s note)"),
    ("El alcalde (del PP, N. de la R.) lo confirmó.", "(del PP, N. de la R.)"),
    ("Il sindaco (al secondo mandato, ndr) ha confermato.", "(al secondo mandato, ndr)"),
    ("Der Minister (Grüne, Anm. d. Red.) bestätigte das.", "(Grüne, Anm. d. Red.)"),
    ("O autarca (eleito em 2021, N. da R.) confirmou.", "(eleito em 2021, N. da R.)"),
    # spelt out, as sites and MT write them, and last in square brackets
    ("Os preços subiram (a maior subida, Nota da Redação) no Algarve.",
     "(a maior subida, Nota da Redação)"),
    ("It will open at noon, he (the mayor, annotation of the editors) said.",
     "(the mayor, annotation of the editors)"),
    ("The minister [Ana Teixeira, N.R.] spoke after the meeting.", "[Ana Teixeira, N.R.]"),
    ("The works could not wait (note of the editorial: the last dates from 1998).",
     "(note of the editorial: the last dates from 1998)"),
    ("The works cost 45 million (Editor's note: the city first said June).",
     "(Editor's note: the city first said June)"),
    ("Visitors reached 1.1 million (note of the editorial office: first given as 1.5).",
     "(note of the editorial office: first given as 1.5)"),
    # the mark first with a space only, and Russian ``прим. ред.`` as MT renders it
    ("The treasurer (N.d.R. acquitted in 2016) resigned.", "(N.d.R. acquitted in 2016)"),
    ("The bridge (opened in 1987 - approx. ed.) will close.", "(opened in 1987 - approx. ed.)"),
    ("El pianista (fallecido en 2011, N. del E.) tocaba cada viernes.",
     "(fallecido en 2011, N. del E.)"),
    ("O preço (Nota da Redacção: 88 meticais por litro) subiu.",
     "(Nota da Redacção: 88 meticais por litro)"),
    ("The dog (about 600 of them, according to the last count, N. of the E.) sleeps.",
     "(about 600 of them, according to the last count, N. of the E.)"),
    ("The plant (the operator belongs to the region. - Approx. ed.) said so.",
     "(the operator belongs to the region. - Approx. ed.)"),
])
def test_editors_notes_in_six_languages(text: str, note: str) -> None:
    found = [(f.code, text[f.start : f.end]) for f in quotefix.check(text, select=["QF5"])]
    assert found == [("QF504", note)]


def test_arrow_led_list_of_the_article_stays() -> None:
    """Arrow-led items of the article's own list, some in lower case: no teaser links."""
    text = ("The council approved the new rules on Tuesday.\n\nWhat changes\n\n"
            "→ stop for diesel cars without a filter\n\n→ ban extended to Sundays\n\n"
            "→ 50 free accesses a year for residents over 70\n\nTraders protested.")
    assert quotefix.check(text, select=["QF5"]) == []
    # items that end as sentences do are the article's own too (headlines take no stop)
    stops = ("Tram works start on Monday.\n\n→ Line 4: replaced by buses as far as the depot.\n\n"
             "→ Line 9: runs only between the station and the harbour.\n\nEnd.")
    assert quotefix.check(stops, select=["QF5"]) == []
    # a single arrow-led headline is still a link to another article
    linked = "The council approved the rules.\n\n→ Ten years of traffic rules in Milan\n\nEnd."
    assert [f.code for f in quotefix.check(linked, select=["QF5"])] == ["QF501"]


def test_list_heading_with_its_topic_takes_the_headlines_below() -> None:
    """``Other news of Sport``, ``More from Hamburg``: a heading, its topic, and the
    headlines under it are all boilerplate; a subheading about a person is not."""
    text = ("The club confirmed the new coach on Monday.\n\nOther news of Sport\n\n"
            "Volleyball, Trento takes the first match of the final\n\n"
            "Rowing, the lake regatta moves to September")
    found = quotefix.check(text, select=["QF5"])
    assert [text.count("\n", 0, f.start) // 2 for f in found] == [1, 2, 3]
    assert {f.code for f in found} == {"QF509"}
    kept = "The council met on Monday.\n\nMore from the minister\n\nShe said the plan would wait."
    assert quotefix.check(kept, select=["QF5"]) == []


@pytest.mark.parametrize("headline", [
    "Mr. Lagarde goes to Brussels to meet the commissioners",
    "St. Moritz hosts the winter polo final on the frozen lake",
    "Growers vs. Bottlers, the 2011 edition of the price dispute",
])
def test_abbreviation_opening_a_headline_is_no_topic(headline: str) -> None:
    """``Mr.``, ``St.``: an abbreviation's full stop opens no topic kicker."""
    text = f"{headline}\n\nThe council met on Monday."
    assert quotefix.check(text, select=["QF5"]) == []


def test_topic_kicker_only_opens_an_article() -> None:
    """A title-cased word and a full stop before a headline-shaped line far into the
    article is the article's own subheading."""
    body = "\n\n".join(f"Paragraph {n} of the report on the harbour works." for n in range(6))
    text = f"{body}\n\nFinally. The bridge opens to cyclists in June\n\nThe end."
    assert quotefix.check(text, select=["QF5"]) == []


def test_caption_that_opens_with_a_credit_word_keeps_its_text() -> None:
    """``Imagen de archivo del puerto. / ANA RUIZ``: the caption stays, the credit goes."""
    text = "Imagen de archivo del puerto de Cartagena al amanecer. / ANA RUIZ\n\nEl puerto abre."
    [finding] = quotefix.check(text, target="es", select=["QF5"])
    assert text[finding.start : finding.end] == "/ ANA RUIZ"
    fixed = quotefix.fix(text, target="es", select=["QF5"], remove_boilerplate=True).text
    assert fixed == "Imagen de archivo del puerto de Cartagena al amanecer.\n\nEl puerto abre."
