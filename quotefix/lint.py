"""``quotefix check`` and ``quotefix fix``: plan the files, process them, report.

:func:`run` is the whole command once its arguments are parsed. Between
planning and processing, every stage of :data:`CROSS_FILE_STAGES` sees the
whole list of tasks and may return it changed: that is where work that
needs several files at once (what the files of a folder share, say) goes,
before each file is processed on its own.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from . import colour
from .config import load_config
from .errors import ConfigError
from .paths import printable
from .report import REPORTERS, ReportContext, repaired_listing, statistics, would_fix_summary
from .runner import FileResult, Mode, Task, process

PROGRESS_MIN_FILES = 10  # fewer files than this never show a progress bar
HUMAN_FORMATS = ("concise", "full")

#: A stage that needs every file at once: it takes the planned tasks, in plan
#: order, and returns one task for each (the same, or with other options, say),
#: in the same order. Stages run in order, in the main process, before any file
#: is processed; a stage that reads files reads them with ``files.read``.
CrossFileStage = Callable[[list[Task]], list[Task]]
CROSS_FILE_STAGES: list[CrossFileStage] = []


def show_progress(count: int, quiet: bool) -> bool:
    """A bar only for ten files or more, on a terminal (both streams), outside CI."""
    return (
        count >= PROGRESS_MIN_FILES
        and not quiet
        and sys.stderr.isatty()
        and sys.stdout.isatty()  # output piped elsewhere: no bar either
        and not os.environ.get("CI")
    )


def execute(plan: list[Task | FileResult], jobs: int, progress: bool) -> list[FileResult]:
    """Process every task of ``plan``; results in plan order, whatever ``jobs`` is."""
    from .cli import on_sigterm  # worker processes turn SIGTERM into an exception too

    tasks = [item for item in plan if isinstance(item, Task)]
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(tasks), unit="file", file=sys.stderr, leave=False)
    done: list[FileResult] = []
    try:
        if jobs == 1 or len(tasks) < 2:
            for task in tasks:
                done.append(process(task))
                if bar is not None:
                    bar.update()
        else:
            from concurrent.futures import ProcessPoolExecutor

            pool = ProcessPoolExecutor(max_workers=jobs, initializer=on_sigterm)
            try:
                for result in pool.map(process, tasks, chunksize=1):
                    done.append(result)
                    if bar is not None:
                        bar.update()
            finally:
                # Interrupted: files being written finish their write; the rest never start.
                pool.shutdown(wait=True, cancel_futures=True)
    finally:
        if bar is not None:
            bar.close()
    results = iter(done)
    return [next(results) if isinstance(item, Task) else item for item in plan]


def _cross_file(plan: list[Task | FileResult]) -> list[Task | FileResult]:
    if not CROSS_FILE_STAGES:
        return plan
    tasks = [item for item in plan if isinstance(item, Task)]
    for stage in CROSS_FILE_STAGES:
        changed = stage(tasks)
        if len(changed) != len(tasks):
            raise RuntimeError(f"{stage.__name__} must return one task for each task it is given")
        tasks = changed
    given = iter(tasks)
    return [next(given) if isinstance(item, Task) else item for item in plan]


def mode_of(args: argparse.Namespace) -> Mode:
    if args.command == "check":
        return "check"
    if args.diff:
        # the review page shows the repairs against the findings they answer
        return "review" if args.output_format == "html" else "diff"
    return "would-fix" if args.check else "fix"


def run(args: argparse.Namespace) -> int:
    """Run ``check`` or ``fix``; return the exit status (0 clean, 1 findings, 2 error)."""
    from .cli import ExitStatus
    from .planner import Planner

    if args.jobs < 0:
        raise ConfigError("--jobs must be 0 (one per CPU) or more")
    jobs = args.jobs or os.cpu_count() or 1
    explicit = None
    if args.config:
        explicit = load_config(Path(args.config))
        if explicit is None:
            raise ConfigError(f"{args.config}: no [tool.quotefix] table")
    mode = mode_of(args)
    planner = Planner(args, mode, explicit)
    plan = _cross_file(list(planner.plan(args.paths or ["."])))
    count = sum(isinstance(item, Task) for item in plan)
    results = execute(plan, jobs, show_progress(count, args.quiet))

    if not args.quiet:
        for path, why in planner.skipped:
            print(f"quotefix: {printable(path)}: {why}", file=sys.stderr)
    for result in results:
        if result.error:
            print(f"quotefix: {printable(result.path)}: {result.error}", file=sys.stderr)
    ok = [r for r in results if not r.error]
    changed = _report(args, mode, results, ok)
    if any(r.error for r in results):
        return ExitStatus.ERROR
    return ExitStatus.FINDINGS if changed and not args.exit_zero else ExitStatus.CLEAN


def _context(args: argparse.Namespace, stream: TextIO) -> ReportContext:
    human = args.statistics or args.output_format in HUMAN_FORMATS
    paint = colour.Palette(human and colour.wanted(args.color, stream))
    return ReportContext(
        args.command, args.quiet, paint, show_fixes=getattr(args, "show_fixes", False)
    )


def _report(
    args: argparse.Namespace, mode: Mode, results: Sequence[FileResult], ok: list[FileResult]
) -> bool:
    """Write the report of ``results``; return whether the exit status is "findings"."""
    out = sys.stdout
    if mode in ("diff", "would-fix"):
        context = _context(args, out)
        if mode == "diff":
            out.write("".join(r.diff for r in ok))
            out.flush()
            out = sys.stderr  # the diff owns standard output
            context = _context(args, out)
        elif not args.quiet:
            for r in ok:
                if r.changed:
                    name = context.paint("path", printable(r.path))
                    out.write(f"Would fix: {name} ({r.fixes} fix{'es' * (r.fixes != 1)})\n")
        if not args.quiet:
            out.write(would_fix_summary(results, context))
        return any(r.changed for r in ok)
    for r in ok:
        if r.output is not None:
            _write_bytes(out, r.output)
    if mode == "fix" and "-" in (args.paths or ()):
        out = sys.stderr  # the repaired text (or the input passed through) owns standard output
    context = _context(args, out)
    if args.statistics:
        out.write(statistics(ok, args.output_format in ("json", "sarif"), context))
    else:
        out.write(REPORTERS[args.output_format](results, context))
        if context.show_fixes and args.output_format not in HUMAN_FORMATS and not args.quiet:
            sys.stderr.write(repaired_listing(results, context))  # beside machine output
    return any(r.changed if mode == "review" else r.findings for r in ok)


def _write_bytes(out: TextIO, data: bytes) -> None:
    """Write a file's bytes as they are, whatever the locale's encoding of ``out``."""
    out.flush()
    buffer = getattr(out, "buffer", None)
    if buffer is None:
        out.write(data.decode("utf-8", errors="replace"))
    else:
        buffer.write(data)
        buffer.flush()


__all__ = ["CROSS_FILE_STAGES", "CrossFileStage", "execute", "mode_of", "run", "show_progress"]
