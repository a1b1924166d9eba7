"""``check_many`` and ``fix_many``: many texts of one site at once.

Each text is checked as :func:`~quotefix.check` would check it, and one more
thing is looked at across them: a line that recurs word for word in many of
the texts (a footer, an appeal, a copyright line) is boilerplate of the site
(QF510, with the count). The lines are counted first, over all the texts, so
every text is judged against the same table whatever order it comes in.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .api import check, fix
from .errors import InputError
from .model import Finding, FixResult
from .options import Options, resolve
from .sitelines import repeated_in


def _texts(texts: Iterable[str], function: str) -> list[str]:
    if isinstance(texts, (str, bytes)):
        raise InputError(
            f"quotefix.{function}() takes a list of texts, not one {type(texts).__name__}:"
            " use quotefix.check() for one text"
        )
    out = list(texts)
    for text in out:
        if not isinstance(text, str):
            raise InputError(
                f"quotefix.{function}() takes texts as str, not {type(text).__name__}"
            )
    return out


def with_repeats(texts: list[str], options: Options) -> Options:
    """``options`` with the lines that recur in ``texts`` counted (see ``Options.repeated``)."""
    if not options.selection.enabled("QF510"):
        return options
    return options.replace(repeated=repeated_in(texts))


def check_many(
    texts: Iterable[str], options: Options | None = None, **overrides: Any
) -> list[list[Finding]]:
    """The findings of each text, in order, with lines repeated across them reported.

    Options are as in :func:`~quotefix.check`; ``repeated_lines`` (default
    0.5) is the share of the texts a line must be in to be reported as QF510
    (and always 3 texts or more, so a paragraph two articles share stays).

    >>> footer = "Support the Courier from 3 euros a month."
    >>> texts = [f"Story {n} went well.\\n\\n{footer}" for n in range(4)]
    >>> [[f.code for f in found] for found in check_many(texts)]
    [['QF510'], ['QF510'], ['QF510'], ['QF510']]
    """
    items = _texts(texts, "check_many")
    chosen = with_repeats(items, resolve(options, overrides))
    return [check(text, options=chosen) for text in items]


def fix_many(
    texts: Iterable[str], options: Options | None = None, **overrides: Any
) -> list[FixResult]:
    """Repair each text as :func:`~quotefix.fix` does, lines repeated across them included.

    With ``remove_boilerplate=True`` the repeated lines (QF510) are removed
    along with the other boilerplate.
    """
    items = _texts(texts, "fix_many")
    chosen = with_repeats(items, resolve(options, overrides))
    return [fix(text, options=chosen) for text in items]


__all__ = ["check_many", "fix_many", "with_repeats"]
