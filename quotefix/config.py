"""Configuration: ``[tool.quotefix]`` in ``pyproject.toml``, or a ``quotefix.toml``.

The file nearest to a checked path wins (``quotefix.toml`` before
``pyproject.toml`` in the same folder; a ``pyproject.toml`` without a
``[tool.quotefix]`` table is passed over). Command-line options override the
file, per-path ``[[tool.quotefix.overrides]]`` override the file's top level,
and the file overrides the defaults.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import QuotefixError
from .langfrag import load_allowlist
from .locales import resolve_source, resolve_target
from .paths import DEFAULT_INCLUDE, matches
from .rules import Selection

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

CONFIG_NAMES = ("quotefix.toml", "pyproject.toml")


class ConfigError(QuotefixError, ValueError):
    """A configuration file or option that cannot be used; the message names it."""


@dataclass(frozen=True)
class Settings:
    """Everything that decides how one file is checked. Defaults are quotefix's defaults."""

    target: str = "en-US"
    source: str | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    unsafe_fixes: bool = False
    remove_boilerplate: bool = False
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    languages: tuple[str, ...] | None = None
    allowlist: tuple[str, ...] = ()
    config_file: str | None = None

    def engine_options(self) -> dict[str, Any]:
        """Keyword arguments for ``quotefix.check``/``quotefix.fix`` (fix-only ones included)."""
        options: dict[str, Any] = {
            "target": self.target,
            "source": self.source,
            "select": self.select,
            "ignore": self.ignore,
        }
        if self.languages is not None:
            options["languages"] = self.languages
        if self.allowlist:
            options["allowlist"] = self.allowlist
        for key, (attribute, default) in FIX_OPTIONS.items():
            value = getattr(self, attribute)
            if value != default:
                options[key] = value
        return options


# engine keyword -> (Settings attribute, default); passed only when not the default.
FIX_OPTIONS: dict[str, tuple[str, Any]] = {
    "unsafe": ("unsafe_fixes", False),
    "remove_boilerplate": ("remove_boilerplate", False),
}
# Keys a file (or an override) may set, with the Settings attribute each one sets.
ENGINE_KEYS = {
    "target": "target",
    "source": "source",
    "select": "select",
    "ignore": "ignore",
    "unsafe-fixes": "unsafe_fixes",
    "remove-boilerplate": "remove_boilerplate",
    "languages": "languages",
    "allowlist": "allowlist",
    "allowlist-file": "allowlist",
}
TOP_KEYS = {**ENGINE_KEYS, "include": "include", "exclude": "exclude"}


@dataclass(frozen=True)
class Override:
    paths: tuple[str, ...]
    values: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ConfigFile:
    path: Path
    values: dict[str, Any]
    overrides: tuple[Override, ...]

    def settings_for(self, file: Path, base: Settings) -> Settings:
        settings = replace(base, config_file=str(self.path), **self.values)
        for override in self.overrides:
            if any(matches(p, file, self.path.parent) for p in override.paths):
                settings = replace(settings, **override.values)
        return settings


def _check_value(key: str, value: Any, where: str, base: Path = Path()) -> Any:
    """Validate one value; return it as Settings stores it (paths are relative to ``base``)."""

    def fail(expected: str) -> ConfigError:
        return ConfigError(f"{where}: '{key}' must be {expected}, not {value!r}")

    if key in ("unsafe-fixes", "remove-boilerplate"):
        if not isinstance(value, bool):
            raise fail("true or false")
        return value
    if key in ("target", "source"):
        if not isinstance(value, str):
            raise fail("a string")
        try:
            resolve_target(value) if key == "target" else resolve_source(value)
        except ValueError as error:
            raise ConfigError(f"{where}: '{key}': {error}") from None
        return value
    if key == "allowlist-file":
        if not isinstance(value, str):
            raise fail("a path (relative to the configuration file)")
        file = Path(value) if Path(value).is_absolute() else base / value
        try:
            return tuple(load_allowlist(file))
        except OSError as error:
            raise ConfigError(
                f"{where}: 'allowlist-file': {file}: {error.strerror or error}"
            ) from None
        except UnicodeDecodeError:
            raise ConfigError(f"{where}: 'allowlist-file': {file}: not valid UTF-8") from None
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise fail("a list of strings")
    if key == "languages":
        try:
            return tuple(dict.fromkeys(resolve_source(v) for v in value))
        except ValueError as error:
            raise ConfigError(f"{where}: 'languages': {error}") from None
    if key in ("select", "ignore"):
        try:
            Selection(value, None)
        except ValueError as error:
            raise ConfigError(f"{where}: '{key}': {error}") from None
    return tuple(value)


def _values(
    table: dict[str, Any], allowed: dict[str, str], where: str, base: Path = Path()
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in table.items():
        if key not in allowed:
            raise ConfigError(f"{where}: unknown key '{key}' (known: {', '.join(sorted(allowed))})")
        checked = _check_value(key, value, where, base)
        attribute = allowed[key]
        if attribute == "allowlist":  # allowlist and allowlist-file add up
            checked = out.get(attribute, ()) + checked
        out[attribute] = checked
    return out


def parse_config(path: Path, data: dict[str, Any], section: str) -> ConfigFile:
    """Validate a parsed TOML table (``section`` names it in messages)."""
    where = f"{path}: [{section}]" if section else f"{path}"
    table = dict(data)
    raw_overrides = table.pop("overrides", [])
    values = _values(table, TOP_KEYS, where, path.parent)
    if not isinstance(raw_overrides, list) or not all(isinstance(o, dict) for o in raw_overrides):
        raise ConfigError(f"{where}: 'overrides' must be an array of tables ([[overrides]])")
    overrides = []
    for number, raw in enumerate(raw_overrides, 1):
        here = f"{where} overrides #{number}"
        item = dict(raw)
        if "paths" not in item:
            raise ConfigError(f"{here}: 'paths' is required (a list of globs)")
        paths = _check_value("paths", item.pop("paths"), here)
        overrides.append(Override(paths, _values(item, ENGINE_KEYS, here, path.parent)))
    return ConfigFile(path, values, tuple(overrides))


def load_config(path: Path) -> ConfigFile | None:
    """Read a config file; ``None`` for a ``pyproject.toml`` without ``[tool.quotefix]``."""
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except OSError as error:
        raise ConfigError(f"{path}: {error.strerror or error}") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: invalid TOML: {error}") from None
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        if "quotefix" not in tool:
            return None
        if not isinstance(tool["quotefix"], dict):
            raise ConfigError(f"{path}: [tool.quotefix] must be a table")
        return parse_config(path, tool["quotefix"], "tool.quotefix")
    return parse_config(path, data, "")


@lru_cache(maxsize=256)
def _find(folder: Path) -> ConfigFile | None:
    for name in CONFIG_NAMES:
        candidate = folder / name
        if candidate.is_file():
            found = load_config(candidate)
            if found is not None:
                return found
    return None if folder.parent == folder else _find(folder.parent)


def discover(path: Path) -> ConfigFile | None:
    """The configuration that applies to ``path``, found by walking up from it."""
    folder = path.resolve()
    if not folder.is_dir():
        folder = folder.parent
    return _find(folder)


def clear_cache() -> None:
    _find.cache_clear()
