"""Check or fix one file: read it, run the engine on its prose, map results back.

Results are plain records, so files can be processed in worker processes and
reported in a fixed order.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Literal

from . import api
from .edits import apply_edits
from .errors import QuotefixError
from .files import Source, decode, read, write_atomic
from .formats import Document, parse
from .model import Finding
from .options import Options

Mode = Literal["check", "fix", "diff", "would-fix", "stdout"]


@dataclass(frozen=True)
class Task:
    path: str  # "-" for standard input
    display: str
    format: str
    options: Options  # resolved once per configuration, shared by its files
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

    @property
    def changed(self) -> bool:
        return self.fixes > 0


def check_document(document: Document, options: Options) -> list[Finding]:
    """The findings of a document, in file coordinates, suppressions applied."""
    if document.ignore_file:
        return []
    found = api.check(document.prose, options=options)
    return [document.map_finding(f) for f in found if not document.suppressed(f.code, f.start)]


def fix_document(document: Document, options: Options) -> tuple[str, int]:
    """The repaired file text and the number of edits made in it."""
    if document.ignore_file:
        return document.source, 0
    result = api.fix(document.prose, options=options)
    edits = []
    for edit in result.edits:
        if document.suppressed(edit.code, edit.start):
            continue
        mapped = document.map_edit(edit)
        if mapped is not None:
            edits.append(mapped)
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
    except QuotefixError as error:
        return FileResult(task.display, task.format, error=str(error))
    except Exception as error:  # an engine bug must not stop the other files
        return FileResult(
            task.display, task.format, error=f"internal error: {type(error).__name__}: {error}"
        )


def _process(task: Task) -> FileResult:
    source: Source = decode(task.data) if task.data is not None else read(task.path)
    options = task.options
    document = parse(source.text, task.format)
    if task.mode == "check":
        return FileResult(
            task.display, task.format, source.text, tuple(check_document(document, options))
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
