"""The command line, in process (main(argv) -> int) and through the installed entry point."""

from __future__ import annotations

import io
import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

import quotefix
from quotefix import files, runner
from quotefix.cli import main

DATA = Path(__file__).parent / "data"
ARTICLE = DATA / "000_175faf778ac79c34.txt"
EXPECTED = DATA / "000_175faf778ac79c34.expected.txt"
BROKEN = "He said ” hi ».\n"
FIXED = "He said “hi”.\n"


def _stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder of articles, with files and folders that a walk must skip."""
    monkeypatch.chdir(tmp_path)
    for name in ("a.txt", "b.md", "c.html", "sub/d.markdown", "sub/e.htm", "drafts/f.txt",
                 "notes.py", ".hidden/g.txt", "node_modules/h.txt", ".i.txt"):
        path = tmp_path / "news" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(BROKEN if not name.endswith(("html", "htm")) else f"<p>{BROKEN}</p>",
                        encoding="utf-8")
    return tmp_path / "news"


# The closing lines of a human report (see tests/test_conventions.py for their form).
SUMMARY = re.compile(r"(Found \d+ problems? in|All checks passed\.|Fixed \d+ problems? in|"
                     r"Would fix \d+|Nothing to fix\.|\d+ files? (checked|could not be))")


def _findings(out: str) -> list[str]:
    """The finding lines of a report, without its summary."""
    return [line for line in out.splitlines() if not SUMMARY.match(line)]


def _paths(out: str) -> list[str]:
    return sorted({line.split(":")[0] for line in _findings(out)})


# -- existing behaviour --------------------------------------------------------


def test_check_reports_findings(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(ARTICLE)]) == 1
    out = capsys.readouterr().out.splitlines()
    first = next(f for f in quotefix.check(ARTICLE.read_text(encoding="utf-8"))
                 if f.code == "QF101")
    mark = " [*]" if first.fix is not None and first.fix.safe else ""
    assert (f"{ARTICLE}:6:91: QF101{mark} closing mark ” opens the quotation closed at 6:258;"
            " expected “") in out
    assert all(line.startswith(f"{ARTICLE}:") for line in _findings("\n".join(out)))
    assert out[-2].startswith(f"Found {len(out) - 2} problems in 1 file (")
    assert out[-1] == "1 file checked."


def test_check_clean_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--select", "QF1,QF2", str(EXPECTED)]) == 0
    assert capsys.readouterr().out == "All checks passed.\n1 file checked.\n"
    assert main(["check", "--quiet", "--select", "QF1,QF2", str(EXPECTED)]) == 0
    assert capsys.readouterr().out == ""


def test_fix_rewrites_the_file_in_place(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "article.txt"
    article.write_bytes(ARTICLE.read_bytes())
    main(["fix", str(article)])
    assert article.read_text(encoding="utf-8") == EXPECTED.read_text(encoding="utf-8")
    assert capsys.readouterr().err == ""


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    _stdin(monkeypatch, "a ” b ».\n")
    assert main(["check", "-"]) == 1
    assert capsys.readouterr().out.startswith("<stdin>:1:3: QF101")
    _stdin(monkeypatch, "a ” b ».\n")
    assert main(["fix", "-"]) == 0
    assert capsys.readouterr().out == "a “b”.\n"


def test_stdin_filename_picks_format_and_name(monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    _stdin(monkeypatch, "`” code »` and ” hi ».\n")
    assert main(["check", "--stdin-filename", "x.md", "-"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("x.md:1:16: QF101")


def test_fix_stdin_sends_remaining_findings_to_stderr(monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    _stdin(monkeypatch, "He said “hello.\n")
    assert main(["fix", "-"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "He said “hello.\n"
    assert "QF103" in captured.err


def test_target_and_select(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "fr.txt"
    path.write_text("Il a dit «\u202fbonjour\u202f».\n", encoding="utf-8")
    assert main(["check", "--target", "fr-FR", str(path)]) == 0
    assert main(["check", str(path)]) == 1
    capsys.readouterr()
    assert main(["check", "--select", "QF203", str(path)]) == 1
    lines = _findings(capsys.readouterr().out)
    assert {line.split()[1] for line in lines} == {"QF203"}
    assert main(["check", "--ignore", "QF2,QF1,QF4", str(path)]) == 0
    assert main(["check", "--select", "space-inside-quotes", "--ignore", "QF203", str(path)]) == 0


def test_unknown_target_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--target", "xx", str(ARTICLE)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("quotefix: unknown target locale 'xx'")
    assert err.count("\n") == 1


@pytest.mark.parametrize("argv", [["lint"], ["check", "--output-format", "xml", "a"],
                                  ["fix", "--diff", "--check", "a"]])
def test_usage_error(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    assert "quotefix: " in capsys.readouterr().err


@pytest.mark.parametrize(("content", "message"), [
    (b"caf\xe9 \xff", "not valid UTF-8"),
    (b"\x00\x01binary", "binary file"),
])
def test_bad_input_files(tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes,
                         message: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text(BROKEN, encoding="utf-8")
    assert main(["check", str(bad), str(good)]) == 2
    captured = capsys.readouterr()
    assert captured.err.startswith(f"quotefix: {bad}: {message}")
    assert captured.err.count("\n") == 1
    assert f"{good}:1:9: QF101" in captured.out  # the other file is still checked


def test_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    assert main(["fix", str(missing)]) == 2
    assert capsys.readouterr().err == f"quotefix: {missing}: No such file or directory\n"


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffHe said “hello”.\n".encode())
    assert main(["check", str(path)]) == 0


# -- directories and globs -----------------------------------------------------


def test_directories_are_walked_with_default_includes(tree: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "news"]) == 1
    assert _paths(capsys.readouterr().out) == [
        "news/a.txt", "news/b.md", "news/c.html", "news/drafts/f.txt", "news/sub/d.markdown",
        "news/sub/e.htm"]


def test_default_path_is_the_current_folder(tree: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tree)
    assert main(["check"]) == 1
    assert "a.txt" in _paths(capsys.readouterr().out)


def test_include_and_exclude(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--exclude", "drafts", "--exclude", "sub/*.htm", "news"]) == 1
    assert _paths(capsys.readouterr().out) == [
        "news/a.txt", "news/b.md", "news/c.html", "news/sub/d.markdown"]
    assert main(["check", "--include", "*.md", "--include", "*.py", "news"]) == 1
    assert _paths(capsys.readouterr().out) == ["news/b.md", "news/notes.py"]


def test_named_files_are_checked_whatever_their_extension(
        tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "news/notes.py", "news/a.txt", "news/a.txt"]) == 1
    out = capsys.readouterr().out
    assert _paths(out) == ["news/a.txt", "news/notes.py"]
    assert out.count("news/a.txt:1:9: QF101") == 1  # named twice, checked once


def test_folder_without_matching_files_is_an_error(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "ok.txt").write_text(BROKEN, encoding="utf-8")
    assert main(["check", str(tmp_path / "empty"), str(tmp_path / "ok.txt")]) == 2
    captured = capsys.readouterr()
    assert captured.err.startswith(f"quotefix: {tmp_path / 'empty'}: no files to check here")
    assert "ok.txt:1:9" in captured.out


# -- fix: in place, --diff, --check ---------------------------------------------


def test_fix_in_place_over_a_folder(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fix", "news"]) == 0
    assert (tree / "a.txt").read_text(encoding="utf-8") == FIXED
    assert (tree / "c.html").read_text(encoding="utf-8") == f"<p>{FIXED}</p>"
    assert (tree / "notes.py").read_text(encoding="utf-8") == BROKEN  # not included
    assert capsys.readouterr().out == (
        "Fixed 24 problems in 6 files.\nAll checks passed.\n6 files checked.\n")


def test_fix_full_format_summarises(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fix", "--output-format", "full", "news/a.txt", "news/b.md"]) == 0
    assert capsys.readouterr().out == (
        "Fixed 8 problems in 2 files.\nAll checks passed.\n2 files checked.\n")


def test_diff_changes_nothing(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fix", "--diff", "news/a.txt"]) == 1
    assert capsys.readouterr().out == (
        "--- news/a.txt\n+++ news/a.txt\n@@ -1 +1 @@\n-He said ” hi ».\n+He said “hi”.\n")
    assert (tree / "a.txt").read_text(encoding="utf-8") == BROKEN
    (tree / "a.txt").write_text(FIXED, encoding="utf-8")
    assert main(["fix", "--diff", "news/a.txt"]) == 0
    assert capsys.readouterr().out == ""


def test_diff_without_final_newline(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "n.txt"
    path.write_text(BROKEN.rstrip("\n"), encoding="utf-8")
    assert main(["fix", "--diff", str(path)]) == 1
    assert capsys.readouterr().out.endswith("+He said “hi”.\n\\ No newline at end of file\n")


def test_check_flag_reports_what_would_change(tree: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fix", "--check", "news/a.txt", "news/b.md"]) == 1
    assert capsys.readouterr().out == ("Would fix: news/a.txt (4 fixes)\n"
                                       "Would fix: news/b.md (4 fixes)\n"
                                       "Would fix 8 problems in 2 files.\n"
                                       "2 files checked.\n")
    assert (tree / "a.txt").read_text(encoding="utf-8") == BROKEN
    assert main(["fix", "--check", "--quiet", "news/a.txt"]) == 1
    assert capsys.readouterr().out == ""
    assert main(["fix", "news/a.txt"]) == 0
    assert main(["fix", "--check", "news/a.txt"]) == 0


@pytest.mark.parametrize(("bom", "newline"), [(False, "\n"), (True, "\n"), (False, "\r\n"),
                                              (True, "\r\n")])
def test_fix_keeps_encoding_line_endings_and_permissions(tmp_path: Path, bom: bool,
                                                         newline: str) -> None:
    path = tmp_path / "a.txt"
    text = newline.join(["He said ” hi ».", "", "She said “fine”.", ""])
    path.write_bytes(("\ufeff" if bom else "").encode() + text.encode())
    path.chmod(0o640)
    assert main(["fix", str(path)]) == 0
    expected = newline.join(["He said “hi”.", "", "She said “fine”.", ""])
    assert path.read_bytes() == ("\ufeff" if bom else "").encode() + expected.encode()
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]  # no temporary file left


def test_unchanged_file_is_not_rewritten(tmp_path: Path) -> None:
    path = tmp_path / "clean.txt"
    path.write_text(FIXED, encoding="utf-8")
    before = path.stat()
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns - 10_000_000_000))
    before = path.stat()
    assert main(["fix", str(path)]) == 0
    after = path.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_symlinked_file_is_fixed_through_the_link(tmp_path: Path) -> None:
    real = tmp_path / "real.txt"
    real.write_text(BROKEN, encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    assert main(["fix", str(link)]) == 0
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == FIXED


def test_read_only_file_is_an_error_and_other_files_are_fixed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text(BROKEN, encoding="utf-8")
    locked.chmod(0o444)
    other = tmp_path / "other.txt"
    other.write_text(BROKEN, encoding="utf-8")
    assert main(["fix", str(locked), str(other)]) == 2
    assert capsys.readouterr().err == f"quotefix: {locked}: file is read-only; not changed\n"
    assert locked.read_text(encoding="utf-8") == BROKEN
    assert other.read_text(encoding="utf-8") == FIXED


def test_interrupted_write_leaves_the_old_file(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(BROKEN, encoding="utf-8")

    def interrupted(src: str, dst: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(files.os, "replace", interrupted)
    assert main(["fix", str(path)]) == 130
    assert capsys.readouterr().err == "quotefix: interrupted\n"
    assert path.read_text(encoding="utf-8") == BROKEN
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_internal_error_names_the_file_and_others_go_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    real_check = runner.check_text

    def flaky(text: str, options: quotefix.Options) -> list[quotefix.Finding]:
        if "boom" in text:
            raise RuntimeError("engine failure")
        return real_check(text, options)

    monkeypatch.setattr(runner, "check_text", flaky)
    (tmp_path / "a.txt").write_text("boom\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(BROKEN, encoding="utf-8")
    assert main(["check", str(tmp_path)]) == 2
    captured = capsys.readouterr()
    assert captured.err == (f"quotefix: {tmp_path / 'a.txt'}: internal error: RuntimeError: "
                            "engine failure\n")
    assert "b.txt:1:9: QF101" in captured.out


# -- options ---------------------------------------------------------------------


def test_exit_zero(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--exit-zero", "news/a.txt"]) == 0
    assert "QF101" in capsys.readouterr().out
    assert main(["check", "--exit-zero", "news/missing.txt"]) == 2


def test_quiet_drops_the_summary(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--output-format", "full", "--quiet", "news/a.txt"]) == 1
    out = capsys.readouterr().out
    assert "QF101" in out and "Found" not in out


def test_statistics(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--statistics", "news/a.txt", "news/b.md"]) == 1
    lines = _findings(capsys.readouterr().out)
    assert lines[0].split() == ["4", "QF203", "[*]", "space-inside-quotes"]
    assert {line.split()[1] for line in lines} == {"QF101", "QF102", "QF203"}
    assert main(["check", "--statistics", "--output-format", "json", "news/a.txt"]) == 1
    assert '"code": "QF203"' in capsys.readouterr().out


def test_jobs_give_the_same_output(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for index in range(12):
        (tree / f"extra{index:02}.txt").write_text(f"{index} ” x ».\n\nHe said “ok.\n",
                                                   encoding="utf-8")
    (tree / "bad.txt").write_bytes(b"\xff")
    outputs = []
    for jobs in ("1", "2", "0"):
        assert main(["check", "--jobs", jobs, "--output-format", "json", "news"]) == 2
        outputs.append(capsys.readouterr())
    assert outputs[0] == outputs[1] == outputs[2]
    assert main(["check", "--jobs", "-1", "news"]) == 2


def test_unsafe_and_boilerplate_options_reach_the_engine(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[quotefix.Options] = []

    def recording(text: str, options: quotefix.Options) -> quotefix.FixResult:
        seen.append(options)  # one resolved value, the file's format set on it
        return quotefix.FixResult(text)

    monkeypatch.setattr(runner, "fix_text", recording)
    path = tmp_path / "a.txt"
    path.write_text(BROKEN, encoding="utf-8")
    main(["fix", "--unsafe-fixes", "--remove-boilerplate", "--target", "en-GB", str(path)])
    main(["fix", str(path)])
    assert seen[0].unsafe is seen[0].remove_boilerplate is True
    assert (seen[0].target, seen[0].format) == ("en-GB", "plain")
    assert seen[1].unsafe is seen[1].remove_boilerplate is False


def test_rules_are_read_at_run_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    extra = quotefix.Rule("QF599", "made-up-rule", "A rule added later.", "warning", False,
                          False)
    monkeypatch.setattr(quotefix, "RULES", (*quotefix.RULES, extra))
    assert main(["rules"]) == 0
    assert "QF599  made-up-rule" in capsys.readouterr().out


def test_progress_bar_only_on_a_terminal(tree: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    for index in range(12):
        (tree / f"p{index:02}.txt").write_text(FIXED, encoding="utf-8")
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: False)
    main(["check", "news"])  # findings piped elsewhere: no bar
    assert capsys.readouterr().err == ""
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    main(["check", "news"])
    assert "file" in capsys.readouterr().err  # tqdm draws "n/N [..., file/s]"
    monkeypatch.setenv("CI", "true")
    main(["check", "news"])
    assert capsys.readouterr().err == ""
    monkeypatch.delenv("CI")
    main(["check", "--quiet", "news"])
    assert capsys.readouterr().err == ""


# -- rules -------------------------------------------------------------------------


def test_rules_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["CODE", "NAME", "FAMILY", "FIXABLE", "SAFE"]
    assert len(lines) == len(quotefix.RULES) + 1
    assert lines[1].startswith("QF101  wrong-direction-quote")
    assert main(["rules", "--output-format", "json"]) == 0
    assert '"code": "QF101"' in capsys.readouterr().out


def test_rule_documentation(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "QF101"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("QF101 wrong-direction-quote\n")
    page = (Path(__file__).parent.parent / "docs" / "rules" / "QF101.md").read_text(
        encoding="utf-8")
    assert out.endswith(page)
    assert main(["rules", "unclosed-quote"]) == 0
    assert capsys.readouterr().out.startswith("QF103 unclosed-quote")
    assert main(["rules", "QF000"]) == 2
    assert capsys.readouterr().err == "quotefix: unknown rule 'QF000'\n"


# -- the installed entry point -----------------------------------------------------


def _exe() -> str:
    exe = shutil.which("quotefix", path=str(Path(sys.executable).parent))
    assert exe is not None, "the quotefix script is installed beside the interpreter"
    return exe


def test_installed_entry_point() -> None:
    done = subprocess.run([_exe(), "check", str(ARTICLE)], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 1
    assert "QF102" in done.stdout
    done = subprocess.run([sys.executable, "-m", "quotefix", "fix", "-"], input="a ” b ».",
                          capture_output=True, text=True, check=False)
    assert (done.returncode, done.stdout) == (0, "a “b”.")


def test_installed_entry_point_on_a_folder(tree: Path) -> None:
    done = subprocess.run([_exe(), "fix", "--jobs", "2", "--quiet", "news"],
                          capture_output=True, text=True, check=False, cwd=tree.parent)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
    assert (tree / "sub" / "d.markdown").read_text(encoding="utf-8") == FIXED
    done = subprocess.run([_exe(), "check", "news", "news/missing.txt"], capture_output=True,
                          text=True, check=False, cwd=tree.parent)
    assert done.returncode == 2
    assert done.stderr == "quotefix: news/missing.txt: No such file or directory\n"
    assert done.stdout == "1 file could not be checked (see above).\n6 files checked.\n"


def test_runner_records_are_plain(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(BROKEN, encoding="utf-8")
    result = runner.process(runner.Task(str(path), "a.txt", "plain", quotefix.Options(), "check"))
    assert [f.code for f in result.findings] == ["QF101", "QF203", "QF203", "QF102"]


def test_editorial_script_in_the_integrations_guide(tree: Path) -> None:
    guide = (Path(__file__).parent.parent / "docs" / "integrations.md").read_text(
        encoding="utf-8")
    script = guide.split("```python\n", 1)[1].split("```", 1)[0]
    (tree.parent / "report.py").write_text(script, encoding="utf-8")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    done = subprocess.run([sys.executable, "report.py", "news"], cwd=tree.parent, env=env,
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    report = (tree.parent / "report.md").read_text(encoding="utf-8")
    assert "- news/a.txt line 1: closing mark ” opens the quotation closed at 1:14" in report
    assert report.endswith("24 problems in 6 files, 24 can be repaired with `quotefix fix`.\n")


def test_pre_commit_hooks_run_the_two_commands() -> None:
    hooks = (Path(__file__).parent.parent / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    ids = [line.split(":", 1)[1].strip() for line in hooks.splitlines()
           if line.startswith("- id:")]
    entries = [line.split(":", 1)[1].strip() for line in hooks.splitlines()
               if line.strip().startswith("entry:")]
    assert ids == ["quotefix-check", "quotefix-fix"]
    # --force-exclude: files the configuration excludes stay out when pre-commit names them
    # (run for real in tests/test_precommit.py).
    assert entries == ["quotefix check --force-exclude", "quotefix fix --force-exclude"]


def test_rule_pages_ship_inside_the_package() -> None:
    # `quotefix rules CODE` must show the page after a plain (non-editable)
    # install too, so the pages are package data, not only files of a checkout.
    import quotefix

    shipped = Path(quotefix.__file__).parent / "rule_docs"
    docs = Path(__file__).parent.parent / "docs" / "rules"
    assert not shipped.is_symlink(), "real files: a build without links must ship them"
    assert sorted(p.name for p in shipped.glob("*.md")) == sorted(p.name for p in docs.glob("*.md"))
    for rule in quotefix.RULES:
        page = shipped / f"{rule.code}.md"
        assert page.is_file(), rule.code
        assert page.read_text(encoding="utf-8") == (docs / f"{rule.code}.md").read_text(
            encoding="utf-8")


def test_installed_rules_command_shows_the_page(tmp_path: Path) -> None:
    exe = shutil.which("quotefix", path=str(Path(sys.executable).parent))
    assert exe is not None
    # Run outside the checkout so that the installed package answers.
    done = subprocess.run([exe, "rules", "QF203"], capture_output=True, text=True,
                          cwd=tmp_path, check=False)
    assert done.returncode == 0
    assert "## What it finds" in done.stdout
