"""Quotation-mark characters and the quote conventions of each target locale.

Data only. A mark's role (opener, closer, apostrophe, prime) cannot be read off
its Unicode category: „ (U+201E) is Ps, the German closing “ (U+201C) is Pi, and
German books open with ». Roles come from context (see ``scan``); this module
says what each locale *publishes*.

Sources for the table: the Chicago Manual of Style (en-US), the Guardian and
Observer style guide (en-GB), the Lexique des règles typographiques en usage à
l'Imprimerie nationale (fr-FR), the Duden (de-DE), and the CLDR delimiter data
(``quotationStart``/``alternateQuotationStart``) for the others.
"""

from __future__ import annotations

from dataclasses import dataclass

# The alphabets, in a fixed order (strings, so patterns can be built from them).
# Double-family marks: the ones machine translation scrambles most.
# The double prime ″ is read with them: after a number it is an inch or second
# mark, elsewhere (``“Exercise 2020″``, ``″Safe Harbour″``) a quotation mark.
DOUBLE_ALPHABET = '"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033'
# Single-family marks; ’ and ' are usually apostrophes, never assume a quote.
SINGLE_ALPHABET = "'\u2018\u2019\u201a\u201b\u2039\u203a"
DOUBLE_MARKS = frozenset(DOUBLE_ALPHABET)
SINGLE_MARKS = frozenset(SINGLE_ALPHABET)
ALL_MARKS = DOUBLE_MARKS | SINGLE_MARKS
ALL_ALPHABET = DOUBLE_ALPHABET + SINGLE_ALPHABET

# Horizontal spaces that can sit between a mark and its text, or before
# punctuation: every rule family counts the same ones (thin spaces included).
SPACES = " \t\u00a0\u202f\u2009\u2007\u2008\u200a\u2002\u2003\u2004\u2005\u2006\u205f\u3000"
NBSP = "\u00a0"
NNBSP = "\u202f"
LINE_BREAKS = "\n\r\u2028\u2029\x0b\x0c\x85"


def char_class(chars: str) -> str:
    """A regular-expression class matching any of ``chars`` (``re`` and ``regex`` alike).

    >>> import re; bool(re.fullmatch(char_class("a-]"), "-"))
    True
    """
    escaped = "".join("\\" + c if c in "\\]^-[" else c for c in chars)
    return f"[{escaped}]"


#: One horizontal space, as a pattern: ``SPACE + "+"`` is a run of them.
SPACE = char_class(SPACES)
#: A space that groups digits (10 000) or joins a number to a letter (14 h 30).
NUMBER_SPACE = char_class(" " + NBSP + NNBSP)

# (opener, closer) pairs that some locale publishes on purpose.
CONVENTIONAL_PAIRS = frozenset(
    {
        ("\u201c", "\u201d"),  # “ ” English, Dutch, Portuguese (BR), Spanish secondary
        ("\u2018", "\u2019"),  # ‘ ’
        ("\u201e", "\u201c"),  # „ “ German, Russian secondary
        ("\u201e", "\u201d"),  # „ ” Polish, Hungarian, Romanian
        ("\u201a", "\u2018"),  # ‚ ‘ German secondary
        ("\u201a", "\u2019"),  # ‚ ’ Polish secondary
        ("\u00ab", "\u00bb"),  # « » French, Spanish, Italian, Russian
        ("\u00bb", "\u00ab"),  # » « German and Danish books
        ("\u00bb", "\u00bb"),  # » » Swedish and Finnish books
        ("\u2039", "\u203a"),  # ‹ ›
        ("\u203a", "\u2039"),  # › ‹
        ("\u201d", "\u201d"),  # ” ” Swedish, Finnish
        ("\u2019", "\u2019"),  # ’ ’
        ('"', '"'),
        ("'", "'"),
    }
)

NAMES = {
    '"': "straight quote",
    "'": "straight single quote",
    "\u201c": "“",
    "\u201d": "”",
    "\u2018": "‘",
    "\u2019": "’",
    "\u201e": "„",
    "\u201a": "‚",
    "\u201f": "‟",
    "\u201b": "‛",
    "\u00ab": "«",
    "\u00bb": "»",
    "\u2039": "‹",
    "\u203a": "›",
    "\u2033": "double prime ″",
}


_SPACE_NAMES = {
    " ": "space",
    NBSP: "no-break space",
    NNBSP: "narrow no-break space",
    "\t": "tab",
}


def describe_space(space: str) -> str:
    """How a copy editor would name a run of spaces in a message."""
    if len(space) == 1:
        return _SPACE_NAMES.get(space, f"space U+{ord(space):04X}")
    return f"{len(space)} spaces"


def describe(char: str) -> str:
    """How a copy editor would name a mark in a message."""
    return NAMES.get(char, repr(char))


@dataclass(frozen=True, slots=True)
class TargetStyle:
    """How quotations are published in a target.

    ``primary`` and ``secondary`` are (opener, closer) pairs; ``inner_space``
    is the space required inside primary marks (French « ») or ``None``;
    ``accepted_inner_spaces`` lists the spaces that satisfy that requirement.
    """

    locale: str
    primary: tuple[str, str]
    secondary: tuple[str, str]
    inner_space: str | None = None
    accepted_inner_spaces: str = ""
    #: The house style: ``"infer"`` (from the document: a text typed with
    #: straight marks only keeps them), ``"curly"`` (typographic marks whatever
    #: the document does) or ``"straight"`` (typewriter marks).
    house: str = "infer"

    @property
    def language(self) -> str:
        """The language the target is written in (``"en"`` for ``en-GB@double``)."""
        return self.locale.partition("@")[0].split("-")[0].lower()

    @property
    def straight(self) -> bool:
        return self.primary == ('"', '"')

    @property
    def apostrophe(self) -> str:
        """The apostrophe this style prints: ``'`` when configured straight, else ``’``."""
        return "'" if self.house == "straight" else "\u2019"

    def pair(self, level: int) -> tuple[str, str]:
        """Marks for nesting ``level`` (1 = outermost); levels alternate."""
        return self.primary if level % 2 == 1 else self.secondary

    def inner_space_for(self, level: int) -> str | None:
        return self.inner_space if level % 2 == 1 else None

    @property
    def glyphs(self) -> frozenset[str]:
        return frozenset(self.primary + self.secondary)


_CURLY = ("\u201c", "\u201d")
_CURLY_SINGLE = ("\u2018", "\u2019")
_GUILLEMETS = ("\u00ab", "\u00bb")
_SINGLE_GUILLEMETS = ("\u2039", "\u203a")
_GERMAN = ("\u201e", "\u201c")
_GERMAN_SINGLE = ("\u201a", "\u2018")
_POLISH = ("\u201e", "\u201d")
_SWEDISH = ("\u201d", "\u201d")
_SWEDISH_SINGLE = ("\u2019", "\u2019")

# One row per locale, as in the design notes.
LOCALES: dict[str, TargetStyle] = {
    "en-US": TargetStyle("en-US", _CURLY, _CURLY_SINGLE),
    "en-GB": TargetStyle("en-GB", _CURLY_SINGLE, _CURLY),
    "fr-FR": TargetStyle("fr-FR", _GUILLEMETS, _CURLY, NNBSP, NNBSP + NBSP),
    "fr-CH": TargetStyle("fr-CH", _GUILLEMETS, _SINGLE_GUILLEMETS),
    "de-DE": TargetStyle("de-DE", _GERMAN, _GERMAN_SINGLE),
    "de-CH": TargetStyle("de-CH", _GUILLEMETS, _SINGLE_GUILLEMETS),
    "es": TargetStyle("es", _GUILLEMETS, _CURLY),
    "it": TargetStyle("it", _GUILLEMETS, _CURLY),
    "pt-PT": TargetStyle("pt-PT", _GUILLEMETS, _CURLY),
    "pt-BR": TargetStyle("pt-BR", _CURLY, _CURLY_SINGLE),
    "nl": TargetStyle("nl", _CURLY, _CURLY_SINGLE),
    "ru": TargetStyle("ru", _GUILLEMETS, _GERMAN),
    "pl": TargetStyle("pl", _POLISH, _GUILLEMETS),
    "sv": TargetStyle("sv", _SWEDISH, _SWEDISH_SINGLE),
    "fi": TargetStyle("fi", _SWEDISH, _SWEDISH_SINGLE),
}

ALIASES = {
    "en": "en-US",
    "en-AU": "en-US",
    "en-CA": "en-US",
    "en-UK": "en-GB",
    "en-IE": "en-GB",
    "fr": "fr-FR",
    "fr-BE": "fr-FR",
    "fr-CA": "fr-FR",
    "de": "de-DE",
    "de-AT": "de-DE",
    "es-ES": "es",
    "es-MX": "es",
    "it-IT": "it",
    "pt": "pt-PT",
    "nl-NL": "nl",
    "nl-BE": "nl",
    "ru-RU": "ru",
    "pl-PL": "pl",
    "sv-SE": "sv",
    "fi-FI": "fi",
}

# House-style modifiers, written after the locale as in POSIX locales (de_DE@euro).
MODIFIERS = ("straight", "curly", "double", "single")

# Quotation marks that make a document typographic (see ``house.py``): every
# curly or guillemet mark but ’, which is an apostrophe far more often.
TYPOGRAPHIC_QUOTES = "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u201a"

# Which way each glyph points in a source language's typography, and how much
# to trust it: guillemets and „ survive translation, curly marks are often
# picked wrongly. Positive means "opens". Languages not listed use the default
# (see ``locales.LANGUAGES``, the one table of source languages).
HINTS_DEFAULT = {"“": 1, "”": -1, "„": 3, "‟": 1, "«": 2, "»": -2, '"': 0}
SOURCE_HINTS = {
    "de": {**HINTS_DEFAULT, "“": -1, "”": 0, "«": 0, "»": 0},
    "ru": {**HINTS_DEFAULT, "“": -1, "”": 0},
    "pl": {**HINTS_DEFAULT, "“": 1, "”": -1},
    "sv": {**HINTS_DEFAULT, "”": 0, "»": 0},
    "fi": {**HINTS_DEFAULT, "”": 0, "»": 0},
}
