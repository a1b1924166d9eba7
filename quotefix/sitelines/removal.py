"""What removing boilerplate deletes: whole lines with their line break, or a span.

A block of whole lines goes with its line break, and between blank lines
with the blank lines after it, so that no doubled blank line is left;
blocks on consecutive lines go as one run. An inline span (a kicker, a
credit after a caption) goes with the separator spaces that tie it to the
rest of its line.
"""

from __future__ import annotations


def removal(text: str, start: int, end: int) -> tuple[int, int]:
    """The range to delete so the block goes with its line break and no blank line doubles.

    ``start``/``end`` cover whole lines (``end`` at a newline or the end).
    """
    if end < len(text):
        stop = end + 1
        # Between blank lines (or at the very start), take the blank lines after it too.
        before_blank = start == 0 or text.endswith("\n\n", 0, start)
        if before_blank:
            while stop < len(text) and text[stop] == "\n":
                stop += 1
        if stop < len(text) or start == 0:
            return start, stop
        # The last block, followed by line breaks: keep one line break after the text before it.
        begin = start
        while begin > 0 and text[begin - 1] == "\n":
            begin -= 1
        return (begin + 1 if begin > 0 else 0), stop
    # Last block: take the line breaks before it.
    begin = start
    while begin > 0 and text[begin - 1] in "\n":
        begin -= 1
    return begin, end


def line_removals(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """One deletion per block of whole lines (``spans`` in order, not overlapping).

    Blocks on consecutive lines are removed as one run, so that the blank
    lines around the run are judged once.
    """
    edits: list[tuple[int, int, str]] = []
    k = 0
    while k < len(spans):
        j = k
        while j + 1 < len(spans) and spans[j + 1][0] == spans[j][1] + 1:
            j += 1
        begin, stop = removal(text, spans[k][0], spans[j][1])
        cuts = [begin] + [start for start, _end in spans[k + 1 : j + 1]] + [stop]
        edits.extend((cuts[i], cuts[i + 1], "") for i in range(len(cuts) - 1))
        k = j + 1
    return edits


__all__ = ["line_removals", "removal"]
