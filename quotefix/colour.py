"""Colour for human output: paths, codes and the ``[*]`` marker, as linters print them.

``--color auto`` (the default) colours only a terminal, and honours the
conventions of https://no-color.org and https://force-color.org: a
non-empty ``NO_COLOR`` turns colour off, a non-empty ``FORCE_COLOR`` (other
than ``0``) turns it on even when output is piped; ``TERM=dumb`` is a
terminal that shows no colour. ``--color always`` and ``--color never`` win
over the environment.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TextIO

CHOICES = ("auto", "always", "never")

_RESET = "\x1b[0m"
_CODES = {
    "path": "\x1b[1m",  # bold
    "code": "\x1b[1;31m",  # bold red
    "fixable": "\x1b[36m",  # cyan
    "separator": "\x1b[36m",
    "caret": "\x1b[1;31m",
    "heading": "\x1b[1m",
    "good": "\x1b[1;32m",  # bold green
}


def wanted(choice: str, stream: TextIO, environ: Mapping[str, str] | None = None) -> bool:
    """Whether output written to ``stream`` is coloured, for ``--color choice``.

    >>> import io
    >>> wanted("always", io.StringIO()), wanted("auto", io.StringIO(), {"FORCE_COLOR": "1"})
    (True, True)
    >>> wanted("auto", io.StringIO(), {"FORCE_COLOR": "1", "NO_COLOR": "1"})
    False
    """
    if choice != "auto":
        return choice == "always"
    env = os.environ if environ is None else environ
    if env.get("NO_COLOR"):
        return False
    force = env.get("FORCE_COLOR")
    if force and force != "0":
        return True
    if env.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


@dataclass(frozen=True)
class Palette:
    """Paints text in a role's colour, or leaves it as it is when colour is off."""

    enabled: bool = False

    def __call__(self, role: str, text: str) -> str:
        if not self.enabled or not text:
            return text
        return f"{_CODES[role]}{text}{_RESET}"


PLAIN = Palette(False)

__all__ = ["CHOICES", "PLAIN", "Palette", "wanted"]
