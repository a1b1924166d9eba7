"""Files that are not what they seem: links out of the tree, FIFOs, devices, huge files,
deep folders, odd names, odd line breaks, and signals in the middle of a write."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import unquote

import pytest

import quotefix
from quotefix import files
from quotefix.cli import main
from quotefix.paths import OUTSIDE, walk

BROKEN = "He said ” hi ».\n"
FIXED = "He said “hi”.\n"
SHELL = 'export GREETING="hello world"\n'


def _run(*args: str, cwd: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """The installed command in a child process, with a time limit: a hang fails the test."""
    return subprocess.run(
        [sys.executable, "-m", "quotefix", *args],
        cwd=cwd, input=stdin, capture_output=True, timeout=120, check=False,
    )


# -- links inside walked folders ---------------------------------------------------------


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """An untrusted checkout whose README links to a shell file outside it."""
    (tmp_path / "home").mkdir()
    (tmp_path / "home" / ".bashrc").write_text(SHELL, encoding="utf-8")
    (tmp_path / "home" / "notes.txt").write_text(BROKEN, encoding="utf-8")
    proj = tmp_path / "proj"
    proj.mkdir()
    (proj / "README.txt").symlink_to(Path("..") / "home" / ".bashrc")
    (proj / "other").symlink_to(Path("..") / "home")  # a folder outside
    (proj / "a.txt").write_text(BROKEN, encoding="utf-8")
    return tmp_path


def test_fix_of_a_folder_never_writes_through_a_link_out_of_it(
        checkout: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bashrc = checkout / "home" / ".bashrc"
    before = bashrc.read_bytes()
    assert main(["fix", str(checkout / "proj")]) == 0
    assert bashrc.read_bytes() == before  # byte for byte
    assert (checkout / "home" / "notes.txt").read_text(encoding="utf-8") == BROKEN
    assert (checkout / "proj" / "a.txt").read_text(encoding="utf-8") == FIXED
    assert (checkout / "proj" / "README.txt").is_symlink()
    # The link is named on standard error; it does not change the exit status.
    assert capsys.readouterr().err == f"quotefix: {checkout / 'proj' / 'README.txt'}: {OUTSIDE}\n"


def test_check_of_a_folder_does_not_read_through_a_link_out_of_it(
        checkout: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (checkout / "home" / ".bashrc").write_text(BROKEN, encoding="utf-8")
    assert main(["check", "--quiet", str(checkout / "proj")]) == 1
    out = capsys.readouterr()
    assert {line.split(":")[0] for line in out.out.splitlines()} == {
        str(checkout / "proj" / "a.txt")}
    assert out.err == ""  # --quiet: findings and errors only


def test_a_link_inside_the_folders_given_is_read_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BROKEN, encoding="utf-8")
    (tmp_path / "b.txt").symlink_to("a.txt")
    assert main(["fix", str(tmp_path)]) == 0
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == FIXED
    assert (tmp_path / "b.txt").is_symlink()


def test_a_link_into_another_folder_given_is_followed(tmp_path: Path) -> None:
    for name in ("one", "two"):
        (tmp_path / name).mkdir()
    (tmp_path / "two" / "real.txt").write_text(BROKEN, encoding="utf-8")
    (tmp_path / "one" / "alias.txt").symlink_to(tmp_path / "two" / "real.txt")
    assert list(walk(tmp_path / "one", ["*.txt"], [], tmp_path,
                     roots=[tmp_path / "one", tmp_path / "two"])) == [
        tmp_path / "one" / "alias.txt"]
    assert list(walk(tmp_path / "one", ["*.txt"], [], tmp_path)) == []


def test_a_link_named_on_the_command_line_is_followed(checkout: Path) -> None:
    link = checkout / "proj" / "notes.txt"
    link.symlink_to(checkout / "home" / "notes.txt")
    assert main(["fix", str(link)]) == 0
    assert link.is_symlink()
    assert (checkout / "home" / "notes.txt").read_text(encoding="utf-8") == FIXED


def test_a_file_swapped_for_a_link_after_the_walk_is_not_written(checkout: Path) -> None:
    path = checkout / "proj" / "late.txt"
    path.symlink_to(checkout / "home" / "notes.txt")
    with pytest.raises(files.FileError, match="symbolic link; not changed"):
        files.write_atomic(str(path), FIXED.encode(), follow=False)
    with pytest.raises(files.FileError, match="symbolic link; not followed"):
        files.read(str(path), follow=False)
    assert (checkout / "home" / "notes.txt").read_text(encoding="utf-8") == BROKEN


# -- files that are not files -------------------------------------------------------------


@pytest.mark.parametrize("named", [True, False])
def test_a_fifo_never_blocks(tmp_path: Path, named: bool) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "a.txt").write_text(BROKEN, encoding="utf-8")
    args = ["check", "pipe.txt", "a.txt"] if named else ["check", "."]
    done = _run(*args, cwd=tmp_path)
    err = done.stderr.decode()
    if named:
        assert done.returncode == 2
        assert err == "quotefix: pipe.txt: not a regular file (a FIFO); not read\n"
    else:
        assert done.returncode == 1  # the findings in a.txt; the FIFO is only mentioned
        assert err == "quotefix: pipe.txt: not a regular file; skipped\n"
    assert b"a.txt:1:9: QF101" in done.stdout


@pytest.mark.parametrize("name", ["/dev/zero", "zero.txt"])
def test_dev_zero_and_a_link_to_it_are_never_read(tmp_path: Path, name: str) -> None:
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    done = _run("check", name, cwd=tmp_path)
    assert (done.returncode, done.stderr.decode()) == (
        2, f"quotefix: {name}: not a regular file (a device); not read\n")


def test_standard_input_has_the_size_limit_too(tmp_path: Path) -> None:
    done = _run("check", "-", cwd=tmp_path, stdin=b"a" * 2_000_001 + b"\n")
    assert done.returncode == 0  # standard input under the limit is read
    done = _run("check", "--max-file-size", "1", "-", cwd=tmp_path, stdin=b"a" * 1_000_001)
    assert (done.returncode, done.stderr.decode()) == (
        2, "quotefix: <stdin>: larger than the 1 MB limit; raise it with --max-file-size\n")


def test_size_limit_is_one_line_and_can_be_raised(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    big = tmp_path / "big.txt"
    big.write_text(("A quiet paragraph of news. " * 40 + "\n") * 2000, encoding="utf-8")  # 2.2 MB
    assert main(["check", "--max-file-size", "2", str(big)]) == 2
    assert capsys.readouterr().err == (
        f"quotefix: {big}: larger than the 2 MB limit (2.2 MB); raise it with --max-file-size\n")
    assert main(["check", "--max-file-size", "2.5", "--select", "QF1", str(big)]) == 0
    assert main(["check", "--max-file-size", "0", "--select", "QF1", str(big)]) == 0
    with pytest.raises(SystemExit):
        main(["check", "--max-file-size", "lots", str(big)])
    assert "not a number of megabytes" in capsys.readouterr().err


def test_the_default_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    with path.open("wb") as handle:
        handle.truncate(files.DEFAULT_MAX_SIZE + 1)  # sparse: no disk space used
    with pytest.raises(files.FileError, match="larger than the 10 MB limit"):
        files.read(str(path))


# -- deep folders -------------------------------------------------------------------------


def test_a_folder_1100_levels_deep_is_walked(tmp_path: Path) -> None:
    deep = tmp_path
    for _ in range(1100):  # Path.mkdir(parents=True) would itself recurse
        deep = deep / "d"
        os.mkdir(deep)
    (deep / "a.txt").write_text(BROKEN, encoding="utf-8")
    (tmp_path / "b.txt").write_text(BROKEN, encoding="utf-8")
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(min(limit, 1000))  # the walk must not depend on it
    try:
        found = list(walk(tmp_path, ["*.txt"], [], tmp_path))
    finally:
        sys.setrecursionlimit(limit)
        (deep / "a.txt").unlink()
        while deep != tmp_path:  # shutil.rmtree (pytest's clean-up) would recurse too
            deep.rmdir()
            deep = deep.parent
    assert found == [tmp_path / "b.txt", tmp_path.joinpath(*["d"] * 1100) / "a.txt"]


# -- names that could inject lines --------------------------------------------------------

EVIL = "a\n::error file=x.txt,line=1::injected\n.txt"


@pytest.mark.parametrize("output_format", ["concise", "full", "json", "github", "sarif"])
def test_file_names_cannot_inject_lines(tmp_path: Path, output_format: str,
                                        monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / EVIL).write_text(BROKEN, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "--output-format", output_format, "."]) == 1
    out = capsys.readouterr().out
    assert not any(line.startswith("::error file=x.txt") for line in out.splitlines())
    if output_format in ("concise", "full"):
        assert out.splitlines()[0].startswith(
            "a\\x0a::error file=x.txt,line=1::injected\\x0a.txt:1:9: QF101")
    elif output_format == "github":
        assert all(line.startswith("::warning file=a%0A") or line.startswith("::error file=a%0A")
                   for line in out.splitlines())
    elif output_format == "json":
        assert json.loads(out)["files"][0]["path"] == EVIL
    else:
        uri = json.loads(out)["runs"][0]["results"][0]["locations"][0]["physicalLocation"][
            "artifactLocation"]["uri"]
        assert unquote(uri) == EVIL


def test_names_in_diagnostics_and_diffs_are_escaped(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / EVIL).write_text(BROKEN, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["fix", "--check", "."]) == 1
    assert main(["fix", "--diff", "."]) == 1
    assert main(["check", "missing\n::error ::x"]) == 2
    captured = capsys.readouterr()
    lines = captured.out.splitlines() + captured.err.splitlines()
    assert not any(line.startswith("::") for line in lines)
    assert "Would fix: a\\x0a::error file=x.txt,line=1::injected\\x0a.txt (4 fixes)" in lines
    assert "quotefix: missing\\x0a::error ::x: No such file or directory" in lines


# -- diffs that patch applies ---------------------------------------------------------------

ODD_LINES = (
    "He said ” a\rb ».\r\n"  # a lone carriage return inside a line
    "Page one\x0cpage two, ” c ».\n"  # form feed
    "Next\x85line « d » here.\n"  # NEL
    "Par\u2028sep “ e ”.\n"  # line separator
    "Last “f» line without end"
)


def _apply(tool: list[str], folder: Path, diff: bytes) -> None:
    done = subprocess.run(tool, cwd=folder, input=diff, capture_output=True, check=False,
                          timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("bom", [False, True])
@pytest.mark.parametrize("tool", ["patch", "git"])
def test_diff_applies_with_patch_and_git(tmp_path: Path, bom: bool, tool: str) -> None:
    if shutil.which(tool) is None:
        pytest.fail(f"{tool} is needed to check the diff")  # both are on every CI machine
    data = (b"\xef\xbb\xbf" if bom else b"") + ODD_LINES.encode("utf-8")
    for name in ("original", "copy"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "a.txt").write_bytes(data)
    done = _run("fix", "--diff", "a.txt", cwd=tmp_path / "copy")
    assert done.returncode == 1
    diff = done.stdout
    assert diff.count(b"\n@@ ") == 1  # one hunk: no line was cut at an odd break
    # Each odd break ends a paragraph, so a quotation cut by one is left for a person
    # (exit 1); what matters here is that the diff reproduces the repairs made.
    assert _run("fix", "a.txt", cwd=tmp_path / "original").returncode in (0, 1)
    if tool == "patch":
        _apply(["patch", "-p0", "--no-backup-if-mismatch", "--quiet"], tmp_path / "copy", diff)
    else:
        _apply(["git", "apply", "--unsafe-paths", "-p0", "-"], tmp_path / "copy", diff)
    assert (tmp_path / "copy" / "a.txt").read_bytes() == (
        tmp_path / "original" / "a.txt").read_bytes()
    assert (tmp_path / "copy" / "a.txt").read_bytes() != data


def test_fix_of_standard_input_keeps_the_byte_order_mark(tmp_path: Path) -> None:
    done = _run("fix", "-", cwd=tmp_path, stdin="\ufeffHe said ” hi ».\r\n".encode())
    assert (done.returncode, done.stdout) == (0, "\ufeffHe said “hi”.\r\n".encode())
    done = _run("fix", "-", cwd=tmp_path, stdin=BROKEN.encode())
    assert done.stdout == FIXED.encode()


# -- signals --------------------------------------------------------------------------------


def test_interruption_inside_fdopen_stays_an_interruption(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A signal's exception can land in ``os.fdopen`` after the file object took the
    # descriptor: the object closes it as the exception unwinds, and the reader's own
    # close must not replace the interruption by "Bad file descriptor".
    path = tmp_path / "a.txt"
    path.write_text("He said ” hi ».\n", encoding="utf-8")

    def fdopen_then_interrupted(descriptor: int, *args: object, **kwargs: object) -> object:
        os.close(descriptor)  # what the file object does when the exception unwinds
        raise KeyboardInterrupt

    monkeypatch.setattr(files.os, "fdopen", fdopen_then_interrupted)
    with pytest.raises(KeyboardInterrupt):
        files.read(str(path))


def test_sigterm_leaves_no_temporary_file_and_no_half_written_file(tmp_path: Path) -> None:
    """Real SIGTERMs at random moments of real runs: every file old or new, no debris.

    Before SIGTERM was handled about one run in four left a temporary file, so
    a dozen clean runs with most of them cut in the middle is meaningful.
    """
    text = "He said ” a dangerous enlargement » of the war.\n" * 20
    fixed = quotefix.fix(text, select=["QF1"]).text
    assert fixed != text
    rng = random.Random(13)
    cut = 0  # runs stopped while files were being repaired
    for attempt in range(12):
        folder = tmp_path / f"run{attempt}"
        folder.mkdir()
        names = [f"{k:03}.txt" for k in range(150)]
        for name in names:
            (folder / name).write_text(text, encoding="utf-8")
        child = subprocess.Popen(
            [sys.executable, "-m", "quotefix", "fix", "--select", "QF1", "--quiet", str(folder)],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        # Wait for the first repaired file, so that a slow start on a busy machine
        # cannot let every signal land before the repairs begin.
        first = folder / names[0]
        deadline = time.monotonic() + 60
        while (child.poll() is None and time.monotonic() < deadline
               and first.read_text(encoding="utf-8") == text):
            time.sleep(0.002)
        time.sleep(rng.uniform(0.0, 0.08))
        child.send_signal(signal.SIGTERM)
        _out, err = child.communicate(timeout=120)
        assert child.returncode in (0, 143, -signal.SIGTERM), err
        if child.returncode == 143:
            assert err == b"quotefix: terminated\n"
        assert sorted(p.name for p in folder.iterdir()) == names  # no temporary file
        contents = [(folder / name).read_text(encoding="utf-8") for name in names]
        assert set(contents) <= {text, fixed}  # never half written
        cut += text in contents and fixed in contents
    assert cut >= 8, f"only {cut} of 12 runs were stopped in the middle of the repairs"
