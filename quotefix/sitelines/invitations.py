"""The page speaking of itself: invitations to report a mistake or to share it, link notes.

``Fehler gefunden? Jetzt melden``, ``¿Has visto un error?``, ``Share on social
networks``, ``Links to other websites are marked with an arrow``: short lines
worded in many ways, but always of a few words (``page-…`` classes of
``data/site_labels.txt``). A line counts only when every content word is of the
shape's classes, the function words or the site's vocabulary, so a single word of
news (``The minister admitted a mistake``, ``Social networks spread the rumour``)
leaves it alone. A mistake needs a verb that reports it (not after an article:
``Errors found in the report`` is news) or a verb of finding it in a question.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ..lazy import LazyPattern
from .guess import Guess
from .lexicon import lexicon
from .lines import QUOTATION_MARKS, READER_WORDS, Line
from .tuning import COMBINATION, PAGE_NOTE_WORDS, VOCABULARY
from .vocabulary import site_words

#: Words before which a reporting verb is a noun (``the report``).
_DETERMINERS = frozenset({"the", "a", "an", "this", "le", "la", "un", "une", "el", "il", "lo",
                          "der", "die", "das", "den", "dem", "ein", "einen", "o", "um", "uma"})


@lru_cache(maxsize=1)
def _classes() -> dict[str, frozenset[str]]:
    lex = lexicon()
    names = ("page-mistake", "page-report", "page-found", "page-share", "page-social",
             "page-link", "page-arrow", "page-marked", "page-glue")
    found = {name: lex.word_class(name) for name in names}
    found["common"] = (lex.word_class("site-function") | lex.word_class("site-you")
                       | found["page-glue"] | site_words() | lex.word_class("social")
                       | lex.word_class("notice-piece"))
    return found


def page_words() -> frozenset[str]:
    """The words one of whose presence the first look of :mod:`.screen` needs."""
    c = _classes()
    return c["page-mistake"] | c["page-share"] | c["page-arrow"]


def invitations(text: str, line: Line, guesses: list[Guess]) -> None:
    """Add a guess when the short ``line`` is the page speaking of itself."""
    size = line.size
    if not 1 < size <= PAGE_NOTE_WORDS or len(line.lowers) != size or line.quoted:
        return
    first = text[line.body : line.body + 1]
    if not (first.isupper() or first in "¿¡"):
        return  # the second line of a wrapped paragraph
    c = _classes()
    words = line.lowers
    present = set(words)
    rest = present - c["common"]
    if present & c["page-mistake"]:
        if rest - c["page-mistake"] - c["page-report"] - c["page-found"]:
            return
        reported = any(w in c["page-report"] and (i == 0 or words[i - 1] not in _DETERMINERS)
                       for i, w in enumerate(words))
        asked = "?" in text[line.body : line.end] and bool(present & c["page-found"])
        if reported or asked:
            guesses.append(Guess("furniture", VOCABULARY, "a mistake to report"))
        return
    if present & c["page-share"]:
        if present & c["page-social"] and not rest - c["page-share"] - c["page-social"]:
            guesses.append(Guess("furniture", VOCABULARY, "an invitation to share"))
        return
    if (present & c["page-arrow"] and present & c["page-link"]
            and not rest - c["page-link"] - c["page-arrow"] - c["page-marked"]):
        guesses.append(Guess("furniture", VOCABULARY, "how links are marked"))


# The site asking its readers to write in (``Write to us``, ``Écrivez-nous``).
WRITE_TO_US = LazyPattern(
    r"\b(?:write to us|écrivez[- ]nous|escríbenos|escribinos|escríbanos|scriveteci|scrivici"
    r"|schreiben sie uns|schreibt uns|escreva[- ]nos|escreve[- ]nos"
    # or send the newsroom what the reader saw (``Send us your tip``, ``Envoyez-les à la
    # rédaction``, ``Schreiben Sie unserer Redaktion``)
    r"|send (?:us )?(?:your )?(?:tips?|photos?|videos?|pictures?)|envoyez[- ](?:les|nous)"
    r"|envíanos|envianos|mandaci|inviaci|schicken sie uns|schreiben sie unserer redaktion"
    r"|envie[- ]nos|mande[- ]nos"
    # or offer it to the local desk (``Schreiben Sie der Lokalredaktion``, ``Proposez vos
    # infos à notre rédaction``)
    r"|schreiben sie der (?:lokal)?redaktion|proposez[- ]nous|proposez vos infos)\b",
    regex.IGNORECASE | regex.VERSION1,
)
#: Most words of a call to readers to write in.
READER_CALL_WORDS = 30


def reader_call(text: str, line: Line, guesses: list[Guess]) -> None:
    """``Seen something in your street that annoys you? Write to us``: a question to the
    reader and an invitation to write to the newsroom. Without the question it may be
    somebody's plea reported in the news (``Write to us, the families pleaded``)."""
    body = text[line.body : line.end]
    if (line.size <= READER_CALL_WORDS and not line.quoted and "?" in body
            and WRITE_TO_US.search(body)):
        guesses.append(Guess("furniture", COMBINATION, "a call to readers to write in"))


# The site pointing to its own earlier story (``Earlier, we wrote that the prosecutor's
# office…``, Russian sites' *Ранее мы писали*): a link to another article, as a teaser.
#: The first words of that pointer, for the cheap tests before the pattern.
EARLIER_FIRST = frozenset({"earlier", "previously", "before", "also"})
EARLIER_WE_WROTE = LazyPattern(
    r"[ \t]*(?:Earlier|Previously|Before that|Also earlier)[, \t]+(?:we|our (?:site|newspaper"
    r"|portal|publication|edition|correspondent)|the (?:publication|portal|newspaper|site"
    r"|agency))[ \t]+(?:wrote|reported|told|informed|published|have written|have reported)\b",
    regex.VERSION1,
)


#: Most words of such a pointer (one sentence: a paragraph of background runs longer).
EARLIER_REPORT_WORDS = 30


def earlier_report(text: str, line: Line, guesses: list[Guess]) -> None:
    """``Earlier, we wrote that …``: the page's teaser for its own earlier story."""
    if line.size <= EARLIER_REPORT_WORDS and EARLIER_WE_WROTE.match(text, line.start, line.end):
        guesses.append(Guess("teaser", COMBINATION, "the site's earlier story"))


# The button that closes a newsletter's call, at the end of the line (``Receive every
# Sunday our best advice – I register``), in lower case.
REGISTER_ENDINGS = (
    "i register", "i subscribe", "je m'inscris", "je m’inscris", "je m'abonne", "je m’abonne",
    "me inscribo", "me suscribo", "mi iscrivo", "mi abbono", "inscrevo-me", "ich melde mich an",
    "i register, it is free", "i register, it's free", "i register, it’s free",
    "je m'inscris, c'est gratuit", "je m’inscris, c’est gratuit",
)
_BUTTON_MARKS = " \t.!›>»→"


def speaks_to_reader(text: str, line: Line) -> bool:
    """The line addresses its reader or speaks as the site (``Already a subscriber?``,
    ``Download our app``) and quotes nobody: the page's voice, not the news's."""
    if READER_WORDS.isdisjoint(line.lowers):
        return False
    # (a quotation speaks to its own listeners, not to the reader)
    return QUOTATION_MARKS.isdisjoint(text[line.start : line.end])


def registers(low: str) -> bool:
    """Does ``low``, a line in lower case, end with a newsletter's button to register?"""
    return low.rstrip(_BUTTON_MARKS).endswith(REGISTER_ENDINGS)


__all__ = ["EARLIER_FIRST", "EARLIER_WE_WROTE", "REGISTER_ENDINGS", "WRITE_TO_US",
           "earlier_report", "invitations", "page_words", "reader_call", "registers"]
