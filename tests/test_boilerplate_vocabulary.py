"""QF5xx: boilerplate in wordings no label lists, found by the vocabulary of site furniture.

A short line made mostly of furniture words (article, podcast, listen, photo,
translated…), the reader addressed with one of them, or a furniture word before
a colon and a name. The lines below are worded as no label of the lexicon is;
the look-alikes are short news lines, headings and captions that use the same
words and must stay.
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

# (language, a line worded as no label is)
FOUND = [
    ("en", "Podcast episode: listen on the app"),
    ("en", "You can share this article with a friend"),
    ("en", "Images: Marta Gil / EFE"),
    ("en", "Watch our video report"),
    ("fr", "Écoutez cet article en version audio"),
    ("fr", "Vidéos : Jean Morel et Lucie Bard"),
    ("es", "Descarga nuestra aplicación gratis"),
    ("es", "Comparte este artículo en WhatsApp"),
    ("it", "Scarica la nostra app e ricevi le notifiche"),
    ("de", "Artikel vorlesen lassen: Audio starten"),
    ("de", "Folgen Sie unserem Kanal auf WhatsApp"),
    ("pt", "Baixe o aplicativo e ative as notificações"),
    ("pt", "Versão traduzida do artigo original"),
    # The page speaking of itself: a mistake to report, an invitation to share, a note
    # on how links are marked (quotefix/sitelines/invitations.py).
    ("en", "Seen a typo in this story? Write to us"),
    ("en", "Share it on social networks"),
    ("en", "Links to other sites are shown with an arrow"),
    ("fr", "Une coquille ? Signalez-la"),
    ("fr", "Partagez sur vos réseaux sociaux"),
    ("es", "¿Encontraste un error? Escríbenos"),
    ("es", "Compártelo en tus redes sociales"),
    ("it", "Errore nel testo? Scrivici"),
    ("it", "Condividi sui social network"),
    ("de", "Tippfehler gefunden? Bitte melden"),
    ("de", "In sozialen Medien teilen"),
    ("pt", "Viu um erro? Comunique-nos"),
    ("pt", "Compartilhe nas redes sociais"),
]

LEFT_ALONE = [
    ("en", "Police said the road would reopen on Monday."),
    ("en", "No Facebook page was created for the event."),
    ("en", "Share prices fell after the announcement, traders said."),
    ("en", "The new edition of the festival"),
    ("en", "Readers queue outside the bookshop on Saturday morning."),
    ("en", "Source of the outbreak still unknown"),
    ("fr", "Le texte a été adopté par le Sénat."),
    ("fr", "Une vidéo de l'accident circule sur les réseaux."),
    ("es", "La fuente del brote sigue sin identificarse"),
    ("it", "Il testo passa ora alla Camera."),
    ("de", "Die Ausgabe der Zeitung erscheint am Montag."),
    ("pt", "O artigo da lei foi aprovado ontem."),
    ("en", "The mayor admitted a mistake in the budget."),
    ("en", "Errors found in the audit report"),
    ("en", "Social networks carried the video within hours."),
    ("en", "Share prices slid on social media fears"),
    ("en", "A red arrow marks the way to the new exit."),
    ("en", "\u201cLet us know,\u201d the coach told the players."),
    ("fr", "Le ministre reconnaît une erreur de calcul."),
    ("es", "Las redes sociales se llenaron de críticas."),
    ("it", "Un errore di calcolo costa caro al Comune"),
    ("de", "Der Pfeil auf der Straße zeigt die Umleitung."),
    ("pt", "O árbitro admitiu o erro no fim do jogo."),
]


@pytest.mark.parametrize(("language", "line"), FOUND)
def test_unlisted_wording_is_found_and_removed(language: str, line: str) -> None:
    text = article(language, line)
    found = boilerplate(text, language)
    assert len(found) == 1 and found[0].code.startswith("QF50")
    assert text[found[0].start : found[0].end] == line
    fixed = removed(text, language)
    assert fixed == f"{BEFORE[language]}\n\n{AFTER[language]}"


@pytest.mark.parametrize(("language", "line"), LEFT_ALONE)
def test_look_alike_is_left_alone(language: str, line: str) -> None:
    assert_left_alone(language, line)
