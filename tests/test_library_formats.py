"""Markdown and HTML through the library: the command line's guarantees, and its exact results.

``check(text, format=...)`` and ``fix(text, format=...)`` take the same path
as the command line reading a file: the property tests generate documents
(the readers' fuzz strategies), write them to files, run the real command
line on them and compare with the library, finding by finding and byte for
byte.
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_fuzz_readers import DOCUMENTS, Fragment

import quotefix
from quotefix.cli import main

SELECT = "QF1,QF2,QF3"
EXTENSION = {"plain": ".txt", "markdown": ".md", "html": ".html"}

BODY = (
    '<p>The mayor called it &laquo;&nbsp;a compromise&nbsp;&raquo; on <em>Tuesday</em>.</p>\n'
    '<figure><img alt="the “old» square" src="a.jpg"><figcaption>“Before» the works'
    "</figcaption></figure>\n"
    '<script>var label = "“ keep »";</script><style>q::before { content: "« "; }</style>\n'
    "<pre>“ code »</pre><p>She said: ” we &#8220;will&#8221; see ».</p>\n"
)


def test_html_markup_scripts_and_styles_are_never_touched() -> None:
    result = quotefix.fix(BODY, format="html")
    assert 'alt="the “old» square"' in result.text
    assert '<script>var label = "“ keep »";</script>' in result.text
    assert 'content: "« ";' in result.text and "<pre>“ code »</pre>" in result.text
    assert "&ldquo;a compromise&rdquo;" in result.text  # entities keep their spelling
    assert "<figcaption>“Before” the works</figcaption>" in result.text
    assert quotefix.apply_edits(BODY, result.edits) == result.text
    for finding in quotefix.check(BODY, format="html"):
        assert not any(a <= finding.start < b for a, b in _markup_spans(BODY)), finding


def _markup_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for opening, closing in (("<script>", "</script>"), ("<style>", "</style>"),
                             ("<pre>", "</pre>"), ("<img", ">")):
        start = text.index(opening)
        spans.append((start, text.index(closing, start) + len(closing)))
    return spans


def test_offsets_related_positions_and_messages_point_into_the_text() -> None:
    text = "<p>He said “hello <em>my</em>» to them.</p>"
    (finding,) = quotefix.check(text, format="html")
    assert (finding.code, text[finding.start:finding.end]) == ("QF102", "»")
    (opening,) = finding.related
    assert text[opening.start:opening.end] == "“"
    assert (opening.line, opening.column) == (1, text.index("“") + 1)
    assert finding.message == f"» closes a quotation opened with “ at 1:{text.index('“') + 1}; " \
                              "expected ”"
    assert finding.fix is not None and text[finding.fix.start:finding.fix.end] == "»"


def test_markdown_code_and_links_are_left_alone() -> None:
    text = "# A “title»\n\nHe said `“ code »` and [“ a link »](https://x.org/“»).\n"
    fixed = quotefix.fix(text, format="markdown").text
    assert "`“ code »`" in fixed and "(https://x.org/“»)" in fixed
    assert fixed.startswith("# A “title”\n")
    assert "[“a link”]" in fixed


def test_unresolved_points_into_the_repaired_text() -> None:
    text = "<p>&laquo; first &raquo;</p>\n<p>He said “never closed.</p>"
    result = quotefix.fix(text, format="html")
    (left,) = result.unresolved
    assert left.code == "QF103"
    # The span runs from the opener to where the unsafe guess puts its closer.
    assert result.text[left.start:left.end] == "“never closed"


def test_suppression_comments_through_the_library() -> None:
    text = "He said “no» here. <!-- quotefix: ignore-line -->\nShe said “yes» there.\n"
    assert [f.line for f in quotefix.check(text, format="markdown")] == [2]
    plain = "# quotefix: ignore QF102\nHe said “no» here.\n\nShe said “yes» there.\n"
    assert [f.line for f in quotefix.check(plain)] == [4]
    assert quotefix.check("He said “no» here.") != []


@pytest.mark.parametrize(("text", "expected"), [
    ("<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
    ("  <div class=a>Yes.</div>", "html"),
    ("He said <strong>yes</strong>.", "html"),
    ("First line<br>second line", "html"),
    ("## Heading\n\nText.", "markdown"),
    ("> a quotation\n", "markdown"),
    ("```\ncode\n```", "markdown"),
    ("See [the report](https://example.org/r).", "markdown"),
    ("- one\n- two\n", "markdown"),
    ("<!-- quotefix: ignore-file -->\n# Title\n", "markdown"),
    ("- only one dash line\n", "plain"),
    ("3 < 4 and 5 > 2, he said “yes”.", "plain"),
    ("He said “yes”.\n\nShe said no.", "plain"),
])
def test_detect_format(text: str, expected: str) -> None:
    assert quotefix.detect_format(text) == expected
    assert quotefix.check(text, format="auto") == quotefix.check(text, format=expected)


def test_auto_reads_the_repaired_text_in_the_detected_format() -> None:
    text = "<em>He said « yes ».</em>"
    assert quotefix.fix(text, format="auto").text == quotefix.fix(text, format="html").text


def test_format_is_validated() -> None:
    assert quotefix.Options(format="HTML").format == "html"
    with pytest.raises(quotefix.OptionError, match="unknown format 'xml'; formats are: plain"):
        quotefix.check("x", format="xml")
    with pytest.raises(quotefix.OptionTypeError):
        quotefix.check("x", format=1)


def test_detection_is_linear() -> None:
    from adversarial import assert_linear

    for unit in ("[" * 50 + "\n", "[a](" * 40 + "\n", "<b" * 50, "- \n", "#" * 60):
        assert_linear(quotefix.detect_format, lambda size, unit=unit: unit * size, repr(unit))


# -- the command line and the library agree exactly ------------------------------------------


def _cli(argv: list[str], stdin: bytes | None = None) -> tuple[int, str]:
    out = io.StringIO()
    real_stdin = sys.stdin
    if stdin is not None:
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin))
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
            status = main(argv)
    finally:
        sys.stdin = real_stdin
    return status, out.getvalue()


def _as_json(finding: quotefix.Finding) -> dict[str, object]:
    fix = finding.fix
    return {
        "code": finding.code, "message": finding.message, "start": finding.start,
        "end": finding.end, "line": finding.line, "column": finding.column,
        "fix": None if fix is None else {"start": fix.start, "end": fix.end,
                                          "replacement": fix.replacement, "safe": fix.safe,
                                          "reason": fix.reason},
        "related": [(r.kind, r.start, r.end, r.line, r.column) for r in finding.related],
    }


def _from_report(entry: dict[str, object]) -> dict[str, object]:
    keep = ("code", "message", "start", "end", "line", "column", "fix")
    return {**{k: entry[k] for k in keep},
            "related": [(r["kind"], r["start"], r["end"], r["line"], r["column"])
                        for r in entry["related"]]}  # type: ignore[attr-defined]


def _agree(fmt: str, fragments: list[Fragment]) -> None:
    text = "".join(part for part, _prose in fragments)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"doc{EXTENSION[fmt]}"
        path.write_bytes(text.encode("utf-8"))
        status, out = _cli(["check", "--select", SELECT, "--output-format", "json", str(path)])
        reported = [_from_report(f) for f in json.loads(out)["files"][0]["findings"]]
        expected = quotefix.check(text, format=fmt, select=SELECT)
        assert reported == [_as_json(f) for f in expected]
        assert status == (1 if expected else 0)

        result = quotefix.fix(text, format=fmt, select=SELECT)
        status, out = _cli(["fix", "--select", SELECT, "--output-format", "json", str(path)])
        assert path.read_bytes() == result.text.encode("utf-8")
        entry = json.loads(out)["files"][0]
        assert entry["fixes"] == len(result.edits)
        assert [_from_report(f) for f in entry["findings"]] == [
            _as_json(f) for f in result.unresolved]
        # Standard input with --format: the same again, without a file name.
        status, out = _cli(["fix", "--select", SELECT, "--format", fmt, "-"],
                           stdin=text.encode("utf-8"))
        assert out == result.text


_AGREE = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_AGREE
@given(DOCUMENTS["html"])
def test_html_api_and_cli_agree(fragments: list[Fragment]) -> None:
    _agree("html", fragments)


@_AGREE
@given(DOCUMENTS["markdown"])
def test_markdown_api_and_cli_agree(fragments: list[Fragment]) -> None:
    _agree("markdown", fragments)


@_AGREE
@given(DOCUMENTS["plain"])
def test_plain_api_and_cli_agree(fragments: list[Fragment]) -> None:
    _agree("plain", fragments)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["html", "markdown"]), st.data())
def test_auto_on_the_command_line_matches_the_library(fmt: str, data: st.DataObject) -> None:
    text = "".join(part for part, _prose in data.draw(DOCUMENTS[fmt]))
    _status, out = _cli(["fix", "--select", SELECT, "--format", "auto", "-"],
                        stdin=text.encode("utf-8"))
    assert out == quotefix.fix(text, format="auto", select=SELECT).text
