"""Markdown, HTML and suppression comments: the engine run on a document's prose.

``check(text, format="html")`` and ``fix(text, format="markdown")`` come
here, and so does every file the command line reads: both take one path,
so a file and the same text passed to the library give the same findings
and the same repairs.

A document's prose (its text nodes, without markup, code, scripts or
styles) goes to the engine; findings, their related positions and repairs
are mapped back to the text the caller passed. A repair is written the way
the text writes its marks (``&laquo;`` stays an entity), and a repair that
would turn prose into markup is dropped (:func:`keep_structure`).

``format="auto"`` guesses the format from the content (:func:`detect_format`).
"""

from __future__ import annotations

from .api import fix_prose, run_families
from .detect import detect_format
from .edits import apply_edits
from .formats import Document, parse
from .model import Edit, Finding, FixResult
from .options import Options

#: Every suppression comment holds this; plain text without it is read as it is.
SUPPRESSION_MARKER = "quotefix:"

def format_of(text: str, options: Options) -> str:
    """The concrete format ``text`` is read in under ``options``."""
    return detect_format(text) if options.format == "auto" else options.format


def read(text: str, options: Options) -> Document | None:
    """The document of ``text``, or ``None`` when the engine reads the text as it is.

    Plain text is a document only when it holds a suppression comment.
    """
    fmt = format_of(text, options)
    if fmt == "plain" and SUPPRESSION_MARKER not in text:
        return None
    return parse(text, fmt)


# -- the engine on a document --------------------------------------------------------


def check_document(document: Document, options: Options) -> list[Finding]:
    """The findings of a document, in file coordinates, suppressions applied."""
    if document.ignore_file:
        return []
    found = run_families(document.prose, options)
    return [document.map_finding(f) for f in found if not document.suppressed(f.code, f.start)]


def repairs(document: Document, options: Options) -> list[Edit]:
    """The edits that repair a document, in file coordinates, suppressions applied."""
    if document.ignore_file:
        return []
    result = fix_prose(document.prose, options)
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


# -- the library's entry points, for any format -----------------------------------------


def check_text(text: str, options: Options) -> list[Finding]:
    """``quotefix.check`` once its options are resolved."""
    document = read(text, options)
    if document is None:
        return run_families(text, options)
    return check_document(document, options)


def repair_text(text: str, options: Options) -> list[Edit]:
    """The edits ``fix`` would make, without checking the result again."""
    document = read(text, options)
    if document is None:
        return fix_prose(text, options).edits
    return repairs(document, options)


def fix_text(text: str, options: Options) -> FixResult:
    """``quotefix.fix`` once its options are resolved.

    For a document, what is left is the findings of the repaired text, read
    in the same format: offsets, lines and columns point into ``result.text``.
    """
    document = read(text, options)
    if document is None:
        return fix_prose(text, options)
    edits = repairs(document, options)
    if not edits:
        return FixResult(text, [], check_document(document, options))
    repaired = apply_edits(text, edits)
    return FixResult(repaired, edits, check_document(parse(repaired, document.format), options))


__all__ = [
    "SUPPRESSION_MARKER",
    "check_document",
    "check_text",
    "detect_format",
    "fix_text",
    "format_of",
    "keep_structure",
    "markup",
    "read",
    "repair_text",
    "repairs",
]
