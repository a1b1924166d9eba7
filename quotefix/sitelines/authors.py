"""An author's name alone on its line, above the page's date or the author's role.

Pages print who wrote the article on a line of its own and the date or the role
under it (``Rocío Montaño`` then ``15 March 2025 - 07:00``; ``Inês Cardoso`` then
``Journalist``). The name alone proves nothing (a list of places, a heading); the
line under it, already read as the page's own, does: a name alone right above it,
near the top or the foot of the article, is its author.
"""

from __future__ import annotations

from collections.abc import Callable, MutableMapping

import regex

from ..lazy import LazyPattern
from .guess import Guess
from .lines import Line
from .tuning import COMBINATION

#: How near the top, and how near the foot, an author's name stands.
AUTHOR_TOP_LINES = 5
AUTHOR_FOOT_LINES = 3
# Two to four capitalised words, perhaps with a particle, and nothing else.
_NAME_ALONE = LazyPattern(
    r"[ \t]*\p{Lu}[\p{Ll}’'\-]+(?:[ \t]+(?:\p{Lu}[\p{Ll}’'\-]+|de|da|do|dos|das|del|di|van"
    r"|von|le|la|y|e)){1,3}[ \t]*", regex.VERSION1)
#: Labels of the lines under a name that make it an author's: a date or a byline row,
#: a role.
_UNDER = ("stamp", "date", "byline", "role", "furniture word", "vocabulary")


def author_names(text: str, count: int, line_at: Callable[[int], Line],
                 raw_at: Callable[[int], str], guesses: MutableMapping[int, Guess]) -> None:
    """Add a guess for each name alone right above a date, a byline row or a role that
    the classifier already took as the page's furniture, near the top or the foot."""
    edges = [*range(min(count, AUTHOR_TOP_LINES)),
             *range(max(AUTHOR_TOP_LINES, count - AUTHOR_FOOT_LINES - 1), count)]
    for k in edges:
        below = guesses.get(k + 1)
        if k in guesses or below is None or below.kind != "furniture" or not any(
                word in below.label for word in _UNDER):
            continue
        if _NAME_ALONE.fullmatch(raw_at(k)) is None:
            continue
        if line_at(k).quoted:
            continue
        guesses[k] = Guess("furniture", COMBINATION, "author's name above the date")


__all__ = ["author_names"]
