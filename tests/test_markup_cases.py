"""Golden Markdown and HTML documents (tests/cases-markup): markup is never changed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from quotefix import Options
from quotefix.edits import apply_edits
from quotefix.formats import parse
from quotefix.runner import check_document, repairs

CASES = json.loads((Path(__file__).parent / "cases-markup" / "cases.json").read_text("utf-8"))
OPTIONS = Options(target="en-US", select=("QF1", "QF2", "QF3"))


def _fixed(source: str, fmt: str) -> str:
    document = parse(source, fmt)
    return apply_edits(document.source, repairs(document, OPTIONS))


def test_labels_are_unique_and_records_complete() -> None:
    labels = [case["label"] for case in CASES]
    assert len(labels) == len(set(labels))
    for case in CASES:
        assert {"label", "format", "comment", "original"} <= set(case) <= {
            "label", "format", "comment", "original", "fixed"}
        assert case["format"] in ("markdown", "html")


@pytest.mark.parametrize("case", CASES, ids=[case["label"] for case in CASES])
def test_golden_markup_document(case: dict[str, Any]) -> None:
    original, fmt = case["original"], case["format"]
    fixed = _fixed(original, fmt)
    assert fixed == case.get("fixed", original)
    assert _fixed(fixed, fmt) == fixed
    if "fixed" not in case:
        assert check_document(parse(original, fmt), OPTIONS) == []
