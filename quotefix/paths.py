"""Which files to check: walking folders with include and exclude globs.

Globs use ``*`` (within a name), ``**`` (any number of folders) and ``?``. A
glob without ``/`` matches a file or folder name anywhere below the base
folder; one with ``/`` matches the path relative to the base folder.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator, Sequence
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
    return _matches_relative(pattern, relative)


def _relative(folder: Path, base: Path) -> str | None:
    """``folder`` relative to ``base`` as a POSIX path ("" for base itself), or ``None``."""
    try:
        relative = folder.resolve().relative_to(base.resolve()).as_posix()
    except ValueError:
        return None
    return "" if relative == "." else relative


def _matches_relative(pattern: str, relative: str) -> bool:
    pattern = pattern.rstrip("/")
    if "/" not in pattern:
        return any(_compile(pattern).match(part) for part in relative.split("/"))
    return bool(_compile(pattern.lstrip("/")).match(relative))


def inside(path: str, roots: Sequence[str]) -> bool:
    """True when the real path ``path`` lies in one of the real folders ``roots``."""
    return any(path == root or path.startswith(root.rstrip(os.sep) + os.sep) for root in roots)


Skip = Callable[[Path, str], None]

OUTSIDE = "symbolic link to a file outside the folders given; not followed"
BROKEN = "broken symbolic link; skipped"
SPECIAL = "not a regular file; skipped"


def walk(
    folder: Path,
    include: Iterable[str],
    exclude: Iterable[str],
    base: Path,
    *,
    roots: Sequence[Path] = (),
    skipped: Skip | None = None,
) -> Iterator[Path]:
    """Files below ``folder`` matching ``include`` and not ``exclude``, in sorted order.

    The walk never follows a link out of the tree: a link to a folder is never
    entered, and a link to a file is kept only when the file lies inside one of
    ``roots`` (default: ``folder``). Links left out, broken links and files that
    are not regular files (FIFOs, sockets, devices) matching ``include`` are
    passed to ``skipped`` with the reason. The walk keeps its own stack, so
    folder depth is limited only by the file system.
    """
    include, exclude = tuple(include), tuple(exclude)
    real_roots = [os.path.realpath(root) for root in (roots or (folder,))]
    prefix = _relative(folder, base)

    def relative_of(rel: str) -> str:
        if prefix is None:  # outside the base folder: match the absolute path
            return (folder.resolve() / rel).as_posix() if rel else folder.resolve().as_posix()
        return f"{prefix}/{rel}" if prefix and rel else (prefix or rel)

    def excluded(rel: str) -> bool:
        return any(_matches_relative(p, relative_of(rel)) for p in exclude)

    def included(name: str, rel: str) -> bool:
        return any(
            _compile(p).match(name) if "/" not in p else _matches_relative(p, relative_of(rel))
            for p in include
        )

    stack: list[tuple[Path, str]] = [(folder, "")]
    while stack:
        here, here_rel = stack.pop()
        try:
            with os.scandir(here) as scan:
                entries = sorted(scan, key=lambda entry: entry.name)
        except OSError:
            continue  # unreadable folder: nothing to check in it
        folders: list[tuple[Path, str]] = []
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            path, rel = here / name, f"{here_rel}/{name}" if here_rel else name
            if entry.is_dir(follow_symlinks=False):
                if name not in ALWAYS_EXCLUDED and not excluded(rel):
                    folders.append((path, rel))
                continue
            if not included(name, rel) or excluded(rel):
                continue
            reason = _unusable(entry, real_roots)
            if reason is None:
                yield path
            elif reason and skipped is not None:
                skipped(path, reason)
        stack.extend(reversed(folders))


def _unusable(entry: os.DirEntry[str], roots: Sequence[str]) -> str | None:
    """Why a walked entry is not read ("" to leave it out quietly), or ``None``."""
    if entry.is_symlink():
        try:
            target = os.stat(entry.path)
        except OSError:
            return BROKEN
        if stat.S_ISDIR(target.st_mode):
            return ""  # a link to a folder is never entered
        if not inside(os.path.realpath(entry.path), roots):
            return OUTSIDE
        return None if stat.S_ISREG(target.st_mode) else SPECIAL
    return None if entry.is_file(follow_symlinks=False) else SPECIAL


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


_UNPRINTABLE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]"
)


def printable(name: str) -> str:
    r"""``name`` safe to print on one line: control and layout characters escaped.

    A file name may hold a line break, a carriage return or a bidirectional
    control; printed raw it could start a line of its own (one that a CI
    system reads as a command) or reorder what follows. Printable characters,
    backslashes included, are kept as they are.

    >>> printable("news/a.txt"), printable("a\n::error ::x.txt")
    ('news/a.txt', 'a\\x0a::error ::x.txt')
    >>> printable("\u202eevil.txt")
    '\\u202eevil.txt'
    """
    return _UNPRINTABLE.sub(lambda match: _escape(match[0]), name)
