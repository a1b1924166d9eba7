"""A source site's section heading run into an article's first sentence.

``Incendie. The fire…``, ``IncendieThe fire…``, ``POLITICA – The majority…``:
one to three words at the start of a line, cut from the body by a separator,
a turn of case or a common English word, that are foreign by their
frequencies (:mod:`.shortwords`). A town's name opening a dateline
(``INNSBRUCK —``, ``Wuppertal –``) and a name opening a headline (``Deutsche
Bahn:``) are not headings.
"""

from __future__ import annotations

import re

from ..lazy import lazy_re
from .data import FP_WORD, Setup, WordScreen
from .frequencies import SCALE, english_zipf, table
from .records import Fragment, SpanKind
from .shortwords import EMPTY_SCORES, WORD, classified_word, may_be_foreign, run_language
from .tokens import allowed
from .tuning import (
    HEADING_MARGIN,
    HEADING_NEXT_MIN,
    HEADING_SECTION_MIN,
    SHORT_EN_MAX,
    SHORT_MARGIN,
)
from .wordclass import (
    DETERMINERS,
    ShortWord,
    rare_foreign,
    source_scores,
)

# ``IncendieThe``, and ``CronacaA`` before ``A woman…`` (a capital that ends the word).
_CASE_TURN = lazy_re(r"(?<=[a-zß-öø-ÿ])(?=[A-ZÀ-ÖØ-Þ](?:[a-zß-öø-ÿ]|$))")
# A heading ends at punctuation or where a capitalised English word starts the body.
_HEADING_END = lazy_re(r"[.:|–—-]\s| [A-Z]")
_BOUNDARY = lazy_re(r"(\s*\d+)?\s*[.:|–—-]\s")
_DASH_AFTER = lazy_re(r"\s*[–—-]\s")
# A section's name in capitals glued to the body by a full stop or colon
# (``DEPORTES.Real Madrid``, ``ECONOMIA:The spread``): the body opens with a capital
# and a lower-case letter, as no abbreviation's next letter does.
_GLUED_BOUNDARY = lazy_re(r"()[.:|](?=[A-ZÀ-Þ][a-zß-ÿ])")
_ONE_WORD_HEADING = lazy_re(
    r"[A-ZÀ-Þ][^\W\d_]+\s*[.:|–—-]\s|[A-ZÀ-Þ]{4,}[.:|](?=[A-ZÀ-Þ][a-zß-ÿ])"
)
_NEXT_WORD = lazy_re(r"(\s*\d+)? +([A-Z][^\W\d_]*)(?= )")


def _first_name(line: str, word: str, end: int) -> bool:
    """``word``, ending at ``end``, is followed by a capitalised word and is no
    determiner (``Michael Brenner``, not ``The Supreme Court``): a name's first word."""
    return line[end + 1 : end + 2].isupper() and word.lower() not in DETERMINERS


def one_word_heading(line: str) -> bool:
    """The line opens with one capitalised word and a separator (``Mundo -``): a
    heading even if English lists the word, which only the candidates' lists tell."""
    return _ONE_WORD_HEADING.match(line) is not None


def opens_dateline(line: str, start: int, end: int) -> bool:
    """``line[start:end]``, one word, opens the line, capitalised, before a dash: a
    dateline's town (``Forlì – …``) when :func:`heading_span` found no section's name
    there. (Two words may be a section's name that the list lacks: ``Calcio
    dilettanti –``.)"""
    return (start == 0 and line[:1].isupper() and " " not in line[start:end]
            and _DASH_AFTER.match(line, end) is not None)


def _heading_word(line: str, cfg: Setup, start: int, end: int, alone: bool) -> ShortWord:
    """A heading's word, classed as at a sentence start; a word English lists but a
    candidate uses far more (``Mundo``: 3.05 in English, 6.04 in Portuguese) is foreign
    there, where no English sentence has begun. ``alone``: the heading's only word."""
    word = classified_word(line, cfg, start, end, "", True)
    if alone and not word.cls and not any(source_scores(word.lower, cfg).values()):
        # a word no list has, capitalised as a heading's one word is: its letters decide
        rare = rare_foreign(word.lower, cfg)
        return ShortWord(start, end, word.lower, "F", rare) if rare else word
    if word.cls == "F":
        # A word English writes too, if rarely, needs the same margin: a town's name
        # opens a dateline (``Wuppertal –``: 4.20 in German, 2.10 in English), where
        # a section's name is far more the source's (``Politik``: 5.24 and 2.13).
        english = english_zipf(word.lower, cfg.candidates)
        if english and max(word.scores.values()) - english < HEADING_MARGIN * SCALE:
            return ShortWord(start, end, word.lower, "", EMPTY_SCORES)
    if word.cls not in ("e", "S"):
        return word
    scores = source_scores(word.lower, cfg) if word.cls == "e" else word.scores
    best = max(scores.values(), default=0)
    if best - table("en").get(word.lower, 0) >= HEADING_MARGIN * SCALE:
        return ShortWord(start, end, word.lower, "F", scores)
    return word


# The sections news sites of the candidate languages print above an article, in
# lower case: a heading in capitals before a dash is one of these, or a town's name
# opening a dateline (``INNSBRUCK —``, ``BOGOTÁ —``), which word frequencies cannot
# tell apart (``deportes`` 4.51 in Spanish, ``bogotá`` 4.54).
SECTION_NAMES = frozenset(
    {
        # French
        *("politique", "société", "économie", "international", "monde", "culture"),
        *("sports", "faits divers", "justice", "santé", "sciences", "éducation"),
        *("environnement", "météo", "régions", "idées", "débats", "vie locale"),
        *("planète", "tech", "médias", "actualité", "actualités", "en bref"),
        # Spanish
        *("política", "sociedad", "economía", "internacional", "deportes", "cultura"),
        *("sucesos", "tribunales", "opinión", "nacional", "mundo", "salud"),
        *("ciencia", "tecnología", "educación", "espectáculos", "gente"),
        *("última hora", "actualidad", "comunidad", "últimas noticias"),
        # Italian
        *("politica", "cronaca", "economia", "esteri", "spettacoli", "sport"),
        *("attualità", "interni", "salute", "scienza", "tecnologia", "motori", "meteo"),
        *("cronaca nera", "cronache", "primo piano", "mondo", "ultima ora", "calcio"),
        # German
        *("politik", "wirtschaft", "inland", "ausland", "kultur", "feuilleton"),
        *("panorama", "gesellschaft", "wissenschaft", "gesundheit", "lokales"),
        *("regionales", "vermischtes", "meinung", "bildung", "digital", "reise"),
        *("blaulicht", "polizeibericht", "nachrichten", "aktuelles"),
        # Portuguese
        *("sociedade", "desporto", "esportes", "país", "saúde", "ciência"),
        *("justiça", "cidades", "opinião", "atualidade", "política", "economia"),
        *("últimas", "últimas notícias", "mundo", "brasil", "polícia", "cotidiano"),
        # Dutch
        *("binnenland", "buitenland", "economie", "cultuur", "wetenschap", "media"),
    }
)


def _common_words(line: str, heading: list[tuple[int, int]], cfg: Setup) -> bool:
    """Every word of the heading is common in one candidate, and none is a function
    word: a section's name in capitals before a full stop or a colon (``SOCIÉTÉ.``),
    where a town's name rarely stands."""
    shared: set[str] | None = None
    for a, b in heading:
        lower = line[a:b].lower()
        if lower in cfg.any_marker:
            return False
        common = {lang for lang, value in source_scores(lower, cfg).items()
                  if value >= HEADING_SECTION_MIN * SCALE}
        shared = common if shared is None else shared & common
        if not shared:
            return False
    return True


def _section_word(word: ShortWord, cfg: Setup, listed: bool) -> ShortWord:
    """A section name's word: foreign when English uses it as little as any short
    leftover's word, and its candidate that much more; in a name of the sections'
    list, a word a candidate uses more than English joins it (``divers`` of ``Faits
    divers``)."""
    if word.cls == "F":
        return word
    scores = source_scores(word.lower, cfg)
    english = english_zipf(word.lower, cfg.candidates)
    best = max(scores.values(), default=0)
    if english <= SHORT_EN_MAX * SCALE and best - english >= SHORT_MARGIN * SCALE:
        return ShortWord(word.start, word.end, word.lower, "F", scores)
    if listed and best > english:
        return ShortWord(word.start, word.end, word.lower, "S", scores)
    return word


def _glued_section(line: str, words: list[re.Match[str]]) -> int:
    """Where a section's name of two words ends when its second word runs into the body
    (``Faits diversTwo``, ``Vie localeOn``); 0 if the line opens otherwise."""
    if len(words) < 2 or line[words[0].end() : words[1].start()] != " ":
        return 0
    parts = _CASE_TURN.split(words[1].group())
    if len(parts) < 2:
        return 0
    name = f"{words[0].group().lower()} {parts[0].lower()}"
    return int(words[1].start()) + len(parts[0]) if name in SECTION_NAMES else 0


#: Most words of a heading whose last word runs into the body (``Entenda o casoThe…``).
GLUED_HEADING_WORDS = 4


def _glued_words(line: str, words: list[re.Match[str]]) -> int:
    """Where a heading of two to four words ends when its last word runs into the body
    (``Les réactionsThe president…``, ``Gedenken an die OpferThe Bundestag…``): the
    turn of case inside a word before a common English word, its words joined by single
    spaces; 0 if there is none."""
    for k in range(1, min(GLUED_HEADING_WORDS, len(words))):
        if line[words[k - 1].end() : words[k].start()] != " ":
            return 0
        parts = _CASE_TURN.split(words[k].group())
        if len(parts) > 1:
            # (the body it runs into is English: ``…OpferThe``, not ``…könntenMit``)
            if table("en").get(parts[1].lower(), 0) < HEADING_NEXT_MIN * SCALE:
                return 0
            return int(words[k].start()) + len(parts[0])
    return 0


def heading_span(line: str, offset: int, cfg: Setup, out: list[Fragment]) -> int:
    """A source-language heading at the start of the line, glued or cut off (``Incendie``)."""
    first = WORD.match(line)
    if first is None or not first.group()[0].isupper():
        return 0
    parts = _CASE_TURN.split(first.group())
    if len(parts) == 1 and not _HEADING_END.search(line, 0, 60) and not (
        first.group().isupper() and _GLUED_BOUNDARY.match(line, first.end())
    ) and not _CASE_TURN.search(line, first.end(), 60):
        return 0  # no separator near the start, no glued capital: no heading
    words = list(WORD.finditer(line, 0, 80))
    heading: list[tuple[int, int]] = []
    end = 0
    glued_second = _glued_section(line, words)
    glued_words = 0 if len(parts) > 1 or glued_second else _glued_words(line, words)
    if len(parts) > 1:  # ``IncendieThe``: the heading is the first part
        end = int(first.start()) + len(parts[0])
        heading = [(first.start(), end)]
    elif glued_second:  # ``Faits diversTwo young men…``: a section of two words, glued
        end = glued_second
        heading = [(words[0].start(), words[0].end()), (words[1].start(), end)]
    elif glued_words:  # ``Les réactionsThe president…``: its words, the last one cut
        end = glued_words
        heading = [(m.start(), min(m.end(), end)) for m in words if m.start() < end]
    else:
        for m in words[:3]:
            heading.append((m.start(), m.end()))
            cut = _BOUNDARY.match(line, m.end())
            if cut is None and m.group().isupper():
                cut = _GLUED_BOUNDARY.match(line, m.end())
            if cut is None:
                nxt = _NEXT_WORD.match(line, m.end())
                if nxt and _first_name(line, nxt.group(2), nxt.end()):
                    nxt = None  # ``Pfarrer Michael Brenner``: a title and a name, no body
                if nxt and table("en").get(nxt.group(2).lower(), 0) >= HEADING_NEXT_MIN * SCALE:
                    cut = nxt  # ``Última hora A fire…``: a common English word starts the body
            if cut is not None:
                end = int(m.end()) + len(cut.group(1) or "")
                break
        else:
            return 0
    # A heading may name a section (``Deportes.``, ``POLITICA –``, ``ÚLTIMA HORA -``)
    listed = " ".join(line[a:b].lower() for a, b in heading) in SECTION_NAMES
    capitals = all(line[a:b].isupper() for a, b in heading)
    dash = _DASH_AFTER.match(line, end) is not None
    # (before a dash a town's name opens a dateline: there only the list tells)
    section = listed or (capitals and not dash and _common_words(line, heading, cfg))
    if (len(heading) > 1 and all(line[a].isupper() for a, _ in heading) and not section
            and not glued_words):
        return 0  # ``Deutsche Bahn:``: a name opens the headline
    if dash and not section:
        return 0  # ``INNSBRUCK —``, ``Forlì –``: a dateline's town, not a section
    if any(allowed([m.group().lower().replace("'", "’") for m in words[:6]], cfg)[:len(heading)]):
        return 0  # an allowlisted name (``Rassemblement national``)
    classes = [_heading_word(line, cfg, a, b, len(heading) == 1) for a, b in heading]
    if section:
        # its words need only the margin of any short leftover (``DEPORTES.``: 4.51 in
        # Spanish, 2.11 in English)
        classes = [_section_word(word, cfg, listed) for word in classes]
    kinds = [w.cls for w in classes]
    if "F" not in kinds or "" in kinds or kinds[-1] == "B":
        return 0  # ``Scheveningen beach in``: the body's first words, not a heading
    language, confidence = run_language(classes, cfg)
    kind = (SpanKind.GLUED if len(parts) > 1 or glued_second or glued_words
            else SpanKind.HEADING)
    out.append(Fragment(offset + heading[0][0], offset + end, language, confidence, kind,
                        len(heading)))
    return end


# Where a sentence ends and the next opens with a capital: a heading of the source's
# page may stand there inside the paragraph (``… resigned. Réactions The students…``).
_NEXT_SENTENCE = lazy_re(r"[.!?…][”»\"’)]?[ \u00a0]+(?=[A-ZÀ-Þ])")


def inner_headings(line: str, offset: int, cfg: Setup, out: list[Fragment],
                    screen: WordScreen | None) -> list[tuple[int, int]]:
    """The source's headings that open a sentence inside the line (``… at night.
    KritikThe residents…``), appended to ``out``; their bounds in the line."""
    found: list[tuple[int, int]] = []
    for boundary in _NEXT_SENTENCE.finditer(line):
        pos = boundary.end()
        first = FP_WORD.findall(line, pos, pos + 60)[:3]
        if screen is not None and screen.opening.keys().isdisjoint(first):
            continue
        if screen is None and not any(may_be_foreign(w, cfg) for w in first):
            continue
        end = heading_span(line[pos:], offset + pos, cfg, out)
        if end:
            found.append((pos, pos + end))
    return found


__all__ = ["heading_span", "inner_headings", "one_word_heading", "opens_dateline"]
