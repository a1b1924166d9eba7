"""What a rule and a rule family are.

A family is one module under ``quotefix/rules/``: its rule rows (``RULES``,
one :class:`Rule` each, beside the code that reports them) and a
``findings(ctx)`` that yields its findings. The module ends with
``FAMILY = Family(...)``, and ``quotefix/rules/__init__.py`` lists it in
``FAMILIES``. Nothing else in the package knows the family exists.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import Finding, Severity

if TYPE_CHECKING:
    from .context import RuleContext


@dataclass(frozen=True, slots=True)
class Rule:
    """One code quotefix can report. Codes are stable and never reused."""

    code: str
    name: str
    summary: str
    severity: Severity
    fixable: bool  # a repair can exist
    always_safe: bool  # when a repair exists it is always safe
    unsafe_only: bool = False  # its repair is never safe: only fix(..., unsafe=True) makes it

    @property
    def prefix(self) -> str:
        """The family prefix (``QF1`` for ``QF101``)."""
        return self.code[:3]

    @property
    def family(self) -> str:
        """The title of the rule's family (``"quote pairing and direction"``)."""
        from . import FAMILIES  # the registry imports the families, which import this

        family = FAMILIES.get(self.prefix)
        return family.title if family is not None else self.prefix


Findings = Callable[["RuleContext"], Iterator[Finding]]


@dataclass(frozen=True, slots=True)
class Family:
    """A family of rules: a code prefix, a title, its rules and its detector.

    ``findings(ctx)`` yields the family's findings for ``ctx.text``, reading
    every option it needs from ``ctx.options``. It may skip work for codes
    that ``ctx.selection`` leaves off; findings of codes left off are dropped
    by the caller anyway.
    """

    prefix: str
    title: str
    rules: tuple[Rule, ...]
    findings: Findings

    def __post_init__(self) -> None:
        for rule in self.rules:
            if rule.prefix != self.prefix:
                raise ValueError(f"{rule.code} does not belong to family {self.prefix}")

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(rule.code for rule in self.rules)


__all__ = ["Family", "Findings", "Rule"]
