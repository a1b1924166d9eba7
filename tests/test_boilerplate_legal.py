"""QF5xx: legal footnotes, registry formulas, competitions' kickers, live pages, dates
and agencies on lines of their own.

The footnote a Russian site prints under an article that names a foreign agent or
a banned organisation, the same formula in brackets after the name, a
competition's name in capitals over a match report, a place or a topic before a
middle dot, the furniture of live pages, polls and comment boxes, a date line with
its weekday, an agency or a photo credit alone. Each is found between two clean
paragraphs and removed on request (a note in brackets is reported only); news about
the same registries, competitions, polls and agencies stays.
"""

from __future__ import annotations

import pytest
from test_boilerplate_kinds import (
    AFTER,
    article,
    assert_found_and_removed,
    assert_left_alone,
    boilerplate,
    removed,
)

FOUND = [
    # legal footnotes
    ("QF508", "en", "* ANNA VOLKOVA IS INCLUDED IN THE REGISTER OF FOREIGN AGENTS BY THE "
                    "MINISTRY OF JUSTICE"),
    ("QF508", "en", "* The network X is recognised as an extremist organisation; its "
                    "activities are banned in Russia."),
    ("QF508", "en", "*Performing the functions of a foreign agent"),
    # furniture of live pages, polls and comment boxes
    ("QF508", "en", "Load more updates"),
    ("QF508", "en", "See the results"),
    ("QF508", "en", "You must be logged in to post a comment. Log in or register"),
    ("QF508", "en", "The comments are the responsibility of their authors and may be removed."),
    ("QF508", "en", "Audio generated with artificial intelligence. It may contain errors."),
    ("QF508", "it", "Necrologie e partecipazioni: gli annunci di oggi a Pavia"),
    # credits and notices
    ("QF505", "en", "Image taken from Instagram"),
    ("QF505", "fr", "Texte et photo : Léa Ponsard, correspondante"),
    ("QF506", "en", "This material is also available in Ukrainian"),
    # dates, agencies and photo credits on lines of their own
    ("QF508", "en", "Lima, Wednesday 14 of February of 2024"),
    ("QF508", "en", "Friday, March 8, 2024"),
    ("QF505", "en", "Xinhua"),
    ("QF505", "en", "(ANGOP)"),
    ("QF505", "en", "SDA/Red"),
    ("QF505", "en", "-- Inforpress / end --"),
    ("QF505", "en", "Photo Torino FC press office / Marco Riva"),
    # broadcasters' plugs, embedded content, readers' questions
    ("QF508", "en", "You can hear this and other topics from the valley in our news every hour."),
    ("QF508", "en", "At this point you will find content from the provider of the map. To "
                    "view it, enable external content."),
    ("QF508", "en", "Unlock this article and read all premium content for one euro."),
    ("QF508", "en", "Do you have a question for the newsroom? Use our contact form."),
    ("QF506", "en", "This report was automatically taken over from the dpa news service."),
    # teasers and lists of other headlines
    ("QF501", "en", "More on this: The border queue in Narva reached six hours"),
    ("QF509", "en", "Most discussed"),
]


@pytest.mark.parametrize(("code", "language", "line"), FOUND)
def test_line_is_found_and_removed_on_request(code: str, language: str, line: str) -> None:
    assert_found_and_removed(code, language, line)


LEFT_ALONE = [
    ("en", "The court added the blogger to the register of foreign agents on Friday."),
    ("en", "* Prices include tax and were recognised as fair by the regulator."),
    ("en", "The league was banned in Russia in 2022, its former chairman said."),
    ("en", "More on this later, the minister told reporters as she left the meeting."),
    ("en", "Survey: most residents want the tram extended to the airport"),
    ("en", "The comments of the mayor were criticised by the opposition on Monday."),
    ("en", "The results of the vote will be published on Sunday evening."),
    ("en", "NBA: Boston beat Miami in overtime to reach the final"),
    ("en", "PARIS - The council voted the budget on Monday night."),
    ("en", "The vote, 20 March 2024"),
    ("en", "Photo Booth Returns To Main Street"),
    ("en", "Reuters reported the figures on Friday."),
    ("en", "Viewers can watch the operas live or later in the media library."),
    ("en", "EU SUMMIT: Leaders agree a deal on the budget."),
    ("en", "FOLLOW LIVE: Parades of the Special Group on the second night in Rio"),
]


@pytest.mark.parametrize(("language", "line"), LEFT_ALONE[:-1])
def test_news_of_registries_polls_and_comments_is_left_alone(language: str, line: str) -> None:
    assert_left_alone(language, line)


def test_a_live_kicker_is_not_read_as_an_invitation_to_a_channel() -> None:
    """A capitalised ``Group`` belongs to a name: the label is a kicker, and only the
    label goes on removal."""
    text = f"{LEFT_ALONE[-1][1]}\n\n{AFTER['en']}"
    found = boilerplate(text, "en")
    assert [(f.code, text[f.start : f.end]) for f in found] == [("QF507", "FOLLOW LIVE:")]
    assert removed(text, "en").startswith("Parades of the Special Group")


def test_a_registry_formula_in_brackets_is_an_editors_note() -> None:
    text = ("The court fined Petrov (included by the Ministry of Justice in the register of "
            "foreign agents) for a missing label on his posts.")
    found = boilerplate(text, "en")
    note = "(included by the Ministry of Justice in the register of foreign agents)"
    assert [(f.code, text[f.start : f.end]) for f in found] == [("QF504", note)]


def test_a_channel_noun_in_lower_case_still_names_the_channel() -> None:
    text = article("en", "Join our group on Telegram to get the news of the region first")
    assert [f.code for f in boilerplate(text, "en")] == ["QF502"]


@pytest.mark.parametrize(("language", "text", "kicker"), [
    ("en", "LIGUE 1 - Lens snatch a draw in Monaco in added time", "LIGUE 1 -"),
    ("en", "TOP 14 – Toulouse crush La Rochelle and take back the lead", "TOP 14 –"),
    ("en", "MOTOGP, Bagnaia dominates in Jerez from pole to flag", "MOTOGP,"),
    ("en", "CHAMPIONS LEAGUE >> Inter, the numbers of a European night", "CHAMPIONS LEAGUE >>"),
    ("en", "GIRO D'ITALIA | Stage 15 ends with a solo win in Livigno", "GIRO D'ITALIA |"),
    ("pt", "MADEIRA · Festa da Flor arranca esta quinta-feira no Funchal", "MADEIRA ·"),
    ("es", "Valladolid · El Ayuntamiento adjudica la reforma del mercado", "Valladolid ·"),
    ("en", "CUBA | Blackouts of up to twelve hours in the eastern provinces", "CUBA |"),
    ("en", "STORM CHAOS IN KIEL: Ferry lines stopped for the afternoon",
     "STORM CHAOS IN KIEL:"),
    ("en", "RECALL! Listeria found in cheese sold by two discounters", "RECALL!"),
])
def test_a_competition_or_a_place_before_a_mark_keeps_its_headline(
        language: str, text: str, kicker: str) -> None:
    article_text = f"{text}\n\n{AFTER[language]}"
    found = boilerplate(article_text, language)
    assert [(f.code, article_text[f.start : f.end]) for f in found] == [("QF507", kicker)]


def test_a_sentence_in_capitals_after_a_competition_stays() -> None:
    text = f"EURO 2024, THE FINAL WAS PLAYED IN BERLIN ON SUNDAY.\n\n{AFTER['en']}"
    assert boilerplate(text, "en") == []


def test_an_interview_headline_stays_when_its_kicker_goes() -> None:
    """A name, the job and the person's words after a colon: the headline of an
    interview, not the box on the author, once the kicker before it is removed."""
    text = (f"INTERVIEW. Agnès Lemoine, historian: “The Commune was no parenthesis”\n\n"
            f"{AFTER['en']}")
    assert removed(text, "en") == (f"Agnès Lemoine, historian: “The Commune was no parenthesis”"
                                   f"\n\n{AFTER['en']}")


def test_a_german_editors_note_spelled_out_by_machine_translation() -> None:
    text = ("The deputy mayor (she also runs the market, note d. Red.) spoke of a record "
            "year for the stallholders.")
    found = boilerplate(text, "en")
    assert [(f.code, text[f.start : f.end]) for f in found] == [
        ("QF504", "(she also runs the market, note d. Red.)")]
