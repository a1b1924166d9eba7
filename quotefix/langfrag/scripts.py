"""Leftovers in another script: Cyrillic, Greek, Arabic, Hebrew, CJK and others.

An article translated into a language written in Latin letters keeps no word
of another script by accident of spelling: a run of Cyrillic words in English
copy (``the newspaper «Известия сообщают»``) is text the translation left
alone, and its script names its language far better than any word list.
Russian is a source the word lists do not cover, and this is how its
leftovers are found.

Good copy does write other scripts on purpose, and those stay unreported:
a name's own spelling in parentheses after it (``Volodymyr Zelensky
(Володимир Зеленський)``), a term after a cue or with its gloss, a title
with its translation, a single letter or symbol (``the α variant``).
"""

from __future__ import annotations

from ..lazy import lazy_re
from ..locales import LANGUAGES
from .data import Setup
from .glosses import glossed, in_italics, name_or_gloss, quoted_in_parentheses
from .records import Fragment, SpanKind
from .spans import wrapper_of
from .translations import translated
from .tuning import SCRIPT_CONFIDENCE, SCRIPT_MIN_LETTERS

#: Each script: its letters, and the language its text is taken to be in when
#: nothing narrower shows (see :func:`_language`).
SCRIPTS: dict[str, tuple[str, str]] = {
    "Cyrillic": ("\u0400-\u052f", "ru"),
    "Greek": ("\u0370-\u03ff\u1f00-\u1fff", "el"),
    "Armenian": ("\u0531-\u058f", "hy"),
    "Hebrew": ("\u05d0-\u05ff", "he"),
    "Arabic": ("\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff\u0750-\u077f", "ar"),
    "Devanagari": ("\u0900-\u097f", "hi"),
    "Thai": ("\u0e01-\u0e5b", "th"),
    "Georgian": ("\u10a0-\u10ff", "ka"),
    "Hangul": ("\u1100-\u11ff\u3130-\u318f\uac00-\ud7af", "ko"),
    "CJK": ("\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff", "zh"),
}
# What may stand between two words of one run: spaces, the punctuation inside a
# sentence, and the ideographic comma and full stop.
_GAP = r"[ \u00a0,.;:!?…’'\-–—\u060c\u061b\u061f\u3000-\u3003\uff0c\uff01\uff1f]+"
# Compiled on first use: most texts have no letter of another script, and the
# command line on one short file should not pay for eleven patterns.
_RUNS = {
    script: lazy_re(f"[{letters}]+(?:(?:{_GAP})?[{letters}]+)*")
    for script, (letters, _) in SCRIPTS.items()
}
_ANY = lazy_re("[" + "".join(letters for letters, _ in SCRIPTS.values()) + "]")
# The letters that tell one Cyrillic language from another, and Japanese kana.
_UKRAINIAN = frozenset("іїєґІЇЄҐ")
_BELARUSIAN = frozenset("ўЎ")
_SERBIAN = frozenset("ђћџљњјЂЋЏЉЊЈ")
_MACEDONIAN = frozenset("ѓќѕЃЌЅ")
_RUSSIAN_ONLY = frozenset("ыэёЫЭЁ")
_KANA = lazy_re("[\u3040-\u30ff]")
_HARD_SIGN_INSIDE = lazy_re(r"ъ\w")
_LATIN_WORD_AT_END = lazy_re(r"[A-Za-zÀ-ÖØ-öø-ɏ’'\-]+$")
# A sentence's end right after a run: a stop, or the end of the line.
_SENTENCE_END = lazy_re(r"[.!?…\u3002\uff01\uff1f]*\s*$|[.!?…\u3002\uff01\uff1f]+\s")


def script_of(language: str) -> str:
    """The script a source language is written in (``"Latin"`` for most)."""
    row = LANGUAGES.get(language)
    return row.script if row is not None else "Latin"


def foreign_scripts(target: str, source: str | None, languages: tuple[str, ...] | None,
                    ) -> tuple[str, ...]:
    """The scripts whose runs are leftovers in copy published in ``target``.

    A named ``source`` allows its own script only; ``languages`` (all written in
    Latin letters) allow none; English copy with neither allows every script but
    its own. Copy in another target is native copy unless a source is named.
    """
    own = script_of(target)
    if source is not None:
        script = script_of(source)
        return (script,) if script in SCRIPTS and script != own else ()
    if languages is not None or target != "en":
        return ()
    return tuple(script for script in SCRIPTS if script != own)


def script_fragments(text: str, scripts: tuple[str, ...], cfg: Setup) -> list[Fragment]:
    """The runs of ``scripts`` in ``text`` that are not there on purpose."""
    if not scripts or _ANY.search(text) is None:
        return []  # the common case: one scan of the text
    out: list[Fragment] = []
    offset = 0
    for line in text.split("\n"):
        if _ANY.search(line) is not None:
            for script in scripts:
                for m in _RUNS[script].finditer(line):
                    found = _fragment(line, m.start(), m.end(), script, cfg, offset)
                    if found is not None:
                        out.append(found)
        offset += len(line) + 1
    return out


def _fragment(
    line: str, start: int, end: int, script: str, cfg: Setup, offset: int
) -> Fragment | None:
    """The run ``line[start:end]`` as a fragment (``offset``: where the line starts in
    the text), or ``None`` when it is there on purpose."""
    run = line[start:end]
    letters = sum(1 for c in run if c.isalpha())
    if letters < SCRIPT_MIN_LETTERS.get(script, SCRIPT_MIN_LETTERS["default"]):
        return None  # a letter or a symbol: ``the α variant``, ``π``
    kind = wrapper_of(line, start, end)
    if (
        glossed(line, start, end)
        or in_italics(line, start, end)
        or name_or_gloss(line, start, end, cfg)
        or _spelling_in_parentheses(line, start, end)
        or (kind is SpanKind.QUOTE and (quoted_in_parentheses(line, start)
                                        or translated(line, start, end, cfg)))
    ):
        return None
    if kind is None:
        lead = line[max(0, start - 80) : start].rstrip(" \u00a0")
        whole = (not lead or lead[-1] in ".!?…") and _SENTENCE_END.match(line, end) is not None
        kind = (SpanKind.SENTENCE if whole
                else SpanKind.TERM if len(run.split()) <= 3 else SpanKind.CLAUSE)
    words = len(run.split()) if script != "CJK" else max(1, letters // 2)
    return Fragment(offset + start, offset + end, _language(run, script), SCRIPT_CONFIDENCE,
                    kind, words)


def _spelling_in_parentheses(line: str, start: int, end: int) -> bool:
    """The run is all that parentheses hold, right after a name in Latin letters: the
    name's own spelling (``Kyiv (Київ)``, ``Xi Jinping (习近平)``)."""
    # (windows, not the whole line: a line of many runs stays linear)
    before = line[max(0, start - 80) : start].rstrip(" \u00a0“\"«")
    after = line[end : end + 80].lstrip(" \u00a0”\"»")
    if not (before.endswith("(") and after.startswith(")")):
        return False
    name = _LATIN_WORD_AT_END.search(before[:-1].rstrip())
    return name is not None and name.group()[0].isupper()


def _language(run: str, script: str) -> str:
    """The language of a run: the script's, or a narrower one its letters show."""
    if script == "Cyrillic":
        letters = set(run)
        if not letters.isdisjoint(_UKRAINIAN):
            return "uk"
        if not letters.isdisjoint(_BELARUSIAN):
            return "be"
        if not letters.isdisjoint(_SERBIAN):
            return "sr"
        if not letters.isdisjoint(_MACEDONIAN):
            return "mk"
        # Bulgarian writes ъ inside words and has no ы, э or ё.
        if letters.isdisjoint(_RUSSIAN_ONLY) and _HARD_SIGN_INSIDE.search(run):
            return "bg"
    if script == "CJK" and _KANA.search(run):
        return "ja"
    return SCRIPTS[script][1]


__all__ = ["SCRIPTS", "foreign_scripts", "script_fragments", "script_of"]
