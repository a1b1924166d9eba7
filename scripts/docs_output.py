"""Write the real output of quotefix commands into the documentation.

A page marks a block to fill with a comment naming the command, followed by
a ``console`` block::

    <!-- output of: quotefix check examples/cms-body.html -->
    ```console
    ```

Each command runs in a fresh copy of ``examples/`` (so ``fix`` changes no
file of the checkout), without colour, and its standard output replaces the
block's body, after the command line itself. ``tests/test_conventions.py``
checks that every block is what this script writes.

Usage: python scripts/docs_output.py [--check]   (--check: exit 1 if a page is stale)
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "docs" / "cli.md"]
BLOCK = re.compile(r"(<!-- output of: (?P<command>quotefix [^\n]*?) -->\n```console\n)(.*?)(```)",
                   re.DOTALL)


def run(command: str) -> str:
    """``$ command`` and what it prints, run on a copy of ``examples/``."""
    with tempfile.TemporaryDirectory() as scratch:
        shutil.copytree(ROOT / "examples", Path(scratch) / "examples")
        env = {**os.environ, "NO_COLOR": "1", "PYTHONIOENCODING": "utf-8"}
        env.pop("FORCE_COLOR", None)
        done = subprocess.run(
            [sys.executable, "-m", "quotefix", *shlex.split(command)[1:]],
            cwd=scratch, capture_output=True, text=True, encoding="utf-8", env=env,
            check=False, timeout=120,
        )
    if done.returncode not in (0, 1):
        raise RuntimeError(f"{command}: exit {done.returncode}: {done.stderr}")
    return f"$ {command}\n{done.stdout}"


def render(page: str) -> str:
    return BLOCK.sub(lambda m: m[1] + run(m["command"]) + m[4], page)


def main(argv: list[str]) -> int:
    stale = []
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        fresh = render(text)
        if fresh != text:
            stale.append(page)
            if "--check" not in argv:
                page.write_text(fresh, encoding="utf-8")
    for page in stale:
        print(f"{page.relative_to(ROOT)}: {'stale' if '--check' in argv else 'updated'}")
    return 1 if stale and "--check" in argv else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
