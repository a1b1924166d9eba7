"""Reporters: render file results as full, concise, json, github, sarif or html output.

A reporter is a function ``(results, context) -> str``; results come in the
order the files were given, so output is the same however many jobs ran.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from urllib.parse import quote

from .lines import LineIndex
from .model import Finding, Related
from .paths import printable
from .rules import RULES
from .runner import FileResult

# Fields may be added without a new version ("related" was); see docs/output-schema.md.
JSON_SCHEMA_VERSION = 1
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/quotefix/"
_WINDOW = 100  # longest excerpt of a line shown by the full reporter


@dataclass(frozen=True)
class ReportContext:
    """What a reporter knows of the run besides the results."""

    command: str  # check or fix
    quiet: bool = False  # no summary line


Reporter = Callable[[Sequence[FileResult], ReportContext], str]


def tool_version() -> str:
    try:
        return version("quotefix")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "0.0.0"


_INDEXES: dict[int, LineIndex] = {}


def _lines(text: str) -> LineIndex:
    """One line index per reported text (results hold each text once)."""
    index = _INDEXES.get(id(text))
    if index is None or index.text is not text:
        if len(_INDEXES) > 64:
            _INDEXES.clear()
        index = _INDEXES[id(text)] = LineIndex(text)
    return index


def end_position(text: str, finding: Finding | Related) -> tuple[int, int]:
    """1-based line and column of the last character of a finding's (or related) span."""
    return _lines(text).end_position(finding.start, finding.end)


def _mark(finding: Finding) -> str:
    return " [*]" if finding.fix is not None and finding.fix.safe else ""


def concise(results: Sequence[FileResult], context: ReportContext) -> str:
    return "".join(
        f"{printable(r.path)}:{f.line}:{f.column}: {f.code}{_mark(f)} {f.message}\n"
        for r in results
        for f in r.findings
    )


def _excerpt(text: str, finding: Finding) -> list[str]:
    line_start, line_end = _lines(text).line_span(finding.start)
    if line_end > line_start and text[line_end - 1] == "\r":
        line_end -= 1
    length = line_end - line_start
    column = finding.start - line_start
    width = max(1, min(finding.end, line_end) - finding.start)
    if length > _WINDOW:  # only the window is sliced: long lines cost no more
        first = max(0, min(column - 40, length - _WINDOW))
        prefix = "…" if first else ""
        suffix = "…" if first + _WINDOW < length else ""
        line = prefix + text[line_start + first : line_start + first + _WINDOW] + suffix
        column = column - first + len(prefix)
        width = min(width, _WINDOW - (column - len(prefix)))
    else:
        line = text[line_start:line_end]
    line = line.replace("\t", " ")
    number = str(finding.line)
    pad = " " * len(number)
    return [f" {pad} |", f" {number} | {line}", f" {pad} | {' ' * column}{'^' * max(1, width)}"]


_SPACES = {
    " ": "space",
    "\u00a0": "no-break space",
    "\u202f": "narrow no-break space",
    "\n": "line break",
    "\t": "tab",
}


def _show(text: str) -> str:
    if text and not text.strip():
        return " + ".join(_SPACES.get(char, f"U+{ord(char):04X}") for char in text)
    return f"`{text}`"


def _fix_line(result: FileResult, finding: Finding, pad: str) -> list[str]:
    if finding.fix is None:
        return []
    edit = finding.fix
    old = result.text[edit.start : edit.end]
    if not old:
        action = f"insert {_show(edit.replacement)}"
    elif not edit.replacement:
        action = f"remove {_show(old)}"
    else:
        action = f"replace {_show(old)} with {_show(edit.replacement)}"
    kind = "fix" if edit.safe else "unsafe fix (needs --unsafe-fixes)"
    return [f" {pad} = {kind}: {action}"]


def full(results: Sequence[FileResult], context: ReportContext) -> str:
    out: list[str] = []
    for result in results:
        for finding in result.findings:
            out.append(
                f"{printable(result.path)}:{finding.line}:{finding.column}: {finding.code}"
                f"{_mark(finding)} {finding.message}"
            )
            out.extend(_excerpt(result.text, finding))
            out.extend(_fix_line(result, finding, " " * len(str(finding.line))))
            out.append("")
    if context.quiet:
        return "\n".join(out) + ("\n" if out else "")
    findings = [f for r in results for f in r.findings]
    fixed = sum(r.fixes for r in results if context.command == "fix")
    if context.command == "fix" and fixed:
        changed = sum(1 for r in results if r.changed)
        out.append(
            f"Fixed {fixed} problem{'s' * (fixed != 1)} in {changed} file{'s' * (changed != 1)}."
        )
    if findings:
        safe = sum(1 for f in findings if f.fix is not None and f.fix.safe)
        unsafe = sum(1 for f in findings if f.fix is not None and not f.fix.safe)
        line = f"Found {len(findings)} problem{'s' * (len(findings) != 1)}"
        extra = []
        if safe:
            extra.append(f"{safe} fixable with `quotefix fix`")
        if unsafe:
            extra.append(f"{unsafe} more with `quotefix fix --unsafe-fixes`")
        out.append(line + (f" ({'; '.join(extra)})" if extra else "") + ".")
    elif not any(r.error for r in results):
        out.append("All checks passed.")
    return "\n".join(out) + "\n"


def _related_json(result: FileResult, related: Related) -> dict[str, object]:
    end_line, end_column = end_position(result.text, related)
    return {
        "kind": related.kind,
        "start": related.start,
        "end": related.end,
        "line": related.line,
        "column": related.column,
        "end_line": end_line,
        "end_column": end_column,
    }


def _finding_json(result: FileResult, finding: Finding) -> dict[str, object]:
    end_line, end_column = end_position(result.text, finding)
    fix = finding.fix
    return {
        "code": finding.code,
        "name": finding.name,
        "message": finding.message,
        "severity": finding.severity,
        "start": finding.start,
        "end": finding.end,
        "line": finding.line,
        "column": finding.column,
        "end_line": end_line,
        "end_column": end_column,
        "fixable": fix is not None and fix.safe,
        "fix": None
        if fix is None
        else {
            "start": fix.start,
            "end": fix.end,
            "replacement": fix.replacement,
            "safe": fix.safe,
            "reason": fix.reason,
        },
        "related": [_related_json(result, r) for r in finding.related],
    }


def as_json(results: Sequence[FileResult], context: ReportContext) -> str:
    findings = [f for r in results for f in r.findings]
    document = {
        "schema_version": JSON_SCHEMA_VERSION,
        "tool": {"name": "quotefix", "version": tool_version()},
        "command": context.command,
        "files": [
            {
                "path": r.path,
                "format": r.format,
                "error": r.error,
                "fixes": r.fixes if context.command == "fix" else 0,
                "findings": [_finding_json(r, f) for f in r.findings],
            }
            for r in results
        ],
        "summary": {
            "files": len(results),
            "findings": len(findings),
            "fixable": sum(1 for f in findings if f.fix is not None and f.fix.safe),
            "fixed": sum(r.fixes for r in results) if context.command == "fix" else 0,
            "errors": sum(1 for r in results if r.error),
        },
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github(results: Sequence[FileResult], context: ReportContext) -> str:
    out = []
    for result in results:
        path = _escape_property(result.path)
        if result.error:
            out.append(f"::error file={path},title=quotefix::{_escape_data(result.error)}\n")
        for f in result.findings:
            end_line, end_column = end_position(result.text, f)
            level = "error" if f.severity == "error" else "warning"
            title = _escape_property(f"{f.code} {f.name}")
            out.append(
                f"::{level} file={path},line={f.line},col={f.column},endLine={end_line},"
                f"endColumn={end_column},title={title}::{_escape_data(f.message)}\n"
            )
    return "".join(out)


def _uri(path: str) -> str:
    return quote(path.replace("\\", "/")) if path != "<stdin>" else "stdin"


_RELATED_TEXT = {
    "opening-mark": "where the quotation opens",
    "closing-mark": "where the quotation closes",
    "paragraph": "the paragraph the quotation closes in",
}


def _region(result: FileResult, item: Finding | Related) -> dict[str, int]:
    end_line, end_column = end_position(result.text, item)
    return {
        "startLine": item.line,
        "startColumn": item.column,
        "endLine": end_line,
        "endColumn": end_column + 1,
        "charOffset": item.start,
        "charLength": item.end - item.start,
    }


def _sarif_result(result: FileResult, finding: Finding, index: int) -> dict[str, object]:
    location = {"artifactLocation": {"uri": _uri(result.path)}}
    entry: dict[str, object] = {
        "ruleId": finding.code,
        "ruleIndex": index,
        "level": "error" if finding.severity == "error" else "warning",
        "message": {"text": finding.message},
        "locations": [{"physicalLocation": {**location, "region": _region(result, finding)}}],
    }
    if finding.related:
        entry["relatedLocations"] = [
            {
                "id": number,
                "message": {"text": _RELATED_TEXT[related.kind]},
                "physicalLocation": {**location, "region": _region(result, related)},
            }
            for number, related in enumerate(finding.related)
        ]
    if finding.fix is not None and finding.fix.safe:
        edit = finding.fix
        entry["fixes"] = [
            {
                "description": {"text": edit.reason},
                "artifactChanges": [
                    {
                        **location,
                        "replacements": [
                            {
                                "deletedRegion": {
                                    "charOffset": edit.start,
                                    "charLength": edit.end - edit.start,
                                },
                                "insertedContent": {"text": edit.replacement},
                            }
                        ],
                    }
                ],
            }
        ]
    return entry


def sarif(results: Sequence[FileResult], context: ReportContext) -> str:
    used = {f.code for r in results for f in r.findings}
    rules = [rule for rule in RULES if rule.code in used]  # only the rules reported
    index = {rule.code: i for i, rule in enumerate(rules)}
    driver = {
        "name": "quotefix",
        "version": tool_version(),
        "informationUri": INFORMATION_URI,
        "rules": [
            {
                "id": rule.code,
                "name": rule.name,
                "shortDescription": {"text": rule.summary},
                "defaultConfiguration": {
                    "level": "error" if rule.severity == "error" else "warning"
                },
                "properties": {"family": rule.family, "fixable": rule.fixable},
            }
            for rule in rules
        ],
    }
    notifications = [
        {
            "level": "error",
            "message": {"text": r.error},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(r.path)}}}],
        }
        for r in results
        if r.error
    ]
    run = {
        "tool": {"driver": driver},
        "columnKind": "unicodeCodePoints",
        "invocations": [
            {"executionSuccessful": not notifications, "toolExecutionNotifications": notifications}
        ],
        "results": [
            _sarif_result(r, f, index.get(f.code, -1)) for r in results for f in r.findings
        ],
    }
    return (
        json.dumps(
            {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]},
            ensure_ascii=False,
            indent=2,
        )
        + "\n"
    )


def html(results: Sequence[FileResult], context: ReportContext) -> str:
    from .review import render  # the page's templates load only when it is asked for

    return render(results, context)


REPORTERS: dict[str, Reporter] = {
    "full": full,
    "concise": concise,
    "json": as_json,
    "github": github,
    "sarif": sarif,
    "html": html,
}


def statistics(results: Sequence[FileResult], as_json_output: bool) -> str:
    """Findings counted by code, most frequent first."""
    counts = Counter(f.code for r in results for f in r.findings)
    fixable = Counter(f.code for r in results for f in r.findings if f.fix and f.fix.safe)
    names = {rule.code: rule.name for rule in RULES}
    rows = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    if as_json_output:
        return (
            json.dumps(
                [
                    {
                        "code": code,
                        "name": names.get(code, ""),
                        "count": count,
                        "fixable": fixable[code],
                    }
                    for code, count in rows
                ],
                indent=2,
            )
            + "\n"
        )
    width = max((len(str(count)) for _code, count in rows), default=1)
    return "".join(
        f"{count:>{width}}  {code}  {'[*]' if fixable[code] else '   '} {names.get(code, '')}\n"
        for code, count in rows
    )
