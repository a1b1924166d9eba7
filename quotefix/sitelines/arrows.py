"""Lines led by an arrow: a link to another article, or an item of the article's own list.

``→ Storms: why the coast is more exposed`` under the article is the site's link to
another story; ``→ stop for the diesel cars`` beside it, or ``→ June 14: Opening
concert…`` under ``Among the highlights:``, is the article's own list.
"""

from __future__ import annotations

from collections.abc import Callable, MutableMapping

from .guess import Guess
from .lines import Line
from .tuning import ARROW, HEADLINE_MAX_WORDS

ARROW_LINK = "arrow link"


def arrow_link(text: str, line: Line, guesses: list[Guess]) -> None:
    """A line led by an arrow before a headline (capitalised or quoted, no route)."""
    if line.arrow and line.size and line.size <= HEADLINE_MAX_WORDS + 5:
        first = text[line.body : line.body + 1]
        # (arrows inside the line too are a route or a sequence: ``→ Tatarstan Street →
        # Tukay Street → the dam``, no link)
        if (first.isupper() or first.isdigit() or first in "“«„\"") and not any(
                mark in text[line.body : line.end] for mark in "→⇒➔➜"):
            guesses.append(Guess("teaser", ARROW, ARROW_LINK,
                                 (line.start, line.body if line.body > line.start else line.end)))


def _lower_arrow_item(text: str, line: Line) -> bool:
    """A line led by an arrow whose text starts in lower case or ends with a full stop:
    a list item, no headline (headlines take no full stop)."""
    if not line.arrow:
        return False
    return (text[line.body : line.body + 1].islower()
            or text[line.start : line.end].rstrip(" \t\u00a0")[-1:] == ".")


def drop_list_items(text: str, count: int, line_at: Callable[[int], Line],
                    raw_at: Callable[[int], str], guesses: MutableMapping[int, Guess]) -> None:
    """Take back the arrow links that are items of the article's own list.

    An arrow line beside an arrow line in lower case or ending with a full stop is an
    item (``→ stop for the diesel cars``, ``→ Linie 13: verkehrt nur bis Mickten.``);
    so is one under a line of the article that announces a list with a colon
    (``Among the highlights:``). A teaser label above (``READ ALSO:``) is the site's,
    and its links stay.
    """
    links = {k for k, g in guesses.items() if g.label == ARROW_LINK}
    for k in sorted(links):
        if any(0 <= j < count and _lower_arrow_item(text, line_at(j)) for j in (k - 1, k + 1)):
            del guesses[k]
            continue
        top = k - 1
        while top in links:
            top -= 1
        if top >= 0 and top not in guesses and raw_at(top).rstrip().endswith(":"):
            del guesses[k]


__all__ = ["ARROW_LINK", "arrow_link", "drop_list_items"]
