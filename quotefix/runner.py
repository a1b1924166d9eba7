"""Check or fix one file: read it, run the engine on its prose, map results back.

Results are plain records, so files can be processed in worker processes and
reported in a fixed order.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from . import api
from .edits import apply_edits
from .errors import QuotefixError
from .files import BOM, DEFAULT_MAX_SIZE, Source, decode, read, write_atomic
from .formats import Document, parse
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
    format: str
    options: Options  # resolved once per configuration, shared by its files
    mode: Mode
    data: bytes | None = None  # standard input, read by the parent process
    max_size: int | None = DEFAULT_MAX_SIZE  # bytes; None: no limit
    follow: bool = True  # False: a symbolic link at ``path`` is refused (walked files)


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


def check_document(document: Document, options: Options) -> list[Finding]:
    """The findings of a document, in file coordinates, suppressions applied."""
    if document.ignore_file:
        return []
    found = api.check(document.prose, options=options)
    return [document.map_finding(f) for f in found if not document.suppressed(f.code, f.start)]


def repairs(document: Document, options: Options) -> list[Edit]:
    """The edits that repair a document, in file coordinates, suppressions applied."""
    if document.ignore_file:
        return []
    result = api.fix(document.prose, options=options)
    edits = []
    for edit in result.edits:
        if document.suppressed(edit.code, edit.start):
            continue
        mapped = document.map_edit(edit)
        if mapped is not None:
            edits.append(mapped)
    if edits and document.format != "plain":
        edits = keep_structure(document, edits)
    return edits


def markup(document: Document) -> str:
    """The file with every prose piece taken out: what a repair must leave alone."""
    keep, pos = [], 0
    for piece in document.pieces:
        if piece.synthetic:
            continue
        keep.append(document.source[pos : piece.src_start])
        pos = piece.src_end
    keep.append(document.source[pos:])
    return "".join(keep)


STRUCTURE_RETRIES = 4  # edits dropped one by one before every edit of the file is dropped


def keep_structure(document: Document, edits: list[Edit]) -> list[Edit]:
    """``edits`` without those that would turn prose into markup.

    In Markdown a space can make a line a heading, a list item or an HTML
    block (``-“Yes”`` → ``- “Yes”``), or turn a bracket into a reference
    definition. The repaired file is read again; if its markup differs, the
    edit that changed it is found by bisection and dropped. After a few such
    edits the file is left unrepaired (its findings are still reported).
    """
    before = markup(document)

    def same(subset: list[Edit]) -> bool:
        changed = parse(apply_edits(document.source, subset), document.format)
        return markup(changed) == before

    if same(edits):
        return edits
    for _ in range(STRUCTURE_RETRIES):
        good, bad = 0, len(edits)  # same(edits[:good]) holds, same(edits[:bad]) does not
        while bad - good > 1:
            middle = (good + bad) // 2
            if same(edits[:middle]):
                good = middle
            else:
                bad = middle
        edits = edits[: bad - 1] + edits[bad:]
        if same(edits):
            return edits
    return []


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
        decode(task.data)
        if task.data is not None
        else read(task.path, task.max_size, follow=task.follow)
    )
    options = task.options
    document = parse(source.text, task.format)
    if task.mode == "check":
        return FileResult(
            task.display, task.format, source.text, tuple(check_document(document, options))
        )
    edits = repairs(document, options)
    if task.mode == "review":
        findings = tuple(check_document(document, options))
        return FileResult(
            task.display, task.format, source.text, findings, fixes=len(edits), edits=tuple(edits)
        )
    new, count = apply_edits(source.text, edits), len(edits)
    if task.mode == "diff":
        return FileResult(
            task.display,
            task.format,
            source.text,
            fixes=count,
            diff=_diff(printable(task.display), source, edits),
        )
    if task.mode == "would-fix":
        return FileResult(task.display, task.format, source.text, fixes=count)
    if count and task.mode == "fix":
        write_atomic(task.path, source.encode(new), follow=task.follow)
    remaining = check_document(parse(new, task.format), options)
    # Standard output gets the file as it would be written: with its byte-order mark.
    output = (BOM if source.bom else "") + new if task.mode == "stdout" else None
    return FileResult(task.display, task.format, new, tuple(remaining), fixes=count, output=output)
