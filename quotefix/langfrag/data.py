"""Word lists and the per-(target, candidates, allowlist) setup of the detector.

Data files live in ``quotefix/data``: ``function_words.txt`` (function words
per language, with the ones shared with English marked ambiguous) and
``fragments_allowlist.txt`` (built-in names and loanwords) with
``borrowed_phrases.txt`` (expressions English has borrowed, from reference
lists of English usage; the source is named in the file). Common English
words, by frequency, come from the ``wordfreq`` package (:mod:`.frequencies`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

import regex

from ..allowlist import Allowlist, parse_allowlist
from ..lazy import LazyPattern
from ..package_data import data_text
from .records import TokenClass
from .tuning import ENGLISH_WORDS

if TYPE_CHECKING:
    from .frequencies import WordSet


def _data_text(name: str) -> str:
    return data_text(name)


@lru_cache(maxsize=1)
def word_lists() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """Function words per language, and the ambiguous ones (shared with other languages)."""
    words: dict[str, set[str]] = {}
    ambiguous: dict[str, set[str]] = {}
    current: set[str] | None = None
    for raw in _data_text("function_words.txt").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("["):
            name = line.strip("[]")
            if name.endswith(".ambiguous"):
                current = ambiguous.setdefault(name.split(".")[0], set())
            else:
                current = words.setdefault(name, set())
            continue
        assert current is not None
        current.update(line.lower().replace("'", "’").split())
    return (
        {k: frozenset(v) for k, v in words.items()},
        {k: frozenset(v) for k, v in ambiguous.items()},
    )


def english_words() -> tuple[str, ...]:
    """Common English words, most frequent first (wordfreq's English list); read
    again on each call (once per :func:`setup`), so that only the setup's set keeps
    them."""
    from .frequencies import most_frequent

    return most_frequent("en", ENGLISH_WORDS)


_NONE: frozenset[str] = frozenset()


@lru_cache(maxsize=4)
def english_set(markers: frozenset[str], empty: bool = False) -> WordSet:
    """The common English words that are no candidate's marker (none with ``empty``),
    as their hashes: shared by the setups of the same markers."""
    from .frequencies import WordSet

    words = () if empty else (w for w in english_words()[:ENGLISH_WORDS] if w not in markers)
    return WordSet(words, english_set, (markers, empty))


@lru_cache(maxsize=1)
def builtin_allowlist() -> tuple[str, ...]:
    return tuple(
        parse_allowlist(_data_text("fragments_allowlist.txt"))
        + parse_allowlist(_data_text("borrowed_phrases.txt"))
    )


# Characters that say "some language other than English" in a lower-case word.
DIACRITICS = {
    "fr": "àâçéèêëîïôûùüÿœæ",
    "de": "äöüß",
    "es": "áéíóúñü",
    "it": "àèéìòù",
    "pt": "ãõçáéíóúâêôà",
    "nl": "ëïé",
    "en": "",
}
FR_ELISION = LazyPattern(
    r"(?i:l|d|qu|n|s|j|c|m|t|jusqu|lorsqu|puisqu|quoiqu|presqu)’(?=\p{Ll})", regex.VERSION1
)
IT_ELISION = LazyPattern(
    r"(?i:dell|all|nell|dall|sull|coll|quest|quell|un|tutt|c)’(?=\p{L})", regex.VERSION1
)
FR_CAP_ELISION = LazyPattern(r"(?i:l|qu|jusqu|lorsqu)’(?=\p{Lu})", regex.VERSION1)
_FR_ELISIONS = "l|d|qu|n|s|j|c|m|t|jusqu|lorsqu|puisqu|quoiqu|presqu"
_IT_ELISIONS = "dell|all|nell|dall|sull|coll|quest|quell|un|tutt|c"

_TOKEN = r"[\p{L}\p{M}](?:[\p{L}\p{M}\p{N}]|[’'\-](?=[\p{L}\p{N}]))*|\p{N}+(?:[.,:]\p{N}+)*"
TOKEN = LazyPattern(_TOKEN, regex.VERSION1)
# The same with the token as a group: one split gives the tokens and the gaps between them.
TOKEN_SPLIT = LazyPattern("(" + _TOKEN + ")", regex.VERSION1)
# First-pass words: letters joined by apostrophes or hyphens (``l’école``,
# ``Saint-Denis`` are one word each). Standard-library patterns: they are the
# fastest way through text that is almost all English.
FP_WORD = re.compile(r"[^\W\d_]+(?:[’'\-][^\W\d_]+)*")

# Capitalised function words that mostly start names in English copy (Le Pen,
# Van Gogh, Da Silva, El País): they are no first-pass evidence on their own.
NAME_PARTICLES = frozenset(
    {
        *("le", "la", "les", "de", "des", "du", "da", "das", "di", "del", "della", "dei"),
        *("dos", "do", "van", "von", "der", "den", "ter", "ten", "el", "al", "los", "las"),
        *("lo", "san", "santa", "saint", "sainte"),
    }
)


@dataclass(slots=True)
class WordScreen:
    """Words as written, sorted once by what they can start (:func:`.screen.learned`).

    A line is tested against these sets with one set operation each instead of a
    loop over its words; a word is looked at once per setup, and news brings back
    the same words line after line. Each set is a dict's keys (the values are
    ``None``, or for ``seen`` the word itself): a dict of strings takes 16 bytes a
    word, a set 64 to 128 once it has grown, and the seen words of a 10 MB text made
    the set 2 MB.
    """

    #: Every word looked at, as the value too: the one copy of the word that the
    #: other per-word memories keep (:func:`spelling`).
    seen: dict[str, str] = field(default_factory=dict)
    #: First-pass evidence: candidates' marker words, lower-case words with their accents.
    evidence: dict[str, None] = field(default_factory=dict)
    #: Lower-case words of four letters or more that are no common English word.
    unknown: dict[str, None] = field(default_factory=dict)
    #: Words that may seed a short leftover (as themselves or as a capitalised noun).
    seeds: dict[str, None] = field(default_factory=dict)
    #: Words with an elided article or preposition of a candidate (``l’école``).
    elided: dict[str, None] = field(default_factory=dict)
    #: Words that may be foreign at a sentence start: a heading may open with them.
    opening: dict[str, None] = field(default_factory=dict)
    #: Whether a word in lower case seeds a short leftover, by word, as found in lower
    #: case (``seed_words[False]``) and capitalised after a determiner
    #: (``seed_words[True]``): :func:`.shortspans.seed_word`, remembered.
    seed_words: tuple[dict[str, bool], dict[str, bool]] = field(default_factory=lambda: ({}, {}))


@dataclass(frozen=True, slots=True)
class Setup:
    """Everything the detector needs for one (target, candidates, allowlist)."""

    target: str
    candidates: tuple[str, ...]
    strong_target: frozenset[str]
    markers: dict[str, frozenset[str]]
    any_marker: frozenset[str]
    #: Tokens (as written) that count as first-pass evidence: lower-case markers,
    #: capitalised markers that are not name particles.
    first_pass_words: frozenset[str]
    elision: re.Pattern[str] | None
    diacritic: re.Pattern[str] | None
    #: Allowlisted phrases as token tuples, keyed by their first token (lower case).
    allow_phrases: dict[str, tuple[tuple[str, ...], ...]]
    allow_words: frozenset[str]
    diacritics: str
    #: The target's function words, shared ones included.
    target_words: frozenset[str]
    #: Common English words that are not candidate markers (empty unless the target is
    #: English), as :func:`english_set` keeps them.
    english: WordSet
    #: Word classes already worked out (:func:`.tokens.classify`), by word, inside a
    #: sentence (``classes[False]``) and at its start (``classes[True]``): the same
    #: words come back line after line. (Two dicts keyed by the word itself take 64
    #: bytes a word less than one keyed by a pair.)
    classes: tuple[dict[str, tuple[TokenClass, tuple[str, ...]]],
                   dict[str, tuple[TokenClass, tuple[str, ...]]]] = field(
        default_factory=lambda: ({}, {}), compare=False, hash=False, repr=False
    )
    #: The short-leftover class of a word as written, where it needs no neighbour
    #: (:func:`.shortspans._classified`): ``(lower case, class, scores)``.
    short_classes: dict[str, tuple[str, str, dict[str, int]]] = field(
        default_factory=dict, compare=False, hash=False, repr=False
    )
    #: What the words seen so far can start: the per-line screens of the first pass and
    #: of the short leftovers. The last one is current (a full one is replaced).
    screens: list[WordScreen] = field(
        default_factory=lambda: [WordScreen()], compare=False, hash=False, repr=False
    )


def spelling(word: str, cfg: Setup) -> str:
    """The word screen's own copy of ``word`` (``word`` itself if it has none): a
    memory that keeps a word keeps this one, not a copy of its own (each line's
    words are new strings, about 60 bytes each).
    """
    return cfg.screens[-1].seen.get(word, word)


def tokenise_phrase(phrase: str) -> tuple[str, ...]:
    return tuple(m.group().lower().replace("'", "’") for m in TOKEN.finditer(phrase))


@lru_cache(maxsize=32)
def setup(target: str, candidates: tuple[str, ...], extra: Allowlist) -> Setup:
    """The detector's setup; cached, and keyed by the allowlist's digest (cheap to compare)."""
    words, ambiguous = word_lists()
    target_words = words.get(target, frozenset())
    target_ambiguous = ambiguous.get(target, frozenset())
    others: set[str] = set()
    for lang in candidates:
        others |= words.get(lang, frozenset()) | ambiguous.get(lang, frozenset())
    strong = frozenset(target_words - target_ambiguous - others)
    markers = {
        lang: frozenset(
            words.get(lang, frozenset())
            - ambiguous.get(lang, frozenset())
            - target_words
            - target_ambiguous
        )
        for lang in candidates
    }
    any_marker = frozenset().union(*markers.values()) if markers else frozenset()
    diacritics = "".join(sorted({c for lang in candidates for c in DIACRITICS.get(lang, "")}))
    diacritics = "".join(c for c in diacritics if c not in DIACRITICS.get(target, ""))
    phrases = list(builtin_allowlist()) + list(extra.phrases)
    allow_words = frozenset(p.lower() for p in phrases if " " not in p)
    first_words = {w for w in any_marker if "-" not in w}
    first_words |= {w.capitalize() for w in first_words if w not in NAME_PARTICLES}
    if "fr" in candidates:
        first_words.add("aujourd’hui")
    first_words -= allow_words
    elisions = []
    if "fr" in candidates:
        elisions.append(_FR_ELISIONS)
    if "it" in candidates:
        elisions.append(_IT_ELISIONS)
    elision = (
        re.compile(r"(?<![^\W\d_])(?i:" + "|".join(elisions) + r")[’'](?=[^\W\d_])")
        if elisions
        else None
    )
    diacritic = re.compile("[" + re.escape(diacritics) + "]") if diacritics else None
    allow_phrases: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        toks = tokenise_phrase(phrase)
        if toks:
            allow_phrases.setdefault(toks[0], []).append(toks)
    return Setup(
        target,
        candidates,
        strong,
        markers,
        any_marker,
        frozenset(first_words),
        elision,
        diacritic,
        {k: tuple(sorted(v, key=len, reverse=True)) for k, v in allow_phrases.items()},
        allow_words,
        diacritics,
        target_words | target_ambiguous,
        english_set(any_marker, False) if target == "en" else english_set(_NONE, True),
    )


__all__ = [
    "DIACRITICS",
    "FP_WORD",
    "NAME_PARTICLES",
    "TOKEN",
    "TOKEN_SPLIT",
    "Setup",
    "WordScreen",
    "english_words",
    "setup",
    "spelling",
    "word_lists",
]
