"""The cheap first pass: is a line worth reading word by word?

Most lines of a translated article are all target language. The first pass
splits words with one fast pattern and looks them up in a word set: function
words of the candidate languages that are not words of the target (``les``,
``und``, ``het``), elisions (``l’école``, ``dell’``) and lower-case words
with the candidates' diacritics. A line goes on to the span pipeline only
with enough evidence.
"""

from __future__ import annotations

import re

from .data import FP_WORD, Setup, WordScreen
from .tuning import FIRST_PASS_EVIDENCE, UNKNOWN_WORD_MIN, WRAPPED_MAX_CHARS

WRAPPED = re.compile(
    r"[\[(“«„\"‹]([^\[\]()“”«»„\"‹›\n]{1," + str(WRAPPED_MAX_CHARS) + r"})[\])”»“\"›]"
)


def evidence_words(
    line: str, cfg: Setup, words: list[str] | None = None, screen: WordScreen | None = None
) -> set[str]:
    """First-pass evidence on a line: marker words, elisions, lower-case words with accents.

    ``screen``: the setup's word screen, once it has seen ``words``; it knows which
    words are evidence.
    """
    if words is None:
        words = FP_WORD.findall(line)
    if screen is not None:
        found = screen.evidence.keys() & words
    else:
        found = set(cfg.first_pass_words.intersection(words))
        if cfg.diacritic is not None and cfg.diacritic.search(line) is not None:
            allow = cfg.allow_words
            found.update(
                w for w in words
                if w[0].islower() and cfg.diacritic.search(w) and w not in allow
            )
    if cfg.elision is not None and (
        ("’" in line or "'" in line) if screen is None
        else not screen.elided.keys().isdisjoint(words)
    ):
        found.update(m.group().lower() for m in cfg.elision.finditer(line))
    return found


def worth_reading(
    line: str, cfg: Setup, words: list[str] | None = None, screen: WordScreen | None = None
) -> bool:
    """Is there enough evidence on ``line`` to read it word by word?

    Two distinct pieces of evidence are needed, or one inside short brackets,
    parentheses or quotes (``[à]``, ``(dans la cour)``). ``screen``: as for
    :func:`evidence_words`.
    """
    if len(line) < 2:
        return False
    found = evidence_words(line, cfg, words, screen)
    if len(found) >= FIRST_PASS_EVIDENCE:
        return True
    # Wrapped unknown words are looked for only where the line has an unknown word.
    unknown = bool(cfg.english) and (
        screen is None or words is None or not screen.unknown.keys().isdisjoint(words)
    )
    if not found:
        return unknown and unknown_wrapped(line, cfg)
    for m in WRAPPED.finditer(line):
        inner = m.group(1)
        if not found.isdisjoint(FP_WORD.findall(inner)):
            return True
        if cfg.elision is not None and cfg.elision.search(inner):
            return True
    return unknown and unknown_wrapped(line, cfg)


def unknown_word(word: str, cfg: Setup) -> bool:
    """A lower-case word of four letters or more that is no common English word.

    Nor an English compound of two common words (four letters, then five or more:
    ``doomscrolling``; a short tail such as ``cham|bres`` proves nothing).
    """
    if len(word) < UNKNOWN_WORD_MIN or not word.islower() or word in cfg.english:
        return False
    if word.replace("'", "’") in cfg.allow_words:
        return False
    english = cfg.english
    return not any(word[:i] in english and word[i:] in english for i in range(4, len(word) - 4))


def unknown_wrapped(line: str, cfg: Setup) -> bool:
    """One to three lower-case words in brackets or quotes, one of them no English word."""
    for m in WRAPPED.finditer(line):
        words = FP_WORD.findall(m.group(1))
        if (
            1 <= len(words) <= 3
            and all(w.islower() for w in words)
            and any(unknown_word(w, cfg) for w in words)
        ):
            return True
    return False


__all__ = ["evidence_words", "unknown_word", "unknown_wrapped", "worth_reading"]
