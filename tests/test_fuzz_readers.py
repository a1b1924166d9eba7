"""Fuzz targets for the three readers: adversarial markup, exact outside prose, linear time.

Each strategy builds a document out of fragments that it knows to be prose or
markup: code spans (over line breaks too), raw HTML tags whose attributes
hold quotation marks and continue on the next line, ``<code>``, ``<pre>``,
``<script>``, ``<textarea>`` content, link destinations and titles,
reference definitions, comments, processing instructions, directives… Every
markup fragment carries marks the engine would repair if it took them for
prose. The properties:

- **exact outside prose**: every repair lies inside a prose fragment, so
  all markup is byte-identical after ``fix``;
- **linear**: a drawn document repeated 1x and 8x costs about 8x, not 64x.
"""

from __future__ import annotations

from collections.abc import Callable

from adversarial import assert_linear
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotefix import Options
from quotefix.formats import parse
from quotefix.runner import check_document, repairs

Fragment = tuple[str, bool]  # (text, is prose)
# Escapes: the escaped mark is read but never changed; text may be inserted beside it.
ATOMS = ('\\"', "\\'")
OPTIONS = Options(target="en-US", select=("QF1", "QF2", "QF3"))

# Prose: words, marks and spaces, nothing any reader takes for markup.
_WORDS = st.sampled_from(["He", "said", "the deal", "we win", "it’s", "yes", "Paris", ",", ".",
                          "?", ";"])
_MARKS = st.sampled_from(["“", "”", "«", "»", "„", '"', "'", "‘", "’", " ", " ", "\u00a0"])
PROSE = st.lists(st.one_of(_WORDS, _MARKS), min_size=1, max_size=8).map(" ".join).map(
    lambda text: "w " + text)  # never starts a line with a block marker
DIRTY = st.sampled_from(["” x »", '"y"', "“ z ”", "« a »", "'b'", "„c“"])  # marks in markup
SPACE = st.sampled_from([" ", "\n", " \n  "])  # inside tags and titles: may cross a line


def _quoted(dirty: str, paren: bool = False) -> str:
    """``dirty`` as a quoted value (title, attribute) that its own marks do not end."""
    if paren:
        return f"({dirty})"
    return f'"{dirty}"' if '"' not in dirty else f"'{dirty}'"


def _prose(text: str) -> Fragment:
    return (text, True)


def _markup(text: str) -> Fragment:
    return (text, False)


@st.composite
def md_inline(draw: st.DrawFn) -> list[Fragment]:
    """One inline construct of Markdown, with the prose it may hold."""
    dirty, space = draw(DIRTY), draw(SPACE)
    name = draw(st.sampled_from(["code", "pre", "script", "textarea", "kbd", "samp"]))
    choice = draw(st.integers(0, 9))
    # Code spans stand between spaces: two spans side by side would merge their backticks.
    if choice == 0:
        return [_prose(" "), _markup(f"`{dirty}{draw(st.sampled_from(['', chr(10)]))}{dirty}`"),
                _prose(" ")]
    if choice == 1:
        return [_prose(" "), _markup(f"``{dirty}`{dirty}``"), _prose(" ")]
    if choice == 2:  # a tag whose attributes continue on the next line, then its text
        return [_markup(f"<span title={_quoted(dirty)}{space}class={_quoted(dirty)}>"),
                _prose(draw(PROSE)),
                _markup("</span>")]
    if choice == 3:  # an element whose content is never prose
        return [_markup(f"<{name}>{dirty}{draw(st.sampled_from(['', chr(10)]))}{dirty}</{name}>")]
    if choice == 4:  # a link: text is prose; destination and title are not
        title = _quoted(dirty, paren=draw(st.booleans()))
        return [_markup("["), _prose(draw(PROSE)),
                _markup(f"](https://example.org/”»{space}{title})")]
    if choice == 5:
        return [_markup(f"<https://example.org/{dirty.replace(' ', '')}>")]
    if choice == 6:
        return [_markup(f"<!--{dirty}{space}{dirty}-->")]
    if choice == 7:
        return [_markup(draw(st.sampled_from([*ATOMS, "*", "**", "_"])))]
    if choice == 8:
        return [_markup(f'<img alt={_quoted(dirty)}{space}src="x.png"/>')]
    return [_prose(draw(PROSE))]


@st.composite
def md_block(draw: st.DrawFn) -> list[Fragment]:
    """One block of Markdown, ending with its blank line."""
    dirty = draw(DIRTY)
    choice = draw(st.integers(0, 7))
    if choice == 0:
        body = [f for part in draw(st.lists(md_inline(), min_size=1, max_size=6)) for f in part]
        leads = ["", "- ", "> ", "1. "]
        if not any("\n" in text for text, _prose in body):
            leads.append("# ")  # a heading is one line: what follows it is a new block
        lead = draw(st.sampled_from(leads))
        return [_markup(lead), *body, _markup("\n\n")]
    if choice == 1:
        return [_markup(f"```\n{dirty}\n\n{dirty}\n```\n\n")]
    if choice == 2:
        name = draw(st.sampled_from(["script", "pre", "style", "textarea"]))
        return [_markup(f"<{name}>\n{dirty}\n\n{dirty}\n</{name}>\n\n")]
    if choice == 3:
        return [_markup(f"<!--\n{dirty}\n\n{dirty}\n-->\n\n")]
    if choice == 4:
        title = draw(st.sampled_from([" ", "\n"])) + _quoted(dirty, paren=draw(st.booleans()))
        return [_markup(f"[r]: https://example.org/”»{title}\n\n")]
    if choice == 5:  # an HTML block: its text nodes are prose
        return [_markup(f"<div title={_quoted(dirty)}>\n"), _prose(draw(PROSE)),
                _markup("\n</div>\n\n")]
    if choice == 6:
        return [_markup(f"<?php if ($a > 1) {{ echo '{dirty}'; }} ?>\n\n")]
    return [_markup("<code>\n"), _markup(f"{dirty}\n\n{dirty}\n"), _markup("</code>\n\n")]


@st.composite
def html_fragment(draw: st.DrawFn) -> list[Fragment]:
    dirty, space = draw(DIRTY), draw(SPACE)
    choice = draw(st.integers(0, 9))
    if choice == 0:
        tag = draw(st.sampled_from(["p", "li", "h2", "em", "a", "span", "div"]))
        return [_markup(f"<{tag} title={_quoted(dirty)}{space}data-x={_quoted(dirty)}>"),
                _prose(draw(PROSE)),
                _markup(f"</{tag}>")]
    if choice == 1:
        name = draw(st.sampled_from(["script", "style", "pre", "code", "textarea", "kbd"]))
        return [_markup(f"<{name}>{dirty}{space}<b>{dirty}</b></{name}>")]
    if choice == 2:
        return [_markup(f"<!--{dirty}{space}-->")]
    if choice == 3:
        return [_markup(f"<?php if ($a > 1) {{ echo \"{dirty}\"; }} ?>")]
    if choice == 4:
        return [_markup(f"<![CDATA[{dirty}]]>")]
    if choice == 5:
        return [_markup("<!DOCTYPE html>")]
    if choice == 6:
        return [_markup("<br>")]
    if choice == 7:
        return [_prose(draw(st.sampled_from(["&laquo;", "&raquo;", "&#8221;", "&quot;",
                                              "&nbsp;"])))]
    return [_prose(draw(PROSE))]


@st.composite
def plain_fragment(draw: st.DrawFn) -> list[Fragment]:
    choice = draw(st.integers(0, 4))
    if choice == 0:
        return [_markup(draw(st.sampled_from(["# quotefix: ignore QF1\n",
                                              "<!-- quotefix: ignore -->\n"])))]
    if choice == 1:
        return [_prose("\n\n")]
    return [_prose(draw(PROSE) + "\n")]


def _document(parts: st.SearchStrategy[list[Fragment]]) -> st.SearchStrategy[list[Fragment]]:
    return st.lists(parts, max_size=10).map(lambda blocks: [f for b in blocks for f in b])


DOCUMENTS: dict[str, st.SearchStrategy[list[Fragment]]] = {
    "markdown": _document(md_block()),
    "html": _document(html_fragment()),
    "plain": _document(plain_fragment()),
}


def _prose_spans(fragments: list[Fragment]) -> list[tuple[int, int]]:
    """Where the prose is; neighbouring prose fragments make one span."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for text, prose in fragments:
        if prose and text:
            if spans and spans[-1][1] == pos:
                spans[-1] = (spans[-1][0], pos + len(text))
            else:
                spans.append((pos, pos + len(text)))
        pos += len(text)
    return spans


def _assert_exact_outside_prose(fmt: str, fragments: list[Fragment]) -> None:
    source = "".join(text for text, _prose in fragments)
    spans = _prose_spans(fragments)
    edges, pos = set(), 0
    for text, _prose in fragments:
        if text in ATOMS:
            edges.update((pos, pos + len(text)))
        pos += len(text)
    for edit in repairs(parse(source, fmt), OPTIONS):
        inside = any(start <= edit.start and edit.end <= end for start, end in spans)
        assert inside or (edit.start == edit.end and edit.start in edges), (
            f"{fmt}: the repair {edit.start}:{edit.end} {source[edit.start:edit.end]!r} -> "
            f"{edit.replacement!r} touches markup in {source!r}")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DOCUMENTS["markdown"])
def test_markdown_fix_is_exact_outside_prose(fragments: list[Fragment]) -> None:
    _assert_exact_outside_prose("markdown", fragments)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DOCUMENTS["html"])
def test_html_fix_is_exact_outside_prose(fragments: list[Fragment]) -> None:
    _assert_exact_outside_prose("html", fragments)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DOCUMENTS["plain"])
def test_plain_fix_is_exact_outside_prose(fragments: list[Fragment]) -> None:
    _assert_exact_outside_prose("plain", fragments)


def _linear(fmt: str, fragments: list[Fragment]) -> None:
    unit = "".join(text for text, _prose in fragments) or "x"
    build: Callable[[int], str] = lambda size: unit * max(1, size // len(unit))  # noqa: E731
    assert_linear(lambda text: check_document(parse(text, fmt), OPTIONS), build,
                  f"{fmt} {unit[:60]!r}", start=4000, runs=3)


# Few examples: each one times the reader at two sizes.
_TIMED = settings(max_examples=6, deadline=None,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@_TIMED
@given(DOCUMENTS["markdown"])
def test_markdown_reader_has_no_superlinear_shape(fragments: list[Fragment]) -> None:
    _linear("markdown", fragments)


@_TIMED
@given(DOCUMENTS["html"])
def test_html_reader_has_no_superlinear_shape(fragments: list[Fragment]) -> None:
    _linear("html", fragments)


@_TIMED
@given(DOCUMENTS["plain"])
def test_plain_reader_has_no_superlinear_shape(fragments: list[Fragment]) -> None:
    _linear("plain", fragments)
