"""Leftover source-language text: find untranslated fragments in a translated article.

The only package that imports ``langdetect`` and ``sacremoses``, both lazily,
on the first span that needs them. Public API:

- :func:`fragments` returns :class:`Fragment` records (start, end, language,
  confidence, kind, words) with offsets into the caller's text;
  :func:`find_fragments` does the same for a resolved :class:`~quotefix.Options`;
- :func:`~quotefix.allowlist.load_allowlist` reads an allowlist file.

How it works, cheapest step first (one module each):

1. :mod:`.firstpass`: a line is read further only with enough evidence of a
   candidate language (function words, elisions, accented lower-case words).
2. :mod:`.tokens`: its words get a :class:`TokenClass`; names, allowlisted
   phrases and numbers are masked: they count neither for nor against.
3. :mod:`.judge`: runs of words are judged; dense markers decide alone,
   otherwise a private, seeded langdetect detector (:mod:`.detectors`) is
   asked, and votes and probability combine into a language and a confidence.
4. :mod:`.spans`: runs join, merge and are labelled with a :class:`SpanKind`;
   deliberate phrases (:mod:`.glosses`, and the cues before them in
   :mod:`.cues`) are left alone.

Words glued across a heading boundary are found by :mod:`.glued`; runs in
another script (Cyrillic in English copy) by :mod:`.scripts`. The data
and the per-target setup are in :mod:`.data`; every tuning constant, with
the reason for its value, in :mod:`.tuning`.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from ..allowlist import Allowlist, load_allowlist
from ..locales import FRAGMENT_LANGUAGES
from .addresses import outside_addresses
from .connectors import may_hold as may_hold_connector
from .connectors import opening_connectors
from .data import FP_WORD, Setup, english_words, setup
from .firstpass import worth_reading
from .glued import glued_words
from .headings import one_word_heading
from .honorifics import lawyer_titles
from .introduced import drop_introduced, term_key
from .records import Fragment, SpanKind, TokenClass
from .screen import learned, trim
from .scripts import foreign_scripts, script_fragments
from .shortspans import short_spans
from .spans import line_fragments
from .tuning import ENGLISH_WORDS, LONG_TEXT_CHARS, LONG_TEXT_WORDS

if TYPE_CHECKING:
    from ..options import Options


def find_fragments(text: str, options: Options) -> list[Fragment]:
    """Untranslated source-language spans in ``text``, sorted by position.

    Reads the target, ``source``, ``languages`` and ``allowlist`` of
    ``options``. A target whose language has no word lists, or a source
    without them (``ru``), gives no fragments.
    """
    style = options.style
    if style.language not in FRAGMENT_LANGUAGES:
        return []
    candidates = options.fragment_languages
    languages = tuple(options.languages) if options.languages is not None else None
    scripts = foreign_scripts(style.language, options.source, languages)
    if not candidates and not scripts:
        return []
    allowlist = options.allowlist
    assert isinstance(allowlist, Allowlist)
    cfg = setup(style.language, candidates, allowlist)
    out = script_fragments(text, scripts, cfg)
    if candidates:
        _word_fragments(text, cfg, out)
        if len(text) > LONG_TEXT_CHARS:
            trim(cfg)  # for the boilerplate family's peak, which comes next
    return outermost(outside_addresses(text, out))


def _word_fragments(text: str, cfg: Setup, out: list[Fragment]) -> None:
    """Append the leftovers in the candidates' words (Latin letters) to ``out``."""
    english = bool(cfg.english)
    deliberate: list[tuple[int, int]] = []  # the line's phrases kept on purpose
    introduced: set[str] = set()  # terms the text explains (:mod:`.introduced`)
    connectors: list[Fragment] = []  # sentence adverbs heading a sentence (:mod:`.connectors`)
    ours = len(out)  # (the fragments before are in other scripts)
    start = 0
    size = len(text)
    # A whole archive in one text: its findings are all held until the check returns,
    # so the per-word memories are kept smaller than an article's run can have them.
    long_text = size > LONG_TEXT_CHARS
    while start <= size:
        end = text.find("\n", start)
        if end < 0:
            end = size
        if end == start:  # a blank line between paragraphs
            start = end + 1
            continue
        line = text[start:end]
        line_begins = len(out)
        words = FP_WORD.findall(line)  # read once, for both first tests
        screen = learned(words, cfg)
        # Most lines have no word of the screen's sets and skip both calls: a line
        # without evidence, an elision or an unknown word is not worth reading;
        # one without a seed or a foreign opening has no short leftover.
        if (
            not (screen.evidence.keys().isdisjoint(words)
                 and screen.unknown.keys().isdisjoint(words))
            or not screen.elided.keys().isdisjoint(words)
        ) and worth_reading(line, cfg, words, screen):
            line_fragments(line, start, cfg, out, deliberate)
        if english and (
            not (screen.seeds.keys().isdisjoint(words)
                 and screen.opening.keys().isdisjoint(words[:3]))
            or one_word_heading(line)
        ):
            found = len(out)
            short_spans(line, start, cfg, out, words, screen, introduced)
            found = end_at_heading(out, line_begins, found)
            if deliberate:
                # a phrase kept on purpose as a whole is not reported in parts
                out[found:] = [f for f in out[found:] if not any(
                    a <= f.start and f.end <= b for a, b in deliberate)]
        if english:
            lawyer_titles(line, start, cfg, out)
            if may_hold_connector(line, words):
                opening_connectors(line, start, cfg.candidates, connectors)
        if deliberate:
            introduced.update(term_key(text[a:b]) for a, b in deliberate)
            deliberate.clear()
        if long_text and len(screen.seen) >= LONG_TEXT_WORDS:
            trim(cfg)
        start = end + 1
    out[ours:] = drop_introduced(text, out[ours:], introduced)
    # (a connector heading its sentence is no term the text explains, whatever the line
    # made of its words: it goes on with the sentence)
    out.extend(connectors)
    out.extend(glued_words(text, cfg))


def end_at_heading(out: list[Fragment], line_begins: int, headings_begin: int) -> int:
    """A span of the whole line's reading that opens on a heading the short reading
    cut off stops where the heading does: ``Il programma The Festa del Redentore`` is a
    heading, then English and a name (``out[line_begins:headings_begin]`` holds the
    line's long spans, ``out[headings_begin:]`` its short ones). Returns where the
    short ones begin now."""
    for heading in out[headings_begin:]:
        if heading.kind in (SpanKind.HEADING, SpanKind.GLUED):
            kept = [f for f in out[line_begins:headings_begin]
                    if not (f.start == heading.start and f.end > heading.end)]
            out[line_begins:headings_begin] = kept
            return line_begins + len(kept)
    return headings_begin


def outermost(found: list[Fragment]) -> list[Fragment]:
    """``found`` in order of position, without a fragment that overlaps a longer one
    (a glued word inside a sentence)."""
    found.sort(key=lambda f: (f.start, f.end))
    kept: list[Fragment] = []
    for frag in found:
        if kept and frag.start < kept[-1].end:
            if frag.end - frag.start > kept[-1].end - kept[-1].start:
                kept[-1] = frag
            continue
        kept.append(frag)
    return kept


def fragments(
    text: str,
    *,
    target: str = "en-US",
    source: str | None = None,
    languages: Iterable[str] | None = None,
    allowlist: Iterable[str] | str | Path | None = None,
) -> list[Fragment]:
    """Untranslated source-language spans in ``text``, sorted by position.

    ``target`` is the language the text is published in; ``languages`` the
    candidate source languages (default: French, German, Spanish, Italian,
    Portuguese, Dutch, and English when the target is not English);
    ``source`` narrows them to one. ``allowlist`` adds phrases never to
    report: an iterable of phrases or the path of a file with one a line.
    Options are validated as ``quotefix.check`` validates them.

    >>> text = "The region [aujourd’hui occupée par les forces ukrainiennes] was shelled."
    >>> [(text[f.start:f.end], f.language, str(f.kind)) for f in fragments(text)]
    [('aujourd’hui occupée par les forces ukrainiennes', 'fr', 'aside')]
    >>> fragments("Sébastien Lecornu staged a coup d’état in Le Monde.")
    []
    """
    from ..options import Options

    if languages is not None and not isinstance(languages, str):
        languages = tuple(languages)
    if allowlist is not None and not isinstance(allowlist, (str, Path)):
        allowlist = tuple(allowlist)
    options = Options(
        target=target,
        source=source,
        languages=languages,
        allowlist=allowlist if allowlist is not None else (),
    )
    return find_fragments(text, options)


__all__ = [
    "ENGLISH_WORDS",
    "Fragment",
    "SpanKind",
    "TokenClass",
    "english_words",
    "find_fragments",
    "fragments",
    "load_allowlist",
    "setup",
]
