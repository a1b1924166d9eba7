"""Patterns compiled on first use, so that importing quotefix stays cheap.

A command-line check of one short file imports every rule family; compiling
every large pattern at import would cost more than the check itself.
"""

from __future__ import annotations

import re
from typing import Any

import regex


class LazyPattern:
    """A pattern compiled the first time it is used; otherwise the same.

    ``engine`` is the ``regex`` module (the default) or the standard library's
    ``re``, faster for simple patterns on long text.
    """

    __slots__ = ("_compiled", "_engine", "_flags", "_source")

    def __init__(self, source: str, flags: int = 0, engine: Any = regex) -> None:
        self._source = source
        self._flags = flags
        self._engine = engine
        self._compiled: Any = None

    def _pattern(self) -> Any:
        if self._compiled is None:
            self._compiled = self._engine.compile(self._source, self._flags)
        return self._compiled

    def search(self, *args: Any) -> Any:
        return self._pattern().search(*args)

    def match(self, *args: Any) -> Any:
        return self._pattern().match(*args)

    def fullmatch(self, *args: Any) -> Any:
        return self._pattern().fullmatch(*args)

    def finditer(self, *args: Any) -> Any:
        return self._pattern().finditer(*args)

    def findall(self, *args: Any) -> Any:
        return self._pattern().findall(*args)

    def sub(self, *args: Any) -> Any:
        return self._pattern().sub(*args)

    def split(self, *args: Any) -> Any:
        return self._pattern().split(*args)


def lazy_re(source: str, flags: int = 0) -> LazyPattern:
    """A standard-library ``re`` pattern, compiled on first use."""
    return LazyPattern(source, flags, re)


__all__ = ["LazyPattern", "lazy_re"]
