"""Reporters: golden output for every format, and SARIF checked against its schema."""

from __future__ import annotations

import json
import os
from pathlib import Path

import jsonschema
import pytest

from quotefix.cli import main

HERE = Path(__file__).parent
SNAPSHOTS = HERE / "snapshots"
SARIF_SCHEMA = HERE / "schemas" / "sarif-schema-2.1.0.json"
FORMATS = ["full", "concise", "json", "github", "sarif"]


def _run(fmt: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> str:
    monkeypatch.chdir(HERE / "data" / "reporters")
    assert main(["check", "--output-format", fmt, "article.txt", "notes.md"]) == 1
    return capsys.readouterr().out


@pytest.mark.parametrize("fmt", FORMATS)
def test_golden_output(fmt: str, monkeypatch: pytest.MonkeyPatch,
                       capsys: pytest.CaptureFixture[str]) -> None:
    out = _run(fmt, monkeypatch, capsys)
    snapshot = SNAPSHOTS / f"check.{fmt}.txt"
    if os.environ.get("QUOTEFIX_UPDATE_SNAPSHOTS"):
        snapshot.write_text(out, encoding="utf-8")
    assert out == snapshot.read_text(encoding="utf-8")


def test_sarif_is_valid(monkeypatch: pytest.MonkeyPatch,
                        capsys: pytest.CaptureFixture[str]) -> None:
    log = json.loads(_run("sarif", monkeypatch, capsys))
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(log)
    results = log["runs"][0]["results"]
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in results)
    assert [rule["id"] for rule in rules] == sorted({r["ruleId"] for r in results})


def test_sarif_schema_rejects_a_broken_log() -> None:
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft4Validator(schema).validate({"version": "2.1.0", "runs": [{"x": 1}]})


def test_sarif_reports_unreadable_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff")
    assert main(["check", "--output-format", "sarif", str(bad)]) == 2
    log = json.loads(capsys.readouterr().out)
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert invocation["toolExecutionNotifications"][0]["message"]["text"].startswith(
        "not valid UTF-8")
    jsonschema.Draft4Validator(json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))).validate(log)


def test_json_offsets_point_into_the_file(monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads(_run("json", monkeypatch, capsys))
    assert data["schema_version"] == 1
    for entry in data["files"]:
        text = (HERE / "data" / "reporters" / entry["path"]).read_text(encoding="utf-8")
        lines = text.split("\n")
        for finding in entry["findings"]:
            span = text[finding["start"]:finding["end"]]
            line = lines[finding["line"] - 1]
            assert line[finding["column"] - 1:].startswith(span)
            if finding["fix"]:
                fix = finding["fix"]
                assert fix["start"] <= finding["end"] and fix["end"] >= finding["start"]
    md = data["files"][1]
    assert [f["code"] for f in md["findings"]][-1] == "QF102"
    assert md["findings"][-1]["line"] == 3


def test_github_escapes_properties(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    Path("a,b:c.txt").write_text("He said ” hi ».\n", encoding="utf-8")
    main(["check", "--output-format", "github", "--select", "QF101", "a,b:c.txt"])
    assert capsys.readouterr().out.startswith("::error file=a%2Cb%3Ac.txt,line=1,col=9,")
