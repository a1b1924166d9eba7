"""One article at a time: the engine's results, or the reason a row cannot be read.

Pure Python, no dataframe library: this is what runs on the workers for
every row, whatever reads the archive and whatever writes the results. A row
whose id or text cannot be used becomes an :class:`Article` with ``error``
set; an engine failure on one article does too, so one row never stops a
job.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from .. import api
from ..model import Finding
from ..options import Options

#: The columns of a finding row after the article id, in order (see docs/api.md).
FINDING_COLUMNS = (
    "code",
    "name",
    "severity",
    "start",
    "end",
    "line",
    "column",
    "message",
    "replacement",
    "safe",
    "related_kind",
    "related_start",
    "related_end",
    "related_line",
    "related_column",
)
#: An error row: no finding, every finding column empty.
EMPTY_FINDING: tuple[None, ...] = (None,) * len(FINDING_COLUMNS)


@dataclass(slots=True)
class Article:
    """What one row gave: its id as text, and its findings or the reason it has none.

    ``text`` is the repaired text (for a fix; ``None`` for a check or an
    error row), ``edits`` the number of edits applied and ``unresolved`` the
    findings still needing a person (after a fix: ``FixResult.unresolved``;
    after a check: the findings without a repair that ``fix`` would apply).
    """

    id: str | None
    error: str | None = None
    findings: list[Finding] = field(default_factory=list)
    text: str | None = None
    edits: int = 0
    unresolved: int = 0


def _missing(value: object) -> bool:
    # None, a float NaN, or pandas' NA / NaT (checked by name: no pandas import here)
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    return type(value).__name__ in ("NAType", "NaTType")


def article_id(value: object) -> str | None:
    """The id as text (``17`` and ``"17"`` are the same article), or ``None`` when missing.

    >>> article_id(17), article_id("a-17"), article_id(17.0), article_id(float("nan"))
    ('17', 'a-17', '17', None)
    """
    if isinstance(value, str):
        return value
    if _missing(value):
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # an integer id that a null in its column made a float
    if hasattr(value, "item"):  # a NumPy scalar: its Python value prints as expected
        value = value.item()
    return str(value)


def text_problem(value: object) -> str | None:
    """Why ``value`` is not an article's text, or ``None`` when it is one.

    >>> text_problem("He said “yes”."), text_problem(None), text_problem(42)
    (None, 'text is missing', 'text is int, not text')
    """
    if isinstance(value, str):
        return None
    if _missing(value):
        return "text is missing"
    if isinstance(value, (bytes, bytearray)):
        return "text is bytes, not text (decode it to UTF-8 first)"
    return f"text is {type(value).__name__}, not text"


def _needs_person(finding: Finding, unsafe: bool) -> bool:
    return finding.fix is None or not (finding.fix.safe or unsafe)


def article(
    raw_id: object,
    raw_text: object,
    options: Options,
    *,
    repair: bool,
    unreadable: str | None = None,
) -> Article:
    """Check (or, with ``repair``, fix) one row; a bad row gives an error instead.

    ``unreadable`` is the reader's reason when the row could not be parsed at
    all (a line that is not JSON): it is reported as the row's error.
    """
    ident = article_id(raw_id)
    if unreadable is not None:
        return Article(ident, unreadable)
    problem = text_problem(raw_text)
    if problem is None and ident is None:
        problem = "article id is missing"
    if problem is not None:
        return Article(ident, problem)
    assert isinstance(raw_text, str)
    try:
        if repair:
            result = api.fix(raw_text, options)
            return Article(
                ident, None, result.unresolved, result.text, len(result.edits),
                len(result.unresolved),
            )
        found = api.check(raw_text, options)
    except Exception as error:  # an engine bug on one article must not stop the archive
        return Article(ident, f"internal error: {type(error).__name__}: {error}")
    unsafe = options.unsafe
    return Article(ident, None, found, unresolved=sum(_needs_person(f, unsafe) for f in found))


def finding_row(finding: Finding) -> tuple[Any, ...]:
    """A finding as the values of :data:`FINDING_COLUMNS`.

    A flat row: the repair's replacement and safety, and of the related
    spans the mark at the other end of the quotation (QF109's paragraph is
    the one that holds that closing mark).
    """
    fix = finding.fix
    partner = next((r for r in finding.related if r.kind != "paragraph"), None)
    return (
        finding.code,
        finding.name,
        finding.severity,
        finding.start,
        finding.end,
        finding.line,
        finding.column,
        finding.message,
        fix.replacement if fix is not None else None,
        fix.safe if fix is not None else None,
        *(
            (partner.kind, partner.start, partner.end, partner.line, partner.column)
            if partner is not None
            else (None,) * 5
        ),
    )


__all__ = [
    "EMPTY_FINDING",
    "FINDING_COLUMNS",
    "Article",
    "article",
    "article_id",
    "finding_row",
    "text_problem",
]
