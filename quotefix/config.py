"""Configuration: ``[tool.quotefix]`` in ``pyproject.toml``, or a ``quotefix.toml``.

The file nearest to a checked path wins (``quotefix.toml`` before
``pyproject.toml`` in the same folder; a ``pyproject.toml`` without a
``[tool.quotefix]`` table is passed over). Command-line options override the
file, per-path ``[[tool.quotefix.overrides]]`` override the file's top level,
and the file overrides the defaults.

The engine keys are the ``Setting`` spellings of :class:`~quotefix.Options`
fields (``target``, ``unsafe-fixes``, ``allowlist-file``…): this module
reads them from the option table and knows none by name. A value is resolved
when the file is read, so a wrong one is reported once, naming the file.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from .allowlist import Allowlist, load_allowlist
from .errors import ConfigError, OptionTypeError, QuotefixError
from .options import DEFAULT, FIELDS, SETTINGS, Options, Setting
from .paths import DEFAULT_INCLUDE, matches

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

CONFIG_NAMES = ("quotefix.toml", "pyproject.toml")
#: Keys that say which files a folder holds (top level only, not in overrides).
FILE_KEYS = ("include", "exclude")


@dataclass(frozen=True)
class Settings:
    """Everything that decides how one file is checked.

    ``options`` go to the engine; ``include``/``exclude`` choose the files
    of a folder.
    """

    options: Options = DEFAULT
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()


@dataclass(frozen=True)
class Override:
    paths: tuple[str, ...]
    values: dict[str, Any] = field(default_factory=dict)  # Options field -> resolved value


@dataclass(frozen=True)
class ConfigFile:
    path: Path
    values: dict[str, Any]  # Options field -> resolved value
    overrides: tuple[Override, ...]
    include: tuple[str, ...] | None = None
    exclude: tuple[str, ...] = ()

    def settings_for(self, file: Path, base: Settings) -> Settings:
        values = dict(self.values)
        for override in self.overrides:
            if any(matches(p, file, self.path.parent) for p in override.paths):
                values.update(override.values)
        return replace(
            base,
            options=base.options.replace(**values),
            include=self.include if self.include is not None else base.include,
            exclude=self.exclude or base.exclude,
        )


def _strings(key: str, value: Any) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise OptionTypeError(f"'{key}' must be a list of strings, not {value!r}")
    return value


def _raw(setting: Setting, value: Any, base: Path) -> Any:
    """Check a value's TOML type for its setting; return what the field's resolver takes."""
    key = setting.key
    if setting.kind == "flag":
        if not isinstance(value, bool):
            raise OptionTypeError(f"'{key}' must be true or false, not {value!r}")
        return value
    if setting.kind == "value":
        if not isinstance(value, str):
            raise OptionTypeError(f"'{key}' must be a string, not {value!r}")
        return value
    if setting.kind == "file":
        if not isinstance(value, str):
            raise OptionTypeError(
                f"'{key}' must be a path (relative to the configuration file), not {value!r}"
            )
        file = Path(value) if Path(value).is_absolute() else base / value
        return Allowlist(load_allowlist(file))
    return tuple(_strings(key, value))


def _values(
    table: dict[str, Any], allowed: tuple[str, ...], where: str, base: Path
) -> dict[str, Any]:
    """Resolve the engine keys of ``table``: Options field -> value."""
    out: dict[str, Any] = {}
    for key, value in table.items():
        if key not in SETTINGS or key not in allowed:
            raise ConfigError(f"{where}: unknown key '{key}' (known: {', '.join(sorted(allowed))})")
        name, setting = SETTINGS[key]
        try:
            raw = _raw(setting, value, base)
            resolved = FIELDS[name].metadata["resolve"](raw)
        except QuotefixError as error:
            # The option's own error class, its message naming the file and key.
            prefix = where if str(error).startswith(f"'{key}'") else f"{where}: '{key}'"
            raise error.located(prefix) from None
        if name in out and isinstance(resolved, Allowlist):  # allowlist and allowlist-file add up
            resolved = out[name] + resolved
        out[name] = resolved
    return out


ENGINE_KEYS = tuple(SETTINGS)


def parse_config(path: Path, data: dict[str, Any], section: str) -> ConfigFile:
    """Validate a parsed TOML table (``section`` names it in messages)."""
    where = f"{path}: [{section}]" if section else f"{path}"
    table = dict(data)
    raw_overrides = table.pop("overrides", [])
    files = {key: table.pop(key) for key in FILE_KEYS if key in table}
    values = _values(table, (*ENGINE_KEYS, *FILE_KEYS), where, path.parent)
    lists: dict[str, tuple[str, ...]] = {}
    for key, value in files.items():
        try:
            lists[key] = tuple(_strings(key, value))
        except QuotefixError as error:
            raise error.located(where) from None
    if not isinstance(raw_overrides, list) or not all(isinstance(o, dict) for o in raw_overrides):
        raise ConfigError(f"{where}: 'overrides' must be an array of tables ([[overrides]])")
    overrides = []
    for number, raw in enumerate(raw_overrides, 1):
        here = f"{where} overrides #{number}"
        item = dict(raw)
        if "paths" not in item:
            raise ConfigError(f"{here}: 'paths' is required (a list of globs)")
        try:
            paths = tuple(_strings("paths", item.pop("paths")))
        except QuotefixError as error:
            raise error.located(here) from None
        overrides.append(Override(paths, _values(item, ENGINE_KEYS, here, path.parent)))
    return ConfigFile(
        path, values, tuple(overrides), lists.get("include"), lists.get("exclude", ())
    )


def load_config(path: Path) -> ConfigFile | None:
    """Read a config file; ``None`` for a ``pyproject.toml`` without ``[tool.quotefix]``.

    Every problem is a one-line :class:`QuotefixError` whose message starts
    with the file's name.
    """
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except OSError as error:
        raise ConfigError(f"{path}: {error.strerror or error}") from None
    except UnicodeDecodeError as error:
        raise ConfigError(f"{path}: not valid UTF-8 (byte {error.start})") from None
    except tomllib.TOMLDecodeError as error:
        reason = " ".join(str(error).split())
        raise ConfigError(f"{path}: invalid TOML: {reason}") from None
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        if not isinstance(tool, dict):
            raise ConfigError(f"{path}: 'tool' must be a table ([tool.quotefix]), not {tool!r}")
        if "quotefix" not in tool:
            return None
        if not isinstance(tool["quotefix"], dict):
            raise ConfigError(f"{path}: [tool.quotefix] must be a table")
        return parse_config(path, tool["quotefix"], "tool.quotefix")
    return parse_config(path, data, "")


@lru_cache(maxsize=64)
def _load(path: Path, _stamp: tuple[int, int]) -> ConfigFile | None:
    # Keyed by the file's size and change time as well: a file edited during
    # a long-lived process is read again, an unchanged one (and the
    # allowlist files it names) only once.
    return load_config(path)


def _cached_load(path: Path) -> ConfigFile | None:
    stat = path.stat()
    return _load(path, (stat.st_size, stat.st_mtime_ns))


@lru_cache(maxsize=256)
def _find(folder: Path) -> ConfigFile | None:
    """The configuration nearest to ``folder``: walks up without recursion."""
    current = folder
    while True:
        for name in CONFIG_NAMES:
            candidate = current / name
            if candidate.is_file():
                found = _cached_load(candidate)
                if found is not None:
                    return found
        if current.parent == current:
            return None
        current = current.parent


def discover(path: Path) -> ConfigFile | None:
    """The configuration that applies to ``path``, found by walking up from it."""
    folder = path.resolve()
    if not folder.is_dir():
        folder = folder.parent
    return _find(folder)


def clear_cache() -> None:
    _find.cache_clear()
    _load.cache_clear()


__all__ = [
    "CONFIG_NAMES",
    "ConfigError",
    "ConfigFile",
    "Settings",
    "clear_cache",
    "discover",
    "load_config",
    "parse_config",
]
