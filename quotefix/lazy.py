"""Patterns compiled on first use, so that importing quotefix stays cheap.

A command-line check of one short file imports every rule family; compiling
every large pattern at import would cost more than the check itself.
"""

from __future__ import annotations

from typing import Any

import regex


class LazyPattern:
    """A ``regex`` pattern compiled the first time it is used; otherwise the same."""

    __slots__ = ("_compiled", "_flags", "_source")

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source = source
        self._flags = flags
        self._compiled: Any = None

    def _pattern(self) -> Any:
        if self._compiled is None:
            self._compiled = regex.compile(self._source, self._flags)
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


__all__ = ["LazyPattern"]
