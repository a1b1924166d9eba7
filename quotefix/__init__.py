"""quotefix: find and repair broken quotation marks in machine-translated news.

Public API:

- :func:`check` — list the problems in a text, each a :class:`Finding`.
- :func:`fix` — repair what can be repaired safely; returns a :class:`FixResult`.
- :func:`apply_edits` — replay a list of :class:`Edit` on a text.
- :func:`detect_format` — how a text is written (``format="auto"`` uses it).
- :class:`Options` — every engine option as one value; ``check``/``fix``
  take one, and their keyword arguments override its fields.
- :class:`TargetStyle`, :func:`resolve_target` — target quote conventions.
- :data:`RULES` — the rule table (code, name, family, fixability).
- :class:`QuotefixError` and its subclasses — every error raised on purpose.
"""

from __future__ import annotations

from .allowlist import Allowlist
from .api import check, fix
from .detect import detect_format
from .edits import apply_edits
from .errors import (
    ConfigError,
    EditError,
    FileError,
    InputError,
    LocaleError,
    OptionError,
    OptionTypeError,
    QuotefixError,
    SelectionError,
)
from .locales import is_valid_target, resolve_target, valid_targets
from .marks import TargetStyle
from .model import Edit, Finding, FixResult, Related
from .options import Options
from .rules import RULES, Rule

__all__ = [
    "RULES",
    "Allowlist",
    "ConfigError",
    "Edit",
    "EditError",
    "FileError",
    "Finding",
    "FixResult",
    "InputError",
    "LocaleError",
    "OptionError",
    "OptionTypeError",
    "Options",
    "QuotefixError",
    "Related",
    "Rule",
    "SelectionError",
    "TargetStyle",
    "apply_edits",
    "check",
    "detect_format",
    "fix",
    "is_valid_target",
    "resolve_target",
    "valid_targets",
]
