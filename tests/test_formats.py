"""Documents: prose extraction, offset maps, entities, suppression, markup round trips."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotefix import Options
from quotefix.edits import apply_edits
from quotefix.formats import Document, format_for, parse
from quotefix.runner import check_document, repairs

OPTIONS = Options(target="en-US")


def _fix(source: str, fmt: str) -> str:
    document = parse(source, fmt)
    return apply_edits(document.source, repairs(document, OPTIONS))


def _codes(source: str, fmt: str) -> list[tuple[str, int, int]]:
    return [(f.code, f.line, f.column) for f in check_document(parse(source, fmt), OPTIONS)]


def skeleton(document: Document) -> str:
    """The file with every prose character taken out: markup only."""
    keep, pos = [], 0
    for piece in document.pieces:
        if piece.synthetic:
            continue
        keep.append(document.source[pos:piece.src_start])
        pos = piece.src_end
    keep.append(document.source[pos:])
    return "".join(keep)


# -- plain text ------------------------------------------------------------------------


def test_plain_crlf_maps_back() -> None:
    source = "He said ” hi ».\r\n\r\nOk “yes”.\r\n"
    assert parse(source, "plain").prose == "He said ” hi ».\n\nOk “yes”.\n"
    assert _fix(source, "plain") == "He said “hi”.\r\n\r\nOk “yes”.\r\n"
    assert _codes(source, "plain")[0] == ("QF101", 1, 9)


@pytest.mark.parametrize("directive", ["# quotefix: ignore QF1, QF203",
                                       "<!-- quotefix: ignore QF1 QF2 -->",
                                       "# quotefix: ignore"])
def test_plain_suppression_applies_to_the_next_paragraph(directive: str) -> None:
    source = f"A ” b ».\n\n{directive}\nC ” d ».\n\nE ” f ».\n"
    lines = {line for _code, line, _col in _codes(source, "plain")}
    assert lines == {1, 6}
    assert _fix(source, "plain") == f"A “b”.\n\n{directive}\nC ” d ».\n\nE “f”.\n"


def test_plain_ignore_file() -> None:
    source = "A ” b ».\n# quotefix: ignore-file\n"
    assert _codes(source, "plain") == []
    assert _fix(source, "plain") == source


def test_directive_by_rule_name() -> None:
    source = "# quotefix: ignore space-inside-quotes\nA “ b ”.\n"
    assert _codes(source, "plain") == []


# -- Markdown ----------------------------------------------------------------------------

MARKDOWN_UNTOUCHED = [
    "---\ntitle: ” x »\n---\n",
    "```\nsaid ” x »\n```\n",
    "~~~~python\nsaid ” x »\n~~~~\n",
    "    said ” x »\n",
    "Use `” x »` here.\n",
    "<!-- said ” x » -->\n",
    "<!--\nsaid ” x »\n-->\n",
    "See [the report](http://x.org/” \"title ” x »\").\n",
    "See [the report][ref].\n\n[ref]: http://x.org/” \"” x »\"\n",
    "Visit <https://x.org/”»> now.\n",
    "Tag <span title=\"” x »\">ok</span>.\n",
]


@pytest.mark.parametrize("source", MARKDOWN_UNTOUCHED)
def test_markdown_non_prose_is_never_checked_or_changed(source: str) -> None:
    assert _codes(source, "markdown") == []
    assert _fix(source, "markdown") == source


def test_markdown_prose_around_markup_is_repaired() -> None:
    source = ("# He said ” hi »\n\n- item “ one »\n\n> quoted ” two »\n\n"
              "A *” three »* and [link ” four »](http://x.org).\n")
    assert _fix(source, "markdown") == ("# He said “hi”\n\n- item “one”\n\n> quoted “two”\n\n"
                                        "A *“three”* and [link “four”](http://x.org).\n")


def test_markdown_positions_are_in_the_file() -> None:
    source = "---\na: 1\n---\n\nSome `code` then ” x ».\n"
    assert _codes(source, "markdown")[0] == ("QF101", 5, 18)


def test_markdown_quotes_pair_across_emphasis() -> None:
    assert _codes("He said “*really*”.\n", "markdown") == []
    assert _fix("He said “*really*».\n", "markdown") == "He said “*really*”.\n"


def test_markdown_suppression_comment() -> None:
    source = "A ” b ».\n\n<!-- quotefix: ignore QF1 -->\nC ” d ».\n\nE ” f ».\n"
    assert {(c, line) for c, line, _ in _codes(source, "markdown") if c.startswith("QF1")} == {
        ("QF101", 1), ("QF102", 1), ("QF101", 6), ("QF102", 6)}
    assert _codes("<!-- quotefix: ignore-file -->\n\nA ” b ».\n", "markdown") == []


def test_markdown_indented_list_continuation_is_prose() -> None:
    source = "- item\n\n    more ” x ».\n"
    assert _fix(source, "markdown") == "- item\n\n    more “x”.\n"


# -- HTML ---------------------------------------------------------------------------------


def test_html_quotes_pair_across_inline_tags() -> None:
    assert _fix("<p>“Hello <em>world</em>»</p>", "html") == "<p>“Hello <em>world</em>”</p>"
    assert _codes("<p>“Hello <em>world</em>”</p>", "html") == []


def test_html_blocks_are_paragraphs() -> None:
    source = "<p>He said “yes</p>\n<p>and left.</p>"
    assert [c for c, _l, _col in _codes(source, "html")] == ["QF103"]


@pytest.mark.parametrize(("source", "expected"), [
    ("<p>He said &laquo; hi &raquo;.</p>", "<p>He said &ldquo;hi&rdquo;.</p>"),
    ("<p>He said &#171; hi &#187;.</p>", "<p>He said &#8220;hi&#8221;.</p>"),
    ("<p>He said &#xab; hi &#xbb;.</p>", "<p>He said &#x201c;hi&#x201d;.</p>"),
    ("<p>He said &rdquo;hi&raquo;.</p>", "<p>He said &ldquo;hi&rdquo;.</p>"),
    ("<p>He said « hi ».</p>", "<p>He said “hi”.</p>"),
])
def test_html_entities_are_marks_and_keep_their_spelling(source: str, expected: str) -> None:
    assert _fix(source, "html") == expected


def test_html_straight_quote_entities_count() -> None:
    source = "<p>He said &quot;hi&quot; and “bye”.</p>"
    assert "QF202" in {c for c, _l, _col in _codes(source, "html")}


def test_html_untouched_regions() -> None:
    source = ("<html><head><title>T</title><style>p:before{content:'” »'}</style>"
              "<script>var s = \"” x »\";</script></head><body>"
              "<p title=\"” x »\">Ok <code>” x »</code> <pre>” x »</pre>"
              "<!-- ” x » --> fine.</p></body></html>")
    assert _codes(source, "html") == []
    assert _fix(source, "html") == source


def test_html_positions_are_in_the_file() -> None:
    source = "<div>\n  <p class=\"lead\">Intro.</p>\n  <p>He said <b>” hi »</b></p>\n</div>\n"
    assert _codes(source, "html")[0] == ("QF101", 3, 17)


def test_html_suppression_comment() -> None:
    source = "<p>A ” b ».</p><!-- quotefix: ignore --><p>C ” d ».</p><p>E ” f ».</p>"
    fixed = _fix(source, "html")
    assert fixed == "<p>A “b”.</p><!-- quotefix: ignore --><p>C ” d ».</p><p>E “f”.</p>"


def test_format_for_extensions() -> None:
    assert [format_for(p) for p in ("a.txt", "a.md", "a.markdown", "a.html", "a.htm", "a")] == [
        "plain", "markdown", "markdown", "html", "html", "plain"]


def test_golden_article_through_every_format() -> None:
    data = Path(__file__).parent / "data"
    article = (data / "000_175faf778ac79c34.txt").read_text(encoding="utf-8")
    expected = (data / "000_175faf778ac79c34.expected.txt").read_text(encoding="utf-8")
    assert _fix(article, "plain") == expected
    assert _fix(article, "markdown") == expected


# -- round trips: a fix never changes markup ----------------------------------------------

WORDS = st.sampled_from(["He said", "the deal", "we", "win", "yes", "2,5", "it's", "”", "“",
                         "«", "»", "„", "\"", "'", "‘", "’", " ", " ", "\u00a0", ",", "."])
PROSE = st.lists(WORDS, max_size=12).map(" ".join)

MD_MARKUP = st.sampled_from([
    "\n\n", "\n", "# ", "- ", "> ", "*", "**", "_", "`” x »`", "[", "](http://x.org/” \"” »\")",
    "<!-- ” » -->", "<https://x.org/»>", "\n```\n” »\n```\n", "\n\n    ” code »\n\n",
    "<span title=\"” »\">", "</span>", "\\\"", "\n---\n",
])
HTML_MARKUP = st.sampled_from([
    "<p>", "</p>", "<em>", "</em>", "<br>", "<a href=\"”x»\">", "</a>", "&laquo;", "&raquo;",
    "&#8221;", "&#x201C;", "&quot;", "&amp;", "&nbsp;", "<!-- ” » -->", "<code>” »</code>",
    "<script>s = '” »';</script>", "<pre>” »</pre>", "<li>", "<h2>", "</h2>", "\n",
])


def _documents(markup: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.lists(st.one_of(PROSE, markup), max_size=14).map("".join)


@settings(max_examples=150, deadline=None)
@given(_documents(MD_MARKUP))
def test_markdown_fix_never_changes_markup(source: str) -> None:
    fixed = _fix(source, "markdown")
    assert skeleton(parse(fixed, "markdown")) == skeleton(parse(source, "markdown"))
    assert _fix(fixed, "markdown") == _fix(fixed, "markdown")


@settings(max_examples=150, deadline=None)
@given(_documents(HTML_MARKUP))
def test_html_fix_never_changes_markup(source: str) -> None:
    fixed = _fix(source, "html")
    assert skeleton(parse(fixed, "html")) == skeleton(parse(source, "html"))


@settings(max_examples=150, deadline=None)
@given(_documents(HTML_MARKUP))
def test_html_findings_lie_inside_the_file(source: str) -> None:
    for finding in check_document(parse(source, "html"), OPTIONS):
        assert 0 <= finding.start <= finding.end <= len(source)
        line = source.split("\n")[finding.line - 1]
        assert 1 <= finding.column <= len(line) + 1
