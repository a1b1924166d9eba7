"""Turn the paths of a ``check`` or ``fix`` command line into tasks, one per file.

Each file gets its own settings: the defaults, then the nearest
configuration's top level and the overrides matching the file, then the
command line (see :class:`~quotefix.config.Layer`). Folders are walked with
the include and exclude patterns and, in a git work tree, without what git
ignores; a file named on the command line is read whatever its name unless
``force-exclude`` is on and the exclude patterns cover it.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from .allowlist import Allowlist, load_allowlist
from .config import ConfigFile, Layer, Settings, discover, engine_layer
from .errors import FileError, QuotefixError
from .files import check_encoding, read_limited
from .formats import format_for
from .options import SETTINGS
from .paths import GitIgnore, excluded, walk
from .runner import FileResult, Mode, Task


def _split(values: list[str]) -> tuple[str, ...]:
    return tuple(item.strip() for value in values for item in value.split(",") if item.strip())


def cli_layer(args: argparse.Namespace) -> Layer:
    """The settings given on the command line, resolved once, as the top layer.

    Each engine option is resolved by its field's resolver, so a bad value
    fails here, once, with the same error class and message as through the
    API.
    """
    given: dict[str, Any] = {}
    for key, (_name, setting) in SETTINGS.items():
        value = getattr(args, key.replace("-", "_"), None)
        if value is None or (setting.kind == "flag" and not value):
            continue
        if setting.kind in ("list", "extend"):
            value = _split(value)
        elif setting.kind == "phrases":
            value = Allowlist(value)
        elif setting.kind == "file":
            value = Allowlist(phrase for file in value for phrase in load_allowlist(file))
        given[key] = value
    layer = engine_layer(given)
    files: dict[str, Any] = {}
    if args.include:
        files["include"] = tuple(args.include)
    for key in ("force_exclude", "respect_gitignore"):
        if getattr(args, key) is not None:
            files[key] = getattr(args, key)
    if args.encoding is not None:
        files["encoding"] = check_encoding(args.encoding)
    return Layer(layer.values, layer.extend, files)


class Planner:
    """Tasks for the paths of one command line, each with the settings for its file."""

    def __init__(self, args: argparse.Namespace, mode: Mode, explicit: ConfigFile | None) -> None:
        self.args = args
        self.mode = mode
        self.explicit = explicit
        self.cli = cli_layer(args)
        self.seen: set[str] = set()
        self.skipped: list[tuple[str, str]] = []  # (path, why): files a walk left out
        self.roots = [Path(raw) for raw in args.paths or ["."] if raw != "-"]
        self.roots = [root for root in self.roots if root.is_dir()]
        self._work_trees: dict[Path, GitIgnore | None] = {}

    def _config(self, path: Path) -> ConfigFile | None:
        return self.explicit if self.explicit is not None else discover(path)

    def _settings(self, path: Path, config: ConfigFile | None) -> Settings:
        settings = config.settings_for(path, Settings()) if config else Settings()
        settings = self.cli.apply(settings)
        if self.args.exclude:  # added to the configured ones
            settings = replace(settings, exclude=settings.exclude + tuple(self.args.exclude))
        return settings

    def _gitignore(self, folder: Path) -> GitIgnore | None:
        key = folder.resolve()
        if key not in self._work_trees:
            self._work_trees[key] = GitIgnore.find(key)
        return self._work_trees[key]

    def _task(
        self,
        path: str,
        display: str,
        settings: Settings,
        data: bytes | None = None,
        *,
        follow: bool = True,
    ) -> Task:
        mode = self.mode
        if path == "-" and mode == "fix":
            mode = "stdout"
        fmt = settings.format or format_for(display if path == "-" else path)
        return Task(
            path,
            display,
            fmt,
            settings.options,
            mode,
            data,
            self.args.max_file_size,
            follow,
            settings.encoding,
        )

    def plan(self, paths: Sequence[str]) -> Iterator[Task | FileResult]:
        for raw in paths:
            try:
                yield from self._plan_one(raw)
            except QuotefixError as error:  # a configuration file that cannot be used
                yield FileResult(raw, "plain", error=str(error))

    def _forced_out(self, path: Path, settings: Settings, config: ConfigFile | None) -> bool:
        """True when ``force-exclude`` keeps a named file out."""
        if not settings.force_exclude:
            return False
        base = config.path.parent if config else Path.cwd()
        return excluded(path, settings.exclude, base)

    def _plan_one(self, raw: str) -> Iterator[Task | FileResult]:
        if raw == "-":
            yield from self._plan_stdin()
            return
        path = Path(raw)
        if not path.is_dir():
            config = self._config(path)
            settings = self._settings(path, config)
            if self._forced_out(path, settings, config):
                return
            key = os.path.realpath(raw)
            if key not in self.seen:
                self.seen.add(key)
                yield self._task(raw, raw, settings)
            return
        config = self._config(path)
        top = self._settings(path, config)
        base = config.path.parent if config else path
        found = False
        files = walk(
            path,
            top.include,
            top.exclude,
            base,
            roots=self.roots,
            skipped=lambda file, why: self.skipped.append((str(file), why)),
            gitignore=self._gitignore(path) if top.respect_gitignore else None,
        )
        for file in files:
            found = True
            key = os.path.realpath(file)
            if key not in self.seen:
                self.seen.add(key)
                # Read and write the file itself, never through a link found on the way.
                yield self._task(key, str(file), self._settings(file, config), follow=False)
        if not found:
            yield FileResult(
                raw, "plain", error=f"no files to check here (looked for {', '.join(top.include)})"
            )

    def _plan_stdin(self) -> Iterator[Task | FileResult]:
        name = self.args.stdin_filename
        display = name or "<stdin>"
        try:
            data = read_limited(sys.stdin.buffer, self.args.max_file_size)
        except FileError as error:
            yield FileResult(display, format_for(name or ""), error=str(error))
            return
        path = Path(name) if name else Path.cwd()
        config = self._config(path)
        settings = self._settings(path, config)
        if name and self._forced_out(path, settings, config):
            if self.mode == "fix":  # `fix -` passes an excluded file through unchanged
                sys.stdout.flush()
                sys.stdout.buffer.write(data)
                sys.stdout.buffer.flush()
            return
        yield self._task("-", display, settings, data)


__all__ = ["Planner", "cli_layer"]
