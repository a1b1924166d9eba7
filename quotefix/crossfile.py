"""The command line's cross-file stage: lines repeated across the files of one run.

When several files are checked or fixed together, their prose lines are
counted before any file is processed (in the main process, in the order of
the plan), and every task gets the same table in its options
(``Options.repeated``). The files are then processed as usual, one by one or
in worker processes: each judges its own lines against that one table, so
the output is the same with any ``--jobs``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import TypeVar

from .detect import detect_format
from .errors import QuotefixError
from .files import decode, read
from .formats import parse
from .runner import Task
from .sitelines import MIN_TEXTS, count_lines, text_lines

Item = TypeVar("Item")


def _line_sets(tasks: Sequence[Task]) -> Iterator[set[str]]:
    for task in tasks:
        try:
            source = (
                decode(task.data, task.encoding)
                if task.data is not None
                else read(task.path, task.max_size, follow=task.follow, encoding=task.encoding)
            )
        except (QuotefixError, OSError):
            continue  # the file's own processing reports the error
        fmt = detect_format(source.text) if task.format == "auto" else task.format
        document = parse(source.text, fmt)
        if not document.ignore_file:
            yield text_lines(document.prose)


def share_repeats(plan: list[Item]) -> list[Item]:
    """``plan`` with the repeated-line table in every task's options (QF510).

    Nothing changes for fewer than three files, or when no task has QF510 on.
    """
    tasks: list[Task] = [item for item in plan if isinstance(item, Task)]
    if len(tasks) < MIN_TEXTS or not any(t.options.selection.enabled("QF510") for t in tasks):
        return plan
    table = count_lines(_line_sets(tasks), unit="files")
    if not table:
        return plan
    return [
        replace(item, options=item.options.replace(repeated=table))
        if isinstance(item, Task)
        else item
        for item in plan
    ]


__all__ = ["share_repeats"]
