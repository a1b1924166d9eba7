"""The review page (--output-format html) in a real browser: what it shows, filters,
keyboard, links, escaping and the time a large report takes to become usable."""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path
from typing import Any

import pytest
from browser_support import FINDINGS, MARKED_TEXT, SAMPLE, open_report, run_cli, write_report

import quotefix

BLOCK_CODES = ("QF501", "QF502", "QF503", "QF505")  # shown to the end of their line
# What a repair shows inline: the text it replaces and its replacement.
OPERANDS = "el => [...el.querySelectorAll('del, ins')].map(e => e.textContent)"


def _operands(before: str, after: str) -> list[str]:
    return [before.replace(" ", "␣") or "∅", after.replace(" ", "␣") or "∅"]


@pytest.fixture
def sample_report(tmp_path: Path) -> Path:
    return write_report(tmp_path, "review.html", ["check", "--output-format", "html", str(SAMPLE)])


def _json_findings(path: Path) -> list[dict[str, Any]]:
    status, out = run_cli(["check", "--output-format", "json", str(path)])
    assert status == 1
    findings: list[dict[str, Any]] = json.loads(out)["files"][0]["findings"]
    return findings


def test_sample_report_shows_every_json_finding_at_its_place(
    page: Any, sample_report: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    expected = _json_findings(SAMPLE)
    text = SAMPLE.read_text(encoding="utf-8")
    open_report(page, sample_report)
    shown = page.evaluate(FINDINGS)
    assert [(f["code"], f["line"], f["column"], f["severity"], f["safe"]) for f in shown] == [
        (f["code"], f["line"], f["column"], f["severity"], f["fixable"]) for f in expected
    ]
    assert {f["file"] for f in shown} == {str(SAMPLE)}
    elements = page.query_selector_all(".qf-f[data-code]")
    for element, finding in zip(elements, expected, strict=True):
        marked = element.evaluate(MARKED_TEXT)
        span = text[finding["start"] : finding["end"]]
        if finding["code"] in BLOCK_CODES:  # the whole teaser line
            line_end = text.find("\n", finding["start"])
            assert marked == text[finding["start"] : line_end if line_end >= 0 else None]
        else:
            assert marked == span
        assert element.is_visible()
        tag = element.query_selector(".qf-tag")
        assert tag is not None and finding["code"] in tag.inner_text()  # not by colour alone
        fix = finding["fix"]
        chip = element.query_selector(".qf-fix")
        assert (chip is not None) == (fix is not None)
        if fix is not None:
            before = text[fix["start"] : fix["end"]]
            assert chip.evaluate(OPERANDS) == _operands(before, fix["replacement"])
            assert "→" in chip.inner_text()
        note = page.query_selector(f"#n-{element.get_attribute('id')}")
        assert note is not None and finding["message"] in note.inner_text()
    # the summary's counts per code
    counts = page.evaluate("""() => Object.fromEntries([...document.querySelectorAll(
        '.qf-summary tr[data-code]')].map(r => [r.dataset.code, +r.dataset.count]))""")
    by_code: dict[str, int] = {}
    for finding in expected:
        by_code[finding["code"]] = by_code.get(finding["code"], 0) + 1
    assert counts == by_code
    screenshot = sample_report.parent / "review-sample.png"
    page.screenshot(path=str(screenshot), full_page=True)
    assert screenshot.stat().st_size > 10_000
    with capsys.disabled():
        print(f"\nreview page screenshot: {screenshot}")


def test_filters_hide_findings_and_update_the_counts(page: Any, sample_report: Path) -> None:
    expected = _json_findings(SAMPLE)
    open_report(page, sample_report)
    status = page.locator("#qf-status")
    assert status.inner_text() == "Showing 27 findings in 1 file."

    def visible() -> list[str]:
        return [f["code"] for f in page.evaluate(FINDINGS) if not f["off"]]

    def facet(name: str, value: str) -> int:
        return int(page.inner_text(f".qf-count[data-filter='{name}'][data-value='{value}']"))

    page.get_by_label("style (14)").uncheck()  # QF2xx: the 14 QF203 spaces
    assert visible() == [f["code"] for f in expected if not f["code"].startswith("QF2")]
    assert status.inner_text() == "Showing 13 findings of 27 in 1 file of 1."
    assert page.locator("#n-f0-2").is_hidden()  # the note of the first QF203 too
    assert page.locator("#n-f0-1").is_visible()
    assert facet("code", "QF203") == 0 and facet("code", "QF102") == 7
    assert facet("family", "style") == 14  # what checking it again would add
    assert page.inner_text("section.qf-file .qf-shown") == "13 of 27 shown"

    page.check("#qf-person")
    person = [f["code"] for f in expected if not f["fixable"]]
    assert visible() == person and len(person) == 4
    assert status.inner_text().startswith("Showing 4 findings of 27")

    page.fill("#qf-search", "untranslated")
    page.wait_for_function("document.documentElement.dataset.shown === '1'")
    assert visible() == ["QF401"]

    page.fill("#qf-search", "no such words")
    page.wait_for_function("document.documentElement.dataset.shown === '0'")
    assert page.locator("section.qf-file").is_hidden()
    assert status.inner_text() == "Showing 0 findings of 27 in 0 files of 1."

    page.click("button[type=reset]")
    page.wait_for_function("document.documentElement.dataset.shown === '27'")
    assert len(visible()) == 27 and facet("family", "style") == 14


def test_keyboard_moves_through_findings_in_order(page: Any, tmp_path: Path) -> None:
    second = tmp_path / "second.txt"
    second.write_text("He said ” hello ».\n", encoding="utf-8")
    report = write_report(tmp_path, "two.html",
                          ["check", "--output-format", "html", str(SAMPLE), str(second)])
    expected = [(str(SAMPLE), f["line"], f["column"]) for f in _json_findings(SAMPLE)]
    expected += [(str(second), f["line"], f["column"]) for f in _json_findings(second)]
    open_report(page, report)

    def focused() -> tuple[str, int, int]:
        at = page.evaluate("""() => { const el = document.activeElement;
            return [el.closest('section.qf-file').dataset.path, +el.dataset.line,
                    +el.dataset.column]; }""")
        return at[0], at[1], at[2]

    seen = []
    for _ in expected:
        page.keyboard.press("j")
        seen.append(focused())
    assert seen == expected
    page.keyboard.press("j")  # at the last finding: stays there
    assert focused() == expected[-1]
    page.keyboard.press("k")
    page.keyboard.press("p")
    assert focused() == expected[-3]
    path, line, column = expected[-3]
    assert page.evaluate("decodeURIComponent(location.hash)") == f"#{path}:{line}:{column}"
    # previous and next file: each opens, with its heading button focused
    page.click("[data-action=close-all]")
    page.keyboard.press("[")
    assert page.evaluate("document.activeElement.closest('section.qf-file').dataset.index") == "0"
    page.keyboard.press("]")
    assert page.evaluate("document.activeElement.closest('section.qf-file').dataset.index") == "1"
    buttons = page.locator("section.qf-file button.qf-toggle")
    assert [buttons.nth(k).get_attribute("aria-expanded") for k in range(2)] == ["true", "true"]
    page.keyboard.press("j")  # from a file's heading, its first finding
    assert focused() == expected[len(expected) - 4]


def test_a_shared_link_opens_the_finding(page: Any, tmp_path: Path) -> None:
    other = tmp_path / "first.txt"
    other.write_text("Nothing wrong here.\n", encoding="utf-8")
    report = write_report(tmp_path, "links.html",
                          ["check", "--output-format", "html", str(other), str(SAMPLE)])
    open_report(page, report, f"#{SAMPLE}:10:185")
    assert page.evaluate("document.activeElement.dataset.code") == "QF401"
    assert page.evaluate("document.activeElement.dataset.line") == "10"
    # a related place (the partner of a mark) that is no finding of its own
    page.click("#n-f1-13 a.qf-rel")  # QF102 at 10:328, opened at 10:133
    assert page.locator(".qf-at[data-at='10:133']").count() == 1
    assert page.evaluate("decodeURIComponent(location.hash)") == f"#{SAMPLE}:10:133"
    # the rule page, embedded
    page.click("#n-f1-13 a.qf-code")
    dialog = page.locator("#qf-dialog")
    assert dialog.is_visible()
    assert "QF102 mismatched-quote-pair" in dialog.inner_text()
    assert "Fix safety" in dialog.inner_text()
    page.keyboard.press("Escape")
    assert dialog.is_hidden()


def test_fix_diff_report_shows_the_repairs(page: Any, tmp_path: Path) -> None:
    report = write_report(tmp_path, "fix.html",
                          ["fix", "--diff", "--output-format", "html", str(SAMPLE)])
    text = SAMPLE.read_text(encoding="utf-8")
    result = quotefix.fix(text)
    open_report(page, report)
    repaired = page.locator(".qf-f[data-code][data-person='false'] > .qf-fix")
    shown = [repaired.nth(k).evaluate(OPERANDS) for k in range(repaired.count())]
    assert shown == [_operands(text[e.start : e.end], e.replacement) for e in result.edits]
    assert page.locator(".qf-f[data-person='true']").count() == len(result.unresolved)
    assert "makes this repair" in page.inner_text("#n-f0-1")
    assert page.inner_text(".qf-totals dd[data-total='repairs shown']") == str(len(result.edits))


def test_hostile_article_renders_as_text(page: Any, tmp_path: Path) -> None:
    filler = ("plain words without a single mark, " * 30_000)[: 1_000_000 - 40]
    long_line = f"He said ” it is fine » and {filler} “ the end »."
    assert len(long_line) == 1_000_000
    hostile = (
        "<script>window.pwned = 1</script> </div></p> &amp; &lt;b&gt; ”quoted»\n"
        "\u200fRTL mark and \u202eoverride “ text » here\n"
        "<img src=x onerror=\"window.pwned = 2\"> bell \x07 and \x9b controls\n"
        f"{long_line}\n"
    )
    article = tmp_path / "<b>&\"x\".txt"
    article.write_text(hostile, encoding="utf-8")
    page_html = tmp_path / "page.html"
    page_html.write_text("<p>“ Hi »</p><script>window.pwned = 3</script>"
                         "<img src=x onerror=\"window.pwned = 4\">", encoding="utf-8")
    report = write_report(tmp_path, "hostile.html",
                          ["check", "--output-format", "html", str(article), str(page_html)])
    open_report(page, report)
    page.click("[data-action=open-all]")
    assert page.evaluate("window.pwned") is None
    assert page.locator(".qf-body script, .qf-body img, .qf-body div").count() == 0
    first = page.locator(f"section.qf-file[data-path='{article}']")
    assert first.count() == 1 and str(article) in first.locator(".qf-path").inner_text()
    paragraphs = first.locator("p.qf-p")
    top = paragraphs.nth(0).evaluate(MARKED_TEXT)
    assert top.startswith("<script>window.pwned = 1</script> </div></p> &amp; &lt;b&gt; ")
    second = paragraphs.nth(1).evaluate(MARKED_TEXT)
    assert "\u200fRTL mark" in second and "RLO" in second and "\u202e" not in second
    assert "bell ␇ and \ufffd controls" in paragraphs.nth(2).evaluate(MARKED_TEXT)
    assert len(paragraphs.nth(3).evaluate(MARKED_TEXT)) == 1_000_000
    assert first.locator(".qf-f[data-line='4']").count() >= 4  # both ends of the line
    html_file = page.locator(f"section.qf-file[data-path='{page_html}']")
    assert html_file.locator("p.qf-p").evaluate(MARKED_TEXT) == "“ Hi »"  # no script text


def _articles(folder: Path, count: int) -> list[Path]:
    """``count`` articles of about 4 KB: the sample article's lines, rotated."""
    lines = SAMPLE.read_text(encoding="utf-8").split("\n")
    paths = []
    for k in range(count):
        turn = k % len(lines)
        path = folder / f"article-{k:04d}.txt"
        path.write_text("\n".join(lines[turn:] + lines[:turn]) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def test_thousand_articles_open_within_two_seconds(
    browser_context: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    articles = _articles(folder, 1000)
    assert 3_500 <= articles[0].stat().st_size <= 4_500
    started = time.perf_counter()
    report = write_report(tmp_path, "thousand.html",
                          ["check", "--output-format", "html", "--exit-zero", str(folder)],
                          status=0)
    generated = time.perf_counter() - started
    walls, readies, filters = [], [], []
    total = 0
    for _ in range(5):
        tab = browser_context.new_page()
        begin = time.perf_counter()
        open_report(tab, report)
        walls.append(time.perf_counter() - begin)
        total = int(tab.inner_text(".qf-totals dd[data-total='findings']"))
        readies.append(float(tab.evaluate("document.documentElement.dataset.readyMs")) / 1000)
        tab.get_by_label("pairing", exact=False).first.uncheck()
        tab.wait_for_function("document.documentElement.dataset.updateMs !== undefined")
        filters.append(float(tab.evaluate("document.documentElement.dataset.updateMs")) / 1000)
        tab.close()
    with capsys.disabled():
        print(f"\n1,000 articles ({total} findings), page {report.stat().st_size / 1e6:.1f} MB,"
              f" written in {generated:.1f} s; open to interactive, median of 5: "
              f"{statistics.median(walls):.2f} s wall clock ({min(walls):.2f}-{max(walls):.2f}),"
              f" {statistics.median(readies):.2f} s from navigation start in the page;"
              f" first filter change {statistics.median(filters) * 1000:.0f} ms")
    assert statistics.median(walls) < 2.0
    # and the page works: a file opens with its findings
    tab = browser_context.new_page()
    open_report(tab, report)
    tab.click("section.qf-file[data-index='999'] button.qf-toggle")
    assert tab.locator("section.qf-file[data-index='999'] .qf-f[data-code]").count() == 27
    tab.close()
