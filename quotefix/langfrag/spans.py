"""The span pipeline: from a line's tokens to reported fragments.

1. Words are split into runs at the target's own function words (``the``,
   ``of``, ``which``…), at sentence ends, brackets and quotation marks.
2. Each run is judged (:func:`judge.judge`).
3. Runs cut only at commas are judged together when they fill brackets,
   quotes or a sentence (:func:`join_chains`); an accepted run takes in a
   weak neighbour across a comma (:func:`absorb`).
4. Accepted neighbours merge; each merged span is labelled (``aside``,
   ``quote``, ``sentence`` or ``clause``), deliberate phrases are left out
   (:mod:`glosses`), and the rest become :class:`Fragment` records.

Spans start at the first word and end at the last word or number: brackets,
quotation marks and the full stop around a fragment are not part of it.
"""

from __future__ import annotations

from ..lazy import lazy_re
from .addresses import street_name
from .appositions import (
    apposition,
    bare_apposition,
    dashed_aside,
    dashed_translation,
    echoed_gloss,
    glossed_saying,
    late_gloss_cue,
    named_a_saying,
    set_off_by_dashes,
    translated_after_quote,
)
from .cues import language_named_after
from .data import NAME_PARTICLES, Setup, word_lists
from .detectors import identify, word_count
from .frequencies import table
from .glosses import (
    glossed,
    in_italics,
    name_or_gloss,
    named_after_colon,
    quoted_in_parentheses,
    sung_or_written_before,
)
from .institutions import institution_named
from .judge import Run, best_language, clamp, evidence, judge, masked, mixed_confidence
from .quoted import (
    exclaimed_words,
    listed_or_possessed,
    named_in_quotes,
    performed_words,
    quoted_letter,
    reported_words,
)
from .records import Fragment, SpanKind, TokenClass
from .subtitles import subtitle_after_title, work_named_around
from .titles import (
    dish_named,
    dish_styled,
    name_closed,
    name_led,
    title_shaped,
)
from .tokens import SENTENCE_END, Gap, Token, tokenize
from .translations import translated, translated_in_apposition
from .tuning import (
    DASHED_GLOSS_MAX_WORDS,
    GLOSS_MAX_WORDS,
    GOVERNED_EN_MARGIN,
    NAME_MAX_WORDS,
    SHORT_SPAN_WORDS,
    START_TRIM_MARGIN,
    STRONG_TRIM_MARGIN,
    TRIM_MARGIN,
)

# Enum members used in hot loops, bound once: in Python 3.11 reading a member
# off its Enum class costs several times a module-level name.
_TARGET = TokenClass.TARGET
_UNKNOWN = TokenClass.UNKNOWN
_NAME_CLS = TokenClass.NAME
_NUMBER_CLS = TokenClass.NUMBER
_MARKER_CLS = TokenClass.MARKER
_ASIDE, _QUOTE, _SENTENCE, _CLAUSE = (
    SpanKind.ASIDE,
    SpanKind.QUOTE,
    SpanKind.SENTENCE,
    SpanKind.CLAUSE,
)
_GAP_NONE, _GAP_SOFT, _GAP_HARD = Gap.NONE, Gap.SOFT, Gap.HARD

_OPEN_CLOSE = {"[": "]", "(": ")", "“": "”", "«": "»", "„": "“", '"': '"', "‹": "›"}


def wrapper_of(line: str, start: int, end: int) -> SpanKind | None:
    """ASIDE/QUOTE when ``line[start:end]`` is the whole content of brackets or quotes."""
    i = start - 1
    while i >= 0 and line[i] in " \u00a0\u202f¡¿":  # Spanish opens ``“¡…!”`` inside
        i -= 1
    j = end
    while j < len(line) and line[j] in " \u00a0\u202f.,;:!?…":
        j += 1
    if i < 0 or j >= len(line):
        return None
    opener, closer = line[i], line[j]
    if opener in "[(" and closer == _OPEN_CLOSE[opener]:
        return _ASIDE
    if opener in '“«„"‹”' and closer in '”»“"›':
        return _QUOTE
    if (opener == "‘" and closer == "’") or (
            # straight single quotes as British copy uses them (``'Todo sobre mi madre'
            # still fills…``): opening after a space or a bracket, closing before one
            opener == closer == "'" and (i == 0 or line[i - 1] in " \t\u00a0([—–")
            and (j + 1 == len(line) or not line[j + 1].isalnum())):
        return _QUOTE
    return None


def split_runs(line: str, toks: list[Token], gaps: list[Gap]) -> list[Run]:
    """Runs of words between target function words and soft or hard boundaries."""
    runs: list[Run] = []
    current: list[Token] = []
    for i, tok in enumerate(toks):
        if i > 0 and gaps[i - 1] >= _GAP_SOFT and current:
            runs.append(Run(current))
            current = []
        if tok.cls is _TARGET:
            if current:
                runs.append(Run(current))
                current = []
            continue
        current.append(tok)
    if current:
        runs.append(Run(current))
    for run in runs:
        run.wrapper = wrapper_of(line, run.toks[0].start, run.toks[-1].end)
    return runs


def absorb(runs: list[Run], toks: list[Token], gaps: list[Gap]) -> None:
    """Let an accepted run take in a weak neighbour across a comma (no target word between)."""
    def joined(a: Run, b: Run) -> bool:
        i = a.toks[-1].index
        return (
            b.toks[0].index == i + 1
            and gaps[i] <= _GAP_SOFT
            and not a.wrapper
            and not b.wrapper
        )

    changed = True
    while changed:
        changed = False
        for k, run in enumerate(runs):
            if run.accepted or run.wrapper:
                continue
            left = (
                runs[k - 1] if k > 0 and runs[k - 1].accepted and joined(runs[k - 1], run) else None
            )
            right = (
                runs[k + 1]
                if k + 1 < len(runs) and runs[k + 1].accepted and joined(run, runs[k + 1])
                else None
            )
            if left is None and right is None:
                continue
            content, markers, _ = evidence(run)
            both = left is not None and right is not None
            # A name alone across a comma (``the Town Hall, Lisbon, une salle pleine``)
            # is the English sentence's, unless foreign text stands on both sides.
            weak = markers >= 1 or (both and (content == 0 or len(run.toks) <= 3))
            if not weak:
                continue
            other = left or right
            assert other is not None
            run.accepted = True
            run.language = other.language
            run.confidence = other.confidence
            changed = True


def settle(group: list[Run], cfg: Setup) -> None:
    """Name the language of a merged span's undecided runs: one langdetect call."""
    votes: dict[str, float] = {}
    for run in group:
        for lang, n in (run.votes or {}).items():
            votes[lang] = votes.get(lang, 0.0) + n
    toks = [t for run in group for t in run.toks]
    probs = identify(masked(toks), (*cfg.candidates, cfg.target))
    language, p = best_language(votes, probs, cfg)
    for run in group:
        if not run.language:
            run.language = language
            run.confidence = clamp(mixed_confidence(p, run.density))


def join_chains(
    line: str, runs: list[Run], toks: list[Token], gaps: list[Gap], cfg: Setup
) -> list[Run]:
    """Judge runs cut only at commas (no target word, no sentence end between) as one.

    Only when together they are the whole content of brackets or quotes, or a
    whole sentence with an accepted part: a source-language quotation or
    sentence often has a comma inside (``wir haben lange gewartet,
    trotzdem``), while an English clause before a comma must stay out.
    """
    chains: list[list[Run]] = []
    for run in runs:
        if chains:
            last = chains[-1][-1]
            a = last.toks[-1].index
            if run.toks[0].index == a + 1 and gaps[a] == _GAP_SOFT:
                chains[-1].append(run)
                continue
        chains.append([run])
    out: list[Run] = []
    for chain in chains:
        if len(chain) > 1:
            joined = Run([t for r in chain for t in r.toks])
            joined.wrapper = wrapper_of(line, joined.toks[0].start, joined.toks[-1].end)
            a = joined.toks[0].index
            b = joined.toks[-1].index
            whole_sentence = toks[a].sentence_start and (
                b + 1 == len(toks) or toks[b + 1].sentence_start
            )
            if joined.wrapper or (whole_sentence and any(r.accepted for r in chain)):
                joined.apply(judge(joined, cfg, strict=False))
                if joined.accepted:
                    out.append(joined)
                    continue
        out.extend(chain)
    return out


def _merge(
    runs: list[Run], toks: list[Token], gaps: list[Gap], cfg: Setup
) -> list[list[Run]]:
    """Accepted runs separated only by punctuation (no target word) form one span."""
    groups: list[list[Run]] = []
    for run in runs:
        if not run.accepted:
            continue
        if groups:
            last = groups[-1][-1]
            a = last.toks[-1].index
            b = run.toks[0].index
            if (
                run.wrapper is None
                and last.wrapper is None
                and (
                    b == a + 1
                    # One target word between two foreign runs, no punctuation: a
                    # source word that is also English (Italian ``state``, ``come``).
                    or (
                        b == a + 2
                        and toks[a + 1].cls is _TARGET
                        and gaps[a] == _GAP_NONE
                        and gaps[a + 1] == _GAP_NONE
                        # not an English verb phrase between names (``Zarzuela has
                        # revived La verbena``)
                        and not _english_word(toks[b], cfg)
                    )
                )
            ):
                groups[-1].append(run)
                continue
        groups.append([run])
    return groups


def _english_word(tok: Token, cfg: Setup) -> bool:
    """A lower-case English word that is no candidate's function word."""
    lower = tok.text.lower()
    return tok.text.islower() and lower in cfg.english and lower not in cfg.any_marker


def _target_word(tok: Token, language: str, cfg: Setup, margin: int = TRIM_MARGIN) -> bool:
    """A word at a span's edge that the target language uses more: the span stops before it.

    ``le brûlage des déchets verts is prohibited`` ends at ``verts``.
    """
    lower = tok.text.lower().replace("’", "'")
    ours = table(cfg.target).get(lower, 0)
    return ours > 0 and ours + margin >= table(language).get(lower, 0)


def _strong_target(tok: Token, language: str, cfg: Setup) -> bool:
    """A word the target uses far more than the span's language (``placed``, ``Tuesday``)."""
    return _target_word(tok, language, cfg, -STRONG_TRIM_MARGIN)


def _past_english_lead(toks: list[Token], last: int, language: str, cfg: Setup) -> int:
    """Where a span starts once an English lead is cut off: ``The suspect was placed``
    before ``en garde à vue`` goes when a word of it is far more English than the
    span's language and none before that word is less English than foreign."""
    start = 0
    for k in range(last):
        if not _target_word(toks[k], language, cfg):
            break
        if toks[k].text.islower() and _strong_target(toks[k], language, cfg):
            start = k + 1
    return start


def _english_after(line: str, end: int, cfg: Setup) -> bool:
    """Is the word after ``end`` a lower-case English word no candidate shares?"""
    after = _ENGLISH_NEXT.match(line, end)
    return (after is not None and after.group(1) in cfg.english
            and after.group(1) not in cfg.any_marker)


def _trimmed(toks: list[Token], language: str, cfg: Setup, line: str = "") -> list[Token]:
    """The span without the target's words at its ends. A span may start with a
    function word of its own language (``A universidade…``, ``Le conseil…``), but a
    span ends with a content word: ``… camping-cars is forbidden on`` ends at
    ``camping-cars``."""
    words, ambiguous = word_lists()
    own = words.get(language, frozenset()) | ambiguous.get(language, frozenset())
    english = words.get("en", frozenset()) | ambiguous.get("en", frozenset())

    def governed(k: int) -> bool:
        # ``sur la place``: a word after an article or preposition of the span's own
        # language is that language's, however English it looks.
        # (in lower case: ``Plaza de Mayo walked`` ends at ``Mayo``, a name's word)
        word = toks[k - 1].text
        before = word.lower().replace("'", "’")
        if not (before in own and before not in english and not word[:1].isupper()):
            return False
        lower = toks[k].text.lower().replace("’", "'")
        return table("en").get(lower, 0) < table(language).get(lower, 0) + GOVERNED_EN_MARGIN

    def english_end(k: int) -> bool:
        return not governed(k) and _target_word(toks[k], language, cfg) and (
            toks[k].text.islower() or _strong_target(toks[k], language, cfg)
        )

    first, last = 0, len(toks) - 1
    while last > first and (
        english_end(last)
        # a function word of its own language that governs the English word after the
        # span (``… Siena rose 4 per`` before ``cent``)
        or (toks[last].text.islower() and toks[last].text.lower().replace("'", "’") in own
            and _english_after(line, toks[last].end, cfg))
        # a number or a name after an English word (``… desemprego rose 7% in April``),
        # not after one of the span's own (``occupe depuis 2023``)
        or (toks[last].cls in (_NUMBER_CLS, _NAME_CLS) and last - 1 > first
            and english_end(last - 1))
    ):
        last -= 1
    first = _past_english_lead(toks, last, language, cfg)

    known: dict[int, bool] = {}

    def english_start(k: int) -> bool:
        # The span's own function words take the answer of the word after them
        # (``A universidade…`` opens in its language; ``A passenger was…`` does not):
        # a run of them is walked once, not once a word (nor by recursion).
        run: list[int] = []
        answer = False
        while k not in known:
            tok = toks[k]
            if tok.text.lower() in cfg.strong_target:
                answer = True
            elif (tok.text.isupper() and len(tok.text) > 1
                  and _DATELINE_DASH.match(line, tok.end)):
                answer = True  # ``PORT-AU-PRINCE —``: a wire dateline opens the paragraph
            elif tok.cls is _NAME_CLS and tok.text.endswith(("’s", "'s")) and k + 1 < last:
                answer = True  # ``Haiti’s Conseil présidentiel``: an English possessive
            elif tok.cls is _NAME_CLS and k + 1 < last and _name_before_english(k):
                answer = True
            elif tok.text.lower().replace("'", "’") in own:
                run.append(k)
                if k + 1 > last:
                    answer = False
                    break
                k += 1
                continue
            else:
                answer = _target_word(tok, language, cfg, START_TRIM_MARGIN)
            known[k] = answer
            break
        else:
            answer = known[k]
        for j in run:
            known[j] = answer
        return answer

    def _name_before_english(k: int) -> bool:
        # a name before an English word (``France means la rentrée``) goes with it; not
        # one before a particle or another name (``Cais de Gaia``)
        nxt = toks[k + 1]
        return (nxt.cls not in (_NAME_CLS, _MARKER_CLS)
                and nxt.text.lower().replace("'", "’") not in own
                and english_start(k + 1))

    for k in range(last - 1, first - 1, -1):
        if toks[k].text[:1].isupper() and toks[k].text.endswith(("’s", "'s")):
            # a name's English possessive inside the span (``Brazilian director Caio
            # Monteiro’s film A casa da avó``): what it owns starts after it (Dutch
            # plurals take ``'s`` too, on common nouns: ``foto's``)
            first = k + 1
            break
    while first < last and english_start(first):
        first += 1
    return toks[first : last + 1]


_PARTICLES = NAME_PARTICLES | frozenset(
    {"des", "du", "für", "y", "e", "et", "und", "am", "im", "zum", "zur", "delle", "degli",
     "dos", "das", "d’", "l’", "of", "for", "and", "the", "pour", "sur", "para", "por", "per",
     "pela", "pelo", "voor", "met", "mit", "con", "en", "a", "al", "alla", "au", "aux", "à"}
)


_ENGLISH_NEXT = lazy_re(r" ([a-z]+)\b")
_APPOSITION_AFTER = lazy_re(r", (?:a|an|the) [a-z]")
_DATELINE_DASH = lazy_re(r"[A-Z\-]*\s+[–—]\s")


def _name_shaped(span: list[Token], cfg: Setup, line: str = "") -> bool:
    """Capitalised at both ends, not at a sentence start, and no function word but name
    particles: an institution's or event's own name (``the Directeur général des
    élections du Québec``), not a clause (``Es ist ein schwarzer Tag für unsere Region``)."""
    first, last = span[0], span[-1]
    if len(span) < 2 or not (first.text[:1].isupper() and last.text[:1].isupper()):
        return False
    if first.sentence_start:
        # Opening a sentence, the first capital proves nothing: only capitalised words
        # and name particles, with a particle between, and the English verb the name is
        # the subject of right after it (``Juntos por el Cambio won``). German nouns are
        # capitalised too: a German run has no English verb after it.
        after = _ENGLISH_NEXT.match(line, last.end)
        english_after = (after is not None and after.group(1) in cfg.english
                         and after.group(1) not in cfg.any_marker)
        # or an apposition that says what it is (``Le Comptoir des Halles, a bistro``)
        return (
            len(span) >= 3
            and (english_after or _APPOSITION_AFTER.match(line, last.end) is not None)
            and all(t.text[:1].isupper() or t.text.lower() in _PARTICLES for t in span)
            and any(t.text.lower() in _PARTICLES for t in span)
        )
    return all(
        t.text[:1].isupper() or t.text.lower() in _PARTICLES or t.text.lower() not in cfg.any_marker
        for t in span
    )


def _name_after_lead(span: list[Token], cfg: Setup) -> bool:
    """Lower-case English words, then a name (:func:`_name_shaped`): the name is the
    object of an English verb or preposition that also looks foreign (``chose Le
    Radeau de la Méduse``), and the span would run on into the English before it."""
    for k, tok in enumerate(span):
        if tok.text[:1].isupper():
            return k > 0 and _name_shaped(span[k:], cfg)
        lower = tok.text.lower()
        # (a preposition both languages have may lead the name: ``Shares in Banca Monte
        # dei Paschi di Siena``)
        if lower not in cfg.english or (lower in cfg.any_marker and not (
                k + 1 < len(span) and span[k + 1].text[:1].isupper())):
            return False
    return False


def line_fragments(
    line: str, offset: int, cfg: Setup, out: list[Fragment],
    deliberate: list[tuple[int, int]] | None = None,
) -> None:
    """Append the fragments of one line (``offset``: where it starts in the text) to
    ``out``, and the spans found foreign but kept on purpose to ``deliberate``."""
    toks, gaps = tokenize(line, cfg)
    if not toks:
        return
    runs = split_runs(line, toks, gaps)
    for run in runs:
        run.apply(judge(run, cfg, strict=False))
    runs = join_chains(line, runs, toks, gaps, cfg)
    absorb(runs, toks, gaps)
    for group in _merge(runs, toks, gaps, cfg):
        if any(not r.language for r in group):
            settle(group, cfg)
        best = max(group, key=lambda r: len(r.toks))
        kind = group[0].wrapper if len(group) == 1 and group[0].wrapper else None
        span = [t for r in group for t in r.toks]
        if kind is None:
            span = _trimmed(span, best.language, cfg, line)
        start = span[0].start
        end = span[-1].end
        words = len(span)
        if kind is None:
            first = span[0].index
            final = span[-1].index
            starts_sentence = toks[first].sentence_start
            ends_sentence = final + 1 == len(toks) or (
                gaps[final] == _GAP_HARD
                and SENTENCE_END.search(line, toks[final].end, toks[final + 1].start + 1)
            )
            kind = _SENTENCE if starts_sentence and ends_sentence else _CLAUSE
        if (words <= GLOSS_MAX_WORDS and _deliberate(
            _closer_first(line, end) if kind is _QUOTE else line, start, end, span, kind, cfg
        )) or (GLOSS_MAX_WORDS < words <= NAME_MAX_WORDS and _name_shaped(span, cfg, line)) or (
                kind is _QUOTE and GLOSS_MAX_WORDS < words <= 2 * GLOSS_MAX_WORDS
                and sung_or_written_before(line, start)):
            if deliberate is not None:
                deliberate.append((offset + start, offset + end))
            continue
        out.append(
            Fragment(
                offset + start,
                offset + end,
                best.language,
                round(sum(r.confidence * len(r.toks) for r in group)
                      / sum(len(r.toks) for r in group), 2),
                kind,
                word_count(line[start:end], best.language),
            )
        )


def _closer_first(line: str, end: int) -> str:
    """``line`` with a quotation's closing mark put before the punctuation that the
    American style sets inside it (``“regras claras,” or`` reads as ``“regras
    claras”, or``), so that what follows a quotation is read one way whatever the
    style; the offsets do not move."""
    j = end
    while j < len(line) and line[j] in ",.!?…":
        j += 1
    if j == end or j >= len(line) or line[j] not in "”»\"’":
        return line
    return line[:end] + line[j] + line[end:j] + line[j + 1 :]


def _deliberate(
    line: str, start: int, end: int, span: list[Token], kind: SpanKind | None, cfg: Setup
) -> bool:
    """Is ``line[start:end]`` foreign on purpose: glossed, a name, a title, a dish?"""
    words = len(span)
    return bool(
        glossed(line, start, end)
        or named_after_colon(line, start, end)
        or subtitle_after_title(line, start, cfg) or work_named_around(line, start, end, cfg)
        or language_named_after(line, end)
        or (kind is _QUOTE and (quoted_in_parentheses(line, start) or late_gloss_cue(line, end)
                                or translated_after_quote(line, end, cfg)))
        or (kind is not None and words <= SHORT_SPAN_WORDS
            and (apposition(line, end, late=words == 1, dashed=words <= 2)
                 or bare_apposition(line, end, cfg)))
        or (words <= DASHED_GLOSS_MAX_WORDS and (set_off_by_dashes(line, end)
                                                 or dashed_aside(line, start, end)))
        or dashed_translation(line, end, words) or named_a_saying(line, end)
        or glossed_saying(line, end, words, cfg) or echoed_gloss(line, end, words, cfg)
        or _name_shaped(span, cfg, line)
        or (kind is _QUOTE and (quoted_letter(line, start, end)
                                or title_shaped(line, start, end, cfg)
                                or translated(line, start, end, cfg)))
        or (kind is not _QUOTE and translated_in_apposition(line, start, end, cfg))
        or _name_after_lead(span, cfg)
        or name_led(line, [(t.start, t.end, t.sentence_start) for t in span], cfg)
        or name_closed(line, start, end, cfg) or institution_named(line, start, end)
        or (words <= 2 * SHORT_SPAN_WORDS
            and (dish_named(line, start) or dish_styled(line, start, end)))
        or in_italics(line, start, end)
        or name_or_gloss(line, start, end, cfg)
        or performed_words(line, start, end) or named_in_quotes(line, start, end, cfg)
        # (the whole exclamation or a part of it: ``“Noch einmal! Noch einmal!”``)
        or exclaimed_words(line, start, end)
        # (any kind: a sentence of a quotation is no span the quotation wraps whole)
        or reported_words(line, start, end)
        or street_name(line, start, end)
        or (kind is _QUOTE and listed_or_possessed(line, start, end))
    )


__all__ = ["line_fragments", "wrapper_of"]
