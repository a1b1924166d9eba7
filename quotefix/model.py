"""Plain, immutable records that the engine returns: edits, findings, fix results."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Severity = Literal["error", "warning"]
#: What a related span is: the mark at the other end of the quotation, or the
#: paragraph a quotation closes in.
RelatedKind = Literal["opening-mark", "closing-mark", "paragraph"]


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
class Related:
    """Another span a finding refers to, as data: ``kind`` says what it is.

    Offsets, line and column are in the same text as the finding's own
    (for a file checked by the command line: the file).
    """

    kind: RelatedKind
    start: int
    end: int
    line: int
    column: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem found in a text, with its exact span and, if possible, its repair.

    ``related`` lists the other spans the finding refers to (the mark at the
    other end of its quotation; for QF109 also the paragraph the quotation
    closes in). Where the message names one of their positions, ``template``
    is the message with ``{0}``, ``{1}``… in their place, so that the
    message can be written again when the positions are mapped to a file.
    """

    code: str
    name: str
    message: str
    start: int
    end: int
    line: int
    column: int
    severity: Severity
    fix: Edit | None = None
    related: tuple[Related, ...] = ()
    template: str = field(default="", repr=False)

    @property
    def fixable(self) -> bool:
        """True when the finding carries a repair (safe or not)."""
        return self.fix is not None

    @staticmethod
    def render(template: str, related: Sequence[Related]) -> str:
        """``template`` with each ``{k}`` replaced by ``line:column`` of ``related[k]``."""
        if len(related) == 1:  # the common case, a partner mark
            return template.format(f"{related[0].line}:{related[0].column}")
        return template.format(*(f"{r.line}:{r.column}" for r in related))

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["fix"] = self.fix.to_dict() if self.fix is not None else None
        data["related"] = [r.to_dict() for r in self.related]
        del data["template"]
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


# Fast construction for the engine's hot path. A frozen dataclass's __init__
# sets each field through object.__setattr__; a check makes thousands of
# findings, so the engine fills the slots directly (same objects, same
# equality and hash; the public constructors are unchanged): RuleContext.finding
# fills EDIT_SETTERS and FINDING_SETTERS in the order of the fields.
_new = object.__new__
EDIT_SETTERS = tuple(getattr(Edit, name).__set__ for name in Edit.__slots__)
FINDING_SETTERS = tuple(getattr(Finding, name).__set__ for name in Finding.__slots__)
_RELATED_SLOTS = tuple(getattr(Related, name).__set__ for name in Related.__slots__)


def make_related(kind: RelatedKind, start: int, end: int, line: int, column: int) -> Related:
    """``Related(kind, start, end, line, column)``, built faster."""
    related: Related = _new(Related)
    s0, s1, s2, s3, s4 = _RELATED_SLOTS
    s0(related, kind)
    s1(related, start)
    s2(related, end)
    s3(related, line)
    s4(related, column)
    return related



