"""A quotation kept in its language with its translation beside it is no leftover, nor
is an utterance quoted whole and tied to its speaker; the same quotation with a comment
after it, or in lower case as a piece of a sentence, still is."""

from __future__ import annotations

import pytest

from quotefix.langfrag import fragments

KEPT = [
    # a dash, a colon, after the speech tag, American punctuation inside the marks
    "“Nous irons jusqu’au bout,” the driver told the local radio — we will see it through.",
    "The banner said it all: “Hier bleiben wir” – here we stay.",
    "Her verdict on the season was blunt: “un año para olvidar”: a year to forget.",
    "“Non abbiamo più tempo,” warned the mayor of the flooded town: we have no time left.",
    # after a comma, a translation shares a stem with the quotation
    "The poster promised “une sécurité totale”, total security, to every tenant.",
    # a headline splashed across a front page, a cheer heard, an answer given
    "“Que noche!” the Lisbon sports daily splashed across its front page.",
    "The couple left the church to cries of “Viva gli sposi” from the square.",
    "The minister answered the heckler with “Ordnung und Arbeit.”",
    # the translation as the next sentence, mirroring the quotation
    "The sign on the bakery read “Fermé pour travaux.” Closed for building work. It has"
    " been there since May.",
    "The crowd sang “¡Viva la vida, viva el amor!” Long live life, long live love — until"
    " the lights went out.",
    # a toast, a work named by its kind after a possessive name, after an etching
    "The captain raised his glass and said: “À la vôtre.”",
    "Critics praised “Das Haus am Meer”, Jonas Feld’s quiet, patient second novel.",
    "The museum moved Goya's etching “El sueño de la razón produce monstruos” to the entrance.",
    # the name of a yearly event before the English noun it qualifies
    "The chain was fined over its annual “Soldes de printemps” sale.",
    # an italic term's gloss in parentheses
    "The *gregari* (domestiques) paced their leader up the final climb.",
    # an utterance quoted whole and tied to its speaker by a speech tag, or after a colon
    "“Nous ne lâcherons rien”, the union leader said on Monday.",
    "The mayor stood up: “Nous continuerons.” The council then adjourned for the summer.",
]

STILL_LEFTOVERS = [
    # a comment on the quotation, not its translation
    ("The prefect announced “des mesures de sécurité exceptionnelles”, a decision the unions"
     " criticised.", "des mesures de sécurité exceptionnelles"),
    # a new sentence after the quotation, not its translation (in lower case, the
    # quotation is a piece of a sentence, no utterance quoted whole)
    ("The mayor stood up and promised “nous continuerons.” The council then adjourned"
     " for the summer.", "nous continuerons"),
    # English after the dash that is far longer than the quotation
    ("The mayor’s reply was “pas question pour le moment” – and the board, which had met"
     " twice in a week to settle the matter, voted to delay the decision until the spring.",
     "pas question pour le moment"),
]


@pytest.mark.parametrize("text", KEPT)
def test_quotation_kept_on_purpose(text: str) -> None:
    assert [text[f.start : f.end] for f in fragments(text)] == []


def test_body_words_are_no_heading() -> None:
    text = "Scheveningen beach in January draws a steady stream of walkers."
    assert fragments(text) == []
    heading = "Faits divers A man was hurt on Sunday when his car left the road."
    assert [heading[f.start : f.end] for f in fragments(heading)] == ["Faits divers"]


@pytest.mark.parametrize(("text", "span"), STILL_LEFTOVERS)
def test_quotation_left_untranslated(text: str, span: str) -> None:
    assert span in [text[f.start : f.end] for f in fragments(text)]
