"""``check`` and ``fix``: the library's entry points.

Both take the text, an optional :class:`~quotefix.Options` and keyword
overrides of its fields. They resolve the options once, then run every rule
family of the registry whose codes the selection leaves on. Markdown, HTML
and text with suppression comments are read as documents first
(:mod:`quotefix.documents`): the families see the prose only.
"""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter
from typing import Any, NamedTuple

from .edits import apply_edits, compose
from .errors import InputError
from .model import Edit, Finding, FixResult
from .options import Options, resolve
from .rules import FAMILIES, RULES_BY_CODE
from .rules.context import RuleContext

# fix() repeats until nothing changes; real text settles in one or two passes.
MAX_PASSES = 8
# Held by every suppression comment (quotefix.documents.SUPPRESSION_MARKER): plain
# text without it is read as it is, with no document in between.
_SUPPRESSION_MARKER = "quotefix:"
_FAMILIES = tuple(FAMILIES.values())
# The last family that reads the quote analysis (QF1xx and QF2xx do, and QF312 of
# QF3xx where a dash stands in a quotation): after it, the analysis is let go, so
# that a long text's marks and pairs are not held while QF4xx and QF5xx run.
_LAST_QUOTE_FAMILY = FAMILIES["QF3"]


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


def run_families(
    text: str, options: Options, translate: Callable[[str], str] | None = None
) -> list[Finding]:
    """The findings of every family the selection leaves on, sorted by position."""
    ctx = RuleContext(text, options, RULES_BY_CODE, translate)
    selection = options.selection
    enabled = selection.enabled
    found: list[Finding] = []
    for family in _FAMILIES:
        if selection.family_complete(family):
            found.extend(family.findings(ctx))  # a family yields only its own codes
        elif selection.family_enabled(family):
            found.extend(f for f in family.findings(ctx) if enabled(f.code))
        if family is _LAST_QUOTE_FAMILY:
            ctx.release_quote_analysis()
    # In order of start, end and code: three stable sorts, least significant key
    # first, whose keys are the findings' own objects (a key tuple per finding
    # would be the largest allocation at the end of a long text's check).
    for key in _ORDER:
        found.sort(key=key)
    return found


_ORDER = (attrgetter("code"), attrgetter("end"), attrgetter("start"))


def check(text: str, options: Options | None = None, **overrides: Any) -> list[Finding]:
    """Return the problems in ``text``, sorted by position.

    ``options`` is a :class:`~quotefix.Options`; keyword arguments override
    its fields (or the defaults): ``target`` is the locale the text is
    published in (``"en-US"``, ``"fr-FR"``, ``"en-GB@double"``…); ``source``
    the language it was translated from, or ``None`` to infer it from the
    marks. ``select``/``ignore`` take codes, code prefixes (``"QF1"``) or rule
    names. For leftover source-language text (QF4xx), ``languages`` lists the
    candidate source languages (default ``fr de es it pt nl``, plus ``en``
    when the target is not English; a ``source`` narrows them to one) and
    ``allowlist`` adds phrases never to report (an iterable of phrases, or
    the path of a file with one a line).

    >>> [f.code for f in check("He called it ” a disgrace ».")]
    ['QF101', 'QF203', 'QF203', 'QF102']
    >>> check("the troops’ lack of “training”")
    []
    """
    text = _require_text(text, "check")
    chosen = resolve(options, overrides)
    if chosen.format == "plain" and _SUPPRESSION_MARKER not in text:
        return run_families(text, chosen)
    from .documents import check_text  # Markdown, HTML, suppression comments

    return check_text(text, chosen)


def _memo(translator: Callable[[str], str] | None) -> Callable[[str], str] | None:
    """Call the caller's translator once per distinct span."""
    if translator is None:
        return None
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


def fix(text: str, options: Options | None = None, **overrides: Any) -> FixResult:
    """Repair what can be repaired safely and report what needs a person.

    ``options`` and keyword overrides are as in :func:`check`, plus: with
    ``unsafe=True`` best guesses are applied where the pairing is ambiguous;
    source-site boilerplate (QF5xx) is reported by default and removed only
    with ``remove_boilerplate=True``, a whole block (line) at a time;
    untranslated source-language text (QF4xx) is only reported, unless a
    ``translator`` (a callable ``str -> str`` of the caller's) is given: then
    each QF401 span is replaced by ``translator(span)``. Runs to a fixed
    point, so fixing the result again changes nothing. With a ``format``
    other than plain text, the edits point into ``text`` and are written the
    way the text writes its marks; ``unresolved`` are the findings of the
    repaired text, read in the same format.

    >>> result = fix("the deal“, he said ” we will win “.")
    >>> result.text
    'the deal“, he said “we will win”.'
    >>> [f.code for f in result.unresolved]
    ['QF104']
    """
    text = _require_text(text, "fix")
    chosen = resolve(options, overrides)
    if chosen.format == "plain" and _SUPPRESSION_MARKER not in text:
        return fix_prose(text, chosen)
    from .documents import fix_text  # Markdown, HTML, suppression comments

    return fix_text(text, chosen)


def fix_prose(text: str, chosen: Options) -> FixResult:
    """:func:`fix` on text the engine reads as it is (plain text, or a document's prose)."""
    unsafe = chosen.unsafe
    translate = _memo(chosen.translator)

    def run(current: str) -> list[Finding]:
        return run_families(current, chosen, translate)

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
