"""Exceptions raised by quotefix. Each refines the builtin it is a kind of.

Catch :class:`QuotefixError` to catch every error quotefix raises on purpose;
anything else escaping quotefix is a bug. A wrong *type* is also a
:class:`TypeError`, a wrong *value* also a :class:`ValueError`, a file that
cannot be read or written also an :class:`OSError`:

>>> import quotefix
>>> try:
...     quotefix.check("text", target="xx")
... except quotefix.LocaleError as error:
...     isinstance(error, ValueError), str(error)[:30]
(True, "unknown target locale 'xx'; va")
"""

from __future__ import annotations

from typing import TypeVar

_E = TypeVar("_E", bound="QuotefixError")


class QuotefixError(Exception):
    """Base class of every error quotefix raises on purpose."""

    def located(self: _E, where: str) -> _E:
        """The same error, its message starting with ``where`` (a file and key).

        An option that is wrong in a configuration file keeps its class, so a
        caller catching :class:`LocaleError` catches it whatever route the
        option took; only the message says where it came from.
        """
        return type(self)(f"{where}: {self}")


class InputError(QuotefixError, TypeError):
    """The text passed in is not a ``str``."""


class OptionTypeError(QuotefixError, TypeError):
    """An option of the wrong type (``select=[1]``, ``translator="x"``, ``unsafe="yes"``)."""


class OptionError(QuotefixError, ValueError):
    """An option whose value quotefix cannot use (base of the two below)."""


class LocaleError(OptionError):
    """A target, source or fragment language that quotefix does not support."""


class SelectionError(OptionError):
    """A ``select``/``ignore`` entry that names no rule (``QF999``, ``QF0``, ``E501``)."""


class ConfigError(QuotefixError, ValueError):
    """A configuration file that cannot be used; the message names the file and the key."""


class FileError(QuotefixError, OSError):
    """A file that cannot be read or written; the message says why, in one line."""

    def __str__(self) -> str:
        # OSError would show "[Errno …]" for two arguments; ours always has one.
        return str(self.args[0]) if self.args else ""


class EditError(QuotefixError, ValueError):
    """Edits that cannot be replayed: unsorted, overlapping or out of bounds."""


__all__ = [
    "ConfigError",
    "EditError",
    "FileError",
    "InputError",
    "LocaleError",
    "OptionError",
    "OptionTypeError",
    "QuotefixError",
    "SelectionError",
]
