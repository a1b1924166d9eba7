"""Short foreign words that the English sentence itself treats as English.

Two shapes of good copy that the word-frequency path (:mod:`.shortspans`)
would otherwise report:

- :func:`english_modified`: one lower-case word that English text does use,
  if rarely (wordfreq's English list has it: ``tifo``, ``fauve``,
  ``panettone``), and that the sentence builds on as an English noun: an
  English word that is no article stands right before it (``a huge tifo``,
  ``his early fauve canvases``, ``sales of panettone``). A machine
  translation leaves its foreign noun where the English one would have gone,
  right after the article (``the misiva``, ``the seca``), and most leftovers
  are words English never writes at all.
- :func:`after_possessive`: one lower-case word right after an English
  possessive (``Milan's questore``): English word order around a word kept on
  purpose.
- :func:`place_compound`: a capitalised German compound that German itself
  writes too rarely to be a common noun, ending in a word that names a
  place (``the Römerberg``, ``the Domplatz``, ``the Hauptmarkt``): the name
  of a square, a hill or a gate. Frequent German nouns after an article
  (``the Landkreis``, ``the Marktplatz``) stay leftovers.

Each test reads only the span and the word before it; answers are kept per
word.
"""

from __future__ import annotations

from functools import lru_cache

from ..lazy import lazy_re
from .data import Setup
from .frequencies import SCALE, english_zipf, table
from .tuning import BORROWED_EN_MIN, PLACE_HEAD_MIN_LEFT

# Words after which a foreign noun sits in a leftover's place: articles,
# determiners and the adjectives MT copy puts right before a noun it did not
# translate (``the new cantine``), as :mod:`.shortspans` counts them.
_ARTICLE_LIKE = frozenset(
    {
        *("the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her"),
        *("our", "my", "your", "new", "local", "every", "each", "no", "some", "any"),
    }
)
_WORD_BEFORE = lazy_re(r"([^\W\d_]+(?:[’'\-][^\W\d_]+)*)[ \u00a0]+$")
# Last parts of German place names: a hill, a square, a gate, a castle, a
# cathedral, a bank, an embankment, an avenue, a fountain, a market square.
PLACE_HEADS = (
    "berg", "platz", "tor", "burg", "dom", "ufer", "damm", "allee", "brunnen", "markt",
)
# Last parts of German street names (``Bahnhofstraße``, ``Königsallee``): English copy
# keeps a street's name as it is, after ``the`` too, however German lists the word.
STREET_HEADS = ("straße", "strasse", "gasse", "chaussee", "allee", "damm", "ufer")


def english_modified(line: str, start: int, end: int, cfg: Setup) -> bool:
    """One lower-case word English uses (Zipf at least :data:`~.tuning.BORROWED_EN_MIN`
    in wordfreq's English list), after an English word that is no article."""
    word = line[start:end]
    if not word.islower() or not word.isalpha() or not _english_attested(word, cfg.candidates):
        return False
    before = _WORD_BEFORE.search(line, max(0, start - 30), start)
    if before is None:
        return False
    previous = before.group(1)
    lower = previous.lower()
    return previous.islower() and lower in cfg.english and lower not in _ARTICLE_LIKE


@lru_cache(maxsize=4096)
def _english_attested(lower: str, candidates: tuple[str, ...]) -> bool:
    return english_zipf(lower, candidates) >= BORROWED_EN_MIN * SCALE


def place_compound(line: str, start: int, end: int) -> bool:
    """One capitalised word, absent from German's frequent words, that ends in a
    place word after a left part of its own (``Römer|berg``, ``Dom|platz``)."""
    word = line[start:end]
    return word[:1].isupper() and word[1:].islower() and _place_compound(word.lower())


@lru_cache(maxsize=4096)
def _place_compound(lower: str) -> bool:
    if table("de").get(lower, 0):
        return False  # German writes it often: a common noun (``Marktplatz``)
    return any(
        lower.endswith(head) and len(lower) - len(head) >= PLACE_HEAD_MIN_LEFT
        for head in PLACE_HEADS
    )


def borrowed_here(line: str, start: int, end: int, cfg: Setup) -> bool:
    """A one-word span the sentence uses as English, or a German place's name."""
    return (english_modified(line, start, end, cfg) or after_possessive(line, start, end)
            or place_compound(line, start, end))


# An English possessive right before a word (``the authority's ``, ``Milan’s ``).
_POSSESSIVE_BEFORE = lazy_re(r"[^\W\d_][’']s[ \u00a0]$")


def after_possessive(line: str, start: int, end: int) -> bool:
    """One lower-case word right after an English possessive (``Milan's questore``, ``the
    authority's commercialista``): the writer built the phrase in English around a word
    kept on purpose. A machine translation leaves its word where the source had it,
    after an article (``the questore of Milan``)."""
    word = line[start:end]
    return word.islower() and word.isalpha() and _POSSESSIVE_BEFORE.search(
        line, max(0, start - 4), start) is not None


__all__ = [
    "PLACE_HEADS", "STREET_HEADS", "after_possessive", "borrowed_here", "english_modified",
    "place_compound",
]
