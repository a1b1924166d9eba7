"""Golden cases: every JSON file in ``tests/cases/`` replayed against ``check`` and ``fix``.

Each record says what ``fix`` must return and which QF1xx/QF2xx codes ``check``
must report (see ``tests/cases/README.md``). Cases in ``known-failures.json``
hold the correct expectation that the engine does not meet yet; they run as
strict xfails, so the day one starts passing the suite says so and the case
moves to its proper file.

The engine's invariants (edits sorted, in bounds, non-overlapping and
replaying to ``fix``'s text; findings inside the text; ``fix`` idempotent) are
checked on every case, known failures included.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from quotefix import RULES, apply_edits, check, fix, is_valid_target

TESTS_DIR = Path(__file__).parent
CASES_DIR = TESTS_DIR / "cases"
KNOWN_FAILURES = "known-failures.json"
NEGATIVE = "negative.json"
IN_THE_WILD = "in-the-wild.json"
MINIMUM = {"total": 200, NEGATIVE: 80, IN_THE_WILD: 60}

FAMILIES = ("QF1", "QF2")  # the codes the golden cases pin down
KNOWN_CODES = {rule.code for rule in RULES if rule.code.startswith(FAMILIES)}
REQUIRED = {"label", "comment", "codes"}
OPTIONAL = {"original", "original_file", "fixed", "fixed_file", "target", "source"}


def _read(relative: str) -> str:
    # newline="" keeps CR LF as it is in the file: offsets must match the bytes a user has.
    with open(TESTS_DIR / relative, encoding="utf-8", newline="") as handle:
        return handle.read()


def _load() -> list[tuple[str, dict[str, Any]]]:
    cases = []
    for path in sorted(CASES_DIR.glob("*.json")):
        with open(path, encoding="utf-8") as handle:
            records = json.load(handle)
        assert isinstance(records, list), f"{path.name} must hold a JSON list"
        cases.extend((path.name, record) for record in records)
    return cases


CASES = _load()


def original_of(case: dict[str, Any]) -> str:
    return case["original"] if "original" in case else _read(case["original_file"])


def fixed_of(case: dict[str, Any]) -> str:
    if "fixed" in case:
        return case["fixed"]
    if "fixed_file" in case:
        return _read(case["fixed_file"])
    return original_of(case)


def options(case: dict[str, Any]) -> dict[str, Any]:
    return {"target": case.get("target", "en-US"), "source": case.get("source")}


def pinned_codes(findings: list[Any]) -> list[str]:
    return sorted({f.code for f in findings if f.code.startswith(FAMILIES)})


def _param(filename: str, case: dict[str, Any], *, xfail_known: bool) -> Any:
    marks = []
    if xfail_known and filename == KNOWN_FAILURES:
        marks.append(pytest.mark.xfail(strict=True, reason=case.get("comment", "known failure")))
    return pytest.param(case, id=f"{Path(filename).stem}:{case.get('label')}", marks=marks)


GOLDEN = [_param(f, c, xfail_known=True) for f, c in CASES]
ALL = [_param(f, c, xfail_known=False) for f, c in CASES]
WITH_FILE = [pytest.param(f, c, id=f"{Path(f).stem}:{c.get('label')}") for f, c in CASES]


@pytest.mark.parametrize(("filename", "case"), WITH_FILE)
def test_record_is_well_formed(filename: str, case: dict[str, Any]) -> None:
    keys = set(case)
    assert keys >= REQUIRED, f"missing fields: {sorted(REQUIRED - keys)}"
    assert keys <= REQUIRED | OPTIONAL, f"unknown fields: {sorted(keys - REQUIRED - OPTIONAL)}"
    assert isinstance(case["label"], str) and case["label"]
    assert isinstance(case["comment"], str) and case["comment"]
    assert ("original" in case) != ("original_file" in case), "give original or original_file"
    assert not ("fixed" in case and "fixed_file" in case), "give fixed or fixed_file, not both"
    for key in ("original_file", "fixed_file"):
        if key in case:
            assert not Path(case[key]).is_absolute(), f"{key} must be relative to tests/"
            assert (TESTS_DIR / case[key]).is_file(), f"{key} {case[key]!r} not found"
    codes = case["codes"]
    assert codes == sorted(set(codes)), "codes must be sorted and distinct"
    assert set(codes) <= KNOWN_CODES, f"unknown codes: {sorted(set(codes) - KNOWN_CODES)}"
    assert is_valid_target(case.get("target", "en-US"))
    if filename == NEGATIVE:
        assert fixed_of(case) == original_of(case), "a negative case must not change"
        assert codes == [], "a negative case has no finding"
    if filename == KNOWN_FAILURES:
        assert len(case["comment"]) > 20, "say why the engine fails this case"


@pytest.mark.parametrize("case", GOLDEN)
def test_golden(case: dict[str, Any]) -> None:
    original, expected = original_of(case), fixed_of(case)
    result = fix(original, **options(case))
    codes = pinned_codes(check(original, **options(case)))
    assert (result.text, codes) == (expected, case["codes"])
    assert fix(expected, **options(case)).text == expected, "the expected text is not a fixed point"


@pytest.mark.parametrize("case", ALL)
def test_edits_replay(case: dict[str, Any]) -> None:
    original = original_of(case)
    result = fix(original, **options(case))
    previous_end = 0
    for edit in result.edits:
        assert 0 <= edit.start <= edit.end <= len(original), f"edit out of bounds: {edit}"
        assert edit.start >= previous_end, f"edits unsorted or overlapping at {edit}"
        previous_end = edit.end
    assert apply_edits(original, result.edits) == result.text


@pytest.mark.parametrize("case", ALL)
def test_fix_is_idempotent(case: dict[str, Any]) -> None:
    once = fix(original_of(case), **options(case)).text
    assert fix(once, **options(case)).text == once


@pytest.mark.parametrize("case", ALL)
def test_finding_spans_inside_text(case: dict[str, Any]) -> None:
    original = original_of(case)
    for finding in check(original, **options(case)):
        assert 0 <= finding.start <= finding.end <= len(original), f"span out of text: {finding}"
        if finding.fix is not None:
            assert 0 <= finding.fix.start <= finding.fix.end <= len(original), finding
    result = fix(original, **options(case))
    for finding in result.unresolved:
        assert 0 <= finding.start <= finding.end <= len(result.text), f"span out of text: {finding}"


def test_case_counts() -> None:
    per_file = Counter(filename for filename, _case in CASES)
    assert len(CASES) >= MINIMUM["total"], per_file
    assert per_file[NEGATIVE] >= MINIMUM[NEGATIVE], per_file
    assert per_file[IN_THE_WILD] >= MINIMUM[IN_THE_WILD], per_file


def test_labels_are_unique() -> None:
    labels = Counter(case["label"] for _filename, case in CASES)
    assert [label for label, count in labels.items() if count > 1] == []


def test_every_pinned_code_has_a_golden_case() -> None:
    seen = {code for _filename, case in CASES for code in case["codes"]}
    assert KNOWN_CODES - seen == set()
