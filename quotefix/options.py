"""Engine options: one frozen, typed, picklable value, validated in one place.

:class:`Options` holds every option the engine reads. ``check`` and ``fix``
take one (``check(text, options)``) and keyword arguments override its
fields, as ftfy's ``TextFixerConfig`` does; the configuration file and the
command line build one; the runner carries it to worker processes; rule
families read it from their context (``ctx.options``).

Every value is resolved (validated and put in one canonical form) when an
``Options`` is made, by the resolver named on its field; nothing downstream
validates again:

>>> Options(target="fr", select="QF1, QF2")
Options(target='fr-FR', select=('QF1', 'QF2'))
>>> Options(select=["QF999"])
Traceback (most recent call last):
...
quotefix.errors.SelectionError: select: 'QF999' names no rule; ...

**Adding an option** is a change to this module only: add a field to
:class:`Options` with :func:`option` (its default, its resolver, and how it
is spelled in a configuration file and on the command line, if it is), then
read it where it is used (``ctx.options.<name>`` in a rule family). The
configuration file, the command line, ``check``/``fix`` keywords and the
runner pick it up from the field. Document it in ``docs/api.md``,
``docs/configuration.md`` and ``docs/cli.md``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from .allowlist import EMPTY, Allowlist
from .errors import OptionError, OptionTypeError
from .locales import (
    candidate_languages,
    resolve_fragment_languages,
    resolve_source,
    resolve_target,
)
from .marks import LOCALES, TargetStyle
from .rules import Selection, normalise_codes, selection
from .sitelines.folder import NO_REPEATS, RepeatedLines

SettingKind = Literal["value", "list", "extend", "phrases", "flag", "file"]


@dataclass(frozen=True)
class Setting:
    """How an option is spelled in a configuration file and on the command line.

    ``key`` is the configuration key and, with ``--`` before it, the flag.
    ``kind`` says what it takes: ``value`` one string; ``list`` strings
    (comma-separated on the command line, repeatable); ``extend`` the same,
    added to the field's value from the levels below (a configuration's top
    level, then its overrides, then the command line) instead of replacing
    it, as ruff's ``extend-select`` does; ``phrases`` strings
    (repeatable, never split); ``flag`` true or false (a bare flag on the
    command line); ``file`` the path of a file whose phrases add to the
    field (relative to the configuration file in a file).
    """

    key: str
    kind: SettingKind
    help: str
    metavar: str | None = None
    commands: tuple[str, ...] = ("check", "fix")


def option(
    default: Any, resolve: Callable[[Any], Any], *settings: Setting, doc: str = ""
) -> Any:
    """A field of :class:`Options`: its default, its resolver and its spellings."""
    return field(default=default, metadata={"resolve": resolve, "settings": settings, "doc": doc})


# -- resolvers: raw value in, canonical value out (or a QuotefixError) ------------


@lru_cache(maxsize=256)
def _target_of(spelling: str) -> str | TargetStyle:
    return _canonical_target(resolve_target(spelling))


def _canonical_target(style: TargetStyle) -> str | TargetStyle:
    """A known style is kept as its locale string (readable, cheap to compare)."""
    try:
        known = resolve_target(style.locale)
    except (ValueError, TypeError):
        return style
    return style.locale if known == style else style


def _resolve_target(value: object) -> str | TargetStyle:
    if isinstance(value, str):
        return _target_of(value)  # cached: the same spellings come again and again
    return _canonical_target(resolve_target(value))  # a TargetStyle, or the type error


def _resolve_codes(what: str) -> Callable[[object], tuple[str, ...] | None]:
    def resolve(value: object) -> tuple[str, ...] | None:
        return normalise_codes(value, what)

    return resolve


def _resolve_ignore(value: object) -> tuple[str, ...]:
    return normalise_codes(value, "ignore") or ()


def _resolve_bool(name: str) -> Callable[[object], bool]:
    def resolve(value: object) -> bool:
        if not isinstance(value, bool):
            raise OptionTypeError(f"{name} must be true or false, not {value!r}")
        return value

    return resolve


FORMATS = ("plain", "markdown", "html", "auto")


def _resolve_format(value: object) -> str:
    if not isinstance(value, str):
        raise OptionTypeError(f"format must be a string such as 'html', not {type(value).__name__}")
    chosen = value.strip().lower()
    if chosen not in FORMATS:
        raise OptionError(f"unknown format {value!r}; formats are: {', '.join(FORMATS)}")
    return chosen


def _resolve_share(value: object) -> float:
    """A share of the files: ``0.5``, ``"0.5"`` or ``"50%"``; more than 0, at most 1."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise OptionTypeError(
            f"repeated_lines must be a share such as 0.5 or '50%', not {type(value).__name__}"
        )
    share: float | None
    try:
        text = str(value).strip()
        share = float(text[:-1]) / 100 if text.endswith("%") else float(text)
    except ValueError:
        share = None
    if share is None or not 0 < share <= 1:
        raise OptionError(
            f"repeated_lines must be a share of the files above 0 and at most 1"
            f" (such as 0.5 or '50%'), not {value!r}"
        )
    return share


def _resolve_repeated(value: object) -> RepeatedLines:
    if not isinstance(value, RepeatedLines):
        raise OptionTypeError(
            "repeated must be a quotefix.sitelines.RepeatedLines (made by check_many),"
            f" not {type(value).__name__}"
        )
    return value


def _resolve_translator(value: object) -> Callable[[str], str] | None:
    if value is not None and not callable(value):
        raise OptionTypeError(
            f"translator must be a callable taking and returning str, not {type(value).__name__}"
        )
    return value


# -- the value ---------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Options:
    """Every option of the engine, resolved. Immutable, hashable and picklable.

    Make one with keywords (``Options(target="fr-FR", select=["QF1"])``),
    derive one with :meth:`replace`, or let ``check``/``fix`` make one from
    their keywords. Defaults are quotefix's defaults. Picklable as long as
    the ``translator`` is (a module-level function is).
    """

    format: str = option(
        "plain",
        _resolve_format,
        Setting(
            "format",
            "value",
            "how files are written: plain, markdown, html, or auto (guessed from the "
            "content); default: from each file's extension",
            "FORMAT",
        ),
        doc="how the text is written: plain, markdown or html (only the prose is read and"
        " repaired), or auto to guess from the content",
    )
    target: str | TargetStyle = option(
        "en-US",
        _resolve_target,
        Setting(
            "target",
            "value",
            "locale the text is published in (default en-US; e.g. en-GB, fr-FR, de-CH)."
            " House style: inferred from each document (a text typed only with straight"
            " quotes keeps them; any curly mark or guillemet makes straight marks defects),"
            " or set with @curly or @straight (en-US@curly); @double/@single pick the marks",
        ),
        doc="the locale the text is published in, optionally with"
        " @curly/@straight/@double/@single",
    )
    source: str | None = option(
        None,
        resolve_source,
        Setting("source", "value", "language translated from (default: infer)"),
        doc="the language the text was translated from, or None to infer it from the marks",
    )
    select: Sequence[str] | None = option(
        None,
        _resolve_codes("select"),
        Setting("select", "list", "only these codes, prefixes or names (comma-separated)", "CODES"),
        Setting(
            "extend-select",
            "extend",
            "these codes, prefixes or names too, on top of the configured selection",
            "CODES",
        ),
        doc="rule codes, prefixes (QF1) or names to run; None runs every rule",
    )
    ignore: Sequence[str] = option(
        (),
        _resolve_ignore,
        Setting("ignore", "list", "skip these codes, prefixes or names (comma-separated)", "CODES"),
        Setting(
            "extend-ignore",
            "extend",
            "skip these codes, prefixes or names too, on top of the configured ones",
            "CODES",
        ),
        doc="rule codes, prefixes or names not to run (the longest matching entry wins)",
    )
    languages: Sequence[str] | None = option(
        None,
        resolve_fragment_languages,
        Setting(
            "languages",
            "list",
            "source languages whose leftovers to look for (comma-separated, e.g. fr,de; "
            "default: fr, de, es, it, pt, nl)",
            "LANGS",
        ),
        doc="QF4xx: candidate source languages (default fr de es it pt nl, and en"
        " when the target is not English)",
    )
    allowlist: Sequence[str] | str | Path | Allowlist = option(
        EMPTY,
        Allowlist.of,
        Setting(
            "allowlist",
            "phrases",
            "a name or phrase never to report as untranslated text (repeatable)",
            "PHRASE",
        ),
        Setting(
            "allowlist-file",
            "file",
            "a file of such phrases, one a line (# starts a comment)",
            "FILE",
        ),
        doc="QF4xx: phrases never to report (a list, or the path of a file with one a line)",
    )
    remove_boilerplate: bool = option(
        False,
        _resolve_bool("remove_boilerplate"),
        Setting(
            "remove-boilerplate",
            "flag",
            "remove source-site boilerplate lines (READ ALSO …)",
            commands=("fix",),
        ),
        doc="fix: remove source-site boilerplate blocks (QF5xx) instead of only reporting them",
    )
    repeated_lines: float = option(
        0.5,
        _resolve_share,
        Setting(
            "repeated-lines",
            "value",
            "QF510: a line repeated word for word in at least this share of the files"
            " checked together (and in 3 or more) is boilerplate (default 50%%)",
            "SHARE",
        ),
        doc="QF510: share of the texts checked together a line must recur in (default 0.5;"
        " always at least 3 texts)",
    )
    repeated: RepeatedLines = option(
        NO_REPEATS,
        _resolve_repeated,
        doc="QF510: the lines counted across the texts checked together (set by check_many"
        " and the command line)",
    )
    translator: Callable[[str], str] | None = option(
        None,
        _resolve_translator,
        doc="fix: a callable str -> str of yours; each QF401 span is replaced by its result",
    )
    unsafe: bool = option(
        False,
        _resolve_bool("unsafe"),
        Setting(
            "unsafe-fixes",
            "flag",
            "also apply best guesses where the pairing is ambiguous",
            commands=("fix",),
        ),
        doc="fix: also apply best guesses where the pairing is ambiguous",
    )

    def __post_init__(self) -> None:
        for spec in fields(self):
            raw = getattr(self, spec.name)
            object.__setattr__(self, spec.name, spec.metadata["resolve"](raw))
        self._derive()

    def _derive(self) -> None:
        # Derived views, computed once: what the engine reads on every call.
        style = self.target if isinstance(self.target, TargetStyle) else _style_of(self.target)
        object.__setattr__(self, "_style", style)
        object.__setattr__(self, "_selection", selection(self.select, self.ignore))
        languages = tuple(self.languages) if self.languages is not None else None
        object.__setattr__(self, "_fragment_languages",
                           candidate_languages(style, self.source, languages))

    @property
    def style(self) -> TargetStyle:
        """The target's quote conventions (and its language: ``style.language``)."""
        style: TargetStyle = self.__dict__["_style"]
        return style

    @property
    def selection(self) -> Selection:
        """Which rule codes are on."""
        chosen: Selection = self.__dict__["_selection"]
        return chosen

    @property
    def fragment_languages(self) -> tuple[str, ...]:
        """The languages QF4xx looks for leftovers of (empty: it finds nothing).

        >>> Options(target="en-GB", source="ru").fragment_languages
        ()
        """
        found: tuple[str, ...] = self.__dict__["_fragment_languages"]
        return found

    def replace(self, **changes: Any) -> Options:
        """A copy with ``changes`` applied; only the changed fields are resolved again."""
        if not changes:
            return self
        if not FIELD_NAMES.issuperset(changes):
            unknown = sorted(set(changes) - FIELD_NAMES)
            raise OptionTypeError(
                f"unknown option{'s' * (len(unknown) > 1)} {', '.join(map(repr, unknown))};"
                f" options are: {', '.join(sorted(FIELD_NAMES))}"
            )
        copy = object.__new__(Options)
        state = copy.__dict__  # frozen: filled directly, as dataclasses.replace would
        state.update(self.__dict__)
        for name, value in changes.items():
            state[name] = RESOLVERS[name](value)
        copy._derive()
        return copy

    def __repr__(self) -> str:
        shown = [
            f"{spec.name}={_shown(getattr(self, spec.name))}"
            for spec in fields(self)
            if getattr(self, spec.name) != getattr(DEFAULT, spec.name)
        ]
        return f"Options({', '.join(shown)})"

    def __reduce__(self) -> tuple[Any, tuple[dict[str, Any]]]:
        # Pickle the resolved fields only; the derived views are rebuilt.
        return (_unpickle, ({spec.name: getattr(self, spec.name) for spec in fields(self)},))


def _shown(value: object) -> str:
    if isinstance(value, TargetStyle):
        return f"TargetStyle({value.locale!r}, …)"
    return repr(value)


def _unpickle(state: dict[str, Any]) -> Options:
    copy = object.__new__(Options)
    for name, value in state.items():
        object.__setattr__(copy, name, value)
    copy._derive()
    return copy


@lru_cache(maxsize=256)
def _style_of(locale: str) -> TargetStyle:
    return LOCALES[locale] if locale in LOCALES else resolve_target(locale)


FIELDS: Mapping[str, dataclasses.Field[Any]] = {spec.name: spec for spec in fields(Options)}
FIELD_NAMES = frozenset(FIELDS)
RESOLVERS: Mapping[str, Callable[[Any], Any]] = {
    name: spec.metadata["resolve"] for name, spec in FIELDS.items()
}
#: Every configuration key / command-line flag, with the field it sets.
SETTINGS: Mapping[str, tuple[str, Setting]] = {
    setting.key: (spec.name, setting)
    for spec in fields(Options)
    for setting in spec.metadata["settings"]
}
DEFAULT = Options()


def resolve(options: Options | None, overrides: Mapping[str, Any]) -> Options:
    """The options for one call: ``options`` (or the defaults) with ``overrides`` applied."""
    if options is None:
        base = DEFAULT
    elif isinstance(options, Options):
        base = options
    else:
        raise OptionTypeError(
            f"options must be a quotefix.Options, not {type(options).__name__}"
            " (pass single options as keywords: check(text, target='fr-FR'))"
        )
    if not overrides:
        return base
    if "allowlist" in overrides:  # may name a file, read again on every call
        return base.replace(**overrides)
    # Editorial scripts call check() per article with the same keywords:
    # resolve each combination once.
    try:
        # The type is part of the key: 1 == True, but remove_boilerplate=1 is an error.
        values = tuple((k, type(v), tuple(v) if type(v) is list else v)
                       for k, v in overrides.items())
        key = (id(base), values)
        cached = _RESOLVED.get(key)
    except TypeError:  # an unhashable value: resolved (and rejected) as usual
        return base.replace(**overrides)
    if cached is not None and cached[0] is base:
        return cached[1]
    found = base.replace(**overrides)
    if len(_RESOLVED) < 256:
        _RESOLVED[key] = (base, found)  # the base is kept, so its id stays its own
    return found


_RESOLVED: dict[tuple[int, tuple[tuple[str, type, Any], ...]], tuple[Options, Options]] = {}


__all__ = ["DEFAULT", "FIELDS", "FORMATS", "SETTINGS", "Options", "Setting", "option", "resolve"]
