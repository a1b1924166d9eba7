"""The documentation says what quotefix does; these tests keep it true.

- every rule code has a page in ``docs/rules/`` with the template headings,
  and no page documents a code that does not exist;
- each page's examples behave as the page says (check reports the code,
  ``fix`` produces the repaired form, the repaired form is clean);
- the editorial script in ``docs/api.md`` is ``examples/editorial_script.py``,
  and it repairs the sample article;
- the ``pycon`` sessions in ``docs/*.md`` run as shown, the locale table
  matches ``quotefix/marks.py``, and relative links resolve.
"""

from __future__ import annotations

import doctest
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import NamedTuple

import pytest

import quotefix
from quotefix.marks import ALIASES, LOCALES
from quotefix.rules import RULES, RULES_BY_CODE

ROOT = Path(__file__).parent.parent
DOCS = ROOT / "docs"
RULE_DOCS = DOCS / "rules"
SCRIPT = ROOT / "examples" / "editorial_script.py"
DATA = Path(__file__).parent / "data"
ARTICLE = DATA / "000_175faf778ac79c34.txt"
EXPECTED = DATA / "000_175faf778ac79c34.expected.txt"

TEMPLATE = (
    "What it finds",
    "Why it matters in news copy",
    "Example",
    "Repaired form",
    "Fix safety",
    "Options",
    "Added in",
)
CODES = [rule.code for rule in RULES]
#: Rules that look at several texts together: their example is several blocks,
#: one per file, checked with ``check_many``; the repaired form is the first file's.
FOLDER_RULES = frozenset({"QF510"})

# A fenced block: its info string and its body (without the closing fence).
FENCE = re.compile(r"^```([^\n`]*)\n(.*?)^```[ \t]*$", re.DOTALL | re.MULTILINE)
# "Target: `fr-FR`" / "Source: `de`" before a block apply to that block only.
SETTING = re.compile(r"^(Target|Source): `([^`]+)`[ \t]*$", re.MULTILINE)


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def sections(markdown: str) -> dict[str, str]:
    """Split a page into its ``## `` sections, keyed by heading, in order."""
    parts = re.split(r"^## (.+?)[ \t]*$", markdown, flags=re.MULTILINE)
    return {parts[i]: parts[i + 1] for i in range(1, len(parts), 2)}


class Settings(NamedTuple):
    target: str = "en-US"
    source: str | None = None


def blocks(section: str) -> list[tuple[str, Settings]]:
    """The text blocks of a section, each with the target/source stated before it."""
    found = []
    pos = 0
    for match in FENCE.finditer(section):
        stated = dict(SETTING.findall(section[pos:match.start()]))
        settings = Settings(stated.get("Target", "en-US"), stated.get("Source"))
        pos = match.end()
        if match.group(1).strip() == "text":
            body = match.group(2)
            found.append((body[:-1] if body.endswith("\n") else body, settings))
    return found


def check(text: str, settings: Settings) -> list[quotefix.Finding]:
    return quotefix.check(text, target=settings.target, source=settings.source)


def fix(text: str, settings: Settings, *, unsafe: bool = False) -> quotefix.FixResult:
    return quotefix.fix(text, target=settings.target, source=settings.source, unsafe=unsafe)


def page(code: str) -> dict[str, str]:
    return sections(read(RULE_DOCS / f"{code}.md"))


# -- 1. one page per rule, with the template ---------------------------------


@pytest.mark.parametrize("code", CODES)
def test_every_rule_has_a_page_with_the_template(code: str) -> None:
    path = RULE_DOCS / f"{code}.md"
    assert path.is_file(), f"{code} has no page docs/rules/{code}.md"
    text = read(path)
    rule = RULES_BY_CODE[code]
    lines = text.splitlines()
    assert lines[0] == f"# {code}: {rule.name}"
    summary = next(line for line in lines[1:] if line.strip())
    assert summary == rule.summary, "the summary line should be the rule table's summary"
    headings = re.findall(r"^## (.+?)[ \t]*$", text, flags=re.MULTILINE)
    assert headings == list(TEMPLATE)
    parts = sections(text)
    assert len(blocks(parts["Example"])) == (3 if code in FOLDER_RULES else 1)
    assert len(blocks(parts["Repaired form"])) == 1
    assert "0.1.0" in parts["Added in"]


def test_no_page_for_an_unknown_code() -> None:
    pages = {path.stem for path in RULE_DOCS.iterdir()}
    assert pages <= set(CODES), f"pages for unknown codes: {sorted(pages - set(CODES))}"


def test_index_lists_every_page() -> None:
    index = read(DOCS / "index.md")
    for target in ("api.md", "locales.md", "performance.md"):
        assert f"]({target})" in index
    for rule in RULES:
        assert f"[{rule.code}](rules/{rule.code}.md) | `{rule.name}` | {rule.summary} |" in index


# -- 3. the examples on each rule page behave as documented -------------------


@pytest.mark.parametrize("code", sorted(FOLDER_RULES))
def test_folder_example(code: str) -> None:
    parts = page(code)
    files = [text for text, _ in blocks(parts["Example"])]
    (repaired, _), = blocks(parts["Repaired form"])
    assert len(files) >= 3
    assert all(code in [f.code for f in found] for found in quotefix.check_many(files))
    assert all(code not in [f.code for f in check(text, Settings())] for text in files)
    result = quotefix.fix_many(files, remove_boilerplate=True)[0]
    assert result.text == repaired
    assert check(repaired, Settings()) == []


@pytest.mark.parametrize("code", [c for c in CODES if c not in FOLDER_RULES])
def test_example_is_reported(code: str) -> None:
    (example, settings), = blocks(page(code)["Example"])
    codes = [finding.code for finding in check(example, settings)]
    assert code in codes


@pytest.mark.parametrize("code", [c for c in CODES if c not in FOLDER_RULES])
def test_repaired_form(code: str) -> None:
    parts = page(code)
    (example, settings), = blocks(parts["Example"])
    (repaired, _), = blocks(parts["Repaired form"])
    result = fix(example, settings, unsafe=True)
    if RULES_BY_CODE[code].fixable:
        assert result.text == repaired
    else:  # flag only: left for a person, even with unsafe=True
        assert code in [finding.code for finding in result.unresolved]
        assert code not in [edit.code for edit in result.edits]


@pytest.mark.parametrize("code", [c for c in CODES if c not in FOLDER_RULES])
def test_repaired_form_is_clean(code: str) -> None:
    parts = page(code)
    (_, settings), = blocks(parts["Example"])
    (repaired, _), = blocks(parts["Repaired form"])
    assert check(repaired, settings) == []
    assert fix(repaired, settings).text == repaired


@pytest.mark.parametrize("code", CODES)
def test_what_is_left_alone(code: str) -> None:
    """Blocks under "What it finds" show text the rule must leave alone."""
    for text, settings in blocks(page(code)["What it finds"]):
        assert check(text, settings) == []
        assert fix(text, settings, unsafe=True).text == text


# -- 2. the editorial script -------------------------------------------------


def python_blocks(markdown: str) -> list[str]:
    return [m.group(2) for m in FENCE.finditer(markdown) if m.group(1).strip() == "python"]


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("editorial_script", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_api_doc_shows_the_editorial_script() -> None:
    (shown,) = python_blocks(read(DOCS / "api.md"))
    assert shown == read(SCRIPT)


LINE = re.compile(r"^(?P<path>.+):(?P<line>\d+):(?P<col>\d+): (?P<code>QF\d{3}) (?P<message>.+)$")


def check_report(stdout: str, status: int, copy: Path) -> None:
    """The printed findings are well-formed, point into the copy and match ``fix``."""
    lines = stdout.splitlines()
    unresolved = quotefix.fix(read(ARTICLE)).unresolved
    assert len(lines) == len(unresolved)
    assert status == (1 if unresolved else 0)
    fixed_lines = read(copy).split("\n")
    for printed, finding in zip(lines, unresolved, strict=True):
        match = LINE.match(printed)
        assert match, printed
        assert Path(match["path"]) == copy
        assert (match["code"], int(match["line"]), int(match["col"])) == (
            finding.code, finding.line, finding.column)
        assert 1 <= int(match["line"]) <= len(fixed_lines)


def test_editorial_script_in_process(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    articles, output = tmp_path / "articles", tmp_path / "out"
    articles.mkdir()
    shutil.copyfile(ARTICLE, articles / ARTICLE.name)
    status = load_script().main([str(articles), str(output)])
    copy = output / ARTICLE.name
    assert copy.read_bytes() == EXPECTED.read_bytes()
    check_report(capsys.readouterr().out, status, copy)


def test_editorial_script_as_a_program(tmp_path: Path) -> None:
    articles, output = tmp_path / "articles", tmp_path / "out"
    articles.mkdir()
    shutil.copyfile(ARTICLE, articles / ARTICLE.name)
    (articles / "notes.md").write_text("not an article: “ignored »", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(articles), str(output)],
        capture_output=True, text=True, encoding="utf-8", timeout=120, check=False,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    copy = output / ARTICLE.name
    assert sorted(path.name for path in output.iterdir()) == [ARTICLE.name]
    assert copy.read_bytes() == EXPECTED.read_bytes()
    check_report(done.stdout, done.returncode, copy)
    assert ARTICLE.name in done.stderr


def test_editorial_script_reports_what_needs_a_person(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    articles, output = tmp_path / "articles", tmp_path / "out"
    articles.mkdir()
    (articles / "a.txt").write_text("The army said it hit only military targets” on Friday.",
                                    encoding="utf-8")
    status = load_script().main([str(articles), str(output)])
    out = capsys.readouterr().out
    assert status == 1
    assert f"{output / 'a.txt'}:1:" in out
    assert " QF104 " in out


def test_editorial_script_rejects_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exc:
        load_script().main([str(tmp_path / "missing"), str(tmp_path / "out")])
    assert exc.value.code == 2


# -- the rest of docs/ -------------------------------------------------------


@pytest.mark.parametrize("name", ["index.md", "api.md", "locales.md"])
def test_pycon_sessions_run_as_shown(name: str) -> None:
    """The ``pycon`` blocks of a page, run in order in one namespace, give what they show."""
    sessions = [m.group(2) for m in FENCE.finditer(read(DOCS / name))
                if m.group(1).strip() == "pycon"]
    assert sessions
    parser = doctest.DocTestParser()
    test = parser.get_doctest("\n".join(sessions), {}, name, str(DOCS / name), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    assert runner.summarize(verbose=False).failed == 0


def table_rows(markdown: str) -> dict[str, list[str]]:
    rows = {}
    for line in markdown.splitlines():
        if line.startswith("| `"):
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            rows[cells[0].strip("`")] = cells
    return rows


def test_locale_table_matches_the_code() -> None:
    text = read(DOCS / "locales.md")
    rows = table_rows(sections(text)["Targets"])
    for name, style in LOCALES.items():
        cells = rows[name]
        assert cells[1] == " ".join(style.primary), name
        assert cells[2] == " ".join(style.secondary), name
        if style.inner_space is None:
            assert cells[3] == "none", name
        else:
            assert f"U+{ord(style.inner_space):04X}" in cells[3], name
    for alias, name in ALIASES.items():
        assert re.search(rf"`{re.escape(alias)}`[^\n]*\| `{re.escape(name)}` \|", text), alias
        assert quotefix.resolve_target(alias).locale == name


LINK = re.compile(r"\]\(([^)#:]+\.md)(#[^)]*)?\)")


@pytest.mark.parametrize(
    "path", sorted([*DOCS.glob("*.md"), *RULE_DOCS.glob("*.md")]), ids=lambda p: p.name)
def test_relative_links_resolve(path: Path) -> None:
    for target, _anchor in LINK.findall(read(path)):
        assert (path.parent / target).is_file(), f"{path.name} links to missing {target}"
