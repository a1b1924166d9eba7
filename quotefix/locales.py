"""Turn the ``target`` and ``source`` arguments into a :class:`TargetStyle` and a language."""

from __future__ import annotations

from dataclasses import replace

from .errors import LocaleError
from .marks import ALIASES, LOCALES, MODIFIERS, SOURCE_LANGUAGES, TargetStyle


def _canonical(tag: str) -> str:
    parts = tag.replace("_", "-").split("-")
    if len(parts) == 1:
        return parts[0].lower()
    return parts[0].lower() + "-" + parts[1].upper()


def valid_targets() -> list[str]:
    """Every accepted target spelling, canonical locales first."""
    return sorted(LOCALES) + sorted(ALIASES)


def is_valid_target(target: object) -> bool:
    """Non-raising twin of :func:`resolve_target`."""
    try:
        resolve_target(target)  # type: ignore[arg-type]
    except (LocaleError, TypeError):
        return False
    return True


def resolve_target(target: str | TargetStyle) -> TargetStyle:
    """Return the style for ``target``.

    ``target`` is a locale (``"en-US"``, ``"fr"``, ``"de_CH"``), optionally with
    a house-style modifier: ``@straight`` (typewriter quotes), ``@double``
    (primary “ ”, secondary ‘ ’, as many UK papers print) or ``@single``.
    A :class:`TargetStyle` is returned unchanged.

    >>> resolve_target("fr").primary
    ('«', '»')
    >>> resolve_target("en-GB@double").primary
    ('“', '”')
    """
    if isinstance(target, TargetStyle):
        return target
    if not isinstance(target, str):
        raise TypeError(
            f"target must be a locale string such as 'en-US', not {type(target).__name__}"
        )
    tag, _, modifier = target.strip().partition("@")
    name = _canonical(tag) if tag else ""
    name = ALIASES.get(name, name)
    if name not in LOCALES:
        raise LocaleError(
            f"unknown target locale {target!r}; valid targets: {', '.join(valid_targets())}"
            f" (optionally followed by @{', @'.join(MODIFIERS)})"
        )
    style = LOCALES[name]
    modifier = modifier.lower()
    if not modifier:
        return style
    if modifier == "straight":
        return replace(
            style,
            locale=f"{name}@straight",
            primary=('"', '"'),
            secondary=("'", "'"),
            inner_space=None,
            accepted_inner_spaces="",
        )
    if modifier == "double":
        return replace(
            style,
            locale=f"{name}@double",
            primary=("\u201c", "\u201d"),
            secondary=("\u2018", "\u2019"),
        )
    if modifier == "single":
        return replace(
            style,
            locale=f"{name}@single",
            primary=("\u2018", "\u2019"),
            secondary=("\u201c", "\u201d"),
        )
    raise LocaleError(
        f"unknown house-style modifier @{modifier} in {target!r}; valid: @{', @'.join(MODIFIERS)}"
    )


def resolve_source(source: str | None) -> str | None:
    """Return the base language of ``source`` (``"fr-FR"`` -> ``"fr"``), or ``None``."""
    if source is None:
        return None
    if not isinstance(source, str):
        raise TypeError(f"source must be a language code such as 'fr', not {type(source).__name__}")
    lang = _canonical(source.strip()).split("-")[0]
    if lang not in SOURCE_LANGUAGES:
        raise LocaleError(
            f"unknown source language {source!r}; valid sources: {', '.join(SOURCE_LANGUAGES)}"
        )
    return lang
