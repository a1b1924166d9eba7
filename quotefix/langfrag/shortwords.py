"""One word's class for the short-leftover reader (:mod:`.shortspans`).

A word gets ``F`` (foreign), ``M`` (a candidate's function word), ``S``
(shared: English, but a candidate uses it more), ``B`` (an English word that
is also a candidate's function word, a bridge) or nothing, from the word
frequencies of English and of the candidates; see :mod:`.shortspans` for how
runs of classes become leftovers. Classes that need no neighbour are kept per
word in the setup.
"""

from __future__ import annotations

from ..lazy import lazy_re
from .data import Setup, spelling
from .frequencies import SCALE, english_zipf
from .titles import loanword
from .tokens import CLASSES_KEPT, restart
from .tuning import (
    HEADING_MARGIN,
    LONE_MARKER_EN_MAX,
    LONE_MARKER_MIN_LETTERS,
    SHORT_EN_MAX,
    SHORT_MARGIN,
    SHORT_MIN_LETTERS,
    SHORT_SHARED_MARGIN,
    SHORT_SHARED_MIN,
    SHORT_SOURCE_MIN,
)
from .wordclass import (
    ShortWord,
    german_noun,
    rare_foreign,
    source_scores,
)

WORD = lazy_re(r"[^\W\d_]+(?:[’'\-][^\W\d_]+)*")


EMPTY_SCORES: dict[str, int] = {}

# English words that are also function words of a candidate language (``a``, ``an``,
# ``in``): in an English sentence they are English.
ENGLISH_SHORT = frozenset(
    {"a", "an", "in", "on", "at", "to", "by", "for", "is", "as", "so", "no", "or", "and", "of",
     "die", "was", "war", "also", "come", "son", "more", "dove", "chi", "sun", "men", "hoe"}
)


ONE_LETTER_MARKERS = frozenset({"i", "e", "o", "y"})


def classify_word(
    line: str, cfg: Setup, start: int, end: int, after: str, at_start: bool,
    previous: ShortWord | None = None,
) -> ShortWord:
    word = line[start:end]
    lower = elided_stem(word.lower().replace("'", "’"))
    empty: dict[str, int] = {}
    if lower in cfg.allow_words or lower in cfg.strong_target:
        return ShortWord(start, end, lower, "", empty)
    if word[0].isupper() and not at_start:
        if "de" in cfg.candidates and word[1:].islower() and len(lower) >= SHORT_MIN_LETTERS:
            noun = german_noun(line, lower, cfg, previous, after)
            if noun is not None:
                return ShortWord(start, end, lower, "F", noun.scores)
        return ShortWord(start, end, lower, "", empty)
    if lower in ENGLISH_SHORT:
        # English, unless it stands between two foreign words (``rinvio a giudizio``).
        return ShortWord(start, end, lower, "B", source_scores(lower, cfg))
    if (lower in cfg.any_marker and lower not in cfg.english
            and len(lower) >= LONE_MARKER_MIN_LETTERS and word.islower()
            and english_zipf(lower, cfg.candidates) < LONE_MARKER_EN_MAX * SCALE):
        # A long function word English never writes (``bereits``, ``également``,
        # ``además``) is foreign alone, as a content word is.
        return ShortWord(start, end, lower, "F", source_scores(lower, cfg))
    if (lower in cfg.any_marker and lower not in cfg.english) or (
        word in ONE_LETTER_MARKERS and line[end : end + 1] != "."
    ):
        # (English writes no lower-case ``i``, ``e``, ``o`` or ``y`` as a word; an
        # article or a conjunction of a candidate does: ``recognising i futili motivi``)
        return ShortWord(start, end, lower, "M", source_scores(lower, cfg))
    if len(lower) < 3:
        return ShortWord(start, end, lower, "", empty)
    if lower.endswith(("’s", "s’")) or ("-" in lower and lower.split("-")[-1] in cfg.english):
        return ShortWord(start, end, lower, "", empty)  # ``director’s``, ``so-called``: English
    if lower in cfg.english:
        # Shared or plain English: decided only next to a foreign word (see _words).
        return ShortWord(start, end, lower, "e", empty)
    if loanword(lower, cfg):
        # An accented loanword (``communiqué``) joins a run but never makes one.
        return ShortWord(start, end, lower, "S", source_scores(lower, cfg))
    scores = source_scores(lower, cfg)
    best = max(scores.values(), default=0)
    if len(lower) < SHORT_MIN_LETTERS:
        return ShortWord(start, end, lower, "", empty)
    if best < SHORT_SOURCE_MIN * SCALE:
        rare = rare_foreign(lower, cfg) if word.islower() else None
        if rare:
            return ShortWord(start, end, lower, "F", rare)
        return ShortWord(start, end, lower, "", empty)
    english = english_zipf(lower, cfg.candidates)
    if english <= SHORT_EN_MAX * SCALE and best - english >= SHORT_MARGIN * SCALE:
        if (english and word[0].isupper()
                and best - english < HEADING_MARGIN * SCALE):
            # (only a sentence's first word gets here capitalised) a capital that English
            # writes too: a name as often as not (``Lecce –``, ``INNSBRUCK, Austria -``),
            # unless far more the source's, as a heading's word must be
            return ShortWord(start, end, lower, "", empty)
        return ShortWord(start, end, lower, "F", scores)
    if best > english and (best >= SHORT_SHARED_MIN * SCALE or (
            best - english >= SHORT_SHARED_MARGIN * SCALE and word[0].islower())):
        # (a word English has less often, such as ``allocations``, joins the foreign
        # word next to it; a capital of that kind opens a name: ``Perpignan:``)
        return ShortWord(start, end, lower, "S", scores)
    return ShortWord(start, end, lower, "", empty)


def classified_word(
    line: str, cfg: Setup, start: int, end: int, after: str, at_start: bool,
    previous: ShortWord | None = None,
) -> ShortWord:
    """:func:`classify_word`, remembered per word where the class needs no neighbour (all
    but a capitalised word inside a sentence, which may be a German noun, and a
    one-letter word, which a full stop after it makes an abbreviation's): the same
    words come back line after line."""
    word = line[start:end]
    if (word[0].isupper() and not at_start) or word in ONE_LETTER_MARKERS:
        return classify_word(line, cfg, start, end, after, at_start, previous)
    found = cfg.short_classes.get(word)
    if found is None:
        new = classify_word(line, cfg, start, end, after, at_start, previous)
        if len(cfg.short_classes) >= CLASSES_KEPT:
            restart(cfg.short_classes)
        cfg.short_classes[spelling(word, cfg)] = (spelling(new.lower, cfg), new.cls, new.scores)
        return new
    return ShortWord(start, end, *found)


def elided_stem(lower: str) -> str:
    """The word after an elided article (``l’année`` -> ``année``), else the word."""
    for mark in ("’", "'"):
        if mark in lower:
            prefix, _, rest = lower.rpartition(mark)
            if rest and len(prefix) <= 6:
                return rest
    return lower


def run_language(words: list[ShortWord], cfg: Setup) -> tuple[str, float]:
    totals = dict.fromkeys(cfg.candidates, 0)
    for word in words:
        for lang, value in word.scores.items():
            totals[lang] += value
    language = max(cfg.candidates, key=lambda lang: (totals[lang], -cfg.candidates.index(lang)))
    foreign = [w for w in words if w.cls == "F"]
    margin = sum(w.scores.get(language, 0) for w in foreign) / max(1, len(foreign)) / SCALE
    return language, round(min(0.95, 0.5 + margin / 12), 2)


def may_be_foreign(word: str, cfg: Setup) -> bool:
    """Can :func:`classify_word` call ``word`` foreign at a sentence start? Not when its
    lower case, without an apostrophe to take an elision off, is a common English word."""
    return "’" in word or "'" in word or word.lower() not in cfg.english


__all__ = [
    "EMPTY_SCORES",
    "ENGLISH_SHORT",
    "ONE_LETTER_MARKERS",
    "WORD",
    "classified_word",
    "classify_word",
    "elided_stem",
    "may_be_foreign",
    "run_language",
]
