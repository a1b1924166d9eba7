"""A quotation kept in its own language, with its English translation next to it.

Good English copy often quotes a foreign sentence as it was said and gives
the translation after a dash, a colon or a comma, in the next sentence, or
after the speech tag (``“Oggi ho sofferto come un cane,” he told RAI — today I suffered like a
dog``; ``called it “un sursis, pas une victoire”: a reprieve, not a
victory``). The writer chose to keep the words; they are no leftover.

A translation is told apart from the rest of an English sentence by its
shape: it comes right after the quotation (or after a speech tag and a dash
or colon), it is made of common English words, it is about as long as the
quotation, and it is no speech tag of its own (``“…”, the mayor said``).
"""

from __future__ import annotations

import re
import unicodedata

import regex

from ..lazy import LazyPattern, lazy_re
from .data import FP_WORD, Setup
from .tuning import NEXT_SENTENCE_SLACK, TRANSLATION_LENGTH_SLACK, TRANSLATION_MIN_ENGLISH

_SAYING = (
    r"(?:said|says|told|tells|asked|asks|added|adds|warned|warns|wrote|writes|replied"
    r"|replies|explained|explains|insisted|insists|admitted|admits|declared|declares"
    r"|recalled|recalls|shouted|shouts|joked|jokes)"
)
# Right after the quotation: a dash or a colon, then the translation up to the next
# dash, stop or bracket.
_DIRECT = LazyPattern(
    r"[”»\"’'*_]*[.!?…]?\s*[—–:]\s*[“«\"‘]?(?P<gloss>[^—–:;()\[\]“”«»\"!?.]{3,160}?)"
    r"[”»\"’]?\s*(?:[—–.;!?)]|$)",
    regex.VERSION1,
)
# Or later, after a word of translating and in quotation marks of its own: ``… translates
# it simply as "Together we are more"``, ``…, which means "How nice that you are here"``.
_TRANSLATED_AS = LazyPattern(
    r"\b(?:translat(?:e|es|ed|ing)|means|meaning|mean)\b[^.!?;“”«»\"]{0,40}?[“«\"]"
    r"(?P<gloss>[^“”«»\"]{3,160}?)[”»\"]",
    regex.VERSION1 | regex.IGNORECASE,
)
# After a comma, the translation runs to the next comma: an apposition (``la hora del
# vermut, the vermouth hour, begins``).
_COMMA = LazyPattern(
    r"[”»\"’'*_]*[.!?…]?\s*,\s*(?P<gloss>[^,—–:;()\[\]“”«»\"!?.]{3,160}?)"
    r"\s*(?:[,—–.;!?)]|$)",
    regex.VERSION1,
)
# After a speech tag: the tag, then a dash or a colon, then the translation.
_AFTER_TAG = LazyPattern(
    r"[”»\"’'*_,.!?…]*\s*,?\s*(?:[\p{L}\d’'\-]+[\s,]+){0,12}?" + _SAYING
    + r"\b[^—–:.!?“”«»\"]{0,90}?\s*[—–:]\s*"
    r"(?P<gloss>[^—–:;()\[\]“”«»\"!?.]{3,160}?)\s*(?:[—–.;!?)]|$)",
    regex.VERSION1 | regex.IGNORECASE,
)
# Or the next sentence, when the quotation ends one: ``“Fermé pour cause de déjeuner.”
# Closed on account of lunch``. Any English sentence may follow a quotation, so this
# one must mirror it: as many commas, and nearly as many words.
_NEXT_SENTENCE = LazyPattern(
    r"[”»\"’'*_]*[.!?…]+\s+(?P<gloss>\p{Lu}[^—–:;()\[\]“”«»\"!?.]{2,160}?)"
    r"\s*(?:[—–.;!?)]|$)",
    regex.VERSION1,
)
_SAYING_PLAIN = lazy_re(_SAYING, re.IGNORECASE)
_SEPARATORS = frozenset(",:—–")
_SAYING_WORD = LazyPattern(r"\b" + _SAYING + r"\b", regex.VERSION1 | regex.IGNORECASE)


def translated(
    line: str, start: int, end: int, cfg: Setup, quotation: bool = True
) -> bool:
    """``line[start:end]`` is a quotation whose English translation follows it, or
    (``quotation`` false) a term with its translation right after a dash, a colon or a
    comma: a term has no speech tag, and no next sentence translates it."""
    if not cfg.english:
        return False
    if not quotation and line[end : end + 2].lstrip(" ")[:1] not in _SEPARATORS:
        return False  # the common case for a term: no separator right after it
    quoted = len(FP_WORD.findall(line[start:end]))
    if quoted == 0:
        return False
    stop = min(len(line), end + 320)
    # The speech tag's pattern backtracks over a dozen words: it is tried only where
    # a verb of saying stands in the window (a plain search for them is cheap).
    tagged = quotation and _SAYING_PLAIN.search(line, end, stop) is not None
    for pattern in (_DIRECT, _AFTER_TAG) if tagged else (_DIRECT,):
        found = pattern.match(line, end, stop)
        if found is not None and _english_gloss(found["gloss"], quoted, cfg):
            return True
    if _comma_translation(line, start, end, quoted, cfg, cognates_english=False):
        return True
    if quotation:
        cue = _TRANSLATED_AS.search(line, end, min(len(line), end + 240))
        if cue is not None and _english_gloss(cue["gloss"], quoted, cfg):
            return True
    following = _NEXT_SENTENCE.match(line, end, stop) if quotation else None
    if following is None:
        return False
    gloss = following["gloss"]
    mirrored = (
        gloss.count(",") == line.count(",", start, end)
        and abs(len(FP_WORD.findall(gloss)) - quoted) <= max(1, round(quoted * NEXT_SENTENCE_SLACK))
    )
    return mirrored and _english_gloss(gloss, quoted, cfg)


def translated_in_apposition(line: str, start: int, end: int, cfg: Setup) -> bool:
    """A term followed, between commas, by its English translation that shares a
    word's stem with it (``la hora del vermut, the vermouth hour,``)."""
    if not cfg.english:
        return False
    quoted = len(FP_WORD.findall(line[start:end]))
    # the English word that shares the stem may be a rare one (``vermouth``)
    return quoted > 0 and _comma_translation(line, start, end, quoted, cfg,
                                             cognates_english=True)


def _comma_translation(
    line: str, start: int, end: int, quoted: int, cfg: Setup, cognates_english: bool
) -> bool:
    """The text between the comma after ``line[start:end]`` and the next one translates
    it. After a comma an English phrase may also say what the quotation was (``“…”, a
    decision the unions criticised``): a translation shares a word's stem with it.
    ``cognates_english``: the words sharing a stem count as English words."""
    found = _COMMA.match(line, end, min(len(line), end + 320))
    if found is None:
        return False
    heads = _heads(line[start:end])
    gloss = found["gloss"]
    if not any(_fold(w)[:4] in heads for w in FP_WORD.findall(gloss) if len(w) >= 4):
        return False
    return _english_gloss(gloss, quoted, cfg, heads if cognates_english else frozenset())


def _heads(text: str) -> set[str]:
    """The first four letters, accents aside, of each word of four letters or more."""
    return {_fold(w)[:4] for w in FP_WORD.findall(text) if len(w) >= 4}


def _fold(word: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c)
    )


def _english_gloss(
    gloss: str, quoted: int, cfg: Setup, heads: set[str] | frozenset[str] = frozenset()
) -> bool:
    """``gloss`` reads as an English rendering of a quotation of ``quoted`` words
    (a word opening with one of ``heads`` counts as English: a cognate)."""
    words = FP_WORD.findall(gloss)
    if not words or _SAYING_WORD.search(gloss) is not None:
        return False  # ``“…”, the mayor said``: a speech tag, not a translation
    slack = TRANSLATION_LENGTH_SLACK
    if not quoted / slack - 1 <= len(words) <= quoted * slack + 1:
        return False
    lower = [
        w.lower().replace("'", "’").removesuffix("’s")
        for w in words if not w[:1].isupper() or w == words[0]
    ]
    if len(lower) < min(2, quoted):
        return False
    english = cfg.english
    known = sum(1 for w in lower if w in english or (heads and _fold(w)[:4] in heads))
    return known >= TRANSLATION_MIN_ENGLISH * len(lower)


__all__ = ["translated", "translated_in_apposition"]
