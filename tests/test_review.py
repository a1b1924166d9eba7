"""The review page's parts without a browser: positions, nesting, escaping, the index,
the command line. The page itself is tested in Chromium under tests/browser/."""

from __future__ import annotations

import contextlib
import io
import json
import re
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path

import pytest

import quotefix
from quotefix.cli import main
from quotefix.formats import parse
from quotefix.model import Edit, Finding
from quotefix.report import ReportContext
from quotefix.review import render
from quotefix.review.items import FAMILY_KEYS, FileView, Item, ProseMap, file_view
from quotefix.review.layout import file_body, paragraphs
from quotefix.review.markup import attr, script_json, text
from quotefix.review.rulepages import page_text, rule_section
from quotefix.runner import FileResult

DATA = Path(__file__).parent / "data"
SAMPLE = DATA / "000_175faf778ac79c34.txt"


def _run(args: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = main(args)
    return status, out.getvalue()


class _Tree(HTMLParser):
    """Checks that elements nest and collects the spans of findings."""

    VOID = frozenset({"br", "meta", "input", "rect"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.spans: dict[str, str] = {}  # id or data-for -> text inside
        self.order: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in self.VOID:
            self.stack.append((tag, dict(attrs)))
            key = dict(attrs).get("id") or dict(attrs).get("data-for")
            if tag == "span" and key and key.startswith("f"):
                self.order.append(key)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1][0] == tag, (tag, self.stack)
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        for _tag, attrs in self.stack:
            key = attrs.get("id") or attrs.get("data-for")
            if key and key.startswith("f"):
                self.spans[key] = self.spans.get(key, "") + data


def _item(key: str, start: int, end: int, code: str = "QF101") -> Item:
    return Item(key, code, "name", FAMILY_KEYS[code[:3]], "error", "message", 1, start + 1,
                start, end, "none", None, None, "", False, True)


def _view(prose: str, items: list[Item]) -> FileView:
    return FileView(0, "a.txt", "plain", None, prose, tuple(items), 0)


def _tree(html: str) -> _Tree:
    tree = _Tree()
    tree.feed(html)
    tree.close()
    assert not tree.stack
    return tree


# -- layout ------------------------------------------------------------------------


def test_nested_findings_nest() -> None:
    prose = "He said [“ bonjour » to all] here."
    outer = _item("f0-0", 8, 27, "QF401")
    inner = _item("f0-1", 9, 10, "QF203")
    tree = _tree(file_body(_view(prose, [outer, inner])))
    assert tree.spans == {"f0-0": prose[8:27], "f0-1": prose[9:10]}


def test_overlapping_findings_continue_after_the_one_that_ends() -> None:
    prose = "abcdefghij"
    first, second = _item("f0-0", 1, 6), _item("f0-1", 4, 9, "QF203")
    html = file_body(_view(prose, [first, second]))
    tree = _tree(html)
    assert tree.order == ["f0-0", "f0-1", "f0-1"]  # the second is split in two parts
    assert html.count('id="f0-1"') == 1 and html.count('data-for="f0-1"') == 1
    assert tree.spans == {"f0-0": "bcdef", "f0-1": "efghi"}


def test_an_insertion_point_is_an_empty_span() -> None:
    html = file_body(_view("ab", [_item("f0-0", 1, 1, "QF204")]))
    assert '<p class="qf-p">a<span class="qf-f qf-style" id="f0-0"></span>b</p>' in html


def test_a_finding_across_paragraphs_is_split_at_the_break() -> None:
    prose = "One “ open.\n\nTwo close ».\n"
    html = file_body(_view(prose, [_item("f0-0", 4, 24, "QF401")]))
    tree = _tree(html)
    assert html.count("<p ") == 2 and tree.order == ["f0-0", "f0-0"]
    assert tree.spans["f0-0"] == "“ open.Two close »"  # not the break between them
    assert html.count('data-items="0"') == 1  # one note, under the first paragraph


def test_paragraphs_follow_the_engine() -> None:
    assert paragraphs("a\nb\n") == [(0, 1), (2, 3)]
    assert paragraphs("a\nb\n\nc") == [(0, 3), (5, 6)]
    assert paragraphs("\n\n") == []


def test_related_places_get_anchors() -> None:
    text_ = "He said ” hi ».\n"
    result = FileResult("a.txt", "plain", text_, tuple(quotefix.check(text_)))
    view = file_view(result, 0, repairs_listed=False)
    qf102 = next(i for i in view.items if i.code == "QF102")
    assert [(p.line, p.column) for p in qf102.related] == [(1, 9)]
    # 1:9 is a finding of its own: the link finds it, so no extra anchor
    assert 'data-at="1:9"' not in file_body(view)


# -- positions: file to prose --------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "fmt"),
    [
        ("# Head\n\nHe said ” hi ».\n\nShe *said* “ yes » `” code`.\n", "markdown"),
        ("<p>He said &laquo; hi &raquo;.</p>\n<p><em>She</em> said “ yes ».</p>", "html"),
        ("He said ” hi ».\r\n# quotefix: ignore QF203\r\nShe said “ yes ».\r\n", "plain"),
    ],
)
def test_findings_land_on_their_text_in_the_prose(source: str, fmt: str) -> None:
    document = parse(source, fmt)
    where = ProseMap(document)
    found = [document.map_finding(f) for f in quotefix.check(document.prose)]
    assert found
    for prose_finding, finding in zip(quotefix.check(document.prose), found, strict=True):
        assert where.start(finding.start) == prose_finding.start
        assert where.end(finding.end) == prose_finding.end


def test_plain_text_positions_are_the_same() -> None:
    text_ = SAMPLE.read_text(encoding="utf-8")
    where = ProseMap(parse(text_, "plain"))
    assert all(where.start(k) == k and where.end(k) == k for k in range(0, len(text_), 7))


# -- repairs of fix --diff ------------------------------------------------------------


def test_fix_review_pairs_repairs_with_findings() -> None:
    text_ = SAMPLE.read_text(encoding="utf-8")
    result = quotefix.fix(text_)
    found = tuple(quotefix.check(text_))
    view = file_view(FileResult("a.txt", "plain", text_, found, fixes=len(result.edits),
                                edits=tuple(result.edits)), 0, repairs_listed=True)
    applied = [i for i in view.items if i.applied]
    assert len(applied) == len(result.edits) and len(view.items) == len(found)
    assert [(i.before, i.after) for i in applied] == [
        (text_[e.start : e.end], e.replacement) for e in result.edits
    ]
    assert sum(i.person for i in view.items) == len(result.unresolved)


def test_a_repair_no_finding_announced_is_shown_too() -> None:
    text_ = "abc ” d"
    extra = Edit(3, 4, "", "QF203", "space before the closing mark", True)
    view = file_view(FileResult("a.txt", "plain", text_, (), fixes=1, edits=(extra,)), 0, True)
    [item] = view.items
    assert (item.code, item.line, item.column, item.applied, item.before) == (
        "QF203", 1, 4, True, " ")


def test_boilerplate_is_shown_to_the_end_of_its_line() -> None:
    text_ = "Body.\nREAD ALSO: Another story here\nMore body.\n"
    view = file_view(FileResult("a.txt", "plain", text_, tuple(quotefix.check(text_))), 0,
                     False)
    [item] = [i for i in view.items if i.code == "QF501"]
    assert text_[item.start : item.end] == "READ ALSO: Another story here"


# -- escaping --------------------------------------------------------------------------


def test_text_and_attributes_are_escaped() -> None:
    hostile = "<script>alert(1)</script>\"'&\x00\x1f\x7f\x9f\ufdd0\U0010ffff"
    for escaped in (text(hostile), attr(hostile)):
        assert "<script" not in escaped
        assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef\U0010ffff]",
                             escaped)
    assert '"' not in attr(hostile)


def test_index_json_cannot_close_its_script() -> None:
    data = {"message": "</script><!-- \u2028 \x85"}
    raw = script_json(data)
    assert "<" not in raw and ">" not in raw and "\x85" not in raw
    assert json.loads(raw) == data


def test_the_page_is_self_contained_and_holds_no_live_markup(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("<script>alert(1)</script> </div> ” x » <img src=x onerror=y()>\n"
                       "<!-- comment --> </SCRIPT >\n", encoding="utf-8")
    status, page = _run(["check", "--output-format", "html", str(article)])
    assert status == 1
    assert page.startswith("<!DOCTYPE html>")
    # nothing to fetch: no source, stylesheet or frame, and links only within the page
    assert not re.search(r"<[^>]*\s(src|srcset|action|data)=|url\(|@import|<link|<iframe", page)
    assert re.findall(r'href="([^#][^"]*)"', page) == []
    assert re.findall(r"https?://[^\s\"']*", page) == ["http://www.w3.org/2000/svg"] * 2
    # three scripts: the index, the program, and the file's text (inert until opened)
    assert page.count("<script") == 3 and page.lower().count("</script") == 3
    assert "<!--" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_errors_are_listed_on_the_page(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe")
    status, page = _run(["check", "--output-format", "html", str(bad)])
    assert status == 2
    assert "not checked: not valid UTF-8" in page


# -- the command line ---------------------------------------------------------------------


def test_fix_diff_html_changes_nothing(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("He said ” hi ».\n", encoding="utf-8")
    status, page = _run(["fix", "--diff", "--output-format", "html", str(article)])
    assert status == 1 and article.read_text(encoding="utf-8") == "He said ” hi ».\n"
    assert 'data-total="repairs shown">4<' in page
    clean = tmp_path / "b.txt"
    clean.write_text("He said “hi”.\n", encoding="utf-8")
    assert _run(["fix", "--diff", "--output-format", "html", str(clean)])[0] == 0


def test_fix_in_place_html_shows_what_is_left(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    status, page = _run(["fix", "--output-format", "html", str(article)])
    assert status == 1  # findings that need a person remain
    expected = (DATA / "000_175faf778ac79c34.expected.txt").read_text(encoding="utf-8")
    assert article.read_text(encoding="utf-8") == expected
    assert 'data-total="repairs made">23<' in page and 'data-total="findings">4<' in page
    assert "the text shown is the repaired text" in page


def test_index_matches_the_findings() -> None:
    found = tuple(quotefix.check(SAMPLE.read_text(encoding="utf-8")))
    result = FileResult(str(SAMPLE), "plain", SAMPLE.read_text(encoding="utf-8"), found)
    page = render([result], ReportContext("check"))
    start = page.index('id="qf-index">') + len('id="qf-index">')
    data = json.loads(page[start : page.index("</script>", start)])
    assert data["files"] == [[str(SAMPLE), len(found)]]
    assert [(i[1], i[2], i[3]) for i in data["items"]] == [(f.code, f.line, f.column)
                                                            for f in found]
    assert [data["strings"][i[9]] for i in data["items"]] == [f.message for f in found]


# -- rule pages, styles, assets ------------------------------------------------------------


@pytest.mark.parametrize("rule", quotefix.RULES, ids=lambda r: r.code)
def test_every_rule_page_is_embedded_as_escaped_html(rule: quotefix.Rule) -> None:
    assert page_text(rule.code) is not None
    section = rule_section(rule)
    assert f'id="rule-{rule.code}"' in section and "<h3>" in section
    _tree(section)  # well nested, so nothing of the page escaped into markup


def _luminance(colour: str) -> float:
    channels = [int(colour[k : k + 2], 16) / 255 for k in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_colours_keep_text_readable() -> None:
    css = resources.files("quotefix.review").joinpath("review.css").read_text(encoding="utf-8")
    colours = dict(re.findall(r"--([a-z-]+): (#[0-9a-f]{6});", css))
    for family in FAMILY_KEYS.values():
        assert _contrast(colours["ink"], colours[family]) >= 7  # text on its highlight
        assert _contrast(colours[f"{family}-line"], colours["paper"]) >= 4.5
    for name in ("muted", "accent", "safe", "unsafe"):
        assert _contrast(colours[name], colours["paper"]) >= 4.5


def test_every_family_has_its_own_line_style() -> None:
    css = resources.files("quotefix.review").joinpath("review.css").read_text(encoding="utf-8")
    styles = re.findall(r"\.qf-f\.qf-([a-z]+) \{[^}]*text-decoration: underline (\w+)", css)
    assert sorted(family for family, _style in styles) == sorted(FAMILY_KEYS.values())
    assert len({style for _family, style in styles}) == len(FAMILY_KEYS)


def test_findings_from_the_engine_render(tmp_path: Path) -> None:
    """Every kind of finding the sample produces reaches the page with a span."""
    text_ = SAMPLE.read_text(encoding="utf-8")
    found: tuple[Finding, ...] = tuple(quotefix.check(text_))
    page = render([FileResult("a.txt", "plain", text_, found)], ReportContext("check"))
    assert all(f'id="f0-{k}"' in page for k in range(len(found)))
