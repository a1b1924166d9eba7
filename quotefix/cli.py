"""Command line: ``quotefix check``, ``fix``, ``rules``, ``explain`` and ``archive``.

``main(argv) -> int`` returns the exit status: 0 nothing found, 1 findings
(or, with ``fix --diff``/``--check``, something would change), 2 usage error,
unreadable input or internal error. Findings go to standard output,
diagnostics to standard error as ``quotefix: path: reason``.

Each subcommand is one :class:`Command` in :data:`COMMANDS`: its name, its
help, a function that adds its arguments and a function that runs it. To add
one, write those two functions in the subcommand's own module and add a
``Command`` to the tuple; ``main`` handles errors, Ctrl-C and SIGTERM the
same way for every command. ``check`` and ``fix`` run in
:mod:`quotefix.lint`; their files are planned in :mod:`quotefix.planner`.
``archive`` runs in :mod:`quotefix.archive.command`.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from .colour import CHOICES as COLOR_CHOICES
from .errors import QuotefixError
from .files import DEFAULT_MAX_SIZE
from .options import SETTINGS, Setting
from .paths import printable
from .report import REPORTERS

DESCRIPTION = "find and repair broken quotation marks in machine-translated news"


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


def _title() -> str:
    from .about import version  # importlib.metadata only when the version is shown

    return f"quotefix {version()}"


def _columns() -> int:
    """The terminal's width, found as ``shutil.get_terminal_size`` finds it."""
    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class _Formatter(argparse.HelpFormatter):
    """argparse's help, with the width found without ``shutil``: argparse makes a
    formatter for every argument added, and ``shutil`` imports the compression
    modules, a few ms of every run."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        super().__init__(prog, indent_increment, max_help_position,
                         _columns() - 2 if width is None else width)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)  # subcommands' parsers too
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"quotefix: {message}", file=sys.stderr)
        raise SystemExit(ExitStatus.ERROR)

    def format_help(self) -> str:
        # The first line names the program and its version, as ruff's --help does.
        return f"{_title()}: {DESCRIPTION}\n\n" + super().format_help()


class _Version(argparse.Action):
    """``--version``: the version is looked up only when it is asked for."""

    def __init__(self, option_strings: Sequence[str], dest: str, **_given: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help="print the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> None:
        print(_title())
        parser.exit()


# -- check and fix -----------------------------------------------------------------------


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


def _files_and_output(cmd: argparse.ArgumentParser) -> None:
    add = cmd.add_argument
    add("--include", action="append", metavar="GLOB",
        help="files to check inside folders (replaces the default *.txt, *.md, "
        "*.markdown, *.html, *.htm)")
    add("--exclude", action="append", metavar="GLOB",
        help="files or folders to skip inside folders (added to the configured ones)")
    add("--force-exclude", action=argparse.BooleanOptionalAction, default=None,
        help="apply the exclude patterns to files named on the command line too")
    add("--respect-gitignore", action=argparse.BooleanOptionalAction, default=None,
        help="leave out what git ignores when walking folders (default: on)")
    add("--encoding", metavar="NAME",
        help="encoding files are read and written in (default utf-8; e.g. cp1252, utf-16)")
    add("--output-format", choices=sorted(REPORTERS), default="concise",
        help="how findings are printed (default: concise)")
    add("--statistics", action="store_true",
        help="print the number of findings per code instead of each finding")
    add("--color", choices=COLOR_CHOICES, default="auto",
        help="colour paths, codes and [*] (default auto: on a terminal; NO_COLOR and "
        "FORCE_COLOR are honoured)")
    add("--exit-zero", action="store_true",
        help="exit 0 even when something is found (errors still exit 2)")
    add("-q", "--quiet", action="store_true",
        help="print findings and errors only: no summary, no progress bar")
    add("-j", "--jobs", type=int, default=1, metavar="N",
        help="files processed in parallel (0: one per CPU); output order is fixed")
    add("--config", metavar="FILE",
        help="use this quotefix.toml or pyproject.toml instead of looking for one")
    add("--stdin-filename", metavar="NAME",
        help="name shown for standard input; its extension picks the format")
    add("--max-file-size", type=_max_size, default=DEFAULT_MAX_SIZE, metavar="MB",
        help=f"larger files are an error (default {DEFAULT_MAX_SIZE // 1_000_000}; 0: no limit)")


def _lint_arguments(command: str) -> Callable[[argparse.ArgumentParser], None]:
    def add(cmd: argparse.ArgumentParser) -> None:
        cmd.add_argument("paths", nargs="*", metavar="PATH", default=None,
                         help="files or folders to read (default: .); - for standard input")
        for setting in _settings_for(command):
            _add_setting(cmd, setting)
        _files_and_output(cmd)
        if command == "fix":
            how = cmd.add_mutually_exclusive_group()
            how.add_argument("--diff", action="store_true",
                             help="print a unified diff of the repairs and change nothing")
            how.add_argument("--check", action="store_true",
                             help="change nothing; exit 1 if any file would change")
            cmd.add_argument("--show-fixes", action="store_true",
                             help="list what was repaired, per file and rule code")

    return add


def _run_lint(args: argparse.Namespace) -> int:
    from .lint import run

    return run(args)


# -- rules and explain -------------------------------------------------------------------


def _rules_arguments(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument("code", nargs="?", help="a rule code or name, e.g. QF101")
    cmd.add_argument("--output-format", choices=("text", "json"), default="text")


def _run_rules(args: argparse.Namespace) -> int:
    from . import rules_help

    return rules_help.show(args.code, args.output_format)


def _explain_arguments(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument("text", nargs="*", metavar="TEXT",
                     help="the text (several are joined by spaces); none or - reads standard input")
    cmd.add_argument("--all", action="store_true", dest="every",
                     help="every character, not only quotation marks and invisible ones")
    cmd.add_argument("--output-format", choices=("text", "json"), default="text")
    cmd.add_argument("--encoding", default="utf-8", metavar="NAME",
                     help="encoding of standard input (default utf-8)")


def _run_explain(args: argparse.Namespace) -> int:
    from . import explain

    return explain.run(args.text, args.every, args.output_format, args.encoding)


# -- archive -----------------------------------------------------------------------------


def _archive_arguments(cmd: argparse.ArgumentParser) -> None:
    from .archive import command  # imports no Dask: that waits for the run

    command.add_arguments(cmd)
    for setting in command.engine_settings(_settings_for("fix")):
        _add_setting(cmd, setting)


def _run_archive(args: argparse.Namespace) -> int:
    from .archive import command

    return command.main(args)


# -- the table of subcommands ------------------------------------------------------------


@dataclass(frozen=True)
class Command:
    """A subcommand: how its arguments are added and how it runs (returning the status)."""

    name: str
    help: str
    arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]
    signals: bool = True  # SIGTERM raises Terminated while it runs (files are written)


COMMANDS: tuple[Command, ...] = (
    Command("check", "report problems", _lint_arguments("check"), _run_lint),
    Command("fix", "repair files in place (standard input: to standard output)",
            _lint_arguments("fix"), _run_lint),
    Command("rules", "list the rules, or show one rule's documentation", _rules_arguments,
            _run_rules, signals=False),
    Command("explain", "name each quotation mark and invisible space of a text",
            _explain_arguments, _run_explain, signals=False),
    Command("archive",
            "check or repair an archive (Parquet, JSON Lines, CSV) on a Dask cluster",
            _archive_arguments, _run_archive),
)


def _parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser; with ``only``, the arguments of that subcommand alone are added (the
    others keep their name and help), so that ``check`` never imports ``archive``."""
    parser = _Parser(prog="quotefix", description=f"quotefix: {DESCRIPTION}.")
    parser.add_argument("--version", action=_Version)
    sub = parser.add_subparsers(dest="command", required=True)
    for command in COMMANDS:
        cmd = sub.add_parser(command.name, help=command.help)
        if only is None or command.name == only:
            command.arguments(cmd)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 clean, 1 findings, 2 error)."""
    words = sys.argv[1:] if argv is None else list(argv)
    named = words[0] if words and any(c.name == words[0] for c in COMMANDS) else None
    args = _parser(named).parse_args(argv)
    command = next(c for c in COMMANDS if c.name == args.command)
    previous = None
    if command.signals:
        try:
            previous = signal.signal(signal.SIGTERM, _terminate)
        except ValueError:  # not the main thread: leave signals alone
            previous = None
    try:
        return command.run(args)
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

__all__ = ["COMMANDS", "Command", "ExitStatus", "main"]
