"""Positions are data: a finding's partner mark and paragraph, mapped to the user's file.

The files below put markup (a document head, comments, a heading) before the
prose, so that prose lines and file lines differ: a position computed in the
prose and not mapped would be wrong by several lines.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import quotefix
from quotefix import Options
from quotefix.cli import main
from quotefix.formats import parse
from quotefix.runner import check_document

HTML = """<!DOCTYPE html>
<html>
<head>
  <title>Report</title>
</head>
<body>
  <p>The minister said “we will
  win the war</p>
  <!-- an editor's
       note -->
  <p>and never surrender,” she added.
  He called it ” a disgrace ».</p>
</body>
</html>
"""
MARKDOWN = """# Report

<!-- an editor's
note -->

The minister said “we will
win the war

and never surrender,” she added.
He called it ” a disgrace ».
"""
PLAIN = MARKDOWN.split("\n", 5)[5]
FILES = {"html": HTML, "markdown": MARKDOWN, "plain": PLAIN}


def where(source: str, needle: str, nth: int = 0) -> tuple[int, int, int]:
    """Offset, line and column of the ``nth`` occurrence of ``needle`` in ``source``."""
    offset = -1
    for _ in range(nth + 1):
        offset = source.index(needle, offset + 1)
    line = source.count("\n", 0, offset) + 1
    return offset, line, offset - (source.rfind("\n", 0, offset) + 1) + 1


@pytest.mark.parametrize("fmt", sorted(FILES))
def test_qf109_names_the_closing_mark_and_paragraph_in_the_file(fmt: str) -> None:
    source = FILES[fmt]
    findings = check_document(parse(source, fmt), Options())
    (crossing,) = [f for f in findings if f.code == "QF109"]
    assert (crossing.start, crossing.line, crossing.column) == where(source, "“")
    closer, paragraph = crossing.related
    offset, line, column = where(source, "”")
    assert (closer.kind, closer.start, closer.end, closer.line, closer.column) == (
        "closing-mark", offset, offset + 1, line, column)
    assert f"closes in a later paragraph ({line}:{column})" in crossing.message
    assert paragraph.kind == "paragraph"
    assert source[paragraph.start:paragraph.end].startswith("and never surrender,”")
    assert (paragraph.line, paragraph.column) == where(source, "and never")[1:]
    assert source[paragraph.start:paragraph.end].endswith("disgrace ».")


@pytest.mark.parametrize("fmt", sorted(FILES))
def test_partner_marks_of_qf101_and_qf102_are_in_the_file(fmt: str) -> None:
    source = FILES[fmt]
    findings = {f.code: f for f in check_document(parse(source, fmt), Options())}
    opener = where(source, "”", 1)
    closer = where(source, "»")
    wrong = findings["QF101"]
    assert (wrong.start, wrong.line, wrong.column) == opener
    assert [(r.kind, r.start, r.line, r.column) for r in wrong.related] == [
        ("closing-mark", *closer)]
    assert f"closed at {closer[1]}:{closer[2]};" in wrong.message
    assert wrong.fix is not None and wrong.fix.reason == wrong.message
    mixed = findings["QF102"]
    assert [(r.kind, r.start, r.line, r.column) for r in mixed.related] == [
        ("opening-mark", *opener)]
    assert f"opened with ” at {opener[1]}:{opener[2]};" in mixed.message


def test_the_api_gives_related_positions_in_its_own_text() -> None:
    text = "He called it “\n\na disgrace,” said the minister."
    (crossing,) = [f for f in quotefix.check(text) if f.code == "QF109"]
    (closer, paragraph) = crossing.related
    assert (closer.line, closer.column) == (3, 12) and text[closer.start] == "”"
    assert text[paragraph.start:paragraph.end] == "a disgrace,” said the minister."
    assert crossing.message.startswith("quotation opened here closes in a later paragraph (3:12)")
    assert crossing.to_dict()["related"][0] == {"kind": "closing-mark", "start": closer.start,
                                                "end": closer.end, "line": 3, "column": 12}


def _report(fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
            capsys: pytest.CaptureFixture[str]) -> str:
    (tmp_path / "page.html").write_text(HTML, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "--output-format", fmt, "page.html"]) == 1
    return capsys.readouterr().out


def test_json_carries_related_locations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads(_report("json", tmp_path, monkeypatch, capsys))
    assert data["schema_version"] == 1
    findings = {f["code"]: f for f in data["files"][0]["findings"]}
    offset, line, column = where(HTML, "”")
    closer, paragraph = findings["QF109"]["related"]
    assert closer == {"kind": "closing-mark", "start": offset, "end": offset + 1, "line": line,
                      "column": column, "end_line": line, "end_column": column}
    assert paragraph["kind"] == "paragraph" and paragraph["line"] == line
    assert findings["QF203"]["related"] == []


def test_sarif_carries_related_locations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    log = json.loads(_report("sarif", tmp_path, monkeypatch, capsys))
    results = {r["ruleId"]: r for r in log["runs"][0]["results"]}
    offset, line, column = where(HTML, "”")
    closer, paragraph = results["QF109"]["relatedLocations"]
    assert closer["id"] == 0 and closer["message"]["text"] == "where the quotation closes"
    region = closer["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["charOffset"]) == (
        line, column, offset)
    assert closer["physicalLocation"]["artifactLocation"]["uri"] == "page.html"
    assert paragraph["message"]["text"] == "the paragraph the quotation closes in"
    assert "relatedLocations" not in results["QF203"]
