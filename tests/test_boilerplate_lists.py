"""QF5xx: an article's own lists and questions beside the site's lists and notices.

A route under the article's last paragraph, a programme announced with a colon, a
question about machine translation and an article under a breadcrumb trail are the
article's; the site's lists and notices around them are still found.
"""

from __future__ import annotations

from test_boilerplate_kinds import TARGETS

import quotefix


def _codes(text: str, language: str = "en") -> list[tuple[str, str]]:
    found = quotefix.check(text, target=TARGETS[language], select=["QF5"])
    return [(f.code, text[f.start : f.end]) for f in found]


def _flagged(text: str, line: str, language: str = "en") -> bool:
    start = text.index(line)
    end = start + len(line)
    return any(f.start < end and start < f.end for f in quotefix.check(
        text, target=TARGETS[language], select=["QF5"]))


ROUTE = (
    "Ferries to the islands",
    "The operator will add three summer crossings from the port of Split, the harbour "
    "master's office announced on Thursday.",
    "Tickets go on sale next week, and the timetable runs until the end of September.",
    "Split → Hvar: Mondays and Thursdays",
    "Split → Vis: Tuesdays and Saturdays",
    "Split → Brač: every day except Sunday",
)


def test_a_route_at_the_foot_is_no_list_of_headlines() -> None:
    text = "\n".join(ROUTE)
    assert _codes(text) == []


def test_a_foot_list_under_a_heading_with_a_colon_is_still_found() -> None:
    text = "\n".join([
        *ROUTE[:3],
        "VIDEOS: the most watched in the region",
        "Heavy rain floods streets in the Old Town of Split",
        "Motorway A1 closed for two hours after a lorry fire",
    ])
    flagged = [line for line in text.split("\n") if _flagged(text, line)]
    assert flagged == text.split("\n")[3:]


PROGRAMME = [
    "The city presented on Friday the summer cycle of free concerts in the botanical "
    "garden, forty evenings between June and September.",
    "Among the highlights:",
    "→ June 14: Opening concert by the municipal brass band",
    "→ July 5: A night of fado with young singers of the region",
    "→ August 30: Closing with an outdoor film and live music",
    "All the concerts start at nine in the evening and are free of charge.",
]


def test_arrow_items_announced_with_a_colon_are_the_articles_list() -> None:
    text = "\n".join(PROGRAMME)
    assert _codes(text) == []


def test_arrow_links_under_a_teaser_label_are_still_found() -> None:
    lines = [PROGRAMME[0], "READ ALSO:", "→ Summer festivals: the full calendar of the region",
             "→ Open-air cinema returns to the castle courtyard", PROGRAMME[-1]]
    text = "\n".join(lines)
    flagged = [line for line in lines if _flagged(text, line)]
    assert flagged == lines[1:4]


def test_a_question_about_translation_is_no_notice() -> None:
    text = "\n".join([
        "Lucía Ferrer lleva treinta años traduciendo novelas policiacas del inglés.",
        "¿La traducción automática le va a quitar el trabajo?",
        "No lo creo. Me quita los encargos más mecánicos, pero la ironía se le escapa.",
    ])
    assert _codes(text, "es") == []


def test_a_notice_that_tells_is_still_found() -> None:
    text = ("The council will vote on the plan in March.\n"
            "Esta noticia ha sido traducida automáticamente del catalán.")
    assert [code for code, _ in _codes(text, "es")] == ["QF506"]


def test_a_breadcrumb_trail_does_not_head_a_list_of_headlines() -> None:
    lines = [
        "Main / News / City",
        "In Kazan, the old river port will be closed for the restoration of its piers",
        "The port will be closed to visitors from October to December, the city "
        "administration reported on Monday.",
    ]
    text = "\n".join(lines)
    flagged = [line for line in lines if _flagged(text, line)]
    assert flagged == lines[:1]
