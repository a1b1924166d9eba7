"""The public API: names, records, the example article, errors, selection."""

from __future__ import annotations

from pathlib import Path

import pytest

import quotefix
from quotefix import Edit, Finding, FixResult

DATA = Path(__file__).parent / "data"
ARTICLE = (DATA / "000_175faf778ac79c34.txt").read_text(encoding="utf-8")
EXPECTED = (DATA / "000_175faf778ac79c34.expected.txt").read_text(encoding="utf-8")


def test_example_article_is_repaired_exactly() -> None:
    result = quotefix.fix(ARTICLE)
    assert result.text == EXPECTED
    assert quotefix.apply_edits(ARTICLE, result.edits) == EXPECTED
    assert not [f for f in result.unresolved if f.code[:3] in ("QF1", "QF2")]


def test_expected_article_is_clean() -> None:
    assert quotefix.check(EXPECTED, select=["QF1", "QF2"]) == []


@pytest.mark.parametrize(
    "quote",
    [
        "“Marianne”",
        "“can be sacrificed”",
        "“immediate military aid”",
        "“They take no prisoners”",
        "“dress rehearsal”",
    ],
)
def test_correct_quotes_in_the_article_are_never_flagged(quote: str) -> None:
    start = ARTICLE.index(quote)
    end = start + len(quote)
    for finding in quotefix.check(ARTICLE):
        assert finding.end <= start or finding.start >= end, finding


def test_article_edits_touch_only_quote_marks_and_spaces() -> None:
    for edit in quotefix.fix(ARTICLE).edits:
        for char in ARTICLE[edit.start : edit.end] + edit.replacement:
            assert char in '“”«»" \u00a0\u202f', edit


def test_finding_records() -> None:
    text = "Intro.\nHe called it ” a disgrace ».\n"
    findings = quotefix.check(text)
    first = findings[0]
    assert isinstance(first, Finding)
    assert (first.code, first.name, first.line, first.column) == (
        "QF101",
        "wrong-direction-quote",
        2,
        14,
    )
    assert text[first.start : first.end] == "”"
    assert first.severity == "error"
    assert first.fix == Edit(first.start, first.end, "“", "QF101", first.message, True)
    assert "expected “" in first.message
    assert first.to_dict()["fix"]["replacement"] == "“"


def test_fix_result_records() -> None:
    result = quotefix.fix("He said ” we will win “.")
    assert isinstance(result, FixResult)
    assert result.text == "He said “we will win”."
    assert result.changed
    assert [e.code for e in result.edits] == ["QF101", "QF203", "QF203", "QF101"]
    assert all(e.reason for e in result.edits)


def test_unresolved_offsets_point_into_fixed_text() -> None:
    result = quotefix.fix("“ a ” and “b")
    assert result.text == "“a” and “b"
    [finding] = result.unresolved
    assert finding.code == "QF103"
    assert result.text[finding.start : finding.end] == "“"


def test_ambiguous_pairing_is_not_fixed_unless_unsafe() -> None:
    text = 'He called it "\na disgrace, “said the minister.'
    safe = quotefix.fix(text)
    assert safe.text == text
    assert {f.code for f in safe.unresolved} >= {"QF109"}
    guessed = quotefix.fix(text, unsafe=True)
    assert guessed.text == "He called it “\na disgrace,” said the minister."
    assert all(not e.safe for e in guessed.edits)


def test_fix_is_idempotent_on_the_article() -> None:
    once = quotefix.fix(ARTICLE).text
    assert quotefix.fix(once).text == once
    assert quotefix.fix(once).edits == []


@pytest.mark.parametrize("value", [b"bytes", bytearray(b"x"), None, 42, ["list"]])
def test_non_str_raises_type_error(value: object) -> None:
    with pytest.raises(TypeError) as info:
        quotefix.check(value)  # type: ignore[arg-type]
    if isinstance(value, (bytes, bytearray)):
        assert "decode" in str(info.value)
    with pytest.raises(quotefix.InputError):
        quotefix.fix(value)  # type: ignore[arg-type]


def test_unknown_target_lists_valid_ones() -> None:
    with pytest.raises(ValueError) as info:
        quotefix.check("x", target="xx-YY")
    assert "en-US" in str(info.value) and "fr-FR" in str(info.value)
    with pytest.raises(quotefix.LocaleError):
        quotefix.fix("x", source="klingon")
    with pytest.raises(ValueError):
        quotefix.check("x", target="en-US@fancy")


@pytest.mark.parametrize(
    "target",
    [
        "en-US",
        "en-GB",
        "fr-FR",
        "fr-CH",
        "de-DE",
        "de-CH",
        "es",
        "it",
        "pt-PT",
        "pt-BR",
        "nl",
        "ru",
        "pl",
        "sv",
        "en",
        "fr",
        "de_de",
        "EN-gb",
        "en-GB@double",
        "en-US@straight",
        "fi",
    ],
)
def test_targets_accepted(target: str) -> None:
    assert quotefix.is_valid_target(target)
    quotefix.check("He said “hello”.", target=target)


def test_aliases() -> None:
    assert quotefix.resolve_target("en") == quotefix.resolve_target("en-US")
    assert quotefix.resolve_target("fr").primary == ("«", "»")
    assert quotefix.resolve_target("en-GB@double").primary == ("“", "”")


def test_straight_house_style() -> None:
    result = quotefix.fix("He said “hello” and «bye».", target="en-US@straight")
    assert result.text == 'He said "hello" and "bye".'
    assert quotefix.check('He said "hello".', target="en-US@straight") == []


def test_source_changes_glyph_meaning() -> None:
    # In German “ closes; spaced marks give no context, so the glyph decides.
    text = "Er sagte „ja “ und ging."
    assert quotefix.fix(text, target="en-US", source="de").text == "Er sagte “ja” und ging."


@pytest.mark.parametrize(
    ("select", "ignore", "expected"),
    [
        (None, None, {"QF101", "QF102", "QF203"}),
        (["QF1"], None, {"QF101", "QF102"}),
        (["QF2"], None, {"QF203"}),
        (None, ["QF2"], {"QF101", "QF102"}),
        (["QF1"], ["QF101"], {"QF102"}),
        (["space-inside-quotes"], None, {"QF203"}),
        (["QF4"], None, set()),
        (["QF"], ["QF10"], {"QF203"}),
    ],
)
def test_select_and_ignore(
    select: list[str] | None, ignore: list[str] | None, expected: set[str]
) -> None:
    text = "He called it ” a disgrace »."
    assert {f.code for f in quotefix.check(text, select=select, ignore=ignore)} == expected


def test_select_limits_fix() -> None:
    assert quotefix.fix("He called it ” a disgrace ”.", select=["QF203"]).text == (
        "He called it ”a disgrace”."
    )


def test_bad_selection() -> None:
    with pytest.raises(ValueError):
        quotefix.check("x", select=["E501"])


def test_apply_edits_rejects_bad_edits() -> None:
    with pytest.raises(quotefix.EditError):
        quotefix.apply_edits("abc", [Edit(2, 3, "x", "QF101", "r"), Edit(0, 1, "y", "QF101", "r")])
    with pytest.raises(ValueError):
        quotefix.apply_edits("abc", [Edit(2, 9, "x", "QF101", "r")])


def test_findings_sorted_and_inside_text() -> None:
    findings = quotefix.check(ARTICLE)
    assert findings == sorted(findings, key=lambda f: (f.start, f.end, f.code))
    for finding in findings:
        assert 0 <= finding.start <= finding.end <= len(ARTICLE)
        line_start = ARTICLE.rfind("\n", 0, finding.start) + 1
        assert finding.line == ARTICLE.count("\n", 0, finding.start) + 1
        assert finding.column == finding.start - line_start + 1


def test_crlf_and_no_newline_texts() -> None:
    text = "He said ” yes ».\r\nShe said “ no ».\r\n"
    result = quotefix.fix(text)
    assert result.text == "He said “yes”.\r\nShe said “no”.\r\n"


def test_guesses_that_undo_each_other_still_reach_a_fixed_point() -> None:
    # Found by fuzzing: the best guess for the third mark flips between
    # opener and closer from one pass to the next. fix() must still return a
    # text that fixing again leaves alone.
    text = "‹”„'wordit‘’”„»5 ’”()\n»it’\n”5\")"
    for unsafe in (False, True):
        once = quotefix.fix(text, unsafe=unsafe, select=["QF1", "QF2"])
        assert quotefix.apply_edits(text, once.edits) == once.text
        again = quotefix.fix(once.text, unsafe=unsafe, select=["QF1", "QF2"])
        assert again.text == once.text
        assert again.edits == []


@pytest.mark.parametrize("copies", [1, 2, 3, 8, 85])
def test_passes_do_not_grow_with_the_text(copies: int, monkeypatch: pytest.MonkeyPatch) -> None:
    # One sentence with a reversed pair and a closer typed twice with two glyphs
    # (“”), repeated in one paragraph. Read as separate marks, each leftover
    # closer paired with the next copy's, every pass settled one more copy,
    # and 85 copies ran out of passes and came back unrepaired.
    sentence = "He said ”we win“” now. "
    result = quotefix.fix(sentence * copies)
    assert result.text == "He said “we win” now. " * copies
    assert result.unresolved == []
    one = quotefix.fix(sentence)
    assert len(result.edits) == copies * len(one.edits)
    # One pass repairs every copy and a second finds nothing left, for any number of copies.
    monkeypatch.setattr(quotefix.api, "MAX_PASSES", 2)
    assert quotefix.fix(sentence * copies).text == result.text
