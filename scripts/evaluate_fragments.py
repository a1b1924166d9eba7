"""Evaluate leftover source-language detection (QF4xx) on the development or held-out set.

The development set lives in ``tests/data/fragments/`` (see its README.md):

- ``sources.txt``: news sentences in fr, de, es, it, pt and nl, written for
  the project, one a line as ``LANG<TAB>sentence``;
- ``english.txt``: English news paragraphs that host the inserted spans;
- ``traps.txt``: English sentences with names, places, institutions, titles,
  loanwords and glossed foreign phrases that must not be reported.

From them, with a fixed seed, it builds labelled spans (whole sentences,
clauses, bracketed and parenthesised asides, quotations, 1–3-word phrases in
brackets or quotes, glued words), each inserted into an English paragraph,
and 200 clean English paragraphs full of traps. It prints precision, recall
and F1 per span length and per language, recall for short wrapped spans and
glued words, and the false-alarm rate per clean paragraph::

    python scripts/evaluate_fragments.py          # table
    python scripts/evaluate_fragments.py --json   # the figures as JSON
    python scripts/evaluate_fragments.py --misses # also list what was missed
    python scripts/evaluate_fragments.py --heldout  # the held-out set instead

The held-out set lives in ``tests/data/fragments/heldout/`` (see its
README.md), with the same three files in the same format. It is built into
labelled spans and clean paragraphs by exactly the same procedure and seed as
the development set, and is never used to tune anything: keep it that way, or
its figures stop meaning anything.

The labelled paragraphs of the other sets in that folder (traps, short
leftovers, native copy) are measured by ``scripts/evaluate_leftovers.py``.

A predicted span matches a labelled one when it covers at least 90% of it and
at least 80% of the prediction lies inside it.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "fragments"
HELDOUT = DATA / "heldout"
sys.path.insert(0, str(ROOT))

from quotefix.langfrag import fragments  # noqa: E402

SEED = 20250101
LANGS = ("fr", "de", "es", "it", "pt", "nl")
BUCKETS = ((1, 3), (4, 10), (11, 40))
CLEAN_PARAGRAPHS = 200
TARGETS = {"p_long": 0.97, "r_long": 0.95, "r_short_wrapped": 0.85, "false_alarms": 0.01}
# Capitalised words of each language that can start a body glued to a heading.
GLUE_WORDS = {
    "fr": ("La", "Le", "Les", "Dans", "Pour", "Des", "Une"),
    "de": ("Der", "Das", "Und", "Mit", "Eine", "Für"),
    "es": ("El", "Los", "Las", "Para", "Una", "Del"),
    "it": ("Il", "Gli", "Della", "Nel", "Una", "Che"),
    "pt": ("Os", "Uma", "Pelo", "Não", "Dos", "Pela"),
    "nl": ("Het", "Een", "Niet", "Wordt", "Naar", "Ook"),
}
WRAPS = {"aside": (("[", "]"), ("(", ")")), "quote": (("“", "”"),)}


@dataclass
class Item:
    text: str
    start: int
    end: int
    language: str
    kind: str
    words: int


def lines(name: str, data: Path = DATA) -> list[str]:
    path = data / name
    return [
        line for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]


def texts(name: str, data: Path = DATA) -> list[str]:
    """The non-comment lines of a data file."""
    return lines(name, data)


def source_sentences(data: Path = DATA) -> list[tuple[str, str]]:
    """``(language, sentence)`` pairs from ``sources.txt``."""
    pairs = []
    for line in lines("sources.txt", data):
        language, sentence = line.split("\t")
        pairs.append((language, sentence))
    return pairs


def sentences_of(paragraph: str) -> list[str]:
    out, start = [], 0
    for i, char in enumerate(paragraph):
        if char in ".!?" and (i + 1 == len(paragraph) or paragraph[i + 1] == " "):
            if i + 1 < len(paragraph) and not paragraph[start:i].strip():
                continue
            out.append(paragraph[start : i + 1].strip())
            start = i + 1
    if paragraph[start:].strip():
        out.append(paragraph[start:].strip())
    return out


def strip_span(text: str) -> str:
    """Spans start at the first word and end at the last word or number."""
    start, end = 0, len(text)
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return text[start:end]


def insert(host: str, span_text: str, kind: str, rng: random.Random) -> tuple[str, int]:
    """Put ``span_text`` into ``host``; return the text and the span's offset."""
    sentences = sentences_of(host)
    if kind == "sentence":
        k = rng.randrange(len(sentences) + 1)
        before = " ".join(sentences[:k])
        prefix = before + " " if before else ""
        after = " ".join(sentences[k:])
        text = prefix + span_text + "." + (" " + after if after else "")
        return text, len(prefix)
    if kind == "clause":
        k = rng.randrange(len(sentences))
        before = " ".join(sentences[:k])
        prefix = (before + " " if before else "") + sentences[k].rstrip(".!?") + ", "
        after = " ".join(sentences[k + 1 :])
        text = prefix + span_text + "." + (" " + after if after else "")
        return text, len(prefix)
    # Wrapped: after a word inside the host.
    words = host.split(" ")
    k = rng.randrange(1, len(words))
    opener, closer = rng.choice(WRAPS[kind])
    prefix = " ".join(words[:k]) + " " + opener
    text = prefix + span_text + closer + " " + " ".join(words[k:])
    return text, len(prefix)


def build(data: Path = DATA) -> tuple[list[Item], list[str]]:
    """Labelled spans and clean paragraphs from the files in ``data``."""
    rng = random.Random(SEED)
    hosts = texts("english.txt", data)
    items: list[Item] = []

    def add(host: str, span_text: str, kind: str, language: str) -> None:
        span_text = strip_span(span_text)
        text, start = insert(host, span_text, kind, rng)
        assert text[start : start + len(span_text)] == span_text
        items.append(Item(text, start, start + len(span_text), language, kind,
                          len(span_text.split())))

    for language, sentence in source_sentences(data):
        words = sentence.rstrip(".?!").split()
        add(rng.choice(hosts), sentence, "sentence", language)
        clauses = [c.strip() for c in sentence.rstrip(".?!").split(",")]
        longest = max(clauses, key=lambda c: len(c.split()))
        if len(clauses) > 1 and len(longest.split()) >= 4:
            add(rng.choice(hosts), longest, "clause", language)
        n = rng.randint(4, min(10, len(words)))
        i = rng.randrange(0, len(words) - n + 1)
        add(rng.choice(hosts), " ".join(words[i : i + n]), rng.choice(("aside", "quote")), language)
        # Two short phrases of lower-case words, in brackets, parentheses or quotes.
        plain = [j for j, w in enumerate(words) if w.isalpha() and w[0].islower()]
        for size in (rng.randint(1, 3), rng.randint(2, 3)):
            starts = [j for j in plain if all(j + d in plain for d in range(size))]
            if starts:
                j = rng.choice(starts)
                host = rng.choice(hosts)
                add(host, " ".join(words[j : j + size]), rng.choice(("aside", "quote")), language)
        # A glued word: a heading's last word run into the body's first word.
        host = rng.choice(hosts)
        host_words = host.split(" ")
        k = rng.randrange(1, len(host_words) - 1)
        left = host_words[k].strip(".,;:“”\"’")
        if left.isalpha() and left[-1].islower() and len(left) >= 3:
            accented = [w.strip(",.") for w in words if any(c in "éèàçäöüßñãõáíóú" for c in w)
                        and w.strip(",.").isalpha() and w[0].islower()]
            if accented and rng.random() < 0.5:
                left = rng.choice(accented)
            glued = left + rng.choice(GLUE_WORDS[language])
            prefix = " ".join(host_words[:k]) + " "
            text = prefix + glued + " " + " ".join(host_words[k + 1 :])
            items.append(Item(text, len(prefix), len(prefix) + len(glued), language, "glued", 1))

    traps = texts("traps.txt", data)
    clean = []
    for i in range(CLEAN_PARAGRAPHS):
        host = sentences_of(hosts[i % len(hosts)])
        for trap in rng.sample(traps, 2):
            host.insert(rng.randrange(len(host) + 1), trap)
        clean.append(" ".join(host))
    return items, clean


def bucket_of(words: int) -> str:
    for lo, hi in BUCKETS:
        if lo <= words <= hi:
            return f"{lo}-{hi}"
    return f"{BUCKETS[-1][0]}-{BUCKETS[-1][1]}"


def matches(start: int, end: int, pred_start: int, pred_end: int) -> bool:
    overlap = min(end, pred_end) - max(start, pred_start)
    return (
        overlap > 0
        and overlap >= 0.9 * (end - start)
        and overlap >= 0.8 * (pred_end - pred_start)
    )


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 4), "recall": round(r, 4),
            "f1": round(f, 4)}


def evaluate(show_misses: bool = False, heldout: bool = False) -> dict[str, object]:
    """Figures on the development set, or on the held-out set with ``heldout=True``."""
    items, clean = build(HELDOUT if heldout else DATA)
    counts: dict[str, list[int]] = {}  # key -> [tp, fp, fn]
    language_right = 0
    misses = []

    def count(key: str, what: int) -> None:
        counts.setdefault(key, [0, 0, 0])[what] += 1

    for item in items:
        found = fragments(item.text)
        hit = None
        for frag in found:
            if hit is None and matches(item.start, item.end, frag.start, frag.end):
                hit = frag
                continue
            words = len(item.text[frag.start : frag.end].split())
            for key in ("all", f"len:{bucket_of(words)}", f"lang:{frag.language}"):
                count(key, 1)
            if words >= 4:
                count("long", 1)
        keys = ["all", f"len:{bucket_of(item.words)}", f"lang:{item.language}"]
        if item.words >= 4 and item.kind != "glued":
            keys.append("long")
        if item.kind == "glued":
            keys.append("short:glued")
        elif item.words <= 3:
            keys.append("short:wrapped" if item.kind in ("aside", "quote") else "short:bare")
        for key in keys:
            count(key, 0 if hit else 2)
        if hit is not None:
            language_right += hit.language == item.language
        elif show_misses:
            misses.append((item.language, item.kind, item.text[item.start : item.end],
                           [(item.text[f.start:f.end], f.kind) for f in found]))
    alarms = []
    for paragraph in clean:
        found = fragments(paragraph)
        if found:
            alarms.append([paragraph[f.start : f.end] for f in found])
    short = [0, 0, 0]
    for key in ("short:wrapped", "short:glued"):
        for i, value in enumerate(counts.get(key, [0, 0, 0])):
            short[i] += value
    result = {
        "set": "held-out" if heldout else "development",
        "spans": len(items),
        "clean_paragraphs": len(clean),
        "metrics": {key: prf(*value) for key, value in sorted(counts.items())},
        "short_wrapped_and_glued_recall": round(short[0] / (short[0] + short[2]), 4),
        "language_accuracy": round(language_right / max(1, counts["all"][0]), 4),
        "false_alarm_rate": round(len(alarms) / len(clean), 4),
        "false_alarms": alarms,
    }
    if show_misses:
        result["misses"] = misses
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--misses", action="store_true",
                        help="list missed spans and false alarms (leave it off for the held-out"
                        " set: its text is not for tuning)")
    parser.add_argument("--heldout", action="store_true",
                        help="evaluate on the held-out set (tests/data/fragments/heldout/)")
    args = parser.parse_args(argv)
    result = evaluate(args.misses, heldout=args.heldout)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return 0
    print(f"{result['set']} set: {result['spans']} labelled spans,"
          f" {result['clean_paragraphs']} clean paragraphs")
    print(f"{'group':<16} {'TP':>4} {'FP':>4} {'FN':>4} {'P':>7} {'R':>7} {'F1':>7}")
    for key, m in result["metrics"].items():  # type: ignore[union-attr]
        print(f"{key:<16} {m['tp']:>4} {m['fp']:>4} {m['fn']:>4} {m['precision']:>7.3f}"
              f" {m['recall']:>7.3f} {m['f1']:>7.3f}")
    print(f"recall, 1-3 words in brackets/parentheses/quotes and glued words:"
          f" {result['short_wrapped_and_glued_recall']:.3f}")
    print(f"language right on found spans: {result['language_accuracy']:.3f}")
    print(f"false alarms: {len(result['false_alarms'])} of {result['clean_paragraphs']}"  # type: ignore[arg-type]
          f" clean paragraphs ({result['false_alarm_rate']:.1%})")
    for alarm in result["false_alarms"] if args.misses else []:  # type: ignore[union-attr]
        print("  false alarm:", alarm)
    for miss in result.get("misses", []):  # type: ignore[union-attr]
        print("  missed:", miss)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
