"""Throughput benchmark for quotefix (issue 2, "Performance").

Builds two corpora from the project's own test data (``tests/data``, the
English paragraphs of ``tests/data/fragments`` and the ``original`` fields of
``tests/cases/*.json``; no network):

- ``news``: news-like text. Paragraphs with quotation marks (the golden
  cases, run together, and the sample article's) are mixed with paragraphs
  without any, in the proportion that gives the density of double quotation
  marks of the real machine-translated article in ``tests/data`` (printed).
  The targets are judged on this corpus.
- ``stress``: the golden cases alone, run together into paragraphs: about
  five times the quote density of the real article, most of it defective.
  Printed for comparison, not judged.

For each, it prints in one run:

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
from quotefix import scan  # noqa: E402

SELECT = ["QF1", "QF2"]
QUOTE_CHARS = regex.compile(
    r"[\"'\u201c\u201d\u201e\u201f\u2018\u2019\u201a\u201b\u00ab\u00bb\u2039\u203a]"
)
DOUBLE_MARKS = regex.compile(r"[\"\u201c\u201d\u201e\u201f\u00ab\u00bb]")
SAMPLE_ARTICLE = TESTS / "data" / "000_175faf778ac79c34.txt"
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
    for name in ("english.txt", "traps.txt"):  # English news prose and traps
        path = TESTS / "data" / "fragments" / name
        if path.is_file():
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


def _paragraph_maker(units: list[str], rng: random.Random) -> Callable[[], str]:
    """Paragraphs of 300-800 bytes from ``units`` (short ones are run together)."""
    pool: list[str] = []

    def draw() -> str:
        nonlocal pool
        if not pool:
            pool = units[:]
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

    return paragraph


def marks_per_kb(text: str) -> float:
    return len(DOUBLE_MARKS.findall(text)) / (len(text.encode("utf-8")) / 1000)


def build_articles(size_mb: float, seed: int = SEED, profile: str = "news") -> list[str]:
    """Articles of 3-5 KB (paragraphs joined by newlines) totalling ``size_mb`` MB."""
    rng = random.Random(seed)
    units = source_paragraphs()
    quoted = _paragraph_maker([u for u in units if DOUBLE_MARKS.search(u)], rng)
    if profile == "stress":
        paragraph = _paragraph_maker(units, rng)
    else:
        plain = _paragraph_maker([u for u in units if not DOUBLE_MARKS.search(u)], rng)
        # Share of quoted paragraphs that gives the sample article's density.
        sample = [quoted() for _ in range(400)], [plain() for _ in range(400)]
        q_bytes, p_bytes = (sum(len(t.encode("utf-8")) for t in part) / 400 for part in sample)
        q_marks = sum(len(DOUBLE_MARKS.findall(t)) for t in sample[0]) / 400
        density = marks_per_kb(SAMPLE_ARTICLE.read_text(encoding="utf-8")) / 1000
        share = density * p_bytes / (q_marks - density * q_bytes + density * p_bytes)
        share = min(1.0, max(0.0, share))

        def paragraph() -> str:
            return quoted() if rng.random() < share else plain()

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


def median_time(
    function: Callable[[], object], repeat: int, budget: float = 0.0
) -> tuple[float, list[float]]:
    """Median of at least ``repeat`` runs, and of as many more as fit in ``budget`` seconds.

    Small inputs take a few milliseconds, where one scheduler hiccup is a large
    share: the budget gives them as many runs as the large ones take time.
    """
    times: list[float] = []
    spent = 0.0
    while len(times) < repeat or spent < budget:
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
        spent += times[-1]
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


DENSE_UNIT = "”a“ "  # a mark every second character, every one of them defective


def memory_per_mb(news: list[str], dense_mb: float) -> None:
    """Peak memory per MB of input, for ordinary news and for dense marks.

    Memory should be proportional to the input with a small constant: this
    prints the constant (MB traced at the peak per MB of UTF-8 input) for
    the quote analysis, ``check`` and ``fix`` on one document of each kind.
    """
    ordinary = "\n".join(news)
    while mb(ordinary) < dense_mb:
        ordinary += "\n" + ordinary
    ordinary = ordinary[: int(dense_mb * 1e6)]
    dense = DENSE_UNIT * int(dense_mb * 1e6 / len(DENSE_UNIT.encode("utf-8")))
    print(f"peak memory per MB of input (tracemalloc, one document of about {dense_mb:g} MB)")
    for name, text in (("news", ordinary), (f"dense marks ({DENSE_UNIT.strip()!r})", dense)):
        size = mb(text)
        peak = peak_memory(lambda t=text: scan.analyse(t, None))
        print(f"  {name:<24} {'quote analysis':<5} {peak / size:8.1f} MB per MB"
              f"  ({peak:.1f} MB for {size:.2f} MB)")
        for operation in ("check", "fix"):
            function = getattr(quotefix, operation)
            peak = peak_memory(lambda f=function, t=text: f(t, select=SELECT))
            print(f"  {name:<24} {operation:<5} {peak / size:8.1f} MB per MB"
                  f"  ({peak:.1f} MB for {size:.2f} MB)")


def pin_to_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    return "not pinned (no sched_setaffinity)"


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------


def throughput(articles: list[str], repeat: int) -> dict[str, float]:
    """MB/s of check, fix, a regex scan and the sacremoses normalizer on ``articles``."""
    from sacremoses import MosesPunctNormalizer

    normalizer = MosesPunctNormalizer(lang="en")
    corpus = "\n".join(articles)
    lines = corpus.split("\n")
    size = mb(corpus)
    n = len(articles)
    for article in articles[:5]:  # warm-up: compile patterns, fill caches
        quotefix.check(article, select=SELECT)
        quotefix.fix(article, select=SELECT)

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
        seconds, _all = median_time(function, repeat)
        rows.append((name, seconds, size / seconds, n / seconds))
    width = max(len(r[0]) for r in rows)
    print(f"  {'throughput':<{width}}  {'seconds':>8}  {'MB/s':>8}  {'articles/s':>10}")
    for name, seconds, mbs, aps in rows:
        print(f"  {name:<{width}}  {seconds:8.3f}  {mbs:8.2f}  {aps:10.0f}")
    check_mbs, fix_mbs, regex_mbs, moses_mbs = (r[2] for r in rows)
    print(f"  check / sacremoses: {check_mbs / moses_mbs:.2f}x   fix / sacremoses:"
          f" {fix_mbs / moses_mbs:.2f}x   regex scan / check: {regex_mbs / check_mbs:.0f}x")
    return {"check": check_mbs, "fix": fix_mbs, "regex": regex_mbs, "sacremoses": moses_mbs}


def describe_corpus(name: str, articles: list[str]) -> None:
    corpus = "\n".join(articles)
    size = mb(corpus)
    n = len(articles)
    findings = sum(len(quotefix.check(a, select=SELECT)) for a in articles)
    print(f"{name}: {size:.2f} MB, {n} articles (mean {size * 1e6 / n / 1000:.1f} KB),"
          f" {corpus.count(chr(10)) + 1} paragraphs, {marks_per_kb(corpus):.1f} double quotation"
          f" marks per KB, {findings / (size * 1000):.2f} QF1/QF2 findings per KB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=float, default=5.0,
                        help="size of each corpus in MB (default 5)")
    parser.add_argument("--repeat", type=int, default=3,
                        help="repetitions per measurement; the median is printed (default 3)")
    parser.add_argument("--no-pin", action="store_true",
                        help="do not pin the process to one CPU core")
    parser.add_argument("--dense-mb", type=float, default=0.5,
                        help="size of the documents for memory per MB (default 0.5)")
    args = parser.parse_args(argv)
    if args.repeat < 1 or args.size_mb <= 0:
        parser.error("--repeat must be >= 1 and --size-mb > 0")

    pinned = "not pinned" if args.no_pin else pin_to_one_core()
    print(f"quotefix benchmark — Python {platform.python_version()} on {platform.machine()},"
          f" {pinned}, median of {args.repeat}, seed {SEED}")
    sample = SAMPLE_ARTICLE.read_text(encoding="utf-8")
    sample_findings = len(quotefix.check(sample, select=SELECT)) / (mb(sample) * 1000)
    print(f"sample article ({SAMPLE_ARTICLE.name}): {marks_per_kb(sample):.1f} double quotation"
          f" marks per KB, {sample_findings:.2f} QF1/QF2 findings per KB")
    print()
    news = build_articles(args.size_mb, profile="news")
    stress = build_articles(args.size_mb, profile="stress")
    describe_corpus("news", news)
    figures = throughput(news, args.repeat)
    print()
    describe_corpus("stress", stress)
    throughput(stress, args.repeat)
    print()

    # Linear cost on the news corpus: one document of 1x, 4x, 16x the base size.
    n = len(news)
    base_articles = max(1, n // 16)
    print("linear cost (news): check on one document (articles joined by newlines)")
    per_mb = []
    for factor in (1, 4, 16):
        document = "\n".join((news * 16)[: base_articles * factor])
        seconds, _all = median_time(lambda d=document: quotefix.check(d, select=SELECT),
                                    args.repeat, budget=1.0)
        per_mb.append(seconds / mb(document))
        print(f"  {factor:>2}x  {mb(document):7.2f} MB  {seconds:7.3f} s"
              f"  {seconds / mb(document) * 1000:7.1f} ms/MB  {mb(document) / seconds:6.2f} MB/s")
    spread = (max(per_mb) - min(per_mb)) / min(per_mb)
    print(f"  spread of time per MB: {spread * 100:.1f}% (max vs min)")
    print("linear cost (news): check article by article, 1x, 4x, 16x as many articles")
    per_article_mb = []
    for factor in (1, 4, 16):
        part = (news * 16)[: base_articles * factor]

        def run(part: list[str] = part) -> None:
            for article in part:
                quotefix.check(article, select=SELECT)

        seconds, _all = median_time(run, args.repeat, budget=1.0)
        per_article_mb.append(seconds / mb(part))
        print(f"  {factor:>2}x  {mb(part):7.2f} MB  {seconds:7.3f} s"
              f"  {seconds / mb(part) * 1000:7.1f} ms/MB  {mb(part) / seconds:6.2f} MB/s")
    article_spread = (max(per_article_mb) - min(per_article_mb)) / min(per_article_mb)
    print(f"  spread of time per MB: {article_spread * 100:.1f}% (max vs min)")
    print()

    # Peak memory (separate runs: tracing slows the code down).
    big = "\n".join((news * 16)[: base_articles * 16])
    one = news[0]
    print("peak memory (tracemalloc, news)")
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
    memory_per_mb(news, args.dense_mb)
    print()

    check_mbs, moses_mbs = figures["check"], figures["sacremoses"]
    verdicts = [
        (f"check >= {TARGETS['check_mb_s']:.0f} MB/s on one core",
         check_mbs >= TARGETS["check_mb_s"], f"{check_mbs:.2f} MB/s"),
        (f"check >= {TARGETS['vs_sacremoses']:.0f}x sacremoses normalizer",
         check_mbs >= TARGETS["vs_sacremoses"] * moses_mbs, f"{check_mbs / moses_mbs:.2f}x"),
        (f"linear: 1x/4x/16x within {TARGETS['linear_spread'] * 100:.0f}% per MB",
         spread <= TARGETS["linear_spread"], f"{spread * 100:.1f}%"),
    ]
    print("targets (issue 2, news corpus)")
    for label, ok, value in verdicts:
        print(f"  [{'met' if ok else 'MISSED'}] {label}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
