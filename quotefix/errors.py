"""Exceptions raised by quotefix. Each refines the builtin it is a kind of."""

from __future__ import annotations


class QuotefixError(Exception):
    """Base class of every error quotefix raises on purpose."""


class InputError(QuotefixError, TypeError):
    """The text passed in is not a ``str``."""


class LocaleError(QuotefixError, ValueError):
    """A target or source locale that quotefix does not know."""


class SelectionError(QuotefixError, ValueError):
    """A ``select``/``ignore`` entry that names no rule, family or prefix."""


class EditError(QuotefixError, ValueError):
    """Edits that cannot be replayed: unsorted, overlapping or out of bounds."""
