"""One archive run: read, check or fix, write Parquet and a summary, on a Dask cluster.

The articles are read and checked once: the task that checks a partition
also makes its findings, its repaired texts and its summary counts, and the
writes and the summary take them from that one result (one graph, computed
together, so Dask shares the partition between them).
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import FileError
from ..options import DEFAULT, Options
from .frames import articles_of, findings_of, repaired_columns
from .inputs import UNREADABLE, read_archive
from .rows import Article
from .summary import Summary, partition_counts

if TYPE_CHECKING:
    import dask.dataframe as dd
    import pandas as pd
    from distributed import Client

FINDINGS = "findings"
TEXTS = "texts"
SUMMARY = "summary.json"
#: Input per task: for Parquet as stored (compressed), for JSON Lines as bytes of the file.
PARTITION_BYTES = 16_000_000
#: What the task that checks a partition makes of it.
OUTPUTS = ("findings", "texts", "counts")


@dataclass(frozen=True)
class Job:
    """What to run: the inputs, where the results go, and how articles are read and checked."""

    inputs: tuple[str, ...]
    out: Path
    repair: bool = False
    text: str = "text"
    id: str = "id"
    options: Options = DEFAULT
    partition_bytes: int = PARTITION_BYTES


def part_name(index: int) -> str:
    """Parquet part files sort in partition order, by name, for every reader."""
    return f"part.{index:06d}.parquet"


def _results(part: pd.DataFrame, text: str, id: str, options: Options, repair: bool) -> Any:
    """Check (or fix) a partition and make all its outputs at once, as one row of frames.

    The findings, the repaired texts and the counts are built in the task
    that checked the articles, so the engine's records die with it and a
    task on another worker receives compact Arrow-backed frames.
    """
    import pandas as pd

    items = articles_of(part, text, id, options, repair, UNREADABLE)
    outputs = {
        "findings": findings_of(items),
        "texts": _texts(items, text, id) if repair else None,
        "counts": partition_counts(items),
    }
    return pd.DataFrame({name: pd.Series([value], dtype=object) for name, value in outputs.items()})


def _texts(items: list[Article], text: str, id: str) -> pd.DataFrame:
    import pandas as pd

    columns = repaired_columns(items)
    ids = pd.array([item.id for item in items], dtype=pd.StringDtype("pyarrow"))
    return pd.DataFrame({id: ids, text: columns.pop("text"), **columns})


def _output(results: pd.DataFrame, name: str) -> Any:
    """One of the frames that :func:`_results` made of this partition."""
    return results[name].iloc[0]


def _meta_results() -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame({name: pd.Series([], dtype=object) for name in OUTPUTS})


def plan(job: Job) -> tuple[list[Any], dd.DataFrame]:
    """The writes to compute and the frame of per-partition counts, sharing one check."""
    import dask

    frame = read_archive(job.inputs, id=job.id, text=job.text, partition_bytes=job.partition_bytes)
    options = dask.delayed(job.options, pure=True)  # one key: each worker fetches it once
    results = frame.map_partitions(
        _results, job.text, job.id, options, job.repair, meta=_meta_results(),
        enforce_metadata=False, align_dataframes=False, clear_divisions=True,
    )
    empty: list[Article] = []
    findings = results.map_partitions(
        _output, "findings", meta=findings_of(empty), enforce_metadata=False
    )
    writes = [
        findings.to_parquet(
            str(job.out / FINDINGS), write_index=False, compute=False, name_function=part_name
        )
    ]
    if job.repair:
        texts = results.map_partitions(
            _output, "texts", meta=_texts(empty, job.text, job.id), enforce_metadata=False
        )
        writes.append(
            texts.to_parquet(
                str(job.out / TEXTS), write_index=False, compute=False, name_function=part_name
            )
        )
    counts = results.map_partitions(
        _output, "counts", meta=partition_counts(empty), enforce_metadata=False
    )
    return writes, counts


def check_out(out: Path) -> None:
    """Refuse an ``out`` that is a file or holds anything but an earlier run's results."""
    if out.exists() and not out.is_dir():
        raise FileError(f"{out}: not a folder")
    ours = {FINDINGS, TEXTS, SUMMARY}
    if out.is_dir():
        others = sorted(entry.name for entry in out.iterdir() if entry.name not in ours)
        if others:
            raise FileError(
                f"{out}: holds files that are not archive results ({', '.join(others[:3])}"
                f"{', …' if len(others) > 3 else ''}); choose an empty or new folder"
            )


def prepare(out: Path) -> None:
    """Make ``out`` ready: new, empty, or holding only an earlier run's results (replaced)."""
    check_out(out)
    if out.is_dir():
        for name in (FINDINGS, TEXTS):
            shutil.rmtree(out / name, ignore_errors=True)
        (out / SUMMARY).unlink(missing_ok=True)
    out.mkdir(parents=True, exist_ok=True)


@contextlib.contextmanager
def connect(scheduler: str | None, workers: int | None) -> Iterator[Client]:
    """A client of the cluster at ``scheduler``, or of a local cluster started for the run.

    The local cluster has ``workers`` worker processes (default: one per
    core) of one thread each: the engine is pure Python, so threads would
    share one core. Its scratch space is a temporary folder, removed after.
    """
    import dask
    from distributed import Client, LocalCluster

    if scheduler is not None:
        with Client(scheduler) as client:
            yield client
        return
    scratch = tempfile.mkdtemp(prefix="quotefix-dask-")
    try:
        with dask.config.set({"temporary-directory": scratch}), LocalCluster(
            n_workers=workers or os.cpu_count() or 1,
            threads_per_worker=1,
            processes=True,
            # No dashboard, and its HTTP server on a free port (8787 may be taken).
            dashboard_address=":0",
            scheduler_kwargs={"dashboard": False},
            silence_logs=logging.ERROR,
            local_directory=scratch,
        ) as cluster, Client(cluster) as client:
            yield client
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def run(job: Job, client: Client, *, progress: bool = False) -> Summary:
    """Run ``job`` on ``client``'s cluster; write the results and return the summary."""
    from distributed import wait

    prepare(job.out)
    writes, counts = plan(job)
    futures = client.compute([*writes, counts])
    try:
        if progress:
            from distributed import progress as bar

            with contextlib.redirect_stdout(sys.stderr):  # standard output is the summary's
                bar(futures)
        # Wait first, gather after: an interrupted gather leaves tasks that complain.
        wait(futures)
        done = client.gather(futures)
    except BaseException:  # interrupted, or a task failed: stop the rest on the cluster
        client.cancel(futures)
        raise
    summary = Summary.of(done[-1], job.repair)
    (job.out / SUMMARY).write_text(
        _json(summary.to_dict()) + "\n", encoding="utf-8"
    )
    return summary


def _json(data: dict[str, Any]) -> str:
    import json

    return json.dumps(data, indent=2, ensure_ascii=False)


__all__ = ["FINDINGS", "SUMMARY", "TEXTS", "Job", "check_out", "connect", "plan", "run"]
