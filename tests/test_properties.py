"""The six invariants quotefix holds, as hypothesis properties, plus determinism and errors.

1. ``fix`` is idempotent; 2. a repair changes no letter or digit; 3. clean
text gives no finding; 4. a typical MT corruption of clean text is repaired
back exactly; 5. spans and edits are consistent with the text; 6. any
``str`` is handled without a crash, in time linear in its length.

The strategies live in ``strategies.py``. Properties 3 and 4 run the quote
families only (QF1xx, QF2xx): the generated vocabulary keeps French
leftovers such as ``aujourd’hui`` on purpose, to exercise apostrophes, and
the leftover-text rules (QF4xx) may rightly flag those.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import pytest
from adversarial import assert_linear
from hypothesis import HealthCheck, assume, example, given, note, settings
from hypothesis import strategies as st
from strategies import (
    QUOTE_MARKS,
    TARGETS,
    any_text,
    clean_paragraphs,
    glued_closers,
    mt_corruptions,
    straight_paragraphs,
)

import quotefix
from quotefix import Finding, FixResult
from quotefix.edits import apply_edits, check_edits

QUOTE_RULES = ["QF1", "QF2"]
# What the corruption strategy breaks: quotes, apostrophes (QF206), MT spacing (QF308) and
# attribution dashes (QF312).
REPAIR_RULES = ["QF1", "QF2", "QF308", "QF312"]
EXAMPLES = settings(max_examples=300, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.filter_too_much])

# Targets every property runs against (the generators cover the first four).
ALL_TARGETS = ("en-US", "en-GB", "fr-FR", "de-DE", "fr-CH", "de-CH", "pl", "ru", "sv",
               "en-GB@double", "en-US@straight")
# Apostrophes are marks too (docs/design.md): the glyphs QF206 puts right (´ ` ′), the
# double prime QF207 and the pairing read, and the commas of a TeX ,,quote'' (QF311).
APOSTROPHE_GLYPHS = "\u00b4`\u2032\u2033"
WHITESPACE_AND_MARKS = {ord(c): None for c in QUOTE_MARKS + APOSTROPHE_GLYPHS}
# Repairs that remove what is not a mark, each only what its rule names:
# entity debris (QF309), mojibake re-decoded (QF310), and dialogue dashes around an
# attribution (QF312: dashes go, commas and marks come).
DEBRIS_CODES = ("QF309", "QF310", "QF312")
DASHES_AND_COMMAS = {ord(c): None for c in "\u2013\u2014\u2015-,"}
LINE_BREAKS_OTHER_THAN_LF = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def stripped(text: str) -> str:
    """``text`` without quote marks and whitespace (property 2's comparison)."""
    return "".join(text.translate(WHITESPACE_AND_MARKS).split())


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset``, lines split at ``\\n``."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def corrupted_en() -> st.SearchStrategy[tuple[str, str]]:
    return clean_paragraphs("en-US", min_quotes=1).flatmap(mt_corruptions)


def inputs() -> st.SearchStrategy[str]:
    """Everything the properties feed in: clean, MT-corrupted and arbitrary text."""
    return st.one_of(
        st.sampled_from(TARGETS).flatmap(clean_paragraphs),
        straight_paragraphs(),
        corrupted_en().map(lambda pair: pair[0]),
        any_text(),
    )


targets = st.sampled_from(ALL_TARGETS)

# Small inputs that are worth keeping as permanent examples.
SEEDS = [
    "He called it ” a disgrace ».",
    "the deal“, he said ” we will win “.",
    "“““““““““““““““““““",
    "”«»‹›„‟‚‛\"'",
    "“a\n“b\n“c”",
    "called it \"\na disgrace, “said",
    "\r\n“ a »\r\n",
]


# ---------------------------------------------------------------------------
# 1. fix is idempotent
# ---------------------------------------------------------------------------


@EXAMPLES
@given(text=inputs(), target=targets, unsafe=st.booleans())
def test_p1_fix_is_idempotent(text: str, target: str, unsafe: bool) -> None:
    once = quotefix.fix(text, target=target, unsafe=unsafe)
    twice = quotefix.fix(once.text, target=target, unsafe=unsafe)
    assert twice.text == once.text
    assert twice.edits == []


@pytest.mark.parametrize("text", SEEDS)
@pytest.mark.parametrize("unsafe", [False, True])
def test_p1_fix_is_idempotent_on_seeds(text: str, unsafe: bool) -> None:
    once = quotefix.fix(text, unsafe=unsafe)
    assert quotefix.fix(once.text, unsafe=unsafe).text == once.text


# ---------------------------------------------------------------------------
# 2. fix preserves content
# ---------------------------------------------------------------------------


def assert_content_preserved(text: str, result: FixResult) -> None:
    debris = [edit for edit in result.edits if edit.code in DEBRIS_CODES]
    if not debris:
        assert stripped(result.text) == stripped(text)
    # Each edit on its own changes only quote marks and whitespace, or removes
    # the debris its rule names.
    for edit in result.edits:
        old, new = text[edit.start:edit.end], edit.replacement
        if edit.code == "QF309":
            assert set(stripped(old)) <= set(";&") and stripped(new) == "", edit
        elif edit.code == "QF310":
            assert len(new.strip()) <= 1 and len(old) > len(new), edit
        elif edit.code == "QF312":
            assert (stripped(old).translate(DASHES_AND_COMMAS)
                    == stripped(new).translate(DASHES_AND_COMMAS)), edit
        elif edit.code == "QF311":
            assert set(stripped(old)) <= {","} and stripped(new) == "", edit
        else:
            assert stripped(old) == stripped(new), edit


@EXAMPLES
@given(text=inputs(), target=targets)
# An entity's ``;`` removed by the first pass, then the doubled mark before it by the
# second: the two merge into one edit, which must carry the debris rule's code.
@example(text='"";the', target="en-US")
def test_p2_fix_preserves_content(text: str, target: str) -> None:
    assert_content_preserved(text, quotefix.fix(text, target=target))


@EXAMPLES
@given(text=inputs(), target=targets)
def test_p2_unsafe_fixes_never_change_letters_or_digits(text: str, target: str) -> None:
    # Unsafe repairs of the typography family may rewrite punctuation
    # (2,5 -> 2.5, 10 000 -> 10,000), so property 2 proper holds for the quote
    # rules (tested above and below); what holds for every rule is that no
    # repair ever changes a letter or a digit.
    result = quotefix.fix(text, target=target, unsafe=True)
    # QF310 re-decodes misread UTF-8 (``Ã©`` -> ``é``, ``â€œ`` -> ``“``): replacing
    # letter-like debris is its one job, bounded by property 2 above; every other
    # repair leaves each letter and digit in place.
    others = [edit for edit in result.edits if edit.code != "QF310"]
    kept = quotefix.apply_edits(text, others)
    assert [c for c in kept if c.isalnum()] == [c for c in text if c.isalnum()]
    assert quotefix.apply_edits(text, result.edits) == result.text


@EXAMPLES
@given(text=inputs(), target=targets, unsafe=st.booleans())
def test_p2_quote_rules_preserve_content(text: str, target: str, unsafe: bool) -> None:
    assert_content_preserved(text, quotefix.fix(text, target=target, select=QUOTE_RULES,
                                                unsafe=unsafe))


# ---------------------------------------------------------------------------
# 3. clean text: no finding, returned as is
# ---------------------------------------------------------------------------


@EXAMPLES
@given(data=st.data())
@pytest.mark.parametrize("target", TARGETS)
def test_p3_clean_text_has_no_finding(target: str, data: st.DataObject) -> None:
    text = data.draw(clean_paragraphs(target), label="text")
    assert quotefix.check(text, target=target, select=QUOTE_RULES) == []
    result = quotefix.fix(text, target=target, select=QUOTE_RULES)
    assert result.text == text
    assert result.edits == []
    assert result.unresolved == []


@EXAMPLES
@given(text=straight_paragraphs())
def test_p3_straight_house_style_has_no_finding(text: str) -> None:
    """A document typed with straight marks only keeps them (no QF202, no QF206)."""
    assert quotefix.check(text, select=QUOTE_RULES) == []
    assert quotefix.fix(text, select=QUOTE_RULES).text == text


@EXAMPLES
@given(text=straight_paragraphs(min_quotes=1, curly_apostrophes=False))
def test_p3_curly_house_style_educates_straight_text(text: str) -> None:
    """Under ``@curly`` the same text is reported, and its repair reports nothing more
    but marks with two readings (``'17 the'``: a year or a quotation?; ``'The'
    Dunkin' the``: which mark closes?), each with its best guess for ``unsafe``."""
    assert quotefix.check(text, target="en-US@curly", select=QUOTE_RULES)
    result = quotefix.fix(text, target="en-US@curly", select=QUOTE_RULES)
    left = quotefix.check(result.text, target="en-US@curly", select=QUOTE_RULES)
    assert all(f.fix is not None and not f.fix.safe for f in left), left


# ---------------------------------------------------------------------------
# 4. MT corruption is repaired back to exactly the clean text
# ---------------------------------------------------------------------------


@EXAMPLES
@given(case=corrupted_en())
def test_p4_mt_corruption_is_repaired_exactly(case: tuple[str, str]) -> None:
    corrupted, clean = case
    note(f"corrupted={corrupted!r}")
    if corrupted != clean:
        assert quotefix.check(corrupted, select=REPAIR_RULES), "corruption not reported"
    result = quotefix.fix(corrupted, select=REPAIR_RULES)
    assert result.text == clean
    assert result.unresolved == []


@EXAMPLES
@given(
    case=clean_paragraphs("en-US", min_quotes=1, max_paragraphs=1).flatmap(mt_corruptions),
    copies=st.integers(2, 40),
)
def test_p4_repair_holds_when_a_paragraph_repeats(case: tuple[str, str], copies: int) -> None:
    """The same corrupted paragraph many times in one paragraph is repaired copy by
    copy: each pass settles every copy, so ``fix`` never runs out of passes."""
    corrupted, clean = case
    assume("\n" not in corrupted)
    result = quotefix.fix(" ".join([corrupted] * copies), select=REPAIR_RULES)
    assert result.text == " ".join([clean] * copies)
    assert result.unresolved == []


@EXAMPLES
@given(case=clean_paragraphs("en-US", min_quotes=1).flatmap(glued_closers))
def test_p4_closer_glued_to_next_word_is_repaired_exactly(case: tuple[str, str]) -> None:
    corrupted, clean = case
    result = quotefix.fix(corrupted, select=QUOTE_RULES)
    assert result.text == clean


@pytest.mark.parametrize(
    ("corrupted", "clean"),
    [
        ("He called it ” a disgrace ».", "He called it “a disgrace”."),
        ("by ” the unfamiliar battlefield ».", "by “the unfamiliar battlefield”."),
        ("denounced “ a dangerous enlargement » of", "denounced “a dangerous enlargement” of"),
        ("“ We must not think it. », Already said", "“We must not think it.”, Already said"),
        ("He said ”we will win“ yesterday.", "He said “we will win” yesterday."),
        ("He said «\u202fwe will win\u202f» yesterday.", "He said “we will win” yesterday."),
        ('He said "we will win", “soon”.', "He said “we will win”, “soon”."),
    ],
)
def test_p4_examples(corrupted: str, clean: str) -> None:
    assert quotefix.fix(corrupted, select=QUOTE_RULES).text == clean


# ---------------------------------------------------------------------------
# 5. spans lie inside the text and cover what they name; edits replay
# ---------------------------------------------------------------------------


def assert_finding_well_formed(text: str, finding: Finding) -> None:
    assert 0 <= finding.start <= finding.end <= len(text), finding
    assert finding.line >= 1 and finding.column >= 1, finding
    if not any(c in text for c in LINE_BREAKS_OTHER_THAN_LF):
        assert (finding.line, finding.column) == line_col(text, finding.start), finding
    if finding.code[:3] in ("QF1", "QF2"):
        # A quote finding names a mark (or the space beside one).
        near = text[max(0, finding.start - 1):finding.end + 1]
        assert any(c in QUOTE_MARKS + APOSTROPHE_GLYPHS for c in near), (finding, near)
    if finding.fix is not None:
        assert 0 <= finding.fix.start <= finding.fix.end <= len(text), finding


def assert_fix_result_well_formed(text: str, result: FixResult) -> None:
    check_edits(text, result.edits)  # sorted, in bounds, non-overlapping
    assert apply_edits(text, result.edits) == result.text
    for finding in result.unresolved:
        assert_finding_well_formed(result.text, finding)


@EXAMPLES
@given(text=inputs(), target=targets, unsafe=st.booleans())
@example(text="“a\n“b\n”c»", target="en-US", unsafe=False)
def test_p5_spans_and_edits_are_consistent(text: str, target: str, unsafe: bool) -> None:
    findings = quotefix.check(text, target=target)
    for finding in findings:
        assert_finding_well_formed(text, finding)
    assert [(f.start, f.end) for f in findings] == sorted((f.start, f.end) for f in findings)
    assert_fix_result_well_formed(text, quotefix.fix(text, target=target, unsafe=unsafe))


# ---------------------------------------------------------------------------
# 6. no crash on any str, and no worse than linear time
# ---------------------------------------------------------------------------


@EXAMPLES
@given(text=any_text(max_size=600), target=targets, unsafe=st.booleans())
def test_p6_any_str_does_not_crash(text: str, target: str, unsafe: bool) -> None:
    quotefix.check(text, target=target)
    result = quotefix.fix(text, target=target, unsafe=unsafe)
    assert isinstance(result.text, str)


# Words of site furniture, leftovers and marks, for lines of every length: a line of
# more than 60 words is read as a paragraph by its edges, and runs of marks there
# once made QF5xx index a word that was not read.
_LINE_PIECES = st.sampled_from(
    ["READ", "ALSO", "Photo", "Source", "VIDEO", "LIVE", "By", "©", "|", "—", "-", "•", ":",
     ".", "“", "”", "«", "»", "the", "council", "said", "la", "der", "patteggiamento",
     "Landkreis", "Bürgergeld", "J.", "Smith", "AFP", "(", ")", "[", "]", "a" * 45]
) | st.sampled_from(["— " * 14, "- " * 20, "• " * 9, "| " * 30])


@settings(max_examples=150, deadline=None)
@given(lines=st.lists(st.lists(_LINE_PIECES, min_size=1, max_size=160).map(" ".join),
                      min_size=1, max_size=5),
       layout=st.sampled_from(["\n", "\n\n", "\r\n"]))
def test_p6_lines_of_any_length_with_labels_and_marks_do_not_crash(
    lines: list[str], layout: str
) -> None:
    text = layout.join(lines)
    findings = quotefix.check(text)
    for finding in findings:
        assert_finding_well_formed(text, finding)
    assert_fix_result_well_formed(text, quotefix.fix(text, remove_boilerplate=True))


QUOTE_HEAVY = (
    "According to the NIS, cited by MP Mr. Lee, the toll is explained by ” the unfamiliar "
    "battlefield environment ». The troops’ lack of “ training ” is at the origin of ” complaints "
    "among the Russian army, for whom this help is “more of a burden than an asset » according "
    "to the MP. He said \"we will win\" and ‘never’ «\u202fsurrender\u202f», „nie“ the deal”said. "
    "“They take no prisoners”: in the ’90s, rock ’n’ roll, aujourd’hui, Côte d’Ivoire, 5′ 11″. "
)

LARGE_INPUTS: dict[str, Callable[[], str]] = {
    "long-line": lambda: QUOTE_HEAVY * 400,  # ~150 KB, no newline
    "5000-openers": lambda: "“" * 5000,
    "5000-closers": lambda: "”" * 5000,
    "5000-straight": lambda: '"' * 5000,
    "5000-mixed": lambda: "“”«»„‟‘’‚‛\"'‹›" * 400,
    "5000-spaced": lambda: "“ " * 5000,
    "deep-nesting": lambda: "“‘" * 2500 + "x" + "’”" * 2500,
    "deep-openers-words": lambda: "“a " * 5000,
    "apostrophes": lambda: "troops’ ’90s d’a " * 2000,
    "many-paragraphs": lambda: "“a\n" * 5000,
    "crlf": lambda: "“ a »\r\n" * 3000,
}


@pytest.mark.parametrize("name", sorted(LARGE_INPUTS))
def test_p6_large_inputs_do_not_crash(name: str) -> None:
    text = LARGE_INPUTS[name]()
    findings = quotefix.check(text)
    for finding in findings[:200]:
        assert 0 <= finding.start <= finding.end <= len(text)
    result = quotefix.fix(text)
    assert apply_edits(text, result.edits) == result.text
    assert stripped(result.text) == stripped(text)


SCALING_UNITS: dict[str, str] = {
    "paragraphs": QUOTE_HEAVY + "\n",
    "no-newlines": QUOTE_HEAVY,
    "openers": "“",
    "closers-and-guillemets": "” a » ",
    "nesting": "“‘",
    # Needs two repair passes, so fix() composes two edit lists.
    "two-pass-repairs": "He said ”we win“” now. ",
    # Mixed case glued into one long word: each glue point once, not the word per point.
    "glued-mixed-case": "aBc",
    # Foreign words run together by dots with no space, and handles among leftovers: each
    # fragment's address is looked for near it, not along the whole run.
    "foreign-words-without-spaces": "the.misiva.de.la.alcaldía.es.",
    "handles-and-leftovers": "@misiva #tasca the misiva del alcalde ",
    # Many short leftovers and quoted leftovers on one line: each is read with a window
    # of the line around it, never with the whole line before it.
    "short-leftovers-on-one-line": "the misiva del alcalde ",
    "quoted-leftovers-on-one-line": "He said “Le conseil a voté” then ",
    # Short lines that the boilerplate screen lets through to every shape: each is read
    # within its own bounds, never with the text before it.
    "boilerplate-shaped-lines": ("Updated at 10:05 with the mayor\n\nHome › News\n\n"
                                 "The quay at dawn (Foto Rossi)\n\n"
                                 "On the quay. MARIA ROSSI/ANSA\n\n"),
    # The page's widgets and credits that close a caption, read in the same bounds.
    "widget-shaped-lines": ("Lisbon 19° Sunny | Sat 22°\n\nViews: 2 107 | Comments: 9\n\n"
                            "09:15\n\nTópicos: seca · Alentejo · rios\n\n"
                            "The quay at dawn. Photo Ana Reis\n\nSPORT +++ Kiel wins\n\n"
                            "Por Redação | 11/09/2024 às 07h45\n\nOn the quay. ANA REIS\n\n"
                            "News at 19:30, every evening\n\nHARBOURThe ferry sails\n\n"
                            "OMSK, 7 April — Interfax.\n\nLucía Paredes | Corresponsal\n\n"),
}


@pytest.mark.parametrize("operation", ["check", "fix"])
@pytest.mark.parametrize("unit", sorted(SCALING_UNITS))
def test_p6_time_grows_linearly(unit: str, operation: str) -> None:
    """Guard, not a benchmark: 8x the input must cost less than 20 times as much.

    Linear work gives about 8, quadratic about 64; a ratio over the limit is
    measured again with more runs, so one slow run on a busy machine is not a failure.
    """
    function = getattr(quotefix, operation)
    piece = SCALING_UNITS[unit]
    assert_linear(function, lambda size: piece * max(1, size // len(piece)), unit,
                  floor=0.05, ceiling=1_600_000)


# ---------------------------------------------------------------------------
# Determinism, threads, and bad input
# ---------------------------------------------------------------------------


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=inputs(), other=any_text(), target=targets)
def test_check_and_fix_are_deterministic(text: str, other: str, target: str) -> None:
    first_check = quotefix.check(text, target=target)
    first_fix = quotefix.fix(text, target=target)
    quotefix.fix(other, target="fr-FR")  # no state may leak between calls
    quotefix.check(other, target="de-DE", source="de")
    assert quotefix.check(text, target=target) == first_check
    assert quotefix.fix(text, target=target) == first_fix


def test_threads_give_the_same_results() -> None:
    texts = [QUOTE_HEAVY * k + SEEDS[k % len(SEEDS)] for k in range(1, 17)]
    sequential = [quotefix.fix(t) for t in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        parallel = list(pool.map(quotefix.fix, texts))
    assert parallel == sequential


@pytest.mark.parametrize("function", [quotefix.check, quotefix.fix])
@pytest.mark.parametrize("data", [b"a \xe2\x80\x9d b", bytearray(b"x")])
def test_bytes_raise_type_error_saying_decode(function: Callable[..., object], data: bytes) -> None:
    with pytest.raises(TypeError, match=r"(?i)decode"):
        function(data)


@pytest.mark.parametrize("function", [quotefix.check, quotefix.fix])
@pytest.mark.parametrize("value", [None, 42, ["text"]])
def test_other_non_str_raise_type_error(function: Callable[..., object], value: object) -> None:
    with pytest.raises(TypeError):
        function(value)


@pytest.mark.parametrize("function", [quotefix.check, quotefix.fix])
@pytest.mark.parametrize("target", ["xx-YY", "english", "", "en-US@fancy"])
def test_unknown_target_raises_value_error_listing_valid_ones(
        function: Callable[..., object], target: str) -> None:
    with pytest.raises(ValueError) as info:
        function("He said “yes”.", target=target)
    message = str(info.value)
    if "@" not in target:
        for valid in ("en-US", "en-GB", "fr-FR", "de-DE"):
            assert valid in message


# ---------------------------------------------------------------------------
# One paragraph notion for every line ending
# ---------------------------------------------------------------------------


def _as_lf_offsets(text: str, findings: list[Finding]) -> list[tuple[str, int, int, str]]:
    """Findings of a CRLF text with offsets counted as in the same text with LF."""
    crs = [i for i, char in enumerate(text) if char == "\r"]

    def lf(offset: int) -> int:
        return offset - sum(1 for i in crs if i < offset)

    return [(f.code, lf(f.start), lf(f.end), f.message) for f in findings]


@EXAMPLES
@given(data=st.data(), target=st.sampled_from(TARGETS))
@example(data=None, target="en-US")
def test_crlf_text_pairs_like_lf_text(data: st.DataObject | None, target: str) -> None:
    if data is None:  # the shape the API once split differently: a blank line as \r\n\r\n
        text = "He said “we will\n\nwin” and left.\nShe said “ no »."
    else:
        text = data.draw(st.one_of(clean_paragraphs(target), any_text())).replace("\r", "")
        text = data.draw(st.one_of(st.just(text), mt_corruptions(text).map(lambda c: c[0])))
        text = text.replace("\r", "")
    crlf = text.replace("\n", "\r\n")
    note(repr(crlf))
    lf_findings = quotefix.check(text, target=target, select=QUOTE_RULES)
    crlf_findings = quotefix.check(crlf, target=target, select=QUOTE_RULES)
    assert _as_lf_offsets(crlf, crlf_findings) == [
        (f.code, f.start, f.end, f.message) for f in lf_findings]
    assert quotefix.fix(crlf, target=target).text == quotefix.fix(text, target=target).text.replace(
        "\n", "\r\n")


def test_empty_pair_across_a_line_break_reads_the_same_for_every_line_ending() -> None:
    # A message is one line: the spaces or line break inside an empty pair are shown as
    # one space, whatever the file's line endings.
    lf = quotefix.check('They said "\n" twice.', select=["QF108"])
    crlf = quotefix.check('They said "\r\n" twice.', select=["QF108"])
    assert [f.message for f in lf] == [f.message for f in crlf] == ['empty quotation marks " "']
