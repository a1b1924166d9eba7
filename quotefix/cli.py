"""Command line: ``quotefix check FILE…`` and ``quotefix fix FILE…``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from enum import IntEnum

from .api import check, fix
from .errors import QuotefixError
from .locales import resolve_source, resolve_target
from .model import Finding


class ExitStatus(IntEnum):
    CLEAN = 0
    FINDINGS = 1
    ERROR = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"quotefix: {message}", file=sys.stderr)
        raise SystemExit(ExitStatus.ERROR)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="quotefix", description="Find and repair broken quotation marks in "
                     "machine-translated news.")
    sub = parser.add_subparsers(dest="command", required=True)
    for name, help_text in (("check", "report problems as path:line:col: CODE message"),
                            ("fix", "write the repaired text to standard output")):
        cmd = sub.add_parser(name, help=help_text)
        cmd.add_argument("files", nargs="+", metavar="FILE", help="files to read; - for stdin")
        cmd.add_argument("--target", default="en-US", help="locale the text is published in "
                         "(default en-US; e.g. en-GB, fr-FR, de-CH, en-US@straight)")
        cmd.add_argument("--source", default=None, help="language translated from (default: infer)")
        cmd.add_argument("--select", action="append", default=None, metavar="CODES",
                         help="only these codes, prefixes or names (comma-separated)")
        cmd.add_argument("--ignore", action="append", default=None, metavar="CODES",
                         help="skip these codes, prefixes or names (comma-separated)")
        if name == "fix":
            cmd.add_argument("--unsafe-fixes", action="store_true",
                             help="also apply best guesses where the pairing is ambiguous")
    return parser


def _split(values: list[str] | None) -> list[str] | None:
    if values is None:
        return None
    return [item for value in values for item in value.split(",") if item.strip()]


def _read(path: str) -> str:
    if path == "-":
        data = sys.stdin.buffer.read()
    else:
        with open(path, "rb") as handle:
            data = handle.read()
    if b"\x00" in data:
        raise ValueError("binary file (contains NUL bytes)")
    text = data.decode("utf-8")
    return text[1:] if text.startswith("\ufeff") else text


def _format(path: str, finding: Finding) -> str:
    return f"{path}:{finding.line}:{finding.column}: {finding.code} {finding.message}"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 clean, 1 findings, 2 error)."""
    args = _parser().parse_args(argv)
    select, ignore = _split(args.select), _split(args.ignore)
    try:
        target = resolve_target(args.target)
        source = resolve_source(args.source)
        check("", target=target, select=select, ignore=ignore)
    except (QuotefixError, ValueError) as error:
        print(f"quotefix: {error}", file=sys.stderr)
        return ExitStatus.ERROR
    status = ExitStatus.CLEAN
    for path in args.files:
        shown = "<stdin>" if path == "-" else path
        try:
            text = _read(path)
        except UnicodeDecodeError as error:
            print(f"quotefix: {shown}: not valid UTF-8 (byte {error.start})", file=sys.stderr)
            status = ExitStatus.ERROR
            continue
        except (OSError, ValueError) as error:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            print(f"quotefix: {shown}: {reason}", file=sys.stderr)
            status = ExitStatus.ERROR
            continue
        if args.command == "check":
            findings = check(text, target=target, source=source, select=select, ignore=ignore)
            for finding in findings:
                print(_format(shown, finding))
            if findings and status == ExitStatus.CLEAN:
                status = ExitStatus.FINDINGS
        else:
            result = fix(text, target=target, source=source, select=select, ignore=ignore,
                         unsafe=args.unsafe_fixes)
            sys.stdout.write(result.text)
            for finding in result.unresolved:
                print(_format(shown, finding), file=sys.stderr)
    return int(status)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

__all__ = ["ExitStatus", "main"]
