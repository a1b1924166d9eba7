"""Configuration: ``[tool.quotefix]`` in ``pyproject.toml``, or a ``quotefix.toml``.

The file nearest to a checked path wins (``quotefix.toml`` before
``pyproject.toml`` in the same folder; a ``pyproject.toml`` without a
``[tool.quotefix]`` table is passed over). Command-line options override the
file, per-path ``[[tool.quotefix.overrides]]`` override the file's top level,
and the file overrides the defaults.

The engine keys are the ``Setting`` spellings of :class:`~quotefix.Options`
fields (``target``, ``unsafe-fixes``, ``allowlist-file``, ``extend-select``…):
this module reads them from the option table and knows none by name. A value
is resolved when the file is read, so a wrong one is reported once, naming
the file. Each level (the file's top level, an override, the command line)
is a :class:`Layer`: its values replace, its ``extend-*`` keys add.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from .allowlist import Allowlist, load_allowlist
from .errors import ConfigError, OptionTypeError, QuotefixError
from .files import DEFAULT_ENCODING, check_encoding
from .options import DEFAULT, FIELDS, SETTINGS, Options, Setting
from .paths import DEFAULT_INCLUDE, matches_any
from .rules import normalise_codes

CONFIG_NAMES = ("quotefix.toml", "pyproject.toml")
#: Keys that say which files a folder holds and how they are read (not engine options).
#: The first four stand at the top level only; ``encoding`` may be set per path too.
FILE_KEYS = ("include", "exclude", "force-exclude", "respect-gitignore", "encoding")
OVERRIDE_FILE_KEYS = ("encoding",)


@dataclass(frozen=True)
class Settings:
    """Everything that decides how one file is checked.

    ``options`` go to the engine; ``format`` is the format named in the
    configuration or on the command line (``None``: from the file's
    extension); ``include``/``exclude`` choose the files of a folder, and
    ``force_exclude`` applies ``exclude`` to files named on the command line
    too; ``respect_gitignore`` leaves out what git ignores when walking;
    ``encoding`` is the encoding files are read and written in.
    """

    options: Options = DEFAULT
    format: str | None = None
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    force_exclude: bool = False
    respect_gitignore: bool = True
    encoding: str = DEFAULT_ENCODING


@dataclass(frozen=True)
class Layer:
    """One level of settings: a file's top level, an override, or the command line.

    ``values`` replace fields of the options; ``extend`` adds codes to a
    field (``extend-select``, ``extend-ignore``), on top of whatever the
    levels below left there; ``files`` are file keys (``FILE_KEYS``), by
    ``Settings`` attribute. Levels apply in order: defaults, the file's top
    level, each matching override, the command line.
    """

    values: Mapping[str, Any] = field(default_factory=dict)
    extend: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    files: Mapping[str, Any] = field(default_factory=dict)

    def apply(self, settings: Settings) -> Settings:
        if not (self.values or self.extend or self.files):
            return settings
        changes = dict(self.values)
        for name, extra in self.extend.items():
            current = changes.get(name, getattr(settings.options, name))
            # Nothing selected yet means every rule: extending keeps every rule on.
            changes[name] = ("QF", *extra) if current is None else (*current, *extra)
        options = settings.options.replace(**changes)
        fmt = self.values.get("format", settings.format)
        return replace(settings, options=options, format=fmt, **self.files)


@dataclass(frozen=True)
class Override:
    paths: tuple[str, ...]
    layer: Layer = field(default_factory=Layer)


@dataclass(frozen=True)
class ConfigFile:
    path: Path
    top: Layer
    overrides: tuple[Override, ...]

    def settings_for(self, file: Path, base: Settings) -> Settings:
        settings = self.top.apply(base)
        for override in self.overrides:
            if matches_any(override.paths, file, self.path.parent):
                settings = override.layer.apply(settings)
        return settings


def _strings(key: str, value: Any) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise OptionTypeError(f"'{key}' must be a list of strings, not {value!r}")
    return value


def _bool(key: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise OptionTypeError(f"'{key}' must be true or false, not {value!r}")
    return value


def _raw(setting: Setting, value: Any, base: Path) -> Any:
    """Check a value's TOML type for its setting; return what the field's resolver takes."""
    key = setting.key
    if setting.kind == "flag":
        return _bool(key, value)
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


def file_value(key: str, value: Any) -> Any:
    """A file key's value, checked; by ``Settings`` attribute name."""
    if key in ("include", "exclude"):
        return tuple(_strings(key, value))
    if key == "encoding":
        if not isinstance(value, str):
            raise OptionTypeError(f"'{key}' must be a string such as 'cp1252', not {value!r}")
        return check_encoding(value)
    return _bool(key, value)


def _engine_value(key: str, value: Any, base: Path | None) -> tuple[str, str, Any]:
    """One engine key's value, resolved: (Options field, setting kind, value).

    ``base`` is the configuration file's folder, for a value read from a file
    (its TOML type is checked, a file path is read); ``None`` for values the
    command line has already put in shape.
    """
    name, setting = SETTINGS[key]
    raw = _raw(setting, value, base) if base is not None else value
    if setting.kind == "extend":
        return name, setting.kind, normalise_codes(raw, key) or ()
    return name, setting.kind, FIELDS[name].metadata["resolve"](raw)


def engine_layer(given: Mapping[str, Any], base: Path | None = None) -> Layer:
    """A layer from engine keys (``Setting`` spellings), each resolved by its field."""
    layer = Layer({}, {})
    for key, value in given.items():
        layer = _add(layer, *_engine_value(key, value, base))
    return layer


def _add(layer: Layer, name: str, kind: str, value: Any) -> Layer:
    values, extend = dict(layer.values), dict(layer.extend)
    if kind == "extend":
        extend[name] = (*extend.get(name, ()), *value)
    elif name in values and isinstance(value, Allowlist):  # allowlist and allowlist-file add up
        values[name] = values[name] + value
    else:
        values[name] = value
    return Layer(values, extend, layer.files)


def _layer(
    table: dict[str, Any], engine: tuple[str, ...], files: tuple[str, ...], where: str, base: Path
) -> Layer:
    """Resolve a table's keys into a layer; a wrong key or value names the file and key."""
    allowed = (*engine, *files)
    layer = Layer({}, {})
    file_values: dict[str, Any] = {}
    for key, value in table.items():
        if key not in allowed:
            raise ConfigError(f"{where}: unknown key '{key}' (known: {', '.join(sorted(allowed))})")
        try:
            if key in files:
                file_values[key.replace("-", "_")] = file_value(key, value)
            else:
                layer = _add(layer, *_engine_value(key, value, base))
        except QuotefixError as error:
            # The option's own error class, its message naming the file and key.
            prefix = where if str(error).startswith(f"'{key}'") else f"{where}: '{key}'"
            raise error.located(prefix) from None
    return Layer(layer.values, layer.extend, file_values)


ENGINE_KEYS = tuple(SETTINGS)


def parse_config(path: Path, data: dict[str, Any], section: str) -> ConfigFile:
    """Validate a parsed TOML table (``section`` names it in messages)."""
    where = f"{path}: [{section}]" if section else f"{path}"
    table = dict(data)
    raw_overrides = table.pop("overrides", [])
    top = _layer(table, ENGINE_KEYS, FILE_KEYS, where, path.parent)
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
        layer = _layer(item, ENGINE_KEYS, OVERRIDE_FILE_KEYS, here, path.parent)
        overrides.append(Override(paths, layer))
    return ConfigFile(path, top, tuple(overrides))


def load_config(path: Path) -> ConfigFile | None:
    """Read a config file; ``None`` for a ``pyproject.toml`` without ``[tool.quotefix]``.

    Every problem is a one-line :class:`QuotefixError` whose message starts
    with the file's name.
    """
    # Imported here: a folder without a config file never pays for the TOML reader.
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on Python 3.10 only
        import tomli as tomllib
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
    "Layer",
    "Settings",
    "clear_cache",
    "discover",
    "engine_layer",
    "load_config",
    "parse_config",
]
