"""Words glued across a heading boundary (``SportLe``, ``adoptéeDans``): kind ``glued``.

Linear by construction: a glue point is a lower-case letter, a capital and a
lower-case letter; each word (a run of letters) is examined once, however
many glue points it holds, and finding a word's start never walks back past
the previous word examined.
"""

from __future__ import annotations

import re

import regex

from .data import DIACRITICS, Setup
from .detectors import identify
from .records import Fragment, SpanKind
from .tuning import GLUED_CONFIDENCE, GLUED_CONFIDENCE_STRONG, GLUED_MIN_LEFT

# A lower-case letter directly followed by a capital and a lower-case letter.
_GLUE_CANDIDATE = re.compile(r"[a-zß-öø-ÿœ][A-ZÀ-ÖØ-ÞŒ][a-zß-öø-ÿœ]")
_LETTERS = regex.compile(r"\p{L}*", regex.VERSION1)
# Read backwards from a word's end: its lower-case tail.
_LOWER_TAIL = regex.compile(r"\p{Ll}+", regex.VERSION1 | regex.REVERSE)
_MARK = regex.compile(r"\p{M}", regex.VERSION1)
_LOWER = regex.compile(r"\p{Ll}", regex.VERSION1)
_UPPER = regex.compile(r"\p{Lu}", regex.VERSION1)


def _split(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the word at ``start`` splits into a left part and a capitalised tail.

    The word must be letters ending in a lower-case one, then one capital and
    lower-case letters to the word's end; no combining mark may touch it.
    ``end`` is the word's end. Returns (capital's offset, word end) or ``None``.
    """
    if start > 0 and _MARK.match(text, start - 1):
        return None
    if end < len(text) and _MARK.match(text, end):
        return None
    tail = _LOWER_TAIL.match(text, start, end)
    if tail is None:
        return None
    capital = tail.start() - 1
    if capital - 1 < start:
        return None
    if not _UPPER.match(text, capital) or not _LOWER.match(text, capital - 1):
        return None
    return capital, end


def glued_words(text: str, cfg: Setup) -> list[Fragment]:
    """Every source-language word glued to its neighbour in ``text``."""
    out = []
    word_start = word_end = -1
    split: tuple[int, int] | None = None
    for point in _GLUE_CANDIDATE.finditer(text):
        p = point.start()
        if p >= word_end:
            # A new word. The previous one ended at a non-letter before ``p``,
            # so walking back to this word's start covers new text only.
            word_start = p
            while word_start > 0 and text[word_start - 1].isalpha():
                word_start -= 1
            word_end = _LETTERS.match(text, word_start).end()
            split = _split(text, word_start, word_end)
        if split is None or split[0] != p + 1:
            continue
        capital, end = split
        left, right = text[word_start:capital], text[capital:end]
        if text[word_start:end].lower() in cfg.allow_words:
            continue
        r = right.lower()
        if r in cfg.strong_target:
            continue
        votes = tuple(lang for lang in cfg.candidates if r in cfg.markers[lang])
        left_marks = cfg.diacritics and any(c in cfg.diacritics for c in left.lower())
        # A short left part is a word of its own only when it is an accented
        # source word and the right part a source function word (éLa, jáOs).
        if len(left) < GLUED_MIN_LEFT and not (left_marks and votes):
            continue
        if not votes and not (left_marks and left[0].islower()):
            continue
        if not votes:
            votes = (
                tuple(
                    lang
                    for lang in cfg.candidates
                    if any(c in DIACRITICS.get(lang, "") for c in left.lower())
                )
                or cfg.candidates
            )
        language = votes[0]
        if len(votes) > 1:
            probs = identify(left + " " + right, (*cfg.candidates, cfg.target))
            language = max(votes, key=lambda lang: probs.get(lang, 0.0))
        confidence = GLUED_CONFIDENCE_STRONG if left_marks and votes else GLUED_CONFIDENCE
        out.append(Fragment(word_start, end, language, confidence, SpanKind.GLUED, 1))
    return out


__all__ = ["glued_words"]
