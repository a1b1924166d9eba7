"""Compare this checkout's speed and memory with another source tree, in one run.

Timing on a shared machine drifts by tens of percent from minute to minute,
so two separate benchmark runs cannot show a small slowdown. This script
alternates between the two trees round after round, in fresh processes on
the same corpus (built by ``bench.py`` from this checkout's test data), and
prints the median of each figure for each tree and their ratio. Throughput is
timed in CPU time of the measuring process (``time.process_time``), as the
linear-time tests do: what other processes on the machine do does not count::

    git worktree add /tmp/quotefix-main main
    python benchmarks/compare.py /tmp/quotefix-main            # 1 MB, 7 rounds
    python benchmarks/compare.py /tmp/quotefix-main --rounds 11 --size-mb 2

Figures (MB means 10**6 bytes of UTF-8): ``check`` and ``fix`` (QF1/QF2) on
the news and stress corpora, article by article, ``check`` with every
rule on the news corpus and ``check`` (QF1/QF2) of one document dense with
marks, in MB/s; peak memory
(tracemalloc) of the quote analysis and of ``check`` per MB of input on one
news document and on a document dense with marks (``”a“ `` repeated), in MB
per MB. A ratio above 1 means this checkout is faster (or, for memory,
leaner).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

# Run inside each tree's own process: times check/fix, traces memory.
PROBE = r"""
import json, sys, time, tracemalloc
sys.path.insert(0, sys.argv[1])
import quotefix
from quotefix import scan
corpora = json.load(open(sys.argv[2], encoding="utf-8"))
SELECT = ["QF1", "QF2"]
out = {}
def mb(texts):
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6
for name in ("news", "stress"):
    articles = corpora[name]
    for article in articles[:5]:
        quotefix.check(article, select=SELECT)
        quotefix.fix(article, select=SELECT)
    for what, function in (("check", quotefix.check), ("fix", quotefix.fix)):
        start = time.process_time()
        for article in articles:
            function(article, select=SELECT)
        out[f"{what} {name} MB/s"] = mb(articles) / (time.process_time() - start)
articles = corpora["news"]
start = time.process_time()
for article in articles:
    quotefix.check(article)
out["check all rules news MB/s"] = mb(articles) / (time.process_time() - start)
dense = corpora["dense marks"]
quotefix.check(dense[:4000], select=SELECT)
start = time.process_time()
quotefix.check(dense, select=SELECT)
out["check dense marks MB/s"] = mb([dense]) / (time.process_time() - start)
def peak(function):
    tracemalloc.start()
    tracemalloc.reset_peak()
    function()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 1e6
for name in ("news document", "dense marks"):
    text = corpora[name]
    size = mb([text])
    out[f"analysis {name} MB/MB"] = peak(lambda: scan.analyse(text, None)) / size
    out[f"check {name} MB/MB"] = peak(lambda: quotefix.check(text, select=SELECT)) / size
print(json.dumps(out))
"""


def _corpora(size_mb: float, dense_mb: float) -> dict[str, object]:
    sys.path.insert(0, str(HERE))
    import bench

    news = bench.build_articles(size_mb, profile="news")
    stress = bench.build_articles(size_mb, profile="stress")
    dense = "”a“ " * int(dense_mb * 1e6 / 8)  # 8 bytes of UTF-8 per repeat
    return {"news": news, "stress": stress, "news document": "\n".join(news), "dense marks": dense}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("baseline", type=Path, help="the other source tree (holding quotefix/)")
    parser.add_argument("--size-mb", type=float, default=1.0, help="corpus size (default 1)")
    parser.add_argument("--dense-mb", type=float, default=1.0,
                        help="size of the dense-marks document (default 1)")
    parser.add_argument("--rounds", type=int, default=7, help="rounds per tree (default 7)")
    args = parser.parse_args(argv)
    trees = {"baseline": args.baseline.resolve(), "this": ROOT}
    for label, tree in trees.items():
        if not (tree / "quotefix" / "__init__.py").is_file():
            parser.error(f"{label}: {tree} holds no quotefix package")
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus.json"
        corpus.write_text(json.dumps(_corpora(args.size_mb, args.dense_mb)), encoding="utf-8")
        figures: dict[str, dict[str, list[float]]] = {label: {} for label in trees}
        order = list(trees)
        for number in range(args.rounds):
            for label in order if number % 2 == 0 else reversed(order):
                done = subprocess.run(
                    [sys.executable, "-c", PROBE, str(trees[label]), str(corpus)],
                    capture_output=True, text=True, check=True,
                    env={**os.environ, "PYTHONHASHSEED": "0"},
                )
                for key, value in json.loads(done.stdout).items():
                    figures[label].setdefault(key, []).append(value)
    print(f"median of {args.rounds} alternating rounds; baseline {trees['baseline']}")
    print(f"  {'figure':<32} {'baseline':>10} {'this':>10} {'ratio':>7}")
    for key in figures["this"]:
        before = statistics.median(figures["baseline"][key])
        after = statistics.median(figures["this"][key])
        better = after / before if "MB/s" in key else before / after
        print(f"  {key:<32} {before:10.2f} {after:10.2f} {better:6.2f}x")
    print("  (ratio > 1: this checkout is faster, or uses less memory)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
