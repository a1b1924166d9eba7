"""QF5xx: the newsroom's notes about the article, and related headlines at its foot.

Corrections, press trips, edited interviews and update notes read as prose: each
is found by the two things it joins, and news that holds one of them stays. A list
of other headlines under a heading no list names is found by its shape at the
foot of the article; an article's own list of tips is left alone.
"""

from __future__ import annotations

import pytest
from test_boilerplate_kinds import AFTER, BEFORE, TARGETS, article, assert_left_alone, boilerplate

import quotefix

NOTES = [
    ("en", "Correction: an earlier version of this article gave the cost of the bridge as "
           "120 million euros. It is 210 million euros."),
    ("en", "Clarification: Contrary to what was written in a previous version of this "
           "article, the agency did not order the evacuation of the whole town."),
    ("fr", "Rectificatif : une première version de cet article indiquait que le prévenu "
           "avait 54 ans. Il en a 45."),
    ("it", "Errata corrige: in una precedente versione dell'articolo il calo era indicato "
           "nel 16%. Il dato corretto è 11%."),
    ("en", "The journalist travelled to Covilhã at the invitation of the festival's "
           "organisers."),
    ("en", "The author of this report travelled to Brussels invited by the regional "
           "fisheries department."),
    ("en", "The interview has been abridged and edited for ease of reading."),
    ("en", "This information has been updated at 13:40 with the statements of the "
           "irrigators' federation."),
    ("en", "The news was updated at 15:42: a comment of the transport ministry was added."),
    ("en", "(Article modified at 18.05: the age of the hiker has been corrected)"),
    ("en", "*Article updated with the number of visitors given by the police."),
]

NEWS = [
    # one half of a note, in news
    ("en", "The minister travelled to Brussels at the invitation of the Commission."),
    ("en", "In a previous version of the plan, the council wanted a tunnel under the river."),
    ("en", "The court asked for a corrected version of the report by Friday."),
    ("en", "The report was updated with new figures on the victims, the ministry said."),
    ("en", "The interview lasted two hours and the mayor answered every question."),
]


@pytest.mark.parametrize(("language", "line"), NOTES)
def test_newsroom_note_is_found(language: str, line: str) -> None:
    text = article(language, line)
    found = boilerplate(text, language)
    assert [(f.code, text[f.start : f.end]) for f in found] == [("QF506", line)]


@pytest.mark.parametrize(("language", "line"), NEWS)
def test_news_with_one_half_of_a_note_is_left_alone(language: str, line: str) -> None:
    assert_left_alone(language, line)


FOOT_LISTS = [
    ("fr", "Près de chez vous", [
        "Andenne : le marché de Noël déménage près de la gare",
        "Gembloux : un incendie ravage un hangar agricole",
    ]),
    ("de", "Weitere Meldungen aus dem Rathaus", [
        "Sperrmüllsammlung im Juni: Anmeldung bis 23. Mai",
        "Neue Öffnungszeiten des Wertstoffhofs",
        "Bürgerversammlung zum Haushalt am 15. Mai",
    ]),
    ("it", "Ultime dalla società", [
        "Under 16, sette vittorie di fila nel girone provinciale",
        "Minivolley, festa di Natale il 21 dicembre",
    ]),
]


@pytest.mark.parametrize(("language", "heading", "items"), FOOT_LISTS)
def test_headlines_at_the_foot_under_a_heading_no_list_names(
    language: str, heading: str, items: list[str]
) -> None:
    block = "\n\n".join([heading, *items])
    # (the article's last paragraph, then the block)
    paragraph = f"{BEFORE[language]} {AFTER[language]} {BEFORE[language]}"
    text = f"{paragraph}\n\n{paragraph}\n\n{block}"
    found = quotefix.check(text, target=TARGETS[language], select=["QF5"])
    assert [text[f.start : f.end] for f in found] == [heading, *items]
    assert {f.code for f in found} == {"QF509"}


@pytest.mark.parametrize("block", [
    # an article's own list of tips, in plain words
    "Tips for allergy sufferers\n\nWash your hair in the evening before bed\n\n"
    "Keep the windows closed during the day\n\nUse pollen filters in the car",
    # a heading with a colon introduces the article's own list
    "What the plan foresees:\n\nNew bus lanes on the Gran Vía\n\nLower limits in Russafa",
])
def test_article_s_own_list_at_the_foot_is_left_alone(block: str) -> None:
    paragraph = "The council met on Tuesday evening and approved the new plan for the city."
    text = f"{paragraph}\n\n{paragraph}\n\n{block}"
    assert quotefix.check(text, select=["QF5"]) == []


@pytest.mark.parametrize(("language", "line"), [
    ("es", "mcd/ams"),  # EFE's writers' initials
    ("fr", "ial/pr/dch"),  # ATS's
])
def test_writers_initials_in_lower_case(language: str, line: str) -> None:
    text = article(language, line)
    found = boilerplate(text, language)
    assert [(f.code, text[f.start : f.end]) for f in found] == [("QF505", line)]


@pytest.mark.parametrize("line", ["Prices in km/h and m/s", "Tickets cost 12 euros and/or a pass."])
def test_slashes_in_news_are_no_initials(line: str) -> None:
    assert_left_alone("en", line)
