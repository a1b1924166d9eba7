"""quotefix: find and repair broken quotation marks in machine-translated news.

Public API:

- :func:`check` — list the problems in a text, each a :class:`Finding`.
- :func:`fix` — repair what can be repaired safely; returns a :class:`FixResult`.
- :func:`apply_edits` — replay a list of :class:`Edit` on a text.
- :class:`TargetStyle`, :func:`resolve_target` — target quote conventions.
- :data:`RULES` — the rule table (code, name, family, fixability).
"""

from __future__ import annotations

from .api import check, fix
from .edits import apply_edits
from .errors import EditError, InputError, LocaleError, QuotefixError, SelectionError
from .locales import is_valid_target, resolve_target, valid_targets
from .marks import TargetStyle
from .model import Edit, Finding, FixResult
from .rules import RULES, Rule

__all__ = [
    "RULES",
    "Edit",
    "EditError",
    "Finding",
    "FixResult",
    "InputError",
    "LocaleError",
    "QuotefixError",
    "Rule",
    "SelectionError",
    "TargetStyle",
    "apply_edits",
    "check",
    "fix",
    "is_valid_target",
    "resolve_target",
    "valid_targets",
]
