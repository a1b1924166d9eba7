"""Short leftovers inside English sentences: one word, two or three words, a heading.

MT leaves single content words (``the misiva``, ``the Landkreis``), short
phrases (``placed en garde à vue``, ``the legge di bilancio``) and the
source site's section heading run into the first sentence (``IncendieThe
fire…``, ``Justicia. The court…``). They carry no function word for the
first pass to see; word frequencies do the work: a word that English almost
never uses and a candidate language uses often (:mod:`.frequencies`) is a
foreign content word.

Each word of the line gets a class:

- ``F`` foreign: no common English word, frequent in a candidate language,
  rare in English (German nouns, capitalised, only after an English
  determiner: ``the Landkreis``);
- ``M`` marker: a candidate language's function word that is no English
  word (``de``, ``des``, ``di``, ``der``);
- ``S`` shared: a common English word that a candidate language uses more
  (``centre``, ``commission``): it joins a run but never starts one alone;
- anything else ends a run.

A run is kept with a foreign word in it (or a marker between two shared
words), trimmed of markers at its end. Runs are never read inside
quotation marks, brackets, parentheses or italics (the wrapped-span path
judges those), next to a name (a capitalised word: ``Directeur général des
élections du Québec``), after a cue or before a gloss (``the "rentrée", the
return to school``).
"""

from __future__ import annotations

import re
from collections.abc import Container
from itertools import accumulate

from ..lazy import lazy_re
from .addresses import STREET_WORDS
from .appositions import (
    apposition,
    apposition_one_on,
    bare_apposition,
    dashed_aside,
    echoed_gloss,
    glossed_saying,
    kind_noun_after,
    late_gloss_cue,
    named_a_saying,
    set_off_by_dashes,
)
from .borrowings import borrowed_here
from .cues import language_named_after
from .data import Setup, WordScreen, spelling
from .expressions import expression_around, expression_words, expressions_in
from .frequencies import SCALE, table
from .glosses import glossed, named_after_colon
from .headings import heading_span, inner_headings, one_word_heading, opens_dateline
from .institutions import institution_named
from .introduced import term_key
from .neighbours import settle_beside
from .records import Fragment, SpanKind
from .shortwords import (
    EMPTY_SCORES,
    ENGLISH_SHORT,
    ONE_LETTER_MARKERS,
    WORD,
    classified_word,
    elided_stem,
    may_be_foreign,
    run_language,
)
from .subtitles import subtitle_after_title, work_named_around
from .titles import CALENDAR, dish_named, dish_styled, name_closed, name_tail
from .tokens import allowed
from .translations import translated
from .tuning import (
    SHORT_MIN_LETTERS,
    SHORT_SHARED_MIN,
    SHORT_SOURCE_MIN,
)
from .wordclass import (
    AFTER_NUMBER,
    DETERMINERS,
    ShortWord,
    bare_german_noun,
    german_compound,
    rare_foreign,
    source_scores,
    source_tables,
)

_WORD_SPLIT = lazy_re(r"([^\W\d_]+(?:[’'\-][^\W\d_]+)*)")
# Quotations, brackets, parentheses and italics: judged elsewhere, never here.
_WRAPPED = lazy_re(
    r"“[^”\n]*”|«[^»\n]*»|„[^“”\n]*[“”]|\"[^\"\n]*\"|‘[^’\n]*’(?![^\W\d_])"
    # straight single quotes, opened where no word is (a plural's apostrophe is)
    r"|(?<![\w'’])'[^'\n]*'(?!\w)"
    r"|\([^()\n]*\)|\[[^\[\]\n]*\]|(?<![\w*])\*[^*\n]+\*(?![\w*])|(?<!\w)_[^_\n]+_(?!\w)"
)
# Every wrapper of _WRAPPED opens with one of these: without them it finds nothing.
_WRAP_OPENERS = frozenset("“«„\"‘'([*_")
_SENTENCE_END = ".!?…:;"
_SENTENCE_ENDS = frozenset(_SENTENCE_END)
#: How much less common (in hundredths of Zipf) a neighbour may be in a language than in
#: its own for a shared word beside it to count in that language.
NEIGHBOUR_LANGUAGE_MARGIN = 100
#: Words read on each side of a seed: a leftover phrase is shorter than this.
SEED_WINDOW = 4
#: Words past a window's end that allowlisted phrases are matched on.
ALLOW_REACH = 6
#: A candidate's function word is a seed only if English uses it less than this
#: (Zipf 4.5, in hundredths): ``met``, ``hand`` are English words first.
SEED_MARKER_EN_MAX = 450
# A capitalised word after a determiner or a number, where a German noun may stand
# (``the Landkreis``, ``420 Stellplätze``); elsewhere such a word is a name.
_CAPITAL_AFTER_DETERMINER = lazy_re(
    r"(?:\b(?i:the|a|an|this|that|these|those|its|their|his|her|our|new|local|every|each|no)"
    # (or a German preposition or article that English never writes: ``im Rathaus``,
    # ``laut Polizei``; the noun after it is read as after any German marker)
    r"|\b(?:im|zum|zur|beim|vom|laut|vor|unter|nach|mit|für|bei|auf|über|seit|durch"
    r"|ohne|gegen|der|dem|des|einer|einem|eines|eine)"
    r"|\d) ([A-ZÄÖÜ][^\W\d_]+)"
)


def _seeds(
    line: str, cfg: Setup, all_words: list[str] | None = None, screen: WordScreen | None = None
) -> frozenset[str]:
    """The line's seeds, in lower case: words of four letters or more that are no
    common English word and that a candidate language uses often (or that carry its
    accents, or are German compounds), and the candidates' function words. Most
    lines have none and are not read further. ``screen``: the setup's word screen,
    once it has seen ``all_words``."""
    english = cfg.english
    if all_words is None:
        all_words = WORD.findall(line)
    elif screen is not None:
        return _screened_seeds(line, cfg, screen.seeds.keys() & all_words, screen)
    # Words English has as written are never seeds (nor are their lower cases, the
    # same words): one set difference drops most of the line before any loop.
    rest = {w for w in set(all_words) if w not in english}
    capitals: set[str] = set()
    if "de" in cfg.candidates and _capital_unknown(rest, english):
        # German nouns are capitalised: after a determiner, or compounds English lacks
        capitals = {w.lower() for w in _CAPITAL_AFTER_DETERMINER.findall(line)}
        capitals.update(_bare_nouns(rest, cfg))
    unknown = {w for w in {w.lower() for w in rest if w[0].islower()} | capitals
               if w not in english}
    return frozenset(lower for lower in unknown if seed_word(lower, cfg, lower in capitals))


def _screened_seeds(
    line: str, cfg: Setup, candidates: set[str], screen: WordScreen
) -> frozenset[str]:
    """:func:`_seeds` from the line's words that the screen says may seed (``candidates``).

    The other words give no seed: a lower-case one is no seed even as a capital's
    compound; a capitalised one opens with English or with no seed, so that neither
    what the capitals' pattern finds nor a compound test on it can add one.
    """
    if not candidates:
        return frozenset()  # the common case: one set test
    capitals: set[str] = set()
    if "de" in cfg.candidates and not _CAPITALS.isdisjoint(w[0] for w in candidates):
        capitals = {w.lower() for w in _CAPITAL_AFTER_DETERMINER.findall(line)}
        capitals.update(_bare_nouns(candidates, cfg))
    english = cfg.english
    unknown = {w for w in {w.lower() for w in candidates if w[0].islower()} | capitals
               if w not in english}
    seeds = []
    for lower in unknown:
        capital = lower in capitals
        known = screen.seed_words[capital]
        found = known.get(lower)
        if found is None:
            found = known[spelling(lower, cfg)] = seed_word(lower, cfg, capital)
        if found:
            seeds.append(lower)
    return frozenset(seeds)


def seed_word(lower: str, cfg: Setup, capital: bool) -> bool:
    """Can ``lower`` (no common English word) seed a short leftover? A candidate's
    function word that English uses little, or a word of four letters or more that a
    candidate uses often, carries its accents, is a German compound (``capital``:
    found capitalised after a determiner), or that no list has and whose letters are
    a candidate's (:func:`.wordclass.rare_foreign`)."""
    if lower in cfg.any_marker:
        # A function word of a candidate, unless English uses it a lot (``met``).
        return lower not in ENGLISH_SHORT and table("en").get(lower, 0) < SEED_MARKER_EN_MAX
    stem = elided_stem(lower)
    if len(stem) < SHORT_MIN_LETTERS or stem in cfg.english:
        return False
    floor = SHORT_SOURCE_MIN * SCALE
    diacritic = cfg.diacritic
    return bool(
        any(words.get(stem, 0) >= floor for _, words in source_tables(cfg.candidates))
        or (diacritic is not None and diacritic.search(stem))
        or (capital and "de" in cfg.candidates and german_compound(stem, cfg.candidates))
        or rare_foreign(stem, cfg) is not None
    )


_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ")


def _bare_nouns(words: set[str], cfg: Setup) -> list[str]:
    """The capitalised ``words``, in lower case, that are German nouns with or without a
    determiner before them (:func:`.wordclass.bare_german_noun`)."""
    return [lower for word in words if word[0] in _CAPITALS and word[1:].islower()
            and bare_german_noun(lower := word.lower(), cfg.candidates)]


def _capital_unknown(words: set[str], english: Container[str]) -> bool:
    """Could a capitalised word after a determiner be no English word?

    The pattern takes the letters that open a word starting with one of its
    capitals: when each such opening, in lower case, is English, the words it
    finds all drop out of the seeds, and the pattern need not run.
    """
    for word in words:
        if word[0] not in _CAPITALS:
            continue
        head = word.split("-", 1)[0].split("'", 1)[0].split("’", 1)[0]
        if len(head) >= 2 and head.lower() not in english:
            return True
    return False


def _words(
    line: str, cfg: Setup, seeds: frozenset[str], all_words: list[str] | None = None
) -> list[ShortWord | None]:
    """The words near the seeds, with their classes; ``None`` marks a cut (punctuation,
    a wrapper, or words too far from any seed to be part of a leftover). ``all_words``:
    the line's words as :data:`WORD` finds them, if the caller has them already."""
    # Words and the gaps between them, in one split (no match object per word): word
    # ``i`` is ``parts[2 * i + 1]`` and spans ``bounds[2 * i]`` to ``bounds[2 * i + 1]``.
    parts = _WORD_SPLIT.split(line)
    bounds = list(accumulate(map(len, parts)))
    if all_words is None:
        all_words = parts[1::2]
    last_index = len(all_words) - 1
    # The words as written that are seeds: each distinct word is lowered once.
    hits = {w for w in set(all_words) if w.lower() in seeds}
    ranges: list[list[int]] = []
    for i in [i for i, w in enumerate(all_words) if w in hits]:
        low, high = max(0, i - SEED_WINDOW), min(last_index, i + SEED_WINDOW)
        if ranges and low <= ranges[-1][1] + 1:
            ranges[-1][1] = high
        else:
            ranges.append([low, high])
    wrapped = (
        [(m.start(), m.end()) for m in _WRAPPED.finditer(line)]
        if ranges and not _WRAP_OPENERS.isdisjoint(line)
        else []
    )
    out: list[ShortWord | None] = []
    english = cfg.english
    k = 0
    for low, high in ranges:
        if out:
            out.append(None)
        # Allowlisted phrases are matched on a little more than the window, so that a
        # phrase that runs past its edge (``Rassemblement national``) is still seen.
        reach = all_words[low : high + 1 + ALLOW_REACH]
        masked = allowed([w.lower().replace("'", "’") for w in reach], cfg)
        previous_end = bounds[2 * low - 1] if low else 0
        previous = all_words[low - 1].lower() if low else ""
        for offset, word in enumerate(all_words[low : high + 1]):
            index = low + offset
            start, end = bounds[2 * index], bounds[2 * index + 1]
            while k < len(wrapped) and wrapped[k][1] <= start:
                k += 1
            gap = line[previous_end:start]
            if gap == " ":  # the common case, tested first
                at_start = index == 0
            else:
                at_start = index == 0 or not _SENTENCE_ENDS.isdisjoint(gap)
                if offset and gap.strip():
                    out.append(None)
            lower = word.lower()
            if masked[offset] or (k < len(wrapped) and wrapped[k][0] <= start) or (
                start and line[start - 1].isdigit()  # letters of a number: ``1970s``, ``3D``
            ):
                out.append(None)
            elif (lower in english and word[0].islower() and lower not in ENGLISH_SHORT
                  and word not in ONE_LETTER_MARKERS):
                out.append(ShortWord(start, end, lower, "e", EMPTY_SCORES))  # the common case
            else:
                last = out[-1] if out else None
                if gap[-2:-1].isdigit() and gap[-1] == " ":
                    previous = AFTER_NUMBER  # ``420 Stellplätze``: counted, as after ``the``
                out.append(classified_word(line, cfg, start, end, previous, at_start, last))
            previous = lower
            previous_end = end
    # A common English word counts as shared only beside a foreign word or marker, and
    # only in that word's language: ``local`` is more Portuguese than English, not more
    # French (``the local gendarmerie``).
    for i, item in enumerate(out):
        if item is None or item.cls != "e":
            continue
        left = out[i - 1] if i > 0 else None
        right = out[i + 1] if i + 1 < len(out) else None
        item.cls = ""
        # (a neighbour's languages are those it is nearly as common in as in its own:
        # ``im`` is German, though every language's lists have it a little)
        languages = {lang for near in (left, right) if near is not None and near.cls in ("F", "M")
                     for lang, value in near.scores.items()
                     if value and value >= max(near.scores.values()) - NEIGHBOUR_LANGUAGE_MARGIN}
        if languages:
            scores = source_scores(item.lower, cfg)
            ours = table("en").get(item.lower, 0)
            best = max(scores.get(lang, 0) for lang in languages)
            if best > ours and best >= SHORT_SHARED_MIN * SCALE:
                item.cls, item.scores = "S", scores
    settle_beside(out, line, cfg)
    return out


def _runs(words: list[ShortWord | None]) -> list[list[ShortWord]]:
    runs: list[list[ShortWord]] = []
    current: list[ShortWord] = []
    for word in [*words, None]:
        if word is not None and word.cls:
            if word.cls == "B" and not current:
                continue  # a bridge word never starts a run
            current.append(word)
            continue
        if not current:
            continue
        while current and current[-1].cls == "B":
            current.pop()
        while current and current[-1].cls != "F" and not (
            current[-1].cls == "S"
            and (any(w.cls == "M" for w in current) or (len(current) > 1
                                                        and current[-2].cls == "F"))
        ):
            current.pop()
        while current and current[0].cls == "S" and not any(
            w.cls in "FM" for w in current[:2]
        ):
            current.pop(0)
        if any(current[k].cls == "B" and current[k + 1].cls == "B"
               for k in range(len(current) - 1)):
            current = []  # two English words in a row: an English sentence
        classes = [w.cls for w in current]
        if "F" in classes or (classes.count("M") >= 1 and len(classes) >= 3):
            runs.append(current)
        current = []
    return runs


# Languages whose ``in`` is English's, and the word before a phrase in them.
_IN_LANGUAGES = frozenset({"de", "it", "nl"})
_ADJ_ENDINGS = ("er", "en", "em", "es", "e")
_IN_BEFORE = lazy_re(r"(?<![^\W\d_])[Ii]n $")
# A number that counts the lower-case word after it (``800 workers``).
_COUNTED = lazy_re(r" [\d.,]+ [a-zß-öø-ÿ]")


def _opens_noun_phrase(run: list[ShortWord], line: str) -> bool:
    """The run opens with a function word of its language (``seiner``) or a German
    adjective before its capitalised noun (``unbekannter Höhe``), as a noun phrase
    does after a preposition of the same language; a bare noun (``cassa
    integrazione`` after ``put in``) may follow an English ``in``."""
    first = run[0]
    if first.cls == "M":
        return True
    return (len(run) > 1 and line[first.start].islower() and first.lower.endswith(_ADJ_ENDINGS)
            and line[run[1].start].isupper())


# One lower-case word after an article, then a person's full name: the word is a
# title MT left before the name (``The sindaco Marco Bellandi``, ``the comédien
# Jean-Paul Ferrand``), not the name's first part, unless it names a street or a
# square, whose names are often people's (``the rue Jean Jaurès``).
_TITLE_BEFORE_PERSON = lazy_re(
    r"(?<![^\W\d_])(?i:the|a|an) ([a-zß-öø-ÿ][^\W\d_]*) [A-ZÀ-ÖØ-Þ][^\W\d_]*(?:-[^\W\d_]+)?"
    r" (?:[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:-[^\W\d_]+)? )?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[^\W\d_]+)?\b"
)


def _title_before_person(line: str, start: int, end: int) -> bool:
    """``line[start:end]`` is one lower-case word between an article and a full name."""
    found = _TITLE_BEFORE_PERSON.match(line, max(0, start - 4))
    if found is None or found.start(1) != start or found.end(1) != end:
        return False
    return found.group(1) not in STREET_WORDS


_WORD_BEFORE = lazy_re(r"([^\W\d_]+) $")
_WORD_AFTER = lazy_re(r" ?([^\W_]+)")
_NAME_WINDOW = 80


def _opens_with_marker(line: str, start: int, cfg: Setup) -> bool:
    """The run opens with a candidate's function word (``laut``, ``zum``), which no
    English modifier is (``the August fiestas`` stays a name's neighbour)."""
    first = _WORD_AFTER.match(line, start)
    return first is not None and first.group(1).lower() in cfg.any_marker


def _capital_elision(line: str, at: int) -> bool:
    """A capital's elided article before the word at ``at`` (``L’amica``, ``D’Annunzio``):
    the word opens a name or a title as a capitalised one does."""
    return at >= 2 and line[at - 1] in "’'" and line[at - 2].isupper() and (
        at == 2 or not line[at - 3].isalpha())


def _next_to_name(line: str, start: int, end: int, cfg: Setup, after: bool = True,
                  expression: bool = False) -> bool:
    """A capitalised word joined to the run by one space (or by particles after it:
    ``Bundesagentur für Arbeit``): the run is part of a name. ``after=False`` reads
    only the word before the run. A day's or a month's name before a run that opens
    with a function word is no name (``on Thursday laut Polizei``), and nor is a name
    before a fixed expression
    (``in Palma a pesar de the rain``): a name does not go on into one."""
    # (windows of the line, not its whole prefix: a line of many runs stays linear)
    before = _WORD_BEFORE.search(line, max(0, start - _NAME_WINDOW), start)
    if (before and (before.group(1)[0].isupper() or _capital_elision(line, before.start(1)))
            and before.group(1).lower() not in DETERMINERS
            and not expression and not (before.group(1).lower() in CALENDAR
                                        and _opens_with_marker(line, start, cfg))):
        # (``The`` after a dateline's dash opens the sentence: ``Lecce – The questore``)
        prior = line[max(0, before.start() - _NAME_WINDOW) : before.start()].rstrip()
        if prior and prior[-1] not in _SENTENCE_END:
            return True  # a capital inside a sentence: a name (``Directeur général``)
    if not after or _title_before_person(line, start, end):
        return False
    following_word = _WORD_AFTER.match(line, end)
    if following_word and (following_word.group(1)[0].isupper() or (
            following_word.group(1)[0].isdigit() and not _COUNTED.match(line, end))):
        return True  # ``Bündnis 90``, ``de la Fête``; not a count (``… 800 workers``)
    following = re.match(r"(?: [^\W\d_]+){1,3}", line[end : end + 60])
    for word in following.group().split() if following else ():
        if word[0].isupper():
            return True
        if word not in cfg.any_marker:
            break
    return line[end : end + 1] in ("/", "-")


def short_spans(
    line: str, offset: int, cfg: Setup, out: list[Fragment], words: list[str] | None = None,
    screen: WordScreen | None = None, introduced: set[str] | None = None,
) -> None:
    """Append the short leftovers of one English line to ``out`` (``words``: the line's
    words, if the caller has them already; ``screen``: the setup's word screen, once it
    has seen them; ``introduced``: gets the terms the line explains, as
    :func:`.introduced.term_key` writes them)."""
    if not cfg.english:
        return
    # A heading is some of the line's first three words, one of them foreign. A word
    # the 80-character window cuts is never part of one (no boundary can follow it).
    skip = 0
    if words is None or (
        not screen.opening.keys().isdisjoint(words[:3]) if screen is not None
        else any(may_be_foreign(w, cfg) for w in words[:3])
    ) or one_word_heading(line):
        skip = heading_span(line, offset, cfg, out)
    inner = inner_headings(line, offset, cfg, out, screen)
    seeds = _seeds(line, cfg, words, screen)
    if not seeds:
        return
    english = cfg.english
    spans: list[tuple[int, int, list[ShortWord] | None, str]] = [
        (run[0].start, run[-1].end, run, "") for run in _runs(_words(line, cfg, seeds, words))]
    markers = cfg.any_marker
    if not seeds.isdisjoint(expression_words(cfg.candidates, markers)):
        # an expression of function words only (``nach wie vor``), which no run holds
        for a, b, lang in expressions_in(line, cfg.candidates, markers, seeds):
            if (not any(a < e and s < b for s, e, _, _ in spans)
                    and not all(w.lower() in english for w in line[a:b].split())):
                spans.append((a, b, None, lang))
        spans.sort(key=lambda span: span[0])
    for start, end, run, expression_language in spans:
        open_end = expression = run is None
        if run is not None:
            start, end, expression, open_end = _widened(line, start, end, run, cfg)
        if start < skip or opens_dateline(line, start, end) or any(
                a <= start < b for a, b in inner):
            continue
        if (
            # (after an expression's preposition comes its object: ``a partire dal 1``)
            _next_to_name(line, start, end, cfg, after=not open_end, expression=expression)
            or name_tail(line, start, cfg) or name_closed(line, start, end, cfg)
            or institution_named(line, start, end)
        ):
            continue  # part of a name: the words alone may still be leftovers elsewhere
        if (
            dish_named(line, start) or dish_styled(line, start, end)
            # an English verb that a candidate uses more may lead the run (``serve
            # andouillette``): the dish begins after it
            or (run is not None and len(run) > 1 and run[0].cls == "S"
                and dish_named(line, run[1].start))
            # (an expression opening its sentence or clause goes on with it: no gloss
            # follows ``par ailleurs,``)
            or (glossed(line, start, end) and not (expression and _opens_sentence(line, start)))
            or named_after_colon(line, start, end)
            or subtitle_after_title(line, start, cfg) or language_named_after(line, end)
            or work_named_around(line, start, end, cfg)
            # (an expression opening its sentence is no term a comma then explains:
            # ``Além disso, the clinic will…`` goes on with the sentence)
            or (not (expression and _opens_sentence(line, start)) and (
                translated(line, start, end, cfg, quotation=False)
                or apposition(line, end) or bare_apposition(line, end, cfg)
                or _explained_after_rest(line, end, cfg)
                or (run is not None and len(run) == 1 and (
                    apposition_one_on(line, end) or apposition(line, end, dashed=True)
                    or late_gloss_cue(line, end)))))
            or set_off_by_dashes(line, end) or dashed_aside(line, start, end)
            or named_a_saying(line, end) or glossed_saying(line, end, len(run or ()), cfg)
            or echoed_gloss(line, end, len(line[start:end].split()), cfg)
            or (run is not None and len(run) == 1 and (borrowed_here(line, start, end, cfg)
                                                       or kind_noun_after(line, end)))
        ):
            # a term the text names, explains or uses as English: known from here on
            if introduced is not None:
                introduced.add(term_key(line[start:end]))
            continue
        if run is None:
            language = expression_language
            confidence, count = EXPRESSION_CONFIDENCE, len(line[start:end].split())
        else:
            language, confidence = run_language(run, cfg)
            count = len(line[start:end].split())
            if (language in _IN_LANGUAGES and _opens_noun_phrase(run, line)
                    and _IN_BEFORE.search(line, max(0, start - 4), start)):
                # ``in seiner Wohnung``, ``in unbekannter Höhe``: after ``in``, a phrase
                # opened by its own article or adjective left the preposition too
                start -= 3
                count += 1
        out.append(Fragment(offset + start, offset + end, language, confidence, SpanKind.TERM,
                            count))


def _widened(line: str, start: int, end: int, run: list[ShortWord],
             cfg: Setup) -> tuple[int, int, bool, bool]:
    """A run in a fixed expression takes all of it (``a finales de``), and no English
    word after it (``im Rahmen der federal``): the run's new bounds, whether it is an
    expression's, and whether it ends on the expression's last word (its preposition,
    whose object follows)."""
    found = expression_around(line, start, end, {w.lower for w in run}, cfg.candidates,
                              cfg.any_marker)
    if found is None:
        return start, end, False, False
    start = min(start, found[0])
    if all(w.lower() in cfg.english for w in line[found[1] : end].split()):
        return start, found[1], True, True
    return start, max(end, found[1]), True, False


# Up to two more words of the phrase that no word list gives to anyone, then a comma
# (``la hora del vermut,``).
_REST = lazy_re(r"((?: [^\W\d_]+){1,2}),")


def _explained_after_rest(line: str, end: int, cfg: Setup) -> bool:
    """The phrase goes on with words no list knows (a rare word ends a run: ``la hora
    del`` before ``vermut``), and its explanation follows them: ``la hora del vermut,
    the Sunday-morning ritual of…``."""
    found = _REST.match(line, end, min(len(line), end + 40))
    if found is None or any(w.lower() in cfg.english for w in found.group(1).split()):
        return False
    return apposition(line, found.end() - 1)


def _opens_sentence(line: str, start: int) -> bool:
    """``line[start:]`` opens a sentence, a clause after a semicolon, or the line."""
    before = line[:start].rstrip(" \u00a0\"“«")
    return not before or before[-1] in ".!?:;"


#: The confidence of an expression of function words only: its words are the language's.
EXPRESSION_CONFIDENCE = 0.9


__all__ = ["seed_word", "short_spans"]
