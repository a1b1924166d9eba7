"""The benchmark scripts still run: each at a tiny size, in its own process.

Their figures are not checked here (timings belong to the benchmarks, not to
tests); only that every script runs to the end on the current API and prints
the lines its reader looks for.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

RUNS = {
    "adversarial": (["--sizes", "1,2", "--runs", "1"], "plain-feet"),
    "fragments": (["--size-mb", "0.02", "--repeat", "1"], "peak memory"),
    "bench": (["--size-mb", "0.05", "--repeat", "1", "--no-pin", "--dense-mb", "0.02"],
              "linear"),
    "mt_news": (["--size-mb", "0.02", "--repeat", "1", "--memory-mb", "0.05"],
                "check vs sacremoses"),
}


@pytest.mark.parametrize("script", sorted(RUNS))
def test_benchmark_runs_at_a_tiny_size(script: str) -> None:
    args, expected = RUNS[script]
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / f"{script}.py"), *args],
        capture_output=True, text=True, timeout=600, cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert expected in done.stdout
