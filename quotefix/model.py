"""Plain, immutable records that the engine returns: edits, findings, fix results."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``text[start:end]`` by ``replacement``.

    Offsets index the text the edit was made for (for ``FixResult.edits``: the
    caller's original input). ``safe`` is true only when exactly one correct
    result exists; unsafe edits are applied only by ``fix(..., unsafe=True)``.
    """

    start: int
    end: int
    replacement: str
    code: str
    reason: str
    safe: bool = True

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem found in a text, with its exact span and, if possible, its repair."""

    code: str
    name: str
    message: str
    start: int
    end: int
    line: int
    column: int
    severity: Severity
    fix: Edit | None = None

    @property
    def fixable(self) -> bool:
        """True when the finding carries a repair (safe or not)."""
        return self.fix is not None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["fix"] = self.fix.to_dict() if self.fix is not None else None
        return data


@dataclass(frozen=True, slots=True)
class FixResult:
    """What ``fix`` returns.

    ``text`` is the repaired text; ``edits`` are against the original input, so
    ``apply_edits(original, result.edits) == result.text``; ``unresolved`` are
    the findings still needing a person, with offsets into ``text``.
    """

    text: str
    edits: list[Edit] = field(default_factory=list)
    unresolved: list[Finding] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.edits)
