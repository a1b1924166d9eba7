"""What every rule module receives: the text, the target, the analysis, and a finding factory."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from ..marks import TargetStyle
from ..model import Edit, Finding
from ..scan import Analysis
from . import RULES_BY_CODE, Selection

_NO_WORDS = re.compile(r"[^\w]*")


def _changes_words(text: str, edit: tuple[int, int, str]) -> bool:
    start, end, replacement = edit
    old = text[start:end]
    if old == replacement or (_NO_WORDS.fullmatch(old) and _NO_WORDS.fullmatch(replacement)):
        return False  # the common case: a quotation mark or a space for another
    return [c for c in old if c.isalnum()] != [c for c in replacement if c.isalnum()]


@dataclass(slots=True)
class Context:
    text: str
    style: TargetStyle
    analysis: Analysis
    selection: Selection
    _line_starts: list[int] = field(default_factory=list)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column of ``offset``."""
        if not self._line_starts:
            starts = [0]
            find = self.text.find
            i = find("\n")
            while i != -1:
                starts.append(i + 1)
                i = find("\n", i + 1)
            self._line_starts = starts
        line = bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1

    def where(self, offset: int) -> str:
        line, column = self.position(offset)
        return f"{line}:{column}"

    def finding(
        self,
        code: str,
        start: int,
        end: int,
        message: str,
        edit: tuple[int, int, str] | None = None,
        safe: bool = True,
        removes_text: bool = False,
    ) -> Finding:
        """Build a finding; ``edit`` becomes its fix unless it would change words.

        Repairs change punctuation and spacing only: an edit that would alter a
        letter or digit (``14h30`` -> ``14:30``) is dropped and the finding is
        left for a person. ``removes_text`` marks the one opt-in exception,
        removing a whole boilerplate block on request.
        """
        rule = RULES_BY_CODE[code]
        line, column = self.position(start)
        fix = None
        if edit is not None and (removes_text or not _changes_words(self.text, edit)):
            fix = Edit(edit[0], edit[1], edit[2], code, message, safe)
        return Finding(code, rule.name, message, start, end, line, column, rule.severity, fix)
