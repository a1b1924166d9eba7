"""Hypothesis strategies shared by the property tests (STYLE.md habit 10).

- :func:`clean_paragraphs` — news-like text that is already correct in a
  target style (en-US, en-GB, fr-FR, de-DE): apostrophes, names, digits,
  inline and nested quotations, full quoted sentences, headings and, for
  English, multi-paragraph quotations.
- :func:`straight_paragraphs` — the same clean en-US text in the other
  house style, typed with straight marks (apostrophes straight or curly).
- :func:`mt_corruptions` — takes clean en-US text and breaks its double
  quotes the way machine translation does, its apostrophes and its spacing,
  only where the damage stays unambiguous; draws ``(corrupted, clean)``.
- :func:`any_text` — arbitrary strings, heavy in quote marks, spaces and
  line breaks (lone surrogates included).

The generators keep the text unambiguous on purpose: quotations open after
a space, an opening parenthesis or the start of a paragraph and close before
a space, punctuation or the end; words whose apostrophe sits at an edge
(``troops’``, ``’90s``, ``rock ’n’ roll``) never touch a quotation mark and
never appear inside single-mark quotations, where they would read as marks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from hypothesis import assume
from hypothesis import strategies as st

from quotefix.scan.house import typographic

NBSP = "\u00a0"
NNBSP = "\u202f"

# Every character a property treats as a quote mark (property 2 of test_properties.py).
QUOTE_MARKS = "\"'\u201c\u201d\u201e\u201f\u2018\u2019\u201a\u201b\u00ab\u00bb\u2039\u203a"

# ---------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------

_EN_WORDS = (
    "the", "the", "the", "a", "of", "of", "in", "to", "and", "and", "for", "on", "with", "by",
    "army", "troops", "soldiers", "minister", "government", "region", "offensive", "report",
    "lawmaker", "allies", "press", "release", "drone", "attacks", "war", "front", "deal",
    "parliament", "officials", "units", "losses", "treaty", "territory", "commander", "city",
    "said", "declared", "announced", "urged", "denied", "would", "could", "had", "has", "was",
    "were", "is", "not", "never", "already", "heavy", "modern", "dangerous", "Russian",
    "Ukrainian", "French", "South", "North", "Korean", "Tuesday", "December", "November",
    "Seoul", "Moscow", "Kyiv", "Paris", "Kursk", "Pyongyang", "Washington", "NATO", "NIS",
    # names and places, some with accents, hyphens and apostrophes
    "Putin’s", "O’Brien", "O’Neill", "Sébastien Lecornu", "Kim Jong-un", "Champs-Élysées",
    "Côte d’Ivoire", "Oleksandr Syrsky", "Marianne", "Le Monde", "Mr. Lee",
    # apostrophes inside words
    "don’t", "it’s", "wasn’t", "Russia’s", "Ukraine’s", "country’s", "aujourd’hui",
    "coup d’état", "raison d’être",
    # digits
    "10,000", "2.5", "1944", "2024", "17", "100", "40%", "5′ 11″",
)
# Apostrophe at a word edge: reads like a closing/opening single mark.
_EN_EDGE = ("the troops’ lack", "’90s", "rock ’n’ roll", "Dunkin’", "the soldiers’ families")

_FR_WORDS = (
    "le", "la", "les", "les", "de", "des", "du", "et", "et", "en", "dans", "pour", "sur", "par",
    "armée", "troupes", "soldats", "ministre", "gouvernement", "région", "offensive", "rapport",
    "député", "alliés", "communiqué", "drone", "attaques", "guerre", "front", "accord",
    "pertes", "traité", "territoire", "commandant", "ville", "a", "déclaré", "annoncé",
    "affirmé", "nié", "pourrait", "avait", "était", "est", "pas", "jamais", "déjà", "lourdes",
    "moderne", "dangereux", "russe", "ukrainien", "mardi", "décembre", "novembre", "Séoul",
    "Moscou", "Kiev", "Paris", "Koursk", "Pyongyang", "Washington", "OTAN",
    "Sébastien Lecornu", "Kim Jong-un", "Champs-Élysées", "Côte d’Ivoire", "Marianne",
    "Le Monde", "M. Lee", "Mme Dupont",
    "aujourd’hui", "l’armée", "d’août", "qu’il", "l’offensive", "d’un", "n’est", "jusqu’à",
    "10\u202f000", "2,5", "1944", "2024", "17", "100", "40\u202f%", "14\u00a0h\u00a030",
)
_FR_EDGE: tuple[str, ...] = ()

_DE_WORDS = (
    "der", "die", "die", "das", "des", "den", "und", "und", "in", "im", "für", "mit", "von",
    "auf", "Armee", "Truppen", "Soldaten", "Minister", "Regierung", "Region", "Offensive",
    "Bericht", "Abgeordnete", "Verbündeten", "Drohnen", "Angriffe", "Krieg", "Front",
    "Abkommen", "Verluste", "Vertrag", "Gebiet", "Kommandeur", "Stadt", "sagte", "erklärte",
    "kündigte", "forderte", "bestritt", "würde", "könnte", "hatte", "hat", "war", "ist",
    "nicht", "nie", "bereits", "schwere", "moderne", "gefährliche", "russische",
    "ukrainische", "Dienstag", "Dezember", "November", "Seoul", "Moskau", "Kiew", "Paris",
    "Kursk", "Pjöngjang", "Washington", "NATO", "Putins", "Kim Jong-un", "Champs-Élysées",
    "Côte d’Ivoire", "Süddeutsche Zeitung", "geht’s", "Ku’damm", "gibt’s",
    "10.000", "2,5", "1944", "2024", "17", "100",
)
_DE_EDGE: tuple[str, ...] = ()

_EN_SPEAKERS = ("the minister", "Mr. Lee", "Sébastien Lecornu", "the lawmaker", "O’Brien",
                "a spokesman", "the commander")
_FR_SPEAKERS = ("le ministre", "M. Lee", "Sébastien Lecornu", "le député", "un porte-parole")
_DE_SPEAKERS = ("der Minister", "Herr Lee", "Sébastien Lecornu", "der Abgeordnete",
                "ein Sprecher")
_EN_VERBS = ("said", "added", "declared", "warned", "told reporters")
_FR_VERBS = ("a déclaré", "a ajouté", "a affirmé", "a prévenu")
_DE_VERBS = ("sagte", "fügte hinzu", "erklärte", "warnte")


@dataclass(frozen=True)
class _Style:
    primary: tuple[str, str]
    secondary: tuple[str, str]
    inner_space: str  # inside primary marks only
    words: tuple[str, ...]
    edge_words: tuple[str, ...]
    speakers: tuple[str, ...]
    verbs: tuple[str, ...]
    french_spacing: bool
    multi_paragraph: bool
    # Single-mark quotations at every level: keep edge-apostrophe words out of all quotes.
    edge_out_of_all_quotes: bool


STYLES: dict[str, _Style] = {
    "en-US": _Style(("\u201c", "\u201d"), ("\u2018", "\u2019"), "", _EN_WORDS, _EN_EDGE,
                    _EN_SPEAKERS, _EN_VERBS, False, True, False),
    "en-GB": _Style(("\u2018", "\u2019"), ("\u201c", "\u201d"), "", _EN_WORDS, _EN_EDGE,
                    _EN_SPEAKERS, _EN_VERBS, False, True, True),
    "fr-FR": _Style(("\u00ab", "\u00bb"), ("\u201c", "\u201d"), NNBSP, _FR_WORDS, _FR_EDGE,
                    _FR_SPEAKERS, _FR_VERBS, True, False, False),
    "de-DE": _Style(("\u201e", "\u201c"), ("\u201a", "\u2018"), "", _DE_WORDS, _DE_EDGE,
                    _DE_SPEAKERS, _DE_VERBS, False, False, False),
}

TARGETS = tuple(STYLES)


def _punct(style: _Style, mark: str) -> str:
    """A mark of punctuation as the target prints it after a word."""
    if style.french_spacing:
        if mark in ";!?":
            return NNBSP + mark
        if mark == ":":
            return NBSP + mark
    return mark


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:] if word[:1].islower() else word


# ---------------------------------------------------------------------------
# Clean text
# ---------------------------------------------------------------------------


@st.composite
def _words(draw: st.DrawFn, style: _Style, lo: int, hi: int, *, edges: bool) -> list[str]:
    pool = style.words + style.edge_words if edges else style.words
    # Edge words are rarer than ordinary ones.
    word = st.one_of(st.sampled_from(style.words), st.sampled_from(pool))
    return draw(st.lists(word, min_size=lo, max_size=hi))


def _is_edge(word: str, style: _Style) -> bool:
    return word in style.edge_words


@st.composite
def _quote_body(draw: st.DrawFn, style: _Style, lo: int, hi: int, *, nested: bool,
                sentence: bool = False) -> str:
    """Words for the inside of a primary quotation, maybe with a secondary one inside."""
    allow_edge = not style.edge_out_of_all_quotes
    words = draw(_words(style, lo, hi, edges=allow_edge))
    if words and _is_edge(words[0], style):
        words[0] = "the"
    if words and _is_edge(words[-1], style):
        words[-1] = "war"
    if sentence and words:
        words[0] = _cap(words[0])
    if nested and len(words) >= 2 and draw(st.booleans()):
        i = draw(st.integers(0, len(words) - 1))
        j = draw(st.integers(i + 1, min(len(words), i + 4)))
        inner = draw(_words(style, j - i, j - i, edges=False))
        if i == 0 and sentence:
            inner[0] = _cap(inner[0])
        o, c = style.secondary
        inner[0] = o + inner[0]
        inner[-1] = inner[-1] + c
        words[i:j] = inner
        _no_number_after_closer(words, i + len(inner) - 1)
    # A comma now and then, never right after a closing mark or at the end.
    if len(words) >= 4 and draw(st.booleans()):
        k = draw(st.integers(1, len(words) - 2))
        if words[k][-1:].isalnum():
            words[k] += ","
    return " ".join(words)


def _no_number_after_closer(words: list[str], k: int) -> None:
    """Keep ``10,000’ 17`` out: a number, a closing mark and a number read as feet and inches."""
    if k + 1 < len(words) and words[k + 1][:1].isdigit():
        words[k + 1] = "and"


def _wrap(style: _Style, body: str) -> str:
    o, c = style.primary
    s = style.inner_space
    return f"{o}{s}{body}{s}{c}"


@st.composite
def _plain_sentence(draw: st.DrawFn, style: _Style, *, quotes: bool) -> str:
    words = draw(_words(style, 3, 12, edges=True))
    end = draw(st.sampled_from(".....?!"))
    if quotes and draw(st.integers(0, 2)) > 0:
        # An inline quotation over some words, or appended as the last phrase.
        n = draw(st.integers(1, 6))
        body = draw(_quote_body(style, n, n, nested=n >= 2))
        quoted = _wrap(style, body)
        at = draw(st.integers(1, len(words)))
        after = ""
        if at < len(words) and draw(st.integers(0, 3)) == 0:
            after = ","
        words.insert(at, quoted + after)
        _no_number_after_closer(words, at)
        if at == len(words) - 1 and end == "." and style is STYLES["en-US"] and draw(st.booleans()):
            # en-US puts the full stop inside the closing mark.
            c = style.primary[1]
            words[at] = quoted[: -len(c)] + "." + c
            end = ""
    words[0] = _cap(words[0])
    return " ".join(words) + (_punct(style, end) if end else "")


@st.composite
def _quoted_sentence(draw: st.DrawFn, style: _Style) -> str:
    """``X said: “Sentence.”`` or ``“Sentence,” X said.`` (and the targets' equivalents)."""
    speaker = draw(st.sampled_from(style.speakers))
    verb = draw(st.sampled_from(style.verbs))
    body = draw(_quote_body(style, 2, 12, nested=True, sentence=True))
    if draw(st.booleans()):
        end = draw(st.sampled_from("..?!"))
        if style.french_spacing or style.primary[0] == "\u201e":
            inside = body + _punct(style, end)
        else:
            inside = body + end
        return f"{_cap(speaker)} {verb}{_punct(style, ':')} {_wrap(style, inside)}"
    if style.primary == ("\u201c", "\u201d") or style.primary == ("\u2018", "\u2019"):
        quoted = _wrap(style, body + ",")
    else:
        quoted = _wrap(style, body) + ","
    return f"{quoted} {verb} {speaker}."


@st.composite
def _heading(draw: st.DrawFn, style: _Style) -> str:
    words = draw(_words(style, 2, 5, edges=False))
    words[0] = _cap(words[0])
    if draw(st.booleans()):
        n = draw(st.integers(1, 4))
        words.append(_wrap(style, draw(_quote_body(style, n, n, nested=False))))
    return " ".join(words)


@st.composite
def _paragraph(draw: st.DrawFn, style: _Style, *, quotes: bool) -> str:
    if draw(st.integers(0, 7)) == 0:
        return draw(_heading(style))
    sentences = []
    for _ in range(draw(st.integers(1, 4))):
        if quotes and draw(st.integers(0, 3)) == 0:
            sentences.append(draw(_quoted_sentence(style)))
        else:
            sentences.append(draw(_plain_sentence(style, quotes=quotes)))
    return " ".join(sentences)


@st.composite
def _multi_paragraph_quote(draw: st.DrawFn, style: _Style) -> list[str]:
    """An English quotation over 2-3 paragraphs: each opens, only the last closes."""
    o, c = style.primary
    speaker = draw(st.sampled_from(style.speakers))
    verb = draw(st.sampled_from(style.verbs))
    paras = []
    count = draw(st.integers(2, 3))
    for k in range(count):
        body = draw(_quote_body(style, 4, 14, nested=False, sentence=True)) + "."
        if k == 0:
            paras.append(f"{_cap(speaker)} {verb}: {o}{body}")
        elif k < count - 1:
            paras.append(f"{o}{body}")
        else:
            paras.append(f"{o}{body}{c}")
    return paras


@st.composite
def clean_paragraphs(draw: st.DrawFn, target: str = "en-US", *, min_quotes: int = 0,
                     max_paragraphs: int = 6) -> str:
    """Clean, news-like text in ``target`` style: paragraphs separated by ``"\\n"``.

    ``target`` is one of :data:`TARGETS`. ``min_quotes`` asks for at least that
    many primary opening marks (the text is redrawn until it has them).
    """
    style = STYLES[target]
    paragraphs: list[str] = []
    for _ in range(draw(st.integers(1, max_paragraphs))):
        if style.multi_paragraph and draw(st.integers(0, 9)) == 0:
            paragraphs.extend(draw(_multi_paragraph_quote(style)))
        else:
            paragraphs.append(draw(_paragraph(style, quotes=True)))
    text = "\n".join(paragraphs)
    if min_quotes:
        assume(text.count(style.primary[0]) >= min_quotes)
    return text


# Primes stay as they are: a straight inch mark beside a straight closer (5' 11"") is
# ambiguous in any style.
_STRAIGHTEN = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})


@st.composite
def straight_paragraphs(draw: st.DrawFn, *, min_quotes: int = 0, max_paragraphs: int = 6,
                        curly_apostrophes: bool | None = None) -> str:
    """Clean en-US text in the other house style: typed with straight marks only.

    Quotes, nested quotes and (unless ``curly_apostrophes``; drawn when
    ``None``) apostrophes are typewriter marks, as wire copy and many sites print
    them: the document keeps its style, so nothing is reported under ``en-US``.
    """
    text = draw(clean_paragraphs("en-US", min_quotes=min_quotes, max_paragraphs=max_paragraphs))
    if curly_apostrophes is None:
        curly_apostrophes = draw(st.booleans())
    if curly_apostrophes:
        # "We don’t know": straight quotes, curly apostrophes (content systems).
        marks = [i for i, ch in enumerate(text) if ch == "\u2019"
                 and 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha()]
        chars = list(text.translate(_STRAIGHTEN))
        for i in marks:
            chars[i] = "\u2019"
        return "".join(chars)
    return text.translate(_STRAIGHTEN)


# ---------------------------------------------------------------------------
# MT corruption of clean en-US text
# ---------------------------------------------------------------------------

OPEN, CLOSE = "\u201c", "\u201d"
LAQUO, RAQUO = "\u00ab", "\u00bb"
INNER_SPACES = (" ", NBSP, NNBSP)
CORRUPTIONS = ("family", "flip", "spaces", "closer-raquo", "straight")
#: Damage outside the quotation marks, applied after :data:`CORRUPTIONS`.
EXTRA_DAMAGE = ("mt-spacing", "apostrophe", "attribution-dash")
# The dialogue dashes a Russian source leaves between a quotation and its attribution.
_ATTRIBUTION_DASHES = (" \u2013", " \u2014", " -")
# A closer followed by one of these is followed by its attribution.
_EN_VERBS_AFTER = tuple(" " + verb.split()[0] for verb in _EN_VERBS)
# Wrong glyphs and straight marks that stand for ’ between letters.
_BAD_APOSTROPHES = ("'", "\u2018", "\u00b4", "`", "\u2032")


def _pairs(clean: str) -> list[tuple[int, int]]:
    """Positions of the “…” pairs that may be corrupted without ambiguity.

    Only paragraphs whose double marks balance on their own and that do not
    continue a multi-paragraph quotation qualify.
    """
    pairs: list[tuple[int, int]] = []
    pos = 0
    continuing = False  # the paragraph before left a quotation open
    for para in clean.split("\n"):
        stack: list[int] = []
        local: list[tuple[int, int]] = []
        broken = False
        for i, ch in enumerate(para):
            if ch == OPEN:
                if stack:
                    broken = True
                stack.append(pos + i)
            elif ch == CLOSE:
                if not stack:
                    broken = True
                    continue
                local.append((stack.pop(), pos + i))
        if not (broken or stack or continuing):
            pairs.extend(local)
        continuing = bool(stack)
        pos += len(para) + 1
    return pairs


def _is_quote(ch: str) -> bool:
    return ch in QUOTE_MARKS


@st.composite
def _corrupt(draw: st.DrawFn, clean: str, kinds: Sequence[str]) -> tuple[str, str]:
    pairs = _pairs(clean)
    if not pairs:
        return clean, clean
    chosen = draw(st.lists(st.sampled_from(pairs), min_size=1, max_size=min(3, len(pairs)),
                           unique=True))
    # Replacement text for each position in ``clean`` (a mark plus spaces).
    repl: dict[int, str] = {}
    for a, b in chosen:
        # A pair whose marks touch another mark (nested ‘…’ at its edge) only
        # gets glyph changes, never direction or spacing changes.
        tight = _is_quote(clean[a + 1 : a + 2]) or _is_quote(clean[b - 1 : b])
        allowed = [k for k in kinds if not (tight and k in ("flip", "spaces", "straight"))]
        if not allowed:
            continue
        kind = draw(st.sampled_from(allowed))
        o, c = OPEN, CLOSE
        space_o = space_c = ""
        if kind == "family":
            which = draw(st.sampled_from(("both", "opener", "closer")))
            o = LAQUO if which in ("both", "opener") else OPEN
            c = RAQUO if which in ("both", "closer") else CLOSE
        elif kind == "flip":
            which = draw(st.sampled_from(("both", "opener", "closer")))
            o = CLOSE if which in ("both", "opener") else OPEN
            c = OPEN if which in ("both", "closer") else CLOSE
        elif kind == "spaces":
            o, c = draw(st.sampled_from(((OPEN, CLOSE), (LAQUO, RAQUO), (OPEN, RAQUO))))
            sp = st.sampled_from(INNER_SPACES)
            where = draw(st.sampled_from(("both", "opener", "closer")))
            if where in ("both", "opener"):
                space_o = draw(sp)
            if where in ("both", "closer"):
                space_c = draw(sp)
        elif kind == "closer-raquo":
            c = RAQUO
            if draw(st.booleans()):
                space_c = draw(st.sampled_from(INNER_SPACES))
        elif kind == "straight":
            which = draw(st.sampled_from(("both", "both", "opener", "closer")))
            o = '"' if which in ("both", "opener") else OPEN
            c = '"' if which in ("both", "closer") else CLOSE
        repl[a] = o + space_o
        repl[b] = space_c + c
    if "apostrophe" in kinds:
        # don’t -> don't, don´t, don‘t: a straight or wrong glyph between two letters.
        inner = [i for i, ch in enumerate(clean) if ch == "\u2019" and 0 < i < len(clean) - 1
                 and clean[i - 1].isalpha() and clean[i + 1].isalpha()]
        if inner and draw(st.booleans()):
            for i in draw(st.lists(st.sampled_from(inner), min_size=1, max_size=3, unique=True)):
                repl[i] = draw(st.sampled_from(_BAD_APOSTROPHES))
    if "mt-spacing" in kinds:
        # the minister , who / in Parliament . : a space before , or . after a word.
        spots = [i for i, ch in enumerate(clean) if ch in ",." and 0 < i < len(clean)
                 and clean[i - 1].isalpha() and clean[i + 1 : i + 2] in (" ", "\n", "")
                 and i - 1 not in repl and i not in repl]
        if spots and draw(st.booleans()):
            for i in draw(st.lists(st.sampled_from(spots), min_size=1, max_size=3, unique=True)):
                repl[i] = " " + clean[i]
    if "attribution-dash" in kinds:
        # “We will win,” said the minister -> “We will win,” – said the minister.
        spots = [i for i, ch in enumerate(clean) if ch == CLOSE and clean[i - 1 : i] == ","
                 and clean.startswith(_EN_VERBS_AFTER, i + 1) and i not in repl]
        if spots and draw(st.booleans()):
            for i in draw(st.lists(st.sampled_from(spots), min_size=1, max_size=2, unique=True)):
                repl[i] = CLOSE + draw(st.sampled_from(_ATTRIBUTION_DASHES))
    out = "".join(repl.get(i, ch) for i, ch in enumerate(clean))
    if not typographic(out):
        # Every mark made straight: a document typed straight keeps its style,
        # so there is nothing to repair back to curly.
        return clean, clean
    return out, clean


def mt_corruptions(clean: str, kinds: Sequence[str] = CORRUPTIONS + EXTRA_DAMAGE
                   ) -> st.SearchStrategy[tuple[str, str]]:
    """Strategy drawing ``(corrupted, clean)``: ``clean`` (en-US) broken the way MT breaks it.

    Corruptions, applied to one to three “…” pairs: swap a mark's family
    (“ → «, ” → »), flip a pair's or a mark's direction, add French inner
    spaces (U+0020, U+00A0, U+202F) inside a pair (with or without
    guillemets), replace a closer with » (maybe after a space), and replace
    one or both marks with a straight ``"``. Each stays unambiguous: the
    pair sits at word boundaries in a paragraph whose quotes balance. Beyond
    the marks (:data:`EXTRA_DAMAGE`): an apostrophe between letters typed
    straight or as a wrong glyph (``don't``, ``don´t``, ``don‘t``), and MT
    detokeniser spacing before a comma or full stop (``the minister , who``),
    and a Russian dialogue dash between a quotation and its attribution
    (``“…,” – said the minister``). If the text has no suitable pair it is
    returned unchanged. Use it with ``clean_paragraphs("en-US").flatmap(mt_corruptions)``.
    """
    return _corrupt(clean, tuple(kinds))


@st.composite
def glued_closers(draw: st.DrawFn, clean: str) -> tuple[str, str]:
    """``(corrupted, clean)``: closers glued to the next word (``deal” said`` → ``deal”said``).

    The most frequent single MT defect in machine-translated news; the repair inserts
    the space back.
    """
    closers = [b for _a, b in _pairs(clean)
               if clean[b + 1 : b + 2] == " " and clean[b + 2 : b + 3].isalpha()]
    if not closers:
        return clean, clean
    chosen = set(draw(st.lists(st.sampled_from(closers), min_size=1, max_size=3, unique=True)))
    out = "".join(ch for i, ch in enumerate(clean) if (i - 1) not in chosen or ch != " ")
    return out, clean


# ---------------------------------------------------------------------------
# Arbitrary text
# ---------------------------------------------------------------------------

_SPACES_AND_BREAKS = (" ", " ", " ", "\u00a0", "\u202f", "\t", "\u2009", "\n", "\n", "\r\n", "\r",
                      "\u2028", "\u2029", "\x0b", "\x0c", "\x85")
_PIECES = ("the", "a", "d", "l", "s", "n", "90s", "said", "Putin", "O", "Brien", "aujourd", "hui",
           "5", "11", "2,5", "10 000", ",", ".", ":", ";", "?", "!", "(", ")", "[", "]", "-", "–",
           "—", "…", "′", "″", "&laquo;", "&raquo;", "<b>", "</b>", "`", "´", "\u200b", "\ufeff",
           "\u0301", "\U0001f600")


def any_text(max_size: int = 300) -> st.SearchStrategy[str]:
    """Any ``str``, weighted towards quote marks, spaces and line breaks."""
    piece = st.one_of(
        st.sampled_from(tuple(QUOTE_MARKS)),
        st.sampled_from(tuple(QUOTE_MARKS)),
        st.sampled_from(_SPACES_AND_BREAKS),
        st.sampled_from(_PIECES),
        st.text(max_size=4),
        st.characters(codec=None, exclude_categories=()),
        st.characters(categories=["Cs"]),
    )
    return st.lists(piece, max_size=max_size).map("".join)
