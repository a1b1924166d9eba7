"""A cheap first look that proves a line cannot be boilerplate, before it is split into words.

Most lines of an article are paragraphs: long, led by an ordinary word, with
no label word anywhere a label could count. The classifier's evidence all
needs something this module can see with a few string operations:

- a label or kicker at the start needs the line's first word (or its first
  two) to start a phrase of the lexicon, and a kicker a first word in capitals;
- a label glued to a headline needs a capital inside one of the first four words;
- an arrow or a copyright sign stands before the first word;
- a credit after a caption needs a line that does not end a sentence, and
  ``Read more`` a tail word among the last four words;
- the vocabulary of site furniture (:mod:`.vocabulary`) reads only lines of
  :data:`~.tuning.SHORT_LINE_WORDS` words or fewer, which are always looked at;
- a label no list names (:mod:`.unlisted`) needs a colon near the start and a
  first word of its classes, a notice about the piece one of its words among
  the first four, a kicker before a bar an edge line opened by capitals;
- the page speaking of itself (:mod:`.invitations`) is a line of
  :data:`~.tuning.PAGE_NOTE_WORDS` words at most with a word of a mistake, of
  sharing or an arrow, which count among the words of phrases inside a line;
- a phrase inside a line, or two word classes together, weigh too little to
  reach the threshold on a long line (:func:`reach`, from the weights of
  :mod:`.tuning`), and on a shorter one need a key word of the lexicon.

Words alone in the line (letters only, between spaces) are a lower bound on its
length in words, so a line proven long by them is long. :func:`may_hold` says
``True`` whenever the classifier could find anything in the line; the lines it
clears are exactly lines the classifier would give no guess reaching the
threshold. The lower-case text is used only when lowering keeps every
character in place (the caller checks), so its words are the line's words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import filterfalse

from .invitations import page_words
from .lexicon import lexicon
from .lines import LONG_LINE_WORDS, QUOTES_OPEN
from .tuning import (
    ARROW,
    AUTHOR_MAX_WORDS,
    COMBINATION,
    EDGE,
    INSIDE_MAX_WORDS,
    INSIDE_PHRASE,
    INSIDE_WORD,
    KICKER,
    LABEL_COLON_AT,
    NEWSLETTER_MAX_WORDS,
    QUOTED,
    SHARE_ROW_WORDS,
    SHORT_LINE_WORDS,
    START_HEADLINE,
    START_LABEL,
    THRESHOLD,
    VOCABULARY,
    WHOLE_LINE,
    length_penalty,
)
from .unlisted import first_words, key_words, opening_words

#: Every weight a piece of evidence can have.
WEIGHTS = (START_LABEL, START_HEADLINE, WHOLE_LINE, INSIDE_PHRASE, INSIDE_WORD, COMBINATION,
           KICKER, ARROW, VOCABULARY)

# The first four words of a line (the classifier's words: letters and digits).
_FIRST_WORDS = re.compile(r"[\W_]*([^\W_]+)(?:[\W_]+([^\W_]+))?(?:[\W_]+([^\W_]+))?"
                          r"(?:[\W_]+([^\W_]+))?")
# Everything but letters, digits and spaces: what separates words inside a token.
_NOT_WORD = re.compile(r"[^\w\s]|_")
# Articles before a kicker (``THE INTERVIEW.``), as the classifier reads them.
# A label ending with one of these words runs on into a name (``Propos recueillis par Marc``).
OPEN_WORDS = frozenset({"by", "par", "por", "from", "de", "di", "da", "von", "du", "of", "per"})
ARTICLES = frozenset({"the", "l", "le", "la", "el", "il", "lo", "der", "die", "das", "o", "a"})
# What may follow the last word of a line (stripped before it is compared).
_TRAILING = ".,;:!?…”»\"’'‘“«)]}→›>-–—*"
_LEAD_MARKS = "©>»→►▶"


def reach(weight: float, edge: bool) -> int:
    """The most words (numbers aside) a line may have for evidence of ``weight`` to count."""
    bonus = EDGE if edge else 0.0
    size = 0
    while size < 200 and weight + bonus - length_penalty(size + 1) >= THRESHOLD:
        size += 1
    return size if weight + bonus >= THRESHOLD else -1


@dataclass(frozen=True, slots=True)
class Keys:
    """The words that must be in a line for each piece of evidence to be possible."""

    singles: frozenset[str]  # one-word labels (start and whole-line)
    pairs: frozenset[tuple[str, str]]  # first two words of longer labels
    caps: frozenset[str]  # first words of kickers in capitals
    colon: frozenset[str]  # kickers before a colon
    tail_last: frozenset[str]  # last words of tail phrases
    inside: frozenset[str]  # one word of every phrase that counts inside a line
    combined: frozenset[str]  # newsletter nouns and journalism words (combinations)
    by: frozenset[str]  # first word of an author box
    social: frozenset[str]  # the words of a row of share buttons
    unlisted: frozenset[str]  # first words of an unlisted label before a colon
    openers: frozenset[str]  # words of a notice's or a partnership's first four
    inside_reach: tuple[int, int]  # (not at an edge, at an edge)
    combined_reach: tuple[int, int]
    quotes_silent: bool  # no evidence reaches the threshold in a line opened by a quote


@lru_cache(maxsize=1)
def keys() -> Keys:
    lex = lexicon()
    singles: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    for mode in ("start", "line"):
        for found in lex.phrases[mode].values():
            for phrase in found:
                if len(phrase.words) == 1:
                    singles.add(phrase.words[0])
                else:
                    pairs.add((phrase.words[0], phrase.words[1]))
    # Any one word of a phrase proves the phrase absent when it is absent: take the longest.
    inside = {max(p.words, key=len) for found in lex.phrases["inside"].values() for p in found}
    # The page speaking of itself (:mod:`.invitations`) may run past the short lines,
    # to PAGE_NOTE_WORDS words; it always holds a mistake, a share or an arrow word.
    inside |= page_words()
    cls = lex.word_class
    inside_weight = max(INSIDE_PHRASE, INSIDE_WORD)
    return Keys(
        frozenset(singles),
        frozenset(pairs),
        frozenset(lex.phrases["caps"]),
        frozenset(lex.phrases["colon"]),
        frozenset(p.words[-1] for found in lex.phrases["tail"].values() for p in found),
        frozenset(inside),
        cls("newsletter") | cls("journalism") | key_words(),
        cls("by"),
        cls("social"),
        first_words(),
        opening_words(),
        (min(reach(inside_weight, False), INSIDE_MAX_WORDS),
         min(reach(inside_weight, True), INSIDE_MAX_WORDS)),
        (min(reach(COMBINATION, False), NEWSLETTER_MAX_WORDS),
         min(reach(COMBINATION, True), NEWSLETTER_MAX_WORDS)),
        max(WEIGHTS) + EDGE + QUOTED < THRESHOLD,
    )


def may_hold(line: str, low: str, edge: bool, k: Keys) -> bool:
    """Could the classifier find boilerplate in the non-blank ``line``?

    ``low`` is ``line.lower()``, of the same length; ``k`` is :func:`keys`.
    ``False`` is a proof that it could not; ``True`` only means the line must be
    looked at.
    """
    first = _FIRST_WORDS.match(line)
    if first is None:
        return True  # no word at all: let the classifier see it
    start = first.start(1)
    if start:
        lead = line[:start]
        # The character after the bullets and spaces (a subset of the lines' own lead).
        opener = lead.lstrip(" \t\u00a0\u202f•·▪◦►▶→»>*#|-–—_([")[:1]
        if opener and opener in QUOTES_OPEN and k.quotes_silent:
            return False  # somebody's words: no evidence outweighs a quotation mark
        for mark in _LEAD_MARKS:
            if mark in lead:
                return True  # ``© AFP``, ``>> Headline``
    spaces = line.count(" ")
    if spaces >= LONG_LINE_WORDS or spaces < SHORT_LINE_WORDS:
        # A long paragraph is read by its edges (the classifier's own way); a short
        # line is cheap to read.
        return True
    w0, w1, w2, w3 = first.groups()
    low0 = w0.lower()
    if low0 in k.colon or low0 == "c":  # ``(c) dpa``
        return True
    if low0 in k.singles:
        # A one-word label counts when a separator, a capital or nothing follows it;
        # before a plain space and a lower-case word it is the start of a sentence
        # (``Photo finish for…``), unless it is in capitals or runs on (``by``).
        after = line[first.end(1) : first.end(1) + 2]
        if not (after[:1] == " " and after[1:].islower() and not w0.isupper()
                and low0 not in OPEN_WORDS):
            return True
    if w1 is not None:
        if (low0, w1.lower()) in k.pairs:
            return True
        if w0.isupper() and (low0 in k.caps or (low0 in ARTICLES and w1.isupper()
                                               and w1.lower() in k.caps)):
            return True
    elif w0.isupper() and low0 in k.caps:
        return True
    if edge and w0.isupper() and "|" in line:
        return True  # perhaps a kicker no list names (``MEINUNG | Die Stadt…``)
    if (low0 in k.unlisted and (line.find(":", 0, LABEL_COLON_AT) >= 0 or "：" in line)
            and line.rstrip(" \t\u00a0”»\"’)]")[-1:] not in ".!?…"):
        return True  # perhaps an unlisted label before a colon (``You may also like:``)
    # A capital inside one of the first four words (``ALSOElected``, ``LoadingLufthansa``).
    end = first.end()
    if line[start + 1 : end] != low[start + 1 : end]:
        for word in (w0, w1, w2, w3):
            if word is not None and word[1:] != word[1:].lower() and not word.isupper():
                return True
    stripped = line.rstrip(" \t\u00a0”»\"’)]")
    if not stripped:
        return True
    if stripped[-1] not in ".!?…":
        # A credit after a caption: a colon, slash or © after the end of a sentence.
        ends = max(line.rfind(c) for c in ".!?…”»)")
        if ends >= 0 and any(c in line[ends:] for c in ":：©/"):
            return True
    # ``Read more``: a tail phrase ends with the line's last word.
    last = low.rsplit(None, 1)[-1].strip(_TRAILING)
    if not last.isalnum() or last in k.tail_last:
        return True
    tokens = low.split()
    # Tokens of letters only are words as they stand (and count: a lower bound on the
    # line's words); the others are split into words only if the words are needed.
    others = list(filterfalse(str.isalpha, tokens))
    least = len(tokens) - len(others)
    if least <= SHORT_LINE_WORDS:
        return True
    inside = k.inside_reach[edge]
    combined = k.combined_reach[edge]
    if least <= SHARE_ROW_WORDS and low0 in k.social:
        return True  # perhaps a row of share buttons (every word a network or a verb)
    if least > inside and least > combined and (least > AUTHOR_MAX_WORDS or low0 not in k.by):
        return False
    if least <= combined:
        # Perhaps a notice about the piece (``Cet article vous est proposé…``): the
        # first four words, lowered, are slices of ``low`` (lowering kept every place).
        for group in (1, 2, 3, 4):
            a = first.start(group)
            if a >= 0 and low[a : first.end(group)] in k.openers:
                return True
    present = set(tokens)
    present.update(_NOT_WORD.sub(" ", " ".join(others)).split())
    return ((least <= inside and not k.inside.isdisjoint(present))
            or (least <= combined and not k.combined.isdisjoint(present))
            or (least <= AUTHOR_MAX_WORDS and low0 in k.by))


__all__ = ["ARTICLES", "OPEN_WORDS", "Keys", "keys", "may_hold", "reach"]
