"""A work's subtitle after its foreign title and a colon.

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


__all__ = ["subtitle_after_title"]
