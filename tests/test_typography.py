"""QF3xx: source-language typography in the target text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import quotefix

NBSP, NNBSP = "\u00a0", "\u202f"


def found(text: str, target: str = "en-US") -> list[tuple[str, str]]:
    return [(f.code, text[f.start:f.end])
            for f in quotefix.check(text, target=target, select=["QF3"])]


@pytest.mark.parametrize(("text", "fixed"), [
    ("Why ? Because.", "Why? Because."),
    ("He said : no.", "He said: no."),
    (f"Stop{NBSP}!", "Stop!"), (f"Ah{NNBSP}; fine.", "Ah; fine."),
    ("It rose 2 %.", "It rose 2%."), ("“A disgrace” ?", "“A disgrace”?"),
])
def test_space_before_punctuation_is_a_safe_fix(text: str, fixed: str) -> None:
    assert found(text)[0][0] == "QF301"
    assert quotefix.fix(text, select=["QF3"]).text == fixed


@pytest.mark.parametrize("text", [
    "It won 2 : 1.", "a smile :-)", "Q&A: ?", "Why? Because.", "90% of them", "10:30 a.m.",
    "Some 1,500 people; $2,000,000; 1,2,3 go.", "In 2024 500 people fled.", "He spent 24h there.",
    "The 1st and 19th; Le Monde; Ce Soir.", "John M. Keynes", "Mr. Lee said: “no.”",
    "At 05:00am the plant opened.", "the U.S. Army; Dec. 17, 2024",
    # Superscripts and fractions are numbers but not digits: no ordinal, no crash.
    "an area of 40 m²e and ½e",
])
def test_english_left_alone(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "code", "span", "fixed"), [
    ("Growth of 2,5 percent", "QF302", "2,5", "Growth of 2.5 percent"),
    ("only 0,75 euro", "QF302", "0,75", "only 0.75 euro"),
    ("Some 10 000 soldiers", "QF303", "10 000", "Some 10,000 soldiers"),
    (f"2{NBSP}500{NBSP}000 euros", "QF303", f"2{NBSP}500{NBSP}000", "2,500,000 euros"),
    ("at 05: 00am", "QF304", "05: 00", "at 05:00am"),
])
def test_unsafe_rewrites(text: str, code: str, span: str, fixed: str) -> None:
    assert found(text) == [(code, span)]
    assert quotefix.fix(text, select=["QF3"]).text == text  # unsafe: not applied by default
    assert quotefix.fix(text, select=["QF3"], unsafe=True).text == fixed


@pytest.mark.parametrize(("text", "code", "span", "english"), [
    ("at 14h30 sharp", "QF304", "14h30", "14:30"),
    ("at 9 h 05", "QF304", "9 h 05", "9:05"),
    ("the 1er janvier", "QF305", "1er", "1st"),
    ("the 3ème round", "QF305", "3ème", "3rd"),
    ("the XIXe century", "QF305", "XIXe", "19th"),
    ("the Ve République", "QF305", "Ve", "5th"),
    ("decree n° 5", "QF305", "n° ", "No."),
    ("told M. Macron", "QF306", "M.", "Mr."),
    ("Mme Borne said", "QF306", "Mme", "Ms."),
])
def test_rewrites_that_change_letters_are_flag_only(text: str, code: str, span: str,
                                                    english: str) -> None:
    # A repair never changes letters or digits: these findings name the
    # English form and leave the change to a person, even with unsafe=True.
    [finding] = quotefix.check(text, select=["QF3"])
    assert (finding.code, text[finding.start:finding.end]) == (code, span)
    assert finding.fix is None
    assert english in finding.message
    assert quotefix.fix(text, select=["QF3"], unsafe=True).text == text


def test_british_honorific_has_no_period() -> None:
    [finding] = quotefix.check("told M. Macron", target="en-GB", select=["QF3"])
    assert "“Mr”" in finding.message


@pytest.mark.parametrize(("text", "fixed"), [
    ("Pourquoi? Oui.", f"Pourquoi{NNBSP}? Oui."),
    ("Il a dit : non.", f"Il a dit{NBSP}: non."),
    ("Non ; oui !", f"Non{NNBSP}; oui{NNBSP}!"),
])
def test_french_target_requires_no_break_spaces(text: str, fixed: str) -> None:
    assert {code for code, _ in found(text, "fr-FR")} == {"QF307"}
    assert quotefix.fix(text, target="fr-FR", select=["QF3"]).text == fixed


@pytest.mark.parametrize("text", [
    f"Pourquoi{NNBSP}? Il a dit{NBSP}: non{NBSP}!", "Rendez-vous à 14:30 sur https://example.org.",
    f"Oui{NNBSP}!{NNBSP}?", f"Quoi{NNBSP}?!",
])
def test_french_left_alone(text: str) -> None:
    assert found(text, "fr-FR") == []


def test_other_targets_untouched() -> None:
    assert found("Warum ? 2,5 Millionen um 14h30", "de-DE") == []
    assert found(f"Pourquoi{NNBSP}? 2,5 millions à 14h30", "fr-FR") == []


WORDS = st.sampled_from(["the", "minister", "said", "2,5", "10 000", "14h30", " ?", " :", "M.",
                         "Macron", "1er", "n°", "5", "Why", "“deal”", " !", "%", "\n"])


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDS, max_size=20), st.sampled_from(["en-US", "en-GB", "fr-FR"]),
       st.booleans())
def test_fix_is_idempotent_and_replayable(words: list[str], target: str, unsafe: bool) -> None:
    text = " ".join(words)
    result = quotefix.fix(text, target=target, select=["QF3"], unsafe=unsafe)
    assert quotefix.apply_edits(text, result.edits) == result.text
    again = quotefix.fix(result.text, target=target, select=["QF3"], unsafe=unsafe)
    assert again.text == result.text
    for finding in quotefix.check(text, target=target, select=["QF3"]):
        assert 0 <= finding.start < finding.end <= len(text)


CASES = Path(__file__).parent / "cases-fragments"
RECORDS = [record for path in sorted(CASES.glob("*.json"))
           for record in json.loads(path.read_text(encoding="utf-8"))]


def test_case_labels_are_unique() -> None:
    labels = [record["label"] for record in RECORDS]
    assert len(labels) == len(set(labels))


@pytest.mark.parametrize("record", RECORDS, ids=[record["label"] for record in RECORDS])
def test_golden_case(record: dict[str, object]) -> None:
    original = str(record["original"])
    target = str(record.get("target", "en-US"))
    families = ["QF3", "QF5"]
    codes = sorted({f.code for f in quotefix.check(original, target=target, select=families)})
    assert codes == record["codes"]
    fixed = record.get("fixed", original)
    assert quotefix.fix(original, target=target, select=families).text == fixed
    unsafe = quotefix.fix(original, target=target, select=families, unsafe=True)
    assert unsafe.text == record.get("fixed_unsafe", fixed)
    assert quotefix.apply_edits(original, unsafe.edits) == unsafe.text
    removed = quotefix.fix(original, target=target, select=families, remove_boilerplate=True)
    assert removed.text == record.get("removed", fixed)
