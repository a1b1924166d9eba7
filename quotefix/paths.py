"""Which files to check: walking folders with include and exclude patterns.

Patterns are gitignore patterns (``pathspec``'s ``GitIgnoreSpec``): ``*``
and ``?`` within a name, ``**`` for any number of folders, ``[…]`` classes,
``!`` to take a path back out of an earlier pattern, a trailing ``/`` for
folders only. A pattern without a ``/`` (but a trailing one) matches a name
at any depth; one with a ``/`` is anchored to the base folder (that of the
configuration file). When walking a git work tree, the files git ignores
(``.gitignore`` files and ``.git/info/exclude``) are left out too.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathspec import GitIgnoreSpec

DEFAULT_INCLUDE = ("*.txt", "*.md", "*.markdown", "*.html", "*.htm")
# Folders never entered when walking (named files are still checked).
ALWAYS_EXCLUDED = ("node_modules", "__pycache__", "site-packages", "venv")


@lru_cache(maxsize=512)
def _spec(patterns: tuple[str, ...]) -> GitIgnoreSpec:
    from pathspec import GitIgnoreSpec  # only runs that match paths pay for the import

    return GitIgnoreSpec.from_lines(patterns)


def _relative_to(path: Path, base: Path) -> str:
    """``path`` relative to ``base`` as a POSIX path, or its absolute path outside it."""
    try:
        return path.resolve().relative_to(base.resolve()).as_posix()
    except ValueError:
        return path.resolve().as_posix()


def matches_any(patterns: Iterable[str], path: Path, base: Path) -> bool:
    """True when ``path``, taken relative to ``base``, matches the patterns.

    >>> base = Path("/news")
    >>> matches_any(["*.md"], Path("/news/fr/a.md"), base)
    True
    >>> matches_any(["fr/**"], Path("/news/fr/a.md"), base)
    True
    >>> matches_any(["drafts"], Path("/news/drafts/b.txt"), base)
    True
    >>> matches_any(["en/*"], Path("/news/fr/a"), base)
    False
    >>> matches_any(["*.[mt]d"], Path("/news/a.td"), base)
    True
    >>> matches_any(["drafts/", "!drafts/keep.md"], Path("/news/drafts/keep.md"), base)
    False
    """
    patterns = tuple(patterns)
    return bool(patterns) and _spec(patterns).match_file(_relative_to(path, base))


def matches(pattern: str, path: Path, base: Path) -> bool:
    """True when ``path`` matches the one ``pattern`` taken relative to ``base``."""
    return matches_any((pattern,), path, base)


def excluded(path: Path, exclude: Iterable[str], base: Path) -> bool:
    """True when a file named on the command line lies under what a walk leaves out.

    That is: it matches ``exclude`` (a pattern naming a folder excludes what is
    in it), or it lies in one of the folders a walk never enters.
    """
    if matches_any(exclude, path, base):
        return True
    return any(part in ALWAYS_EXCLUDED for part in path.resolve().parent.parts)


def _relative(folder: Path, base: Path) -> str | None:
    """``folder`` relative to ``base`` as a POSIX path ("" for base itself), or ``None``."""
    try:
        relative = folder.resolve().relative_to(base.resolve()).as_posix()
    except ValueError:
        return None
    return "" if relative == "." else relative


class GitIgnore:
    """What git ignores in one work tree: its ``.gitignore`` files and ``info/exclude``.

    A ``.gitignore`` applies to its folder and below; a deeper one overrides
    a higher one, and within a file the last matching pattern wins, as in
    git. Each file is read once, when a path below its folder is asked about.
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        self._specs: dict[Path, GitIgnoreSpec | None] = {}
        info = root / ".git" / "info" / "exclude"
        self._info = self._read(info)

    @staticmethod
    def find(folder: Path) -> GitIgnore | None:
        """The work tree holding ``folder`` (a folder with ``.git`` in it or above), if any."""
        current = folder.resolve()
        while True:
            if (current / ".git").exists():
                return GitIgnore(current)
            if current.parent == current:
                return None
            current = current.parent

    @staticmethod
    def _read(path: Path) -> GitIgnoreSpec | None:
        try:
            lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            return None
        from pathspec import GitIgnoreSpec

        return GitIgnoreSpec.from_lines(lines) if lines else None

    def _spec_of(self, folder: Path) -> GitIgnoreSpec | None:
        if folder not in self._specs:
            self._specs[folder] = self._read(folder / ".gitignore")
        return self._specs[folder]

    def ignored(self, path: Path, is_dir: bool) -> bool:
        """True when git ignores ``path`` (a real path inside the work tree)."""
        suffix = "/" if is_dir else ""
        folder = path.parent
        while True:
            spec = self._spec_of(folder)
            if spec is not None:
                include = spec.check_file(path.relative_to(folder).as_posix() + suffix).include
                if include is not None:
                    return include
            if folder == self.root or folder.parent == folder:
                break
            folder = folder.parent
        if self._info is not None:
            try:
                relative = path.relative_to(self.root).as_posix()
            except ValueError:
                return False
            return bool(self._info.match_file(relative + suffix))
        return False


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
    gitignore: GitIgnore | None = None,
) -> Iterator[Path]:
    """Files below ``folder`` matching ``include`` and not ``exclude``, in sorted order.

    With ``gitignore``, what git ignores is left out as well (quietly, as
    excluded files are).

    The walk never follows a link out of the tree: a link to a folder is never
    entered, and a link to a file is kept only when the file lies inside one of
    ``roots`` (default: ``folder``). Links left out, broken links and files that
    are not regular files (FIFOs, sockets, devices) matching ``include`` are
    passed to ``skipped`` with the reason. The walk keeps its own stack, so
    folder depth is limited only by the file system.
    """
    include_spec, exclude_spec = _spec(tuple(include)), _spec(tuple(exclude))
    real_roots = [os.path.realpath(root) for root in (roots or (folder,))]
    prefix = _relative(folder, base)
    real_folder = Path(os.path.realpath(folder))

    def relative_of(rel: str) -> str:
        if prefix is None:  # outside the base folder: match the absolute path
            return (folder.resolve() / rel).as_posix() if rel else folder.resolve().as_posix()
        return f"{prefix}/{rel}" if prefix and rel else (prefix or rel)

    def left_out(rel: str, is_dir: bool) -> bool:
        if exclude_spec.match_file(relative_of(rel) + ("/" if is_dir else "")):
            return True
        return gitignore is not None and gitignore.ignored(real_folder / rel, is_dir)

    def included(rel: str) -> bool:
        return bool(include_spec.match_file(relative_of(rel)))

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
                if name not in ALWAYS_EXCLUDED and not left_out(rel, True):
                    folders.append((path, rel))
                continue
            if not included(rel) or left_out(rel, False):
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
