"""The command line, in process (main(argv) -> int) and through the installed entry point."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from quotefix.cli import main

DATA = Path(__file__).parent / "data"
ARTICLE = DATA / "000_175faf778ac79c34.txt"
EXPECTED = DATA / "000_175faf778ac79c34.expected.txt"


def test_check_reports_findings(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(ARTICLE)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"{ARTICLE}:6:91: QF101 closing mark ” opens the quotation closed at 6:258; expected “"
    assert all(line.startswith(f"{ARTICLE}:") for line in out)


def test_check_clean_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(EXPECTED)]) == 0
    assert capsys.readouterr().out == ""


def test_fix_writes_repaired_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fix", str(ARTICLE)]) == 0
    assert capsys.readouterr().out == EXPECTED.read_text(encoding="utf-8")


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("a ” b ».\n".encode())))
    assert main(["check", "-"]) == 1
    assert capsys.readouterr().out.startswith("<stdin>:1:3: QF101")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("a ” b ».\n".encode())))
    assert main(["fix", "-"]) == 0
    assert capsys.readouterr().out == "a “b”.\n"


def test_target_and_select(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "fr.txt"
    path.write_text("Il a dit «\u202fbonjour\u202f».\n", encoding="utf-8")
    assert main(["check", "--target", "fr-FR", str(path)]) == 0
    assert main(["check", str(path)]) == 1
    capsys.readouterr()
    assert main(["check", "--select", "QF203", str(path)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert {line.split()[1] for line in lines} == {"QF203"}
    assert main(["check", "--ignore", "QF2,QF1", str(path)]) == 0


def test_unknown_target_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--target", "xx", str(ARTICLE)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("quotefix: unknown target locale 'xx'")
    assert err.count("\n") == 1


def test_usage_error() -> None:
    with pytest.raises(SystemExit) as info:
        main(["lint"])
    assert info.value.code == 2


@pytest.mark.parametrize(("content", "message"), [
    (b"caf\xe9 \xff", "not valid UTF-8"),
    (b"\x00\x01binary", "binary file"),
])
def test_bad_input_files(tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes,
                         message: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    assert main(["check", str(bad), str(EXPECTED)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"quotefix: {bad}: {message}")
    assert err.count("\n") == 1


def test_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    assert main(["fix", str(missing)]) == 2
    assert capsys.readouterr().err == f"quotefix: {missing}: No such file or directory\n"


def test_utf8_bom_is_accepted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffHe said “hello”.\n".encode())
    assert main(["check", str(path)]) == 0


def test_installed_entry_point() -> None:
    exe = shutil.which("quotefix", path=str(Path(sys.executable).parent))
    assert exe is not None, "the quotefix script is installed beside the interpreter"
    done = subprocess.run([exe, "check", str(ARTICLE)], capture_output=True, text=True, check=False)
    assert done.returncode == 1
    assert "QF102" in done.stdout
    done = subprocess.run([sys.executable, "-m", "quotefix", "fix", "-"], input="a ” b ».",
                          capture_output=True, text=True, check=False)
    assert (done.returncode, done.stdout) == (0, "a “b”.")
