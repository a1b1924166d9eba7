"""``check`` and ``fix``: the library's entry points."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import NamedTuple

from .edits import apply_edits, compose
from .errors import InputError
from .locales import resolve_source, resolve_target
from .marks import SINGLE_MARKS, TargetStyle
from .model import Edit, Finding, FixResult
from .rules import Selection, boilerplate, fragments, glyphs, pairing, selection, style, typography
from .rules.context import Context
from .scan import Analysis, analyse

# fix() repeats until nothing changes; real text settles in one or two passes.
MAX_PASSES = 8


def _require_text(text: object, function: str) -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise InputError(
            f"quotefix.{function}() takes str, not {type(text).__name__}: decode it first,"
            " e.g. data.decode('utf-8')"
        )
    raise InputError(
        f"quotefix.{function}() takes the article text as str, not {type(text).__name__}"
    )


def _run(
    text: str,
    target: TargetStyle,
    source: str | None,
    rules_on: Selection,
    remove_boilerplate: bool = False,
    languages: Iterable[str] | None = None,
    allowlist: Iterable[str] | str | Path | None = None,
    translator: Callable[[str], str] | None = None,
) -> list[Finding]:
    found: list[Finding] = []
    ctx: Context | None = None
    if rules_on.any_enabled("QF1") or rules_on.any_enabled("QF2"):
        single_primary = target.primary[0] in SINGLE_MARKS
        ctx = Context(text, target, analyse(text, source, single_primary), rules_on)
        plan = glyphs.plan(ctx)
        found.extend(
            f
            for module in (pairing, style)
            for f in module.findings(ctx, plan)
            if rules_on.enabled(f.code)
        )
    typography_on = rules_on.any_enabled("QF3")
    boilerplate_on = rules_on.any_enabled("QF5")
    fragments_on = rules_on.any_enabled("QF4")
    if typography_on or boilerplate_on or fragments_on:
        if ctx is None:
            # These families do not look at the quote analysis.
            ctx = Context(text, target, Analysis(text, [], [], [], [], []), rules_on)
        if typography_on:
            found.extend(typography.findings(ctx))
        if boilerplate_on:
            found.extend(boilerplate.findings(ctx, remove_boilerplate))
        if fragments_on:
            found.extend(fragments.findings(ctx, source, languages, allowlist, translator))
    found.sort(key=lambda f: (f.start, f.end, f.code))
    return found


def check(
    text: str,
    *,
    target: str | TargetStyle = "en-US",
    source: str | None = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    languages: Iterable[str] | None = None,
    allowlist: Iterable[str] | str | Path | None = None,
) -> list[Finding]:
    """Return the problems in ``text``, sorted by position.

    ``target`` is the locale the text is published in (``"en-US"``, ``"fr-FR"``,
    ``"en-GB@double"``…); ``source`` the language it was translated from, or
    ``None`` to infer it from the marks. ``select``/``ignore`` take codes, code
    prefixes (``"QF1"``) or rule names. For leftover source-language text
    (QF4xx), ``languages`` lists the candidate source languages (default
    ``fr de es it pt nl``, plus ``en`` when the target is not English; a
    ``source`` narrows them to one) and ``allowlist`` adds phrases never to
    report (an iterable of phrases, or the path of a file with one a line).

    >>> [f.code for f in check("He called it ” a disgrace ».")]
    ['QF101', 'QF203', 'QF203', 'QF102']
    >>> check("the troops’ lack of “training”")
    []
    """
    text = _require_text(text, "check")
    return _run(
        text,
        resolve_target(target),
        resolve_source(source),
        selection(select, ignore),
        languages=_languages(languages),
        allowlist=_allowlist(allowlist),
    )


def _languages(languages: Iterable[str] | None) -> tuple[str, ...] | None:
    if languages is None:
        return None
    if isinstance(languages, str):
        languages = languages.replace(",", " ").split()
    return tuple(languages)


def _allowlist(allowlist: Iterable[str] | str | Path | None) -> tuple[str, ...] | str | Path | None:
    if allowlist is None or isinstance(allowlist, (str, Path)):
        return allowlist
    return tuple(allowlist)


def _memo(translator: Callable[[str], str] | None) -> Callable[[str], str] | None:
    """Call the caller's translator once per distinct span."""
    if translator is None:
        return None
    if not callable(translator):
        raise TypeError("translator must be a callable taking and returning str")
    cache: dict[str, str] = {}

    def translate(span: str) -> str:
        if span not in cache:
            cache[span] = translator(span)
        return cache[span]

    return translate


def _choose(findings: list[Finding], unsafe: bool) -> list[Edit]:
    edits = sorted(
        (f.fix for f in findings if f.fix is not None and (f.fix.safe or unsafe)),
        key=lambda e: (e.start, e.end),
    )
    chosen: list[Edit] = []
    for edit in edits:
        if chosen:
            last = chosen[-1]
            if edit.start < last.end or (edit.start == last.start and edit.end == last.end):
                continue  # overlaps: the next pass decides again
        chosen.append(edit)
    return chosen


def fix(
    text: str,
    *,
    target: str | TargetStyle = "en-US",
    source: str | None = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    unsafe: bool = False,
    remove_boilerplate: bool = False,
    languages: Iterable[str] | None = None,
    allowlist: Iterable[str] | str | Path | None = None,
    translator: Callable[[str], str] | None = None,
) -> FixResult:
    """Repair what can be repaired safely and report what needs a person.

    Runs to a fixed point, so fixing the result again changes nothing.
    ``unsafe=True`` also applies best guesses where the pairing is ambiguous.
    Source-site boilerplate (QF5xx) is reported by default and removed only
    with ``remove_boilerplate=True``, a whole block (line) at a time.
    Untranslated source-language text (QF4xx) is only reported, unless a
    ``translator`` (a callable ``str -> str`` of the caller's) is given: then
    each QF401 span is replaced by ``translator(span)``. ``languages`` and
    ``allowlist`` are as in :func:`check`.

    >>> result = fix("the deal“, he said ” we will win “.")
    >>> result.text
    'the deal“, he said “we will win”.'
    >>> [f.code for f in result.unresolved]
    ['QF104']
    """
    text = _require_text(text, "fix")
    style_ = resolve_target(target)
    source_ = resolve_source(source)
    chosen_rules = selection(select, ignore)
    remove_boilerplate = bool(remove_boilerplate)
    languages_ = _languages(languages)
    allowlist_ = _allowlist(allowlist)
    translator_ = _memo(translator)

    def run(current: str) -> list[Finding]:
        return _run(
            current,
            style_,
            source_,
            chosen_rules,
            remove_boilerplate,
            languages=languages_,
            allowlist=allowlist_,
            translator=translator_,
        )

    def settle(start: str, edits: list[Edit], guesses: bool) -> _Settled:
        return _settle(text, start, edits, guesses, run)

    result = settle(text, [], unsafe)
    guesses = unsafe
    if result.found is None and unsafe:
        # Best guesses that undo each other: keep what is certain, then guess
        # once more from there, and stop at the certain repairs if that too
        # goes round. Each step depends only on the text, so fixing the
        # result again reaches the same place.
        certain = settle(text, [], False)
        if certain.found is not None:
            guessed = settle(certain.text, certain.edits, True)
            result = guessed if guessed.found is not None else certain
            guesses = guessed.found is not None
    found = result.found
    if found is None:
        # No fixed point at all: change nothing rather than stop half-way.
        result = _Settled(text, [], None)
        found = run(text)
        guesses = False
    unresolved = [f for f in found if f.fix is None or not (f.fix.safe or guesses)]
    return FixResult(result.text, result.edits, unresolved)


class _Settled(NamedTuple):
    text: str
    edits: list[Edit]
    found: list[Finding] | None  # the findings left, or None: no fixed point was reached


def _settle(
    original: str,
    current: str,
    edits: list[Edit],
    unsafe: bool,
    run: Callable[[str], list[Finding]],
) -> _Settled:
    """Apply repairs pass after pass until none is left (or give up after MAX_PASSES)."""
    seen = {current}
    for _ in range(MAX_PASSES):
        found = run(current)
        step = _choose(found, unsafe)
        if not step:
            return _Settled(current, edits, found)
        updated = apply_edits(current, step)
        if updated in seen:  # the repairs go round in a circle
            break
        seen.add(updated)
        edits = compose(original, edits, step)
        current = updated
    return _Settled(current, edits, None)
