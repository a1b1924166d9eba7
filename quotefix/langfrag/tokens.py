"""Words of a line, each with its :class:`TokenClass`, and the boundaries between them."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from itertools import accumulate, islice
from typing import TypeVar

import regex

from ..lazy import LazyPattern
from .data import (
    DIACRITICS,
    FR_CAP_ELISION,
    FR_ELISION,
    IT_ELISION,
    TOKEN_SPLIT,
    Setup,
    spelling,
)
from .records import TokenClass
from .titles import loanword

T = TypeVar("T")

# Enum members used in hot loops, bound once: in Python 3.11 reading a member
# off its Enum class costs several times a module-level name.
_TARGET, _MARKER, _NAME, _UNKNOWN, _NUMBER = (
    TokenClass.TARGET,
    TokenClass.MARKER,
    TokenClass.NAME,
    TokenClass.UNKNOWN,
    TokenClass.NUMBER,
)

# Sentence ends, and characters that always cut a run.
SENTENCE_END = regex.compile(r"(?<!(?<![\p{N}.,])\p{N}{1,2})[.!?…]+(?=[\s\"”»’)\]]*(?:\s|$))")
_HARD = set('[](){}«»“”„‟"‹›;:|•*')  # ``*``: an italic span's edge
_SOFT = set(",–—")
_STOPS = frozenset(".!?…")  # what SENTENCE_END must find
_OPENERS = frozenset('“«„"([:')


class Gap(IntEnum):
    """What lies between two words: nothing, a soft cut (comma, dash) or a hard one."""

    NONE = 0
    SOFT = 1
    HARD = 2  # a sentence end, a bracket, a quotation mark, ; or :


_GAP_NONE, _GAP_SOFT, _GAP_HARD = Gap.NONE, Gap.SOFT, Gap.HARD


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    cls: TokenClass
    votes: tuple[str, ...]
    sentence_start: bool
    #: The token's place in its line's token list (runs are lists of these tokens).
    index: int


#: Words remembered per setup before the memory starts again (a few MB at most). Two
#: MB of news hold about 21,000 distinct words, ten MB about 32,000: there the memory
#: starts again once, which keeps the peak of a 10 MB check 1.4 MB lower (findings
#: unchanged).
CLASSES_KEPT = 25_000
#: What a full memory keeps when it starts again: the first words it learnt. In
#: news those are mostly the language's frequent words (``the``, ``said``,
#: ``minister``), met again on every line, while the names and rare words learnt
#: later come back seldom, so a restart costs little.
KEPT_ON_RESTART = 4_000


def restart(memory: dict[str, T]) -> None:
    """Empty ``memory`` but for the first :data:`KEPT_ON_RESTART` words it learnt."""
    kept = list(islice(memory.items(), KEPT_ON_RESTART))
    memory.clear()
    memory.update(kept)


#: Each distinct class and vote, kept once: a few dozen pairs stand for every word.
_SHARED: dict[tuple[TokenClass, tuple[str, ...]], tuple[TokenClass, tuple[str, ...]]] = {}


def classify(word: str, cfg: Setup, at_start: bool) -> tuple[TokenClass, tuple[str, ...]]:
    """The class of ``word`` and, for a marker, the candidate languages it votes for."""
    classes = cfg.classes[at_start]
    found = classes.get(word)
    if found is None:
        if len(cfg.classes[False]) + len(cfg.classes[True]) >= CLASSES_KEPT:
            restart(cfg.classes[False])
            restart(cfg.classes[True])
        new = _classify(word, cfg, at_start)
        found = classes[spelling(word, cfg)] = _SHARED.setdefault(new, new)
    return found


def _classify(word: str, cfg: Setup, at_start: bool) -> tuple[TokenClass, tuple[str, ...]]:
    lower = word.lower()
    if word[0].isdigit():
        return _NUMBER, ()
    capital = word[0].isupper()
    if capital and not at_start:
        # Inside a sentence a capitalised word is a name, unless it is an elided
        # article (L’Ukraine) or a German noun after a marker (handled by votes).
        if "fr" in cfg.candidates and FR_CAP_ELISION.match(word):
            return _MARKER, ("fr",)
        return _NAME, ()
    if lower in cfg.allow_words:
        return _NAME, ()
    if not word[1:].islower() and not word[1:].isupper() and any(c.isupper() for c in word[1:]):
        return _UNKNOWN, ()  # glued to a heading (adoptéeDans): reported as QF402
    if lower in cfg.strong_target:
        return _TARGET, ()
    votes = tuple(lang for lang in cfg.candidates if lower in cfg.markers[lang])
    if votes:
        return _MARKER, votes
    if "’" in word or "'" in word:
        w = word.replace("'", "’")
        langs: list[str] = []
        if "fr" in cfg.candidates and (FR_ELISION.match(w) or lower == "aujourd’hui"):
            langs.append("fr")
        if "it" in cfg.candidates and IT_ELISION.match(w):
            langs.append("it")
        if langs:
            return _MARKER, tuple(langs)
    if "-" in lower:
        parts = lower.split("-")
        if cfg.english and parts[-1] in cfg.english and len(parts[-1]) > 3:
            return _UNKNOWN, ()  # an English compound on a prefix (``de-anchored``)
        votes = tuple(
            lang for lang in cfg.candidates if any(p in cfg.markers[lang] for p in parts if p)
        )
        if votes:
            return _MARKER, votes
    if cfg.diacritics and not capital and any(c in cfg.diacritics for c in lower):
        if cfg.english and loanword(lower, cfg):
            return _UNKNOWN, ()  # ``communiqué``, ``détente``: English writes them so
        accented = tuple(
            lang for lang in cfg.candidates if any(c in DIACRITICS.get(lang, "") for c in lower)
        )
        return _MARKER, accented or cfg.candidates
    return _UNKNOWN, ()


def allowed(lowers: list[str], cfg: Setup) -> list[bool]:
    """Which tokens belong to an allowlisted phrase (longest phrase first)."""
    masked = [False] * len(lowers)
    phrases = cfg.allow_phrases
    if phrases.keys().isdisjoint(lowers):
        return masked  # most windows: one set test instead of a look-up per token
    i = 0
    n = len(lowers)
    while i < n:
        options = phrases.get(lowers[i])
        step = 1
        if options is not None:
            for phrase in options:
                k = len(phrase)
                if tuple(lowers[i : i + k]) == phrase:
                    for j in range(i, i + k):
                        masked[j] = True
                    step = k
                    break
        i += step
    return masked


# A straight single quote opening a quotation: at the line's start or after a space or
# a bracket, before a letter.
_SINGLE_OPENER = LazyPattern(r"(?:^|(?<=[\s(\[—–]))'(?=[^\W\d_]|[¡¿])", regex.VERSION1)


def _opened_before(line: str, end: int, opener: list[int]) -> bool:
    """Does a single straight quote open a quotation in ``line`` before ``end``? The first
    opener is looked for once a line (``opener`` keeps it), so that a line of many
    plurals' apostrophes is read in linear time."""
    if not opener:
        found = _SINGLE_OPENER.search(line)
        opener.append(found.start() if found is not None else len(line))
    return opener[0] < end


def tokenize(line: str, cfg: Setup) -> tuple[list[Token], list[Gap]]:
    """Tokens of one line, and the :class:`Gap` after each token but the last."""
    # Tokens and the gaps between them in one split (no match object per token):
    # token ``k`` is ``parts[2 * k + 1]`` and spans ``bounds[2 * k]`` to ``bounds[2 * k + 1]``.
    parts = TOKEN_SPLIT.split(line)
    bounds = list(accumulate(map(len, parts)))
    words = parts[1::2]
    lowers = [w.lower().replace("'", "’") for w in words]
    masked = allowed(lowers, cfg)
    toks: list[Token] = []
    gaps: list[Gap] = []
    classes = cfg.classes
    prev_end = 0
    at_start = True
    opener: list[int] = []  # where the line's first single opening quote is, once looked for
    for k, word in enumerate(words):
        start = bounds[2 * k]
        gap = line[prev_end:start]
        if not toks:
            at_start = True
        elif gap == " ":
            gaps.append(_GAP_NONE)
        else:
            # A sentence end lies in the gap (the word after it is no stop): without a
            # stop there, the pattern need not run.
            ends = not _STOPS.isdisjoint(gap) and (
                SENTENCE_END.search(line, prev_end, start + 1) is not None
            )
            if ends or not _HARD.isdisjoint(gap) or (
                    gap.lstrip("!?.…")[:1] == "'" and _opened_before(line, prev_end, opener)):
                # (a straight single quote that closes a quotation opened with one, not a
                # plural's apostrophe: ``'Que se vayan todos' was scrawled``)
                level = _GAP_HARD
            elif not _SOFT.isdisjoint(gap) or " - " in gap:
                level = _GAP_SOFT
            else:
                level = _GAP_NONE
            gaps.append(level)
            if ends:
                at_start = True
            elif not _OPENERS.isdisjoint(gap) and not toks[-1].text[0].isupper():
                at_start = True  # a quotation or aside may start with a capital
        end = bounds[2 * k + 1]
        votes: tuple[str, ...] = ()
        if masked[k]:
            cls = _NAME
        else:
            # classify()'s memory read here: a call per token costs more than the look-up.
            known = classes[at_start].get(word)
            cls, votes = known if known is not None else classify(word, cfg, at_start)
        toks.append(Token(start, end, word, cls, votes, at_start, k))
        at_start = False
        prev_end = end
    # A capitalised sentence opener followed by a name is itself part of the name
    # (Le Monde, Der Spiegel), unless it is a marker followed by a lower-case word.
    for i, tok in enumerate(toks):
        if tok.sentence_start and tok.text[0].isupper() and i + 1 < len(toks):
            nxt = toks[i + 1]
            if (
                nxt.cls is _NAME
                and (i >= len(gaps) or gaps[i] == _GAP_NONE)
                and tok.cls is not _MARKER
            ):
                tok.cls = _NAME
    return toks, gaps


__all__ = ["SENTENCE_END", "Gap", "Token", "allowed", "classify", "tokenize"]
