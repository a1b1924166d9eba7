"""Patterns compiled on first use, so that importing quotefix stays cheap.

A command-line check of one short file imports every rule family; compiling
every large pattern at import would cost more than the check itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import regex

# Version 1 of ``regex`` folds case fully by default (``ß`` matches ``ss``), which
# makes a case-blind pattern with long lazy runs a thousand times slower (60 ms
# for one line, against 0.08 ms). Our patterns spell English and source-language
# words in their own letters; none needs a letter to match two, so they fold
# case letter by letter.
SIMPLE_CASE = "(?-f)"

_METHODS = ("findall", "finditer", "fullmatch", "match", "search", "split", "sub")


class LazyPattern:
    """A pattern compiled the first time it is used; otherwise the same.

    ``engine`` is the ``regex`` module (the default) or the standard library's
    ``re``, faster for simple patterns on long text. On first use the compiled
    pattern's own methods are stored in the instance's slots, so that later calls
    go straight to them (the hot loops call these patterns once per word or line).
    """

    __slots__ = ("_engine", "_flags", "_source", *_METHODS)

    findall: Callable[..., Any]
    finditer: Callable[..., Any]
    fullmatch: Callable[..., Any]
    match: Callable[..., Any]
    search: Callable[..., Any]
    split: Callable[..., Any]
    sub: Callable[..., Any]

    def __init__(self, source: str, flags: int = 0, engine: Any = regex) -> None:
        self._source = source
        self._flags = flags
        self._engine = engine

    def __getattr__(self, name: str) -> Any:
        # Called only while a method's slot is still empty: compile, then fill them all.
        if name not in _METHODS:
            raise AttributeError(name)
        source = self._source
        if self._engine is regex and self._flags & regex.VERSION1:
            source = SIMPLE_CASE + source
        compiled = self._engine.compile(source, self._flags)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)


def lazy_re(source: str, flags: int = 0) -> LazyPattern:
    """A standard-library ``re`` pattern, compiled on first use."""
    return LazyPattern(source, flags, re)


__all__ = ["LazyPattern", "lazy_re"]
