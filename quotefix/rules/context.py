"""The rule context: what every family's ``findings(ctx)`` receives."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from ..lines import LineIndex
from ..locales import straight_style
from ..marks import SINGLE_MARKS, TargetStyle
from ..model import (
    EDIT_SETTERS,
    FINDING_SETTERS,
    Edit,
    Finding,
    Related,
    RelatedKind,
    make_related,
)
from ..scan import Analysis, analyse
from ..scan.house import typographic
from .garbled import garbled_spans
from .rule import Rule

if TYPE_CHECKING:
    from ..options import Options
    from ..rules import Selection

_NO_WORDS = re.compile(r"[^\w]*")
_new = object.__new__


def _changes_words(text: str, edit: tuple[int, int, str]) -> bool:
    start, end, replacement = edit
    old = text[start:end]
    if end - start <= 1 and len(replacement) <= 1 and not old.isalnum():
        # The common case, one mark or space for another: no pattern needed.
        return replacement.isalnum()
    if old == replacement or (_NO_WORDS.fullmatch(old) and _NO_WORDS.fullmatch(replacement)):
        return False
    return [c for c in old if c.isalnum()] != [c for c in replacement if c.isalnum()]


def _touches(spans: list[tuple[int, int]], edit: tuple[int, int, str]) -> bool:
    start, end, _replacement = edit
    return any(s <= end and start <= e for s, e in spans)


@lru_cache(maxsize=64)
def _straight(style: TargetStyle) -> TargetStyle:
    return straight_style(style)


@dataclass(slots=True)
class RuleContext:
    """One text being checked, and everything a rule family may read about it.

    - ``text``: the text the findings point into;
    - ``options``: the resolved :class:`~quotefix.options.Options` of the call
      (``ctx.style`` and ``ctx.selection`` are its two most used views);
    - ``rules``: the rule table, for the name and severity of each finding;
    - ``translate``: ``options.translator`` called once per distinct span,
      or ``None``;
    - ``analysis``: the quote analysis (marks, roles, pairs), computed on
      first use and shared by the families that read it (QF1xx, QF2xx);
    - ``position(offset)``/``where(offset)``: line and column of an offset.

    Families build findings with :meth:`finding`, which enforces the rule
    that repairs never change letters or digits.
    """

    text: str
    options: Options
    rules: Mapping[str, Rule]
    translate: Callable[[str], str] | None = None
    _analysis: Analysis | None = None
    #: The glyph plan shared by QF1xx and QF2xx (see ``glyphs.plan``).
    glyph_plan: dict[str, list[Finding]] | None = None
    #: The style the text is judged against: ``options.style``, or its
    #: straight form when no house style is configured and the text is typed
    #: with straight marks only (``scan/house.py``).
    style: TargetStyle = field(init=False)
    #: The document prints typographic marks (configured, or inferred from the text).
    typographic: bool = field(init=False)
    #: Mojibake sequences: only QF310 edits inside them.
    garbled: list[tuple[int, int]] = field(init=False)
    #: ``options.selection``, read by every rule.
    selection: Selection = field(init=False)
    #: ``position(offset)``: 1-based line and column of ``offset`` (a bound
    #: :meth:`LineIndex.position`; the index is built on first use).
    position: Callable[[int], tuple[int, int]] = field(init=False)
    #: One copy of each distinct message: a long text has tens of thousands of
    #: findings and a few hundred messages (3 MB saved on a 10 MB text).
    _messages: dict[str, str] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        style = self.options.style
        self.typographic = not style.straight
        if style.house == "infer" and not style.straight and not typographic(self.text):
            style = _straight(style)
            self.typographic = False
        self.style = style
        self.garbled = garbled_spans(self.text)
        self.selection = self.options.selection
        self.position = LineIndex(self.text).position

    @property
    def analysis(self) -> Analysis:
        """Marks, roles and pairs of the text, found on first use."""
        if self._analysis is None:
            style = self.style
            single_primary = style.primary[0] in SINGLE_MARKS
            straight_top = self.typographic and not single_primary and style.language == "en"
            self._analysis = analyse(self.text, self.options.source, single_primary, straight_top)
        return self._analysis

    def release_quote_analysis(self) -> None:
        """Let go of the quote analysis and the glyph plan (found again if read again)."""
        self._analysis = None
        self.glyph_plan = None

    def where(self, offset: int) -> str:
        line, column = self.position(offset)
        return f"{line}:{column}"

    def related(self, kind: RelatedKind, start: int, end: int) -> Related:
        """A span the finding refers to, with its position."""
        line, column = self.position(start)
        return make_related(kind, start, end, line, column)

    def finding(
        self,
        code: str,
        start: int,
        end: int,
        message: str,
        edit: tuple[int, int, str] | None = None,
        safe: bool = True,
        removes_text: bool = False,
        related: tuple[Related, ...] = (),
    ) -> Finding:
        """Build a finding; ``edit`` becomes its fix unless it would change words.

        Repairs change punctuation and spacing only: an edit that would alter a
        letter or digit (``14h30`` -> ``14:30``) is dropped and the finding is
        left for a person. ``removes_text`` marks the two opt-in exceptions,
        removing a boilerplate block and translating a fragment on request.

        With ``related``, ``message`` is a template: ``{0}``, ``{1}``… stand
        for the positions of the related spans, and are filled in here (and
        again by a document that maps the finding to its file).
        """
        rule = self.rules[code]
        line, column = self.position(start)
        template = ""
        if related:
            # Few distinct templates in a text, many findings: keep one copy of each.
            template = sys.intern(message)
            message = Finding.render(template, related)
        else:
            message = self._messages.setdefault(message, message)
        fix = None
        if edit is not None:
            first, last, replacement = edit
            if (
                last - first <= 1
                and len(replacement) <= 1
                and not removes_text
                and not self.text[first:last].isalnum()
            ):
                # The common case, one mark or space for another (_changes_words, inlined).
                changes = replacement.isalnum()
            else:
                changes = not removes_text and _changes_words(self.text, edit)
            if not changes and not (
                self.garbled and code != "QF310" and _touches(self.garbled, edit)
            ):
                # The slots filled directly (quotefix.model): this runs for every finding.
                fix = _new(Edit)
                # Most fixes span their finding: the same int objects then serve both
                # (an int past 256 is an object of its own, 28 bytes a finding each).
                if first == start:
                    first = start
                if last == end:
                    last = end
                e0, e1, e2, e3, e4, e5 = EDIT_SETTERS
                e0(fix, first)
                e1(fix, last)
                e2(fix, replacement)
                e3(fix, code)
                e4(fix, message)
                e5(fix, safe)
        found: Finding = _new(Finding)
        f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10 = FINDING_SETTERS
        f0(found, code)
        f1(found, rule.name)
        f2(found, message)
        f3(found, start)
        f4(found, end)
        f5(found, line)
        f6(found, column)
        f7(found, rule.severity)
        f8(found, fix)
        f9(found, related)
        f10(found, template)
        return found


__all__ = ["RuleContext"]
