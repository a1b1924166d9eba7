"""Take the screenshot of the review page shown in docs/cli.md, in headless Chromium.

Writes the review page of ``examples/sample-article.txt`` and photographs its
first findings, the second one selected as the keyboard selects it::

    python scripts/review_screenshot.py               # docs/review-page.png
    python scripts/review_screenshot.py --output x.png

Needs Playwright (the ``test`` extra) and the system's Chromium
(``apt-get install chromium``; another one with ``--chromium PATH``).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import tempfile
from pathlib import Path

from quotefix.cli import main as quotefix

ROOT = Path(__file__).resolve().parent.parent
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "review-page.png")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    os.chdir(ROOT)  # the page names the article by the path given: keep it relative
    page_html = io.StringIO()
    with contextlib.redirect_stdout(page_html):
        quotefix(["check", "--output-format", "html", "examples/sample-article.txt"])
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "review.html"
        report.write_text(page_html.getvalue(), encoding="utf-8")
        with sync_playwright() as playwright:
            context = playwright.chromium.launch_persistent_context(
                str(Path(folder) / "profile"),
                executable_path=args.chromium,
                headless=True,
                args=ARGS,
                viewport={"width": 1100, "height": 760},
            )
            page = context.new_page()
            page.goto(report.as_uri())
            page.wait_for_function("document.documentElement.dataset.ready === 'true'")
            page.keyboard.press("j")  # the first finding, as the keyboard shows it
            page.keyboard.press("j")
            page.evaluate("document.getElementById('f0-0').scrollIntoView(); scrollBy(0, -16)")
            page.screenshot(path=str(args.output))
            context.close()
    print(args.output)


if __name__ == "__main__":
    main()
