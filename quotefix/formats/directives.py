"""Suppression comments: ``quotefix: ignore [CODES]``, ``ignore-line`` and ``ignore-file``.

``ignore`` applies to the next block (paragraph), ``ignore-line`` to the
line of the file the comment stands on (``He said “no» <!-- quotefix:
ignore-line -->``: the form a copy editor types at the end of the line a
finding names), ``ignore-file`` to the whole file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..rules import RULES_BY_NAME

DIRECTIVE = re.compile(
    r"quotefix:\s*(?P<kind>ignore-file|ignore-line|ignore)\b(?P<codes>[\w\s,-]*?)\s*(?:-->)?\s*$"
)


@dataclass(frozen=True, slots=True)
class Directive:
    whole_file: bool
    codes: tuple[str, ...]  # code prefixes; empty: every code
    same_line: bool = False  # ignore-line: the comment's own line of the file


def parse(comment: str) -> Directive | None:
    """Read a directive from a comment's text, or return ``None``.

    >>> parse(" quotefix: ignore QF101, QF2 ")
    Directive(whole_file=False, codes=('QF101', 'QF2'), same_line=False)
    >>> parse("quotefix: ignore-file")
    Directive(whole_file=True, codes=(), same_line=False)
    >>> parse(" quotefix: ignore-line QF2 ")
    Directive(whole_file=False, codes=('QF2',), same_line=True)
    >>> parse("an ordinary comment") is None
    True
    """
    match = DIRECTIVE.search(comment.strip())
    if match is None:
        return None
    codes = []
    for item in re.split(r"[\s,]+", match["codes"].strip()):
        if item:
            found = RULES_BY_NAME.get(item.lower())
            codes.append(found.code if found is not None else item.upper())
    kind = match["kind"]
    return Directive(kind == "ignore-file", tuple(codes), kind == "ignore-line")
