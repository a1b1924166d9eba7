"""Words that a neighbour makes foreign, for the short-leftover reader (:mod:`.shortspans`).

Some words of a leftover are foreign only beside another: an adjective no list
has after its noun, or a word of three letters (which the frequency test leaves
alone) at either end of a phrase built on a candidate's function word.
"""

from __future__ import annotations

from collections.abc import Container

from .data import Setup
from .frequencies import SCALE, english_zipf
from .tuning import (
    NEIGHBOUR_RARE_MIN_LETTERS,
    SHORT_EN_MAX,
    SHORT_MARGIN,
    SHORT_RARE_MIN_LETTERS,
    SHORT_SOURCE_MIN,
)
from .wordclass import (
    ShortWord,
    english_bases,
    rare_language,
    source_scores,
    unknown_to_english,
)


def _english_inflection(lower: str, english: Container[str]) -> bool:
    """``lower`` is a common English word with an inflection (``canvases``)."""
    return any(base in english for base in english_bases(lower))


def settle_beside(out: list[ShortWord | None], line: str, cfg: Setup) -> None:
    """Class the words of ``out`` that no list makes foreign alone, by their neighbours.

    Lower-case words no list has, right after a foreign word: their letters decide
    (``zonas tensionadas``); three letters long before a marker and a foreign word, or
    after a marker that follows a word of its language, a candidate's frequencies
    (``lar de idosos``, ``garde à vue``). Only the words around a foreign word or a
    marker are looked at."""
    for i, item in enumerate(out):
        if item is None or item.cls != "F":
            continue
        after = out[i + 1] if i + 1 < len(out) else None
        if after is not None and _unlisted(after, line, cfg):
            unlisted = not any(source_scores(after.lower, cfg).values())
            size = len(after.lower)
            if (size >= NEIGHBOUR_RARE_MIN_LETTERS and unlisted
                    and not _english_inflection(after.lower, cfg.english)
                    # (a shorter word's n-grams say less: no English list may have it)
                    and (size >= SHORT_RARE_MIN_LETTERS or unknown_to_english(after.lower))):
                # as an adjective follows its noun, in the same language (``fauve
                # canvases``: an English plural after a French word)
                language = rare_language(after.lower, cfg.candidates, cfg.target)
                if language and item.scores.get(language):
                    after.cls, after.scores = "F", {language: int(SHORT_SOURCE_MIN * SCALE)}
        marker = out[i - 1] if i > 0 else None
        head = out[i - 2] if i > 1 else None
        if (marker is not None and marker.cls == "M" and head is not None
                and len(head.lower) == 3 and _unlisted(head, line, cfg)):
            scores = source_scores(head.lower, cfg)
            if max(scores.values(), default=0) >= SHORT_SOURCE_MIN * SCALE:
                head.cls, head.scores = "F", scores
    for i, item in enumerate(out):
        # three letters after a marker that follows a word of the marker's language
        # (``garde à vue``): the short word English almost never writes ends the phrase
        if item is None or item.cls != "M" or i < 1 or i + 1 >= len(out):
            continue
        before, tail = out[i - 1], out[i + 1]
        if (before is None or before.cls not in ("F", "S") or tail is None
                or len(tail.lower) != 3 or not _unlisted(tail, line, cfg)):
            continue
        language = max(item.scores, key=item.scores.__getitem__, default="")
        scores = source_scores(tail.lower, cfg)
        ours = scores.get(language, 0)
        if not before.scores.get(language) or ours < SHORT_SOURCE_MIN * SCALE:
            continue
        english = english_zipf(tail.lower, cfg.candidates)
        if english <= SHORT_EN_MAX * SCALE and ours - english >= SHORT_MARGIN * SCALE:
            tail.cls, tail.scores = "F", scores


def _unlisted(word: ShortWord, line: str, cfg: Setup) -> bool:
    """``word`` has no class yet, is written in lower case and is no English word."""
    return (not word.cls and line[word.start].islower() and word.lower not in cfg.english
            and word.lower not in cfg.allow_words)


__all__ = ["settle_beside"]
