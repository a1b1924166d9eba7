"""The costs of the pairing model (integers, so ties are exact).

The solver picks, for every double-family mark of a paragraph run, the role
assignment of least total cost. ``docs/design.md`` works an example through
and says why each value is what it is; in short:

- surroundings beat glyphs: a mark after a space and before a word is an
  opener whatever its glyph, because machine translation picks glyphs
  wrongly far more often than it moves spaces (``STRONG`` > any hint);
- a structural defect (an unclosed quotation, a stray closer) costs more
  than reading one mark against its surroundings (``UNCLOSED``, ``STRAY`` >
  ``STRONG``), so the solver prefers to pair what can be paired;
- but less than reading two marks against their surroundings (< 2 x
  ``STRONG``), so it does not invent a pair out of two clear closers.
"""

from __future__ import annotations

STRONG = 4  # a mark after a space and before a word is an opener, and vice versa
WEAK = 2  # a spaced mark before punctuation (French ``attacks ».``) closes
UNCLOSED = 6  # per quotation level left open at a paragraph end
STRAY = 6  # a closer with nothing to close
CARRY = 3  # per level carried into the next paragraph without reopening
NEST = 3  # a double quotation inside a double quotation is rare
INF = (1 << 31) - 1  # an unreachable state (fits the solver's 32-bit cost table)

__all__ = ["CARRY", "INF", "NEST", "STRAY", "STRONG", "UNCLOSED", "WEAK"]
