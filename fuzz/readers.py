"""Coverage-guided fuzzing of the readers (plain, Markdown, HTML) with atheris.

Each input is UTF-8 text (undecodable bytes dropped); its first byte picks the
format. For every input the harness checks what every reader promises:

- prose pieces lie inside the file, in order, and an exact piece is the very
  text of the file at its place;
- a repair touches only prose: the file with every prose piece taken out (its
  markup) is the same before and after ``fix``.

(Fixing twice may repair more: an edit that could not be mapped into the file
the first time leaves text that reads differently the second time.)

A short run is part of the test suite (``tests/test_fuzz_atheris.py``); for a
long one, see docs/performance.md::

    python fuzz/readers.py -max_total_time=600 -max_len=4096 fuzz/corpus
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from quotefix import Options
    from quotefix.edits import apply_edits
    from quotefix.formats import Document, parse
    from quotefix.runner import markup, repairs

FORMATS = ("plain", "markdown", "html")
OPTIONS = Options(target="en-US", select=("QF1", "QF2", "QF3"))


def check_pieces(document: Document) -> None:
    last = 0
    for piece in document.pieces:
        assert 0 <= piece.start <= piece.end <= len(document.prose), piece
        if piece.synthetic:
            continue
        assert last <= piece.src_start <= piece.src_end <= len(document.source), piece
        last = piece.src_end
        if piece.exact:
            assert document.prose[piece.start : piece.end] == document.source[
                piece.src_start : piece.src_end
            ], piece


def test_one_input(data: bytes) -> None:
    if not data:
        return
    fmt = FORMATS[data[0] % len(FORMATS)]
    text = data[1:].decode("utf-8", "ignore")
    document = parse(text, fmt)
    check_pieces(document)
    fixed = apply_edits(document.source, repairs(document, OPTIONS))
    again = parse(fixed, fmt)
    check_pieces(again)
    assert markup(again) == markup(document), (fmt, text, fixed)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
