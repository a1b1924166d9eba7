"""Section kickers: a label in capitals, or a section's name, before a headline.

``VIDEO. Storm…``, ``LIVE TICKER - Floods…``, ``Lee: The court…`` (listed in the
lexicon), ``HEAT WAVE | Schools…`` (capitals no list names, before a bar) and
``Health. Hospitals…`` (a section's name with a capital). Each is reported as the
kicker's span: the headline stays.
"""

from __future__ import annotations

import regex

from ..lazy import LazyPattern
from .guess import Guess as _Guess
from .lexicon import Lexicon, lexicon
from .lines import NAME_PARTICLES, Line, ends_sentence
from .screen import ARTICLES, LEAGUE_CAPS, SHOUTED_CAPS, SPACED_CAPS
from .tuning import (
    KICKER,
    KICKER_BARE_LETTERS,
    KICKER_HEADLINE_WORDS,
    KICKER_MAX_WORDS,
    UNLISTED_KICKER_LETTERS,
    UNLISTED_KICKER_WORDS,
)

_KICKER_SEPARATORS = ".:：|-–—›»●•>·"
# Marks that only a page's layout puts between a label and a headline: a bar, a
# chevron, a bullet, a ticker's crosses (``SPORT +++ …``, ``TECHNO|The…``).
_LAYOUT_MARKS = ("|", "›", "»", "●", "•", "+++", "//", ">", "⟩", "·")
# After a section's name: a full stop, a colon, a slash, a dot or a layout mark (not
# a dash, which a dateline takes: ``SPORT - Lyon…`` is as often ``LYON - The…``).
_SECTION_SEPARATORS = (".", ":", "/", "·", *_LAYOUT_MARKS)
# After words in capitals no list names: a slash or a layout mark (``IL LUTTO / …``).
_UNLISTED_SEPARATORS = ("/", *_LAYOUT_MARKS)
_DASHES = ("-", "–", "—")


def gap_after(text: str, line: Line, k: int) -> str:
    """The text between word ``k`` and the next word (or the line end)."""
    end = line.words[k][1]
    nxt = line.words[k + 1][0] if k + 1 < len(line.words) else line.end
    return text[end:nxt]


def kicker(text: str, line: Line, lex: Lexicon, guesses: list[_Guess]) -> None:
    """``VIDEO. Storm…``, ``LIVE TICKER - Floods…``, ``Lee: The court…``: a kicker span."""
    if line.size < 2 or len(line.words) < 2:
        return  # a long line's size counts spaces: its first words may be one, then marks
    colon = lex.at("colon", line.lowers, 0)
    n = len(colon.words) if colon is not None else 0
    if colon is not None and len(line.words) > n:
        # (``Lee: …``, ``Live ticker: …``: the label's words, then the colon)
        gap = gap_after(text, line, n - 1)
        nxt = text[line.words[n][0]]
        if gap.strip() == ":" and (nxt.isupper() or nxt in "“«„\""):
            label_end = line.words[n - 1][1] + gap.index(":") + 1
            guesses.append(_Guess("kicker", KICKER, text[line.words[0][0] : label_end],
                                  (line.body, label_end), (line.body, line.words[n][0])))
            return
    first = 0
    phrase = lex.at("caps", line.lowers, 0)
    if phrase is None and line.size > 2 and line.lowers[0] in ARTICLES:
        first = 1  # ``THE INTERVIEW.``, ``L’INTERVISTA.``
        phrase = lex.at("caps", line.lowers, 1)
    if phrase is None:
        return
    for k in range(min(len(line.words) - 1, KICKER_MAX_WORDS)):
        a, b = line.words[k]
        word = text[a:b]
        if not word.isupper() or word.isdigit():
            return
        gap = gap_after(text, line, k)
        # A quotation that opens the headline stays with it (``TESTIMONIALS. “For…``), as
        # does a question's opening mark (``ANÁLISIS | ¿Sirve…``).
        before_quote = gap.rstrip("“«„\"‘¿¡")
        if before_quote == gap and gap.rstrip(" \t\u00a0\u202f")[-1:] in ("«", "„"):
            before_quote = gap.rstrip(" \t\u00a0\u202f")[:-1]  # ``ENTRETIEN. « Nous…``
        sep = before_quote.strip(" \t\u00a0\u202f")
        if (not sep and k + 1 == first + len(phrase.words)
                and len(line.words) >= k + 1 + KICKER_HEADLINE_WORDS
                and b - line.words[first][0] >= KICKER_BARE_LETTERS):
            # ``REPORT In the Ardennes…``: a listed kicker with no separator, before a
            # headline whose first word is capitalised, not in capitals.
            following = text[slice(*line.words[k + 1])]
            if (gap.strip(" \t\u00a0") == "" and following[0].isupper()
                    and (len(following) == 1 or not following.isupper())):
                guesses.append(_Guess("kicker", KICKER, text[line.words[0][0] : b],
                                      (line.body, b), (line.body, line.words[k + 1][0])))
                return
        if (not sep or (k < first and sep in "'’")
                or (k + 1 < first + len(phrase.words) and sep == "-")):
            continue  # ``L’INTERVISTA``, ``LIVE-TICKER``: one kicker
        nxt = text[line.words[k + 1][0]]
        if (
            k + 1 >= first + len(phrase.words)
            and (len(sep) <= 2 or sep in _LAYOUT_MARKS)
            and sep[0] in _KICKER_SEPARATORS + "+/"
            and (nxt.isupper() or nxt.isdigit() or before_quote != gap)
        ):
            label_end = b + gap.index(sep[0]) + len(sep)
            guesses.append(_Guess("kicker", KICKER, text[line.words[0][0] : label_end],
                                  (line.body, label_end), (line.body, b + len(before_quote))))
        return


#: Fewest letters of a one-word topic before a full stop (``Exhibition.``), and the
#: last line (counted from 0) where such a topic may open a headline.
TOPIC_MIN_LETTERS = 4
TOPIC_KICKER_LINES = 2


def section_kicker(text: str, line: Line, lex: Lexicon, guesses: list[_Guess]) -> None:
    """``Health. Hospitals of the North…``, ``Cultura | La muestra…``, ``LIVROS. Estreia…``,
    ``Obituary: Organ builder…``: a section's name, capitalised or in capitals, then a
    full stop, a colon, a bar, a slash or a dot, and a headline (which does not end
    as a sentence does: ``Culture. It was a good year…, the director said.`` is prose)."""
    if len(line.words) < KICKER_HEADLINE_WORDS + 1 or line.lowers[0] not in lex.word_class(
            "section"):
        return
    a, b = line.words[0]
    gap = gap_after(text, line, 0)
    mark = gap.strip()
    # A spaced dash after a section's name on a headline (``Cronaca - Bolzano, a barn…``):
    # among the first lines, where a dateline in capitals names a place, not a section.
    headline_dash = (mark in _DASHES and gap[:1].isspace() and gap[-1:].isspace()
                     and line.index <= TOPIC_KICKER_LINES)
    if (text[a].isupper() and (mark in _SECTION_SEPARATORS or headline_dash)
            and (gap[-1:].isspace() or mark in _LAYOUT_MARKS
                 or (mark == "/" and gap[:1].isspace()))
            and text[line.words[1][0]].isupper()
            # (after a mark of the page's layout, a first sentence may follow: ``Environment
            # | More than 250 volunteers…``; a full stop or a colon takes a headline)
            and (mark in _LAYOUT_MARKS or not ends_sentence(text, line))):
        label_end = b + len(gap.rstrip())
        guesses.append(_Guess("kicker", KICKER, text[a:label_end], (line.body, label_end),
                              (line.body, line.words[1][0])))


# Abbreviations that end with a full stop before a name (``Mr. Smith``, ``St. Moritz``).
_ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "prof", "sgt", "lt", "col",
    "capt", "jr", "sr", "mt", "ft", "no", "vol", "sra", "dña", "hr", "fr", "dott", "ing",
    "avv", "mme", "mlle", "me", "mgr", "rev", "pres", "dept", "univ", "corp", "inc", "ltd",
    "vs", "v", "etc", "cf", "ca", "approx", "nr", "art", "ed", "eds", "op", "cit", "ibid",
})


def topic_kicker(text: str, line: Line, guesses: list[_Guess]) -> None:
    """``Exhibition. At the Musée des Confluences…``, ``Local life. In Saint-Nazaire…``:
    one or two words, the first capitalised and the rest in lower case, a full stop,
    and a headline (which does not end as a sentence does). A headline opens with a
    one-word sentence only as a site's topic does; an abbreviation (``Mr. Smith``,
    ``St. Moritz``) is not one."""
    if (line.index > TOPIC_KICKER_LINES or len(line.words) < KICKER_HEADLINE_WORDS + 2
            or ends_sentence(text, line)):
        return  # (a headline is among the article's first lines)
    for k in (0, 1):
        a, b = line.words[k]
        word = text[a:b]
        if k == 0 and not (word[:1].isupper() and word[1:].islower()):
            return
        if k == 1 and not word.islower():
            return
        gap = gap_after(text, line, k)
        if gap.strip() == "":
            continue  # ``Local life``: the topic goes on
        first = text[line.words[0][0] : line.words[0][1]]
        if (gap.startswith(".") and gap[1:].isspace() and text[line.words[k + 1][0]].isupper()
                and len(first) >= TOPIC_MIN_LETTERS and first.lower() not in _ABBREVIATIONS
                and word.lower() not in _ABBREVIATIONS):  # (``Wineries vs. Farmers``)
            label_end = b + 1
            guesses.append(_Guess("kicker", KICKER, text[line.words[0][0] : label_end],
                                  (line.body, label_end), (line.body, line.words[k + 1][0])))
        return


def bar_topic_kicker(text: str, line: Line, guesses: list[_Guess]) -> None:
    """A topic before a bar or another mark of the page's layout, over the headline:
    one or two words (:func:`_one_topic`), or a league's or a section's name of up to
    three words (:func:`_named_topic`)."""
    _one_topic(text, line, guesses)
    if not guesses:
        _named_topic(text, line, guesses)
    if not guesses:
        league_kicker(text, line, guesses)
    if not guesses:
        shouted_kicker(text, line, guesses)


# Words of a league's or a competition's name, which no section list holds.
_NAMED_TOPIC_WORDS = frozenset({
    "liga", "league", "bundesliga", "laliga", "ligue", "serie", "série", "cup", "copa",
    "coppa", "pokal", "coupe", "taça", "championship", "champions", "division", "división",
    "divisione", "primera", "segunda", "premier", "top", "pro", "world", "euro", "eurocup",
    "euroleague", "nba", "acb", "tour", "giro", "vuelta", "olympics", "mundial",
})
# Competitions' own short names, which sites print in capitals over a match report.
_LEAGUE_WORDS = _NAMED_TOPIC_WORDS | frozenset({
    "motogp", "moto2", "moto3", "f1", "formula", "jo", "atp", "wta", "ufc", "superbike",
    "olimpiadi", "olympia", "uefa", "fifa", "conference", "europa", "nations", "mondiali",
    "libertadores", "sudamericana", "brasileirão", "brasileirao",
})
_ORDINAL_ENDINGS = ("st", "nd", "rd", "th", "ª", "º", "e")
def _reads_as_statement(text: str, line: Line) -> bool:
    """The line ends as a sentence does, and not with a question (a headline may ask
    one): a dateline's or a paragraph's sentence, not a headline under a topic."""
    return ends_sentence(text, line) and not text[line.start : line.end].rstrip().endswith("?")


#: Most words of a named topic before a mark (``LaLiga EA Sports |``), fewest words of
#: the headline after it.
NAMED_TOPIC_WORDS = 3
NAMED_TOPIC_HEADLINE_WORDS = 4


def _named_topic(text: str, line: Line, guesses: list[_Guess]) -> None:
    """``LaLiga EA Sports | Real Sociedad recovers…``, ``2nd Bundesliga | Coach…``: two or
    three words, the first capitalised or a figure, one mark of the layout with a space
    on each side, and a headline of four words or more among the article's first lines,
    which does not end as a sentence does (a question may). A dateline's sentence
    (``MADRID | The government approved … .``) ends as one."""
    if line.index > TOPIC_KICKER_LINES or _reads_as_statement(text, line):
        return
    words = line.words
    for k in range(1, min(NAMED_TOPIC_WORDS, len(words) - NAMED_TOPIC_HEADLINE_WORDS)):
        gap = gap_after(text, line, k)
        mark = gap.strip(" \t\u00a0\u202f").split(None, 1)[0] if gap.strip() else ""
        if not mark:
            continue
        if not (mark in _TOPIC_MARKS and gap[:1].isspace()):
            return
        label_end = words[k][1] + gap.find(mark) + len(mark)
        first = text[words[0][0]]
        topic = line.lowers[: k + 1]
        if ((first.isupper() or first.isdigit())
                and not any(w.isdigit() for w in topic)  # (``Commenti 27 | …``: a count)
                # a section's or a league's word, or an ordinal (``2nd Bundesliga``): a
                # name alone before a bar may be the author's (``Ana Ruiz | The night…``)
                and any(w in _NAMED_TOPIC_WORDS or w in lexicon().word_class("section")
                        or (w[:1].isdigit() and w[-2:] in _ORDINAL_ENDINGS) for w in topic)
                and text[label_end : label_end + 1].isspace()
                and all(not gap_after(text, line, i).strip() for i in range(k))
                and len(words) - k - 1 >= NAMED_TOPIC_HEADLINE_WORDS
                and _opens_headline(text, words[k + 1][0], label_end)
                and text.find(mark, label_end, line.end) < 0):
            guesses.append(_Guess("kicker", KICKER, text[words[0][0] : label_end],
                                  (line.body, label_end), (line.body, words[k + 1][0])))
        return


def league_kicker(text: str, line: Line, guesses: list[_Guess]) -> None:
    """``LIGUE 1 - Lens snatch a draw…``, ``TOP 14 – Toulouse…``, ``MOTOGP, Bagnaia…``,
    ``CHAMPIONS LEAGUE >> Inter…``: a competition's name in capitals (figures allowed),
    a mark, and a headline of four words or more, which does not end as a sentence does
    (a question may). Not before a colon, where a name is the headline's topic (``NBA:
    Lakers…``); a dash after capitals is a dateline's only when they name a place."""
    if _reads_as_statement(text, line):
        return
    found = LEAGUE_CAPS.match(text, line.start, line.end)
    if found is None or found.start(1) != line.body:
        return
    names = [w for w in regex.split(r"[ \t'’\-]+", found.group(1).lower()) if w]
    letters = sum(c.isalpha() for c in found.group(1))
    headline = len(line.words) - sum(1 for a, _ in line.words if a < found.end())
    mark = found.group(2)
    if (letters >= 2 and any(w in _LEAGUE_WORDS for w in names)
            and headline >= NAMED_TOPIC_HEADLINE_WORDS
            # (the same mark again makes a row of items: ``SERIE A | 12ª giornata | …``)
            and (mark in ".,-–—" or text.find(mark, found.end(2), line.end) < 0)):
        label_end = found.end(2)
        guesses.append(_Guess("kicker", KICKER, text[found.start(1) : label_end],
                              (line.body, label_end), (line.body, found.end())))


#: Fewest letters of a shouted label (``RECALL!``, ``JUNGLE DRAMA:``; not ``NATO:``).
SHOUTED_MIN_LETTERS = 8


def shouted_kicker(text: str, line: Line, guesses: list[_Guess]) -> None:
    """``JUNGLE DRAMA: Tears in the camp…``, ``TRANSFER HAMMER! Bremen in talks…``,
    ``RECALL! Salmonella in salami…``: a tabloid's label in capitals, two words or more
    before a colon or an exclamation mark (one word only before an exclamation mark),
    then a headline in mixed case of four words or more, which does not end as a
    sentence does. One word before a colon is the headline's topic (``NATO: Allies…``)."""
    if _reads_as_statement(text, line):
        return
    found = SHOUTED_CAPS.match(text, line.start, line.end)
    if found is None or found.start(1) != line.body:
        return
    letters = sum(c.isalpha() for c in found.group(1))
    headline = text[found.end() : line.end]
    if (letters >= SHOUTED_MIN_LETTERS or found.group(1).endswith("!")) and (
            len(headline.split()) >= NAMED_TOPIC_HEADLINE_WORDS and not headline.isupper()):
        label_end = found.end(1)
        guesses.append(_Guess("kicker", KICKER, text[found.start(1) : label_end],
                              (line.body, label_end), (line.body, found.end())))


def _one_topic(text: str, line: Line, guesses: list[_Guess]) -> None:
    """``Mobility | Lisbon Metro closes…``, ``Local politics | The council…``: a topic no
    list names, one or two words (the first capitalised, the second in lower case), a
    spaced bar (or chevrons), and a headline among the article's first lines, which does
    not end as a sentence does (a question may). A bar is a mark of the page's layout,
    never of a sentence."""
    if (line.index > TOPIC_KICKER_LINES or len(line.words) < KICKER_HEADLINE_WORDS + 2
            or _reads_as_statement(text, line)):
        return
    for k in (0, 1):
        a, b = line.words[k]
        word = text[a:b]
        if k == 0 and not (word[:1].isupper() and word[1:].islower()
                           and len(word) >= TOPIC_MIN_LETTERS):
            return
        if k == 1 and not word.islower():
            return
        gap = gap_after(text, line, k)
        if gap.strip(" \t\u00a0\u202f") == "":
            continue  # ``Local politics``: the topic goes on
        mark = gap.strip(" \t\u00a0\u202f").split(None, 1)[0] if gap.strip() else ""
        label_end = b + gap.find(mark) + len(mark) if mark else b
        if (mark in _TOPIC_MARKS and gap[:1].isspace()
                and text[label_end : label_end + 1].isspace()
                and _opens_headline(text, line.words[k + 1][0], label_end)
                and text.find(mark, label_end, line.end) < 0):  # (``Lisbon | Porto | Faro``)
            guesses.append(_Guess("kicker", KICKER, text[line.words[0][0] : label_end],
                                  (line.body, label_end), (line.body, line.words[k + 1][0])))
        return


# The marks of a page's layout after a topic (``Bundesliga » Union Berlin separates…``,
# ``Madeira / Tourist tax enters into force…``).
_TOPIC_MARKS = frozenset({"|", "»", "›", "►", "▶", "•", "/", "//", "·"})


def _opens_headline(text: str, start: int, label_end: int) -> bool:
    """A headline opens at ``start``: a capital, perhaps after an opening question or
    exclamation mark or quotation mark (``ANÁLISIS | ¿Sirve la tasa…``)."""
    opener = text[label_end:start].strip(" \t\u00a0\u202f")
    return text[start : start + 1].isupper() and opener in ("", "¿", "¡", "“", "«", "„", '"')


# A year inside a kicker (``CARNIVAL 2025 |``).
_YEAR = LazyPattern(r"(?:19|20)\d\d", regex.VERSION1)
# Capitals glued to the article that opens the headline (``COUNTRYSIDEThe olive
# harvest…``): a kicker whose separator the extraction lost.
_GLUED_CAPS = LazyPattern(
    r"(\p{Lu}{4,})(?=(?:The|An|In|On|At|La|Le|Les|El|Los|Las|Il|Lo|Gli|Der|Die|Das|Un|Une"
    r"|Una|Uno|Ein|Eine|Os|As|Um|Uma)[ \t])",
    regex.VERSION1,
)


def glued_kicker(text: str, line: Line, guesses: list[_Guess]) -> None:
    """Four capitals or more glued to a capitalised article and a headline (which does not
    end as a sentence does): the kicker and its headline run together. On the article's
    first lines, the same with a space between them."""
    if ends_sentence(text, line):
        return
    found = _GLUED_CAPS.match(text, line.body, line.end)
    if found is not None:
        end = found.end(1)
        guesses.append(_Guess("kicker", KICKER, found.group(1), (line.body, end),
                              (line.body, end)))
        return
    found = SPACED_CAPS.match(text, line.body, line.end)
    if found is not None:
        end = found.end(1)
        guesses.append(_Guess("kicker", KICKER, found.group(1), (line.body, end),
                              (line.body, found.end())))


# A live ticker's label between runs of pluses, before the headline (``+++ Traffic +++
# Bridge closed until December``, ``+++ Eilmeldung +++ …``).
_TICKER_LABEL = LazyPattern(
    r"[ \t]*(\+{2,}[ \t]*\p{Lu}[\p{L}’'\-]*(?:[ \t]+[\p{L}’'\-]+){0,3}[ \t]*\+{2,})[ \t]+"
    r"(?=\p{Lu}|\d)",
    regex.VERSION1,
)


def ticker_kicker(text: str, line: Line, guesses: list[_Guess]) -> None:
    """``+++ Traffic +++ Bridge over the river closed``: a live ticker's label, framed by
    pluses, on the headline."""
    found = _TICKER_LABEL.match(text, line.start, line.end)
    if found is not None:
        a, b = found.span(1)
        guesses.append(_Guess("kicker", KICKER, text[a:b], (a, b), (a, found.end())))


def unlisted_kicker(text: str, line: Line, guesses: list[_Guess]) -> None:
    """``MEINUNG | Die Stadt…``, ``HEAT WAVE | The schools…``, ``IL LUTTO / Addio…``: up
    to three words in capitals no list names, a bar or a slash, and a headline (which
    does not end as a sentence does).

    Only a bar, or on the article's first lines a spaced dash before a headline: after a
    word in capitals, a full stop is as often a dateline (``PARIS. The council…``), a
    dash opens a dateline's paragraph (``LISBON - The…``, which ends as a sentence
    does) and a colon a headline's topic (``NATO: Allies…``); the kickers that take
    those anywhere are listed in the lexicon.
    """
    if len(line.words) < 2:
        return  # a long line of marks and spaces has a size but no words
    a = line.words[0][0]
    for k in range(min(UNLISTED_KICKER_WORDS, len(line.words) - 1)):
        b = line.words[k][1]
        word = text[line.words[k][0] : b]
        if not (word.isupper() or (k and _YEAR.fullmatch(word))) or (k == 0 and word.isdigit()):
            return  # (a year may follow the first word: ``CARNIVAL 2025 |``)
        gap = gap_after(text, line, k)
        if gap.strip(" \t\u00a0\u202f") == "":
            continue  # ``HEAT WAVE``: the kicker goes on
        sep = gap.strip(" \t\u00a0\u202f")
        # On the article's first lines a spaced dash too: a headline under a place's
        # or a topic's name (``ALENTEJO - Heat wave closes…``); a dateline's paragraph
        # ends as a sentence does (``LISBON - The government approved….``).
        dashed = (sep in _DASHES and gap[:1].isspace() and gap[-1:].isspace()
                  and line.index <= TOPIC_KICKER_LINES)
        if ((sep in _UNLISTED_SEPARATORS or dashed)
                # (a slash needs a space on one side at least: ``AC/DC`` is a name)
                and (sep != "/" or gap[:1].isspace() or gap[-1:].isspace())
                # not ``NY |``; before a dash five letters (``ANSA - Notiziario…`` is a wire's row)
                and b - a >= (UNLISTED_KICKER_LETTERS if not dashed else KICKER_BARE_LETTERS)
                and text[line.words[k + 1][0]].isupper()
                and not ends_sentence(text, line)):  # ``MADRID | The government approved….``
            label_end = b + gap.index(sep) + 1
            guesses.append(_Guess("kicker", KICKER, text[a:label_end], (line.body, label_end),
                                  (line.body, line.words[k + 1][0])))
        return


# Words that may join a section's names (``ECONOMY AND FINANCE``, ``The interview``).
_SECTION_GLUE = frozenset({"and", "the", "of", "&", "e", "y", "et", "und", "i", "la", "le",
                           "el", "il", "a", "o", "das", "die", "der"})
# Sections of sport and money that sites name alone above a headline (before a colon
# they are a headline's topic: ``Handball: TSV…``, so they are not sections' names
# elsewhere).
_SECTIONS_ABOVE = frozenset({
    "hockey", "tennis", "cycling", "basketball", "handball", "rugby", "athletics",
    "volleyball", "swimming", "skiing", "golf", "boxing", "motorsport", "modalities",
    "mobility", "finance", "finances", "animals", "theatre", "theater", "astronomy",
    "mountain", "mountains", "space", "nature",
})
#: A place's name alone above the headline: at most this many capitalised words
#: (particles aside), on the text's first or second line.
PLACE_ABOVE_WORDS = 2
PLACE_ABOVE_LINE = 1
PLACE_MIN_LETTERS = 3
#: Most words of a headline under a section's name alone on the first line.
SECTION_HEADLINE_WORDS = 30


def section_above_headline(text: str, first: Line, second: Line,
                           lex: Lexicon) -> _Guess | None:
    """``CHRONICLE``, ``Culture``, ``LAST MINUTE`` alone on the text's first line (or the
    first after the page's own lines), above a headline: the section the page files the
    article under. Each word is a section's name (or a kicker's, in capitals) or joins
    two of them; the next line is a headline (it does not end as a sentence does). On
    the first or second line, one or two capitalised words no list names are a place
    the page files it under (``Regensburg``, ``TRIESTE``, ``Viana do Castelo``)."""
    if (second.index != first.index + 1 or not 1 <= first.size <= 4
            or len(first.words) != first.size or first.bullet or first.arrow):
        return None
    body = text[first.body : first.end].strip()
    if (not body or not body[0].isupper() or any(c.isdigit() for c in body)
            or body[-1] in ".!?…:;,\"”»)"):
        return None
    caps = body.isupper()
    sections = lex.word_class("section")
    lowers = first.lowers
    i = named = others = 0
    while i < len(lowers):
        phrase = lex.at("caps", lowers, i) if caps else None
        if phrase is not None:
            i += len(phrase.words)
            named += 1
        elif lowers[i] in sections or lowers[i] in _SECTIONS_ABOVE:
            i += 1
            named += 1
        elif (lowers[i] in _SECTION_GLUE or lowers[i] in NAME_PARTICLES) and (
                i or len(lowers) > 1):
            i += 1
        elif text[first.words[i][0]].isupper() and len(lowers[i]) >= PLACE_MIN_LETTERS:
            i += 1
            others += 1  # a place's name, perhaps (``Regensburg``, ``Viana do Castelo``)
        else:
            return None
    if others and (named or others > PLACE_ABOVE_WORDS or first.index > PLACE_ABOVE_LINE):
        return None  # (a place alone opens the text: the first line, or the second)
    if not (named or others) or not (
            KICKER_HEADLINE_WORDS <= second.size <= SECTION_HEADLINE_WORDS):
        return None
    if not text[second.body : second.body + 1].isupper() or ends_sentence(text, second):
        return None
    return _Guess("kicker", KICKER, body)


__all__ = [
    "SECTION_HEADLINE_WORDS", "bar_topic_kicker", "gap_after", "glued_kicker", "kicker",
    "section_above_headline", "section_kicker", "ticker_kicker", "topic_kicker",
    "unlisted_kicker",
]
