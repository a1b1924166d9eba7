"""Measure source-site boilerplate detection (QF5xx) on the project's labelled articles.

The corpus lives in ``tests/data/boilerplate/`` (development) and
``tests/data/boilerplate/heldout/`` (held out; see the folder's README.md):
English machine translations of news articles and untranslated articles in
fr, es, it, de and pt, every line labelled either with the kind of
boilerplate it is or with the shape of clean text it is.

Each article goes through the public API,
``quotefix.check(text, target=..., select=["QF5"])`` (``en-US`` for the
English articles, the article's own locale for the untranslated ones), and
``quotefix.fix(..., select=["QF5"], remove_boilerplate=True)``::

    python scripts/evaluate_boilerplate.py            # development set, tables
    python scripts/evaluate_boilerplate.py --heldout  # held-out set
    python scripts/evaluate_boilerplate.py --json     # figures as JSON
    python scripts/evaluate_boilerplate.py --details  # also list misses and false alarms
    python scripts/evaluate_boilerplate.py --folder 40  # the generated site folder

A boilerplate line is **found** when a QF5xx finding overlaps it (or, for a
kind that sits inside a line, such as a kicker glued to a headline or an
editor's note, overlaps the labelled span). A clean line is a **false alarm**
when a finding overlaps it. Removal is checked too: a clean line, or the
clean rest of a line holding an inline span, that is missing after
``remove_boilerplate=True`` counts as **removed clean text**.

``--folder N`` builds the folder of ``scripts/site_folder.py`` (N articles of
one site with a footer repeated in most of them, a syndicated paragraph in
two and a standard dateline) and checks the files together with
``quotefix.check_many`` (so that lines repeated across files, QF510, count):
it reports how many footer lines are found and whether the shared lines are
left alone.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "boilerplate"
HELDOUT = DATA / "heldout"
sys.path.insert(0, str(ROOT))

import quotefix  # noqa: E402

KINDS = (
    "teaser",  # related-article teasers: READ ALSO, LIRE AUSSI, Lee también, >> …
    "newsletter",  # newsletter and subscription calls
    "ad",  # advertisement and continuation markers, [ad_1], Loading glued to a headline
    "notice",  # translation and syndication notices, wire headers
    "credit",  # source, photo and agency credits, Quote from:
    "note",  # editors' notes (NDLR, ed., N. de la R.) inside a sentence
    "kicker",  # section kickers glued to a headline or first sentence (VIDEO., LIVE |)
    "furniture",  # listen / full screen / text-to-speech, appeals, author boxes, share, promos
    "headlines",  # lists of other headlines (and their heading)
)
INLINE = ("note", "kicker")  # kinds that always name their span: the rest of the line is clean
CLEAN = ("para", "head", "caption", "list")
LOOKALIKES = (
    "dateline", "source-of", "read-quote", "listen", "photo", "continued", "subscribers",
    "video", "loading", "interview", "advertising", "translation", "newsletter",
    "mistake", "share", "arrow",
)
TARGETS = {"en": "en-US", "fr": "fr-FR", "es": "es", "it": "it", "de": "de-DE", "pt": "pt-PT"}
SOURCES = ("fr", "es", "it", "de", "pt", "ru")
LAYOUTS = {"lines": "\n", "blank": "\n\n"}


@dataclass
class Line:
    label: str
    text: str
    start: int  # offsets of the line in the article text
    end: int
    span: tuple[int, int] | None = None  # boilerplate inside the line (absolute offsets)
    lookalike: str | None = None  # what a clean line looks like

    @property
    def boilerplate(self) -> bool:
        return self.label in KINDS

    @property
    def target(self) -> tuple[int, int]:
        return self.span if self.span is not None else (self.start, self.end)


@dataclass
class Article:
    id: str
    language: str  # the language the article is written in
    source: str  # the language of the site it comes from
    layout: str
    lines: list[Line]
    text: str


def _header(line: str) -> tuple[str, str, str]:
    fields = line.split()
    if len(fields) != 4 or fields[0] != "===":
        raise ValueError(f"bad article header: {line!r}")
    attributes = dict(field.split("=", 1) for field in fields[2:])
    if set(attributes) != {"source", "layout"}:
        raise ValueError(f"bad article header: {line!r}")
    return fields[1], attributes["source"], attributes["layout"]


def _article(header: str, rows: list[str]) -> Article:
    article_id, source, layout = _header(header)
    language = article_id.split("-")[0]
    if language not in TARGETS or source not in SOURCES or layout not in LAYOUTS:
        raise ValueError(f"bad article header: {header!r}")
    if language != "en" and language != source:
        raise ValueError(f"{article_id}: an untranslated article's source is its language")
    separator = LAYOUTS[layout]
    lines: list[Line] = []
    offset = 0
    for row in rows:
        fields = row.split("\t")
        if len(fields) not in (2, 3) or not fields[1].strip():
            raise ValueError(f"{article_id}: bad line {row!r}")
        label, text = fields[0], fields[1]
        extra = fields[2] if len(fields) == 3 else None
        line = Line(label, text, offset, offset + len(text))
        if label in KINDS:
            if label in INLINE and extra is None:
                raise ValueError(f"{article_id}: a {label} line names its span: {row!r}")
            if extra is not None:
                at = text.find(extra)
                if at < 0 or not extra.strip():
                    raise ValueError(f"{article_id}: span {extra!r} is not in {text!r}")
                line.span = (offset + at, offset + at + len(extra))
        elif label in CLEAN:
            if extra is not None and extra not in LOOKALIKES:
                raise ValueError(f"{article_id}: unknown look-alike {extra!r}")
            line.lookalike = extra
        else:
            raise ValueError(f"{article_id}: unknown label {label!r}")
        lines.append(line)
        offset += len(text) + len(separator)
    text = separator.join(line.text for line in lines)
    return Article(article_id, language, source, layout, lines, text)


def load_file(path: Path) -> list[Article]:
    """The articles of one corpus file (blank lines separate articles)."""
    articles: list[Article] = []
    header: str | None = None
    rows: list[str] = []
    for raw in [*path.read_text(encoding="utf-8").splitlines(), "=== end"]:
        if raw.startswith("#") or not raw.strip():
            continue
        if raw.startswith("==="):
            if header is not None:
                if not rows:
                    raise ValueError(f"{path.name}: empty article {header!r}")
                articles.append(_article(header, rows))
            header, rows = raw, []
        elif header is None:
            raise ValueError(f"{path.name}: line before the first article header: {raw!r}")
        else:
            rows.append(raw)
    return articles


def load(data: Path = DATA) -> list[Article]:
    """Every article of one folder, in file and writing order."""
    return [article for path in sorted(data.glob("*.txt")) for article in load_file(path)]


def _overlaps(start: int, end: int, f_start: int, f_end: int) -> bool:
    if f_start == f_end:  # a point finding marks where a block starts
        return start <= f_start < max(end, start + 1)
    return f_start < end and start < f_end


def _rate(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


# Separators between a line's clean text and an inline span, removed with the span.
_SPAN_SEPARATORS = " \t\u00a0—–|·-"


def _removed(line: Line, article: Article, result_text: str) -> bool:
    """Whether clean text of this line is gone after removal."""
    if line.boilerplate:
        if line.span is None:
            return False
        s, e = line.span[0] - line.start, line.span[1] - line.start
        # (a dash or bar that set the span off goes with it: ``… in Brasília — Photo: …``)
        rest = [part.strip().strip(_SPAN_SEPARATORS) for part in (line.text[:s], line.text[e:])]
        return any(part not in result_text for part in rest if part)
    return line.text not in result_text


def evaluate(heldout: bool = False, details: bool = False) -> dict[str, object]:
    """The figures of one set (development by default)."""
    articles = load(HELDOUT if heldout else DATA)
    kinds: dict[str, list[int]] = {}  # key -> [lines, found]
    codes: dict[str, dict[str, int]] = {}
    clean: dict[str, list[int]] = {}  # key -> [lines, flagged]
    removed_clean = 0
    articles_with_alarm = 0
    misses: list[object] = []
    alarms: list[object] = []
    for article in articles:
        target = TARGETS[article.language]
        findings = quotefix.check(article.text, target=target, select=["QF5"])
        fixed = quotefix.fix(article.text, target=target, select=["QF5"],
                             remove_boilerplate=True).text
        alarm_here = False
        for line in article.lines:
            start, end = line.target
            hits = [f for f in findings if _overlaps(start, end, f.start, f.end)]
            removed_clean += _removed(line, article, fixed)
            if line.boilerplate:
                text_key = "en" if article.language == "en" else "untranslated"
                for key in ("all", line.label, f"{line.label}:{text_key}", f"text:{text_key}"):
                    counts = kinds.setdefault(key, [0, 0])
                    counts[0] += 1
                    counts[1] += bool(hits)
                for f in hits:
                    per_kind = codes.setdefault(line.label, {})
                    per_kind[f.code] = per_kind.get(f.code, 0) + 1
                if not hits:
                    misses.append([article.id, line.label, line.text])
                continue
            keys = ["all", f"shape:{line.label}"]
            if line.lookalike:
                keys += ["lookalike", f"lookalike:{line.lookalike}"]
            for key in keys:
                counts = clean.setdefault(key, [0, 0])
                counts[0] += 1
                counts[1] += bool(hits)
            if hits:
                alarm_here = True
                alarms.append([article.id, line.label, line.text, [f.code for f in hits]])
        articles_with_alarm += alarm_here
    paragraphs = clean.get("shape:para", [0, 0])
    result: dict[str, object] = {
        "set": "held-out" if heldout else "development",
        "articles": len(articles),
        "recall": {key: {"lines": n, "found": k, "recall": _rate(k, n)}
                   for key, (n, k) in sorted(kinds.items())},
        "codes": codes,
        "clean": {key: {"lines": n, "flagged": k, "rate": _rate(k, n)}
                  for key, (n, k) in sorted(clean.items())},
        "clean_paragraphs": paragraphs[0],
        "clean_paragraph_alarm_rate": _rate(paragraphs[1], paragraphs[0]),
        "articles_with_false_alarm": articles_with_alarm,
        "removed_clean_lines": removed_clean,
    }
    if details:
        result["misses"] = misses
        result["false_alarms"] = alarms
    return result


def evaluate_folder(files: int = 40) -> dict[str, object]:
    """Per-file figures on a generated folder of one site (see ``site_folder.py``)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import site_folder

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        manifest = site_folder.build(folder, files=files)
        counts: dict[str, list[int]] = {}
        files_of = manifest["files"]
        assert isinstance(files_of, dict)
        names = list(files_of)
        texts = [(folder / name).read_text(encoding="utf-8") for name in names]
        found_by = dict(zip(names, quotefix.check_many(texts, select=["QF5"]), strict=True))
        for name, text in zip(names, texts, strict=True):
            labels = files_of[name]
            findings = found_by[name]
            offset = 0
            for line, label in zip(text.split("\n"), labels, strict=True):
                if label == "blank":
                    offset += len(line) + 1
                    continue
                hit = any(_overlaps(offset, offset + len(line), f.start, f.end)
                          for f in findings)
                counts.setdefault(label, [0, 0])
                counts[label][0] += 1
                counts[label][1] += hit
                offset += len(line) + 1
    return {
        "files": files,
        "footer_files": manifest["footer_files"],
        "lines": {label: {"lines": n, "flagged": k, "rate": _rate(k, n)}
                  for label, (n, k) in sorted(counts.items())},
    }


def _print(result: dict[str, object]) -> None:
    recall = result["recall"]
    clean = result["clean"]
    codes = result["codes"]
    assert isinstance(recall, dict) and isinstance(clean, dict) and isinstance(codes, dict)
    print(f"{result['set']} set: {result['articles']} articles")
    print("\nboilerplate lines found (higher is better)")
    print(f"{'kind':<22} {'lines':>6} {'found':>6} {'recall':>7}  codes")
    for key, row in recall.items():
        found_codes = ", ".join(f"{c} {n}" for c, n in sorted(codes.get(key, {}).items()))
        print(f"{key:<22} {row['lines']:>6} {row['found']:>6} {row['recall']:>7.3f}  {found_codes}")
    print("\nclean lines with a QF5xx finding (lower is better)")
    print(f"{'shape':<22} {'lines':>6} {'flagged':>8} {'rate':>7}")
    for key, row in clean.items():
        print(f"{key:<22} {row['lines']:>6} {row['flagged']:>8} {row['rate']:>7.3f}")
    print(f"clean paragraphs with a false alarm: {result['clean_paragraph_alarm_rate']:.3f}"
          f" of {result['clean_paragraphs']}; articles with one:"
          f" {result['articles_with_false_alarm']} of {result['articles']}")
    print(f"clean lines (or clean rests of lines) lost by remove_boilerplate:"
          f" {result['removed_clean_lines']}")
    misses = result.get("misses") or []
    alarms = result.get("false_alarms") or []
    assert isinstance(misses, list) and isinstance(alarms, list)
    for miss in misses:
        print("  missed:", miss)
    for alarm in alarms:
        print("  false alarm:", alarm)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--heldout", action="store_true", help="measure the held-out set")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--details", action="store_true", help="list misses and false alarms")
    parser.add_argument("--folder", type=int, metavar="N",
                        help="measure a generated folder of N articles of one site instead")
    args = parser.parse_args(argv)
    if args.folder:
        result = evaluate_folder(args.folder)
        if args.json:
            print(json.dumps(result, ensure_ascii=False, indent=1))
            return 0
        print(f"site folder: {result['files']} files, footer in {result['footer_files']}")
        print(f"{'line':<12} {'lines':>6} {'flagged':>8} {'rate':>7}")
        lines = result["lines"]
        assert isinstance(lines, dict)
        for key, row in lines.items():
            print(f"{key:<12} {row['lines']:>6} {row['flagged']:>8} {row['rate']:>7.3f}")
        return 0
    result = evaluate(heldout=args.heldout, details=args.details)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        _print(result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
