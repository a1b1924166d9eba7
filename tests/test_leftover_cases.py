"""Golden cases for QF4xx: traps that must not change, and spans that must be exact.

The records live in ``tests/cases-leftovers/`` (see its README).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import quotefix

CASES = Path(__file__).parent / "cases-leftovers"


def _load(name: str) -> list[dict[str, Any]]:
    return json.loads((CASES / name).read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _options(case: dict[str, Any]) -> dict[str, Any]:
    return {"target": case.get("target", "en-US"), "source": case.get("source")}


def _qf4(case: dict[str, Any]) -> list[quotefix.Finding]:
    return quotefix.check(case["original"], select=["QF4"], **_options(case))


def test_labels_are_unique() -> None:
    labels = [c["label"] for name in ("traps.json", "spans.json") for c in _load(name)]
    assert len(labels) == len(set(labels))


@pytest.mark.parametrize("case", _load("traps.json"), ids=lambda c: c["label"])
def test_trap_is_left_alone(case: dict[str, Any]) -> None:
    text = case["original"]
    assert [text[f.start : f.end] for f in _qf4(case)] == []
    translated = quotefix.fix(text, select=["QF4"], translator=str.upper, **_options(case))
    assert translated.text == text


@pytest.mark.parametrize("case", _load("spans.json"), ids=lambda c: c["label"])
def test_span_is_exact(case: dict[str, Any]) -> None:
    text = case["original"]
    assert [text[f.start : f.end] for f in _qf4(case)] == case["spans"]
