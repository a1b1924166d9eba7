"""Reporters: render file results as full, concise, json, github, sarif or html output.

A reporter is a function ``(results, context) -> str``; results come in the
order the files were given, so output is the same however many jobs ran.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from urllib.parse import quote

from . import about
from .colour import PLAIN, Palette
from .lines import LineIndex
from .model import Finding, Related
from .paths import printable
from .rules import RULES
from .runner import FileResult

# Fields may be added without a new version ("related" was); see docs/output-schema.md.
JSON_SCHEMA_VERSION = 1
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = about.PROJECT_URL
_WINDOW = 100  # longest excerpt of a line shown by the full reporter


@dataclass(frozen=True)
class ReportContext:
    """What a reporter knows of the run besides the results."""

    command: str  # check or fix
    quiet: bool = False  # no summary line
    paint: Palette = PLAIN  # colour for paths, codes and [*] (human formats only)
    show_fixes: bool = False  # fix: list what was repaired, per file and code


Reporter = Callable[[Sequence[FileResult], ReportContext], str]


def tool_version() -> str:
    return about.version()


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'s' * (count != 1)}"


def summary(results: Sequence[FileResult], context: ReportContext) -> list[str]:
    """The closing lines of a human report: what was fixed, found, and how many files.

    ``Found 3 problems in 2 files (2 fixable with quotefix fix; 1 more with
    --unsafe-fixes).`` or ``All checks passed.``, then ``12 files checked.``
    """
    lines = []
    if context.command == "fix":
        listing = repaired_listing(results, context)
        if listing:
            lines.extend(listing.splitlines())
        elif any(r.changed for r in results):
            lines.append(_repaired(results, "Fixed") + ".")
    findings = [f for r in results for f in r.findings]
    errors = sum(1 for r in results if r.error)
    if findings:
        safe = sum(1 for f in findings if f.fix is not None and f.fix.safe)
        unsafe = sum(1 for f in findings if f.fix is not None and not f.fix.safe)
        extra = []
        if safe and context.command == "check":
            extra.append(f"{safe} fixable with quotefix fix")
        if unsafe:
            extra.append(f"{unsafe} more with --unsafe-fixes")
        files = sum(1 for r in results if r.findings)
        lines.append(
            f"Found {_plural(len(findings), 'problem')} in {_plural(files, 'file')}"
            + (f" ({'; '.join(extra)})" if extra else "")
            + "."
        )
    elif not errors:
        lines.append("All checks passed.")
    if errors:
        lines.append(f"{_plural(errors, 'file')} could not be checked (see above).")
    lines.append(f"{_plural(len(results) - errors, 'file')} checked.")
    return lines


def _repaired(results: Sequence[FileResult], verb: str) -> str:
    fixed = sum(r.fixes for r in results)
    changed = sum(1 for r in results if r.changed)
    return f"{verb} {_plural(fixed, 'problem')} in {_plural(changed, 'file')}"


def repaired_listing(
    results: Sequence[FileResult], context: ReportContext, *, would: bool = False
) -> str:
    """``fix --show-fixes``: what was repaired (or would be), per file and rule code.

    Empty unless ``context.show_fixes`` is set and something was repaired.
    """
    if not context.show_fixes or not any(r.changed for r in results):
        return ""
    paint = context.paint
    names = {rule.code: rule.name for rule in RULES}
    lines = [_repaired(results, "Would fix" if would else "Fixed") + ":"]
    for result in results:
        if not result.changed:
            continue
        lines.append(f"- {paint('path', printable(result.path))}:")
        counts = Counter(result.repaired)
        width = len(str(max(counts.values())))
        for code in sorted(counts):
            count = f"{counts[code]:>{width}}"
            lines.append(f"    {count} × {paint('code', code)} {names.get(code, '')}")
    return "\n".join(lines) + "\n"


def would_fix_summary(results: Sequence[FileResult], context: ReportContext) -> str:
    """The closing lines of ``fix --diff`` and ``fix --check``."""
    listing = repaired_listing(results, context, would=True)
    if listing:
        lines = listing.splitlines()
    elif any(r.changed for r in results):
        lines = [_repaired(results, "Would fix") + "."]
    else:
        lines = ["Nothing to fix."]
    errors = sum(1 for r in results if r.error)
    if errors:
        lines.append(f"{_plural(errors, 'file')} could not be checked (see above).")
    lines.append(f"{_plural(len(results) - errors, 'file')} checked.")
    return "\n".join(lines) + "\n"


def _location(result: FileResult, finding: Finding, paint: Palette) -> str:
    """``path:line:col: CODE [*] message``, coloured as ruff colours it."""
    colon = paint("separator", ":")
    mark = paint("fixable", "[*]") + " " if finding.fix is not None and finding.fix.safe else ""
    return (
        f"{paint('path', printable(result.path))}{colon}{finding.line}{colon}{finding.column}"
        f"{colon} {paint('code', finding.code)} {mark}{finding.message}"
    )


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


def concise(results: Sequence[FileResult], context: ReportContext) -> str:
    out = [_location(r, f, context.paint) + "\n" for r in results for f in r.findings]
    if not context.quiet:
        out.extend(line + "\n" for line in summary(results, context))
    return "".join(out)


def display_width(text: str) -> int:
    """Columns ``text`` takes on a terminal: wide characters two, combining marks none."""
    if text.isascii():
        return len(text)
    from wcwidth import wcswidth, wcwidth  # only the full format measures text

    width = wcswidth(text)
    if width >= 0:
        return int(width)
    return sum(max(0, wcwidth(char)) for char in text)  # control characters take none


def _excerpt(text: str, finding: Finding, paint: Palette = PLAIN) -> list[str]:
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
    # Carets under the characters as the terminal shows them: CJK and emoji take two
    # columns, combining accents none.
    before = display_width(line[:column])
    under = display_width(line[column : column + width])
    carets = paint("caret", "^" * max(1, under))
    return [f" {pad} |", f" {number} | {line}", f" {pad} | {' ' * before}{carets}"]


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
            out.append(_location(result, finding, context.paint))
            out.extend(_excerpt(result.text, finding, context.paint))
            out.extend(_fix_line(result, finding, " " * len(str(finding.line))))
            out.append("")
    if context.quiet:
        return "\n".join(out) + ("\n" if out else "")
    out.extend(summary(results, context))
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
            # endColumn is exclusive, as in SARIF and ruff's annotations.
            out.append(
                f"::{level} file={path},line={f.line},col={f.column},endLine={end_line},"
                f"endColumn={end_column + 1},title={title}::{_escape_data(f.message)}\n"
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


def statistics(
    results: Sequence[FileResult], as_json_output: bool, context: ReportContext | None = None
) -> str:
    """Findings counted by code, most frequent first (as text: then the summary)."""
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
    context = context or ReportContext("check", quiet=True)
    paint = context.paint
    lines = [
        f"{count:>{width}}  {paint('code', code)}  "
        f"{paint('fixable', '[*]') if fixable[code] else '   '} {names.get(code, '')}\n"
        for code, count in rows
    ]
    if not context.quiet:
        lines.extend(line + "\n" for line in summary(results, context))
    return "".join(lines)
