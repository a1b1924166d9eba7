"""Replaying and composing edits: ``quotefix.edits.apply_edits`` and ``compose``."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotefix.edits import apply_edits, check_edits, compose
from quotefix.errors import EditError
from quotefix.model import Edit


def E(start: int, end: int, replacement: str, code: str = "QF101", reason: str = "r",
      safe: bool = True) -> Edit:
    return Edit(start, end, replacement, code, reason, safe)


# ---------------------------------------------------------------------------
# apply_edits
# ---------------------------------------------------------------------------


def test_no_edits_returns_text() -> None:
    assert apply_edits("a ” b", []) == "a ” b"
    assert apply_edits("", []) == ""


def test_replacement() -> None:
    assert apply_edits("a ” b", [E(2, 3, "“")]) == "a “ b"


def test_several_edits_against_the_original() -> None:
    text = "by ” the drone attacks »."
    edits = [E(3, 5, "“"), E(22, 24, "”")]
    assert apply_edits(text, edits) == "by “the drone attacks”."


def test_deletion() -> None:
    assert apply_edits("“ a”", [E(1, 2, "")]) == "“a”"


def test_insertions_at_start_middle_end() -> None:
    assert apply_edits("abc", [E(0, 0, "<")]) == "<abc"
    assert apply_edits("abc", [E(3, 3, ">")]) == "abc>"
    assert apply_edits("deal”said", [E(5, 5, " ")]) == "deal” said"
    assert apply_edits("", [E(0, 0, "x")]) == "x"


def test_insertion_touching_a_replacement() -> None:
    # An insertion may touch a neighbour on either side.
    assert apply_edits("a»b", [E(1, 1, "["), E(1, 2, "”"), E(2, 2, "]")]) == "a[”]b"


def test_two_insertions_at_one_point_keep_their_order() -> None:
    assert apply_edits("ab", [E(1, 1, "x"), E(1, 1, "y")]) == "axyb"


def test_accepts_any_iterable() -> None:
    assert apply_edits("ab", iter([E(0, 1, "A")])) == "Ab"
    assert apply_edits("ab", (E(0, 1, "A"),)) == "Ab"


@pytest.mark.parametrize(
    "edits",
    [
        [E(0, 2, "x"), E(1, 3, "y")],  # overlap
        [E(0, 3, "x"), E(1, 2, "y")],  # containment
        [E(2, 3, "x"), E(0, 1, "y")],  # unsorted
        [E(1, 1, "x"), E(0, 0, "y")],  # unsorted insertions
        [E(2, 2, "x"), E(1, 3, "y")],  # insertion then an edit starting before it
    ],
)
def test_overlapping_or_unsorted_edits_raise(edits: list[Edit]) -> None:
    with pytest.raises(EditError):
        apply_edits("abcdef", edits)


@pytest.mark.parametrize(
    "edit",
    [E(-1, 1, "x"), E(0, 7, "x"), E(7, 7, "x"), E(3, 2, "x"), E(-1, -1, "x")],
)
def test_out_of_bounds_or_reversed_edit_raises(edit: Edit) -> None:
    with pytest.raises(EditError):
        apply_edits("abcdef", [edit])


def test_edit_error_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        apply_edits("ab", [E(0, 5, "x")])


def test_non_str_text_raises_type_error() -> None:
    with pytest.raises(TypeError):
        apply_edits(b"abc", [])  # type: ignore[arg-type]


# ---------------------------------------------------------------------------
# compose
# ---------------------------------------------------------------------------

_REPLACEMENT = st.text(alphabet="xy“”« ", max_size=4)


@st.composite
def edit_lists(draw: st.DrawFn, text: str, max_edits: int = 6) -> list[Edit]:
    """A valid edit list for ``text``: sorted, in bounds, non-overlapping (touching allowed)."""
    n = len(text)
    points = sorted(draw(st.lists(st.integers(0, n), max_size=2 * max_edits)))
    edits = []
    for k in range(0, len(points) - 1, 2):
        edits.append(Edit(points[k], points[k + 1], draw(_REPLACEMENT),
                          draw(st.sampled_from(["QF101", "QF102", "QF203"])),
                          f"reason {k // 2}", draw(st.booleans())))
    return edits


@st.composite
def compose_cases(draw: st.DrawFn) -> tuple[str, list[Edit], list[Edit]]:
    original = draw(st.text(alphabet="ab “”»\n", max_size=24))
    first = draw(edit_lists(original))
    middle = apply_edits(original, first)
    second = draw(edit_lists(middle))
    return original, first, second


@settings(max_examples=1000, deadline=None)
@given(compose_cases())
def test_compose_replays_like_two_passes(case: tuple[str, list[Edit], list[Edit]]) -> None:
    original, first, second = case
    composed = compose(original, first, second)
    check_edits(original, composed)  # sorted, in bounds, non-overlapping
    assert apply_edits(original, composed) == apply_edits(apply_edits(original, first), second)


@settings(max_examples=300, deadline=None)
@given(compose_cases())
def test_compose_is_safe_only_if_every_merged_edit_is(
        case: tuple[str, list[Edit], list[Edit]]) -> None:
    original, first, second = case
    if all(e.safe for e in first + second):
        assert all(e.safe for e in compose(original, first, second))


def test_compose_with_empty_passes() -> None:
    first = [E(0, 1, "“")]
    assert compose("”a”", first, []) == first
    assert compose("”a”", [], first) == first
    assert compose("abc", [], []) == []


def test_compose_disjoint_edits_map_back_to_original_offsets() -> None:
    original = "a ” b » c"
    first = [E(2, 3, "“", reason="opener")]
    middle = apply_edits(original, first)  # "a “ b » c"
    second = [E(6, 7, "”", code="QF102", reason="closer")]
    composed = compose(original, first, second)
    assert apply_edits(original, composed) == "a “ b ” c"
    assert [(e.start, e.end, e.replacement) for e in composed] == [(2, 3, "“"), (6, 7, "”")]
    assert middle == "a “ b » c"


def test_compose_merges_touching_edits_keeping_later_code_and_both_reasons() -> None:
    original = "x « y"
    first = [E(2, 3, "“", code="QF201", reason="guillemet in English")]
    second = [E(3, 4, "", code="QF203", reason="space inside quotes")]
    composed = compose(original, first, second)
    assert apply_edits(original, composed) == "x “y"
    assert len(composed) == 1
    (edit,) = composed
    assert edit.code == "QF203"
    assert "guillemet in English" in edit.reason and "space inside quotes" in edit.reason


def test_a_merged_edit_keeps_the_code_of_the_rule_that_took_out_content() -> None:
    # First pass: the ``;`` of a cut entity goes (QF309); second pass: the doubled
    # straight quote before it goes (QF107). The merged edit deletes the ``;`` too,
    # and only QF309 names that deletion.
    original = '"";the'
    first = [E(2, 3, "", code="QF309", reason="entity debris")]
    second = [E(1, 2, "", code="QF107", reason="doubled quote")]
    (edit,) = compose(original, first, second)
    assert (edit.start, edit.end, edit.replacement, edit.code) == (1, 3, "", "QF309")
    assert "entity debris" in edit.reason and "doubled quote" in edit.reason
    # The later rule's own deletion of content keeps the later code.
    later = [E(1, 2, "", code="QF310", reason="mojibake")]
    assert compose('"é;the', first, later)[0].code == "QF310"
