"""QF312: the dialogue dashes of the source language left around an attribution.

Russian, Italian, Spanish, Portuguese and French set direct speech off with
dashes, and machine translation keeps them in English copy:

- after a closing mark, before the attribution (Russian ``«…», — сказал``):
  ``“It is obvious,” – said the spokesman.`` The dash goes; a space stays.
  Safe when the closer is glued after ``,`` ``?`` or ``!`` and an attribution
  follows the dash (``said the spokesman``, ``he added``, ``Lavrov told``):
  English never puts a dash there. Without that punctuation
  (``“…” – said Peskov``) only an attribution verb right after the dash is
  taken as evidence, and the repair is unsafe.
- inside one quotation, the attribution between two dashes (Italian
  ``«… – ha ribadito –, …»``, Russian ``«…, — сказал он, — …»``):
  ``“We are ready – he said – and we will stay.”`` becomes
  ``“We are ready,” he said, “and we will stay.”``. Safe when the quotation
  is a certain pair around both dashes, the words between the dashes are an
  attribution and nothing else (a verb of the attribution lexicon and a
  third-person speaker: ``he reiterated``, ``the mayor explained``,
  ``said Rossi``), and the quotation goes on in lower case after the second
  dash. A clause with more in it (``– he said it failed –``) is left alone;
  a first-person one (``– I repeat –``) is the speaker's own aside.
- a paragraph that opens with a dash instead of a quotation mark
  (``– We will not give in, the minister said.``): flagged; the quotation
  marks are offered as an unsafe repair where the attribution ends the
  paragraph.

Only English targets are checked: French copy sets dialogue dashes itself.
Ranges (``2019–2020``), scores and dashes in prose (``the plan – which
failed – was``) have no attribution after them and are left alone.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections.abc import Callable, Iterator

from ..marks import DOUBLE_MARKS, LINE_BREAKS, SPACES
from ..model import Finding
from ..scan import lexical
from .context import RuleContext
from .prescan import spaced_marks

#: Dashes MT keeps for dialogue: en dash, em dash, horizontal bar, and a spaced hyphen.
DASHES = "–—―-"
_CLOSERS = "”\"»’'"
_QUOTE_MARK = re.compile("[" + re.escape(_CLOSERS + "“„«‘‹›") + "]")
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
# Verbs that stand in an attribution clause (not "according", not -ing forms).
# Beside a dialogue dash a verb can only be the attribution's, so the lexicon is widened
# with verbs of speech MT writes there that are too rare to settle a closer elsewhere.
_VERBS = frozenset(
    verb for verb in lexical.ATTRIBUTION if verb != "according" and not verb.endswith("ing")
) | frozenset(
    (
        "stated", "states", "complained", "revealed", "reported", "clarified", "exclaimed",
        "objected", "chanted", "whispered", "pointed", "assures", "specifies", "reiterates",
        "explains", "stresses", "continues", "concludes", "recounted", "reminded", "remarks",
    )
)
_PRONOUNS = frozenset(("he", "she", "they", "it"))
_DETERMINERS = frozenset(("the", "a", "an", "his", "her", "their", "its"))
# "the head of the region": lower-case words inside a speaker's description.
_INNER = frozenset(("of", "the", "for", "and"))
# What "told" takes in an attribution: "Lavrov told reporters".
_TOLD = frozenset(("told", "tells"))
_REACH = 80  # characters searched for the words of an attribution, or the second dash
#: The outermost double quotations: (opener, closer, opening glyph, closing glyph, certain).
TopPairs = list[tuple[int, int, str, str, bool]]
# After an attribution, what may follow before its sentence ends ("on Monday", "in a
# statement"): words and spaces, then a full stop or the end of the line.
_SENTENCE_REST = re.compile(r"[^\W_]*(?:[ \t][^\W_]+)*(?:\.|[ \t]*$)")
_PARAGRAPH_DASH = re.compile(r"^[ \t]*([–—―])[ \t\u00a0]+(?=[^\W\d_])", re.MULTILINE)
# Where _PARAGRAPH_DASH can match, found fast: a line of the text (the first, or one
# after a line feed) that starts with a dash.
_FIRST_LINE_DASH = re.compile("[ \t]*[–—―]")
_LINE_DASH = re.compile("\n[ \t]*[–—―]")


def _speaker(words: list[str], start: int) -> int:
    """Where a speaker starting at ``words[start]`` ends (``he``, ``the mayor``,
    ``the head of the region``, ``Sergei Lavrov``), or -1 when there is none."""
    if start >= len(words):
        return -1
    first = words[start]
    lower = first.lower()
    if lower in _PRONOUNS:
        return start + 1
    if lower in _DETERMINERS:
        end = start + 1
        while end < len(words) and end - start <= 5:
            word = words[end]
            if word.lower() in _VERBS:
                break
            if word.lower() in _DETERMINERS and words[end - 1].lower() != "of":
                return -1  # a second "the" not after "of": prose, not a speaker
            end += 1
        return end if end > start + 1 else -1
    if first[0].isupper() and lower not in _VERBS:
        end = start + 1
        while end < len(words) and end - start < 3 and words[end][0].isupper():
            end += 1
        return end
    return -1


def _clause(words: list[str]) -> int:
    """The number of words of the attribution clause ``words`` starts with
    (``said the minister``, ``he added``, ``Lavrov told reporters``), or 0."""
    if not words:
        return 0
    if words[0].lower() in _VERBS:
        end = _speaker(words, 1)
        return end if end > 0 else 1
    end = _speaker(words, 0)
    if end < 0 or end >= len(words) or words[end].lower() not in _VERBS:
        return 0
    if words[end].lower() in _TOLD and end + 1 < len(words):
        return end + 2
    return end + 1


def _words(text: str, start: int, end: int) -> list[str]:
    return [m.group() for m in _WORD.finditer(text, start, end)]


def _only_words(text: str) -> bool:
    """Letters, apostrophes, hyphens and spaces only: one clause, no more."""
    return all(c.isalpha() or c in " '’-" for c in text)


def _skip_spaces(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in SPACES:
        pos += 1
    return pos


def _skip_spaces_back(text: str, pos: int) -> int:
    """The offset after the last non-space before ``pos``."""
    while pos > 0 and text[pos - 1] in SPACES:
        pos -= 1
    return pos


def _sentence_words(text: str, start: int) -> list[str]:
    """The words from ``start`` to the first punctuation (at most ``_REACH`` characters)."""
    stop = start
    limit = min(len(text), start + _REACH)
    while stop < limit and (text[stop].isalpha() or text[stop] in " '’-"):
        stop += 1
    return _words(text, start, stop)


def _dash_positions(text: str) -> list[int]:
    """Dashes with a space before them and a space (or ``,`` for the second dash
    of an Italian interruption) after them."""
    found = []
    for dash in DASHES:
        pos = text.find(dash)
        while pos >= 0:
            after = text[pos + 1 : pos + 2]
            if pos > 0 and text[pos - 1] in SPACES and after and (after in SPACES or after == ","):
                found.append(pos)
            pos = text.find(dash, pos + 1)
    found.sort()
    return found


def findings(ctx: RuleContext, spaced: frozenset[str] | None = None) -> Iterator[Finding]:
    """Yield the QF312 findings of ``ctx.text`` (English targets only); ``spaced`` is
    ``prescan.spaced_marks(ctx.text)`` when the caller has it."""
    text = ctx.text
    if spaced is None:
        spaced = spaced_marks(text)
    # Every dash looked at has a space before it.
    dashes = _dash_positions(text) if not spaced.isdisjoint(DASHES) else []
    found: list[Finding] = []
    used = -1  # the end of the last interruption: its second dash is not looked at again
    pairs: list[TopPairs] = []  # the quotations, read only where a dash may need them

    def top_pairs() -> TopPairs:
        if not pairs:
            pairs.append(_top_pairs(ctx))
        return pairs[0]

    for dash in dashes:
        if dash < used:
            continue
        finding = _after_closer(ctx, dash)
        if finding is None:
            finding, used = _interruption(ctx, dash, top_pairs)
        if finding is not None:
            found.append(finding)
    if any(d in text for d in "–—―") and (
        _FIRST_LINE_DASH.match(text) or _LINE_DASH.search(text)
    ):
        found.extend(_paragraph_dashes(ctx))
    found.sort(key=lambda f: f.start)
    yield from found


def _after_closer(ctx: RuleContext, dash: int) -> Finding | None:
    """``,” – said the spokesman``: the Russian dash between the quotation and its
    attribution."""
    text = ctx.text
    close = _skip_spaces_back(text, dash) - 1
    outside = close > 1 and text[close] == "," and text[close - 1] in "”\"»"
    if outside and text[close - 2] not in SPACES:
        close -= 1  # ”, – the Russian order: the comma outside the closing mark
        before = ","
    elif close < 1 or text[close] not in _CLOSERS or text[dash + 1 : dash + 2] == ",":
        return None
    else:
        before = text[close - 1]
    # the edit keeps a comma written after the closing mark: it starts after it
    keep = close + 2 if text[close + 1] == "," else close + 1
    start = _skip_spaces(text, dash + 1)
    words = _sentence_words(text, start)
    if not words:
        return None
    mark = text[dash]
    if before in ",?!":
        count = _clause(words)
        if not count:
            return None
        # ``“no,” — Smith recalled — and left``: a second dash closing the attribution
        # makes it an English aside as much as a Russian attribution.
        after = _skip_spaces(text, start + _end_of_words(text[start : start + _REACH], count))
        aside = text[after : after + 1] in tuple(DASHES)
        return ctx.finding(
            "QF312",
            dash,
            dash + 1,
            f"dialogue dash {mark!r} between a quotation and its attribution; English sets"
            " none (a source-language convention)",
            (keep, start, " "),
            not aside,
        )
    if before.isalpha() and words[0].lower() in _VERBS and text[close] != "'":
        return ctx.finding(
            "QF312",
            dash,
            dash + 1,
            f"dialogue dash {mark!r} before the attribution {words[0]!r}? English sets none",
            (keep, start, " "),
            False,
        )
    return None


def _top_pairs(ctx: RuleContext) -> TopPairs:
    """The outermost double quotations: (opener, closer, glyphs, certain), by opener."""
    return [
        (p.open, p.close, p.open_char, p.close_char, p.certain)
        for p in ctx.analysis.pairs
        if p.level == 1 and p.open_char in DOUBLE_MARKS
    ]


def _enclosing(pairs: TopPairs, pos: int) -> tuple[int, int, str, str, bool] | None:
    """The outermost double quotation around ``pos``, if any (they do not overlap)."""
    k = bisect_right(pairs, (pos, sys.maxsize, "", "", True)) - 1
    if k >= 0 and pairs[k][0] < pos < pairs[k][1]:
        return pairs[k]
    return None


def _second_dash(text: str, start: int) -> int:
    """The dash closing an interruption that starts at ``start``: only words, spaces
    and commas before it, a space before it and a space or comma after it; or -1."""
    limit = min(len(text), start + _REACH)
    pos = start
    while pos < limit:
        char = text[pos]
        if char in DASHES and text[pos - 1] in SPACES:
            after = text[pos + 1 : pos + 2]
            return pos if after == "," or after in SPACES else -1
        if not (char.isalpha() or char in " '’-,"):
            return -1
        pos += 1
    return -1


def _interruption(
    ctx: RuleContext, dash: int, pairs: Callable[[], TopPairs]
) -> tuple[Finding | None, int]:
    """``“We are ready – he said – and we will stay.”``: the attribution between two
    dashes inside one quotation (``pairs()`` gives the quotations). Returns the
    finding and where it ends."""
    text = ctx.text
    if text[dash + 1 : dash + 2] == ",":
        return None, -1
    start = _skip_spaces(text, dash + 1)
    reach = start + _REACH
    if not any(text.find(d, start, reach) >= 0 for d in DASHES):
        return None, -1  # no second dash within reach: _second_dash would find none
    second = _second_dash(text, start)
    if second < 0:
        return None, -1
    segment_end = _skip_spaces_back(text, second)
    comma = text[segment_end - 1] == ","
    if comma:
        segment_end -= 1
    segment = text[start:segment_end]
    if not segment or not _only_words(segment):
        return None, -1
    words = _words(text, start, segment_end)
    if not words or _clause(words) != len(words) or words[0].lower() in ("i", "we", "you"):
        return None, -1  # (no words: only apostrophes or hyphens between the dashes)
    quotation = _enclosing(pairs(), dash)
    if quotation is None or not quotation[1] > second:
        return None, -1
    opening, closing, open_char, close_char, certain = quotation
    head = _skip_spaces_back(text, dash)
    before = text[head - 1]
    if before == ",":
        head -= 1
        before = text[head - 1]
    if not (before.isalnum() or before in "?!") or head <= opening + 1:
        return None, -1
    after = _skip_spaces(text, second + 1 + (text[second + 1 : second + 2] == ","))
    if after >= closing or not text[after].isalpha():
        return None, -1
    stop = "" if before in "?!" else ","
    replacement = f"{stop}{close_char} {segment}, {open_char}"
    safe = certain and text[after].islower()
    return (
        ctx.finding(
            "QF312",
            head,
            after,
            f"attribution set off by dialogue dashes inside a quotation; English closes the"
            f" quotation before it and reopens after ({stop}{close_char} … , {open_char})",
            (head, after, replacement),
            safe,
        ),
        second + 1,
    )


def _paragraph_dashes(ctx: RuleContext) -> Iterator[Finding]:
    """``– We will not give in, the minister said.``: a paragraph opened with a
    dialogue dash instead of a quotation mark."""
    text = ctx.text
    opener, closer = ctx.style.primary
    paragraphs = ctx.analysis.blocks
    for m in _PARAGRAPH_DASH.finditer(text):
        k = bisect_right(paragraphs, m.start()) - 1
        if k < 0 or paragraphs[k] != m.start():
            continue  # a line of a paragraph wrapped by hand, not its start
        dash = m.start(1)
        start = m.end()
        end = start
        while end < len(text) and text[end] not in LINE_BREAKS:
            end += 1
        line = text[start:end]
        attribution = None
        quote = _QUOTE_MARK.search(line)
        first_quote = quote.start() if quote is not None else len(line)
        pos = line.find(", ")
        while 0 <= pos < first_quote and attribution is None:
            # (quotation marks of its own before the attribution: not this shape)
            words = _sentence_words(line, pos + 2)
            count = _clause(words)
            if count and words[0].lower() not in ("i", "we", "you"):
                attribution = (pos, words, count)
            pos = line.find(", ", pos + 1)
        if attribution is None:
            continue
        comma, words, count = attribution
        clause_end = comma + 2 + _end_of_words(line[comma + 2 :], count)
        edit = None
        rest = _SENTENCE_REST.match(line, clause_end)
        if rest is not None:  # the attribution ends its sentence: the quotation ends before it
            edit = (dash, start + comma + 1, opener + line[: comma + 1] + closer)
        yield ctx.finding(
            "QF312",
            dash,
            start + comma + 1,
            f"paragraph opened with a dialogue dash {text[dash]!r}; English quotes the"
            f" words with {opener}…{closer} before the attribution",
            edit,
            False,
        )


def _end_of_words(text: str, count: int) -> int:
    """The offset after the ``count``-th word of ``text``."""
    end = 0
    for number, m in enumerate(_WORD.finditer(text)):
        if number == count:
            break
        end = m.end()
    return end


__all__ = ["DASHES", "findings"]
