"""The labelled quote corpus (tests/data/quotes/) and its evaluation script.

These tests hold the corpus to its own rules (fields, categories, hand
repairs that change only punctuation and spacing, the split) and check that
``scripts/evaluate_quotes.py`` runs on today's engine. They assert no
accuracy figure: the script reports those.
"""

from __future__ import annotations

import doctest
import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import quotefix

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "quotes"
sys.path.insert(0, str(ROOT / "scripts"))

import evaluate_quotes  # noqa: E402

FILES = ("defects.jsonl", "clean.jsonl", "education.jsonl")
KIND_OF_FILE = {"defects.jsonl": "defect", "clean.jsonl": "clean", "education.jsonl": "education"}
TARGET = re.compile(r"[a-z]{2}(-[A-Z]{2})?(@[a-z]+)?")
STRAIGHTEN = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "′": "'", "″": '"'})


def records(name: str) -> list[dict[str, Any]]:
    return evaluate_quotes.load(DATA / name)


def all_records() -> list[tuple[str, dict[str, Any]]]:
    return [(name, record) for name in FILES for record in records(name)]


def test_the_corpus_has_the_size_the_readme_promises() -> None:
    kinds = Counter(KIND_OF_FILE[name] for name, _ in all_records())
    assert kinds["defect"] >= 250
    assert kinds["clean"] >= 150
    assert kinds["defect"] + kinds["clean"] >= 400
    assert kinds["education"] >= 150
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    for name in FILES:
        assert f"| `{name}` | {len(records(name))} |" in readme, name


@pytest.mark.parametrize("name", FILES)
def test_records_have_exactly_the_documented_fields(name: str) -> None:
    kind = KIND_OF_FILE[name]
    required = set(evaluate_quotes.REQUIRED_FIELDS[kind])
    allowed = required | set(evaluate_quotes.OPTIONAL_FIELDS)
    problems: list[tuple[object, ...]] = []
    for record in records(name):
        keys = set(record)
        if not required <= keys <= allowed:
            problems.append((record.get("id"), sorted(keys ^ required)))
        for key in keys - {"needs_person"}:
            if not isinstance(record[key], str) or not record[key]:
                problems.append((record.get("id"), key, "not a non-empty string"))
        if "needs_person" in record and not isinstance(record["needs_person"], bool):
            problems.append((record["id"], "needs_person", "not a bool"))
        if "⟦" in record["text"] + record["expected"] or "⟧" in record["text"] + record["expected"]:
            problems.append((record["id"], "drafting markup left in the text"))
    assert problems == []


@pytest.mark.parametrize("name", FILES)
def test_categories_languages_and_targets_are_known(name: str) -> None:
    problems = []
    for record in records(name):
        category = evaluate_quotes.CATEGORIES.get(record["category"])
        if category is None or category[0] != KIND_OF_FILE[name]:
            problems.append((record["id"], record["category"]))
        if "source_language" in record and (
            record["source_language"] not in evaluate_quotes.SOURCE_LANGUAGES
        ):
            problems.append((record["id"], record["source_language"]))
        if not TARGET.fullmatch(record["target"]):
            problems.append((record["id"], record["target"]))
    assert problems == []


def test_every_category_is_used_in_both_parts() -> None:
    parts: dict[str, set[str]] = {}
    for _, record in all_records():
        parts.setdefault(record["category"], set()).add(evaluate_quotes.part_of(record["id"]))
    assert set(parts) == set(evaluate_quotes.CATEGORIES)
    assert {c: p for c, p in parts.items() if p != {"dev", "heldout"}} == {}


def test_ids_are_unique_across_files() -> None:
    ids = Counter(record["id"] for _, record in all_records())
    assert [i for i, n in ids.items() if n > 1] == []


def test_clean_copy_is_its_own_repair() -> None:
    problems = [
        record["id"] for record in records("clean.jsonl")
        if record["text"] != record["expected"] or record["needs_person"]
    ]
    assert problems == []


@pytest.mark.parametrize("name", ("defects.jsonl", "education.jsonl"))
def test_every_defect_has_a_repair(name: str) -> None:
    assert [r["id"] for r in records(name) if r["text"] == r["expected"]] == []


def test_hand_repairs_keep_every_letter_and_digit() -> None:
    problems = [
        record["id"] for _, record in all_records()
        if evaluate_quotes.letters_changed(record["text"], record["expected"])
    ]
    assert problems == []


def test_only_mojibake_repairs_change_a_letter_as_it_is_written() -> None:
    letters_of = evaluate_quotes.letters_of
    problems = [
        record["id"] for _, record in all_records()
        if record["category"] != "mojibake"
        and letters_of(record["text"]) != letters_of(record["expected"])
    ]
    assert problems == []


def test_education_input_is_the_expected_text_typed_straight() -> None:
    problems = [
        record["id"] for record in records("education.jsonl")
        if record["text"] != record["expected"].translate(STRAIGHTEN)
    ]
    assert problems == []


def test_split_follows_the_written_rule() -> None:
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    assert 'int(sha256(id.encode("utf-8")).hexdigest()[:8], 16) % 100 < 30' in readme
    for name in FILES:
        ids = [record["id"] for record in records(name)]
        for record_id in ids:
            digest = hashlib.sha256(record_id.encode("utf-8")).hexdigest()
            expected = "heldout" if int(digest[:8], 16) % 100 < 30 else "dev"
            assert evaluate_quotes.part_of(record_id) == expected
        held_out = sum(evaluate_quotes.part_of(i) == "heldout" for i in ids) / len(ids)
        assert 0.2 <= held_out <= 0.4, (name, held_out)


def test_select_part_partitions_the_records() -> None:
    corpus = records("defects.jsonl")
    dev = evaluate_quotes.select_part(corpus, "dev")
    heldout = evaluate_quotes.select_part(corpus, "heldout")
    assert len(dev) + len(heldout) == len(corpus)
    assert {r["id"] for r in dev}.isdisjoint({r["id"] for r in heldout})
    assert evaluate_quotes.select_part(corpus, "all") == corpus


def test_undo_mojibake_re_decodes_misread_marks_and_letters() -> None:
    undo = evaluate_quotes.undo_mojibake
    assert undo("Itâ€™s a â€œtestâ€\x9d") == "It’s a “test”"
    assert undo("â€ œspaced outâ€ and Brazilâ € ™s") == "“spaced out” and Brazil’s"
    assert undo("SÃ£o Paulo, Orl Ã©ans") == "São Paulo, Orl éans"
    assert undo("A plain sentence, with “marks”.") == "A plain sentence, with “marks”."


def test_the_script_docstring_examples_hold() -> None:
    result = doctest.testmod(evaluate_quotes)
    assert result.attempted > 0 and result.failed == 0


def test_letters_changed_allows_re_decoding_only() -> None:
    changed = evaluate_quotes.letters_changed
    assert not changed("cafÃ©", "café")
    assert not changed("Â«Â\u00a0a trapÂ\u00a0Â»", "Â “Â\u00a0a trapÂ\u00a0Â”")
    assert changed("café", "cafe")
    assert changed("10 000", "10,001")
    assert not changed("the end ” .", "the end”.")


def test_changed_spans_and_covers() -> None:
    text, expected = "the deal”said", "the deal” said"
    spans = evaluate_quotes.changed_spans(text, expected)
    assert spans == [(9, 9)]
    assert evaluate_quotes.covers(spans, [(8, 9)])
    assert not evaluate_quotes.covers(spans, [(0, 3)])


def test_evaluation_runs_on_a_slice() -> None:
    result = evaluate_quotes.evaluate(part="all", limit=12, show_misses=True)
    corpus, education = result["corpus"], result["education"]
    defects = corpus.get("TOTAL defect", {"counts": {"cases": 0}})["counts"]["cases"]
    clean = corpus.get("TOTAL clean", {"counts": {"cases": 0}})["counts"]["cases"]
    assert defects + clean == 12
    assert education["TOTAL education"]["counts"]["cases"] == 12
    per_category = sum(
        value["counts"]["cases"] for key, value in corpus.items() if not key.startswith("TOTAL")
    )
    assert per_category == 12
    for value in corpus.values():
        counts = value["counts"]
        measured = counts["cases"] - counts["unsupported"]
        assert 0 <= counts["safe"] <= measured and 0 <= counts["found"] <= measured
        # A repair never changes a letter or a digit.
        assert counts["damaged"] == 0
    assert all(set(miss) >= {"id", "text", "expected", "safe", "unsafe"}
               for miss in result["misses"])


def test_command_line_prints_a_table_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert evaluate_quotes.main(["--part", "heldout", "--limit", "6"]) == 0
    table = capsys.readouterr().out
    assert "part: heldout" in table and "TOTAL" in table and "education category" in table
    assert evaluate_quotes.main(["--part", "dev", "--limit", "6", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["part"] == "dev"
    assert result["families"] == ["QF1", "QF2", "QF3"]


def test_an_unknown_target_modifier_is_reported_not_raised() -> None:
    record: dict[str, Any] = {
        "id": "probe", "category": "house-style-configured", "source_language": "en",
        "target": "en-US@nosuchstyle", "text": 'He said "yes".',
        "expected": "He said “yes”.", "needs_person": False,
    }
    outcome = evaluate_quotes.run_record(record)
    assert not outcome.supported and not outcome.safe_exact and not outcome.damaged
    row = evaluate_quotes.tally([outcome])["house-style-configured"]
    assert row["cases"] == 1 and row["unsupported"] == 1 and row["safe"] == 0
    stripped = evaluate_quotes.run_record(record, strip_unknown_modifiers=True)
    assert stripped.supported
    base = quotefix.fix(record["text"], target="en-US", select=["QF1", "QF2", "QF3"])
    assert stripped.safe_text == base.text
