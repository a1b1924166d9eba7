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
#: Most words of an author's bio under the name.
AUTHOR_BIO_WORDS = 40
# Two to four capitalised words, perhaps with a particle, and nothing else.
_NAME_ALONE = LazyPattern(
    r"[ \t]*\p{Lu}[\p{Ll}’'\-]+(?:[ \t]+(?:\p{Lu}[\p{Ll}’'\-]+|de|da|do|dos|das|del|di|van"
    r"|von|le|la|y|e)){1,3}[ \t]*", regex.VERSION1)
#: Labels of the lines under a name that make it an author's: a date or a byline row,
#: a role.
_UNDER = ("stamp", "date", "byline", "role", "furniture word", "vocabulary")


def author_names(text: str, count: int, line_at: Callable[[int], Line],
                 raw_at: Callable[[int], str], guesses: MutableMapping[int, Guess],
                 jobs: frozenset[str]) -> None:
    """Add a guess for each name alone right above a date, a byline row or a role that
    the classifier already took as the page's furniture, near the top or the foot; or
    right above the author's bio, a sentence that opens with the job (``Journalist of
    the local section. Before, she worked in radio…``)."""
    edges = [*range(min(count, AUTHOR_TOP_LINES)),
             *range(max(AUTHOR_TOP_LINES, count - AUTHOR_FOOT_LINES - 1), count)]
    for k in edges:
        if k in guesses or _NAME_ALONE.fullmatch(raw_at(k)) is None or line_at(k).quoted:
            continue
        below = guesses.get(k + 1)
        if below is not None and below.kind == "furniture" and any(
                word in below.label for word in _UNDER):
            guesses[k] = Guess("furniture", COMBINATION, "author's name above the date")
        elif below is None and k + 1 < count and _bio(line_at(k + 1), raw_at(k + 1), jobs):
            guesses[k] = Guess("furniture", COMBINATION, "author's name above the date")
            guesses[k + 1] = Guess("furniture", COMBINATION, "author's note")


def _bio(line: Line, raw: str, jobs: frozenset[str]) -> bool:
    """A sentence or two that open with the author's job, capitalised, no longer than a
    bio (``Journalist specialised in housing. Before, she worked…``)."""
    first = line.lowers[0] if line.lowers else ""
    # (one author: ``Journalists of the region protested…`` is news)
    return (first in jobs and first[:-1] not in jobs and raw[:1].isupper()
            and line.size <= AUTHOR_BIO_WORDS and raw.rstrip()[-1:] in ".!")


__all__ = ["author_names"]
