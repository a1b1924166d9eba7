"""Check or fix one file: read it, run the engine on its prose, map results back.

Results are plain records, so files can be processed in worker processes and
reported in a fixed order.
"""

from __future__ import annotations

import difflib
import inspect
from dataclasses import dataclass
from typing import Any, Literal

from . import api
from .edits import apply_edits
from .errors import QuotefixError
from .files import FileError, Source, decode, read, write_atomic
from .formats import Document, parse
from .model import Edit, Finding

# review: what `fix --diff` would do, as the findings of the original and the edits
Mode = Literal["check", "fix", "diff", "would-fix", "stdout", "review"]


@dataclass(frozen=True)
class Task:
    path: str  # "-" for standard input
    display: str
    format: str
    options: tuple[tuple[str, Any], ...]  # engine keyword arguments
    mode: Mode
    data: bytes | None = None  # standard input, read by the parent process


@dataclass(frozen=True)
class FileResult:
    path: str
    format: str
    text: str = ""  # the text that the findings point into
    findings: tuple[Finding, ...] = ()
    error: str | None = None
    fixes: int = 0  # edits applied (or, for diff and would-fix, that would be)
    output: str | None = None  # the repaired text, for standard output
    diff: str = ""
    edits: tuple[Edit, ...] = ()  # review mode: the repairs, in file offsets

    @property
    def changed(self) -> bool:
        return self.fixes > 0


class UnsupportedOption(QuotefixError, ValueError):
    """An option that the installed engine's function does not take."""


def call_engine(function: Any, text: str, options: dict[str, Any], *, strict: bool) -> Any:
    """Call ``function(text, **options)``, passing only what it accepts.

    With ``strict``, an option it does not accept is an error instead.
    """
    parameters = inspect.signature(function).parameters
    takes_any = any(p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters.values())
    accepted = {k: v for k, v in options.items() if takes_any or k in parameters}
    missing = sorted(set(options) - set(accepted))
    if strict and missing:
        names = ", ".join(name.replace("_", "-") for name in missing)
        raise UnsupportedOption(f"this version of quotefix cannot apply: {names}")
    return function(text, **accepted)


_CHECK_ONLY = ("target", "source", "select", "ignore")


def check_document(document: Document, options: dict[str, Any]) -> list[Finding]:
    """The findings of a document, in file coordinates, suppressions applied."""
    if document.ignore_file:
        return []
    found = call_engine(api.check, document.prose, options, strict=False)
    return [document.map_finding(f) for f in found if not document.suppressed(f.code, f.start)]


def fix_edits(document: Document, options: dict[str, Any]) -> list[Edit]:
    """The repairs of a document, in file offsets."""
    if document.ignore_file:
        return []
    result = call_engine(api.fix, document.prose, options, strict=True)
    edits = []
    for edit in result.edits:
        if document.suppressed(edit.code, edit.start):
            continue
        mapped = document.map_edit(edit)
        if mapped is not None:
            edits.append(mapped)
    return edits


def fix_document(document: Document, options: dict[str, Any]) -> tuple[str, int]:
    """The repaired file text and the number of edits made in it."""
    edits = fix_edits(document, options)
    return apply_edits(document.source, edits), len(edits)


def unified_diff(path: str, old: str, new: str) -> str:
    lines = []
    for line in difflib.unified_diff(
        old.splitlines(keepends=True), new.splitlines(keepends=True), fromfile=path, tofile=path
    ):
        lines.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(lines)


def process(task: Task) -> FileResult:
    """Run one task; every expected failure becomes ``FileResult.error``."""
    try:
        return _process(task)
    except (FileError, QuotefixError, ValueError) as error:
        return FileResult(task.display, task.format, error=str(error))
    except Exception as error:  # an engine bug must not stop the other files
        return FileResult(
            task.display, task.format, error=f"internal error: {type(error).__name__}: {error}"
        )


def _process(task: Task) -> FileResult:
    source: Source = decode(task.data) if task.data is not None else read(task.path)
    options = dict(task.options)
    document = parse(source.text, task.format)
    if task.mode == "check":
        return FileResult(
            task.display, task.format, source.text, tuple(check_document(document, options))
        )
    if task.mode == "review":
        edits = tuple(fix_edits(document, options))
        findings = tuple(check_document(document, options))
        return FileResult(
            task.display, task.format, source.text, findings, fixes=len(edits), edits=edits
        )
    new, count = fix_document(document, options)
    if task.mode == "diff":
        return FileResult(
            task.display,
            task.format,
            source.text,
            fixes=count,
            diff=unified_diff(task.display, source.text, new) if count else "",
        )
    if task.mode == "would-fix":
        return FileResult(task.display, task.format, source.text, fixes=count)
    if count and task.mode == "fix":
        write_atomic(task.path, source.encode(new))
    remaining = check_document(parse(new, task.format), options)
    output = new if task.mode == "stdout" else None
    return FileResult(task.display, task.format, new, tuple(remaining), fixes=count, output=output)
