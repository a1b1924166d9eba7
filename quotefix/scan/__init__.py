"""Find quotation marks, decide each one's role from its context, and pair them.

Pure: text in, an :class:`Analysis` out; no rules, no edits. The pipeline
(``docs/design.md`` explains each step):

1. :mod:`.paragraphs`: where paragraphs start;
2. :mod:`.double`: the double-family marks and what surrounds each;
3. :mod:`.solver`: each mark's role, chosen for a whole run of paragraphs
   at once by dynamic programming over the :mod:`.costs` of the model; a
   mark whose role differs between equally cheap readings is *ambiguous*
   and its repair is never safe. Linear in the number of marks;
4. :mod:`.pairs`: quotations from the roles;
5. :mod:`.single`: single marks, paired only where a quotation is expected;
6. levels: the nesting of pairs of both families (below).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from ..locales import LANGUAGES
from ..marks import HINTS_DEFAULT, LINE_BREAKS
from .double import Mark, MarkTable, Role, evidence, find_double_marks
from .other_family import close_with_other_family
from .pairs import Pair, pair_double_marks
from .paragraphs import blocks, paragraph_separator
from .single import pair_single_marks
from .solver import Boundary, solve_all


@dataclass(slots=True)
class Analysis:
    """Every quotation mark of a text, its role, and the quotations they make.

    - ``pairs``: the quotations of both families, sorted by opening offset,
      each with its nesting level (1 = outermost) and whether it is certain;
    - ``unclosed``: openers never closed in their paragraph (QF103);
    - ``strays``: closers with nothing to close (QF104);
    - ``doubled``: marks standing for a run of identical glyphs (``““``, QF107);
    - ``marks``: every double-family mark with its role, by column;
    - ``blocks``: the start offsets of the paragraphs.
    """

    text: str
    pairs: list[Pair]
    unclosed: list[Mark]
    strays: list[Mark]
    doubled: list[Mark]
    marks: MarkTable
    # Where the run of identical glyphs starting at a mark ends (doubled marks only).
    run_ends: dict[int, int] = field(default_factory=dict)
    blocks: list[int] = field(default_factory=list)
    #: The quotations of single marks (also in ``pairs``), for the apostrophe rules.
    single_pairs: list[Pair] = field(default_factory=list)
    # What separates the paragraphs, found once: finding it reads the whole text.
    separator: re.Pattern[str] | None = None

    def run_end(self, pos: int) -> int:
        """The offset after the mark at ``pos``, or after its doubled run (``““``)."""
        return self.run_ends.get(pos, pos + 1)

    def paragraph_span(self, pos: int) -> tuple[int, int]:
        """Start and end of the paragraph holding ``pos`` (the end without its separator)."""
        k = bisect_right(self.blocks, pos) - 1
        start = self.blocks[k] if k >= 0 else 0
        end = len(self.text)
        if k + 1 < len(self.blocks):
            if self.separator is None:
                self.separator = paragraph_separator(self.text)
            found = self.separator.search(self.text, start, self.blocks[k + 1])
            end = found.start() if found is not None else end
        while end > start and self.text[end - 1] in LINE_BREAKS:
            end -= 1
        return start, end


def source_hints(text: str, source: str | None) -> dict[str, int]:
    """Glyph hints for ``source``; with no source, guess it from the marks used."""
    if source is None and "„" in text:
        source = "de" if text.count("“") >= text.count("”") else "pl"
    return LANGUAGES[source].hints if source is not None else HINTS_DEFAULT


def _assign_levels(pairs: list[Pair]) -> None:
    """Nesting level of every pair, counting enclosing pairs of both families.

    Levels alternate primary/secondary; a pair whose enclosing pair is a guess
    has a guessed level too.
    """
    stack: list[Pair] = []
    for pair in pairs:  # sorted by opening offset
        while stack and stack[-1].close < pair.open:
            stack.pop()
        if stack and pair.close < stack[-1].close:
            parent = stack[-1]
            pair.level = parent.level + 1
            pair.certain = pair.certain and parent.certain
        else:
            pair.level = 1
        stack.append(pair)


def analyse(
    text: str, source: str | None, single_primary: bool = False, straight_top: bool = False
) -> Analysis:
    """Find and pair every quotation mark of ``text``.

    ``single_primary`` says the target quotes with single marks first (en-GB),
    so top-level single quotations matter for nesting; ``straight_top`` pairs
    straight single marks at the top level too (scare quotes typed straight
    in a typographic document).
    """
    block_starts = blocks(text)
    marks = find_double_marks(text, block_starts, source_hints(text, source))
    if len(marks):
        pairs, unclosed, strays = pair_double_marks(marks, solve_all(marks))
    else:
        pairs, unclosed, strays = [], [], []
    if unclosed:
        unclosed = close_with_other_family(text, marks, pairs, unclosed)
    singles = pair_single_marks(text, block_starts, pairs, single_primary, straight_top)
    doubled = [marks.mark(i) for i in sorted(marks.duplicates)]
    all_pairs = sorted(pairs + singles, key=lambda p: p.open)
    _assign_levels(all_pairs)
    run_ends = {m.pos: m.pos + 1 + len(m.duplicates) for m in doubled}
    return Analysis(
        text,
        all_pairs,
        [marks.mark(i) for i in unclosed],
        [marks.mark(i) for i in strays],
        doubled,
        marks,
        run_ends,
        block_starts,
        singles,
    )


__all__ = [
    "Analysis",
    "Boundary",
    "Mark",
    "MarkTable",
    "Pair",
    "Role",
    "analyse",
    "blocks",
    "evidence",
    "paragraph_separator",
    "source_hints",
]
