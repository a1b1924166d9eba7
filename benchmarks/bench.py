"""Throughput benchmark for quotefix (issue 2, "Performance").

Builds news-like text from the project's own test data (``tests/data/*.txt``
and the ``original`` fields of ``tests/cases/*.json``; no network), then
prints in one run:

- MB/s and articles/s for ``check`` and ``fix`` restricted to QF1xx/QF2xx;
- the same text through one ``regex`` scan for quote characters (a floor:
  the cost of merely looking at every mark) and through sacremoses'
  ``MosesPunctNormalizer().normalize`` line by line (a common baseline);
- the check/sacremoses ratio;
- linear cost: ``check`` on one document of 1x, 4x and 16x the base size,
  time per MB and the spread between them;
- peak memory (tracemalloc) of ``check`` and ``fix``.

Every timing is the median of ``--repeat`` runs. MB means 10**6 bytes of
UTF-8. Run from the repository root::

    python benchmarks/bench.py            # 5 MB, 3 repetitions
    python benchmarks/bench.py --size-mb 10 --repeat 5
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterable
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"
sys.path.insert(0, str(ROOT))

import quotefix  # noqa: E402

SELECT = ["QF1", "QF2"]
QUOTE_CHARS = regex.compile(
    r"[\"'\u201c\u201d\u201e\u201f\u2018\u2019\u201a\u201b\u00ab\u00bb\u2039\u203a]"
)
SEED = 20241217
TARGETS = {"check_mb_s": 10.0, "vs_sacremoses": 2.0, "linear_spread": 0.20}


# ---------------------------------------------------------------------------
# Corpus
# ---------------------------------------------------------------------------


def _originals(record: object) -> Iterable[str]:
    """Every input text in a golden-case file (``original`` or ``original_file``)."""
    if isinstance(record, list):
        for item in record:
            yield from _originals(item)
    elif isinstance(record, dict):
        target = record.get("target", "en-US")
        if not str(target).startswith("en"):
            return  # the benchmark runs the en-US target
        if isinstance(record.get("original"), str):
            yield record["original"]
        elif isinstance(record.get("original_file"), str):
            path = TESTS / record["original_file"]
            if path.is_file():
                yield path.read_text(encoding="utf-8")


def source_paragraphs() -> list[str]:
    """Non-empty paragraphs (lines) from the test data, in a stable order."""
    texts: list[str] = []
    for path in sorted((TESTS / "data").glob("*.txt")):
        texts.append(path.read_text(encoding="utf-8"))
    for path in sorted((TESTS / "cases").glob("*.json")):
        try:
            texts.extend(_originals(json.loads(path.read_text(encoding="utf-8"))))
        except (OSError, ValueError) as error:
            print(f"bench: skipping {path.name}: {error}", file=sys.stderr)
    paragraphs = [p.strip() for text in texts for p in text.split("\n")]
    paragraphs = [p for p in paragraphs if p]
    if not paragraphs:
        sys.exit("bench: no test data found under tests/data or tests/cases")
    return paragraphs


def build_articles(size_mb: float, seed: int = SEED) -> list[str]:
    """Articles of 3-5 KB totalling at least ``size_mb`` MB.

    Paragraphs are drawn from a shuffled pool (refilled and reshuffled when
    empty). The golden cases are mostly one or two sentences, so short ones
    are run together, space-separated, into paragraphs of 300-800 bytes, the
    length of a news paragraph. An article is paragraphs joined by newlines.
    """
    rng = random.Random(seed)
    paragraphs = source_paragraphs()
    pool: list[str] = []

    def draw() -> str:
        nonlocal pool
        if not pool:
            pool = paragraphs[:]
            rng.shuffle(pool)
        return pool.pop()

    def paragraph() -> str:
        text = draw()
        goal = rng.randint(300, 800)
        while len(text.encode("utf-8")) < goal:
            nxt = draw()
            if len(nxt.encode("utf-8")) >= 200:
                return nxt if len(text.encode("utf-8")) < 100 else text
            text += " " + nxt
        return text

    goal = int(size_mb * 1_000_000)
    articles: list[str] = []
    total = 0
    while total < goal:
        size = rng.randint(3000, 5000)
        parts: list[str] = []
        length = 0
        while length < size:
            part = paragraph()
            parts.append(part)
            length += len(part.encode("utf-8")) + 1
        article = "\n".join(parts)
        articles.append(article)
        total += len(article.encode("utf-8"))
    return articles


def mb(text_or_texts: str | list[str]) -> float:
    if isinstance(text_or_texts, str):
        return len(text_or_texts.encode("utf-8")) / 1e6
    return sum(len(t.encode("utf-8")) for t in text_or_texts) / 1e6


# ---------------------------------------------------------------------------
# Timing
# ---------------------------------------------------------------------------


def median_time(function: Callable[[], object], repeat: int) -> tuple[float, list[float]]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times), times


def peak_memory(function: Callable[[], object]) -> float:
    """Peak traced allocation in MB while ``function`` runs."""
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        function()
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / 1e6


def pin_to_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    return "not pinned (no sched_setaffinity)"


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=float, default=5.0,
                        help="size of the corpus in MB (default 5)")
    parser.add_argument("--repeat", type=int, default=3,
                        help="repetitions per measurement; the median is printed (default 3)")
    parser.add_argument("--no-pin", action="store_true",
                        help="do not pin the process to one CPU core")
    args = parser.parse_args(argv)
    if args.repeat < 1 or args.size_mb <= 0:
        parser.error("--repeat must be >= 1 and --size-mb > 0")

    pinned = "not pinned" if args.no_pin else pin_to_one_core()
    articles = build_articles(args.size_mb)
    corpus = "\n".join(articles)
    lines = corpus.split("\n")
    size = mb(corpus)
    n = len(articles)

    print(f"quotefix benchmark — Python {platform.python_version()} on {platform.machine()},"
          f" {pinned}, median of {args.repeat}")
    print(f"corpus: {size:.2f} MB, {n} articles (mean {size * 1e6 / n / 1000:.1f} KB),"
          f" {len(lines)} paragraphs, {len(QUOTE_CHARS.findall(corpus))} quote characters;"
          f" built from tests/data and tests/cases (seed {SEED})")
    print()

    # Warm-up: compile patterns, fill caches.
    for article in articles[:5]:
        quotefix.check(article, select=SELECT)
        quotefix.fix(article, select=SELECT)

    from sacremoses import MosesPunctNormalizer

    normalizer = MosesPunctNormalizer(lang="en")

    def run_check() -> None:
        for article in articles:
            quotefix.check(article, select=SELECT)

    def run_fix() -> None:
        for article in articles:
            quotefix.fix(article, select=SELECT)

    def run_regex() -> None:
        sum(1 for _ in QUOTE_CHARS.finditer(corpus))

    def run_sacremoses() -> None:
        for line in lines:
            normalizer.normalize(line)

    rows = []
    for name, function in (("quotefix.check (QF1,QF2)", run_check),
                           ("quotefix.fix (QF1,QF2)", run_fix),
                           ("regex scan for quote chars", run_regex),
                           ("sacremoses MosesPunctNormalizer", run_sacremoses)):
        seconds, _all = median_time(function, args.repeat)
        rows.append((name, seconds, size / seconds, n / seconds))
    width = max(len(r[0]) for r in rows)
    print(f"{'throughput':<{width}}  {'seconds':>8}  {'MB/s':>8}  {'articles/s':>10}")
    for name, seconds, mbs, aps in rows:
        print(f"{name:<{width}}  {seconds:8.3f}  {mbs:8.2f}  {aps:10.0f}")
    check_mbs, fix_mbs, regex_mbs, moses_mbs = (r[2] for r in rows)
    print()
    print(f"check / sacremoses: {check_mbs / moses_mbs:.2f}x   fix / sacremoses:"
          f" {fix_mbs / moses_mbs:.2f}x   regex scan / check: {regex_mbs / check_mbs:.0f}x")
    print()

    # Linear cost: one document of 1x, 4x, 16x the base size.
    base_articles = max(1, n // 16)
    print("linear cost: check on one document (articles joined by newlines)")
    per_mb = []
    for factor in (1, 4, 16):
        document = "\n".join((articles * 16)[: base_articles * factor])
        seconds, _all = median_time(lambda d=document: quotefix.check(d, select=SELECT),
                                    args.repeat)
        per_mb.append(seconds / mb(document))
        print(f"  {factor:>2}x  {mb(document):7.2f} MB  {seconds:7.3f} s"
              f"  {seconds / mb(document) * 1000:7.1f} ms/MB  {mb(document) / seconds:6.2f} MB/s")
    spread = (max(per_mb) - min(per_mb)) / min(per_mb)
    print(f"  spread of time per MB: {spread * 100:.1f}% (max vs min)")
    print()

    # Peak memory (separate runs: tracing slows the code down).
    big = "\n".join((articles * 16)[: base_articles * 16])
    one = articles[0]
    print("peak memory (tracemalloc)")
    for label, function, input_mb in (
        ("check, one article", lambda: quotefix.check(one, select=SELECT), mb(one)),
        ("fix, one article", lambda: quotefix.fix(one, select=SELECT), mb(one)),
        (f"check, one {mb(big):.1f} MB document", lambda: quotefix.check(big, select=SELECT),
         mb(big)),
        (f"fix, one {mb(big):.1f} MB document", lambda: quotefix.fix(big, select=SELECT),
         mb(big)),
    ):
        peak = peak_memory(function)
        print(f"  {label:<32} {peak:8.2f} MB  ({peak / input_mb:.0f}x the input)")
    print()

    verdicts = [
        (f"check >= {TARGETS['check_mb_s']:.0f} MB/s on one core",
         check_mbs >= TARGETS["check_mb_s"], f"{check_mbs:.2f} MB/s"),
        (f"check >= {TARGETS['vs_sacremoses']:.0f}x sacremoses normalizer",
         check_mbs >= TARGETS["vs_sacremoses"] * moses_mbs, f"{check_mbs / moses_mbs:.2f}x"),
        (f"linear: 1x/4x/16x within {TARGETS['linear_spread'] * 100:.0f}% per MB",
         spread <= TARGETS["linear_spread"], f"{spread * 100:.1f}%"),
    ]
    print("targets (issue 2)")
    for label, ok, value in verdicts:
        print(f"  [{'met' if ok else 'MISSED'}] {label}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
