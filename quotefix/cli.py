"""Command line: ``quotefix check``, ``fix``, ``rules`` and ``archive``.

``main(argv) -> int`` returns the exit status: 0 nothing found, 1 findings
(or, with ``fix --diff``/``--check``, something would change), 2 usage error,
unreadable input or internal error. Findings go to standard output,
diagnostics to standard error as ``quotefix: path: reason``.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from enum import IntEnum
from pathlib import Path
from typing import Any

from . import rules_help
from .allowlist import Allowlist, load_allowlist
from .archive import command as archive_command  # imports no Dask: that waits for the run
from .config import ConfigFile, Settings, discover, load_config
from .errors import ConfigError, FileError, QuotefixError
from .files import DEFAULT_MAX_SIZE, read_limited
from .formats import format_for
from .options import FIELDS, SETTINGS, Setting
from .paths import printable, walk
from .report import REPORTERS, ReportContext, statistics
from .runner import FileResult, Mode, Task, process

PROGRESS_MIN_FILES = 10  # fewer files than this never show a progress bar


class ExitStatus(IntEnum):
    CLEAN = 0
    FINDINGS = 1
    ERROR = 2
    INTERRUPTED = 130
    TERMINATED = 143


class Terminated(BaseException):
    """SIGTERM arrived; raised like KeyboardInterrupt so every write cleans up."""


def _terminate(_signum: int, _frame: object) -> None:
    raise Terminated


def on_sigterm() -> None:
    """Turn SIGTERM into :class:`Terminated` in this process (the main thread only)."""
    signal.signal(signal.SIGTERM, _terminate)


def _max_size(value: str) -> int | None:
    try:
        megabytes = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of megabytes: {value!r}") from None
    if megabytes < 0 or megabytes != megabytes:
        raise argparse.ArgumentTypeError("must be 0 (no limit) or more")
    return int(megabytes * 1_000_000) or None


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"quotefix: {message}", file=sys.stderr)
        raise SystemExit(ExitStatus.ERROR)


def _settings_for(command: str) -> list[Setting]:
    """The engine options a command takes, in the order of the option table."""
    return [setting for _name, setting in SETTINGS.values() if command in setting.commands]


def _add_setting(cmd: argparse.ArgumentParser, setting: Setting) -> None:
    """One flag per engine option, from its ``Setting`` (see ``quotefix/options.py``)."""
    flag = f"--{setting.key}"
    if setting.kind == "flag":
        cmd.add_argument(flag, action="store_true", help=setting.help)
    elif setting.kind == "value":
        cmd.add_argument(flag, metavar=setting.metavar, help=setting.help)
    else:
        cmd.add_argument(flag, action="append", metavar=setting.metavar, help=setting.help)


def _common(cmd: argparse.ArgumentParser, command: str) -> None:
    cmd.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        default=None,
        help="files or folders to read (default: .); - for standard input",
    )
    for setting in _settings_for(command):
        _add_setting(cmd, setting)
    cmd.add_argument(
        "--include",
        action="append",
        metavar="GLOB",
        help="files to check inside folders (replaces the default *.txt, *.md, "
        "*.markdown, *.html, *.htm)",
    )
    cmd.add_argument(
        "--exclude",
        action="append",
        metavar="GLOB",
        help="files or folders to skip inside folders (added to the configured ones)",
    )
    cmd.add_argument(
        "--output-format",
        choices=sorted(REPORTERS),
        default="concise",
        help="how findings are printed (default: concise)",
    )
    cmd.add_argument(
        "--statistics",
        action="store_true",
        help="print the number of findings per code instead of each finding",
    )
    cmd.add_argument(
        "--exit-zero",
        action="store_true",
        help="exit 0 even when something is found (errors still exit 2)",
    )
    cmd.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="print findings and errors only: no summary, no progress bar",
    )
    cmd.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="files processed in parallel (0: one per CPU); output order is fixed",
    )
    cmd.add_argument(
        "--config",
        metavar="FILE",
        help="use this quotefix.toml or pyproject.toml instead of looking for one",
    )
    cmd.add_argument(
        "--stdin-filename",
        metavar="NAME",
        help="name shown for standard input; its extension picks the format",
    )
    cmd.add_argument(
        "--max-file-size",
        type=_max_size,
        default=DEFAULT_MAX_SIZE,
        metavar="MB",
        help=f"larger files are an error (default {DEFAULT_MAX_SIZE // 1_000_000}; 0: no limit)",
    )


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="quotefix",
        description="Find and repair broken quotation marks in machine-translated news.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="report problems")
    _common(check, "check")
    fix = sub.add_parser("fix", help="repair files in place (standard input: to standard output)")
    _common(fix, "fix")
    how = fix.add_mutually_exclusive_group()
    how.add_argument(
        "--diff", action="store_true", help="print a unified diff of the repairs and change nothing"
    )
    how.add_argument(
        "--check", action="store_true", help="change nothing; exit 1 if any file would change"
    )
    rules = sub.add_parser("rules", help="list the rules, or show one rule's documentation")
    rules.add_argument("code", nargs="?", help="a rule code or name, e.g. QF101")
    rules.add_argument("--output-format", choices=("text", "json"), default="text")
    archive = sub.add_parser(
        "archive", help="check or repair an archive (Parquet, JSON Lines, CSV) on a Dask cluster"
    )
    archive_command.add_arguments(archive)
    for setting in _settings_for("fix"):
        _add_setting(archive, setting)
    return parser


def _split(values: list[str]) -> tuple[str, ...]:
    return tuple(item.strip() for value in values for item in value.split(",") if item.strip())


def _cli_options(args: argparse.Namespace) -> dict[str, Any]:
    """The engine options given on the command line: Options field -> resolved value.

    Each is resolved by its field's resolver, so a bad value fails here, once,
    with the same error class and message as through the API.
    """
    given: dict[str, Any] = {}
    for key, (name, setting) in SETTINGS.items():
        value = getattr(args, key.replace("-", "_"), None)
        if value is None or (setting.kind == "flag" and not value):
            continue
        if setting.kind == "list":
            value = _split(value)
        elif setting.kind == "phrases":
            value = Allowlist(value)
        elif setting.kind == "file":
            value = Allowlist(phrase for file in value for phrase in load_allowlist(file))
        resolved = FIELDS[name].metadata["resolve"](value)
        if name in given and isinstance(resolved, Allowlist):  # --allowlist and -file add up
            resolved = given[name] + resolved
        given[name] = resolved
    return given


class _Planner:
    """Turn command-line paths into tasks, each with the settings for its file."""

    def __init__(self, args: argparse.Namespace, mode: Mode, explicit: ConfigFile | None) -> None:
        self.args = args
        self.mode = mode
        self.explicit = explicit
        self.given = _cli_options(args)
        self.seen: set[str] = set()
        self.skipped: list[tuple[str, str]] = []  # (path, why): files a walk left out
        self.roots = [Path(raw) for raw in args.paths or ["."] if raw != "-"]
        self.roots = [root for root in self.roots if root.is_dir()]

    def _config(self, path: Path) -> ConfigFile | None:
        return self.explicit if self.explicit is not None else discover(path)

    def _settings(self, path: Path) -> Settings:
        config = self._config(path)
        settings = config.settings_for(path, Settings()) if config else Settings()
        extra = tuple(self.args.exclude or ())
        include = tuple(self.args.include) if self.args.include else settings.include
        return replace(
            settings,
            options=settings.options.replace(**self.given),
            include=include,
            exclude=settings.exclude + extra,
        )

    def _task(
        self,
        path: str,
        display: str,
        fmt: str,
        settings: Settings,
        data: bytes | None = None,
        *,
        follow: bool = True,
    ) -> Task:
        mode = self.mode
        if path == "-" and mode == "fix":
            mode = "stdout"
        return Task(
            path, display, fmt, settings.options, mode, data, self.args.max_file_size, follow
        )

    def plan(self, paths: Sequence[str]) -> Iterator[Task | FileResult]:
        for raw in paths:
            try:
                yield from self._plan_one(raw)
            except QuotefixError as error:  # a configuration file that cannot be used
                yield FileResult(raw, "plain", error=str(error))

    def _plan_one(self, raw: str) -> Iterator[Task | FileResult]:
        if raw == "-":
            name = self.args.stdin_filename
            try:
                data = read_limited(sys.stdin.buffer, self.args.max_file_size)
            except FileError as error:
                yield FileResult(name or "<stdin>", format_for(name or ""), error=str(error))
                return
            settings = self._settings(Path(name) if name else Path.cwd())
            yield self._task("-", name or "<stdin>", format_for(name or ""), settings, data)
            return
        path = Path(raw)
        if not path.is_dir():
            key = os.path.realpath(raw)
            if key not in self.seen:
                self.seen.add(key)
                yield self._task(raw, raw, format_for(raw), self._settings(path))
            return
        config = self._config(path)
        top = self._settings(path)
        base = config.path.parent if config else path
        found = False
        files = walk(
            path,
            top.include,
            top.exclude,
            base,
            roots=self.roots,
            skipped=lambda file, why: self.skipped.append((str(file), why)),
        )
        for file in files:
            found = True
            key = os.path.realpath(file)
            if key not in self.seen:
                self.seen.add(key)
                # Read and write the file itself, never through a link found on the way.
                yield self._task(
                    key, str(file), format_for(file.name), self._settings(file), follow=False
                )
        if not found:
            yield FileResult(
                raw, "plain", error=f"no files to check here (looked for {', '.join(top.include)})"
            )


def _show_progress(count: int, quiet: bool) -> bool:
    return (
        count >= PROGRESS_MIN_FILES
        and not quiet
        and sys.stderr.isatty()
        and sys.stdout.isatty()  # output piped elsewhere: no bar either
        and not os.environ.get("CI")
    )


def _run(plan: list[Task | FileResult], jobs: int, progress: bool) -> list[FileResult]:
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


def _mode(args: argparse.Namespace) -> Mode:
    if args.command == "check":
        return "check"
    if args.diff:
        # the review page shows the repairs against the findings they answer
        return "review" if args.output_format == "html" else "diff"
    return "would-fix" if args.check else "fix"


def _archive(args: argparse.Namespace) -> int:
    """``quotefix archive``: the configuration file, then the flags, then the run."""
    config = load_config(Path(args.config)) if args.config else discover(Path.cwd())
    if args.config and config is None:
        raise ConfigError(f"{args.config}: no [tool.quotefix] table")
    # The file's top level: its per-path overrides are for files, not rows of an archive.
    options = Settings().options.replace(**(config.values if config else {}))
    return archive_command.run(args, options.replace(**_cli_options(args)))


def _lint(args: argparse.Namespace) -> int:
    if args.jobs < 0:
        raise ConfigError("--jobs must be 0 (one per CPU) or more")
    jobs = args.jobs or os.cpu_count() or 1
    explicit = None
    if args.config:
        explicit = load_config(Path(args.config))
        if explicit is None:
            raise ConfigError(f"{args.config}: no [tool.quotefix] table")
    mode = _mode(args)
    planner = _Planner(args, mode, explicit)
    plan = list(planner.plan(args.paths or ["."]))
    count = sum(isinstance(item, Task) for item in plan)
    results = _run(plan, jobs, _show_progress(count, args.quiet))

    if not args.quiet:
        for path, why in planner.skipped:
            print(f"quotefix: {printable(path)}: {why}", file=sys.stderr)
    for result in results:
        if result.error:
            print(f"quotefix: {printable(result.path)}: {result.error}", file=sys.stderr)
    ok = [r for r in results if not r.error]
    out = sys.stdout
    if mode == "diff":
        out.write("".join(r.diff for r in ok))
        changed = any(r.changed for r in ok)
    elif mode == "would-fix":
        if not args.quiet:
            for r in ok:
                if r.changed:
                    name = printable(r.path)
                    out.write(f"Would fix: {name} ({r.fixes} fix{'es' * (r.fixes != 1)})\n")
        changed = any(r.changed for r in ok)
    else:
        for r in ok:
            if r.output is not None:
                _write_bytes(out, r.output)
                out = sys.stderr  # the repaired text owns standard output
        context = ReportContext(args.command, args.quiet)
        if args.statistics:
            out.write(statistics(ok, args.output_format in ("json", "sarif")))
        else:
            out.write(REPORTERS[args.output_format](results, context))
        changed = any(r.changed if mode == "review" else r.findings for r in ok)
    if any(r.error for r in results):
        return ExitStatus.ERROR
    return ExitStatus.FINDINGS if changed and not args.exit_zero else ExitStatus.CLEAN


def _write_bytes(out: Any, text: str) -> None:
    """Write ``text`` as UTF-8 bytes, whatever the locale's encoding of ``out``."""
    out.flush()
    buffer = getattr(out, "buffer", None)
    if buffer is None:
        out.write(text)
    else:
        buffer.write(text.encode("utf-8"))
        buffer.flush()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 clean, 1 findings, 2 error)."""
    args = _parser().parse_args(argv)
    previous = None
    if args.command != "rules":
        try:
            previous = signal.signal(signal.SIGTERM, _terminate)
        except ValueError:  # not the main thread: leave signals alone
            previous = None
    try:
        if args.command == "rules":
            return rules_help.show(args.code, args.output_format)
        if args.command == "archive":
            return _archive(args)
        return _lint(args)
    except QuotefixError as error:
        print(f"quotefix: {error}", file=sys.stderr)
        return ExitStatus.ERROR
    except KeyboardInterrupt:
        print("quotefix: interrupted", file=sys.stderr)
        return ExitStatus.INTERRUPTED
    except Terminated:
        print("quotefix: terminated", file=sys.stderr)
        return ExitStatus.TERMINATED
    except OSError as error:
        name = printable(str(error.filename or ""))
        print(f"quotefix: {name}: {error.strerror or error}", file=sys.stderr)
        return ExitStatus.ERROR
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

__all__ = ["ExitStatus", "main"]
