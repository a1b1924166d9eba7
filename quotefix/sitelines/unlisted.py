"""Evidence for labels and notices no list names, from the classes of their words.

Sites word the same few things in endless ways: ``You may also like:``,
``À découvrir également :``, ``Passend dazu:`` before another headline; ``This
news item was translated using…``, ``Cet article vous est proposé en
partenariat avec…``, ``Dieser Beitrag ist Teil einer Kooperation…`` about the
piece itself. Four shapes count, each from word classes of
``data/site_labels.txt``:

- a short label before a colon, made only of words that send the reader to
  another article and words that say nothing, then a headline (teaser);
- a line that opens by naming the piece (``this article``, ``cet article``,
  ``Articolo``, ``Traduzione``) and holds a word only a notice uses about it
  (translated, partner, originally, edition…) (notice);
- a short line of a partnership word, ``with`` and a name (notice);
- an opinion piece's disclaimer: the opinions expressed and who answers for
  them, or the paper or author they need not agree with (furniture).

Lines longer than a notice or a teaser lose weight as any evidence does
(:func:`~.tuning.length_penalty`), so a paragraph that happens to say "this
article was translated" among twenty other words is left alone.
"""

from __future__ import annotations

from functools import lru_cache

from .guess import Guess
from .lexicon import lexicon
from .lines import REPORTING, Line, ends_sentence
from .tuning import (
    COMBINATION,
    LABEL_COLON_AT,
    NEWSLETTER_MAX_WORDS,
    NOTICE_PIECE_AT,
    SHORT_LINE_WORDS,
    START_LABEL,
    TEASER_HEADLINE_WORDS,
    TEASER_LABEL_WORDS,
)

# The marks a teaser's label ends with: a colon, or an arrow (``Passend dazu ➔ So…``).
LABEL_MARKS = (":", "：", "➔", "→", "⇢", "►", "▶")
#: ``of`` after the piece's noun: an article of a law, not of the site.
_OF = frozenset({"of", "de", "des", "du", "di", "del", "della", "dello", "der", "do", "da"})
_SPACES = " \t\u00a0\u202f"
#: A label of one word that says the next story is more of the same (``Also: …``).
#: How far into a disclaimer of advice the piece may stand (``Health content: this
#: article does not replace…``).
ADVICE_PIECE_AT = 8
_ARTICLES = frozenset({"the", "le", "la", "el", "il", "lo", "der", "die", "das", "o", "a"})
#: Words that say a machine did the translating.
_AUTOMATIC = frozenset({
    "automatically", "automatic", "automated", "machine", "artificial", "automatiquement",
    "automatique", "automáticamente", "automática", "automatico", "automaticamente",
    "automatica", "maschinell", "automatisch", "automático", "neural", "neuronal",
    "neurale"})
#: A translation's participle opening a line (``Translated from Russian…``).
_TRANSLATED = frozenset({"translated", "traduit", "traduite", "traducido", "traducida",
                         "tradotto", "tradotta", "übersetzt", "traduzido", "traduzida"})
_ALSO = frozenset({"also", "aussi", "también", "además", "anche", "auch", "dazu", "também",
                   "ainda"})


@lru_cache(maxsize=1)
def _classes() -> dict[str, frozenset[str]]:
    lex = lexicon()
    names = ("teaser-call", "teaser-glue", "site-function", "notice-this", "notice-piece",
             "notice-text", "notice-strong", "notice-translated", "partnership", "with",
             "opinion", "responsibility", "expressed", "replace", "advice", "necessarily",
             "coincide", "house")
    classes = {name: lex.word_class(name) for name in names}
    classes["label"] = classes["teaser-call"] | classes["teaser-glue"] | classes["site-function"]
    return classes


def first_words() -> frozenset[str]:
    """Words that may open an unlisted teaser label (for the first look of :mod:`.screen`)."""
    return _classes()["label"]


def opening_words() -> frozenset[str]:
    """Words one of which a notice or a partnership line holds among its first four."""
    cls = _classes()
    return cls["notice-piece"] | cls["notice-text"] | cls["partnership"]


def key_words() -> frozenset[str]:
    """Words one of which a disclaimer holds, wherever it stands."""
    return _classes()["opinion"] | _classes()["replace"]


def unlisted(text: str, line: Line, guesses: list[Guess]) -> None:
    """Add the guesses of the four shapes for ``line`` (not wrapped, not empty)."""
    if not line.lowers or len(line.lowers) != line.size:
        return
    cls = _classes()
    terminal = ends_sentence(text, line)
    if not terminal and any(mark in text[line.body : line.end] for mark in LABEL_MARKS):
        _teaser_label(text, line, cls, guesses)
    if line.size > NEWSLETTER_MAX_WORDS:
        return
    words = set(line.lowers)
    if words & cls["notice-strong"] and words.isdisjoint(REPORTING) and _names_the_piece(
            text, line, cls):
        guesses.append(Guess("notice", COMBINATION, "notice about the piece"))
    elif (not terminal and line.size <= SHORT_LINE_WORDS
          and _partnership(text, line, cls)):
        guesses.append(Guess("notice", COMBINATION, "partnership notice"))
    if words & cls["opinion"] and (
            (words & cls["responsibility"] and words & cls["expressed"])
            or (words & (cls["necessarily"] | cls["coincide"])
                and words & (cls["house"] | cls["expressed"]))) and words.isdisjoint(REPORTING):
        # who answers for the opinions expressed, or whose they need not be (``… and not
        # necessarily that of this newspaper``, ``… may not coincide with the author's``)
        guesses.append(Guess("furniture", COMBINATION, "disclaimer of an opinion piece"))
    elif (words & cls["replace"] and words & cls["advice"] and words.isdisjoint(REPORTING)
          and (_this_piece(line.lowers, cls) or _piece_early(line.lowers, cls))):
        # ``This article … does not replace a consultation with a doctor``: the piece
        # itself at the start, and the doctor it does not stand in for (``This report
        # does not replace …, the minister said`` is news)
        guesses.append(Guess("notice", COMBINATION, "disclaimer of advice"))


def _this_piece(lowers: list[str], cls: dict[str, frozenset[str]]) -> bool:
    """Does the line open with the piece (``This article``, ``Note: this content``)?"""
    return any(word in cls["notice-piece"] and (k == 0 or lowers[k - 1] in cls["notice-this"])
               for k, word in enumerate(lowers[:NOTICE_PIECE_AT]))


def _piece_early(lowers: list[str], cls: dict[str, frozenset[str]]) -> bool:
    """Does the piece stand among the line's first words after ``this`` or ``the``
    (``Important note: This article…``, ``The information in this text…``)? (A text
    alone may be any text: ``This text is for information only…`` is read as furniture.)"""
    return any(word in cls["notice-piece"] and k
               and (lowers[k - 1] in cls["notice-this"] or lowers[k - 1] == "the")
               for k, word in enumerate(lowers[:ADVICE_PIECE_AT]))


def _teaser_label(text: str, line: Line, cls: dict[str, frozenset[str]],
                  guesses: list[Guess]) -> None:
    """``You may also like: The five roads…``: an unlisted teaser label and a headline."""
    if not text[line.body : line.body + 1].isupper():
        return
    limit = min(TEASER_LABEL_WORDS, line.size - TEASER_HEADLINE_WORDS)
    for k in range(limit):
        gap = text[line.words[k][1] : line.words[k + 1][0]].strip(_SPACES)
        if gap in LABEL_MARKS:
            break
        if gap and gap not in ("'", "’", "-"):
            return  # ``Photo, then…``: a comma or other mark before any colon
    else:
        return
    label = line.lowers[: k + 1]
    calls, allowed = cls["teaser-call"], cls["label"]
    if not (any(w in calls for w in label) or (k == 0 and label[0] in _ALSO)) or not all(
            w in allowed for w in label):
        return  # (``Also: CP announces…``: the word of more, alone, is a teaser's label)
    headline = text[line.words[k + 1][0]]
    if not (headline.isupper() or headline.isdigit() or k > 0):
        return  # a one-word label is followed by a capital (``Related: How…``)
    colon = text.index(text[line.words[k][1] : line.words[k + 1][0]].strip(_SPACES),
                       line.words[k][1])
    if colon - line.start >= LABEL_COLON_AT:
        return  # beyond where the first look of :mod:`.screen` searches
    guesses.append(Guess("teaser", START_LABEL, text[line.words[0][0] : colon],
                         (line.start, colon + 1)))


def _names_the_piece(text: str, line: Line, cls: dict[str, frozenset[str]]) -> bool:
    """Does the line open with the piece itself (``This article``, ``Articolo``), and say
    what a notice says of it (translated, partner, originally…) in another word?"""
    lowers = line.lowers
    for k in range(min(NOTICE_PIECE_AT, len(lowers))):
        word = lowers[k]
        piece = word in cls["notice-piece"]
        if not piece and word not in cls["notice-text"]:
            continue
        if k and lowers[k - 1] not in cls["notice-this"]:
            # ``The text … was translated automatically``, ``The news was translated …
            # by a neural network``: after a plain article, the piece, its text or its
            # translation is the page's only if a machine made it (``The text of the
            # treaty was translated into French`` is news)
            return (lowers[k - 1] in _ARTICLES
                    and not _AUTOMATIC.isdisjoint(lowers[k + 1 : _clause_end(text, line, k)]))
        if piece and k + 1 < len(lowers) and (lowers[k + 1] in _OF or lowers[k + 1].isdigit()):
            return False  # ``This article of the constitution``, ``Article 12``: a law's
        said = cls["notice-strong"] if piece else cls["notice-translated"]
        # In the notice's own clause, before any comma: ``This story began in 1998,
        # when the first partner left`` is a sentence of news.
        clause = _clause_end(text, line, k, ",")
        return any(w in said for i, w in enumerate(lowers[:clause]) if i != k)
    if lowers[0] in _TRANSLATED:
        # ``Translated from Russian automatically.``: a machine's translation, said first
        return not _AUTOMATIC.isdisjoint(lowers[1 : _clause_end(text, line, 0)])
    return False


def _clause_end(text: str, line: Line, k: int, marks: str = ",.") -> int:
    """Where the clause of the line's word ``k`` ends: at the first of ``marks`` after it
    (the index of the word after), or the line's end."""
    for i in range(k + 1, len(line.lowers) - 1):
        gap = text[line.words[i][1] : line.words[i + 1][0]]
        if any(mark in gap for mark in marks):
            return i + 1
    return len(line.lowers)


def _partnership(text: str, line: Line, cls: dict[str, frozenset[str]]) -> bool:
    """``Com a colaboração da Rádio Minho``: a partnership, ``with`` and names only."""
    lowers = line.lowers
    function = cls["site-function"] | cls["with"]
    for k, word in enumerate(lowers[:4]):
        if word in cls["partnership"]:
            rest = list(zip(line.words[k + 1 :], lowers[k + 1 :], strict=True))
            return bool(rest) and any(text[a].isupper() for (a, _), _w in rest) and all(
                text[a].isupper() or w in function for (a, _), w in rest)
        if word not in function:
            return False
    return False


__all__ = ["LABEL_MARKS", "first_words", "key_words", "opening_words", "unlisted"]
