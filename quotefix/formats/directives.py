"""Suppression comments: ``quotefix: ignore [CODES]`` and ``quotefix: ignore-file``."""

from __future__ import annotations

import re
from dataclasses import dataclass

import quotefix

DIRECTIVE = re.compile(
    r"quotefix:\s*(?P<kind>ignore-file|ignore)\b(?P<codes>[\w\s,-]*?)\s*(?:-->)?\s*$"
)
COMMENT = re.compile(r"<!--(?P<body>.*?)-->", re.DOTALL)


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
    names = {rule.name: rule.code for rule in quotefix.RULES}
    for item in re.split(r"[\s,]+", match["codes"].strip()):
        if item:
            codes.append(names.get(item.lower(), item.upper()))
    return Directive(match["kind"] == "ignore-file", tuple(codes))
