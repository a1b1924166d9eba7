"""Which files to check: walking folders with include and exclude globs.

Globs use ``*`` (within a name), ``**`` (any number of folders) and ``?``. A
glob without ``/`` matches a file or folder name anywhere below the base
folder; one with ``/`` matches the path relative to the base folder.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

DEFAULT_INCLUDE = ("*.txt", "*.md", "*.markdown", "*.html", "*.htm")
# Folders never entered when walking (named files are still checked).
ALWAYS_EXCLUDED = ("node_modules", "__pycache__", "site-packages", "venv")


@lru_cache(maxsize=512)
def _compile(pattern: str) -> re.Pattern[str]:
    out = []
    i = 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif pattern[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pattern[i] == "?":
            out.append("[^/]")
            i += 1
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    return re.compile("".join(out) + r"\Z")


def matches(pattern: str, path: Path, base: Path) -> bool:
    """True when ``path`` matches ``pattern`` taken relative to ``base``.

    >>> base = Path("/news")
    >>> matches("*.md", Path("/news/fr/a.md"), base), matches("fr/**", Path("/news/fr/a.md"), base)
    (True, True)
    >>> matches("drafts", Path("/news/drafts/b.txt"), base)
    True
    >>> matches("en/*", Path("/news/fr/a"), base)
    False
    """
    try:
        relative = path.resolve().relative_to(base.resolve()).as_posix()
    except ValueError:
        relative = path.resolve().as_posix()
    pattern = pattern.rstrip("/")
    if "/" not in pattern:
        return any(_compile(pattern).match(part) for part in relative.split("/"))
    return bool(_compile(pattern.lstrip("/")).match(relative))


def walk(
    folder: Path, include: Iterable[str], exclude: Iterable[str], base: Path
) -> Iterator[Path]:
    """Files below ``folder`` matching ``include`` and not ``exclude``, in sorted order."""
    include, exclude = tuple(include), tuple(exclude)
    for root, dirs, files in os.walk(folder):
        here = Path(root)
        dirs[:] = sorted(
            d
            for d in dirs
            if not d.startswith(".")
            and d not in ALWAYS_EXCLUDED
            and not any(matches(p, here / d, base) for p in exclude)
        )
        for name in sorted(f for f in files if not f.startswith(".")):
            path = here / name
            if any(
                _compile(p).match(name) if "/" not in p else matches(p, path, base) for p in include
            ) and not any(matches(p, path, base) for p in exclude):
                yield path
