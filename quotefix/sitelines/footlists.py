"""A list of other headlines at the foot of the article, under a heading no list names.

Sites word the heading of their related stories in endless ways (``Près de chez
vous``, ``Weitere Meldungen aus dem Rathaus``, ``Ultime dalla società``, ``Mais do
Verdão``), but the block has one shape: after the article's last paragraph, a short
heading that ends no sentence, then two or more headlines (capitalised, a few
words, no full stop) down to the end of the text or to the page's own lines. An
article's own list is introduced by a sentence or a heading with a colon, and its
items are phrases or sentences (``→ stop for the diesel cars``, ``Das Bad öffnet
am 10. Mai.``), or all dates (``The bridges of 25 April and 1 May``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from .guess import Guess
from .lexicon import lexicon
from .lines import Line
from .tuning import WHOLE_LINE

#: Fewest headlines under the heading.
FOOT_LIST_ITEMS = 2
#: Most words of the heading; fewest and most of one headline.
FOOT_HEADING_WORDS = 7
FOOT_ITEM_WORDS = (4, 18)
#: Fewest words of the paragraph the block follows.
FOOT_PARAGRAPH_WORDS = 12
# A heading names the list; an arrow inside a line makes it a route, one of the items
# (``Kazan → Osh: Tuesdays and Saturdays``).
_ITEM_MARKS = frozenset("→⇒➔➜")
# A word of two letters or more (a unit of one letter, ``m²``, is no word).
_WORD = re.compile(r"[^\W\d_]{2,}")
# Opening hours: a time of day to another (``de 10.00 a 14.00``, ``9h-18h``).
_HOURS = re.compile(r"\b\d{1,2}(?:[.:h]\d{2}|h)\s*(?:-|–|a|to|à|bis|até|alle|al)\s*"
                    r"\d{1,2}(?:[.:h]\d{2}|h)")
# Two sentences in one line (not a German date's full stop: ``bis 23. Mai``).
_SENTENCE_BREAK = re.compile(r"[^\d\s]\. ")


def _text(text: str, line: Line) -> str:
    return text[line.body : line.end].strip()


def _headline(text: str, line: Line) -> bool:
    body = _text(text, line)  # (the line's body starts after its bullet or arrow)
    low, high = FOOT_ITEM_WORDS
    return (bool(body) and low <= line.size <= high and body[0].isupper()
            and not body.isupper() and body[-1] not in ".!;,:…"
            and _SENTENCE_BREAK.search(body) is None and not line.quoted
            and _news_shaped(body))


def _news_shaped(body: str) -> bool:
    """A headline names its place, its people or its date, or gives its topic before a
    colon or a comma (``Gembloux : un incendie…``, ``Tempio, al via…``, ``Centri estivi
    2025: …``); an article's own list of tips is plain words (``Keep windows closed
    during the day``)."""
    if ":" in body and _fact(body.rsplit(":", 1)[1]):
        return False  # a fact box's figure (``Maisons : 3 310 €/m² (−1,8 %)``)
    if _HOURS.search(body):
        return False  # opening hours (``Sábado, de 10.00 a 14.00 horas``): a practical box

    if ":" in body or "," in body or any(c.isdigit() for c in body):
        return True
    return any(word[:1].isupper() for word in body.split()[1:])


def _fact(after: str) -> bool:
    """A figure and at most one word (its unit) after a colon: a fact, not a headline
    (``3 840 €/m² (−4,1 %)``, ``97 jours``)."""
    return any(c.isdigit() for c in after) and len(_WORD.findall(after)) <= 1


def _heading(text: str, line: Line) -> bool:
    body = _text(text, line)
    return (bool(body) and 1 <= line.size <= FOOT_HEADING_WORDS and body[0].isupper()
            and body[-1] not in ".!;,:…" and not line.bullet and not line.arrow
            and not any(c.isdigit() or c in _ITEM_MARKS for c in body))


def _paragraph(text: str, line: Line) -> bool:
    body = _text(text, line)
    return line.size >= FOOT_PARAGRAPH_WORDS and body[-1:] in ".!?…”»\"’)"


def foot_list(text: str, count: int, line_at: Callable[[int], Line],
              guesses: Mapping[int, Guess]) -> int | None:
    """The index of the heading of a list of headlines at the foot of the article, or
    ``None``. Lines the classifier already took (the page's own lines below) are
    skipped from the end; the items are left to the caller's list reading."""
    j = count - 1
    while j >= 0 and j in guesses:
        j -= 1
    # The block: from the last free line up, headlines (the heading may be worded as
    # one: ``Weitere Meldungen aus dem Rathaus``), up to the article's last paragraph.
    top = j
    while top >= 1 and top - 1 not in guesses and (
            _headline(text, line_at(top - 1)) or _heading(text, line_at(top - 1))) and not (
            _paragraph(text, line_at(top - 1))):
        top -= 1
    if j - top < FOOT_LIST_ITEMS or top < 1 or not _heading(text, line_at(top)):
        return None
    if not all(_headline(text, line_at(k)) for k in range(top + 1, j + 1)):
        return None
    months = lexicon().word_class("month")
    if all(any(c.isdigit() for c in _text(text, line_at(k)))
           and not months.isdisjoint(line_at(k).lowers) for k in range(top + 1, j + 1)):
        return None  # every item a date (``The bridges of 25 April and 1 May``): a calendar
    before = top - 1
    if before not in guesses and not _paragraph(text, line_at(before)):
        return None
    return top


def heading_guess() -> Guess:
    return Guess("headlines", WHOLE_LINE, "list at the article's foot", alone=True)


__all__ = ["FOOT_LIST_ITEMS", "foot_list", "heading_guess"]
