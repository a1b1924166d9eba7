"""The code stays typed and linted: ruff and mypy --strict run with the suite."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True,
                          text=True, check=False)


def test_ruff_is_clean() -> None:
    done = _run("ruff", "check", "quotefix", "tests", "benchmarks", "scripts", "examples")
    assert done.returncode == 0, done.stdout + done.stderr


def test_mypy_strict_is_clean() -> None:
    done = _run("mypy", "quotefix")
    assert done.returncode == 0, done.stdout + done.stderr
