"""Connectors of the source language opening an English sentence.

``Sin embargo, the families…``, ``No entanto, the government…``, ``En revanche, the
mayor…``: a translation engine that leaves a sentence adverb leaves it whole, at
the head of its sentence and before its comma. Their words are often English words
too (``sin``, ``embargo``, ``no``), so no word of theirs would make a line worth
reading; the expression as a whole, in that place, is never English.

The lists are facts of each language's grammar: its common multi-word sentence
adverbs, as usage guides list them.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from .quoted import quotation_around
from .records import Fragment, SpanKind

CONNECTORS = {
    "es": ("Sin embargo", "No obstante", "Por su parte", "Por lo tanto", "En cambio",
           "Por otro lado", "Por otra parte", "De hecho", "En cualquier caso", "Sobre todo",
           "Por el contrario", "Al mismo tiempo", "Mientras tanto", "En este sentido",
           "Por ello", "Además de ello", "Así mismo", "A su vez"),
    "fr": ("En revanche", "Par ailleurs", "En effet", "En outre", "De plus", "Par contre",
           "Au contraire", "En tout cas", "De son côté", "Pour sa part", "En attendant",
           "Dans ce cadre", "Quant à lui", "Quant à elle", "En parallèle", "À noter"),
    "it": ("In ogni caso", "D'altra parte", "D’altra parte", "In effetti", "Nel frattempo",
           "Per quanto riguarda", "Allo stesso tempo", "In particolare", "Di conseguenza",
           "In realtà", "Da parte sua", "In questo senso", "Per il resto"),
    "pt": ("No entanto", "Além disso", "Por outro lado", "Por isso", "De facto", "De fato",
           "Por sua vez", "Ao mesmo tempo", "Em todo o caso", "Nesse sentido",
           "Neste sentido", "Entretanto", "Ainda assim", "Por sua parte"),
    "de": ("Darüber hinaus", "Im Gegenteil", "Vor allem", "Nach wie vor", "Im Übrigen",
           "Unter anderem", "Zum Beispiel", "In diesem Zusammenhang", "Auf der anderen Seite",
           "Zudem", "Allerdings", "Außerdem"),
}
#: The connectors' first words: a line holds one only if it holds its first word.
FIRST_WORDS = frozenset(phrase.split()[0] for phrases in CONNECTORS.values()
                        for phrase in phrases)
#: The connectors of each first word, with the comma after them (``In`` and ``A`` open
#: many English sentences: the whole phrase is looked for before any pattern runs).
_BY_FIRST: dict[str, tuple[str, ...]] = {
    first: tuple(phrase + "," for phrases in CONNECTORS.values() for phrase in phrases
                 if phrase.split()[0] == first)
    for first in FIRST_WORDS
}


def may_hold(line: str, words: list[str]) -> bool:
    """Could ``line`` (its words as the first pass reads them) hold a connector?"""
    firsts = FIRST_WORDS.intersection(words)
    return bool(firsts) and any(phrase in line for first in firsts for phrase in _BY_FIRST[first])
#: How sure a connector in that place makes the finding.
CONNECTOR_CONFIDENCE = 0.9


@lru_cache(maxsize=8)
def _pattern(candidates: tuple[str, ...]) -> tuple[regex.Pattern[str], dict[str, str]] | None:
    languages: dict[str, str] = {}
    for lang in candidates:
        for phrase in CONNECTORS.get(lang, ()):
            languages.setdefault(phrase, lang)
    if not languages:
        return None
    alternatives = "|".join(regex.escape(p) for p in sorted(languages, key=len, reverse=True))
    # At the text's start or after a sentence's end (and its closing marks), then the
    # comma: a connector heads its sentence.
    source = (r"(?:^|(?<=[.!?…][”»\"’)]?[ \t\u00a0]))(" + alternatives + r"),[ \t\u00a0]")
    return regex.compile(source, regex.VERSION1), languages


def opening_connectors(line: str, offset: int, candidates: tuple[str, ...],
                       out: list[Fragment]) -> None:
    """Append a fragment for each connector of a candidate that opens a sentence of
    ``line`` (``offset``: where the line starts in the text), unless it stands inside a
    quotation (somebody's words, kept in their language on purpose)."""
    compiled = _pattern(candidates)
    if compiled is None:
        return
    pattern, languages = compiled
    for found in pattern.finditer(line):
        start, end = found.span(1)
        if quotation_around(line, start, end) is not None:
            continue
        phrase = found.group(1)
        out.append(Fragment(offset + start, offset + end, languages[phrase],
                            CONNECTOR_CONFIDENCE, SpanKind.TERM, len(phrase.split())))


__all__ = ["CONNECTORS", "CONNECTOR_CONFIDENCE", "FIRST_WORDS", "may_hold", "opening_connectors"]
