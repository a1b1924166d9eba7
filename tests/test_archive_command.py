"""``quotefix archive`` at its edges: bad rows of each reader, exit statuses, usage
errors, configuration, inputs, the command's own local cluster and the terminal.

One ``distributed.LocalCluster`` of two worker processes serves the module;
the command reaches it with ``--scheduler``. The articles are the first ones
of the generated archive of ``test_archive.py``.
"""

from __future__ import annotations

import html
import os
import pty
import select
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import dask
import pandas as pd
import pytest
from archive_corpus import Article, articles, write_jsonl, write_parquet
from archive_results import archive, check_rows, plain, read_parquet, rows, summary, two_workers
from distributed import Client

import quotefix
from quotefix import cli

ROOT = Path(__file__).parent.parent


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    yield from two_workers()


@pytest.fixture(scope="module")
def corpus() -> list[Article]:
    return articles(300)


def test_bad_rows_in_parquet_and_csv(
    client: Client, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    table = pd.DataFrame(
        {"id": ["a", None, "c", "d"], "text": ["He said ” yes ».", "text", None, "Fine."]}
    )
    table.to_parquet(tmp_path / "nulls.parquet")
    (tmp_path / "short.csv").write_text(
        'id,text\nx,"He said\n” yes »."\ny\nz,Fine.\n', encoding="utf-8"
    )
    out = tmp_path / "out"
    status, _, stderr = archive(
        str(tmp_path / "nulls.parquet"), str(tmp_path / "short.csv"), "--out", str(out),
        "--scheduler", client.scheduler.address, capsys=capsys,
    )
    assert status == 2
    found = read_parquet(out / "findings")
    errors = found[found["error"].notna()]
    assert list(zip(plain(errors["id"]), errors["error"], strict=True)) == [
        (None, "article id is missing"),
        ("c", "text is missing"),
        ("y", "text is missing"),
    ]
    assert set(found.loc[found["error"].isna(), "id"]) == {"a", "x"}
    assert summary(out)["articles"] == 7
    assert "article 'y': text is missing" in stderr


def test_exit_status_is_zero_for_a_clean_archive(
    client: Client, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Clean articles are a few in a hundred of the generated mix, and how many of the
    # first 300 are depends on the labelled sets they are drawn from: draw from 600.
    clean = [(i, t) for i, t in articles(600) if not quotefix.check(t)]
    assert len(clean) >= 10
    path = write_jsonl(tmp_path / "clean.jsonl", clean)
    out = tmp_path / "out"
    status, stdout, stderr = archive(
        str(path), "--out", str(out), "--scheduler", client.scheduler.address, capsys=capsys
    )
    assert (status, stderr) == (0, "")
    assert "0 findings in 0 articles" in stdout
    assert summary(out)["findings"] == 0 and summary(out)["articles"] == len(clean)
    assert len(read_parquet(out / "findings")) == 0
    # A second run into the same folder replaces the first one's results.
    status, _, _ = archive(
        str(path), "--out", str(out), "--scheduler", client.scheduler.address, "--quiet",
        capsys=capsys,
    )
    assert status == 0


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["missing.jsonl"], "missing.jsonl: no such file or folder"),
        (["notes.txt"], "notes.txt: unknown format"),
        (["good.parquet", "--text-column", "body"],
         "good.parquet: no column 'body' (its columns: id, text); name the column with"
         " --text-column"),
        (["broken.parquet"], "broken.parquet: not a Parquet file"),
        (["good.jsonl", "--target", "xx"], "unknown target locale 'xx'"),
        (["good.jsonl", "--out", "full"], "full: holds files that are not archive results"
         " (mine.txt); choose an empty or new folder"),
    ],
)
def test_usage_errors_exit_2(
    argv: list[str],
    message: str,
    client: Client,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    write_jsonl(tmp_path / "good.jsonl", [("a", "text")])
    write_parquet(tmp_path / "good.parquet", [("a", "text")])
    (tmp_path / "notes.txt").write_text("text", encoding="utf-8")
    (tmp_path / "broken.parquet").write_bytes(b"PAR1 but nothing else")
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "mine.txt").write_text("keep me", encoding="utf-8")
    out = [] if "--out" in argv else ["--out", "out"]
    status, _, stderr = archive(
        *argv, *out, "--scheduler", client.scheduler.address, capsys=capsys
    )
    assert status == 2
    assert message in stderr
    assert (tmp_path / "full" / "mine.txt").read_text(encoding="utf-8") == "keep me"


def test_the_configuration_file_and_the_flags_give_the_options(
    client: Client,
    corpus: list[Article],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "quotefix.toml").write_text(
        'target = "en-GB"\nselect = ["QF1", "QF2"]\n', encoding="utf-8"
    )
    sample = corpus[:200]
    path = write_jsonl(tmp_path / "some.jsonl", sample)
    status, _, _ = archive(
        str(path), "--out", "out", "--ignore", "QF203", "--scheduler", client.scheduler.address,
        capsys=capsys,
    )
    options = quotefix.Options(target="en-GB", select=["QF1", "QF2"], ignore=["QF203"])
    want = check_rows(sample, options)
    assert status == 1
    assert rows(read_parquet(tmp_path / "out" / "findings")) == want
    assert {row[1] for row in want} & {"QF201", "QF202"}  # the en-GB style was applied


def test_html_bodies_with_format_and_a_selection_extended_on_the_command_line(
    client: Client,
    corpus: list[Article],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "quotefix.toml").write_text('select = ["QF1"]\n', encoding="utf-8")
    bodies = [
        (ident, "".join(f"<p>{html.escape(p)}</p>\n" for p in text.split("\n") if p))
        for ident, text in corpus[:60]
    ]
    path = write_jsonl(tmp_path / "bodies.jsonl", bodies)
    status, _, stderr = archive(
        str(path), "--out", "out", "--fix", "--format", "html", "--extend-select", "QF2",
        "--scheduler", client.scheduler.address, capsys=capsys,
    )
    assert stderr == ""
    options = quotefix.Options(format="html", select=["QF1", "QF2"])
    want = [quotefix.fix(body, options) for _, body in bodies]
    texts = read_parquet(tmp_path / "out" / "texts")
    assert texts["text"].tolist() == [result.text for result in want]
    assert texts["edits"].tolist() == [len(result.edits) for result in want]
    assert any(result.edits for result in want)
    # Neither a plain-text reading (&quot; is no mark then) nor the file's selection
    # alone gives these texts: both the flag and the extension were applied.
    plain_text = [quotefix.fix(body, select=["QF1", "QF2"]).text for _, body in bodies]
    assert texts["text"].tolist() != plain_text
    assert texts["text"].tolist() != [quotefix.fix(b, format="html", select="QF1").text
                                      for _, b in bodies]
    assert all("<p>" in text for text in texts["text"])  # the markup is left as it was
    assert status == (1 if any(result.unresolved for result in want) else 0)


def test_an_interrupted_run_leaves_a_folder_the_next_run_takes(
    client: Client, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_jsonl(tmp_path / "one.jsonl", [("a", "He said ” yes ».")])
    out = tmp_path / "out"
    (out / "findings").mkdir(parents=True)  # what a run stopped half-way leaves
    (out / "findings" / "part.000000.parquet").write_bytes(b"half")
    status, _, stderr = archive(
        str(path), "--out", str(out), "--scheduler", client.scheduler.address, capsys=capsys
    )
    assert (status, stderr) == (1, "")
    assert len(read_parquet(out / "findings")) == len(quotefix.check("He said ” yes »."))


def test_inputs_may_be_urls_and_folders(
    client: Client, corpus: list[Article], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "_staging" / "in"  # a hidden-looking name above the folder is fine
    (folder / ".cache").mkdir(parents=True)
    write_jsonl(folder / "b.jsonl", corpus[100:150])
    write_jsonl(folder / "a.jsonl", corpus[:100])  # read in name order: a, then b
    write_jsonl(folder / ".cache" / "old.jsonl", corpus[:10])  # inside: skipped
    write_jsonl(folder / "_partial.jsonl", corpus[:10])
    (folder / "README.txt").write_text("not an input", encoding="utf-8")
    out = tmp_path / "out"
    status, _, stderr = archive(
        folder.as_uri(), "--out", str(out), "--scheduler", client.scheduler.address,
        "--partition-size", "0.02", capsys=capsys,
    )
    want = check_rows(corpus[:150])
    assert (status, stderr) == (1, "")
    assert rows(read_parquet(out / "findings")) == want


def test_an_unreachable_scheduler_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_jsonl(tmp_path / "one.jsonl", [("a", "text")])
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        status, _, stderr = archive(
            str(path), "--out", str(tmp_path / "out"), "--scheduler", "tcp://127.0.0.1:9",
            capsys=capsys,
        )
    assert status == 2
    assert "quotefix: cannot start or reach tcp://127.0.0.1:9:" in stderr


def test_without_the_extra_the_command_says_what_to_install(tmp_path: Path) -> None:
    code = (
        "import sys; sys.modules['distributed'] = None\n"
        "from quotefix.cli import main\n"
        "sys.exit(main(['archive', 'a.jsonl', '--out', 'out']))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=False, cwd=tmp_path)
    assert done.returncode == 2
    assert "the archive command needs the dask extra" in done.stderr
    assert "pip install 'quotefix-mt[dask]'" in done.stderr


def test_scheduler_and_workers_exclude_each_other(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main(["archive", "a.jsonl", "--out", "o", "--scheduler", "tcp://x:1", "--workers", "2"])
    assert exc.value.code == 2
    assert "not allowed with argument" in capsys.readouterr().err


# -- a local cluster of the command's own; the entry point on a terminal -------------------


def test_local_cluster_starts_and_stops_cleanly(
    corpus: list[Article], tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import psutil

    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    monkeypatch.setattr(tempfile, "tempdir", None)  # read TMPDIR again
    sample = corpus[:80]
    path = write_jsonl(tmp_path / "small.jsonl", sample)
    def children() -> set[int]:
        # multiprocessing's resource tracker stays for the life of this process, by design
        return {
            child.pid for child in psutil.Process().children(recursive=True)
            if "resource_tracker" not in " ".join(child.cmdline())
        }

    before = children()
    status, stdout, _ = archive(
        str(path), "--out", str(tmp_path / "out"), "--workers", "1", capsys=capsys
    )
    want = check_rows(sample)
    assert status == 1
    assert rows(read_parquet(tmp_path / "out" / "findings")) == want
    assert "80 articles" in stdout
    deadline = time.monotonic() + 20
    while True:  # worker processes take a moment to be reaped
        left = children() - before
        if not left or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert left == set()
    assert list(scratch.iterdir()) == []


def test_the_entry_point_on_a_terminal_shows_a_progress_bar(
    client: Client, corpus: list[Article], tmp_path: Path
) -> None:
    path = write_jsonl(tmp_path / "small.jsonl", corpus[:200])
    main, child = pty.openpty()
    env = {key: value for key, value in os.environ.items() if key != "CI"}
    process = subprocess.Popen(
        [sys.executable, "-m", "quotefix", "archive", str(path), "--out", str(tmp_path / "out"),
         "--scheduler", client.scheduler.address, "--partition-size", "0.05"],
        stdin=child, stdout=child, stderr=child, env=env, close_fds=True,
    )
    os.close(child)
    output = b""
    while True:
        ready, _, _ = select.select([main], [], [], 120)
        if not ready:
            process.kill()
            break
        try:
            chunk = os.read(main, 65536)
        except OSError:  # the terminal closed: the process is done
            break
        if not chunk:
            break
        output += chunk
    os.close(main)
    assert process.wait(timeout=60) == 1
    text = output.decode("utf-8", "replace")
    assert "% Completed" in text
    assert "200 articles, 0 with errors" in text


def test_the_test_extra_installs_the_dask_extra() -> None:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib

    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))[
        "project"]["optional-dependencies"]
    assert set(extras["dask"]) <= set(extras["test"])


def test_importing_quotefix_imports_no_dask() -> None:
    code = (
        "import sys, quotefix, quotefix.cli, quotefix.archive; quotefix.cli._parser();"
        "print(sorted(m for m in ('dask', 'distributed', 'pandas', 'pyarrow') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, cwd=ROOT)
    assert done.stdout.strip() == "[]"
