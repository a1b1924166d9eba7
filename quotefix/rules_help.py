"""``quotefix rules``: the rule table, and one rule's documentation."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import quotefix

from .rules import rule as find_rule

# The rule pages of docs/rules, copied into the package by scripts/sync_rule_docs.py.
DOCS = Path(__file__).parent / "rule_docs"


def _safety(rule: quotefix.Rule) -> str:
    if not rule.fixable:
        return "-"
    if rule.unsafe_only:
        return "never"  # repaired only with --unsafe-fixes
    return "always" if rule.always_safe else "sometimes"


def _fix_words(rule: quotefix.Rule) -> str:
    if not rule.fixable:
        return "none (flag only)"
    if rule.unsafe_only:
        return "unsafe only (applied with --unsafe-fixes)"
    return f"{_safety(rule)} safe"


def table(output_format: str) -> str:
    rules = list(quotefix.RULES)
    if output_format == "json":
        return (
            json.dumps(
                [
                    {
                        "code": r.code,
                        "name": r.name,
                        "family": r.family,
                        "severity": r.severity,
                        "fixable": r.fixable,
                        "safe": _safety(r),
                        "summary": r.summary,
                    }
                    for r in rules
                ],
                indent=2,
                ensure_ascii=False,
            )
            + "\n"
        )
    rows = [("CODE", "NAME", "FAMILY", "FIXABLE", "SAFE")]
    rows += [(r.code, r.name, r.family, "yes" if r.fixable else "no", _safety(r)) for r in rules]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = []
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        lines.append("  ".join([*cells, row[4]]) + "\n")
    return "".join(lines)


def documentation(code: str) -> str:
    rule = find_rule(code)
    page = DOCS / f"{rule.code}.md"
    header = (
        f"{rule.code} {rule.name}\n\n{rule.summary}\n\nFamily: {rule.family}. "
        f"Severity: {rule.severity}. Fix: "
        f"{_fix_words(rule)}.\n"
    )
    if page.is_file():
        return header + "\n" + page.read_text(encoding="utf-8")
    return header


def show(code: str | None, output_format: str) -> int:
    if code is None:
        sys.stdout.write(table(output_format))
        return 0
    if output_format == "json":
        rule = find_rule(code)
        sys.stdout.write(
            json.dumps(
                {
                    "code": rule.code,
                    "name": rule.name,
                    "family": rule.family,
                    "severity": rule.severity,
                    "fixable": rule.fixable,
                    "safe": _safety(rule),
                    "summary": rule.summary,
                    "documentation": documentation(code),
                },
                indent=2,
                ensure_ascii=False,
            )
            + "\n"
        )
        return 0
    sys.stdout.write(documentation(code))
    return 0
