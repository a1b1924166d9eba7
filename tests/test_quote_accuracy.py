"""Accuracy floors on the development part of the quote corpus (tests/data/quotes/).

The figures ``scripts/evaluate_quotes.py`` measured on the development part
when the engine learned house style, apostrophes, MT spacing and the repairs
of real MT output, rounded down to two decimals: a change that loses ground
in any category fails here. Raise a floor when the engine gets better; never
lower one to make a change pass without saying why in the changelog. The
held-out part is not tested: it measures, it does not tune.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import evaluate_quotes  # noqa: E402

# category -> (found, exact safe repair, exact unsafe best guess), rates rounded down.
FLOORS = {
    "apostrophe-elision": (1.0, 1.0, 1.0),
    "apostrophe-glyph": (1.0, 1.0, 1.0),
    "apostrophe-plural-possessive": (1.0, 1.0, 1.0),
    "apostrophe-straight": (1.0, 1.0, 1.0),
    "attribution-dash": (1.0, 0.89, 1.0),
    "closer-as-opener": (0.91, 0.91, 0.91),
    "closer-glued": (0.81, 0.81, 0.81),
    "doubled-mark": (0.66, 0.16, 0.5),
    "double-prime-quote": (1.0, 0.87, 1.0),
    "entity-debris": (1.0, 0.9, 1.0),
    "final-opener": (1.0, 1.0, 1.0),
    "guillemet-continuation": (1.0, 0.83, 1.0),
    "guillemets": (1.0, 1.0, 1.0),
    "house-style-configured": (1.0, 1.0, 1.0),
    "house-style-straight": (1.0, 1.0, 1.0),
    "low-single-quotes": (1.0, 0.85, 0.85),
    "mismatched-pair": (1.0, 1.0, 1.0),
    "missing-mark": (1.0, 0.0, 0.77),
    "mixed": (1.0, 0.95, 0.95),
    "mojibake": (1.0, 0.72, 1.0),
    "mt-spacing": (0.95, 0.95, 0.95),
    "mt-spacing-number": (1.0, 0.0, 1.0),
    "opener-as-closer": (1.0, 1.0, 1.0),
    "other-family-closer": (1.0, 0.88, 0.88),
    "paragraph-break": (1.0, 0.0, 0.5),
    "reversed-pair": (1.0, 0.9, 0.9),
    "tex-quotes": (1.0, 1.0, 1.0),
    "wrong-nesting": (0.85, 0.85, 0.85),
    "TOTAL defect, safe repair": (0.98, 0.96, 0.96),
    "TOTAL defect, needs a person": (0.95, 0.23, 0.8),
}
EDUCATION_FLOOR = 1.0  # straight-to-curly agreement under @curly (111 cases)


@pytest.fixture(scope="module")
def dev() -> dict[str, Any]:
    return evaluate_quotes.evaluate("dev")


@pytest.mark.parametrize("category", sorted(FLOORS))
def test_category_floor(dev: dict[str, Any], category: str) -> None:
    rates = dev["corpus"][category]["rates"]
    found, safe, unsafe = FLOORS[category]
    assert dev["corpus"][category]["counts"]["unsupported"] == 0
    assert rates["found"] >= found
    assert rates["safe"] >= safe
    assert rates["unsafe"] >= unsafe


def test_clean_copy_is_left_alone(dev: dict[str, Any]) -> None:
    """No QF1xx/QF2xx finding and no change on any clean development paragraph (target ≤ 2%)."""
    counts = dev["corpus"]["TOTAL clean"]["counts"]
    assert counts["cases"] >= 134
    assert counts["qf12"] == 0
    assert counts["changed"] == 0


def test_nothing_is_damaged(dev: dict[str, Any]) -> None:
    """No letter or digit changed by either fix, anywhere in the corpus."""
    assert dev["corpus"]["TOTAL defect"]["counts"]["damaged"] == 0
    assert dev["corpus"]["TOTAL clean"]["counts"]["damaged"] == 0
    assert dev["education"]["TOTAL education"]["counts"]["damaged"] == 0


def test_education_agreement(dev: dict[str, Any]) -> None:
    education = dev["education"]["TOTAL education"]
    assert education["counts"]["unsupported"] == 0
    assert education["agreement"] >= EDUCATION_FLOOR
