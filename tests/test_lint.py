"""The code stays typed and linted: ruff and mypy --strict run with the suite."""

from __future__ import annotations

import subprocess
import sys
import zipfile
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


def test_no_dead_code() -> None:
    # vulture lists definitions, variables and branches that nothing uses or reaches.
    done = _run("vulture", "quotefix", "--min-confidence", "60")
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_wheel_ships_every_subpackage_and_data_file(tmp_path: Path) -> None:
    # Built without symbolic links and without the checkout: what users install.
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
         "-w", str(tmp_path), str(ROOT)],
        capture_output=True, text=True, check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    # Published as quotefix-mt ("quotefix" on the package index is another project);
    # it still imports as quotefix and installs the quotefix command.
    (wheel,) = tmp_path.glob("quotefix_mt-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        info = next(name for name in names if name.endswith(".dist-info/METADATA"))
        metadata = archive.read(info).decode("utf-8")
        scripts = archive.read(info.replace("METADATA", "entry_points.txt")).decode("utf-8")
    assert "\nName: quotefix-mt\n" in metadata
    assert "quotefix = quotefix.cli:main" in scripts
    assert "Requires-Dist: pathspec" in metadata and "Requires-Dist: wcwidth" in metadata
    package = ROOT / "quotefix"
    expected = {
        path.relative_to(ROOT).as_posix()
        for pattern in ("**/*.py", "data/*.txt", "rule_docs/*.md", "py.typed")
        for path in package.glob(pattern)
        if "__pycache__" not in path.parts
    }
    assert expected - names == set()
    assert {"quotefix/langfrag/spans.py", "quotefix/scan/solver.py"} <= names
