"""Spans at the end of a line: a credit after a caption, a link or a teaser after a paragraph.

``… on the quay. Photo: Ana Reis / Lusa``, ``… in Brasília — Photo: Divulgação/BC``,
``… on Monday evening. MIGUEL ANTUNES/LUSA``, ``…before Friday.Read more →``, ``… for the
elderly. READ MORE: Imserso 2025…``. Each is reported and removed as that span; the
sentence before it stays.
"""

from __future__ import annotations

import regex

from ..lazy import LazyPattern
from .guess import Guess as _Guess
from .lexicon import Lexicon
from .lines import Line, ends_sentence, trimmed_end
from .tuning import START_LABEL, TAIL_CREDIT_WORDS


def tails(text: str, line: Line, lex: Lexicon, guesses: list[_Guess]) -> None:
    """A credit after a caption, ``Read more →`` after the last sentence: inline spans."""
    n = len(line.words)
    if n < 2:
        return
    for j in range(max(1, n - 4), n):
        phrase = lex.at("tail", line.lowers, j)
        if phrase is None or j + len(phrase.words) != n:
            continue
        before = text[line.start : line.words[j][0]].rstrip(" \t\u00a0")
        if before and before[-1] in ".!?…”»":
            start = line.words[j][0]
            cut_start = len(before) + line.start
            guesses.append(_Guess("teaser", START_LABEL, text[start : line.end].strip(),
                                  (start, line.end), (cut_start, line.end)))
            return
    for j in range(max(1, n - TAIL_CREDIT_WORDS - 2), n - 1):
        phrase = lex.at("start", line.lowers, j)
        if phrase is None:
            continue
        if phrase.kind == "teaser":
            _glued_teaser(text, line, j, len(phrase.words), guesses)
            continue
        if phrase.kind != "credit":
            continue
        end = line.words[j + len(phrase.words) - 1][1]
        rest = text[end : line.end].lstrip(" \t\u00a0")
        before = text[line.start : line.words[j][0]].rstrip(" \t\u00a0")
        if (
            rest[:1] in (":", "©", "/")
            and before
            # after the caption's last sentence, or a dash that closes it (``…, in
            # Brasília — Photo: Disclosure/BC``)
            and (before[-1] in ".!?…”»)" or before.endswith(_CLOSING_DASHES))
            and not ends_sentence(text, line)
        ):
            start = line.words[j][0]
            # (a closing dash goes with the credit: the caption keeps its own end)
            kept = (before[:-2].rstrip(" \t\u00a0") if before.endswith(_CLOSING_DASHES)
                    else before)
            guesses.append(_Guess("credit", START_LABEL, text[start:end],
                                  (start, line.end), (line.start + len(kept), line.end)))
            return


_CLOSING_DASHES = (" —", " –", " -")
# A photographer's name and agency in capitals closing a caption (``… on Monday evening.
# MIGUEL ANTUNES/LUSA``).
_CAPS_CREDIT = LazyPattern(
    r"(?<=[.!?…”»\d])[ \t]+((?:\p{Lu}[\p{Lu}\p{M}'’.\-]*[ \t]+){0,3}\p{Lu}[\p{Lu}\p{M}'’.\-]*"
    r"[ \t]*/[ \t]*(\p{L}+))[ \t]*$",
    regex.VERSION1,
)


def _glued_teaser(text: str, line: Line, j: int, size: int, guesses: list[_Guess]) -> None:
    """``… for the elderly. READ MORE: Imserso 2025: dates…``: a teaser label in capitals
    after the paragraph's last sentence, with a colon and the headline to the line's end."""
    start, end = line.words[j][0], line.words[j + size - 1][1]
    before = text[line.start : start].rstrip(" \t\u00a0")
    if (text[start:end].isupper() and before and before[-1] in ".!?…”»"
            and text[end : end + 1] in (":", "|")):
        guesses.append(_Guess("teaser", START_LABEL, text[start : end + 1],
                              (start, line.end), (line.start + len(before), line.end)))


# A photo word and a photographer's name closing a caption, with no colon (``… on
# Monday morning. Photo Aurélien Thévenin``, ``… Ph. Salvatore Aprile``).
_NAMED_PHOTO = LazyPattern(
    r"(?<=[.!?…”»])[ \t]+((?i:archive[ \t]+photo|photo[ \t]+archives?|photos?|fotos?|ph\.?)"
    r"[ \t]+\p{Lu}[\p{L}'’\-.]*(?:[ \t]+(?:\p{Lu}[\p{L}'’\-.]*|de|da|di|van|von|le|la)){0,3})"
    r"[ \t]*$",
    regex.VERSION1,
)
# A photographer's name in capitals, two or three words, after a caption's last sentence
# (``… aussi Lens et Chermignon. NICOLAS PERRIN``).
CAPS_NAME = LazyPattern(
    r"(?<=[.!?…”»])[ \t]+(\p{Lu}[\p{Lu}\p{M}'’\-]+(?:[ \t]+\p{Lu}[\p{Lu}\p{M}'’\-]+){1,2})[ \t]*$",
    regex.VERSION1,
)
# A photographer's name in capitals after a slash that closes a caption (``… en Los
# Alcázares. / PEDRO MOLINA``).
_SLASH_CREDIT = LazyPattern(
    r"(?<=[.!?…”»])[ \t]*(/[ \t]*(?:\p{Lu}[\p{Lu}\p{M}'’.\-]*[ \t]+){0,3}"
    r"\p{Lu}[\p{Lu}\p{M}'’.\-]+)[ \t]*$",
    regex.VERSION1,
)
# A copyright sign and up to six names or agencies closing a caption (``… on Tuesday
# morning © APA/Markus Reiter``).
_COPYRIGHT_CREDIT = LazyPattern(
    r"(?<=[\p{L}\d.!?…”»)])[ \t]+(©[ \t]*[\p{Lu}\d][\p{L}\d'’.\-]*"
    r"(?:[ \t]*[/,][ \t]*|[ \t]+)?(?:[\p{L}\d'’.\-]+(?:[ \t]*[/,][ \t]*|[ \t]+)?){0,5})[ \t]*$",
    regex.VERSION1,
)


# Signs before a credit that closes a caption (``… © APA/Markus Reiter``, ``… / PEDRO
# MOLINA``).
_CREDIT_SIGNS = frozenset("©/")


def credit_may_close(text: str, line: Line, lex: Lexicon) -> bool:
    """Might a credit close this caption: an agency or an archive last, a slash or a
    copyright sign near the end, or a photo word among the last words?"""
    last = line.lowers[-1]
    return (last in lex.word_class("agency") or last in lex.word_class("archive")
            or not _CREDIT_SIGNS.isdisjoint(text[max(line.start, line.end - 60) : line.end])
            or not lex.word_class("photo").isdisjoint(line.lowers[-5:-1])
            or "ph" in line.lowers[-5:-1]
            or (text[line.end - 1 : line.end].isupper()
                and CAPS_NAME.search(text, max(line.start, line.end - 60), line.end) is not None))


def caps_credit(text: str, line: Line, lex: Lexicon, guesses: list[_Guess]) -> None:
    """A name and an agency in capitals after a caption's last sentence, a name in
    capitals after a slash, or a copyright sign and its holders closing a caption."""
    low = max(line.start, line.end - 120)
    found = _CAPS_CREDIT.search(text, low, line.end)
    if found is not None and (found.group(2).lower() in lex.word_class("agency")
                              or found.group(2).lower() in lex.word_class("archive")):
        span = found.start(1), found.group(1)
    else:
        found = closing_credit(text, line)
        if found is None:
            return
        span = found.start(1), found.group(1).rstrip(" \t")
    start, credit = span
    kept = trimmed_end(text, line.start, start)
    guesses.append(_Guess("credit", START_LABEL, credit, (start, line.end), (kept, line.end)))


def closing_credit(text: str, line: Line) -> regex.Match[str] | None:
    """A name in capitals after a slash or alone, a copyright sign and its holders, or a
    photo word and a name, closing a caption of :data:`_CAPTION_MIN_CHARS` or more (group 1
    is the credit)."""
    low = max(line.start, line.end - 120)
    found = (_SLASH_CREDIT.search(text, low, line.end)
             or _COPYRIGHT_CREDIT.search(text, low, line.end)
             or _NAMED_PHOTO.search(text, low, line.end)
             or CAPS_NAME.search(text, low, line.end))
    if found is None or found.start(1) - line.body < _CAPTION_MIN_CHARS:
        return None
    return found


#: Fewest characters of caption before a credit that closes it (``© AFP`` alone is a
#: whole line, read elsewhere).
_CAPTION_MIN_CHARS = 20


__all__ = ["CAPS_NAME", "caps_credit", "closing_credit", "credit_may_close", "tails"]
