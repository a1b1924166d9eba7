"""Command-line conventions people know from ruff and flake8, through the real command line.

Version, summary lines, ``--show-fixes``, colour (on a pseudo-terminal), the
progress bar (on a pseudo-terminal), ``--extend-select``/``--extend-ignore``
and overrides that extend, ``--force-exclude``, ``.gitignore`` in a real git
work tree, ``--encoding`` round trips, same-line suppression, ``quotefix
explain``, GitHub's exclusive ``endColumn``, and the documentation that
shows real output.
"""

from __future__ import annotations

import codecs
import fcntl
import io
import json
import os
import pty
import re
import shutil
import struct
import subprocess
import sys
import termios
from importlib.metadata import version
from pathlib import Path

import pytest

from quotefix import RULES
from quotefix.cli import main

ROOT = Path(__file__).parent.parent
BROKEN = "He said ” hi ».\n"
FIXED = "He said “hi”.\n"
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _exe() -> str:
    found = shutil.which("quotefix", path=str(Path(sys.executable).parent))
    assert found is not None
    return found


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("CI", "NO_COLOR", "FORCE_COLOR", "TERM")}
    return {**env, "TERM": "xterm-256color", "PYTHONIOENCODING": "utf-8", **extra}


def _run(argv: list[str], cwd: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([_exe(), *argv], cwd=cwd, capture_output=True, text=True,
                          encoding="utf-8", env=_env(**extra), check=False, timeout=120)


def _on_terminal(argv: list[str], cwd: Path, **extra: str) -> str:
    """Run quotefix with standard output and standard error on a pseudo-terminal."""
    master, slave = pty.openpty()
    # A terminal of 100 columns, as a person's is (a new pseudo-terminal has none).
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    child = subprocess.Popen([_exe(), *argv], cwd=cwd, env=_env(**extra),
                             stdin=subprocess.DEVNULL, stdout=slave, stderr=slave)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the child has closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    child.wait(timeout=120)
    os.close(master)
    return b"".join(chunks).decode("utf-8", errors="replace").replace("\r\n", "\n")


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# -- version and help --------------------------------------------------------------------


def test_version_and_the_first_line_of_help(tmp_path: Path) -> None:
    expected = f"quotefix {version('quotefix-mt')}"
    assert _run(["--version"], tmp_path).stdout == expected + "\n"
    assert _run(["--help"], tmp_path).stdout.splitlines()[0].startswith(expected + ": ")
    assert _run(["check", "--help"], tmp_path).stdout.splitlines()[0].startswith(expected)


# -- summaries and --show-fixes ------------------------------------------------------------


def test_summary_counts_fixable_and_unsafe(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", "Growth was 2,5 percent, he said ” slowly ».\n")
    _write(tmp_path / "b.txt", FIXED)
    done = _run(["check", "a.txt", "b.txt"], tmp_path)
    assert done.returncode == 1
    assert done.stdout.splitlines()[-2:] == [
        "Found 5 problems in 1 file (4 fixable with quotefix fix; 1 more with --unsafe-fixes).",
        "2 files checked."]
    full = _run(["check", "--output-format", "full", "a.txt"], tmp_path).stdout
    assert full.endswith("Found 5 problems in 1 file (4 fixable with quotefix fix; 1 more with"
                         " --unsafe-fixes).\n1 file checked.\n")
    stats = _run(["check", "--statistics", "a.txt"], tmp_path).stdout
    assert stats.splitlines()[-1] == "1 file checked."
    assert _run(["check", "b.txt"], tmp_path).stdout == "All checks passed.\n1 file checked.\n"
    assert _run(["check", "-q", "a.txt"], tmp_path).stdout.count("\n") == 5


def test_show_fixes(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", BROKEN + "\nShe said “never closed.\n")
    # Straight marks are defects once the document uses a curly one.
    _write(tmp_path / "b.md", "# T\n\nShe said “no”; he said \"yes\".\n")
    done = _run(["fix", "--check", "--show-fixes", "a.txt", "b.md"], tmp_path)
    assert done.stdout == (
        "Would fix: a.txt (4 fixes)\nWould fix: b.md (2 fixes)\n"
        "Would fix 6 problems in 2 files:\n- a.txt:\n    1 × QF101 wrong-direction-quote\n"
        "    1 × QF102 mismatched-quote-pair\n    2 × QF203 space-inside-quotes\n"
        "- b.md:\n    2 × QF202 straight-quotes\n2 files checked.\n")
    done = _run(["fix", "--diff", "--show-fixes", "a.txt"], tmp_path)
    assert done.stdout.startswith("--- a.txt\n")
    assert done.stderr.startswith("Would fix 4 problems in 1 file:\n- a.txt:\n")
    done = _run(["fix", "--show-fixes", "a.txt", "b.md"], tmp_path)
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert lines[0] == "a.txt:3:10: QF103 “ opens a quotation that is never closed in its paragraph"
    assert lines[1:4] == ["Fixed 6 problems in 2 files:", "- a.txt:",
                          "    1 × QF101 wrong-direction-quote"]
    assert lines[-2:] == ["Found 1 problem in 1 file (1 more with --unsafe-fixes).",
                          "2 files checked."]
    fixed = (tmp_path / "b.md").read_text(encoding="utf-8")
    assert fixed == "# T\n\nShe said “no”; he said “yes”.\n"
    done = _run(["fix", "--show-fixes", "--output-format", "json", "a.txt"], tmp_path)
    assert json.loads(done.stdout)["summary"]["fixed"] == 0  # nothing left to fix
    assert done.stderr == ""


# -- colour and the progress bar on a terminal ---------------------------------------------


def test_colour_on_a_terminal_and_the_environment(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", BROKEN)
    out = _on_terminal(["check", "a.txt"], tmp_path)
    assert "\x1b[1ma.txt\x1b[0m" in out and "\x1b[1;31mQF101\x1b[0m" in out
    assert "\x1b[36m[*]\x1b[0m" in out
    assert ANSI.sub("", out).splitlines()[0] == (
        "a.txt:1:9: QF101 [*] closing mark ” opens the quotation closed at 1:14; expected “")
    assert not ANSI.search(_on_terminal(["check", "a.txt"], tmp_path, NO_COLOR="1"))
    assert not ANSI.search(_on_terminal(["check", "--color", "never", "a.txt"], tmp_path))
    assert not ANSI.search(_on_terminal(["check", "a.txt"], tmp_path, TERM="dumb"))
    assert ANSI.search(_on_terminal(["check", "--color", "always", "a.txt"], tmp_path,
                                    NO_COLOR="1"))
    # Piped: no colour, unless asked for.
    assert not ANSI.search(_run(["check", "a.txt"], tmp_path).stdout)
    assert ANSI.search(_run(["check", "a.txt"], tmp_path, FORCE_COLOR="1").stdout)
    assert not ANSI.search(_run(["check", "a.txt"], tmp_path, FORCE_COLOR="1",
                                NO_COLOR="1").stdout)
    assert ANSI.search(_run(["check", "--color", "always", "a.txt"], tmp_path).stdout)
    assert ANSI.search(_run(["fix", "--show-fixes", "--color", "always", "a.txt"],
                            tmp_path).stdout)
    # Machine formats are never coloured.
    done = _run(["check", "--color", "always", "--output-format", "json", "a.txt"], tmp_path)
    assert not ANSI.search(done.stdout)


def test_progress_bar_on_a_terminal_only(tmp_path: Path) -> None:
    for index in range(12):
        _write(tmp_path / "news" / f"{index:02}.txt", FIXED)
    out = _on_terminal(["check", "news"], tmp_path)
    assert "/12 [" in out and "file/s" in out  # tqdm's bar, on standard error
    assert out.endswith("All checks passed.\n12 files checked.\n")  # the bar is erased first
    assert "/12 [" not in _on_terminal(["check", "news"], tmp_path, CI="true")
    assert "/12 [" not in _on_terminal(["check", "--quiet", "news"], tmp_path)
    assert "/12 [" not in _run(["check", "news"], tmp_path).stderr  # piped: no bar
    few = _on_terminal(["check", *[f"news/{i:02}.txt" for i in range(9)]], tmp_path)
    assert "/9 [" not in few


# -- wide characters in full output ----------------------------------------------------------


def test_full_carets_are_aligned_by_display_width(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", "東京の記者は ” hi » と言った。\n")
    out = _run(["check", "--output-format", "full", "--select", "QF101", "a.txt"], tmp_path)
    lines = out.stdout.splitlines()
    source = next(line for line in lines if line.startswith(" 1 | "))
    carets = lines[lines.index(source) + 1]
    # 東京の記者は takes 12 columns and the space one: the caret stands under ”.
    assert carets.index("^") == source.index("”") + len("東京の記者は")
    from wcwidth import wcswidth
    assert wcswidth(source[: source.index("”")]) == carets.index("^")


# -- selection -------------------------------------------------------------------------------


def _codes(out: str) -> set[str]:
    return {m[1] for m in re.finditer(r": (QF\d{3}) ", out)}


def test_extend_select_and_extend_ignore(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", BROKEN)
    assert _codes(_run(["check", "--select", "QF101", "a.txt"], tmp_path).stdout) == {"QF101"}
    both = _run(["check", "--select", "QF101", "--extend-select", "QF203", "a.txt"], tmp_path)
    assert _codes(both.stdout) == {"QF101", "QF203"}
    out = _run(["check", "--extend-ignore", "QF2", "a.txt"], tmp_path).stdout
    assert _codes(out) == {"QF101", "QF102"}
    _write(tmp_path / "quotefix.toml", 'select = ["QF101"]\nextend-select = ["QF102"]\n')
    assert _codes(_run(["check", "a.txt"], tmp_path).stdout) == {"QF101", "QF102"}
    out = _run(["check", "--extend-select", "QF203", "a.txt"], tmp_path).stdout
    assert _codes(out) == {"QF101", "QF102", "QF203"}
    assert _codes(_run(["check", "--select", "QF203", "a.txt"], tmp_path).stdout) == {"QF203"}
    _write(tmp_path / "quotefix.toml", 'ignore = ["QF2"]\nextend-ignore = ["QF102"]\n')
    assert _codes(_run(["check", "a.txt"], tmp_path).stdout) == {"QF101"}
    bad = _run(["check", "--extend-select", "QF999", "a.txt"], tmp_path)
    assert bad.returncode == 2 and "extend-select: 'QF999' names no rule" in bad.stderr


def test_overrides_extend_or_replace(tmp_path: Path) -> None:
    _write(tmp_path / "quotefix.toml", """ignore = ["QF203"]

[[overrides]]
paths = ["extend/**"]
extend-ignore = ["QF101"]

[[overrides]]
paths = ["replace/**"]
ignore = ["QF101"]
""")
    for folder in ("top", "extend", "replace"):
        _write(tmp_path / folder / "a.txt", BROKEN)
    out = _run(["check", "."], tmp_path).stdout
    found: dict[str, set[str]] = {}
    for line in out.splitlines():
        if line.count(":") >= 3:
            found.setdefault(line.split("/")[0], set()).add(line.split()[1])
    assert found == {"top": {"QF101", "QF102"}, "extend": {"QF102"},
                     "replace": {"QF102", "QF203"}}


# -- files: force-exclude and .gitignore -------------------------------------------------------


def test_force_exclude(tmp_path: Path) -> None:
    _write(tmp_path / "quotefix.toml", 'exclude = ["drafts/", "*.tmp.md"]\n')
    _write(tmp_path / "drafts" / "a.txt", BROKEN)
    _write(tmp_path / "b.tmp.md", BROKEN)
    _write(tmp_path / "c.txt", BROKEN)
    named = ["drafts/a.txt", "b.tmp.md", "c.txt"]
    assert _run(["check", *named], tmp_path).stdout.count("QF101") == 3
    done = _run(["check", "--force-exclude", *named], tmp_path)
    assert done.stdout.count("QF101") == 1 and done.stdout.endswith("1 file checked.\n")
    _write(tmp_path / "quotefix.toml",
           'exclude = ["drafts/", "*.tmp.md"]\nforce-exclude = true\n')
    assert _run(["check", *named], tmp_path).stdout.count("QF101") == 1
    assert _run(["check", "--no-force-exclude", *named], tmp_path).stdout.count("QF101") == 3
    assert _run(["fix", "drafts/a.txt"], tmp_path).returncode == 0
    assert (tmp_path / "drafts" / "a.txt").read_text(encoding="utf-8") == BROKEN
    piped = subprocess.run([_exe(), "fix", "--stdin-filename", "drafts/x.txt", "-"],
                           cwd=tmp_path, input=BROKEN.encode(), capture_output=True, check=False)
    assert (piped.returncode, piped.stdout) == (0, BROKEN.encode())  # passed through


def _git(repo: Path, *argv: str) -> None:
    subprocess.run(["git", *argv], cwd=repo, check=True, capture_output=True)


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_gitignore_in_a_work_tree(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    _git(repo, "init", "-q")
    _write(repo / ".gitignore", "build/\n*.bak.txt\n/top.txt\ndraft[0-9].md\n!draft9.md\n")
    _write(repo / "news" / ".gitignore", "local-*.txt\n")
    _write(repo / ".git" / "info" / "exclude", "secret.txt\n")
    for name in ("a.txt", "build/b.txt", "x.bak.txt", "top.txt", "news/top.txt", "draft1.md",
                 "draft9.md", "news/local-1.txt", "news/c.txt", "secret.txt", "news/secret.txt"):
        _write(repo / name, BROKEN)
    out = _run(["check", "."], repo).stdout
    checked = {line.split(":")[0] for line in out.splitlines() if "QF101" in line}
    assert checked == {"a.txt", "news/top.txt", "draft9.md", "news/c.txt"}
    assert out.endswith("4 files checked.\n")
    ignored = _run(["check", "--no-respect-gitignore", "."], repo).stdout
    assert ignored.endswith("11 files checked.\n")
    _write(repo / "quotefix.toml", "respect-gitignore = false\n")
    assert _run(["check", "."], repo).stdout.endswith("11 files checked.\n")
    (repo / "quotefix.toml").unlink()
    # A folder inside the tree: the .gitignore files above it apply too.
    assert _run(["check", "news"], repo).stdout.endswith("2 files checked.\n")
    # Named files are read even when git ignores them.
    assert "QF101" in _run(["check", "build/b.txt"], repo).stdout
    # Outside a work tree a .gitignore means nothing.
    plain = tmp_path / "plain"
    _write(plain / ".gitignore", "*.txt\n")
    _write(plain / "a.txt", BROKEN)
    assert "QF101" in _run(["check", "."], plain).stdout


# -- encodings ------------------------------------------------------------------------------


@pytest.mark.parametrize(("encoding", "bom", "newline"), [
    ("cp1252", b"", "\r\n"),
    ("latin-1", b"", "\n"),
    ("utf-16", codecs.BOM_UTF16_LE, "\r\n"),
    ("utf-16", codecs.BOM_UTF16_BE, "\n"),
    ("utf-16-le", b"", "\n"),
    ("utf-32", codecs.BOM_UTF32_BE, "\n"),
    ("utf-8", codecs.BOM_UTF8, "\r\n"),
])
def test_encoding_round_trips_byte_for_byte(tmp_path: Path, encoding: str, bom: bytes,
                                            newline: str) -> None:
    codec = {codecs.BOM_UTF16_LE: "utf-16-le", codecs.BOM_UTF16_BE: "utf-16-be",
             codecs.BOM_UTF32_BE: "utf-32-be", codecs.BOM_UTF8: "utf-8"}.get(bom, encoding)
    before = newline.join(['Caf\u00e9 owners said "no" ; the mayor said \u00ab yes \u00bb.',
                           "", "Untouched line: \u00e9\u00e8\u00e0 \u00a3 \u20ac.", ""])
    after = newline.join(["Caf\u00e9 owners said \u201cno\u201d; the mayor said \u201cyes\u201d.",
                          "", "Untouched line: \u00e9\u00e8\u00e0 \u00a3 \u20ac.", ""])
    if encoding == "latin-1":
        before, after = before.replace("\u20ac", "E"), after.replace("\u201c", '"')
        after = after.replace("\u201d", '"')
    path = tmp_path / "a.txt"
    path.write_bytes(bom + before.encode(codec))
    path.chmod(0o640)
    done = _run(["fix", "--encoding", encoding, "a.txt"], tmp_path)
    if encoding == "latin-1":  # “ ” do not exist in latin-1: nothing is written
        assert done.returncode == 2
        assert "U+201C (left double quotation mark), which iso8859-1 cannot write" in done.stderr
        assert path.read_bytes() == bom + before.encode(codec)
        return
    assert done.returncode == 0, done.stderr
    assert path.read_bytes() == bom + after.encode(codec)
    assert (path.stat().st_mode & 0o777) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]
    piped = subprocess.run([_exe(), "fix", "--encoding", encoding, "-"], cwd=tmp_path,
                           input=bom + before.encode(codec), capture_output=True, check=False)
    assert piped.stdout == bom + after.encode(codec)


def test_encoding_errors(tmp_path: Path) -> None:
    _write(tmp_path / "quotefix.toml", 'encoding = "cp1252"\n')
    (tmp_path / "a.txt").write_bytes('He said \u201e hi \u201c.\n'.encode("cp1252"))
    assert "QF201" in _run(["check", "a.txt"], tmp_path).stdout  # read as cp1252
    not_utf8 = _run(["check", "--encoding", "utf-8", "a.txt"], tmp_path)
    assert "not valid UTF-8 (byte 8); name its encoding with --encoding" in not_utf8.stderr
    unknown = _run(["check", "--encoding", "klingon", "a.txt"], tmp_path)
    assert unknown.returncode == 2 and "unknown encoding 'klingon'" in unknown.stderr
    # A French repair needs U+202F, which cp1252 cannot write: the file is left as it is.
    (tmp_path / "fr.txt").write_bytes('Il a dit \u00abbonjour\u00bb.\n'.encode("cp1252"))
    done = _run(["fix", "--target", "fr-FR", "fr.txt"], tmp_path)
    assert done.returncode == 2
    assert "U+202F (narrow no-break space), which cp1252 cannot write; not changed" in done.stderr
    assert (tmp_path / "fr.txt").read_bytes() == 'Il a dit \u00abbonjour\u00bb.\n'.encode("cp1252")


def test_utf16_is_not_binary(tmp_path: Path) -> None:
    # Without a byte-order mark, UTF-16 decodes as UTF-8 full of NUL characters.
    (tmp_path / "a.txt").write_bytes('She said “no”; he said "hi".\n'.encode("utf-16-le"))
    assert "binary file (contains NUL characters)" in _run(["check", "a.txt"], tmp_path).stderr
    assert "QF202" in _run(["check", "--encoding", "utf-16-le", "a.txt"], tmp_path).stdout
    assert "QF202" in _run(["check", "--encoding", "utf-16", "a.txt"], tmp_path).stdout


# -- same-line suppression --------------------------------------------------------------------


def test_ignore_line_in_html_and_markdown(tmp_path: Path) -> None:
    _write(tmp_path / "a.html",
           "<p>He said “no» here. <!-- quotefix: ignore-line --></p>\n<p>She said “yes».</p>\n")
    _write(tmp_path / "b.md", "He said “no» here. <!-- quotefix: ignore-line QF1 -->\n"
                              "and “this» too.\n\nShe said “yes».\n")
    out = _run(["check", "a.html", "b.md"], tmp_path).stdout
    assert [line.split(":")[:2] for line in out.splitlines() if "QF102" in line] == [
        ["a.html", "2"], ["b.md", "2"], ["b.md", "4"]]
    _run(["fix", "a.html", "b.md"], tmp_path)
    assert "“no» here" in (tmp_path / "a.html").read_text(encoding="utf-8")
    assert "She said “yes”." in (tmp_path / "a.html").read_text(encoding="utf-8")


# -- explain -----------------------------------------------------------------------------------


def test_explain(tmp_path: Path) -> None:
    done = _run(["explain", "Il a dit\u00a0: «\u202foui\u202f» ″5 \u200b"], tmp_path)
    assert done.returncode == 0
    assert done.stdout.splitlines() == [
        "1:9   ␣  U+00A0   NO-BREAK SPACE",
        "1:12  «  U+00AB   LEFT-POINTING DOUBLE ANGLE QUOTATION MARK",
        "1:13  ␣  U+202F   NARROW NO-BREAK SPACE",
        "1:17  ␣  U+202F   NARROW NO-BREAK SPACE",
        "1:18  »  U+00BB   RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK",
        "1:20  ″  U+2033   DOUBLE PRIME",
        "1:23  ∅  U+200B   ZERO WIDTH SPACE",
    ]
    piped = subprocess.run([_exe(), "explain", "--output-format", "json"], cwd=tmp_path,
                           input="a\u2019b\n".encode(), capture_output=True, check=False)
    assert json.loads(piped.stdout) == [{"line": 1, "column": 2, "char": "\u2019",
                                         "code_point": "U+2019",
                                         "name": "RIGHT SINGLE QUOTATION MARK", "kind": "quote"}]
    every = _run(["explain", "--all", "ab"], tmp_path).stdout.splitlines()
    assert [line.split()[-1] for line in every] == ["A", "B"]
    assert _run(["explain", "plain words"], tmp_path).stdout == (
        "No quotation marks or invisible characters.\n")


# -- GitHub annotations ------------------------------------------------------------------------


def test_github_end_column_is_exclusive_like_sarif(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", "He said « a deal » and “ no.\n")
    annotations = _run(["check", "--output-format", "github", "a.txt"], tmp_path).stdout
    sarif = json.loads(_run(["check", "--output-format", "sarif", "a.txt"], tmp_path).stdout)
    regions = [r["locations"][0]["physicalLocation"]["region"]
               for r in sarif["runs"][0]["results"]]
    pairs = re.findall(r"col=(\d+),endLine=\d+,endColumn=(\d+)", annotations)
    assert [(int(a), int(b)) for a, b in pairs] == [
        (r["startColumn"], r["endColumn"]) for r in regions]
    assert all(end > start for start, end in [(int(a), int(b)) for a, b in pairs])


# -- documentation -----------------------------------------------------------------------------


def test_docs_show_real_output() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "docs_output.py"), "--check"],
                          capture_output=True, text=True, check=False, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr + (
        " (run python scripts/docs_output.py)")
    cli = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert cli.count("<!-- output of: quotefix ") >= 3
    assert "\nFound 18 problems" not in cli or "fixable with quotefix fix" in cli


def test_index_repair_column_matches_quotefix_rules() -> None:
    index = (ROOT / "docs" / "index.md").read_text(encoding="utf-8")
    buffer = io.StringIO()
    real = sys.stdout
    sys.stdout = buffer
    try:
        main(["rules", "--output-format", "json"])
    finally:
        sys.stdout = real
    table = {row["code"]: row for row in json.loads(buffer.getvalue())}
    for rule in RULES:
        row = re.search(rf"\| \[{rule.code}\]\(rules/{rule.code}.md\) \|.*\| ([^|]+) \|\n", index)
        assert row is not None, rule.code
        repair, safe = row[1].strip(), table[rule.code]["safe"]
        if repair == "unsafe only":
            assert safe == "never", rule.code
        elif repair == "yes":
            assert safe in ("always", "sometimes"), rule.code
        else:
            assert safe == "-", rule.code


def test_api_signatures_list_every_option() -> None:
    from quotefix.options import FIELDS

    api = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    for name in ("check", "fix", "Options"):
        opening = "\n```\n" + name + "("
        start = api.index(opening)
        signature = api[start:api.index("```", start + 5)]
        for field in FIELDS:
            assert f" {field}=" in signature, (name, field)
    table = api.split("| function | returns |", 1)[1].split("\n\n", 1)[0]
    for field in FIELDS:
        assert table.count(f" {field}") >= 2, field


def test_tests_name_only_files_of_the_repository() -> None:
    # Test docstrings once cited a design file that the repository does not hold.
    missing = "DESIGN" + ".md"
    for path in (ROOT / "tests").rglob("*"):
        if path.suffix in (".py", ".md", ".json") and path.is_file():
            assert missing not in path.read_text(encoding="utf-8"), path


def test_cli_modules_stay_small() -> None:
    for name in ("cli", "lint", "planner", "report", "config", "paths", "files"):
        lines = (ROOT / "quotefix" / f"{name}.py").read_text(encoding="utf-8").count("\n")
        assert lines < 600, name


def test_an_override_names_the_format_and_encoding_of_some_files(tmp_path: Path) -> None:
    _write(tmp_path / "quotefix.toml", """[[overrides]]
paths = ["legacy/*.txt"]
encoding = "cp1252"
format = "html"
""")
    body = '<p title="“ x »">He said « yes ».</p><script>s = "“ y »";</script>\n'
    (tmp_path / "legacy").mkdir()
    (tmp_path / "legacy" / "a.txt").write_bytes(body.encode("cp1252"))
    _write(tmp_path / "b.txt", body)  # not legacy: UTF-8 plain text, every mark is prose
    done = _run(["fix", "legacy/a.txt", "b.txt"], tmp_path)
    assert done.stderr == ""
    assert "legacy/a.txt:" not in done.stdout  # what is left is in b.txt only
    expected = '<p title="“ x »">He said “yes”.</p><script>s = "“ y »";</script>\n'
    assert (tmp_path / "legacy" / "a.txt").read_bytes() == expected.encode("cp1252")
    assert '<script>s = "“ y »";' not in (tmp_path / "b.txt").read_text(encoding="utf-8")
    assert _run(["check", "--format", "plain", "legacy/a.txt"], tmp_path).returncode == 1
