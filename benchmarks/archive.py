"""Throughput of the archive runner: one process, and a local Dask cluster of 1 and 2 workers.

Builds an archive of at least ``--size-mb`` MB from the project's test data
(``tests/archive_corpus.py``: quote corpus, boilerplate articles, the sample
article), writes it as Parquet and checks it three ways, round after round
so that a busy moment of the machine touches every way alike:

- **one process**: read the Parquet file with pyarrow and call
  ``quotefix.check`` on every article, in this process (the baseline);
- **cluster, 1 worker** and **cluster, 2 workers**: the job of ``quotefix
  archive`` (read, check, write the findings' Parquet and the summary) on a
  ``LocalCluster`` of that many single-threaded worker processes, started
  once before the rounds (start-up time printed apart).

It prints MB/s and articles/s (median of ``--repeat`` rounds), the ratio of
each to the one-process baseline, the scaling efficiency (2-worker
throughput over twice the 1-worker throughput), each worker's peak memory,
and the load average before and after (the machine may be shared).

On a shared machine wall-clock time depends on what else runs, so it also
counts CPU time: of this process for the baseline, and of every worker
plus this process (the scheduler and client run here) for a cluster run.
MB per CPU-second is what one dedicated core does; the CPU time of a
cluster run over the baseline's is the cost of running on Dask. MB means
10**6 bytes of UTF-8 text. Run from the repository root with the dask extra
installed::

    python benchmarks/archive.py                    # 50 MB, 3 rounds
    python benchmarks/archive.py --size-mb 100 --repeat 5 --partition-mb 4
    python benchmarks/archive.py --fix              # quotefix archive --fix
"""

from __future__ import annotations

import argparse
import logging
import os
import platform
import shutil
import signal
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import pyarrow.parquet as pq  # noqa: E402
from archive_corpus import articles_of_size, write_parquet  # noqa: E402
from distributed import Client, LocalCluster  # noqa: E402

import quotefix  # noqa: E402
from quotefix.archive.inputs import read_archive  # noqa: E402
from quotefix.archive.job import Job, run  # noqa: E402


def one_process(path: Path, repair: bool) -> int:
    texts = pq.read_table(path, columns=["text"]).column("text").to_pylist()
    work: Callable[[str], object] = quotefix.fix if repair else quotefix.check
    for text in texts:
        work(text)
    return len(texts)


def cpu_seconds() -> float:
    """User and system CPU time of this process so far."""
    times = os.times()
    return times.user + times.system


def peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def start(workers: int, scratch: Path) -> tuple[LocalCluster, Client, float]:
    began = time.perf_counter()
    cluster = LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0",
        scheduler_kwargs={"dashboard": False}, silence_logs=logging.ERROR,
        local_directory=str(scratch),
    )
    client = Client(cluster)
    return cluster, client, time.perf_counter() - began


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=float, default=50.0)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--partition-mb", type=float, default=1.0,
                        help="--partition-size of the cluster runs (default 1: for Parquet,"
                        " MB as stored, about half the text's size)")
    parser.add_argument("--fix", action="store_true", help="time fix instead of check")
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # clean up on kill, too
    logging.getLogger("distributed").setLevel(logging.ERROR)  # its closing notes are noise here

    folder = Path(tempfile.mkdtemp(prefix="quotefix-archive-bench-"))
    clusters: list[tuple[LocalCluster, Client]] = []
    try:
        corpus = articles_of_size(args.size_mb)
        megabytes = sum(len(text.encode("utf-8")) for _, text in corpus) / 1e6
        path = write_parquet(folder / "archive.parquet", corpus, row_group_size=500)
        print(f"Python {platform.python_version()}, {platform.machine()},"
              f" {os.cpu_count()} cores; load average before: {os.getloadavg()}")
        partitions = read_archive([str(path)], partition_bytes=int(args.partition_mb * 1e6))
        print(f"archive: {len(corpus):,} articles, {megabytes:.1f} MB of text"
              f" ({path.stat().st_size / 1e6:.1f} MB of Parquet);"
              f" {'fix' if args.fix else 'check'} with every rule;"
              f" {partitions.npartitions} partitions of {args.partition_mb:g} MB;"
              f" median of {args.repeat} rounds")
        started = {}
        clients = {}
        for workers in (1, 2):
            cluster, client, seconds = start(workers, folder)
            clusters.append((cluster, client))
            started[workers] = seconds
            clients[workers] = client
        names = ["one process", "cluster, 1 worker", "cluster, 2 workers"]
        times: dict[str, list[float]] = {name: [] for name in names}
        cpu: dict[str, list[float]] = {name: [] for name in names}
        for round_ in range(args.repeat):
            began, cpu_began = time.perf_counter(), cpu_seconds()
            one_process(path, args.fix)
            times["one process"].append(time.perf_counter() - began)
            cpu["one process"].append(cpu_seconds() - cpu_began)
            for workers, client in clients.items():
                out = folder / f"out-{workers}-{round_}"
                job = Job((str(path),), out, repair=args.fix,
                          partition_bytes=int(args.partition_mb * 1e6))
                name = names[workers]
                workers_began = sum(client.run(cpu_seconds).values())
                began, cpu_began = time.perf_counter(), cpu_seconds()
                summary = run(job, client)
                times[name].append(time.perf_counter() - began)
                spent = cpu_seconds() - cpu_began
                cpu[name].append(spent + sum(client.run(cpu_seconds).values()) - workers_began)
                assert summary.articles == len(corpus)
                shutil.rmtree(out)
            print(f"  round {round_ + 1}: " + ", ".join(
                f"{name} {values[-1]:.1f} s" for name, values in times.items()), flush=True)

        medians = {name: statistics.median(values) for name, values in times.items()}
        base = megabytes / medians["one process"]
        print()
        print("| run | seconds | MB/s | articles/s | vs one process |")
        print("| --- | ---: | ---: | ---: | ---: |")
        for name, seconds in medians.items():
            rate = megabytes / seconds
            print(f"| {name} | {seconds:.1f} | {rate:.2f} | {len(corpus) / seconds:,.0f} |"
                  f" {rate / base:.2f}x |")
        one, two = (megabytes / medians[names[n]] for n in (1, 2))
        print()
        print(f"scaling efficiency, 2 workers over 1: {two / (2 * one):.0%}"
              f" (speed-up {two / one:.2f}x)")
        print()
        print("| run | CPU seconds | MB per CPU-second | CPU vs one process |")
        print("| --- | ---: | ---: | ---: |")
        cpu_base = statistics.median(cpu["one process"])
        for name in names:
            spent = statistics.median(cpu[name])
            print(f"| {name} | {spent:.1f} | {megabytes / spent:.2f} | {spent / cpu_base:.2f}x |")
        print(f"cluster start-up: 1 worker {started[1]:.1f} s, 2 workers {started[2]:.1f} s")
        for workers, client in clients.items():
            peaks = sorted(client.run(peak_rss_mb).values())
            print(f"peak memory per worker ({workers}): "
                  + ", ".join(f"{peak:.0f} MB" for peak in peaks))
        print(f"load average after: {os.getloadavg()}")
    finally:
        for cluster, client in clusters:
            client.close()
            cluster.close()
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
