"""Measure the quote engine on the labelled corpus in ``tests/data/quotes/``.

The corpus (see its README.md) holds paragraphs in the shapes of machine-
translated news, each with its hand repair, and clean paragraphs that must
stay as they are. For every record the installed ``quotefix`` is run with the
record's target, and this script prints, per category:

- ``found``: paragraphs needing a repair that get a finding of the selected
  families (QF1, QF2 and QF3 by default, so new codes in those families count);
- ``located``: of those, paragraphs where every changed stretch of the hand
  repair is touched by a finding;
- ``safe``: the safe ``fix`` output equals the hand repair exactly;
- ``unsafe``: ``fix(..., unsafe=True)`` equals the hand repair exactly;
- ``alarms`` (clean paragraphs only): paragraphs with any finding, and
  ``qf12`` those with a QF1xx/QF2xx finding;
- ``changed`` (clean paragraphs only): the safe ``fix`` changed the text;
- ``damaged``: a letter or digit changed by either ``fix`` (must be 0; a
  re-decoded mojibake sequence is not counted as a change).

Totals follow, split into paragraphs a safe repair can reach and those whose
hand repair adds or drops a mark (``needs_person``), which measure the
``unsafe=True`` best guess. A record whose target the engine does not know
(such as a house-style modifier it does not support yet) is counted as
``unsupported`` instead of failing the run. The straight-to-curly education
cases (``education.jsonl``) give an agreement rate per category::

    python scripts/evaluate_quotes.py                 # development part
    python scripts/evaluate_quotes.py --part heldout  # held-out part (final figures only)
    python scripts/evaluate_quotes.py --part all --json
    python scripts/evaluate_quotes.py --misses        # also list what went wrong

Records are split into a development part and a held-out part by a stable
hash of their id (``part_of``); the rule is written down in the corpus
README. Tune on the development part only.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import regex

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "quotes"
EDUCATION_FILE = "education.jsonl"
HELDOUT_PERCENT = 30
DEFAULT_FAMILIES = ("QF1", "QF2", "QF3")
PARTS = ("dev", "heldout", "all")

# What each category holds. Defects need a repair, clean copy must stay as it
# is, education cases are straight input with curly expected.
DEFECT_CATEGORIES: dict[str, str] = {
    "house-style-straight": "straight quotes in a document that otherwise uses typographic marks",
    "house-style-configured":
        "an all-straight document under a target that requires curly marks (@curly)",
    "apostrophe-straight": "straight apostrophes in a typographic document",
    "apostrophe-glyph": "‘ ´ ` ′ used as apostrophes",
    "apostrophe-elision": "leading and inner elisions: ’90s, ’em, rock ’n’ roll, o’clock, y’all",
    "apostrophe-plural-possessive": "the apostrophe after a plural possessive (the Joneses’)",
    "mt-spacing":
        "spaces MT leaves before , . ; : ! ? ) and after (, a line break before a comma",
    "mt-spacing-number": "MT spaces inside numbers (1 , 000 and 2 . 5): only a reading decides",
    "entity-debris": "; and & left by HTML entities cut in half",
    "mojibake": "UTF-8 read as Windows-1252 upstream (â€œ, â€™, Ã©), sometimes spaced out by MT",
    "tex-quotes": "TeX-style ``…'' quotes",
    "closer-as-opener": "a closer written as an opener and glued to what follows (, “said; . “The)",
    "opener-as-closer": "an opener written as a closer (: ” Europe; days.”The)",
    "reversed-pair": "a pair written closer-first in clear context (” pride “)",
    "final-opener": "a “ at the end of a paragraph or right before . or , after a word",
    "other-family-closer": "a single closer ending a double quotation with no single opener inside",
    "low-single-quotes": "German low single quotes ‚…‘ used in English",
    "double-prime-quote": "a double prime ″ used as a quotation mark",
    "guillemet-continuation": "a guillemet closer whose opener is in the previous block",
    "guillemets": "« » and ‹ › left in English, with or without inner spaces",
    "mismatched-pair": "a quotation opened with one family and closed with another",
    "closer-glued": "a closing mark glued to the next word",
    "paragraph-break":
        "a quotation broken by a paragraph break that is not an English continuation",
    "wrong-nesting": "an inner quotation marked like an outer one",
    "missing-mark":
        "a quotation mark missing: a closer before the attribution or the end, or an opener",
    "doubled-mark": "a mark typed twice, or two pairs around one span",
    "attribution-dash": "Russian and Italian attribution dashes left around a quotation",
    "mixed": "several kinds of defect in one paragraph",
}
CLEAN_CATEGORIES: dict[str, str] = {
    "clean-straight": "wire style: straight quotes and apostrophes used consistently",
    "clean-straight-curly-apostrophes": "straight quotes with curly apostrophes (content systems)",
    "clean-curly": "American style, curly marks",
    "clean-british": "British style, single quotes first",
    "clean-names-titles": "names, titles, loanwords and foreign elisions",
    "clean-apostrophes": "apostrophes in every form",
    "clean-quoted-letters": "a quoted letter or word followed by letters (two “O”s)",
    "clean-multi-paragraph": "English multi-paragraph quotations as whole documents",
    "clean-primes": "inch marks, feet and primes",
    "clean-traps": "spaced ellipses, code and other spacing that is right as it is",
}
EDUCATION_CATEGORIES: dict[str, str] = {
    "edu-double": "double quotes in running text",
    "edu-single": "single quotes in running text",
    "edu-contraction": "contractions and inner apostrophes",
    "edu-possessive": "singular and plural possessives",
    "edu-decade": "decades and years cut short",
    "edu-elision": "leading and trailing elisions",
    "edu-nesting": "quotations inside quotations",
    "edu-prime": "feet, inches, minutes and seconds",
    "edu-punctuation": "quotes next to punctuation",
    "edu-bracket": "quotes next to brackets and parentheses",
    "edu-dash": "quotes next to dashes and slashes",
    "edu-edge": "quotes at the start or end of the text or a line",
    "edu-number": "quotes around and next to numbers",
}
# name -> (kind, description); kinds are "defect", "clean" and "education".
CATEGORIES: dict[str, tuple[str, str]] = {
    **{name: ("defect", text) for name, text in DEFECT_CATEGORIES.items()},
    **{name: ("clean", text) for name, text in CLEAN_CATEGORIES.items()},
    **{name: ("education", text) for name, text in EDUCATION_CATEGORIES.items()},
}

REQUIRED_FIELDS = {
    "defect": ("id", "category", "source_language", "target", "text", "expected", "needs_person"),
    "clean": ("id", "category", "source_language", "target", "text", "expected", "needs_person"),
    "education": ("id", "category", "target", "text", "expected"),
}
OPTIONAL_FIELDS = ("note",)
SOURCE_LANGUAGES = ("fr", "es", "it", "de", "ru", "pt", "en")


# ---------------------------------------------------------------------------
# Splitting and loading


def part_of(record_id: str) -> str:
    """``"heldout"`` or ``"dev"``: the first 8 hex digits of the SHA-256 of the id, mod 100."""
    digest = hashlib.sha256(record_id.encode("utf-8")).hexdigest()
    return "heldout" if int(digest[:8], 16) % 100 < HELDOUT_PERCENT else "dev"


def load(path: Path) -> list[dict[str, Any]]:
    records = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as error:
                raise ValueError(f"{path.name}:{number}: {error}") from error
    return records


def corpus_files(data: Path = DATA) -> list[Path]:
    return sorted(p for p in data.glob("*.jsonl") if p.name != EDUCATION_FILE)


def select_part(records: Iterable[dict[str, Any]], part: str) -> list[dict[str, Any]]:
    return [r for r in records if part == "all" or part_of(r["id"]) == part]


# ---------------------------------------------------------------------------
# Letters, digits and mojibake


def _misread(char: str) -> str:
    """How ``char`` looks when its UTF-8 bytes are read as Windows-1252.

    Bytes that Windows-1252 leaves undefined come out as the C1 control of
    the same number, as a Latin-1 decoder gives them.
    """
    out = []
    for byte in char.encode("utf-8"):
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(byte))
    return "".join(out)


# Characters whose misread form this corpus uses or that real copy shows.
_MOJIBAKE_TARGETS = (
    "“”‘’„‚«»‹›–—…•″′\u00a0"
    "éèêëàâäáãåçôöóòõûüúùîïíìñœæÉÈÊÀÂÇÔÖÓÜÚÍÑÄßŒ"
)


@lru_cache(maxsize=1)
def _mojibake_pattern() -> tuple[Any, dict[str, str]]:
    table = {_misread(c): c for c in _MOJIBAKE_TARGETS}
    # The invisible last byte of ” (U+009D) is often lost on the way: a bare â€ is ”.
    table.setdefault("â€", "”")
    alternatives = []
    for bad in sorted(table, key=len, reverse=True):
        # Machine translation sometimes spaces the pieces out (â€ œ).
        alternatives.append("[ ]?".join(regex.escape(c) for c in bad))
    return regex.compile("|".join(alternatives)), table


def undo_mojibake(text: str) -> str:
    """Re-decode the Windows-1252 misreadings of UTF-8 that the corpus knows.

    >>> undo_mojibake("Itâ€™s a â€œtestâ€\\x9d in SÃ£o Paulo, cafÃ ©")
    'It’s a “test” in São Paulo, café'
    """
    pattern, table = _mojibake_pattern()
    return str(pattern.sub(lambda m: table[m.group(0).replace(" ", "")], text))


def letters_of(text: str) -> list[str]:
    """The letters and digits of ``text`` in order."""
    return [c for c in text if c.isalnum()]


def letters_changed(before: str, after: str) -> bool:
    """Whether ``after`` changes a letter or digit of ``before``.

    Re-decoding a mojibake sequence (``Ã©`` to ``é``) is not a change: the
    letters are compared as they are and, failing that, with the misreadings
    undone on both sides.
    """
    if letters_of(before) == letters_of(after):
        return False
    return letters_of(undo_mojibake(before)) != letters_of(undo_mojibake(after))


def changed_spans(text: str, expected: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` the hand repair changes (insertions as empty spans)."""
    matcher = difflib.SequenceMatcher(None, text, expected, autojunk=False)
    return [(i1, i2) for tag, i1, i2, _, _ in matcher.get_opcodes() if tag != "equal"]


def covers(spans: Sequence[tuple[int, int]], findings: Sequence[tuple[int, int]]) -> bool:
    """Whether every changed stretch touches a finding (one character of slack)."""
    return all(
        any(fs - 1 <= end and start <= fe + 1 for fs, fe in findings) for start, end in spans
    )


# ---------------------------------------------------------------------------
# Running the engine


@dataclass
class Outcome:
    """What the engine did with one record."""

    record: dict[str, Any]
    supported: bool = True
    codes: list[str] = field(default_factory=list)
    found: bool = False
    located: bool = False
    safe_text: str = ""
    unsafe_text: str = ""
    error: str = ""

    @property
    def safe_exact(self) -> bool:
        return self.supported and self.safe_text == self.record["expected"]

    @property
    def unsafe_exact(self) -> bool:
        return self.supported and self.unsafe_text == self.record["expected"]

    @property
    def damaged(self) -> bool:
        if not self.supported:
            return False
        before = self.record["text"]
        return letters_changed(before, self.safe_text) or letters_changed(before, self.unsafe_text)


def _engine() -> Any:
    import quotefix

    return quotefix


def target_supported(target: str) -> bool:
    """Whether the installed engine accepts ``target`` (without raising)."""
    quotefix = _engine()
    is_valid = getattr(quotefix, "is_valid_target", None)
    if is_valid is not None:
        return bool(is_valid(target))
    try:
        quotefix.check("", target=target)
    except ValueError:
        return False
    return True


def run_record(
    record: dict[str, Any],
    families: Sequence[str] = DEFAULT_FAMILIES,
    use_source: bool = False,
    strip_unknown_modifiers: bool = False,
) -> Outcome:
    quotefix = _engine()
    outcome = Outcome(record)
    target = record["target"]
    if not target_supported(target):
        base = target.split("@")[0]
        if not (strip_unknown_modifiers and target_supported(base)):
            outcome.supported = False
            return outcome
        target = base
    options: dict[str, Any] = {"target": target, "select": list(families)}
    source = record.get("source_language")
    if use_source and source and source != "en":
        options["source"] = source
    text = record["text"]
    try:
        findings = quotefix.check(text, **options)
        outcome.safe_text = quotefix.fix(text, **options).text
        outcome.unsafe_text = quotefix.fix(text, unsafe=True, **options).text
    except ValueError as error:  # a target or source the engine refuses
        outcome.supported = False
        outcome.error = str(error)
        return outcome
    outcome.codes = sorted({f.code for f in findings})
    outcome.found = bool(findings)
    spans = changed_spans(text, record["expected"])
    outcome.located = bool(spans) and covers(spans, [(f.start, f.end) for f in findings])
    return outcome


# ---------------------------------------------------------------------------
# Figures


COLUMNS = ("cases", "unsupported", "found", "located", "safe", "unsafe", "alarms", "qf12",
           "changed", "damaged")


def _blank() -> dict[str, int]:
    return dict.fromkeys(COLUMNS, 0)


def tally(outcomes: Iterable[Outcome]) -> dict[str, dict[str, int]]:
    """Counts per category, plus total rows for each kind of record."""
    rows: dict[str, dict[str, int]] = {}
    for outcome in outcomes:
        record = outcome.record
        kind = CATEGORIES[record["category"]][0]
        keys = [record["category"], f"TOTAL {kind}"]
        if kind == "defect":
            keys.append("TOTAL defect, safe repair" if not record["needs_person"]
                        else "TOTAL defect, needs a person")
        for key in keys:
            row = rows.setdefault(key, _blank())
            row["cases"] += 1
            if not outcome.supported:
                row["unsupported"] += 1
                continue
            row["safe"] += outcome.safe_exact
            row["unsafe"] += outcome.unsafe_exact
            row["damaged"] += outcome.damaged
            if kind == "defect":
                row["found"] += outcome.found
                row["located"] += outcome.located
            elif kind == "clean":
                row["alarms"] += outcome.found
                row["qf12"] += any(c.startswith(("QF1", "QF2")) for c in outcome.codes)
                row["changed"] += outcome.safe_text != record["text"]
    return dict(sorted(rows.items(), key=lambda kv: (kv[0].startswith("TOTAL"), kv[0])))


def rates(row: dict[str, int]) -> dict[str, float]:
    measured = row["cases"] - row["unsupported"]
    return {
        key: round(row[key] / measured, 4) if measured else 0.0
        for key in COLUMNS if key not in ("cases", "unsupported")
    }


def miss_of(outcome: Outcome) -> dict[str, Any]:
    record = outcome.record
    return {"id": record["id"], "category": record["category"], "codes": outcome.codes,
            "text": record["text"], "expected": record["expected"],
            "safe": outcome.safe_text, "unsafe": outcome.unsafe_text}


def is_miss(outcome: Outcome) -> bool:
    if not outcome.supported:
        return False
    kind = CATEGORIES[outcome.record["category"]][0]
    if kind == "clean":
        return outcome.found or outcome.safe_text != outcome.record["text"]
    if kind == "education":
        return not outcome.safe_exact
    return not (outcome.unsafe_exact if outcome.record["needs_person"] else outcome.safe_exact)


def evaluate(
    part: str = "dev",
    families: Sequence[str] = DEFAULT_FAMILIES,
    use_source: bool = False,
    strip_unknown_modifiers: bool = False,
    limit: int | None = None,
    data: Path = DATA,
    show_misses: bool = False,
    progress: Callable[[int], None] | None = None,
) -> dict[str, Any]:
    """Figures for one part of the corpus and of the education cases."""
    if part not in PARTS:
        raise ValueError(f"part must be one of {PARTS}, not {part!r}")
    corpus = select_part([r for p in corpus_files(data) for r in load(p)], part)
    education_path = data / EDUCATION_FILE
    education = select_part(load(education_path), part) if education_path.exists() else []
    if limit is not None:
        corpus, education = corpus[:limit], education[:limit]

    def run(records: list[dict[str, Any]]) -> list[Outcome]:
        outcomes = []
        for record in records:
            outcomes.append(run_record(record, families, use_source, strip_unknown_modifiers))
            if progress is not None:
                progress(len(outcomes))
        return outcomes

    corpus_outcomes, education_outcomes = run(corpus), run(education)
    corpus_rows = tally(corpus_outcomes)
    education_rows = tally(education_outcomes)
    result: dict[str, Any] = {
        "part": part,
        "families": list(families),
        "source_given": use_source,
        "modifiers_stripped": strip_unknown_modifiers,
        "corpus": {key: {"counts": row, "rates": rates(row)} for key, row in corpus_rows.items()},
        "education": {
            key: {"counts": {k: row[k] for k in ("cases", "unsupported", "safe", "damaged")},
                  "agreement": rates(row)["safe"]}
            for key, row in education_rows.items()
        },
    }
    if show_misses:
        result["misses"] = [miss_of(o) for o in corpus_outcomes + education_outcomes if is_miss(o)]
    return result


# ---------------------------------------------------------------------------
# Output


def _fraction(count: int, total: int) -> str:
    return f"{count}/{total}" if total else "-"


def format_table(result: dict[str, Any]) -> str:
    lines = [f"part: {result['part']}; families: {','.join(result['families'])};"
             f" source given: {result['source_given']};"
             f" unknown modifiers stripped: {result['modifiers_stripped']}", ""]
    head = (f"{'category':<38} {'cases':>5} {'unsup':>5} {'found':>7} {'located':>7}"
            f" {'safe':>7} {'unsafe':>7} {'alarms':>7} {'qf1/2':>7} {'changed':>7} {'damaged':>7}")
    lines.append(head)
    lines.append("-" * len(head))
    for key, value in result["corpus"].items():
        row = value["counts"]
        n = row["cases"] - row["unsupported"]
        kind = "clean" if key.startswith(("clean", "TOTAL clean")) else "defect"
        defect = kind == "defect"
        cells = [
            _fraction(row["found"], n) if defect else "",
            _fraction(row["located"], n) if defect else "",
            _fraction(row["safe"], n),
            _fraction(row["unsafe"], n),
            "" if defect else _fraction(row["alarms"], n),
            "" if defect else _fraction(row["qf12"], n),
            "" if defect else _fraction(row["changed"], n),
            str(row["damaged"]),
        ]
        if key.startswith("TOTAL") and not lines[-1].startswith(("-", "TOTAL")):
            lines.append("-" * len(head))
        lines.append(f"{key:<38} {row['cases']:>5} {row['unsupported']:>5} "
                     + " ".join(f"{c:>7}" for c in cells))
    lines += ["", f"{'education category':<38} {'cases':>5} {'unsup':>5} {'agree':>7}"
              f" {'rate':>7} {'damaged':>7}"]
    for key, value in result["education"].items():
        row = value["counts"]
        n = row["cases"] - row["unsupported"]
        rate = f"{value['agreement']:.3f}" if n else "-"
        lines.append(f"{key:<38} {row['cases']:>5} {row['unsupported']:>5}"
                     f" {_fraction(row['safe'], n):>7} {rate:>7} {row['damaged']:>7}")
    for miss in result.get("misses", []):
        lines += ["", f"{miss['id']} {miss['codes']}",
                  f"  text:     {miss['text']!r}",
                  f"  expected: {miss['expected']!r}",
                  f"  safe:     {miss['safe']!r}",
                  f"  unsafe:   {miss['unsafe']!r}"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--part", choices=PARTS, default="dev",
                        help="development part (default), held-out part or both")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--misses", action="store_true", help="list the cases that went wrong")
    parser.add_argument("--families", default=",".join(DEFAULT_FAMILIES),
                        help="rule families or codes that count as a finding (default QF1,QF2,QF3)")
    parser.add_argument("--with-source", action="store_true",
                        help="pass each record's source language to the engine")
    parser.add_argument("--strip-unknown-modifiers", action="store_true",
                        help="run a target the engine does not know (en-US@curly) as its base"
                             " locale instead of reporting it as unsupported")
    parser.add_argument("--limit", type=int, default=None,
                        help="only the first N records of the corpus and of the education cases")
    args = parser.parse_args(argv)
    families = tuple(f.strip() for f in args.families.split(",") if f.strip())
    result = evaluate(args.part, families, args.with_source, args.strip_unknown_modifiers,
                      args.limit, show_misses=args.misses)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        print(format_table(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
