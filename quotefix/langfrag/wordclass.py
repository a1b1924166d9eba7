"""The classes of single words for the short-leftover reader (:mod:`.shortspans`).

A word is foreign by its frequencies (:mod:`.frequencies`), as a German noun
after a determiner, a German marker or a German adjective, as a compound of two
German words, or by its letters when it carries a candidate's accents and no
list has it (langdetect decides, once per word).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from .borrowings import STREET_HEADS
from .data import DIACRITICS, Setup
from .detectors import detect
from .frequencies import SCALE, WordTable, english_known, english_zipf, table
from .tuning import (
    SHORT_COMPOUND_MAX,
    SHORT_COMPOUND_MIN,
    SHORT_GERMAN_AFTER_GERMAN_EN_MAX,
    SHORT_GERMAN_EN_MAX,
    SHORT_GERMAN_MIN,
    SHORT_RARE_ACCENTED_MIN_LETTERS,
    SHORT_RARE_MIN_LETTERS,
    SHORT_RARE_MIN_P,
    SHORT_SOURCE_MIN,
    UNKNOWN_MAX_EN,
)

DETERMINERS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
     "new", "local", "every", "each", "no"}
)

# What stands for the word before a word that a number precedes (no word is a digit).
AFTER_NUMBER = "0"

# The last parts of German place names made of two words (``Rosen|heim``, ``Lands|berg``).
PLACE_ENDINGS = (
    "heim", "hausen", "dorf", "burg", "berg", "stadt", "bach", "feld", "hofen", "ingen",
    "hafen", "furt", "kirchen", "münster", "wald", "hain", "leben", "born", "beck", "rode",
    "gebirge", "gau", "gäu",  # (a region: ``the Allgäu``, ``the Rheingau``)
    # and a church's own name, its saint or its town before it (``the Nikolaikirche``,
    # ``the Frauenkirche``, ``the Kaiserdom``)
    "kirche", "kapelle", "dom",
)

# The endings of a German adjective before its noun.
_GERMAN_ENDINGS = ("e", "en", "er", "es", "em")


@dataclass(slots=True)
class ShortWord:
    start: int
    end: int
    lower: str
    cls: str  # F, M, S, or "" (ends a run)
    scores: dict[str, int]


def source_scores(lower: str, cfg: Setup) -> dict[str, int]:
    """``lower``'s Zipf values (hundredths) in the candidates that list it; the others are
    left out (read them with ``.get(lang, 0)``): short dicts, kept for many words."""
    return {lang: value for lang, words in source_tables(cfg.candidates)
            if (value := words.get(lower, 0))}


@lru_cache(maxsize=16)
def source_tables(languages: tuple[str, ...]) -> tuple[tuple[str, WordTable], ...]:
    return tuple((lang, table(lang)) for lang in languages)


@lru_cache(maxsize=8192)
def german_compound(lower: str, candidates: tuple[str, ...], strict: bool = False) -> bool:
    """A German compound of two frequent German words (``bürger|geld``, ``heizungs|gesetz``).

    A split whose two parts another of ``candidates`` uses more than German does
    is a name made of that language's words (``belle|ville``, ``villa|verde``);
    ``strict``: so is one with either part so (``auto|strade``).
    Kept per word: the same capitalised words come back after every ``the``.
    """
    if len(lower) > SHORT_COMPOUND_MAX:
        return False  # no German noun is this long; and the splits would cost its square
    words = table("de")
    others = [table(lang) for lang in candidates if lang != "de"]
    floor = SHORT_SOURCE_MIN * SCALE
    for i in range(4, len(lower) - 3):
        left, right = lower[:i], lower[i:]
        right_de = words.get(right, 0)
        if right_de < floor:
            continue
        left_de = words.get(left, 0)
        if left_de < floor and not (
            left[-1] == "s" and words.get(left[:-1], 0) >= floor and len(left) > 4
        ):
            continue
        left_other = any(other.get(left, 0) > left_de for other in others)
        right_other = any(other.get(right, 0) > right_de for other in others)
        if not (left_other or right_other) or (not strict and not (left_other and right_other)):
            return True
    return False


def bare_german_noun(lower: str, candidates: tuple[str, ...]) -> bool:
    """A capitalised word that is a German common noun with no determiner before it.

    Names are capitalised too, and English lists have nearly all names of German
    people and places (``Göppingen`` aside, which is no compound): the word must be
    a compound of two frequent German words that English never writes, neither of
    them used more by another candidate (unless the word has German's own letters),
    and not a street's or a place's (``Bahnhofstraße``, ``Rosenheim``).
    """
    return (
        "de" in candidates
        and len(lower) >= SHORT_COMPOUND_MIN
        # (a shape test first, without the word lists or a memory: a name in clean
        # copy, such as ``Porthaven``, loads no list and is not kept)
        and (not _GERMAN_LETTERS.isdisjoint(lower) or lower.endswith(_COMPOUND_HEADS))
        # (a part another candidate uses more is proof enough against a name only
        # where no letter of German's own says otherwise: ``Bürger|geld``, Dutch ``geld``)
        and _compound_noun(lower, candidates, _GERMAN_LETTERS.isdisjoint(lower))
    )


@lru_cache(maxsize=2048)
def _compound_noun(lower: str, candidates: tuple[str, ...], strict: bool) -> bool:
    """A German compound (:func:`german_compound`, ``strict`` or not) that English never
    writes and that names no street or place (``the Bahnhofstraße in Göppingen``, ``the
    Erzgebirge``), kept per word. English's large list, which has words German does not
    (``the Motorbikes``), is read only once a compound is found."""
    return (
        not lower.endswith(STREET_HEADS)
        and not lower.endswith(PLACE_ENDINGS)
        and english_zipf(lower, candidates) == 0
        and german_compound(lower, candidates, strict=strict)
        and not english_known(lower)
    )


_GERMAN_LETTERS = frozenset("äöüß")
# Last parts of German compound nouns that news writes every day (``Fahr|verbot``,
# ``Schwarz|fahrer``, ``Hebe|satz``): a word without German's own letters must end
# in one of them to be read as a compound without an article.
_COMPOUND_HEADS = (
    "ung", "ungen", "heit", "keit", "schaft", "geld", "zeit", "recht", "gesetz", "steuer",
    "arbeit", "arbeiten", "verkehr", "fahrer", "ausbau", "verbot", "pflicht", "amt", "stelle",
    "werk", "kammer", "rat", "gericht", "schutz", "plan", "verband", "zentrum", "preis",
    "preise", "kosten", "lohn", "rente", "limit", "satz", "zuschlag", "gebühr", "bescheid",
    "antrag", "behörde", "wesen", "dienst", "abgabe", "sperre", "streik", "wahl", "schule",
    "betrieb", "betriebe", "gebühren",
)


def german_noun(
    line: str, lower: str, cfg: Setup, previous: ShortWord | None, after: str
) -> ShortWord | None:
    """A capitalised word inside an English sentence that is a German common noun.

    Names are capitalised too: the word must follow a German adjective written in
    lower case (``a ganztägigen Warnstreik``), or be one English text does not use
    and either frequent in German after a determiner or a German marker (``the
    Landkreis``, ``der Brücke``) or, there, a compound of two German words, or
    anywhere else a compound that :func:`bare_german_noun` accepts (not after a
    possessive or another capital). A place's name (``the Erzgebirge``) is none.
    ``line`` is the text the positions of ``previous`` point into.
    """
    after_marker = previous is not None and previous.cls == "M" and "de" in previous.scores
    if (previous is not None and previous.scores.get("de")
            and (previous.cls == "F" or (previous.cls == "S" and not previous.lower.isascii()))
            and previous.lower.endswith(_GERMAN_ENDINGS) and line[previous.start].islower()):
        # after a German adjective in lower case (``a ganztägigen Warnstreik``, ``the
        # kalte Progression``, ``mit großer Mehrheit``, whose ß English lists know from
        # names; ``the Kieler Woche`` is a name): the noun it goes with
        return ShortWord(0, 0, lower, "F", {"de": max(table("de").get(lower, 0), 1)})
    if not (after in DETERMINERS or after_marker or after == AFTER_NUMBER):
        # ``of Porthaven``: a name; unless a compound of two German words that
        # English never writes (``recipients of Bürgergeld``)
        if (
            bare_german_noun(lower, cfg.candidates)
            # a title after a possessive (``Bavaria's Ministerpräsident``), a name's
            # second word (``Tiroler Landesregierung``)
            and not after.endswith(("’s", "'s"))
            and (previous is None or not line[previous.start].isupper())
        ):
            return ShortWord(0, 0, lower, "F", {"de": int(SHORT_SOURCE_MIN * SCALE)})
        return None
    de = table("de").get(lower, 0)
    if de >= SHORT_GERMAN_MIN * SCALE:
        german_before = after_marker and previous is not None and previous.scores["de"] >= max(
            previous.scores.values())
        english = english_zipf(lower, cfg.candidates)
        if lower.endswith(PLACE_ENDINGS) or english > (
                SHORT_GERMAN_AFTER_GERMAN_EN_MAX if german_before else SHORT_GERMAN_EN_MAX
        ) * SCALE:
            # ``the Stasi``, ``the Bundestag``: names English uses (but a German article
            # or preposition before makes the pair German, ``laut Polizei``, unless
            # English writes the word often: ``für Migration``, ``aus Leipzig``); a place
            return None
        return ShortWord(0, 0, lower, "F", {"de": de})
    if len(lower) >= SHORT_COMPOUND_MIN and _compound_noun(lower, cfg.candidates, False):
        return ShortWord(0, 0, lower, "F", {"de": max(de, int(SHORT_SOURCE_MIN * SCALE))})
    return None


def rare_foreign(lower: str, cfg: Setup) -> dict[str, int] | None:
    """A word neither English nor in any candidate's frequent words: its letters decide.

    English writes few words with the sources' accents, and those are common
    (``café``) or allowlisted, so an accented word needs only its letters: accents
    that one candidate alone writes (``maraîchers``), or else langdetect
    (``déchetterie``, ``videovigilância``). A word without accents must also be
    missing from wordfreq's large English list, as must the word an English
    ending would leave (``sacristies``: ``sacristy``): ``patteggiamento``,
    ``desalojados``. Either must be long enough for character n-grams, and
    langdetect must give it to one candidate with near certainty; a shorter word
    (``rodéos``) is read only with accents that no English list has.
    """
    if not SHORT_RARE_ACCENTED_MIN_LETTERS <= len(lower) <= SHORT_COMPOUND_MAX:
        return None  # too short for n-grams, or longer than any word (``aaaa…``)
    accented = cfg.diacritic is not None and cfg.diacritic.search(lower) is not None
    if len(lower) < SHORT_RARE_MIN_LETTERS and not (accented and unknown_to_english(lower)):
        return None  # a shorter word needs its accents, and no English list may have it
    if not accented and not (lower.isalpha() and lower.isascii()):
        return None  # a hyphen, an apostrophe or a letter of no candidate
    # The English list first: it settles most unaccented words without langdetect.
    if not accented and not unknown_to_english(lower):
        return None
    if accented:
        # Letters that only one candidate writes settle it (``maraîchers``: only French
        # has ``î``), where n-grams of a short word may not: a word no English list
        # has, loanword or not.
        writers = _writers(lower, cfg.candidates)
        if (len(writers) == 1 and len(lower) >= SHORT_RARE_MIN_LETTERS
                and unknown_to_english(lower)):
            # (a shorter word is left to langdetect: ``wütend`` is no French word
            # because French may write ``ü``)
            return {writers[0]: int(SHORT_SOURCE_MIN * SCALE)}
    language = rare_language(lower, cfg.candidates, cfg.target)
    return {language: int(SHORT_SOURCE_MIN * SCALE)} if language else None


_ENGLISH_ENDINGS = ("ies", "ied", "es", "s", "ed", "d", "ing", "ly", "er", "ers", "est")


def english_bases(lower: str) -> Iterator[str]:
    """What an English ending may leave of ``lower``: its stem, with ``e`` back, or with
    ``y`` for ``i`` (``canvases``: ``canvas``; ``sacristies``: ``sacristy``)."""
    for ending in _ENGLISH_ENDINGS:
        if lower.endswith(ending):
            base = lower[: -len(ending)]
            yield base
            yield base + "e"
            if ending[0] == "i":
                yield base + "y"


# Endings that only English writes so, unaccented: the sources write ``-isme``,
# ``-ismo``, ``-ismus``, ``-ización``, ``-izzazione``, ``-ização``, ``-isierung``.
_ENGLISH_ONLY_ENDINGS = (
    "ization", "izations", "ism", "isms", "ness", "nesses", "ship", "ships", "hood", "hoods",
    "ized", "izing",
)
# Prefixes English builds new words with from words it has (``de|commitment``).
_ENGLISH_PREFIXES = (
    "de", "re", "un", "non", "dis", "mis", "over", "under", "anti", "counter", "inter", "pre",
    "post", "co", "sub", "super", "multi", "hyper", "micro", "mega", "out", "cross", "self",
)
_PREFIXED_MIN_LETTERS = 5


#: Zipf (hundredths): a word that lost its space before or after one of English's
#: commonest words (``the``, ``and``, ``of``: 5.5 or more) and is common itself.
_GLUED_PART_MIN = 300
_GLUED_FUNCTION_MIN = 550


def _two_english_words(lower: str) -> bool:
    """``lower`` is a common English word of four letters or more run together with one
    of English's commonest words (``defender|and``); a compound of two content words
    may be German (``Regional|sport``)."""
    english = table("en")
    for i in range(2, len(lower) - 1):
        left, right = english.get(lower[:i], 0), english.get(lower[i:], 0)
        if (left >= _GLUED_FUNCTION_MIN and right >= _GLUED_PART_MIN and len(lower) - i >= 4) or (
                right >= _GLUED_FUNCTION_MIN and left >= _GLUED_PART_MIN and i >= 4):
            return True
    return False


def unknown_to_english(lower: str) -> bool:
    """Neither ``lower`` nor what an English ending leaves of it is in wordfreq's large
    English list (``unfurled``, ``stallholders``, ``sacristies`` are known), nor is it
    built the way English builds new words: with an ending only English writes
    (``precarization``, ``internism``) or a prefix before a word English has
    (``decommitment``)."""
    if english_known(lower) or any(map(english_known, english_bases(lower))):
        return False
    if lower.endswith(_ENGLISH_ONLY_ENDINGS) and lower.isascii():
        return False
    if _two_english_words(lower):
        return False  # two English words run together (``defenderand``)
    return not any(
        lower.startswith(prefix) and len(lower) - len(prefix) >= _PREFIXED_MIN_LETTERS
        and english_known(lower[len(prefix):].lstrip("-"))
        for prefix in _ENGLISH_PREFIXES
    )


@lru_cache(maxsize=4096)
def rare_language(lower: str, candidates: tuple[str, ...], target: str) -> str:
    """The candidate langdetect gives a rare word to with near certainty, or ``""``.

    Kept per word: the detector is seeded, so a word always gets the same answer,
    and the same rare words come back article after article (a place, an office).
    """
    probs = detect(lower.replace("’", "'"), (*candidates, target))
    if not probs or probs.get(target, 0.0) > UNKNOWN_MAX_EN:
        return ""
    # A candidate that never writes one of the word's accents is no answer: n-grams
    # split ``videovigilância`` between Portuguese and Italian, whose alphabet has no
    # ``â``. The certainty asked for is then among the candidates that write them.
    accents = not _ALL_ACCENTS.isdisjoint(lower)
    if accents:
        candidates = _writers(lower, candidates)
    shares = {lang: probs.get(lang, 0.0) for lang in candidates}
    total = sum(shares.values()) if accents else 1.0
    language = max(candidates, key=shares.__getitem__, default="")
    if not language or not shares[language] or shares[language] < SHORT_RARE_MIN_P * total:
        return ""  # no candidate writes all its accents, or langdetect is not sure
    return language


_ALL_ACCENTS = frozenset("".join(DIACRITICS.values()))


def _writers(lower: str, candidates: tuple[str, ...]) -> tuple[str, ...]:
    """The candidates whose alphabets have every accented letter of ``lower``."""
    accents = {ch for ch in lower if ch in _ALL_ACCENTS}
    return tuple(lang for lang in candidates if accents.issubset(DIACRITICS.get(lang, "")))


__all__ = [
    "AFTER_NUMBER", "DETERMINERS", "ShortWord", "bare_german_noun", "english_bases",
    "german_compound",
    "german_noun", "rare_foreign", "rare_language", "source_scores", "source_tables",
    "unknown_to_english",
]
