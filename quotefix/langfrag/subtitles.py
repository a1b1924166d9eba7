"""Titles of works that the sentence around them shows to be titles.

A work's subtitle after its foreign title and a colon:

``The revival of La casa de los relojes parados: comedia en tres actos has filled…``,
``The exhibition Azul e branco: azulejos da cidade velha, at a converted cannery…``:
the title is a name, and the lower-case words after its colon are the rest of it,
not a phrase the translation missed. The title must open inside an English sentence
(English words before it), with a capital, be two words or more, not all
English, and hold no English word that joins a clause, so that a heading at a
line's start (``Incendie : le feu…``), one capitalised word (``took an Arrêté:
interdiction…``) and an English clause before a colon (``took a decision: arrêté
préfectoral``) are still read as leftovers.
"""

from __future__ import annotations

import regex

from ..lazy import LazyPattern
from .data import Setup
from .tuning import GLOSS_MAX_WORDS

# Before the span: the sentence so far, its last words the title, then a colon.
_TITLE_BEFORE = LazyPattern(
    r"(?P<lead>[^.!?:;()\[\]“”\"«»]*?)\s(?P<title>\p{Lu}[\p{L}’'\-]*"
    r"(?:\s[\p{L}’'\-]+){0," + str(GLOSS_MAX_WORDS - 1) + r"}):\s+$",
    regex.VERSION1,
)
# English words that join a clause: a title of a candidate language holds none.
# (Not ``a``, ``an``, ``in``: Portuguese, German and Italian titles hold them.)
_ENGLISH_GLUE = frozenset({
    "the", "of", "and", "to", "for", "with", "on", "at", "by", "from", "is", "was", "are",
    "were", "has", "have", "had", "will", "would", "this", "that", "its", "their", "his",
    "her", "our",
})
_WORD = LazyPattern(r"[\p{L}’'\-]+", regex.VERSION1)


def subtitle_after_title(line: str, start: int, cfg: Setup) -> bool:
    """``line[start:…]`` opens in lower case right after ``Title:``, a run of foreign
    words that opens with a capital inside an English sentence."""
    if not line[start : start + 1].islower() or line[max(0, start - 2) : start] != ": ":
        return False
    found = _TITLE_BEFORE.search(line, max(0, start - 200), start)
    if found is None:
        return False
    english = cfg.english
    title = [word.lower() for word in _WORD.findall(found.group("title"))]
    if (len(title) < 2 or not _ENGLISH_GLUE.isdisjoint(title)
            or all(w in english for w in title)):
        return False  # one word (``took an Arrêté:``), or English words before the colon
    lead = _WORD.findall(found.group("lead"))
    return any(word.lower() in english for word in lead[-4:])


# After a title opening its sentence: a comma and who made the work and what it is
# (``La notte dei pescatori, Sicilian director Rosaria Calì's film about…``,
# ``Todo lo que se llevó el volcán, journalist Carmela Dorta's account of…``).
# Or what it is, after an article (``Las rutas del vino de Rioja, a pocket guide first
# printed in 1998, …``, ``…, a 600-page study by…``).
_WORKS = (
    r"(?:film|book|novel|account|memoir|album|play|series|song|documentary|debut|portrait"
    r"|study|report|history|biography|opera|show|podcast|guide|collection|anthology"
    r"|cookbook|exhibition|musical|poem|essay|chronicle|comedy|drama|thriller|handbook"
    r"|painting|satire|survey|diary|sculpture|mural|farce|parody|symphony|novella"
    r"|statute|law|decree|reform)"
)
_WORK_AFTER = LazyPattern(
    r"[”\"»’'*_]*,[ \u00a0]+(?:(?:[\p{L}\-.’']+[ \u00a0]+){0,4}[\p{L}\-.]+[’']s"
    r"|(?:a|an|the))[ \u00a0]+(?:[\p{Ll}\d\-]+[ \u00a0]+){0,2}" + _WORKS + r"s?\b",
    regex.VERSION1,
)
# Before the span, in its sentence: a word that introduces a title, and nothing but
# the title's first words between (``In a report titled Veiligheid in de schaduw…``).
_TITLED_BEFORE = LazyPattern(
    r"\b(?:titled|entitled|headlined|subtitled)[ \u00a0]+[“\"«]?((?:[^\s.,;:!?“”\"«»]+[ \u00a0]+)"
    r"{0,6})$",
    regex.VERSION1,
)

# Before the span, right after a work's kind: the title's first words, a capital
# first (``his novel La trattoria sul fiume``, where ``trattoria`` ends a run).
_WORK_BEFORE = LazyPattern(
    r"\b(?:his|her|their|its|whose|the|a|an)[ \u00a0]+(?:[\p{Ll}\d\-]+[ \u00a0]+){0,2}" + _WORKS
    + r"s?[ \u00a0]+(?P<title>\p{Lu}[\p{L}’'\-]*(?:[ \u00a0]+[\p{L}’'\-]+){0,5})[ \u00a0]+$",
    regex.VERSION1,
)


def _title_begun(line: str, start: int, cfg: Setup) -> bool:
    """The span goes on with a title that a work's kind leads, its first words before
    it: a capital first, no English word that joins a clause, not all English."""
    found = _WORK_BEFORE.search(line, max(0, start - 120), start)
    if found is None:
        return False
    title = [word.lower() for word in _WORD.findall(found.group("title"))]
    return _ENGLISH_GLUE.isdisjoint(title) and not all(w in cfg.english for w in title)


def work_named_around(line: str, start: int, end: int, cfg: Setup) -> bool:
    """The span is a work's title: after a word that introduces titles (``a report
    titled …``; the words between, if any, no common English word but a particle), after
    a work's kind and the title's first words (``his novel La trattoria sul fiume``), or
    opening its sentence (or quoted, or after ``the``) and followed by who made it and
    what it is (``La notte dei
    pescatori, director Rosaria Calì's film about…``), or by what it is (``…, a pocket
    guide first printed in 1998``)."""
    if _title_begun(line, start, cfg):
        return True
    before = _TITLED_BEFORE.search(line, max(0, start - 80), start)
    if before is not None and not any(  # (a particle may be the title's: ``in de``)
            w.lower() in cfg.english and len(w) > 3 for w in _WORD.findall(before.group(1))):
        return True
    opening = line[:start].rstrip(" \u00a0\"“«*_")
    # (in quotation marks or italics, or after ``the``, the title may stand anywhere:
    # ``comparisons with “El buen patrón”, Fernando León de Aranoa's 2021 satire``)
    marked = (start > 0 and line[start - 1] in "“\"«„‘*_") or opening[-4:].lower() == " the"
    return (((not opening or opening[-1] in ".!?") and line[start : start + 1].isupper())
            or marked) and _WORK_AFTER.match(line, end, min(len(line), end + 100)) is not None


__all__ = ["subtitle_after_title", "work_named_around"]
