"""How fast the review page (``--output-format html``) is written and becomes usable.

Builds ``--articles`` articles of about 4 KB from the sample article in
``tests/data`` (its lines rotated, so the articles differ; no network), checks
them once, then measures in one run:

- writing the page from the results, against the JSON reporter on the same
  results (baseline: ratio html/json);
- opening it in headless Chromium until its script reports ready (wall clock
  from ``goto``, and the page's own ``performance.now()``), against a plain
  page holding the same articles as escaped ``<pre>`` text and no script
  (baseline: what a browser needs merely to load that much text);
- one filter change over every finding, opening one file, opening them all.

Every timing is the median of ``--repeat`` runs, each in a fresh tab::

    python benchmarks/review_page.py                    # 1,000 articles, 5 runs
    python benchmarks/review_page.py --articles 200 --repeat 9

Needs Playwright (the ``test`` extra) and the system's Chromium.
"""

from __future__ import annotations

import argparse
import html
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from quotefix.report import ReportContext, as_json
from quotefix.review import render
from quotefix.runner import FileResult, Task, process

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "data" / "000_175faf778ac79c34.txt"
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
READY = "document.documentElement.dataset.ready === 'true'"


def articles(folder: Path, count: int) -> list[Path]:
    lines = SAMPLE.read_text(encoding="utf-8").split("\n")
    paths = []
    for k in range(count):
        turn = k % len(lines)
        path = folder / f"article-{k:04d}.txt"
        path.write_text("\n".join(lines[turn:] + lines[:turn]) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def median_time(work: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        work()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def plain_page(results: list[FileResult]) -> str:
    body = "".join(f"<h2>{html.escape(r.path)}</h2><pre>{html.escape(r.text)}</pre>"
                   for r in results)
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>plain</title>'
            f"</head><body>{body}<script>const root = document.documentElement;"
            "root.dataset.readyMs = performance.now(); root.dataset.ready = 'true'"
            "</script></body></html>")


def browse(context: Any, page: Path, repeat: int, actions: bool) -> dict[str, float]:
    walls, inside, filters, one, every = [], [], [], [], []
    for _ in range(repeat):
        tab = context.new_page()
        began = time.perf_counter()
        tab.goto(page.as_uri())
        tab.wait_for_function(READY)
        walls.append(time.perf_counter() - began)
        inside.append(float(tab.evaluate("document.documentElement.dataset.readyMs")))
        if actions:
            tab.locator("input[name=family]").first.uncheck()
            filters.append(float(tab.evaluate("document.documentElement.dataset.updateMs")))
            tab.locator("input[name=family]").first.check()
            began = time.perf_counter()
            tab.click("section.qf-file[data-index='0'] button.qf-toggle")
            tab.wait_for_selector("section.qf-file[data-index='0'] .qf-note")
            one.append(time.perf_counter() - began)
            began = time.perf_counter()
            tab.click("[data-action=open-all]")
            tab.wait_for_selector("section.qf-file:last-of-type .qf-note")
            every.append(time.perf_counter() - began)
        tab.close()
    figures = {"wall": statistics.median(walls), "in page": statistics.median(inside) / 1000}
    if actions:
        figures.update(filter=statistics.median(filters) / 1000, open_one=statistics.median(one),
                       open_all=statistics.median(every))
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        paths = articles(folder, args.articles)
        results = [process(Task(str(p), p.name, "plain", (), "check")) for p in paths]
        findings = sum(len(r.findings) for r in results)
        context = ReportContext("check")
        page_html = render(results, context)
        report = folder / "review.html"
        report.write_text(page_html, encoding="utf-8")
        plain = folder / "plain.html"
        plain.write_text(plain_page(results), encoding="utf-8")
        write_html = median_time(lambda: render(results, context), args.repeat)
        write_json = median_time(lambda: as_json(results, context), args.repeat)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch_persistent_context(
                str(folder / "profile"), executable_path=args.chromium, headless=True,
                args=ARGS)
            review = browse(browser, report, args.repeat, actions=True)
            baseline = browse(browser, plain, args.repeat, actions=False)
            browser.close()
    size = len(page_html.encode())
    print(f"{args.articles} articles, {findings} findings; page {size / 1e6:.1f} MB"
          f" (plain-text page {len(plain_page(results).encode()) / 1e6:.1f} MB);"
          f" medians of {args.repeat}")
    print(f"write the page        {write_html:7.2f} s   json reporter {write_json:.2f} s"
          f"   ratio {write_html / write_json:.1f}x")
    print(f"open to interactive   {review['wall']:7.2f} s   plain-text page"
          f" {baseline['wall']:.2f} s   ratio {review['wall'] / baseline['wall']:.2f}x"
          "   (wall clock from goto)")
    print(f"  in the page         {review['in page']:7.2f} s   plain-text page"
          f" {baseline['in page']:.2f} s   (performance.now() at ready)")
    print(f"one filter change     {review['filter'] * 1000:7.0f} ms over every finding")
    print(f"open one file         {review['open_one'] * 1000:7.0f} ms")
    print(f"open all files        {review['open_all']:7.2f} s")


if __name__ == "__main__":
    main()
