"""Timings of adversarial inputs: markup and boilerplate shapes that once took quadratic time.

Each shape of ``tests/adversarial.py`` (``'](' * N`` in Markdown, ``'<a ' * N``
in HTML, ``'>> a\\n' * N`` in plain text, …) is built at each size and run the
way ``quotefix check FILE`` runs it: the file is read as its format and every
rule family checks its prose. Every measurement runs in its own process with a
time limit, so a shape that still takes quadratic time shows as ``>LIMIT``
instead of stalling the run. Run from the repository root::

    python benchmarks/adversarial.py                    # 40 KB and 100 KB, 60 s limit
    python benchmarks/adversarial.py --sizes 40,320 --only md-
    python benchmarks/adversarial.py --root OLD_CHECKOUT  # time another version of quotefix

The ratio column is the time at the largest size over the time at the
smallest: linear work grows like the size (2.5x from 40 KB to 100 KB),
quadratic work like its square (6.25x).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from adversarial import SHAPES  # noqa: E402

CHILD = """
import sys, time
sys.path.insert(0, {tests!r})
from adversarial import SHAPES
import quotefix
shape = SHAPES[{name!r}]
text = shape.build({size})
best = float("inf")
for _ in range({runs}):
    start = time.perf_counter()
    quotefix.check(text, format=shape.format)
    best = min(best, time.perf_counter() - start)
print(best)
"""


def measure(name: str, size: int, runs: int, limit: float, root: Path) -> float | None:
    """Best of ``runs`` seconds for one shape and size, or ``None`` past ``limit``."""
    code = CHILD.format(tests=str(ROOT / "tests"), name=name, size=size, runs=runs)
    env = dict(os.environ, PYTHONPATH=str(root))
    try:
        # Run inside the checkout: "python -c" puts the working folder first on the path.
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, timeout=limit, env=env,
            check=True, cwd=root,
        )
    except subprocess.TimeoutExpired:
        return None
    except subprocess.CalledProcessError as error:
        sys.exit(f"adversarial: {name} at {size}: {error.stderr.strip().splitlines()[-1]}")
    return float(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="40,100", help="sizes in KB, comma-separated")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per measurement")
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement (best kept)")
    parser.add_argument("--only", default="", help="only shapes whose name contains this")
    parser.add_argument("--root", type=Path, default=ROOT, help="checkout of quotefix to time")
    args = parser.parse_args(argv)
    sizes = [int(float(s) * 1000) for s in args.sizes.split(",")]
    head = "  ".join(f"{s // 1000:>7} KB" for s in sizes)
    print(f"{'shape':<26} {'format':<8}  {head}   ratio")
    for name, shape in SHAPES.items():
        if args.only not in name:
            continue
        times = [measure(name, size, args.runs, args.timeout, args.root) for size in sizes]
        cells = "  ".join(f"{t:8.3f} s" if t is not None else f">{args.timeout:6.0f} s "
                          for t in times)
        first, last = times[0], times[-1]
        ratio = f"{last / first:6.1f}x" if first and last else "     -"
        print(f"{name:<26} {shape.format:<8}  {cells}  {ratio}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
