"""``quotefix archive``: check or repair an archive of articles on a Dask cluster.

The entry of :data:`quotefix.cli.COMMANDS`: ``add_arguments`` builds the
command's own flags (the engine options' flags are added by the command
table from the option table, through :func:`engine_settings`); ``main``
resolves the options once and ``run`` runs the job, returning the exit
status. Nothing here imports Dask until the command runs, so the rest of
the command line starts as fast as before.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from ..errors import ConfigError, FileError, QuotefixError
from ..options import Options, Setting
from .job import PARTITION_BYTES

#: The command's exit statuses, as for ``check``/``fix``.
EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
DEFAULT_PARTITION_MB = PARTITION_BYTES / 1_000_000
FORMAT_HELP = (
    "how the articles' texts are written: plain (the default), markdown, html (a CMS "
    "body: only its text is checked and repaired), or auto (guessed for each article)"
)


def _positive(kind: type[int] | type[float]) -> Callable[[str], int | float]:
    def parse(value: str) -> int | float:
        try:
            number = kind(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
        if not number > 0:
            raise argparse.ArgumentTypeError("must be more than 0")
        return number

    return parse


def add_arguments(cmd: argparse.ArgumentParser) -> None:
    """The flags of ``quotefix archive`` (the engine options are added by the caller)."""
    cmd.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="Parquet, JSON Lines or CSV files (or folders of them), one article per row",
    )
    cmd.add_argument("--out", required=True, metavar="DIR", help="folder for the results")
    cmd.add_argument(
        "--fix", action="store_true", help="repair the articles and write the repaired texts"
    )
    cmd.add_argument("--text-column", default="text", metavar="NAME",
                     help="column holding the article text (default: text)")
    cmd.add_argument("--id-column", default="id", metavar="NAME",
                     help="column holding the article id (default: id)")
    where = cmd.add_mutually_exclusive_group()
    where.add_argument("--scheduler", metavar="ADDRESS",
                       help="run on this Dask cluster (e.g. tcp://10.0.0.5:8786)")
    where.add_argument("--workers", type=_positive(int), metavar="N",
                       help="worker processes of the local cluster (default: one per core)")
    cmd.add_argument(
        "--partition-size",
        type=_positive(float),
        default=DEFAULT_PARTITION_MB,
        metavar="MB",
        help=f"megabytes of input per task (default {DEFAULT_PARTITION_MB:g}; "
        "a CSV file is always one task)",
    )
    cmd.add_argument("--config", metavar="FILE",
                     help="use this quotefix.toml or pyproject.toml instead of looking for one")
    cmd.add_argument("-q", "--quiet", action="store_true",
                     help="print errors only: no summary, no progress bar")


def engine_settings(settings: Sequence[Setting]) -> list[Setting]:
    """The engine options' flags as the archive takes them (those of ``fix``).

    A row has no file name to tell its format by, so ``--format`` says how
    every article's text is written, plain unless told.
    """
    return [
        replace(setting, help=FORMAT_HELP) if setting.key == "format" else setting
        for setting in settings
    ]


def _show_progress(quiet: bool) -> bool:
    return not quiet and sys.stderr.isatty() and not os.environ.get("CI")


def resolve_options(args: argparse.Namespace) -> Options:
    """The engine options of a run: defaults, the configuration file's top level, the flags.

    Resolved once, here on the client; the workers get this value pickled.
    The file's per-path overrides are for files, not for the rows of an archive.
    """
    from ..config import Settings, discover, load_config
    from ..planner import engine_cli_layer

    config = load_config(Path(args.config)) if args.config else discover(Path.cwd())
    if args.config and config is None:
        raise ConfigError(f"{args.config}: no [tool.quotefix] table")
    settings = config.top.apply(Settings()) if config else Settings()
    return engine_cli_layer(args).apply(settings).options


def main(args: argparse.Namespace) -> int:
    """``quotefix archive``: resolve the options, then run."""
    return run(args, resolve_options(args))


def run(args: argparse.Namespace, options: Options) -> int:
    """Run ``quotefix archive``; return the exit status (0 clean, 1 findings, 2 errors)."""
    try:
        import dask.dataframe  # noqa: F401
        import distributed  # noqa: F401
        import pyarrow  # noqa: F401
    except ImportError as error:
        raise QuotefixError(
            f"the archive command needs the dask extra ({error.name} is not installed):"
            " pip install 'quotefix-mt[dask]'"
        ) from None
    from .inputs import expand
    from .job import FINDINGS, SUMMARY, TEXTS, Job, check_out, connect
    from .job import run as run_job

    job = Job(
        tuple(args.inputs),
        Path(args.out),
        repair=args.fix,
        text=args.text_column,
        id=args.id_column,
        options=options,
        partition_bytes=max(1, int(args.partition_size * 1_000_000)),
    )
    expand(job.inputs)  # a missing input or a taken folder fails before a cluster starts
    check_out(job.out)
    with contextlib.ExitStack() as stack:
        try:
            client = stack.enter_context(connect(args.scheduler, args.workers))
        except OSError as error:  # no scheduler there, or it did not answer in time
            where = args.scheduler or "a local cluster"
            raise FileError(f"cannot start or reach {where}: {error}") from None
        try:
            summary = run_job(job, client, progress=_show_progress(args.quiet))
        except QuotefixError:
            raise
        except Exception as error:  # reading, writing or the cluster failed, not one article
            raise FileError(f"archive run failed: {type(error).__name__}: {error}") from None
    for ident, reason in summary.error_rows:
        name = "a row without an id" if ident is None else f"article {ident!r}"
        print(f"quotefix: {name}: {reason}", file=sys.stderr)
    hidden = summary.errors - len(summary.error_rows)
    if hidden:
        print(f"quotefix: {hidden:,} more rows with errors (column error of {FINDINGS}/)",
              file=sys.stderr)
    if not args.quiet:
        outputs = [FINDINGS + "/", *([TEXTS + "/"] if args.fix else []), SUMMARY]
        for line in summary.lines():
            print(line)
        print(f"written to {job.out}: {', '.join(outputs)}")
    if summary.errors:
        return EXIT_ERROR
    return EXIT_FINDINGS if summary.findings else EXIT_CLEAN


__all__ = ["add_arguments", "engine_settings", "main", "resolve_options", "run"]
