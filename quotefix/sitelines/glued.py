"""Boilerplate glued into a paragraph, as extraction tools leave it.

A page's text copied as one block runs the site's items into the sentences around
them: a teaser after the paragraph's last sentence (``… the mayor said. Read also:
Floods in the valley, the river rises``), an advertisement's marker between two
sentences (``… on Monday. ADVERTISEMENT They ask for…``). The line classifier reads a
line's edges only; this reads every sentence boundary inside a line for a label of
the lexicon right after it:

- a teaser's label (``[teaser start]``), a colon (or none after a label of two words or
  more in capitals: ``LEIA TAMBÉM Braga: …``) and a headline that runs to the line's
  end, a few words long, in one sentence;
- an advertisement's marker (``[ad line]``, ``[ad start]``), then the next sentence or
  the line's end. A marker of one word in title case (``Advertising``) counts only before a word
  that opens sentences (``The``, ``In``, ``They``): ``Advertising Standards…`` is a name;
- a photo's or an agency's credit in brackets closing the line (``… a back door.
  (Illustration photo: Archives)``, ``… since 2021. (With information from EFE)``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from ..lazy import LazyPattern
from .lexicon import Phrase, lexicon
from .lines import Line

_WORD = LazyPattern(r"[\p{L}\p{M}\p{N}]+", regex.VERSION1)
# Another sentence inside what follows a teaser's label: not a headline alone.
_SENTENCE_INSIDE = LazyPattern(r"[.!?…][”\"»)’']*[ \t\u00a0]+\p{Lu}", regex.VERSION1)
# A photo's credit in brackets after the line's last sentence, closing the line.
_BRACKETED_CREDIT = LazyPattern(
    r"(?<=[.!?…][”\"»’']?)[ \t\u00a0]+(\((?i:illustration[ \t]+photo|illustrative[ \t]+photo"
    r"|photo[ \t]+illustration|archive[ \t]+photo|photo|foto|photos|picture)"
    r"(?:[ \t]*[:：][^()\n]{1,60}|[ \t]+(?i:from|by|of|de|di|von|do|da)[ \t]+[^()\n]{1,60})?\))"
    r"[ \t\u00a0]*$"
    # or an agency's credit in brackets (``… since 2021. (With information from EFE)``)
    r"|(?<=[.!?…][”\"»’']?)[ \t\u00a0]+(\((?i:with|con|avec|com|mit)(?:[ \t]+(?i:information"
    r"|informations|información|informação|informações|informazioni|material|materials)"
    r"[ \t]+(?i:from|of|de|da|di|von|du|des|do|dos))?[ \t]+\p{Lu}[\p{L}\-.&]{1,20}"
    r"(?:[ \t]+(?:and|y|et|e|und|/)[ \t]+\p{Lu}[\p{L}\-.&]{1,20})?\))[ \t\u00a0]*$",
    regex.VERSION1,
)
#: Most words of a glued teaser's headline.
GLUED_HEADLINE_WORDS = 30
#: Fewest words of a glued teaser's headline.
GLUED_HEADLINE_MIN = 3
# Words that open an English sentence after a marker of one word in title case.
_OPENERS = frozenset({
    "the", "a", "an", "in", "on", "at", "he", "she", "it", "they", "we", "i", "this",
    "that", "these", "those", "according", "after", "before", "during", "for", "with",
    "but", "and", "however", "also", "since", "despite", "some", "many", "most", "its",
    "his", "her", "their", "our", "there", "meanwhile", "already", "until", "from",
    # and the five languages a site may be in (``… à la mairie. Publicité Le conseil…``)
    "le", "la", "les", "l", "un", "une", "il", "elle", "ils", "elles", "en", "dans",
    "selon", "après", "depuis", "pour", "mais", "cette", "ce", "ces", "des", "du",
    "el", "los", "las", "una", "según", "tras", "desde", "para", "pero", "este", "esta",
    "lo", "gli", "uno", "nel", "nella", "secondo", "dopo", "per", "ma", "questo", "questa",
    "der", "die", "das", "ein", "eine", "im", "nach", "laut", "seit", "für", "aber",
    "viele", "auch", "o", "os", "as", "no", "na", "um", "segundo", "após", "mas",
})
_SPACES = " \t\u00a0\u202f"


@dataclass(frozen=True, slots=True)
class Glued:
    """One item glued into a line: its kind, what a finding marks, what removal cuts."""

    kind: str
    start: int
    end: int
    cut: tuple[int, int]
    label: str


@dataclass(frozen=True, slots=True)
class _Labels:
    """The labels, and what tells at a glance whether one may start at a word.

    Looked up by their words, not matched by one pattern of them all: compiling that
    pattern (227 labels) took 2 MB at a check's peak."""

    #: Each label by its words.
    phrases: dict[tuple[str, ...], Phrase]
    #: The most words of a label.
    longest: int
    #: The second words of the labels of each first word (empty where a label is one word).
    seconds: dict[str, frozenset[str]]


@lru_cache(maxsize=1)
def _labels() -> _Labels:
    lex = lexicon()
    phrases = {p.words: p for found in lex.phrases["start"].values() for p in found
               if p.kind == "teaser"}
    phrases.update({p.words: p for mode in ("line", "start")
                    for found in lex.phrases[mode].values() for p in found if p.kind == "ad"})
    seconds: dict[str, set[str]] = {}
    single: set[str] = set()
    for words in phrases:
        seconds.setdefault(words[0], set())
        if len(words) == 1:
            single.add(words[0])
        else:
            seconds[words[0]].add(words[1])
    return _Labels(phrases, max(len(words) for words in phrases),
                   {first: frozenset() if first in single else frozenset(found)
                    for first, found in seconds.items()})


#: The longest label, in characters, and then some.
_LABEL_CHARS = 80
# The word after a sentence's end inside a line, and the word after that one.
# (a link's pointer may lead the label: ``… the Chiaia area. » Read also: …``)
# (or no space at all after a word's last letter, as copied pages run a teaser into the
# paragraph: ``… travel.Read more on the topic: How many…``)
_BOUNDARY = LazyPattern(r"[.!?…][”\"»)’']*(?:[ \t\u00a0]+|(?<=\p{Ll}{2}[.!?])(?=\p{Lu}\p{L}))"
                        r"((?:[»›>▶►→•\-–—][ \t\u00a0]*)?)"
                        r"([\p{L}\p{M}\p{N}]+)", regex.VERSION1)
_NEXT_WORD = LazyPattern(r"[^\p{L}\p{M}\p{N}\n]{1,3}([\p{L}\p{M}\p{N}]+)", regex.VERSION1)


def glued(text: str, start: int, stop: int) -> list[Glued]:
    """The site's items glued after a sentence inside ``text[start:stop]``, one line."""
    found: list[Glued] = []
    if text[stop - 1 : stop] == ")" or text[stop - 2 : stop] == ") ":
        credit = _BRACKETED_CREDIT.search(text, max(start, stop - 90), stop)
        if credit is not None:
            a, b = credit.span(1) if credit.start(1) >= 0 else credit.span(2)
            found.append(Glued("credit", a, b, (credit.start(), credit.end()), "photo"))
    labels = _labels()
    seconds = labels.seconds
    # Most sentences open with a word no label does, or with ``The`` or ``To`` before a
    # word none goes on with: the labels are looked up only for the rest.
    for boundary in _BOUNDARY.finditer(text, start, stop):
        follow = seconds.get(boundary.group(2).lower())
        if follow is None:
            continue
        if follow:
            nxt = _NEXT_WORD.match(text, boundary.end(2), stop)
            if nxt is None or nxt.group(1).lower() not in follow:
                continue
        at = boundary.start(2)
        spans = [m.span() for m in _WORD.finditer(text, at, min(stop, at + _LABEL_CHARS))]
        words = tuple(text[a:b].lower() for a, b in spans[: labels.longest])
        phrase = None
        for n in range(len(words), 0, -1):  # the longest label first
            phrase = labels.phrases.get(words[:n])
            if phrase is not None:
                break
        if phrase is None:
            continue
        label_end = spans[len(phrase.words) - 1][1]
        item = (_teaser(text, start, boundary.start(1), label_end, stop, phrase)
                if phrase.kind == "teaser"
                else _ad(text, at, label_end, stop, phrase, boundary.start(1)))
        if item is not None:
            found.append(item)
            if item.kind == "teaser":
                break  # it runs to the line's end
    return found


def _teaser(text: str, start: int, at: int, label_end: int, stop: int,
            phrase: Phrase) -> Glued | None:
    rest = text[label_end:stop].lstrip(_SPACES)
    if rest.startswith((":", "：")) or (rest[:1] in "-–—|" and rest[1:2] in _SPACES):
        # (a spaced dash or bar serves as the colon: ``LIRE AUSSI - Prix Goncourt : …``)
        headline = rest[1:].strip(_SPACES)
    elif (text[at:label_end].isupper() and len(phrase.words) > 1 and rest[:1].isupper()
          and rest.rstrip(_SPACES)[-1:] not in ".!?…"):
        # a label in capitals needs no colon before a headline (``LEIA TAMBÉM Braga: …``),
        # which does not end as a sentence does
        headline = rest.strip(_SPACES)
    else:
        return None  # ``… on Monday. Read also the report`` is a sentence
    words = len(headline.split())
    if not (GLUED_HEADLINE_MIN <= words <= GLUED_HEADLINE_WORDS) or not (
            headline[0].isupper() or headline[0].isdigit() or headline[0] in "“\"«"):
        return None
    if _SENTENCE_INSIDE.search(headline) is not None:
        return None  # more sentences follow: the paragraph goes on
    end = stop
    while end > at and text[end - 1] in _SPACES:
        end -= 1
    cut_from = at  # with the spaces that tie it to the sentence before
    while cut_from > start and text[cut_from - 1] in _SPACES:
        cut_from -= 1
    return Glued("teaser", at, end, (cut_from, end), " ".join(phrase.words))


def _ad(text: str, at: int, label_end: int, stop: int, phrase: Phrase,
        cut_from: int) -> Glued | None:
    """An advertisement's marker at ``at`` (after a pointer or a dash from ``cut_from``,
    which removal takes with it)."""
    after = text[label_end:stop]
    rest = after.lstrip(_SPACES)
    cut_end = label_end + (len(after) - len(rest))  # the marker and the spaces after it
    if rest and rest[0] in "-–—":
        # between dashes (``… in their cars. - Advertising - The firefighters…``)
        dashed = rest[1:].lstrip(_SPACES)
        cut_end += len(rest) - len(dashed)
        rest = dashed
    if rest and rest[0] in ":.…":
        return None  # ``Advertising: the market…`` is a topic; a full stop, a sentence
    marker = text[at:label_end]
    if rest:
        if rest[0] in "“«„\"‘":
            rest = rest[1:]  # the next sentence may open with a quotation
        nxt = _WORD.match(rest)
        if nxt is None or not rest[0].isupper():
            return None  # the next sentence opens with a capital
        if len(phrase.words) == 1 and not marker.isupper() and marker.isascii() and (
                nxt.group().lower() not in _OPENERS):
            return None  # ``Advertising Standards Authority``: a name (``Реклама`` in an
            # English text is no name's first word)
    return Glued("ad", at, label_end, (cut_from, cut_end), " ".join(phrase.words))


def glued_anywhere(text: str, line: Line) -> bool:
    """Does a capital stand inside one of the line's first four words (``ALSOElected``,
    ``LoadingLufthansa``), where a label may be glued to a headline?"""
    first_four = line.words[:4]
    if not first_four:
        return False
    # Most lines have no capital after the first letter of their first four words: one
    # test for them all (lowering a text without capitals changes nothing in it).
    inner = text[first_four[0][0] + 1 : first_four[-1][1]]
    if inner == inner.lower():
        return False
    for a, b in first_four:
        word = text[a:b]
        if not word.isupper() and word[1:] != word[1:].lower():
            return True
    return False


__all__ = ["GLUED_HEADLINE_MIN", "GLUED_HEADLINE_WORDS", "Glued", "glued", "glued_anywhere"]
