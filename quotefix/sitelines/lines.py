"""The lines of an article as the boilerplate classifier sees them.

Each non-blank line becomes a :class:`Line`: where it is, what leads it
(bullets, arrows, numbers, brackets, emphasis), its words with their offsets,
and a few shape facts. Nothing here decides anything.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from ..lazy import LazyPattern, lazy_re

# Words: letters and digits (the standard library's pattern: the fastest way
# through long paragraphs).
WORD = lazy_re(r"[^\W_]+")

# What may stand before the first word: spaces, bullets, arrows, dashes, brackets,
# markdown emphasis and headings. Possessive: nothing is ever given back.
# (Emoji lead a line too: ``📲 Receba…``; the copyright sign, which is one for Unicode,
# is a credit's and stays.)
_LEAD = LazyPattern(
    r"[\s•·▪◦►▶▸▹‣❯→➡➜⇒»›>*#|\-–—_(\[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\ufe0f]*+",
    regex.VERSION1,
)
_ARROW = LazyPattern(r">>|»|›|❯|→|►|▶|▸|▹|‣|➡|➜|⇒|👉|>")
_NUMBERED = LazyPattern(r"\d{1,2}[.)][ \t]", regex.VERSION1)
_CASE_TURN = LazyPattern(r"\p{Lu}+(?=\p{Lu}\p{Ll})|\p{Lu}?[\p{Ll}\p{M}]+|[\p{Lu}\p{M}]+|\p{N}+",
                           regex.VERSION1)
QUOTES_OPEN = "“«„\"‘‹'”"
# Double quotation marks anywhere in a line: somebody's words are quoted in it.
QUOTATION_MARKS = frozenset("“”«»\"„")
#: The particles of a person's name, written in lower case between its capitalised
#: words (``Maria do Carmo``, ``Anna von Berg``) and counted with them, never alone.
# Verbs that report speech: a label's words before or after one are somebody's words
# (``Receive alerts by WhatsApp, the mayor told residents``, ``Support us, the strikers
# told passers-by``).
REPORTING = frozenset({
    "said", "says", "told", "tells", "added", "announced", "urged", "urges", "asked",
    "admitted", "complained", "warned", "explained", "insisted", "stressed", "pleaded",
    "ruled", "ordered", "decided", "confirmed", "stated",
    "dijo", "afirmó", "explicó", "declaró", "aseguró", "déclaré", "dit", "indiqué", "affirmé",
    "expliqué", "detto", "spiegato", "dichiarato", "sagte", "erklärte", "betonte", "disse",
    "afirmou", "explicou", "rappelé", "jugé", "estimé", "souligné", "précisé", "recordó",
    "señaló", "subrayó", "ricordato", "sottolineato", "precisato", "lembrou",
    "sublinhou", "salientou",
})
# An author's note under the article (:func:`.authors.author_note`): its copula after
# the name, and the words of what the author writes or follows.
COPULAS = frozenset({"is", "was", "é", "est", "ist", "es", "è", "war", "era", "foi"})
AUTHORING = frozenset({
    "writes", "follows", "covers", "author", "escreve", "écrit", "suit", "auteur", "schreibt",
    "autor", "autorin", "scrive", "autore", "autrice", "escribe", "cubre", "autora", "segue",
    # the beat, as a bio names it (``… covering municipal politics``, ``specialising in…``,
    # ``Il couvre l'agro-industrie``)
    "covering", "specialising", "specializing", "couvre", "copre", "cobre",
    "acompanha", "accompagne",  # (``Acompanha o Parlamento``)
})
#: Auxiliaries of the past: news tells what happened to somebody's comments or texts;
#: the page's boxes and terms speak of the reader's, now.
PAST_AUXILIARIES = frozenset({
    "was", "were", "had", "been", "fue", "fueron", "era", "eran", "fu", "furono", "erano",
    "wurde", "wurden", "war", "waren", "foi", "foram", "eram", "était", "étaient", "été",
    "ont", "avaient", "avait",
})
# What a site's app is sold with, in place of a call to get it (or of "our").
APP_STORES = frozenset({"ios", "android", "push", "smartphone", "smartphones", "iphone",
                         "cell", "celular", "telemóvel", "handy", "móvil", "cellulare"})
# The reader spoken to, or the site speaking of itself as "our", in the languages of
# the sites (not ``us``, which is also the ``US``).
READER_WORDS = frozenset({
    "you", "your", "yours", "our", "ours", "vous", "votre", "vos", "notre", "nos", "tu", "te",
    "ti", "usted", "ustedes", "nuestro", "nuestra", "nuestros", "nuestras", "vostro", "vostra",
    "vostri", "vostre", "nostro", "nostra", "nostri", "nostre", "euch", "dein", "deine",
    "unser", "unsere", "unseren", "unserem", "unserer", "você", "vocês", "nosso", "nossa",
    "nossos", "nossas",
})
#: The author box's button to follow the author, closing the note (``… Folgen``).
FOLLOW_BUTTONS = frozenset({"follow", "folgen", "seguir", "suivre", "segui", "sigue"})
# What an author's note says right after the name: the author writes about…
BEAT_VERBS = frozenset({"writes", "scrive", "écrit", "escreve", "escribe", "schreibt"})
NAME_PARTICLES = frozenset({"de", "do", "da", "dos", "das", "du", "des", "del", "di", "dei",
                            "della", "la", "le", "el", "der", "am", "van", "von"})
#: A photographer's credit in brackets closing a caption (``… after the storm (Foto
#: Fabbrini)``): a photo word and up to three capitalised names, at the line's end.
PHOTO_IN_BRACKETS = LazyPattern(
    r"\((?:(?i:handout|illustrative|file)[ \t]+)?"
    r"(?i:foto|fotos|photo|photos|bild|image|imagem|imagen|immagine|ph|video|vídeo)\.?"
    r"(?:[ \t]?:)?[ \t]+(?:(?i:courtesy[ \t]+of|by)[ \t]+)?"
    r"(?:(?i:archives?|archivo|archivio|arquivo|archiv)[ \t]+)?"
    # (a name's particle may join two of them: ``Gallerie dell'Accademia``; the name of a
    # body may end in words of its office: ``Egyptian Museum press office``)
    r"\p{Lu}[\p{L}.'’\-]*(?:(?:[ \t]+|[ \t]*/[ \t]*)(?:(?:de|di|da|del|dell|della|des|du|do"
    r"|von|van)(?:[ \t]+|['’]))?\p{Lu}[\p{L}.'’\-]*){0,3}"
    r"(?:[ \t]+(?i:press[ \t]+office|press[ \t]+service|archives?))?\)[ \t]*\.?[ \t]*$",
    regex.VERSION1,
)
#: The same credit as a line of its own, without brackets (``Photo Inter press office /
#: Mattia Ozbot``): a capitalised photo word, capitalised names, and an office's words or
#: a slash before the photographer (a title-case headline, ``Photo Booth Returns``, has
#: neither).
PHOTO_LINE = LazyPattern(
    r"[ \t]*(?:Foto|Fotos|Photo|Photos|Bild|Image|Imagem|Imagen|Immagine|FOTO|PHOTO)[ \t]+"
    r"(?:(?i:archives?|archivo|archivio|arquivo|archiv)[ \t]+)?"
    r"\p{Lu}[\p{L}.'’\-]*(?:[ \t]+(?:(?:de|di|da|del|dell|della|des|du|do|von|van)"
    r"(?:[ \t]+|['’]))?\p{Lu}[\p{L}.'’\-]*){0,4}"
    r"(?:[ \t]+(?i:press[ \t]+office|press[ \t]+service|archives?)"
    r"(?:[ \t]*/[ \t]*\p{Lu}[\p{L}.'’\-]*(?:[ \t]+\p{Lu}[\p{L}.'’\-]*){0,2})?"
    r"|[ \t]*/[ \t]*\p{Lu}[\p{L}.'’\-]*(?:[ \t]+\p{Lu}[\p{L}.'’\-]*){0,2})[ \t]*$",
    regex.VERSION1,
)
#: Lines of more words than this are paragraphs: only their first and last
#: :data:`EDGE_WORDS` words are split into words.
LONG_LINE_WORDS = 60
EDGE_WORDS = 12
SENTENCE_END = ".!?…"


@dataclass(slots=True)
class Line:
    """One non-blank line of the text.

    ``start``/``end`` are offsets in the text (``end`` before the line break);
    ``words`` are ``(start, end)`` offsets in the text, ``lowers`` the same
    words in lower case; ``body`` is where the first word (or the text after
    the lead) starts.
    """

    index: int  # among the non-blank lines
    start: int
    end: int
    body: int
    words: list[tuple[int, int]]
    lowers: list[str]
    arrow: bool  # led by an arrow or a chevron
    bullet: bool  # led by a bullet, a dash or a number
    quoted: bool  # the text opens with a quotation mark
    #: The number of words. For a long line (a paragraph) only its first and last
    #: words are in ``words`` (labels sit there), and this counts spaces instead.
    size: int = 0


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of ``text``, in order."""
    return list(iter_lines(text))


def line_bounds(text: str) -> Iterator[tuple[int, int]]:
    """Start and end of every line of ``text``, without its ``\r\n`` or ``\n``."""
    pos = 0
    size = len(text)
    while pos <= size:
        newline = text.find("\n", pos)
        end = size if newline < 0 else newline
        stop = end
        if stop > pos and text[stop - 1] == "\r":
            stop -= 1
        yield pos, stop
        pos = end + 1


def filled_bounds(text: str) -> Iterator[tuple[int, int]]:
    """Start and end of every non-blank line of ``text`` (more than spaces)."""
    for pos, stop in line_bounds(text):
        # A line that opens with a non-space is filled: no copy of it to test.
        if stop > pos and (not text[pos].isspace() or not text[pos:stop].isspace()):
            yield pos, stop


def count_lines(text: str) -> int:
    """How many non-blank lines ``text`` has (without splitting it into words)."""
    return sum(1 for _ in filled_bounds(text))


def iter_lines(text: str) -> Iterator[Line]:
    """The non-blank lines of ``text``, in order, one at a time (a caller that drops
    each line's words after use keeps memory flat on long texts)."""
    for index, (pos, stop) in enumerate(filled_bounds(text)):
        yield make_line(text, index, pos, stop)


def make_line(text: str, index: int, pos: int, stop: int) -> Line:
    """The :class:`Line` of the non-blank line ``text[pos:stop]``, the ``index``-th one."""
    line = text[pos:stop]
    # Most lines open with a word: nothing leads them (no letter or digit can).
    lead_end = pos if line[0].isalnum() else _LEAD.match(text, pos, stop).end()
    lead = text[pos:lead_end]
    count = line.count(" ") + 1
    if count <= LONG_LINE_WORDS:
        words = [m.span() for m in WORD.finditer(text, lead_end, stop)]
        count = len(words)
    else:  # a paragraph: only its edges can hold a label or a credit
        head_end = text.find(" ", lead_end, stop)
        for _ in range(EDGE_WORDS):
            nxt = text.find(" ", head_end + 1, stop)
            if nxt < 0:
                break
            head_end = nxt
        tail_start = stop
        for _ in range(EDGE_WORDS + 2):
            tail_start = text.rfind(" ", head_end, tail_start - 1)
            if tail_start < 0:
                tail_start = head_end
                break
        words = [m.span() for m in WORD.finditer(text, lead_end, head_end)]
        words += [m.span() for m in WORD.finditer(text, tail_start, stop)]
    lowered = line.lower()
    if len(lowered) == len(line) and "\u03a3" not in line:
        # Lowering is per character here (no letter grew, no capital sigma,
        # whose lower case depends on its neighbours): slice the line lowered once.
        lowers = [lowered[a - pos : b - pos] for a, b in words]
    else:
        lowers = [text[a:b].lower() for a, b in words]
    arrow = bool(lead) and _ARROW.search(lead) is not None
    numbered = text[lead_end : lead_end + 1].isdigit() and (
        _NUMBERED.match(text, lead_end) is not None
    )
    bullet = numbered or (bool(lead) and any(c in lead for c in "•·▪◦-–—*"))
    first = text[lead_end] if lead_end < stop else ""
    # ``pos`` when nothing leads the line: the same int object, not a second one
    # (every line is kept until the article is classified).
    body = pos if lead_end == pos else lead_end
    return Line(index, pos, stop, body, words, lowers, arrow, bullet, first in QUOTES_OPEN, count)


def glued_split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A word split where its case turns (``ALSOElected``, ``LoadingLufthansa``)."""
    return [(m.start(), m.end()) for m in _CASE_TURN.finditer(text, start, end)]


def trimmed_end(text: str, start: int, end: int) -> int:
    """``end`` moved back over the spaces before it, no further than ``start``: where
    ``text[start:end].rstrip()`` ends, without copying anything."""
    while end > start and text[end - 1] in " \t\u00a0\u202f\r":
        end -= 1
    return end


def ends_sentence(text: str, line: Line) -> bool:
    """The line ends with sentence punctuation (closing quotes and brackets aside)."""
    stripped = text[line.start : line.end].rstrip(" \t\u00a0”»\"’)]")
    return bool(stripped) and stripped[-1] in SENTENCE_END


__all__ = [
    "APP_STORES",
    "QUOTATION_MARKS",
    "QUOTES_OPEN",
    "READER_WORDS",
    "SENTENCE_END",
    "Line",
    "count_lines",
    "ends_sentence",
    "filled_bounds",
    "glued_split",
    "iter_lines",
    "line_bounds",
    "make_line",
    "split_lines",
]
