"""Benchmark for leftover source-language detection (QF4xx) inside a full ``check``.

Builds news-like text from the project's own test data (the English
paragraphs of ``tests/data/fragments/english.txt`` and the example article),
with about 5% of paragraphs carrying a source-language sentence or
bracketed aside from ``tests/data/fragments/sources.txt``, then prints:

- MB/s of ``quotefix.check`` with all families (one core);
- the same text through langdetect once per paragraph (a private factory with
  all 55 profiles, seeded), and the ratio;
- the first-call cost (profile loading and pattern building, in a fresh
  process);
- peak memory of ``check`` (tracemalloc).

Every timing is the median of ``--repeat`` runs; MB means 10**6 bytes of UTF-8::

    python benchmarks/fragments.py               # 2 MB, 3 runs
    python benchmarks/fragments.py --size-mb 5
"""

from __future__ import annotations

import argparse
import contextlib
import random
import statistics
import subprocess
import sys
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
sys.path.insert(0, str(ROOT))

from mt_news import langdetect_factory, median_time  # noqa: E402

import quotefix  # noqa: E402

SEED = 20250102
TARGETS = {"check_mb_s": 2.0, "vs_langdetect": 10.0}


def _lines(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def build(size_mb: float) -> tuple[str, int]:
    rng = random.Random(SEED)
    english = _lines(DATA / "fragments" / "english.txt")
    english += _lines(DATA / "000_175faf778ac79c34.expected.txt")
    sources = [line.split("\t")[1] for line in _lines(DATA / "fragments" / "sources.txt")]
    paragraphs, size, leftovers = [], 0, 0
    while size < size_mb * 1e6:
        paragraph = rng.choice(english)
        if rng.random() < 0.05:
            leftovers += 1
            source = rng.choice(sources)
            if rng.random() < 0.5:
                paragraph = paragraph + " " + source
            else:
                words = paragraph.split(" ")
                k = rng.randrange(1, len(words))
                paragraph = " ".join([*words[:k], "[" + source.rstrip(".") + "]", *words[k:]])
        paragraphs.append(paragraph)
        size += len(paragraph.encode("utf-8")) + 1
    return "\n".join(paragraphs), leftovers


def langdetect_per_paragraph(text: str) -> None:
    from langdetect.lang_detect_exception import LangDetectException

    factory = langdetect_factory()
    for paragraph in text.split("\n"):
        detector = factory.create()  # type: ignore[attr-defined]
        detector.append(paragraph)
        with contextlib.suppress(LangDetectException):
            detector.get_probabilities()


FIRST_CALL = (
    "import time, quotefix; t = time.perf_counter(); "
    "quotefix.check('The region [aujourd’hui occupée par les forces ukrainiennes] was shelled.'); "
    "print(time.perf_counter() - t)"
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="QF4xx benchmark")
    parser.add_argument("--size-mb", type=float, default=2.0)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    text, leftovers = build(args.size_mb)
    mb = len(text.encode("utf-8")) / 1e6
    paragraphs = text.count("\n") + 1
    print(f"text: {mb:.2f} MB, {paragraphs} paragraphs, {leftovers} with a leftover"
          f" ({leftovers / paragraphs:.1%})")
    quotefix.check(text[:20000])  # warm up: profiles and patterns
    found = [f for f in quotefix.check(text) if f.code.startswith("QF4")]
    print(f"QF4xx findings: {len(found)}")
    check_s = median_time(lambda: quotefix.check(text), args.repeat)
    qf4_s = median_time(lambda: quotefix.check(text, select=["QF4"]), args.repeat)
    ld_s = median_time(lambda: langdetect_per_paragraph(text), args.repeat)
    firsts = []
    for _ in range(args.repeat):
        done = subprocess.run([sys.executable, "-c", FIRST_CALL], capture_output=True, text=True,
                              check=True, cwd=ROOT)
        firsts.append(float(done.stdout.strip()))
    tracemalloc.start()
    quotefix.check(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"check, all families: {check_s:.3f} s, {mb / check_s:.2f} MB/s"
          f" (target >= {TARGETS['check_mb_s']})")
    print(f"check, QF4xx only:   {qf4_s:.3f} s, {mb / qf4_s:.2f} MB/s")
    print(f"langdetect once per paragraph: {ld_s:.3f} s, {mb / ld_s:.2f} MB/s")
    print(f"QF4xx-only check vs langdetect per paragraph: {ld_s / qf4_s:.1f}x faster;"
          f" full check: {ld_s / check_s:.1f}x (target >= {TARGETS['vs_langdetect']})")
    print(f"first call (fresh process, profiles and patterns): {statistics.median(firsts):.3f} s")
    print(f"peak memory of check (tracemalloc): {peak / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
