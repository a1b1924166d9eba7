"""Evidence from the vocabulary of site furniture, for wordings no label lists.

Labels catch what sites print word for word; the wordings they have not seen
are still made of the same few dozen words (article, newsletter, listen,
photo, translated, original, subscribe, share, app…, in every language in
play and as MT renders them). Three shapes of short line count:

- a line made mostly of those words: two or more of them, and they are at
  least :data:`~.tuning.VOCABULARY_SHARE` of its content words (words other
  than articles, prepositions and the like);
- the reader addressed (``you``, ``vous``, or an imperative such as ``click`` or
  ``retrouvez`` leading the line) with one more word of the vocabulary;
- one or two words, one of them from the vocabulary, then a colon and a name,
  an agency or a site (``Images: Marta Gil / EFE``).

Every shape needs a short line (:data:`~.tuning.SHORT_LINE_WORDS` words at
most), so :mod:`.screen`, which always lets short lines through, stays a proof.
A line starting in lower case (the second line of a wrapped paragraph) is left
alone, and a line opened by a quotation mark loses as it does for any evidence.
"""

from __future__ import annotations

from functools import lru_cache

from .guess import Guess
from .lexicon import lexicon
from .lines import Line, ends_sentence
from .tuning import (
    SHORT_LINE_WORDS,
    VOCABULARY,
    VOCABULARY_SENTENCE_SHARE,
    VOCABULARY_SENTENCE_WORDS,
    VOCABULARY_SHARE,
)

#: The classes of the vocabulary, in the order that breaks ties (furniture last).
_KINDS = (("notice", "site-notice"), ("credit", "site-credit"), ("ad", "site-ad"),
          ("newsletter", "site-newsletter"), ("teaser", "site-teaser"),
          ("furniture", "site-furniture"))
_SEPARATORS = " \t\u00a0\u202f"
#: Words that may stand between a credit's word and the name (``Photo by …``).
_BY = frozenset({"by", "de", "di", "da", "von", "por", "par"})
#: Classes whose words alone on a line are boilerplate (``Advertising``, ``Anzeige``,
#: a page button such as ``Enlarge`` or ``Drucken``).
_ALONE = ("site-ad", "site-button")
_PARTICLES = frozenset({"de", "do", "da", "du", "des", "del", "di", "la", "le", "el", "der",
                        "von", "van", "y", "e", "et", "and", "und"})


@lru_cache(maxsize=1)
def _classes() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str],
                        frozenset[str]]:
    """The vocabulary, the second person, the imperatives, the function words, the agencies."""
    lex = lexicon()
    # An agency's name is a credit's word (``EFE Agency``, ``(ANSA photo)``), and a
    # button's (``Enlarge``) is furniture's.
    every: frozenset[str] = frozenset().union(
        *(lex.word_class(name) for _, name in _KINDS), lex.word_class("agency"),
        lex.word_class("site-button"))
    return (every, lex.word_class("site-you"), lex.word_class("site-imperative"),
            lex.word_class("site-function"), lex.word_class("agency"))


# The prepositions that make two nouns one phrase of news (``Comments from readers``).
_OWNERS = frozenset({"from", "of", "by", "de", "des", "du", "del", "di", "dei", "von", "der",
                     "dos", "das", "do", "da"})


_READERS = frozenset({
    "readers", "listeners", "viewers", "subscribers", "users", "lecteurs", "lectrices",
    "lectores", "lettori", "leser", "leserinnen", "leitores", "auditeurs", "oyentes",
    "ascoltatori", "hörer", "ouvintes", "abonnés", "suscriptores", "abbonati", "assinantes",
})


def site_words() -> frozenset[str]:
    """Every word of the vocabulary (for evidence elsewhere that needs one beside it)."""
    return _classes()[0]


def _kind(words: list[str]) -> str:
    lex = lexicon()
    best, most = "furniture", 0
    for kind, name in _KINDS:
        cls = lex.word_class(name)
        if kind == "credit":
            cls = cls | lex.word_class("agency")
        hits = sum(w in cls for w in words)
        if hits > most:
            best, most = kind, hits
    return best


def vocabulary(text: str, line: Line, guesses: list[Guess]) -> None:
    """Add the guesses the furniture vocabulary gives for the short ``line``."""
    size = line.size
    if not 1 <= size <= SHORT_LINE_WORDS or len(line.lowers) != size:
        return
    if not text[line.body : line.body + 1][:1].isupper() and not text[line.body].isdigit():
        return  # the second line of a wrapped paragraph, or a line of symbols
    every, you, imperative, function, agency = _classes()
    content = [w for w in line.lowers if w not in function and not w.isdigit()]
    if not content:
        return
    found = [w for w in content if w in every]
    if not found:
        return
    terminal = ends_sentence(text, line)
    if terminal and size > VOCABULARY_SENTENCE_WORDS:
        return  # a sentence of some length: its words are news, not furniture
    distinct = set(found)
    if len(content) == 1 and not terminal and _alone(content[0]):
        guesses.append(Guess(_kind(found), VOCABULARY, "furniture word alone"))
        return
    if (len(distinct) == len(content) and not terminal
            and any(w.isdigit() for w in line.lowers)):
        # ``Updated on 12/03/2025 at 14:05``: furniture words and a date.
        guesses.append(Guess(_kind(found), VOCABULARY, "furniture vocabulary with a date"))
        return
    # A sentence (``No Facebook page was created for the event.``) needs a larger share.
    share = VOCABULARY_SENTENCE_SHARE if terminal else VOCABULARY_SHARE
    # A line led by a word of news (``Police ask for photos and videos``) needs more than
    # the share: its subject and its verb are news.
    led_by_news = content[0] not in every
    # Two words of the vocabulary joined as a noun and the readers it is from (``Comments
    # from readers``, ``Photos of the readers``) may be the article's own heading; the
    # page's labels put them side by side (``Reader comments``) or take a third word.
    owned = (len(distinct) == 2 and len(content) == 2 and content[1] in _READERS
             and not _OWNERS.isdisjoint(line.lowers[1:-1]))
    if len(distinct) >= 2 and not owned and (
            len(found) > share * len(content) if led_by_news
            else len(found) >= share * len(content)):
        guesses.append(Guess(_kind(found), VOCABULARY, "furniture vocabulary"))
        return
    # The reader addressed: ``you`` anywhere, or an imperative leading the line.
    addressed = [w for w in content if w in you]
    if line.lowers[0] in imperative and not terminal:  # ``Share prices fell…`` is news
        addressed.append(line.lowers[0])
    # (a question needs two words of the page besides ``you``: an interview's question
    # to its guest names one at most, ``How did you live the storm?``)
    others = distinct - set(addressed)
    question = text[line.body : line.end].rstrip(" \t\u00a0”»\"’)").endswith("?")
    if addressed and others and (len(others) >= 2 or not question):
        guesses.append(Guess("furniture", VOCABULARY, "the reader addressed"))
        return
    if not terminal:
        _colon_credit(text, line, every, agency, function, guesses)


def _alone(word: str) -> bool:
    lex = lexicon()
    return any(word in lex.word_class(name) for name in _ALONE)


def _colon_credit(text: str, line: Line, every: frozenset[str], agency: frozenset[str],
                  function: frozenset[str], guesses: list[Guess]) -> None:
    """``Images: Marta Gil / EFE``: a word of the vocabulary, a colon, then names."""
    for k in (0, 1, 2):  # ``Text and photos:``
        if k + 1 >= line.size:
            return
        gap = text[line.words[k][1] : line.words[k + 1][0]].strip(_SEPARATORS)
        if gap in (":", "：") or (not gap and line.lowers[k + 1] in _BY and k + 2 < line.size):
            if not gap:
                k += 1  # ``Photo by Eduardo Costa / Lusa``
            break
        if gap and gap not in ("&", "/", ","):
            return
    else:
        return
    if not set(line.lowers[: k + 1]) & every:
        return
    tail = list(zip(line.words[k + 1 :], line.lowers[k + 1 :], strict=True))
    if len(tail) > 6:
        return
    if len(tail) == 1 and tail[0][1] not in agency and text[slice(*tail[0][0])].isupper():
        return  # an acronym no agency's (``Alert by SMS``): a heading, not a credit
    # After the first name, a second credit may follow (``Reporting: Jonas Becker;
    # editing: Lea Hoffmann``).
    if all(text[a].isupper() or w in agency or (i and (w in _PARTICLES or w in function
                                                        or w in every))
           for i, ((a, _), w) in enumerate(tail)):
        guesses.append(Guess("credit", VOCABULARY, "credit before a name"))


__all__ = ["site_words", "vocabulary"]
