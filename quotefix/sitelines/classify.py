"""The scored line classifier: which lines (and which spans of lines) are site boilerplate.

Every non-blank line is looked at once. Its evidence — a label at its start,
the whole line being a label, a phrase inside a short line, word classes that
combine, a kicker in capitals, an arrow — gives a kind and a weight; the
line's shape (length, a quotation mark at its start, its place in the
article) adjusts the weight; a line that reaches :data:`~.tuning.THRESHOLD`
is boilerplate of the kind its best evidence names. A second pass takes the
headlines listed under a list heading (``MORE NEWS``, ``LIRE AUSSI`` alone).

Before a line is split into words, :mod:`.screen` takes a first look: a line
it proves unable to reach the threshold (most paragraphs) is not read further.

Some boilerplate sits inside a clean line: a kicker before a headline
(``VIDEO. Storm…``), a credit after a caption, ``Read more →`` after the
last sentence, ``Loading`` glued to a headline. Those are reported, and
removed, as spans; the rest of the line stays.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass
from functools import lru_cache

from .arrows import arrow_link, drop_list_items
from .authors import AUTHOR_NOTE_LINES, author_box, author_names, author_note
from .boxes import OFFER_WORDS, alerts_box, comment_box, paywall_offer
from .broadcast import SCHEDULE_MAX_WORDS, schedule, station
from .bylines import (
    WIRE_HEADER_WORDS,
    byline,
    meta_row,
    timestamp,
    update_note,
    wire_header,
)
from .fineprint import fine_print
from .footlists import foot_list
from .footlists import heading_guess as foot_heading
from .glued import glued, glued_anywhere
from .guess import Guess as _Guess
from .imprint import IMPRINT_WORDS, imprint
from .inside import phrase_inside
from .invitations import EARLIER_FIRST, earlier_report, invitations, speaks_to_reader
from .kickers import (
    TOPIC_KICKER_LINES,
    bar_topic_kicker,
    glued_kicker,
    kicker,
    section_above_headline,
    section_kicker,
    ticker_kicker,
    topic_kicker,
    unlisted_kicker,
)
from .lexicon import Lexicon, Phrase, lexicon
from .lines import NAME_PARTICLES, Line, ends_sentence, filled_bounds, glued_split, make_line
from .mastheads import masthead, may_name_site, site_header
from .pagenotes import page_note
from .screen import OPEN_WORDS, keys, may_hold
from .shapes import (
    DOWNLOAD_MAX_WORDS,
    combinations,
    cookie_banner,
    copyright_line,
    download,
    form_field,
    hashtags,
    menu_row,
    photo_in_brackets,
    poll,
    wrapped,
)
from .sources import study_source
from .tails import caps_credit, closing_credit, credit_may_close, tails
from .trails import TRAIL_MAX_WORDS, breadcrumbs
from .tuning import (
    EDGE,
    EDGE_FIRST,
    EDGE_LAST,
    HEADLINE_MAX_WORDS,
    KICKER_HEADLINE_WORDS,
    NEWSLETTER_MAX_WORDS,
    PAGE_NOTE_WORDS,
    QUOTED,
    READER_ADDRESSED,
    READER_ADDRESSED_WORDS,
    SHORT_LINE_WORDS,
    START_HEADLINE,
    START_LABEL,
    TAIL_CREDIT_WORDS,
    THRESHOLD,
    WHOLE_LINE,
    length_penalty,
)
from .unlisted import unlisted
from .vocabulary import vocabulary
from .widgets import (
    COUNTERS_MAX_WORDS,
    FIGURES_MAX_WORDS,
    RATING_MAX_WORDS,
    ad_token,
    age_mark,
    author_row,
    counted,
    counters,
    figures,
    lone_widget,
    page_rows,
    player,
    rating,
    tag_list,
    weather,
)
from .wires import (
    AGENCY_CODE_WORDS,
    REUSE_WORDS,
    agency_code,
    quoted_agency_header,
    reuse_terms,
    wire_service,
)

_NO_WORDS: list[tuple[int, int]] = []
_NO_LOWERS: list[str] = []

KINDS = (
    "teaser", "newsletter", "ad", "credit", "notice", "kicker", "furniture", "headlines",
)

_SEPARATORS = ":：|>»›←-–—.→➡➜➔⇢⇨⇒👉►▶©/?!·\ufe0f"
# A credit's label is followed by a colon, a copyright sign or a slash (``Photo: AFP``).
_CREDIT_SEPARATORS = ":：©/"


@dataclass(frozen=True, slots=True)
class Block:
    """One piece of boilerplate.

    ``start``/``end`` is what a finding marks (a label, a span, or the line);
    ``cut`` is what removal deletes: ``None`` for whole lines (from
    ``line_start`` to ``line_end``, the line break handled by the caller), or
    an inline range of one line.
    """

    kind: str
    start: int
    end: int
    line_start: int
    line_end: int
    cut: tuple[int, int] | None
    label: str
    score: float


def _after_label(
    text: str, line: Line, end: int, caps: bool, open_end: bool, separators: str = _SEPARATORS
) -> tuple[float, bool]:
    """The weight of a label ending at ``end``, from what follows it; and whether it is alone."""
    rest = text[end : line.end]
    stripped = rest.strip(" \t\u00a0\u202f.:：|>»›←→➡➜⇒👉►▶\ufe0f…-–—")
    if not stripped:
        return START_LABEL, True
    if rest[0].isupper():  # glued to the headline (``READ ALSOElected``)
        return START_LABEL, False
    lead = rest.lstrip(" \t\u00a0\u202f")
    if lead and lead[0] in separators:
        return START_LABEL, False
    if separators.startswith(_CREDIT_SEPARATORS) and not open_end:
        return 0.0, False  # ``PHOTO - The first snow``: a kicker, not a credit
    first = lead[:1]
    if first.isupper() or first.isdigit() or first in "“«„\"‘'[(":
        return START_HEADLINE, False
    if caps or open_end:
        return START_HEADLINE, False
    return 0.0, False


def _start_label(text: str, line: Line, lex: Lexicon, guesses: list[_Guess]) -> None:
    if not line.words:
        return
    lowers = line.lowers
    # A longer label that does not fit gives way to a shorter one that does
    # (``Photo: archives Le Progrès``: ``Photo`` and its colon, not ``Photo archives``).
    for label_phrase in lex.matches("start", lowers, 0):
        if _start_guess(text, line, label_phrase, guesses):
            break
    phrase = lex.at("line", lowers, 0)
    if phrase is None:
        return
    n = len(phrase.words)
    end = line.words[n - 1][1]
    label = text[line.words[0][0] : end]
    if n == line.size:
        guesses.append(_Guess(phrase.kind, WHOLE_LINE, label, alone=True))
    elif _duration(lex, lowers[n:]):
        # ``Listen to the article (4 min)``: the label with how long it takes.
        guesses.append(_Guess(phrase.kind, WHOLE_LINE, label))
    elif phrase.kind == "headlines" and _named_topic(text, line, n):
        # ``Other news of Sport``, ``More from Hamburg``: a list's heading and its topic.
        guesses.append(_Guess(phrase.kind, WHOLE_LINE, label, alone=True))
    else:
        # A line label glued to a headline (``LoadingLufthansa``, ``Loading...The``):
        # only the label (and its dots) goes.
        glue = end + len(text[end : line.end]) - len(text[end : line.end].lstrip(".…"))
        if glue < line.end and text[glue].isupper():
            guesses.append(_Guess(phrase.kind, START_LABEL, label, (line.body, glue),
                                  (line.body, glue)))


# Prepositions between a list's heading and its topic (``Other news of Sport``).
_TOPIC_PREPOSITIONS = frozenset(
    {"of", "from", "in", "about", "on", "de", "du", "des", "da", "di", "del", "dal", "aus",
     "em", "do", "sobre", "en", "zu", "zum", "zur"}
)
#: Most words of a list heading's topic (``More from the Canary Islands``).
_TOPIC_MAX_WORDS = 4
# Words of news in a list's heading (``Other news of…``, ``Más noticias de…``).
_NEWS_WORDS = frozenset({"news", "noticias", "notizie", "nachrichten", "notícias", "actualités",
                         "informations", "meldungen"})


def _named_topic(text: str, line: Line, n: int) -> bool:
    """After a list heading's first ``n`` words, a preposition (its last word or the
    next) and a capitalised name, and nothing else: ``Other news of Sport``."""
    rest = line.lowers[n:]
    if not rest or len(rest) > _TOPIC_MAX_WORDS or ends_sentence(text, line):
        return False
    if not _NEWS_WORDS.isdisjoint(line.lowers[:n]):
        # ``Other news of the ministry``, ``Latest news of the faction``: a heading that
        # names news lists it, whatever its topic is
        return True
    if line.lowers[n - 1] not in _TOPIC_PREPOSITIONS:
        if rest[0] not in _TOPIC_PREPOSITIONS or len(rest) < 2:
            return False
        n += 1  # the preposition opens the rest
    names = [text[a:b] for a, b in line.words[n:]]
    return names[0][:1].isupper() and all(
        w[:1].isupper() or w.lower() in NAME_PARTICLES for w in names)


def _start_guess(text: str, line: Line, phrase: Phrase, guesses: list[_Guess]) -> bool:
    """The guess of a label at the start of ``line``, if what follows lets it count."""
    n = len(phrase.words)
    end = line.words[n - 1][1]
    label = text[line.words[0][0] : end]
    separators = _SEPARATORS
    if phrase.kind == "credit":
        # ``Photo Agency, Name Surname``: a label of several words may take a comma.
        separators = _CREDIT_SEPARATORS + ("," if n > 1 else "")
    open_end = phrase.words[-1] in OPEN_WORDS
    weight, alone = _after_label(text, line, end, label.isupper(), open_end, separators)
    if (weight and phrase.kind == "credit" and open_end and not label.isupper()
            and text[end : line.end].lstrip()[:1].islower()
            and (ends_sentence(text, line) or closing_credit(text, line) is not None)):
        # ``Photo de famille pour les élus après le vote.``: a sentence, not a credit
        # (``Propos recueillis par notre envoyée spéciale`` ends without a full stop);
        # ``Imagen de archivo del puerto. / ANA RUIZ``: a caption, its credit at the end.
        weight = 0.0
    if not weight:
        return False
    shown_end = end + len(text[end : line.end]) - len(
        text[end : line.end].lstrip(" \t\u00a0\u202f:：|>»-–—.→")
    )
    while shown_end > end and text[shown_end - 1] in " \t\u00a0\u202f":
        shown_end -= 1
    guesses.append(_Guess(phrase.kind, weight, label, (line.start, shown_end), alone=alone))
    return True


def _duration(lex: Lexicon, rest: list[str]) -> bool:
    """Is ``rest`` a length in minutes and nothing else (``4 min``)?"""
    return (len(rest) == 2 and rest[0].isdigit()
            and rest[1] in lex.word_class("minutes"))


def _glued_label(text: str, line: Line, lex: Lexicon, guesses: list[_Guess]) -> None:
    """A label glued to the headline inside one word (``READ ALSOElected``)."""
    for k in range(min(len(line.words), 4)):
        a, b = line.words[k]
        parts = glued_split(text, a, b)
        if len(parts) < 2:
            continue
        words = [text[x:y].lower() for x, y in line.words[:k]] + [
            text[x:y].lower() for x, y in parts
        ]
        offsets = line.words[:k] + parts
        for mode in ("start", "line"):
            phrase = lex.at(mode, words, 0)
            if phrase is None or len(phrase.words) >= len(words):
                continue
            n = len(phrase.words)
            end = offsets[n - 1][1]
            if not text[end : end + 1].isupper() or offsets[n][0] != end:
                continue
            label = text[offsets[0][0] : end]
            if mode == "line":
                guesses.append(_Guess(phrase.kind, START_LABEL, label, (line.body, end),
                                      (line.body, end)))
            else:
                guesses.append(_Guess(phrase.kind, START_LABEL, label, (line.start, end)))
            return
        return


def _shape(text: str, line: Line, count: int) -> float:
    # Numbers split into many words (``03/11/2025 at 18:42``); only words count.
    numbers = sum(w.isdigit() for w in line.lowers) if len(line.lowers) == line.size else 0
    words = line.size - numbers
    adjust = -length_penalty(words) + (READER_ADDRESSED if words <= READER_ADDRESSED_WORDS
                                       and speaks_to_reader(text, line) else 0.0)
    if line.quoted:
        adjust += QUOTED
    if line.index < EDGE_FIRST or line.index >= count - EDGE_LAST:
        adjust += EDGE
    return adjust


@lru_cache(maxsize=1)
def _first_words() -> tuple[frozenset[str], frozenset[str]]:
    """Words that may start a label at a line's start, and inside its last words."""
    lex = lexicon()
    return lex.firsts("start", "line", "caps", "colon"), lex.firsts("tail", "start")


def _best(text: str, line: Line, count: int, lex: Lexicon) -> _Guess | None:
    guesses: list[_Guess] = []
    heads, tail_words = _first_words()
    if line.lowers and line.lowers[0] in heads:
        kicker(text, line, lex, guesses)
        _start_label(text, line, lex, guesses)
    if not guesses and line.size > KICKER_HEADLINE_WORDS:
        ticker_kicker(text, line, guesses)
        if not guesses:
            unlisted_kicker(text, line, guesses)
        if not guesses:
            section_kicker(text, line, lex, guesses)
        if not guesses:
            topic_kicker(text, line, guesses)
        if not guesses:
            bar_topic_kicker(text, line, guesses)
        if not guesses and line.index <= TOPIC_KICKER_LINES:
            glued_kicker(text, line, guesses)
    if not guesses and glued_anywhere(text, line):
        _glued_label(text, line, lex, guesses)
    copyright_line(text, line, guesses)
    arrow_link(text, line, guesses)
    phrase_inside(text, line, lex, guesses)
    combinations(text, line, lex, guesses)
    if (line.size <= NEWSLETTER_MAX_WORDS and not wrapped(text, line, lex)
            and not any(g.kind == "kicker" for g in guesses)):
        # A kicker (``Lee: The court…``) leaves its headline; an unlisted teaser
        # label would take the whole line.
        unlisted(text, line, guesses)
    if line.size <= SHORT_LINE_WORDS:
        vocabulary(text, line, guesses)
    if not guesses and line.size <= PAGE_NOTE_WORDS:
        invitations(text, line, guesses)
    if not guesses and line.lowers and line.lowers[0] in EARLIER_FIRST:
        earlier_report(text, line, guesses)
    if line.size <= 6:
        age_mark(text, line, guesses)
        counted(text, line, lex, guesses)
        form_field(text, line, lex, guesses)
        lone_widget(text, line, guesses)
    elif line.size <= RATING_MAX_WORDS:
        rating(text, line, guesses)
    if line.size <= COUNTERS_MAX_WORDS:
        player(text, line, guesses)
        weather(text, line, guesses)
        counters(text, line, lex, guesses)
        tag_list(text, line, guesses)
        author_row(text, line, lex, guesses)
    if "erid" in text[line.body : line.end]:
        ad_token(text, line, guesses)
    if not guesses and line.size <= SCHEDULE_MAX_WORDS:
        schedule(text, line, guesses)
        station(text, line, guesses)
    if not guesses and line.size <= FIGURES_MAX_WORDS:
        figures(text, line, guesses)
        if not guesses:
            page_rows(text, line, lex, guesses)
    if line.size <= SHORT_LINE_WORDS:
        hashtags(text, line, guesses)
    if line.size <= TRAIL_MAX_WORDS:
        breadcrumbs(text, line, guesses)
    update_note(text, line, guesses)
    page_note(text, line, guesses)
    fine_print(text, line, guesses)
    study_source(text, line, guesses)
    cookie_banner(line, lex, guesses)
    menu_row(text, line, lex, guesses)
    if "?" in text[line.start : line.end]:
        poll(text, line, lex, guesses)
    if line.size <= DOWNLOAD_MAX_WORDS:
        download(text, line, guesses)
    if not guesses or text[line.start] == "(":
        photo_in_brackets(text, line, guesses, lex)
    if not guesses:
        byline(text, line, lex, guesses)
        timestamp(text, line, lex, guesses)
    meta_row(text, line, lex, guesses)
    if line.size >= 5 and line.lowers and line.lowers[0] not in heads and not (
            AUTHOR_NOTE_LINES <= line.index < count - AUTHOR_NOTE_LINES):
        author_note(text, line, lex, guesses)  # (at the top or the foot of the article)
    if not guesses and line.size >= 3:
        author_box(text, line, lex, guesses)
    if line.size <= WIRE_HEADER_WORDS:
        wire_header(text, line, lex, guesses)
        quoted_agency_header(text, line, lex, guesses)
    if not guesses:
        wire_service(text, line, lex, guesses)
    if not guesses and line.size <= AGENCY_CODE_WORDS:
        agency_code(text, line, lex, guesses)
    if line.size <= REUSE_WORDS:
        reuse_terms(text, line, guesses)
    if line.size <= IMPRINT_WORDS:
        imprint(text, line, guesses)
    if not guesses:
        comment_box(text, line, guesses)
    if not guesses:
        alerts_box(text, line, guesses)
    if not guesses and line.size <= OFFER_WORDS:
        paywall_offer(text, line, guesses)
    if not guesses and any(w in tail_words for w in line.lowers[-TAIL_CREDIT_WORDS - 2 :]):
        tails(text, line, lex, guesses)
    if not guesses and line.lowers and credit_may_close(text, line, lex):
        caps_credit(text, line, lex, guesses)
    if not guesses:
        return None
    if len(guesses) > 1 and any(g.label == "breadcrumbs" for g in guesses):
        # A trail is the page's trail even where its first items spell a list's heading
        # (``Main / News / City``): the lines below are the article, not the list's items.
        guesses = [g for g in guesses if not g.alone]
    if text[line.start : line.end].rstrip().endswith("?"):
        # A notice tells; a question is the article's own (``¿La traducción automática le
        # va a quitar el trabajo?``).
        guesses = [g for g in guesses if g.kind != "notice"]
        if not guesses:
            return None
    adjust = _shape(text, line, count)
    best: _Guess | None = None
    for guess in guesses:
        # Inline spans are judged on the span, not on the length of the line they sit in.
        score = guess.weight + (0.0 if guess.cut is not None else adjust)
        if guess.cut is not None and line.quoted:
            score += QUOTED
        if score >= THRESHOLD and (best is None or score > best.weight):
            best = _Guess(guess.kind, score, guess.label, guess.shown, guess.cut, guess.alone)
    return best


def _item(text: str, line: Line, guess: _Guess | None) -> bool:
    """Could ``line`` be one headline of a list (after a list heading)?"""
    if (guess is not None and guess.kind != "teaser") or line.quoted or not line.size or (
            line.size > HEADLINE_MAX_WORDS):
        return False
    stripped = text[line.body : line.end].rstrip()
    return bool(stripped) and stripped[-1] not in ".;,:!" and (
        stripped[0].isupper() or stripped[0].isdigit())


class _Lines:
    """The filled lines of a text: where each starts and stops (compact arrays, a long
    text has tens of thousands), and each line built so far."""

    def __init__(self, text: str) -> None:
        self.text = text
        # four bytes an offset where they fit: a 10 MB text has some 60,000 lines
        code = "I" if len(text) < 1 << 32 else "q"
        self.starts = starts = array(code)
        self.stops = stops = array(code)
        for start, stop in filled_bounds(text):
            starts.append(start)
            stops.append(stop)
        self.built: dict[int, Line] = {}

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, k: int) -> Line:
        """Line ``k``, built now if the first look had cleared it."""
        line = self.built.get(k)
        if line is None:
            line = self.built[k] = make_line(self.text, k, self.starts[k], self.stops[k])
        return line


#: How deep in the text a section's name alone may stand, below the page's own lines.
SECTION_LINE_REACH = 4


def _overlaps(span: tuple[int, int] | None, start: int, end: int) -> bool:
    return span is not None and span[0] < end and start < span[1]


def classify(text: str, screen: bool = True) -> list[Block]:
    """The boilerplate blocks of ``text``, in order.

    ``screen=False`` reads every line in full, without the first look of
    :mod:`.screen` (the same blocks, more slowly: the tests compare the two).
    """
    lex = lexicon()
    # Lines are cut out (and lowered) one at a time: a whole-text copy, split or
    # lowered, would add two or three times the text's size to a long check's peak.
    lines = _Lines(text)
    count = len(lines)
    last_edge = count - EDGE_LAST
    screen_keys = keys()
    guesses: dict[int, _Guess] = {}  # by line; most lines have none
    for index, (pos, stop) in enumerate(zip(lines.starts, lines.stops, strict=True)):
        if screen:
            line = text[pos:stop]
            low = line.lower()
            # The first look needs a lower case that keeps every character in place.
            if (len(low) == len(line) and "\u03a3" not in line
                    and not may_hold(line, low, index < EDGE_FIRST or index >= last_edge,
                                     screen_keys)):
                continue  # the line is built only if a list heading asks for it
        made = lines[index]
        guess = _best(text, made, count, lex)
        if guess is None:
            del lines.built[index]  # built again in the rare case a list heading asks for it
        else:
            guesses[index] = guess
            made.words, made.lowers = _NO_WORDS, _NO_LOWERS  # not needed again
    # (``CHRONICLE`` alone above the headline: the page's section; the first line, or
    # the first after the page's own lines: its name, its menu)
    first = next((k for k in range(min(count, SECTION_LINE_REACH)) if k not in guesses), None)
    # (the next line is the headline: not the page's own, though a kicker may open it)
    if first is not None and first + 1 < count and (
            first + 1 not in guesses or guesses[first + 1].kind == "kicker"):
        top = section_above_headline(text, lines[first], lines[first + 1], lex)
        if top is not None:
            guesses[first] = top
    # The site's name alone at the top or the foot of the article.
    # (a line is built only if its raw text is short enough and ends no sentence)
    for k in {*range(min(count, SECTION_LINE_REACH)), *range(max(0, count - EDGE_LAST), count)}:
        if k not in guesses and may_name_site(text, lines.starts[k], lines.stops[k]) and (
                name := masthead(text, lines[k], lex) or (
                    site_header(text, lines[k], lex) if k < EDGE_FIRST else None)) is not None:
            guesses[k] = name
    def raw_line(k: int) -> str:
        return text[lines.starts[k] : lines.stops[k]]

    drop_list_items(text, count, lines.__getitem__, raw_line, guesses)
    author_names(text, count, lines.__getitem__, raw_line, guesses, lex.word_class("job"))
    foot = foot_list(text, count, lines.__getitem__, guesses)
    if foot is not None:
        guesses[foot] = foot_heading()
    takes_next: set[int] = set()  # a teaser label alone, with its one headline below
    # Lists of headlines under a heading (``MORE NEWS``) or a teaser label alone.
    i = 0
    while i < count:
        guess = guesses.get(i)
        if guess is None or not guess.alone or guess.kind not in ("teaser", "headlines"):
            i += 1
            continue
        j = i + 1
        while j < count and _item(text, lines[j], guesses.get(j)):
            j += 1
        if j - i - 1 == 1 and guess.kind == "teaser":
            takes_next.add(i)
            guesses.pop(i + 1, None)
        else:
            for k in range(i + 1, j):
                guesses[k] = _Guess("headlines", guess.weight, guess.label)
        i = max(j, i + 1)
    blocks: list[Block] = []
    for k in sorted(guesses):
        guess = guesses[k]
        found = lines[k]
        start, end = guess.shown or (found.start, found.end)
        while end > start and text[end - 1] in " \t\u00a0\u202f":
            end -= 1
        score = round(guess.weight, 2)
        blocks.append(Block(guess.kind, start, end, found.start, found.end, guess.cut,
                            guess.label, score))
        if k in takes_next:
            # The headline under a teaser label alone is reported too; removal takes
            # the two lines as one run when they are adjacent.
            follower = lines[k + 1]
            blocks.append(Block(guess.kind, follower.start, follower.end, follower.start,
                                follower.end, None, guess.label, score))
    # Items glued into a line after one of its sentences (:mod:`.glued`), where the line
    # itself is not boilerplate.
    extra = [Block(item.kind, item.start, item.end, pos, stop, item.cut, item.label, START_LABEL)
             for k, (pos, stop) in enumerate(zip(lines.starts, lines.stops, strict=True))
             if k not in guesses or guesses[k].shown is not None
             for item in glued(text, pos, stop)
             # (not what the line's own guess already marks: a credit closing a caption)
             if k not in guesses or not _overlaps(guesses[k].shown, item.start, item.end)]
    if extra:
        blocks = sorted(blocks + extra, key=lambda b: b.start)
    return blocks


__all__ = ["KINDS", "Block", "Phrase", "classify"]
