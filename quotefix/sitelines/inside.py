"""Labels' phrases inside a line: notices, furniture, reading times.

A phrase of ``data/site_labels.txt``'s ``inside`` sections proves less than a label
that opens its line: it counts in short lines only, and not when the line is news
about the thing the phrase names (``Tradução automática nos avisos … gera críticas``)
or reports what somebody said with it (``Support us, the strikers told passers-by``).
"""

from __future__ import annotations

from ..lazy import lazy_re
from .guess import Guess
from .lexicon import Lexicon, Phrase, lexicon
from .lines import REPORTING, Line, ends_sentence
from .shapes import wrapped
from .tuning import (
    INSIDE_MAX_WORDS,
    INSIDE_NEWS_WORDS,
    INSIDE_PHRASE,
    INSIDE_WORD,
    READING_LINE_WORDS,
    WHOLE_LINE,
)
from .vocabulary import site_words


def phrase_inside(text: str, line: Line, lex: Lexicon, guesses: list[Guess]) -> None:
    """Add a guess for a label's phrase inside a short line (``… translated
    automatically …``, ``Support us``), unless the line is news about what it names or
    reports somebody's words."""
    if line.size > INSIDE_MAX_WORDS or wrapped(text, line, lex):
        return  # long, or the second line of a wrapped paragraph
    phrase = lex.anywhere("inside", line.lowers)
    if phrase is not None and phrase.kind == "reading":
        # ``Reading time: 3 minutes``: the phrase counts with its minutes only (or a
        # figure and the minutes' mark: ``Reading time: 2'``).
        minutes = bool(set(line.lowers) & lex.word_class("minutes")) or _MINUTE_MARK.search(
            text, line.body, line.end) is not None
        if not minutes or not any(w.isdigit() for w in line.lowers):
            # Not a reading time; another phrase may still count
            # (``Read the article in its original language``).
            phrase = _not_reading(lex, line.lowers)
            if phrase is not None:
                guesses.append(Guess(phrase.kind, INSIDE_PHRASE if len(phrase.words) > 1
                                      else INSIDE_WORD, " ".join(phrase.words)))
            return
        if line.size <= READING_LINE_WORDS:
            # ``3 min read``, ``Lecture 3 min.``: the line is nothing but the reading time.
            guesses.append(Guess("furniture", WHOLE_LINE, " ".join(phrase.words)))
            return
        if ends_sentence(text, line) and (len(phrase.words) == 1
                                          or line.size > READING_SENTENCE_WORDS):
            return  # ``Reading time for pupils rose to 40 minutes a day.``: a sentence
        phrase = Phrase("furniture", phrase.mode, phrase.words)
    if phrase is not None and (_news_about(text, line, phrase)
                               or not REPORTING.isdisjoint(line.lowers)
                               or (ends_sentence(text, line) and (
                                   phrase.words in _PAGE_CONTROLS
                                   or (len(phrase.words) == 1 and line.size > 2)))):
        # (a button's or a badge's words in a sentence are news: ``Google Play removed
        # the app…``, ``Donate blood on Saturday…``)
        return  # (``Support us, the strikers told passers-by``: somebody's words reported)
    if phrase is not None:
        weight = INSIDE_PHRASE if len(phrase.words) > 1 else INSIDE_WORD
        guesses.append(Guess(phrase.kind, weight, " ".join(phrase.words)))


# A figure and the minutes' mark at the line's end (``2'``, ``3′``).
_MINUTE_MARK = lazy_re(r"\d[ \t]*['’′][ \t]*$")


# The words of a page's controls and badges, which a sentence only names.
_PAGE_CONTROLS = frozenset({
    ("google", "play"), ("app", "store"), ("sort", "by"), ("order", "by"), ("ordina", "per"),
    ("ordenar", "por"), ("trier", "par"), ("sortieren", "nach"),
})
#: Most words of a reading time that ends as a sentence (``Reading time: 3 minutes.``).
READING_SENTENCE_WORDS = 6


def _news_about(text: str, line: Line, phrase: Phrase) -> bool:
    """Is the line a headline about what a notice's phrase names, not the notice?

    ``Tradução automática nos avisos da proteção civil gera críticas``: the phrase
    opens the line and words of news follow it, in lower case (not the name of a
    newspaper, as in ``Originally published in Diário do Centro``), none of them
    from the site's own vocabulary (``…, read the original``).
    """
    n = len(phrase.words)
    if phrase.kind != "notice" or tuple(line.lowers[:n]) != phrase.words:
        return False
    every = site_words()
    function = lexicon().word_class("site-function")
    news = [w for (a, _), w in zip(line.words[n:], line.lowers[n:], strict=True)
            if text[a].islower() and w.isalpha() and w not in function]
    if any(w in every for w in line.lowers[n:]):
        return False
    return len(news) >= INSIDE_NEWS_WORDS


def _not_reading(lex: Lexicon, lowers: list[str]) -> Phrase | None:
    """The first phrase inside ``lowers`` that is not a reading time's."""
    for i in range(len(lowers)):
        phrase = lex.at("inside", lowers, i)
        if phrase is not None and phrase.kind != "reading":
            return phrase
    return None


__all__ = ["phrase_inside"]
