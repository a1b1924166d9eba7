"""``check`` and ``fix``: the library's entry points."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .edits import apply_edits, compose
from .errors import InputError
from .locales import resolve_source, resolve_target
from .marks import SINGLE_MARKS, TargetStyle
from .model import Edit, Finding, FixResult
from .rules import Selection, boilerplate, fragments, glyphs, pairing, style, typography
from .rules.context import Context
from .scan import analyse

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
    raise InputError(f"quotefix.{function}() takes the article text as str, not {type(text).__name__}")


@dataclass(frozen=True, slots=True)
class _Options:
    """The QF3xx–QF5xx settings that ``check`` and ``fix`` pass to the rule modules."""

    remove_boilerplate: bool = False
    translator: Callable[[str], str] | None = None
    allowlist: tuple[str, ...] = ()
    languages: tuple[str, ...] | None = None


_DEFAULT_OPTIONS = _Options()


def _options(
    remove_boilerplate: bool = False,
    translator: Callable[[str], str] | None = None,
    allowlist: Iterable[str] | None = None,
    languages: Iterable[str] | None = None,
) -> _Options:
    if translator is not None and not callable(translator):
        raise TypeError("translator must be a callable taking and returning str")
    if isinstance(allowlist, str):
        allowlist = [allowlist]
    if isinstance(languages, str):
        languages = [languages]
    return _Options(
        bool(remove_boilerplate),
        translator,
        tuple(allowlist) if allowlist is not None else (),
        fragments.resolve_languages(languages) if languages is not None else None,
    )


def _run(text: str, target: TargetStyle, source: str | None, selection: Selection,
         options: _Options = _DEFAULT_OPTIONS) -> list[Finding]:
    found: list[Finding] = []
    ctx: Context | None = None
    if selection.any_enabled("QF1") or selection.any_enabled("QF2"):
        single_primary = target.primary[0] in SINGLE_MARKS
        ctx = Context(text, target, analyse(text, source, single_primary), selection)
        plan = glyphs.plan(ctx)
        found.extend(
            f
            for module in (pairing, style)
            for f in module.findings(ctx, plan)
            if selection.enabled(f.code)
        )
    later = [selection.any_enabled(family) for family in ("QF3", "QF4", "QF5")]
    if any(later):
        if ctx is None:
            # The source-text families do not look at the quote analysis.
            ctx = Context(text, target, None, selection)  # type: ignore[arg-type]
        if later[0]:
            found.extend(typography.findings(ctx))
        if later[1]:
            found.extend(fragments.findings(ctx, source, options.languages, options.allowlist,
                                            options.translator))
        if later[2]:
            found.extend(boilerplate.findings(ctx, options.remove_boilerplate))
    found.sort(key=lambda f: (f.start, f.end, f.code))
    return found


def check(
    text: str,
    *,
    target: str | TargetStyle = "en-US",
    source: str | None = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    allowlist: Iterable[str] | None = None,
    languages: Iterable[str] | None = None,
) -> list[Finding]:
    """Return the problems in ``text``, sorted by position.

    ``target`` is the locale the text is published in (``"en-US"``, ``"fr-FR"``,
    ``"en-GB@double"``…); ``source`` the language it was translated from, or
    ``None`` to infer it from the marks. ``select``/``ignore`` take codes, code
    prefixes (``"QF1"``) or rule names. ``allowlist`` adds words and phrases
    (house vocabulary, names) that are never reported as untranslated text
    (QF4xx); ``languages`` the candidate source languages for QF4xx (default
    fr, de, es, it, pt, nl and en; ``source`` narrows them to one).

    >>> [f.code for f in check("He called it ” a disgrace ».")]
    ['QF101', 'QF203', 'QF203', 'QF102']
    >>> check("the troops’ lack of “training”")
    []
    """
    text = _require_text(text, "check")
    return _run(text, resolve_target(target), resolve_source(source), Selection(select, ignore),
                _options(False, None, allowlist, languages))


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
    translator: Callable[[str], str] | None = None,
    allowlist: Iterable[str] | None = None,
    languages: Iterable[str] | None = None,
) -> FixResult:
    """Repair what can be repaired safely and report what needs a person.

    Runs to a fixed point, so fixing the result again changes nothing.
    ``unsafe=True`` also applies best guesses where the pairing is ambiguous.
    Source-site boilerplate (QF5xx) is removed only with
    ``remove_boilerplate=True``, whole blocks at a time. Untranslated text
    (QF4xx) is replaced only when a ``translator`` (a callable ``str -> str``)
    is given; without one the text is never changed. ``allowlist`` and
    ``languages`` are as for :func:`check`.

    >>> result = fix("the deal“, he said ” we will win “.")
    >>> result.text
    'the deal“, he said “we will win”.'
    >>> [f.code for f in result.unresolved]
    ['QF104']
    """
    text = _require_text(text, "fix")
    style_ = resolve_target(target)
    source_ = resolve_source(source)
    selection = Selection(select, ignore)
    options = _options(remove_boilerplate, translator, allowlist, languages)
    current = text
    edits: list[Edit] = []
    for _ in range(MAX_PASSES):
        found = _run(current, style_, source_, selection, options)
        step = _choose(found, unsafe)
        if not step:
            break
        updated = apply_edits(current, step)
        if updated == current:
            break
        edits = compose(text, edits, step)
        current = updated
    else:
        found = _run(current, style_, source_, selection, options)
    unresolved = [f for f in found if f.fix is None or not (f.fix.safe or unsafe)]
    return FixResult(current, edits, unresolved)
