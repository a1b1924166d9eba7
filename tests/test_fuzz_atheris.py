"""A short run of the atheris harness (fuzz/readers.py), from its seed corpus.

The harness checks the readers' invariants on every input libFuzzer makes up;
a fixed number of runs from a fixed seed (the same inputs on every machine,
however loaded) shows it runs and finds nothing on a fresh start. Longer
runs are described in docs/performance.md.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
HARNESS = ROOT / "fuzz" / "readers.py"

pytest.importorskip("atheris", reason="atheris ships wheels for Linux x86-64 only")


def test_atheris_smoke_run(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "fuzz" / "corpus", corpus)  # the run adds inputs: not to the repo
    done = subprocess.run(
        [sys.executable, str(HARNESS), "-runs=3000", "-max_len=2048", "-seed=1",
         "-print_final_stats=1", str(corpus)],
        capture_output=True, text=True, cwd=tmp_path, timeout=300, check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "stat::number_of_executed_units" in done.stderr
    runs = int(done.stderr.split("stat::number_of_executed_units:")[1].split()[0])
    assert runs >= 3000  # it really ran
    assert not list(tmp_path.glob("crash-*"))
