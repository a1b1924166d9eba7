"""The summary of an archive run: counted per partition, added up on the client.

Each partition gives one row of counts (:func:`partition_counts`); the client
adds them (:func:`Summary.of`) and writes ``summary.json``. A run's counts
do not depend on how the archive was split.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .rows import Article

if TYPE_CHECKING:
    import pandas as pd

#: Rows with errors listed in full (the rest are counted, and are in the findings).
ERRORS_SHOWN = 20
#: The most frequent codes named in the summary for a person (summary.json has them all).
CODES_SHOWN = 5
COUNTS = ("articles", "errors", "articles_with_findings", "findings", "needing", "edits", "changed")


def partition_counts(articles: Sequence[Article]) -> pd.DataFrame:
    """One row: the counts of a partition, its findings per code and its first errors (JSON)."""
    import pandas as pd

    codes: Counter[str] = Counter()
    errors: list[tuple[str | None, str]] = []
    counts = dict.fromkeys(COUNTS, 0)
    counts["articles"] = len(articles)
    for item in articles:
        if item.error is not None:
            counts["errors"] += 1
            if len(errors) < ERRORS_SHOWN:
                errors.append((item.id, item.error))
            continue
        codes.update(f.code for f in item.findings)
        counts["findings"] += len(item.findings)
        counts["articles_with_findings"] += bool(item.findings)
        counts["needing"] += item.unresolved > 0
        counts["edits"] += item.edits
        counts["changed"] += item.edits > 0
    row: dict[str, Any] = {name: [value] for name, value in counts.items()}
    row["codes"] = [json.dumps(codes)]
    row["error_rows"] = [json.dumps(errors)]
    return pd.DataFrame(row).astype({name: "int64" for name in COUNTS})


@dataclass
class Summary:
    """What a run found, over the whole archive."""

    repair: bool
    articles: int = 0
    errors: int = 0
    articles_with_findings: int = 0
    findings: int = 0
    needing: int = 0
    edits: int = 0
    changed: int = 0
    codes: Counter[str] = field(default_factory=Counter)
    error_rows: list[tuple[str | None, str]] = field(default_factory=list)

    @classmethod
    def of(cls, parts: pd.DataFrame, repair: bool) -> Summary:
        """Add up the rows of :func:`partition_counts`, in partition order."""
        summary = cls(repair)
        for name in COUNTS:
            setattr(summary, name, int(parts[name].sum()))
        for codes in parts["codes"]:
            summary.codes.update(json.loads(codes))
        for rows in parts["error_rows"]:
            summary.error_rows.extend((ident, error) for ident, error in json.loads(rows))
        del summary.error_rows[ERRORS_SHOWN:]
        return summary

    def to_dict(self) -> dict[str, Any]:
        """The content of ``summary.json`` (documented in docs/cli.md)."""
        data: dict[str, Any] = {
            "mode": "fix" if self.repair else "check",
            "articles": self.articles,
            "errors": self.errors,
            "findings": self.findings,
            "findings_per_code": dict(sorted(self.codes.items())),
            "articles_with_findings": self.articles_with_findings,
            "articles_needing_a_person": self.needing,
        }
        if self.repair:
            data["articles_changed"] = self.changed
            data["edits"] = self.edits
        data["first_errors"] = [{"id": ident, "error": error} for ident, error in self.error_rows]
        return data

    def lines(self) -> list[str]:
        """The summary for a person, a few lines; the most frequent codes first."""
        findings = "findings" if not self.repair else "findings left"
        top = sorted(self.codes.items(), key=lambda item: (-item[1], item[0]))
        per_code = ", ".join(f"{code} {n:,}" for code, n in top[:CODES_SHOWN])
        if len(top) > CODES_SHOWN:
            per_code += ", …"
        out = [f"{self.articles:,} articles, {self.errors:,} with errors"]
        if self.repair:
            out.append(f"{self.changed:,} articles repaired ({self.edits:,} edits)")
        out.append(
            f"{self.findings:,} {findings} in {self.articles_with_findings:,} articles"
            + (f" ({per_code})" if per_code else "")
        )
        out.append(f"{self.needing:,} articles need a person")
        return out


__all__ = ["ERRORS_SHOWN", "Summary", "partition_counts"]
