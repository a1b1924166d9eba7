"""Suppression comments: ``quotefix: ignore [CODES]`` and ``quotefix: ignore-file``."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..rules import RULES_BY_NAME

DIRECTIVE = re.compile(
    r"quotefix:\s*(?P<kind>ignore-file|ignore)\b(?P<codes>[\w\s,-]*?)\s*(?:-->)?\s*$"
)


@dataclass(frozen=True, slots=True)
class Directive:
    whole_file: bool
    codes: tuple[str, ...]  # code prefixes; empty: every code


def parse(comment: str) -> Directive | None:
    """Read a directive from a comment's text, or return ``None``.

    >>> parse(" quotefix: ignore QF101, QF2 ")
    Directive(whole_file=False, codes=('QF101', 'QF2'))
    >>> parse("quotefix: ignore-file")
    Directive(whole_file=True, codes=())
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
    return Directive(match["kind"] == "ignore-file", tuple(codes))
