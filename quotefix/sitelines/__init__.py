"""Source-site boilerplate: which lines of an article the site put there, not the writer.

- :func:`classify` (:mod:`.classify`): the scored line classifier; each
  :class:`Block` says which kind it found (``teaser``, ``newsletter``, ``ad``,
  ``credit``, ``notice``, ``kicker``, ``furniture``, ``headlines``) and
  whether it is a whole line or a span of one.
  Its evidence comes from label phrases and from line shapes (:mod:`.shapes`:
  word classes that combine, counts, credits without a colon, menus, polls;
  :mod:`.bylines`: bylines, time stamps, update notes; :mod:`.kickers`:
  section kickers; :mod:`.tails`: credits and teasers at a line's end); a first look
  (:mod:`.screen`) clears lines that cannot reach the threshold before they are
  split into words.
- :func:`editors_notes` (:mod:`.notes`): editors' notes inside sentences.
- :func:`repeated_in` (:mod:`.folder`): lines that recur across many texts.
- :func:`line_removals` (:mod:`.removal`): what removal deletes.

The label words live in ``quotefix/data/site_labels.txt`` (:mod:`.lexicon`);
every weight, with its reason, in :mod:`.tuning`. The rule family that turns
all this into findings is :mod:`quotefix.rules.boilerplate`.
"""

from __future__ import annotations

from .classify import KINDS, Block, classify
from .folder import MIN_TEXTS, NO_REPEATS, RepeatedLines, count_lines, repeated_in, text_lines
from .notes import editors_notes
from .removal import line_removals, removal

__all__ = [
    "KINDS",
    "MIN_TEXTS",
    "NO_REPEATS",
    "Block",
    "RepeatedLines",
    "classify",
    "count_lines",
    "editors_notes",
    "line_removals",
    "removal",
    "repeated_in",
    "text_lines",
]
