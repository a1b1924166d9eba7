"""Measure leftover detection (QF4xx) on the project's labelled paragraphs.

Three sets in ``tests/data/fragments/`` (development) and
``tests/data/fragments/heldout/`` (held out; see the README of each folder):

- ``clean-traps.tsv``: clean English paragraphs with a trap of one kind
  (``title``, ``name``, ``gloss``, ``greeting``): every QF4xx finding in them
  is a false alarm;
- ``short-leftovers.tsv``: machine-translated English paragraphs with short
  source-language leftovers marked ``⟦…⟧`` (``word``, ``phrase``,
  ``heading``): each marked span should be found, and nothing else;
- ``native.tsv``: correct fr-FR, de-DE, es and it copy with English titles,
  names, loanwords and quotations: no finding is expected when no source
  language is configured.

The English host paragraphs of ``english.txt`` (clean, without traps) are
counted as clean paragraphs too. Everything goes through the public API,
``quotefix.check(text, target=..., select=["QF4"])``::

    python scripts/evaluate_leftovers.py             # development set, tables
    python scripts/evaluate_leftovers.py --heldout   # held-out set
    python scripts/evaluate_leftovers.py --json      # figures as JSON
    python scripts/evaluate_leftovers.py --details   # also list alarms and misses

A labelled span counts as **found** when a finding covers at least 90% of it
and at least 80% of the finding lies inside it (the rule of
``evaluate_fragments.py``); **touched** when a finding merely overlaps it (a
span that runs on into the English around it touches but is not found).
Findings in a short-leftover paragraph that overlap no label are counted as
**extra**. The goals printed beside the figures are the issue's targets for
real text the project has not seen.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "fragments"
HELDOUT = DATA / "heldout"
sys.path.insert(0, str(ROOT))

import quotefix  # noqa: E402

OPEN, CLOSE = "⟦", "⟧"
TRAP_KINDS = ("title", "name", "gloss", "greeting")
SHAPES = ("word", "phrase", "heading")
NATIVE_KINDS = ("title", "name", "loanword", "quote", "plain")
TARGETS = ("fr-FR", "de-DE", "es", "it")
GOALS = {"clean_flag_rate": 0.02, "native_flag_rate": 0.03, "short_recall": 0.70}


@dataclass
class Paragraph:
    id: str
    kind: str
    language: str
    text: str
    spans: list[tuple[int, int]] = field(default_factory=list)


def unmark(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """The text without ``⟦ ⟧`` and the offsets of the marked spans in it."""
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    start = -1
    length = 0
    for char in marked:
        if char == OPEN:
            if start >= 0:
                raise ValueError(f"nested {OPEN} in {marked!r}")
            start = length
        elif char == CLOSE:
            if start < 0:
                raise ValueError(f"{CLOSE} without {OPEN} in {marked!r}")
            spans.append((start, length))
            start = -1
        else:
            out.append(char)
            length += 1
    if start >= 0:
        raise ValueError(f"unclosed {OPEN} in {marked!r}")
    return "".join(out), spans


def load(name: str, data: Path = DATA) -> list[Paragraph]:
    """Rows of ``ID<TAB>KIND<TAB>LANG<TAB>PARAGRAPH`` from ``data/name``."""
    rows = []
    for line in (data / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        id_, kind, language, marked = line.split("\t")
        text, spans = unmark(marked)
        rows.append(Paragraph(id_, kind, language, text, spans))
    return rows


def hosts(data: Path = DATA) -> list[str]:
    """The clean English host paragraphs of ``english.txt``."""
    return [line for line in (data / "english.txt").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def qf4(text: str, target: str = "en-US") -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in quotefix.check(text, target=target, select=["QF4"])]


def matches(start: int, end: int, pred_start: int, pred_end: int) -> bool:
    overlap = min(end, pred_end) - max(start, pred_start)
    return (
        overlap > 0
        and overlap >= 0.9 * (end - start)
        and overlap >= 0.8 * (pred_end - pred_start)
    )


def _rate(part: float, whole: float) -> float:
    return round(part / whole, 4) if whole else 0.0


def _flags(rows: list[Paragraph], target_of: dict[str, str] | None = None,
           keys: tuple[str, ...] = ()) -> tuple[dict[str, dict[str, float]], list[object]]:
    """Per group: paragraphs, flagged, flag rate; and the alarms found."""
    table: dict[str, list[int]] = {}
    alarms: list[object] = []
    for row in rows:
        target = target_of[row.language] if target_of else "en-US"
        found = qf4(row.text, target)
        for key in ("all", f"kind:{row.kind}", f"lang:{row.language}", *keys):
            counts = table.setdefault(key, [0, 0])
            counts[0] += 1
            counts[1] += bool(found)
        if found:
            alarms.append([row.id, row.kind, row.language, [row.text[s:e] for s, e in found]])
    result = {key: {"paragraphs": n, "flagged": k, "flag_rate": _rate(k, n)}
              for key, (n, k) in sorted(table.items())}
    return result, alarms


def evaluate(heldout: bool = False, details: bool = False) -> dict[str, object]:
    """The figures of one set (development by default)."""
    data = HELDOUT if heldout else DATA
    traps = load("clean-traps.tsv", data)
    short = load("short-leftovers.tsv", data)
    native = load("native.tsv", data)
    plain = [Paragraph(f"host-{i:03d}", "host", "en", text)
             for i, text in enumerate(hosts(data), 1)]

    trap_table, trap_alarms = _flags(traps)
    host_table, host_alarms = _flags(plain)
    native_table, native_alarms = _flags(native, {t: t for t in TARGETS})
    clean_total = trap_table["all"]["paragraphs"] + host_table["all"]["paragraphs"]
    clean_flagged = trap_table["all"]["flagged"] + host_table["all"]["flagged"]

    groups: dict[str, list[int]] = {}  # key -> [spans, found, touched]
    extra = 0
    misses: list[object] = []
    for row in short:
        found = qf4(row.text)
        for start, end in row.spans:
            hit = any(matches(start, end, s, e) for s, e in found)
            touch = any(min(end, e) > max(start, s) for s, e in found)
            for key in ("all", f"shape:{row.kind}", f"lang:{row.language}"):
                counts = groups.setdefault(key, [0, 0, 0])
                counts[0] += 1
                counts[1] += hit
                counts[2] += touch
            if not hit:
                misses.append([row.id, row.kind, row.language, row.text[start:end],
                               [row.text[s:e] for s, e in found]])
        extra += sum(1 for s, e in found
                     if not any(min(end, e) > max(start, s) for start, end in row.spans))
    short_table = {key: {"spans": n, "found": k, "touched": t, "recall": _rate(k, n),
                         "touched_rate": _rate(t, n)}
                   for key, (n, k, t) in sorted(groups.items())}

    result: dict[str, object] = {
        "set": "held-out" if heldout else "development",
        "traps": trap_table,
        "hosts": host_table["all"],
        "clean_paragraphs": clean_total,
        "clean_flag_rate": _rate(clean_flagged, clean_total),
        "short": short_table,
        "short_paragraphs": len(short),
        "short_extra_findings": extra,
        "native": native_table,
        "goals": GOALS,
    }
    if details:
        result["alarms"] = {"traps": trap_alarms, "hosts": host_alarms, "native": native_alarms}
        result["misses"] = misses
    return result


def _print(result: dict[str, object]) -> None:
    traps = result["traps"]
    short = result["short"]
    native = result["native"]
    hosts_row = result["hosts"]
    assert isinstance(traps, dict) and isinstance(short, dict) and isinstance(native, dict)
    assert isinstance(hosts_row, dict)
    print(f"{result['set']} set")
    print("\nclean English paragraphs with a QF4xx finding (lower is better)")
    print(f"{'group':<22} {'paragraphs':>10} {'flagged':>8} {'rate':>7}")
    for key, row in traps.items():
        label = f"traps {key}"
        print(f"{label:<22} {row['paragraphs']:>10} {row['flagged']:>8} {row['flag_rate']:>7.3f}")
    print(f"{'hosts (no trap)':<22} {hosts_row['paragraphs']:>10} {hosts_row['flagged']:>8}"
          f" {hosts_row['flag_rate']:>7.3f}")
    print(f"all clean: {result['clean_flag_rate']:.3f} of {result['clean_paragraphs']}"
          f" (goal <= {GOALS['clean_flag_rate']})")
    print("\nshort leftovers found (higher is better)")
    print(f"{'group':<22} {'spans':>6} {'found':>6} {'recall':>7} {'touched':>8}")
    for key, row in short.items():
        print(f"{key:<22} {row['spans']:>6} {row['found']:>6} {row['recall']:>7.3f}"
              f" {row['touched_rate']:>8.3f}")
    print(f"goal for recall >= {GOALS['short_recall']}; findings outside the labels:"
          f" {result['short_extra_findings']} in {result['short_paragraphs']} paragraphs")
    print("\nnative copy with a QF4xx finding, no source configured (lower is better)")
    print(f"{'group':<22} {'paragraphs':>10} {'flagged':>8} {'rate':>7}")
    for key, row in native.items():
        print(f"{key:<22} {row['paragraphs']:>10} {row['flagged']:>8} {row['flag_rate']:>7.3f}")
    print(f"goal <= {GOALS['native_flag_rate']}")
    alarms = result.get("alarms") or {}
    misses = result.get("misses") or []
    assert isinstance(alarms, dict) and isinstance(misses, list)
    for name, rows in alarms.items():
        for alarm in rows:
            print(f"  alarm ({name}):", alarm)
    for miss in misses:
        print("  missed:", miss)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--heldout", action="store_true", help="measure the held-out set")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--details", action="store_true", help="list alarms and misses")
    args = parser.parse_args(argv)
    result = evaluate(heldout=args.heldout, details=args.details)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        _print(result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
