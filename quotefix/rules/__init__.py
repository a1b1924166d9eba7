"""The rule registry: every family, every code, and selection by code, prefix or name.

Codes are stable and never reused. Families:
QF1xx quote pairing and direction; QF2xx quote style against the target;
QF3xx leftover source-language typography; QF4xx leftover source-language text;
QF5xx source-site boilerplate.

To add a family, write its module (rule rows, ``findings(ctx)``, ``FAMILY``)
and add it to :data:`FAMILIES` below; see ``docs/design.md``.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import regex

from ..errors import OptionTypeError, SelectionError
from . import boilerplate, fragments, pairing, style, typography
from .rule import Family, Rule

#: Every family, in code order, by prefix.
FAMILIES: dict[str, Family] = {
    family.prefix: family
    for family in (
        pairing.FAMILY,
        style.FAMILY,
        typography.FAMILY,
        fragments.FAMILY,
        boilerplate.FAMILY,
    )
}

RULES: tuple[Rule, ...] = tuple(rule for family in FAMILIES.values() for rule in family.rules)
RULES_BY_CODE = {rule.code: rule for rule in RULES}
RULES_BY_NAME = {rule.name: rule for rule in RULES}

_PREFIX = regex.compile(r"QF[0-9]{0,3}")


def rule(code: str) -> Rule:
    """Look a rule up by code or name."""
    found = RULES_BY_CODE.get(code.upper()) or RULES_BY_NAME.get(code.lower())
    if found is None:
        raise SelectionError(f"unknown rule {code!r}")
    return found


def _entry(entry: object, what: str) -> str:
    if not isinstance(entry, str):
        raise OptionTypeError(
            f"{what} entries must be strings such as 'QF1' or 'QF101', not {type(entry).__name__}"
        )
    item = entry.strip()
    if item.lower() in RULES_BY_NAME:
        return RULES_BY_NAME[item.lower()].code
    if item.upper() == "ALL":
        return "QF"
    prefix = item.upper()
    if not _PREFIX.fullmatch(prefix):
        raise SelectionError(
            f"{what}: {entry!r} is not a rule code, code prefix (such as 'QF1') or rule name"
        )
    if not any(code.startswith(prefix) for code in RULES_BY_CODE):
        # A typo here would silently turn every check off (select) or do nothing (ignore).
        raise SelectionError(
            f"{what}: {entry!r} names no rule; codes run from {RULES[0].code} to"
            f" {RULES[-1].code} (see `quotefix rules`)"
        )
    return prefix


@lru_cache(maxsize=256)
def _normalised(entries: tuple[object, ...], what: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(_entry(entry, what) for entry in entries))


def normalise_codes(entries: object, what: str) -> tuple[str, ...] | None:
    """Validate ``select``/``ignore`` entries; return them as canonical prefixes.

    A string is split at commas. Names become codes; ``ALL`` becomes ``QF``.

    >>> normalise_codes("QF1, space-inside-quotes", "select")
    ('QF1', 'QF203')
    """
    if entries is None:
        return None
    if isinstance(entries, str):
        entries = [part for part in entries.split(",") if part.strip()]
    if not isinstance(entries, Iterable):
        raise OptionTypeError(
            f"{what} must be a list of rule codes such as ['QF1'], not {type(entries).__name__}"
        )
    items = tuple(entries)
    try:
        return _normalised(items, what)
    except TypeError as error:
        if isinstance(error, OptionTypeError):
            raise
        # unhashable entries: say which
        return tuple(dict.fromkeys(_entry(entry, what) for entry in items))


class Selection:
    """Which codes are enabled, flake8-style: the longest matching prefix wins.

    Entries must already be normalised (see :func:`normalise_codes`).
    """

    __slots__ = ("_decided", "_ignore", "_select")

    def __init__(self, select: Iterable[str] | None = None, ignore: Iterable[str] = ()) -> None:
        self._select = tuple(select) if select is not None else ("QF",)
        self._ignore = tuple(ignore)
        self._decided: dict[str, bool] = {}

    def enabled(self, code: str) -> bool:
        decided = self._decided.get(code)
        if decided is None:
            sel = max((len(p) for p in self._select if code.startswith(p)), default=-1)
            ign = max((len(p) for p in self._ignore if code.startswith(p)), default=-1)
            decided = self._decided[code] = sel >= 0 and sel > ign
        return decided

    def any_enabled(self, codes: Iterable[str]) -> bool:
        """True when at least one of ``codes`` is on."""
        return any(self.enabled(code) for code in codes)

    def family_enabled(self, family: Family) -> bool:
        """True when the selection leaves at least one of ``family``'s codes on (cached)."""
        key = family.prefix + "*"  # no rule code ends in *
        decided = self._decided.get(key)
        if decided is None:
            decided = self._decided[key] = self.any_enabled(family.codes)
        return decided

    def family_complete(self, family: Family) -> bool:
        """True when the selection leaves every one of ``family``'s codes on (cached):
        its findings need no filtering."""
        key = family.prefix + "+"  # no rule code ends in +
        decided = self._decided.get(key)
        if decided is None:
            decided = self._decided[key] = all(self.enabled(code) for code in family.codes)
        return decided

    def __reduce__(self) -> tuple[type[Selection], tuple[tuple[str, ...], tuple[str, ...]]]:
        return (Selection, (self._select, self._ignore))


@lru_cache(maxsize=256)
def _cached(select: tuple[str, ...] | None, ignore: tuple[str, ...]) -> Selection:
    return Selection(select, ignore)


def selection(select: Iterable[str] | None, ignore: Iterable[str] = ()) -> Selection:
    """A :class:`Selection` for normalised entries, shared between equal requests.

    Editorial scripts call ``check`` once per article with the same options;
    deciding which rules are on is done once, not per article.
    """
    return _cached(tuple(select) if select is not None else None, tuple(ignore))


__all__ = [
    "FAMILIES",
    "RULES",
    "RULES_BY_CODE",
    "RULES_BY_NAME",
    "Family",
    "Rule",
    "Selection",
    "normalise_codes",
    "rule",
    "selection",
]
