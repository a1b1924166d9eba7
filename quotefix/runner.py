"""Check or fix one file: read it, run the library on it, keep what the report needs.

The file's text goes through the same functions as ``quotefix.check`` and
``quotefix.fix`` with ``format`` set (:mod:`quotefix.documents`), so the
command line and the library agree on every file. Results are plain
records, so files can be processed in worker processes and reported in a
fixed order.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from .documents import (  # re-exported: the document functions lived here before
    check_document,
    check_text,
    fix_text,
    format_of,
    keep_structure,
    markup,
    repair_text,
    repairs,
)
from .errors import QuotefixError
from .files import BOM, DEFAULT_ENCODING, DEFAULT_MAX_SIZE, Source, decode, read, write_atomic
from .model import Edit, Finding
from .options import Options
from .paths import printable
from .udiff import unified_diff

# review: what `fix --diff` would do, as the findings of the original and the edits
Mode = Literal["check", "fix", "diff", "would-fix", "stdout", "review"]


@dataclass(frozen=True)
class Task:
    path: str  # "-" for standard input
    display: str
    format: str  # plain, markdown, html, or auto (guessed from the text)
    options: Options  # resolved once per configuration, shared by its files
    mode: Mode
    data: bytes | None = None  # standard input, read by the parent process
    max_size: int | None = DEFAULT_MAX_SIZE  # bytes; None: no limit
    follow: bool = True  # False: a symbolic link at ``path`` is refused (walked files)
    encoding: str = DEFAULT_ENCODING


@dataclass(frozen=True)
class FileResult:
    path: str
    format: str
    text: str = ""  # the text that the findings point into
    findings: tuple[Finding, ...] = ()
    error: str | None = None
    fixes: int = 0  # edits applied (or, for diff and would-fix, that would be)
    output: bytes | None = None  # the repaired file, for standard output
    diff: str = ""
    edits: tuple[Edit, ...] = ()  # review mode: the repairs, in file offsets
    repaired: tuple[str, ...] = ()  # the rule code of each repair made (or that would be)

    @property
    def changed(self) -> bool:
        return self.fixes > 0


def _diff(path: str, source: Source, edits: list[Edit]) -> str:
    if not source.bom:
        return unified_diff(path, source.text, edits)
    # The mark is part of the first line on disk: patch must find it there.
    shifted = [replace(e, start=e.start + 1, end=e.end + 1) for e in edits]
    return unified_diff(path, BOM + source.text, shifted)


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
    source: Source = (
        decode(task.data, task.encoding)
        if task.data is not None
        else read(task.path, task.max_size, follow=task.follow, encoding=task.encoding)
    )
    text = source.text
    options = task.options.replace(format=task.format)
    fmt = format_of(text, options)
    if fmt != options.format:  # "auto": the repaired text is read as the original was
        options = options.replace(format=fmt)
    if task.mode == "check":
        return FileResult(task.display, fmt, text, tuple(check_text(text, options)))
    if task.mode in ("review", "diff", "would-fix"):
        edits = repair_text(text, options)
        if task.mode == "review":
            findings = tuple(check_text(text, options))
            codes = tuple(edit.code for edit in edits)
            return FileResult(
                task.display, fmt, text, findings, fixes=len(edits), edits=tuple(edits),
                repaired=codes,
            )
        diff = _diff(printable(task.display), source, edits) if task.mode == "diff" else ""
        codes = tuple(edit.code for edit in edits)
        return FileResult(task.display, fmt, text, fixes=len(edits), diff=diff, repaired=codes)
    result = fix_text(text, options)
    data = source.encode(result.text) if result.edits or task.mode == "stdout" else None
    if data is not None and task.mode == "fix":
        write_atomic(task.path, data, follow=task.follow)
    return FileResult(
        task.display,
        fmt,
        result.text,
        tuple(result.unresolved),
        fixes=len(result.edits),
        output=data if task.mode == "stdout" else None,
        repaired=tuple(edit.code for edit in result.edits),
    )


__all__ = [
    "FileResult",
    "Mode",
    "Task",
    "check_document",
    "keep_structure",
    "markup",
    "process",
    "repairs",
]
