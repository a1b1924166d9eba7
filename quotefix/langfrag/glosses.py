"""Foreign words used on purpose: glossed or introduced phrases, native names.

A foreign phrase quoted next to its English gloss (``“en même temps” (“at the
same time”)``), introduced as a term (``the so-called “gilets jaunes”``), or
given in parentheses as an institution's own name (``(Palacio de las
Cortes)``) is the writer's choice, not a leftover.
"""

from __future__ import annotations

import regex

from .data import FP_WORD, NAME_PARTICLES, Setup
from .tuning import GLOSS_AFTER_CHARS, GLOSS_BEFORE_CHARS, NOUN_PHRASE_CHARS

# Cues that a quoted foreign phrase is deliberate: its gloss or an introduction.
_GLOSS_AFTER = regex.compile(
    r"\s*[”»\"’)\]]*\s*(?:\(\s*[“\"«‘]?|[,:–—-]\s*(?:meaning|literally|roughly|or|i\.e\.|that is"
    r"|which (?:means|translates)|translated as|translating as|in english)\b"
    r"|(?:meaning|literally)\b)",
    regex.IGNORECASE | regex.VERSION1,
)
_GLOSS_BEFORE = regex.compile(
    r"(?:\bcalled|\bdubbed|\bknown as|\bterm(?:ed)?|\bword|\bphrase|\bslogan|\bmotto|\bexpression"
    r"|\bso-called|\bnicknamed|\bheadlined|\btitled|\bentitled|\bsang|\bchanted|\bchanting"
    r"|\bshouting|\bread(?:s|ing)?|\bin (?:french|german|spanish|italian|portuguese|dutch)(?: as)?"
    r"|\b(?:french|german|spanish|italian|portuguese|dutch) (?:for|term|word|phrase|expression)"
    r"|\bwhat (?:the )?\w+ call|\bas (?:the )?\w+ (?:say|put it|call it))"
    r"[\s,:]*[“\"«„‘(\[]*\s*$",
    regex.IGNORECASE | regex.VERSION1,
)
_QUOTE_IN_PARENTHESES = regex.compile(r"\(\s*[“\"«‘]\s*$")

_DETERMINERS = frozenset(
    {
        *("the", "a", "an", "this", "that", "these", "those"),
        *("his", "her", "its", "their", "our", "my", "your", "each", "every"),
    }
)


def glossed(line: str, start: int, end: int) -> bool:
    """A deliberate foreign phrase: introduced by a cue or followed by its gloss."""
    if _GLOSS_BEFORE.search(line[max(0, start - GLOSS_BEFORE_CHARS) : start]):
        return True
    return _GLOSS_AFTER.match(line[end : end + GLOSS_AFTER_CHARS]) is not None


def _parentheses_around(line: str, start: int, end: int) -> tuple[int, int] | None:
    """The offsets of the round parentheses or square brackets ``line[start:end]`` sits in."""
    i = max(line.rfind("(", 0, start), line.rfind("[", 0, start))
    if i < 0 or line.find(")", i, start) >= 0 or line.find("]", i, start) >= 0:
        return None
    closer = ")" if line[i] == "(" else "]"
    j = line.find(closer, end)
    if j < 0 or line.find(line[i], end, j) >= 0:
        return None
    return i, j


def name_or_gloss(line: str, start: int, end: int, cfg: Setup) -> bool:
    """Parentheses that hold a native name or a foreign gloss of the English just before.

    - every word in the parentheses or brackets is capitalised, bar short
      particles (``(Palacio de las Cortes, Madrid)``, ``[Tweede Kamer]``): a
      proper name, the institution's or place's own name;
    - one to three words in round parentheses right after an English noun
      phrase (a determiner, then lower-case English content words):
      ``in the evening (sera)``. Square brackets are an editor's: never a gloss.
    """
    around = _parentheses_around(line, start, end)
    if around is None:
        return False
    i, j = around
    words = FP_WORD.findall(line[i + 1 : j])
    if not words:
        return False
    capitals = sum(1 for w in words if w[0].isupper())
    if capitals >= 1 and all(
        w[0].isupper() or (len(w) <= 3 and w.lower() in NAME_PARTICLES | cfg.any_marker)
        for w in words
    ):
        return True
    if line[i] != "(" or len(words) > 3 or not cfg.english:
        return False
    # A gloss names a thing: at most one function word, and not at its end
    # (``(en mesure de)``, ``(pas réagi dans)`` are cut out of a sentence).
    marks = [w.lower() in cfg.any_marker for w in words]
    if sum(marks) > 1 or (len(words) > 1 and marks[-1]):
        return False
    window = line[max(0, i - NOUN_PHRASE_CHARS) : i]
    before = FP_WORD.findall(window)
    tail = window.rstrip()
    if not before or not tail or not tail[-1].isalpha():
        return False
    # Walk back over lower-case English content words to a determiner.
    for k, word in enumerate(reversed(before[-4:])):
        lower = word.lower()
        if lower in _DETERMINERS:
            return k >= 1
        if not word.islower() or lower in cfg.target_words or lower not in cfg.english:
            return False
    return False


def quoted_in_parentheses(line: str, start: int) -> bool:
    """A quotation that opens right after a parenthesis: ``(“…”)``, a gloss of its own."""
    return bool(_QUOTE_IN_PARENTHESES.search(line[max(0, start - 3) : start]))


__all__ = ["glossed", "name_or_gloss", "quoted_in_parentheses"]
