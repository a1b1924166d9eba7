"""The language model: targets, source languages, and what quotefix knows of each.

One table, :data:`LANGUAGES`, says for every language quotefix accepts as a
source whether it has quote hints of its own (how its typography points
ambiguous glyphs: in German “ closes) and whether QF4xx has word lists and
detector profiles for it. The target locales are in :data:`marks.LOCALES`;
a :class:`~quotefix.marks.TargetStyle` knows its language.

Everything here validates: an unknown or unsupported language raises
:class:`~quotefix.errors.LocaleError` naming what is supported.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .errors import LocaleError, OptionTypeError
from .marks import ALIASES, HINTS_DEFAULT, LOCALES, MODIFIERS, SOURCE_HINTS, TargetStyle


@dataclass(frozen=True, slots=True)
class Language:
    """What quotefix knows of one source language."""

    code: str
    name: str
    #: Which way each ambiguous glyph points in its typography (positive opens).
    hints: dict[str, int]
    #: QF4xx has function words, diacritics and a detector profile for it.
    fragments: bool
    #: The script it is written in: QF4xx finds its leftovers in copy written in
    #: another script by their letters (see ``langfrag/scripts.py``).
    script: str = "Latin"


def _language(code: str, name: str, fragments: bool, script: str = "Latin") -> Language:
    return Language(code, name, SOURCE_HINTS.get(code, HINTS_DEFAULT), fragments, script)


#: Every language a text can be translated from, one row each.
LANGUAGES: dict[str, Language] = {
    row.code: row
    for row in (
        _language("en", "English", fragments=True),
        _language("fr", "French", fragments=True),
        _language("de", "German", fragments=True),
        _language("es", "Spanish", fragments=True),
        _language("it", "Italian", fragments=True),
        _language("pt", "Portuguese", fragments=True),
        _language("nl", "Dutch", fragments=True),
        _language("ru", "Russian", fragments=False, script="Cyrillic"),
        _language("pl", "Polish", fragments=False),
        _language("sv", "Swedish", fragments=False),
        _language("fi", "Finnish", fragments=False),
    )
}
SOURCE_LANGUAGES = tuple(LANGUAGES)
#: Languages QF4xx can find leftovers of.
FRAGMENT_LANGUAGES = tuple(code for code, row in LANGUAGES.items() if row.fragments)
#: Looked for when no ``languages`` are given (English too when the target is not English).
DEFAULT_FRAGMENT_LANGUAGES = ("fr", "de", "es", "it", "pt", "nl")


#: Languages that QF4xx names by the script of a leftover, beyond the sources above.
SCRIPT_LANGUAGE_NAMES = {
    "uk": "Ukrainian", "be": "Belarusian", "bg": "Bulgarian", "sr": "Serbian",
    "mk": "Macedonian", "el": "Greek", "hy": "Armenian", "he": "Hebrew", "ar": "Arabic",
    "hi": "Hindi", "th": "Thai", "ka": "Georgian", "ko": "Korean", "ja": "Japanese",
    "zh": "Chinese",
}


def language_name(code: str) -> str:
    row = LANGUAGES.get(code)
    return row.name if row is not None else SCRIPT_LANGUAGE_NAMES.get(code, code)


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
        resolve_target(target)
    except (LocaleError, OptionTypeError):
        return False
    return True


def resolve_target(target: object) -> TargetStyle:
    """Return the style for ``target``.

    ``target`` is a locale (``"en-US"``, ``"fr"``, ``"de_CH"``), optionally with
    a house-style modifier: ``@straight`` (typewriter quotes), ``@curly``
    (typographic marks even where the document is typed straight), ``@double``
    (primary “ ”, secondary ‘ ’, as many UK papers print) or ``@single``.
    A :class:`TargetStyle` is returned unchanged.

    >>> resolve_target("fr").primary
    ('«', '»')
    >>> resolve_target("en-GB@double").language
    'en'
    """
    if isinstance(target, TargetStyle):
        return target
    if not isinstance(target, str):
        raise OptionTypeError(
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
        return replace(straight_style(style), locale=f"{name}@straight", house="straight")
    if modifier == "curly":
        return replace(style, locale=f"{name}@curly", house="curly")
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


def straight_style(style: TargetStyle) -> TargetStyle:
    """``style`` printed with typewriter marks: what a straight-typed document keeps."""
    return replace(
        style,
        primary=('"', '"'),
        secondary=("'", "'"),
        inner_space=None,
        accepted_inner_spaces="",
    )


def resolve_source(source: object, what: str = "source") -> str | None:
    """Return the base language of ``source`` (``"fr-FR"`` -> ``"fr"``), or ``None``.

    >>> resolve_source("fr-FR")
    'fr'
    """
    if source is None:
        return None
    if not isinstance(source, str):
        raise OptionTypeError(
            f"{what} must be a language code such as 'fr', not {type(source).__name__}"
        )
    lang = _canonical(source.strip()).split("-")[0]
    if lang not in LANGUAGES:
        raise LocaleError(
            f"unknown source language {source!r}; valid sources: {', '.join(SOURCE_LANGUAGES)}"
        )
    return lang


def resolve_fragment_languages(languages: object) -> tuple[str, ...] | None:
    """Validate ``languages`` (QF4xx candidates): codes with word lists, duplicates dropped.

    A string is split at commas and spaces. ``None`` means the default set.

    >>> resolve_fragment_languages("fr, de-DE")
    ('fr', 'de')
    """
    if languages is None:
        return None
    if isinstance(languages, str):
        languages = languages.replace(",", " ").split()
    if not isinstance(languages, (list, tuple)):
        raise OptionTypeError(
            f"languages must be a list of language codes such as ['fr', 'de'],"
            f" not {type(languages).__name__}"
        )
    out: list[str] = []
    for entry in languages:
        lang = resolve_source(entry, "languages entries")
        assert lang is not None
        if not LANGUAGES[lang].fragments:
            raise LocaleError(
                f"no word lists for {language_name(lang)} ({lang!r}) to find leftovers with;"
                f" languages with word lists: {', '.join(FRAGMENT_LANGUAGES)}"
            )
        if lang not in out:
            out.append(lang)
    return tuple(out)


def candidate_languages(
    target: TargetStyle, source: str | None = None, languages: tuple[str, ...] | None = None
) -> tuple[str, ...]:
    """The languages a leftover may be in: never the target's own language.

    ``source`` narrows them to one; a source without word lists (``ru``)
    leaves none, so QF4xx finds nothing (documented in ``docs/fragments.md``).
    ``languages`` must already be resolved. Copy published in another
    language than English is native copy unless the caller says what it was
    translated from: without a ``source`` or ``languages``, nothing in it is
    judged a leftover (English titles and quotations are the writer's).

    >>> candidate_languages(resolve_target("en-US"))
    ('fr', 'de', 'es', 'it', 'pt', 'nl')
    >>> candidate_languages(resolve_target("de-DE"))
    ()
    >>> candidate_languages(resolve_target("de-DE"), source="en")
    ('en',)
    >>> candidate_languages(resolve_target("en-GB"), source="fr")
    ('fr',)
    >>> candidate_languages(resolve_target("en-GB"), source="ru")
    ()
    """
    if languages is None and source is None and target.language != "en":
        return ()
    pool: tuple[str, ...] = (
        languages if languages is not None else (*DEFAULT_FRAGMENT_LANGUAGES, "en")
    )
    if source is not None:
        pool = (source,) if LANGUAGES[source].fragments else ()
    return tuple(dict.fromkeys(lang for lang in pool if lang != target.language))


__all__ = [
    "DEFAULT_FRAGMENT_LANGUAGES",
    "FRAGMENT_LANGUAGES",
    "LANGUAGES",
    "SOURCE_LANGUAGES",
    "Language",
    "candidate_languages",
    "is_valid_target",
    "language_name",
    "resolve_fragment_languages",
    "resolve_source",
    "resolve_target",
    "straight_style",
    "valid_targets",
]
