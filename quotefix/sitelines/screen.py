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
- a note that the page was updated has a word of updating among its first three
  words (:data:`UPDATE_WORDS`); a page note or fine print, a word of its cues;
- a photographer's credit in brackets closing a caption, and a cookie banner (the
  word ``cookies``), are looked for wherever they may be;
- a flattened menu starts with one of its items, and a poll ends with a button
  to vote or see its results after its question mark;
- the page speaking of itself (:mod:`.invitations`) is a line of
  :data:`~.tuning.PAGE_NOTE_WORDS` words at most with a word of a mistake, of
  sharing or an arrow, which count among the words of phrases inside a line;
- a phrase inside a line, or two word classes together, weigh too little to
  reach the threshold on a long line (:func:`reach`, from the weights of
  :mod:`.tuning`), and on a shorter one need every word of a phrase, or a word
  of each class of a combination; a notice about the piece needs one of the
  words only a notice uses of it;
- a label of two words or more at the start, followed by a space and a word in
  lower case, is the start of a sentence, as a one-word label is;
- a paragraph (more than ``LONG_LINE_WORDS`` words) is too long for any
  evidence about the whole line: only a span inside it (a kicker, a glued label,
  a tail) can count, and the tests above see those.

Words alone in the line (letters only, between spaces) are a lower bound on its
length in words, so a line proven long by them is long; with the words inside
the other tokens, less the numbers, they are its length as the classifier
counts it. :func:`may_hold` says ``True`` whenever the classifier could find
anything in the line; the lines it clears are exactly lines the classifier
would give no guess reaching the threshold. The lower-case text is used only
when lowering keeps every character in place (the caller checks).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import filterfalse

import regex

from ..lazy import LazyPattern
from .authors import AUTHOR_LINK_LAST, job_words
from .boxes import (
    ALERT_BOX_WORDS,
    COMMENT_BOX_WORDS,
    COMMENT_WORD_AT,
    COMMENT_WORDS,
    OFFER_WORDS,
    may_be_alerts,
    may_be_offer,
)
from .broadcast import SCHEDULE_MAX_WORDS, may_be_broadcast
from .fineprint import may_be_fine_print
from .imprint import IMPRINT_WORDS, may_be_imprint
from .invitations import EARLIER_FIRST, EARLIER_WE_WROTE, WRITE_TO_US, page_words, registers
from .lexicon import lexicon
from .lines import (
    APP_STORES,
    AUTHORING,
    BEAT_VERBS,
    COPULAS,
    EDGE_WORDS,
    FOLLOW_BUTTONS,
    LONG_LINE_WORDS,
    PHOTO_IN_BRACKETS,
    PHOTO_LINE,
    QUOTES_OPEN,
    READER_WORDS,
)
from .pagenotes import may_be_page_note
from .sources import STUDY_FIRST, STUDY_SOURCE_WORDS
from .tuning import (
    ARROW,
    AUTHOR_MAX_WORDS,
    AUTHOR_NOTE_WORDS,
    COMBINATION,
    EDGE,
    INSIDE_MAX_WORDS,
    INSIDE_PHRASE,
    INSIDE_WORD,
    KICKER,
    LABEL_COLON_AT,
    MENU_MAX_WORDS,
    MENU_MIN_WORDS,
    NEWSLETTER_MAX_WORDS,
    PROMOTION_WORDS,
    QUOTED,
    SHARE_ROW_WORDS,
    SHORT_LINE_WORDS,
    START_HEADLINE,
    START_LABEL,
    THRESHOLD,
    VOCABULARY,
    WHOLE_LINE,
    length_penalty,
    reach,
)
from .unlisted import LABEL_MARKS, first_words, key_words, opening_words
from .widgets import (
    COUNTERS_MAX_WORDS,
    FIGURES_MAX_WORDS,
    PLAY_WORDS,
    PLAYER_TITLE_WORDS,
    TAG_LABELS,
)
from .wires import REUSE_WORDS, WIRE_SERVICE_WORDS, may_be_reuse, may_be_service_row

#: Every weight a piece of evidence can have.
WEIGHTS = (START_LABEL, START_HEADLINE, WHOLE_LINE, INSIDE_PHRASE, INSIDE_WORD, COMBINATION,
           KICKER, ARROW, VOCABULARY)

# The first four words of a line (the classifier's words: letters and digits).
_FIRST_WORDS = re.compile(r"[\W_]*([^\W_]+)(?:[\W_]+([^\W_]+))?(?:[\W_]+([^\W_]+))?"
                          r"(?:[\W_]+([^\W_]+))?")
# The words inside a token that is not all letters (``d’Italia’s``, ``2024,``).
_WORD = re.compile(r"[^\W_]+")
# Articles before a kicker (``THE INTERVIEW.``), as the classifier reads them.
# A label ending with one of these words runs on into a name (``Propos recueillis par Marc``).
#: The words of updating that open a note about the page, among its first three words.
UPDATE_WORDS = frozenset({"updated", "actualizada", "actualizado", "mis", "mise", "aggiornato",
                          "aggiornata", "aktualisiert", "atualizada", "atualizado", "update",
                          "actualización", "atualização", "aggiornamento", "aktualisierung",
                          "modified", "modificado", "modificada", "modifié", "modifiée",
                          "modificato", "modificata", "geändert"})
OPEN_WORDS = frozenset({"by", "par", "por", "from", "de", "di", "da", "von", "du", "of", "per",
                        "führte"})  # (``Das Gespräch führte …``: who held the interview)
ARTICLES = frozenset({"the", "l", "le", "la", "el", "il", "lo", "der", "die", "das", "o", "a"})
# What may follow the last word of a line (stripped before it is compared).
_TRAILING = ".,;:!?…”»\"’'‘“«)]}→›>-–—*"
_LEAD_MARKS = "©>»›❯→►▶▸▹‣➡➜⇒👉+"  # (the arrows :mod:`.lines` reads as a link's)
# The longest lines read by their length alone: a short line, share buttons, an author box.
_SHORT_SHAPES = (SHORT_LINE_WORDS, SHARE_ROW_WORDS, AUTHOR_MAX_WORDS)


# A word that speaks to the reader (:data:`.lines.READER_WORDS`), as a pattern.
_READER = re.compile(r"\b(?:" + "|".join(sorted(READER_WORDS)) + r")\b")


@dataclass(frozen=True, slots=True)
class Keys:
    """The words that must be in a line for each piece of evidence to be possible."""

    singles: frozenset[str]  # one-word labels (start and whole-line)
    #: The longer labels (start and whole-line), by their first two words.
    pairs: dict[tuple[str, str], tuple[tuple[str, ...], ...]]
    caps: frozenset[str]  # first words of kickers in capitals
    colon: frozenset[str]  # kickers before a colon
    tail_last: frozenset[str]  # last words of tail phrases
    inside: frozenset[str]  # one word of every phrase that counts inside a line
    #: For each word of ``inside``, the words of the phrases it stands for (a phrase
    #: counts only with every word of it in the line).
    inside_phrases: dict[str, tuple[frozenset[str], ...]]
    combined: frozenset[str]  # newsletter nouns and journalism words (combinations)
    #: The word classes that count only together, one word of each in the line.
    combined_classes: tuple[tuple[frozenset[str], ...], ...]
    notice_strong: frozenset[str]  # a notice about the piece holds one of these
    any_key: frozenset[str]  # ``inside``, ``combined`` and ``notice_strong`` together
    by: frozenset[str]  # first word of an author box
    jobs: frozenset[str]  # the jobs an author's note or box names
    social: frozenset[str]  # the words of a row of share buttons
    sections: frozenset[str]  # the items of a site's menu (a flattened menu's first word)
    footer: frozenset[str]  # words of a footer's links and of a pager (:func:`.widgets.page_rows`)
    votes: frozenset[str]  # the buttons that end a poll (``Vote``, ``Ver resultados``)
    unlisted: frozenset[str]  # first words of an unlisted label before a colon
    openers: frozenset[str]  # words of a notice's or a partnership's first four
    # (not at an edge, at an edge; then the same in a line that may speak to its reader)
    inside_reach: tuple[int, ...]
    combined_reach: tuple[int, ...]
    #: The most words (numbers aside) a line may have for any evidence the last tests
    #: of :func:`may_hold` look for: a short line's, a row of share buttons, an author
    #: box, a phrase inside a line, word classes together.
    long_reach: tuple[int, ...]
    quotes_silent: bool  # no evidence reaches the threshold in a line opened by a quote
    #: No evidence for a whole line reaches the threshold in a paragraph of more than
    #: LONG_LINE_WORDS words (only spans inside it can count).
    long_silent: bool


@lru_cache(maxsize=1)
def keys() -> Keys:
    lex = lexicon()
    singles: set[str] = set()
    pairs: dict[tuple[str, str], list[tuple[str, ...]]] = {}
    for mode in ("start", "line"):
        for found in lex.phrases[mode].values():
            for phrase in found:
                if len(phrase.words) == 1:
                    singles.add(phrase.words[0])
                else:
                    first_two = (phrase.words[0], phrase.words[1])
                    pairs.setdefault(first_two, []).append(phrase.words)
    # Any one word of a phrase proves the phrase absent when it is absent: take the longest.
    inside_phrases: dict[str, list[frozenset[str]]] = {}
    for found in lex.phrases["inside"].values():
        for p in found:
            inside_phrases.setdefault(max(p.words, key=len), []).append(frozenset(p.words))
    # The page speaking of itself (:mod:`.invitations`) may run past the short lines,
    # to PAGE_NOTE_WORDS words; it always holds a mistake, a share or an arrow word
    # (and needs nothing more than the first look tests).
    for word in page_words():
        inside_phrases.setdefault(word, []).append(frozenset())
    cls = lex.word_class
    # What combinations (:mod:`.shapes`) and a disclaimer (:mod:`.unlisted`) need together:
    # a newsletter noun and a call; a call, "our" (or a question to "you") and a
    # medium of the site; an
    # affiliation and a commission; a channel and a call; an appeal, journalism and
    # "us"; an opinion, who answers for it and "expressed"; what a piece does not
    # replace, and the advice it does not replace.
    combined = (cls("newsletter") | cls("journalism") | cls("channel") | key_words()
                | cls("promo-our") | cls("affiliate") | cls("site-you"))
    combined_classes = ((cls("newsletter"), cls("call")),
                        (cls("promo-call"), cls("promo-our"), cls("promo-medium")),
                        (cls("promo-call"), cls("site-you"), cls("promo-medium")),
                        (cls("affiliate"), cls("commission")),
                        (cls("channel"), cls("call") | FOLLOW),
                        (cls("appeal"), cls("journalism"), cls("us")),
                        (cls("appeal"), cls("journalism")),
                        (cls("opinion"), cls("responsibility"), cls("expressed")),
                        (cls("opinion"), cls("necessarily") | cls("coincide"),
                         cls("house") | cls("expressed")),
                        (cls("replace"), cls("advice")))
    inside_weight = max(INSIDE_PHRASE, INSIDE_WORD)
    inside_reach = tuple(min(reach(inside_weight, edge, addressed), INSIDE_MAX_WORDS)
                         for addressed in (False, True) for edge in (False, True))
    combined_reach = tuple(min(reach(COMBINATION, edge, addressed), NEWSLETTER_MAX_WORDS)
                           for addressed in (False, True) for edge in (False, True))
    return Keys(
        singles=frozenset(singles),
        pairs={pair: tuple(found) for pair, found in pairs.items()},
        caps=frozenset(lex.phrases["caps"]),
        colon=frozenset(lex.phrases["colon"]),
        tail_last=frozenset(p.words[-1] for found in lex.phrases["tail"].values()
                            for p in found),
        inside=frozenset(inside_phrases),
        inside_phrases={word: tuple(found) for word, found in inside_phrases.items()},
        combined=combined,
        combined_classes=combined_classes,
        notice_strong=cls("notice-strong"),
        any_key=frozenset(inside_phrases).union(combined, cls("notice-strong")),
        by=cls("by"),
        jobs=job_words(lex),
        social=cls("social"),
        sections=cls("section"),
        footer=cls("footer") | cls("pager"),
        votes=cls("vote"),
        unlisted=first_words(),
        openers=opening_words(),
        inside_reach=inside_reach,
        combined_reach=combined_reach,
        long_reach=tuple(max(i, c, *_SHORT_SHAPES) for i, c in zip(inside_reach, combined_reach,
                                                                  strict=True)),
        quotes_silent=max(WEIGHTS) + EDGE + QUOTED < THRESHOLD,
        long_silent=max(WEIGHTS) + EDGE - length_penalty(LONG_LINE_WORDS + 1) < THRESHOLD,
    )


#: Verbs of following that lead a site's invitation to a channel, beside the calls.
FOLLOW = frozenset({"follow", "siga", "segui", "sigue", "seguí", "suivez", "folgen", "folge"})
# Marks a page's layout puts after a kicker (``MEINUNG | …``, ``TECHNO›The…``), and how
# far into a line a kicker ends.
_LAYOUT_MARKS = frozenset("|›»●•+/⟩·")
_KICKER_REACH = 40
# A capitalised word (and perhaps one more in lower case) and a full stop opening a line
# before a capital: a topic before a headline (:func:`.kickers.topic_kicker`).
_TOPIC_OPENING = re.compile(r"[^\w]*[A-ZÀ-Þ][a-zß-ÿ]{3,}(?: [a-zß-ÿ]+)?\. [A-ZÀ-Þ]")
# The same before a bar: a topic no list names (:func:`.kickers.bar_topic_kicker`).
# Two or three words before a mark of the layout, then a headline (:func:`.kickers.
# bar_topic_kicker`).
_NAMED_TOPIC = re.compile(
    r"[^\w]*[\w'’+\-]+(?: [\w'’+\-]+){1,2} (?:[|»›►▶•·/]|//) [¿¡“«„\"]?[A-ZÀ-Þ]")
_TOPIC_BAR = re.compile(
    r"[^\w]*[A-ZÀ-Þ][a-zß-ÿ]{3,}(?: [a-zß-ÿ]+)? (?:[|»›►▶•·/]|//) [¿¡“«„\"]?[A-ZÀ-Þ]")
#: A tabloid's shouted label: two to five words in capitals before a colon or an
#: exclamation mark, or one of five letters or more before an exclamation mark, then a
#: headline (:func:`.kickers.shouted_kicker`): group 1 is the label with its mark.
SHOUTED_CAPS = LazyPattern(
    r"[ \t]*((?:[\p{Lu}\d][\p{Lu}\d'’\-]*[ \t]+){1,4}[\p{Lu}\d][\p{Lu}\d'’\-]*[ \t]*[:!]"
    r"|\p{Lu}{5,}!)[ \t]+(?=\p{Lu}\p{Ll})",
    regex.VERSION1,
)
#: A competition's name in capitals, figures allowed (``LIGUE 1 -``, ``TOP 14 –``, ``GIRO
#: D'ITALIA |``, ``CHAMPIONS LEAGUE >>``), then a mark and a headline (:func:`.kickers.
#: league_kicker`): group 1 is the name, group 2 the mark.
LEAGUE_CAPS = LazyPattern(
    r"[ \t]*((?:[\p{Lu}\d][\p{Lu}\d'’\-]*[ \t]+){0,3}[\p{Lu}\d][\p{Lu}\d'’\-]*)"
    r"[ \t]*(>>|[.,|\-–—»›>·])[ \t]+(?=[\p{Lu}\d“«„\"¿¡])",
    regex.VERSION1,
)
# Two or three words in capitals closing a line after the end of a sentence.
_CAPS_AFTER_SENTENCE = re.compile(
    r"[.!?…”»][ \t]+[A-ZÀ-Þ'’\-]{2,}(?:[ \t]+[A-ZÀ-Þ'’\-]{2,}){1,2}[ \t]*$"
)
# Up to three words in capitals, then a spaced dash and a capital (:func:`.kickers.
# unlisted_kicker` on the first lines).
_CAPS_DASH = re.compile(r"(?:[A-ZÀ-Þ][A-ZÀ-Þ'’\-]+ ){0,2}[A-ZÀ-Þ][A-ZÀ-Þ'’\-]{2,} [-–—] [A-ZÀ-Þ]")
# A kicker in capitals before a space, on one of the article's first lines (``NAMUR Le
# téléphérique…``, ``BAVARIA The wolf…``): up to three words in capitals, the first of
# four letters or more, then an article in mixed case opening the headline. A dateline
# takes a comma or a dash (``NAMUR, 3 mars —``), and a title in capitals goes on in them.
SPACED_CAPS = LazyPattern(
    r"(\p{Lu}{4,}(?:[ \t]+\p{Lu}{2,}){0,2})[ \t]+(?=(?:(?:The|An|A|In|On|At|La|Le|Les|El"
    r"|Los|Las|Il|Lo|Gli|Der|Die|Das|Un|Une|Una|Uno|Ein|Eine|O|Os|As|Um|Uma)[ \t]|L[’'])\p{L})",
    regex.VERSION1,
)
# A photo word after the end of a sentence (``… this morning. Photo Anne Roux``).
_PHOTO_AFTER_SENTENCE = re.compile(
    r"[.!?…”»][ \t]+(?i:archive[ \t]+photo|photo[ \t]+archives?|photos?|fotos?|ph\.?)[ \t]+[A-ZÀ-Þ]"
)
# Widgets' marks (degrees, the bars and dots between counters) and their longest line.
_WIDGET_MARKS = frozenset("°|·•▲▼›★☆⭐")
_WIDGET_SPACES = 20
# Digits of a row of figures (prices, places and points, scores) that no sentence ends.
_FIGURES_MIN_DIGITS = 6
#: How far from a line's end a credit closing a caption may start.
_CREDIT_TAIL_CHARS = 60


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
    if spaces < SHORT_LINE_WORDS:
        return True  # a short line is cheap to read
    if spaces < PLAYER_TITLE_WORDS and low[start : first.end(1)] in PLAY_WORDS:
        return True  # a player's title or a station's call (``Ouça a Rádio Serra…``)
    paragraph = spaces >= LONG_LINE_WORDS
    if paragraph and line.count(" ", 0, first.end()) > EDGE_WORDS:
        # The classifier reads a paragraph by its edges, which here may not hold the
        # first four words read below.
        return True
    w0, w1, w2, w3 = first.groups()
    low0 = w0.lower()
    if not UPDATE_WORDS.isdisjoint(w.lower() for w in (w0, w1, w2, w3) if w is not None) or (
            "updated" in low[:60] or "modified" in low[:60]):
        return True  # perhaps a note that the page was updated (:func:`.bylines.update_note`)
    if may_be_page_note(low) or may_be_fine_print(low) or (
            spaces < STUDY_SOURCE_WORDS and low0 in STUDY_FIRST and ":" in low[:40]):
        return True  # a correction, a disclaimer (:mod:`.fineprint`), a study (:mod:`.sources`)
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
        # A longer label that may count, or a credit that may follow a caption in a
        # line the credit test below does not read (it ends as a sentence does).
        labels = k.pairs.get((low0, w1.lower()))
        if labels is not None and (_label_may_count(line, low, first, labels)
                                   or _credit_may_follow(line)):
            return True
        if w0.isupper() and (low0 in k.caps or (low0 in ARTICLES and w1.isupper()
                                               and w1.lower() in k.caps)):
            return True
    elif w0.isupper() and low0 in k.caps:
        return True
    if (_TOPIC_OPENING.match(line) is not None
            and line.rstrip(" \t\u00a0”»\"’)]")[-1:] not in ".!?…"):
        return True  # perhaps a topic before a headline (``Exhibition. At the museum…``)
    if w0.isupper() and not _LAYOUT_MARKS.isdisjoint(line[: _KICKER_REACH]):
        return True  # perhaps a kicker no list names (``MEINUNG | Die Stadt…``)
    if (w0.isupper() and _CAPS_DASH.match(line, start) is not None
            and line.rstrip(" \t\u00a0”»\"’)]")[-1:] not in ".!?…"):
        return True  # perhaps a place's or a topic's name over a dash (``ALENTEJO - …``)
    if w0.isupper() and len(w0) >= 4 and SPACED_CAPS.match(line, start) is not None:
        return True  # perhaps a kicker before a space (``NAMUR Le téléphérique…``)
    if w0[:1].isupper() and _TOPIC_BAR.match(line) is not None:
        return True  # perhaps a topic before a bar (``Mobility | Lisbon Metro…``)
    if w0.isupper() and (LEAGUE_CAPS.match(line) is not None
                         or SHOUTED_CAPS.match(line) is not None):
        return True  # perhaps a competition's name before a mark (``LIGUE 1 - Lens…``)
    if edge and _NAMED_TOPIC.match(line) is not None:
        return True  # perhaps a named topic before a mark (``LaLiga EA Sports | …``)
    if (low0 in k.unlisted and any(line.find(mark, 0, LABEL_COLON_AT) >= 0
                                   for mark in LABEL_MARKS)
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
    if (line.rstrip(" \t.")[-1:] == ")" and PHOTO_IN_BRACKETS.search(line)) or (
            PHOTO_LINE.match(line)):
        return True  # a photographer's credit closing a caption (``… (Foto Fabbrini)``)
    if spaces <= SCHEDULE_MAX_WORDS and may_be_broadcast(line, stripped):
        return True  # perhaps programme times or a station's plug (:mod:`.widgets`)
    if ("erid" in low and ":" in low) or (spaces <= _WIDGET_SPACES and (
            not _WIDGET_MARKS.isdisjoint(line) or low0 in TAG_LABELS)):
        return True  # perhaps a weather box or a row of counters (:mod:`.widgets`)
    tail = line[-_CREDIT_TAIL_CHARS:]
    if "©" in tail or ("/" in tail and stripped[-1] not in ".!?…") or (
            stripped[-1] not in ".!?…" and _PHOTO_AFTER_SENTENCE.search(tail)) or (
            stripped[-1].isupper() and _CAPS_AFTER_SENTENCE.search(tail)):
        return True  # perhaps a credit closing a caption (``… © APA/M. Reiter``, ``… / ANA RUIZ``)
    if (spaces <= FIGURES_MAX_WORDS and stripped[-1] not in ".!?…"
            and sum(map(str.isdigit, line)) >= _FIGURES_MIN_DIGITS):
        return True  # perhaps a market's prices, a league table, results (:func:`.widgets.figures`)
    if low0 in k.footer and spaces <= _WIDGET_SPACES and stripped[-1] not in ".!?…":
        return True  # perhaps a footer's row of links (:func:`.widgets.page_rows`)
    if stripped[-1] not in "?…" and registers(low):
        return True  # perhaps a newsletter's call closed by its button (``… I register``)
    if "?" in line and WRITE_TO_US.search(line):
        return True  # perhaps a call to readers to write in (:func:`.invitations.reader_call`)
    if (stripped[-1] in ".!?…" and spaces < AUTHOR_NOTE_WORDS
            and any(w is not None and (w.lower() in COPULAS or w.lower() in BEAT_VERBS)
                    for w in (w1, w2, w3))
            and any(t.strip(".,;:") in AUTHORING for t in low.split())):
        return True  # perhaps an author's note (:func:`.authors.author_note`)
    if spaces < AUTHOR_NOTE_WORDS and low.rsplit(None, 1)[-1] in FOLLOW_BUTTONS:
        return True  # perhaps an author's note closed by the button to follow the author
    if (spaces < AUTHOR_NOTE_WORDS and (
            low.rsplit(None, 1)[-1].strip(_TRAILING + "›→»") in AUTHOR_LINK_LAST
            or any(t.strip(_TRAILING) in k.jobs for t in low.split(None, 8)[:8]))) or (
            spaces <= COUNTERS_MAX_WORDS and " by " in low):
        return True  # perhaps the box on the author (:mod:`.authors`), a note, a crew
    if spaces < PROMOTION_WORDS and not APP_STORES.isdisjoint(
            t.strip(_TRAILING) for t in low.replace("-", " ").split()):
        return True  # perhaps the site's promotion of its app (:func:`.shapes.promotion`)
    if "cookie" in low:
        return True  # perhaps a cookie banner (:func:`.shapes.cookie_banner`)
    if spaces < COMMENT_BOX_WORDS and any(
            t.strip(_TRAILING) in COMMENT_WORDS for t in low.split(None, COMMENT_WORD_AT)[
                :COMMENT_WORD_AT]):
        return True  # perhaps a comment box's rules (:func:`.boxes.comment_box`)
    if spaces < ALERT_BOX_WORDS and may_be_alerts(low):
        return True  # perhaps an offer of alerts (:func:`.boxes.alerts_box`)
    if spaces < OFFER_WORDS and may_be_offer(line):
        return True  # perhaps a subscriber wall's offer (:func:`.boxes.paywall_offer`)
    if spaces < WIRE_SERVICE_WORDS and may_be_service_row(low):
        return True  # perhaps an agency's service row (:func:`.wires.wire_service`)
    if "founder:" in low or "editor-in-chief:" in low:
        return True  # perhaps the imprint of a publisher (:func:`.widgets.page_rows`)
    if spaces < REUSE_WORDS and may_be_reuse(low):
        return True  # perhaps the site's terms for reuse (:func:`.wires.reuse_terms`)
    if spaces < IMPRINT_WORDS and may_be_imprint(low):
        return True  # perhaps the site's imprint (:func:`.imprint.imprint`)
    if low0 in k.sections and ((spaces <= MENU_MAX_WORDS and "," not in line
                                and w1 is not None and w1.lower() in k.sections)
                               or line[first.end(1) : first.end(1) + 2].strip()[:1]
                               in (".", "|", "·", ":", "/", "›", "»", "●", "•", "+", ">")
                               or line[first.end(1) : first.end(1) + 2] in (" -", " –", " —")):
        return True  # perhaps a flattened menu or a section's kicker (``Health. …``)
    if (spaces <= MENU_MAX_WORDS and "," not in line and stripped[-1] not in ".!?…"
            and w0[:1].isupper() and sum(
                t.strip(_TRAILING) in k.sections for t in low.split()) >= MENU_MIN_WORDS):
        return True  # perhaps a regional site's menu, its places among the sections
    if "?" in line and stripped.split()[-1].lower().strip(_TRAILING) in k.votes:
        return True  # perhaps a poll and its buttons (:func:`.shapes.poll`)
    if stripped[-1] not in ".!?…" and _credit_may_follow(line):
        return True  # perhaps a credit after a caption (``… that day. Photo: J. Smith``)
    tokens = low.split()
    # ``Read more``: a tail phrase ends with the line's last word.
    last = tokens[-1].strip(_TRAILING)
    if not last.isalnum() or last in k.tail_last:
        return True
    if low0 in EARLIER_FIRST and EARLIER_WE_WROTE.match(line):
        return True  # perhaps the site's pointer to its earlier story
    if low0 in FOLLOW and last in k.social:
        return True  # perhaps an invitation to follow the site (``Follow … on Instagram``)
    if paragraph:
        # Only spans inside a paragraph can count (a kicker, a glued label, a tail),
        # and the tests above let through every line that may hold one.
        return not k.long_silent
    # Tokens of letters only are words as they stand (and count: a lower bound on the
    # line's words); the others are split into words only if the words are needed.
    others = list(filterfalse(str.isalpha, tokens))
    alpha = len(tokens) - len(others)
    at = edge + 2 * (_READER.search(low) is not None)  # (the reaches' order, as built)
    longest = k.long_reach[at]
    if alpha > longest:
        return False  # most paragraphs: their words of letters alone prove them long
    inside = k.inside_reach[at]
    combined = k.combined_reach[at]
    inner = _WORD.findall(" ".join(others))  # the words of ``d’Italia’s``, ``2024,``
    # The narrower tests. With the words inside the other tokens, less the numbers,
    # ``least`` is the line's length in words, numbers aside, as the classifier counts it.
    least = alpha + len(inner) - sum(map(str.isdigit, inner))
    if least <= SHORT_LINE_WORDS:
        return True
    if least <= SHARE_ROW_WORDS and low0 in k.social and low0 not in ARTICLES:
        return True  # perhaps a row of share buttons (every word a network or a verb)
    if least > longest:
        return False
    if k.any_key.isdisjoint(tokens) and k.any_key.isdisjoint(inner):
        # Most lines: no word of a phrase inside a line, of a combination or of a notice.
        return least <= AUTHOR_MAX_WORDS and low0 in k.by
    present = {*tokens, *inner}
    if (least <= combined and not k.notice_strong.isdisjoint(present)
            and _opens_notice(first, low, k)):
        return True  # perhaps a notice about the piece (a partnership line is shorter)
    return ((least <= inside and _phrase_inside(present, k))
            or (least <= combined and _classes_together(present, k))
            or (least <= AUTHOR_MAX_WORDS and low0 in k.by))


def _label_may_count(line: str, low: str, first: re.Match[str],
                     labels: tuple[tuple[str, ...], ...]) -> bool:
    """Could one of ``labels`` (of two words or more, the first two the line's) count
    at the start of ``line``?

    As for a one-word label, a label before a plain space and a lower-case word is the
    start of a sentence (``Photo archives of the paper…``), unless it is in capitals or
    runs on (``Propos recueillis par``). A label longer than the four words read here
    is left to the classifier.
    """
    for words in labels:
        n = len(words)
        if n > 4:
            return True
        if any(low[first.start(group) : first.end(group)] != words[group - 1]
               for group in range(3, n + 1)):
            continue  # not this label (a word missing reads as an empty slice)
        end = first.end(n)
        after = line[end : end + 2]
        if not (after[:1] == " " and after[1:].islower() and words[-1] not in OPEN_WORDS
                and not line[first.start(1) : end].isupper()):
            return True
    return False


def _credit_may_follow(line: str) -> bool:
    """Could a credit follow the end of a sentence in ``line``: a colon, slash or © after
    the first end of a sentence, or a spaced dash? (After the last end only would miss
    ``… that day. Photo: J. Smith``, where a full stop follows the credit's colon.)"""
    ends = [found for found in map(line.find, (*".!?…”»)", " —", " –")) if found >= 0]
    return bool(ends) and any(c in line[min(ends):] for c in ":：©/")


def _opens_notice(first: re.Match[str], low: str, k: Keys) -> bool:
    """Is one of the first four words a notice's or a partnership's (``Cet article…``)?

    The words, lowered, are slices of ``low`` (lowering kept every place).
    """
    for group in (1, 2, 3, 4):
        a = first.start(group)
        if a >= 0 and low[a : first.end(group)] in k.openers:
            return True
    return False


def _phrase_inside(present: set[str], k: Keys) -> bool:
    """Are all the words of a phrase that counts inside a line among the line's words?"""
    if k.inside.isdisjoint(present):
        return False  # most lines
    return any(words <= present for key in k.inside & present
               for words in k.inside_phrases[key])


def _classes_together(present: set[str], k: Keys) -> bool:
    """Does the line hold a word of each class of one combination?"""
    if k.combined.isdisjoint(present):
        return False  # most lines
    return any(all(not words.isdisjoint(present) for words in classes)
               for classes in k.combined_classes)


__all__ = ["ARTICLES", "OPEN_WORDS", "Keys", "keys", "may_hold", "reach"]
