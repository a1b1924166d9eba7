"""Reading back what an archive run wrote, for the archive tests.

Findings frames become plain tuples (``<NA>`` as ``None``) so that they
compare with rows made from ``quotefix.check`` in this process; part files
are read in partition order; the command runs through ``quotefix.cli.main``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from distributed import Client

import quotefix
from quotefix import cli
from quotefix.archive.job import connect
from quotefix.archive.rows import FINDING_COLUMNS, finding_row

Row = tuple[Any, ...]


def two_workers() -> Iterator[Client]:
    """The command's own local cluster (two worker processes, one thread each).

    Its scratch space is a temporary folder, removed after.
    """
    with connect(None, 2) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        yield client


def check_rows(
    corpus: Iterable[tuple[str, str]], options: quotefix.Options | None = None
) -> list[Row]:
    """``quotefix.check`` article by article, as finding rows in article order."""
    return [
        (ident, *finding_row(f), None)
        for ident, text in corpus
        for f in quotefix.check(text, options)
    ]


def rows(frame: pd.DataFrame) -> list[Row]:
    """A findings frame as plain tuples (``<NA>`` as ``None``) in its order."""
    columns = ["id", *FINDING_COLUMNS, "error"]
    assert list(frame.columns) == columns
    plain = frame.astype(object).where(frame.notna(), None)
    return [tuple(row) for row in plain.itertuples(index=False, name=None)]


def plain(values: pd.Series) -> list[Any]:
    """The values of a column, ``<NA>`` as ``None``."""
    return values.astype(object).where(values.notna(), None).tolist()


def read_parquet(folder: Path) -> pd.DataFrame:
    # Part files are named in partition order; read them in that order, one by one.
    parts = sorted(folder.glob("*.parquet"))
    assert parts
    return pd.concat([pd.read_parquet(part) for part in parts], ignore_index=True)


def archive(*argv: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """``quotefix archive ARGV``: the exit status, standard output and standard error."""
    status = cli.main(["archive", *argv])
    out, err = capsys.readouterr()
    return status, out, err


def summary(out: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    return data
