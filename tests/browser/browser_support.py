"""Helpers of the browser tests: finding Chromium, writing and opening review pages."""

from __future__ import annotations

import contextlib
import io
import os
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from quotefix.cli import main

REQUIRED = os.environ.get("QUOTEFIX_BROWSER_TESTS", "") == "required"
DATA = Path(__file__).parent.parent / "data"
SAMPLE = DATA / "000_175faf778ac79c34.txt"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def unavailable(reason: str) -> None:
    """Skip (on a developer's machine) or fail (where the browser tests are required)."""
    if REQUIRED:
        pytest.fail(f"browser tests are required (QUOTEFIX_BROWSER_TESTS=required), but {reason}",
                    pytrace=False)
    pytest.skip(f"browser test skipped: {reason} (apt-get install chromium, and "
                "pip install -e '.[test]'; set QUOTEFIX_BROWSER_TESTS=required to fail instead)")


def chromium_path() -> str | None:
    """``QUOTEFIX_CHROMIUM`` if set, else the system's Chromium, if any."""
    chosen = os.environ.get("QUOTEFIX_CHROMIUM")
    candidates = [chosen] if chosen else ["/usr/bin/chromium", shutil.which("chromium"),
                                          shutil.which("chromium-browser")]
    return next((c for c in candidates if c and os.access(c, os.X_OK)), None)


def run_cli(args: Sequence[str]) -> tuple[int, str]:
    """``quotefix ARGS`` in process: exit status and standard output."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = main(list(args))
    return status, out.getvalue()


def write_report(folder: Path, name: str, args: Sequence[str], status: int = 1) -> Path:
    """Run quotefix and keep what it printed as ``folder/name``; check its exit status."""
    done, html = run_cli(args)
    assert done == status, done
    report = folder / name
    report.write_text(html, encoding="utf-8")
    return report


def open_report(tab: Any, report: Path, fragment: str = "") -> None:
    tab.goto(report.as_uri() + fragment)
    tab.wait_for_function("document.documentElement.dataset.ready === 'true'")


# The text a finding's element marks, without the tags and repairs the page adds to it.
MARKED_TEXT = """el => {
  const copy = el.cloneNode(true);
  copy.querySelectorAll('.qf-tag, .qf-fix').forEach(e => e.remove());
  return copy.textContent;
}"""

FINDINGS = """() => [...document.querySelectorAll('.qf-f[data-code]')].map(el => ({
  file: el.closest('section.qf-file').dataset.path,
  code: el.dataset.code, line: +el.dataset.line, column: +el.dataset.column,
  severity: el.dataset.severity, safe: el.dataset.safe === 'true',
  off: el.classList.contains('qf-off')
}))"""
