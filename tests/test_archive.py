"""The archive runner on a real Dask cluster: the same results as ``quotefix`` in one process.

One ``distributed.LocalCluster`` of two worker processes serves the module.
The archive is generated from the project's test data (``archive_corpus``):
2,000 articles, written as Parquet, JSON Lines and CSV, plus bad rows of
every kind the readers meet.
"""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import dask
import dask.dataframe as dd
import pandas as pd
import pytest
from archive_corpus import Article, articles, write_csv, write_jsonl, write_parquet
from distributed import Client

import quotefix
from quotefix import cli
from quotefix.archive import check_frame, fix_frame
from quotefix.archive.job import connect
from quotefix.archive.rows import FINDING_COLUMNS, finding_row

COUNT = 2000
ROOT = Path(__file__).parent.parent
Row = tuple[Any, ...]


# -- the cluster, the archive and what quotefix says in one process --------------------


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    # The command's own local cluster (two worker processes, one thread each),
    # its scratch space in a temporary folder that is removed after.
    with connect(None, 2) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        yield client


@pytest.fixture(scope="module")
def corpus() -> list[Article]:
    return articles(COUNT)


@pytest.fixture(scope="module")
def expected(corpus: list[Article]) -> list[Row]:
    """``quotefix.check`` article by article, as finding rows in article order."""
    return [
        (ident, *finding_row(f), None) for ident, text in corpus for f in quotefix.check(text)
    ]


@pytest.fixture(scope="module")
def fixed(corpus: list[Article]) -> dict[str, quotefix.FixResult]:
    return {ident: quotefix.fix(text) for ident, text in corpus}


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory, corpus: list[Article]) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("archive")
    csv_folder = folder / "csv"
    csv_folder.mkdir()
    for part in range(4):  # a CSV file is one task: four files for two workers
        write_csv(csv_folder / f"part-{part}.csv", corpus[part * 500 : (part + 1) * 500])
    return {
        "parquet": write_parquet(folder / "archive.parquet", corpus, row_group_size=100),
        "jsonl": write_jsonl(folder / "archive.jsonl", corpus),
        "csv": csv_folder,
    }


def rows(frame: pd.DataFrame) -> list[Row]:
    """A findings frame as plain tuples (``<NA>`` as ``None``) in its order."""
    columns = ["id", *FINDING_COLUMNS, "error"]
    assert list(frame.columns) == columns
    plain = frame.astype(object).where(frame.notna(), None)
    return [tuple(row) for row in plain.itertuples(index=False, name=None)]


def plain(values: pd.Series) -> list[Any]:
    """The values of a column, ``<NA>`` as ``None``."""
    return values.astype(object).where(values.notna(), None).tolist()


def read_parquet(folder: Path) -> pd.DataFrame:
    # Part files are named in partition order; read them in that order, one by one.
    parts = sorted(folder.glob("*.parquet"))
    assert parts
    return pd.concat([pd.read_parquet(part) for part in parts], ignore_index=True)


def archive(*argv: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = cli.main(["archive", *argv])
    out, err = capsys.readouterr()
    return status, out, err


def summary(out: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    return data


def needing_a_person(corpus: list[Article]) -> int:
    return sum(
        any(f.fix is None or not f.fix.safe for f in quotefix.check(text)) for _, text in corpus
    )


# -- the API: check_frame and fix_frame ---------------------------------------------------


def test_check_frame_gives_the_findings_of_check_article_by_article(
    client: Client, corpus: list[Article], expected: list[Row]
) -> None:
    frame = dd.from_pandas(pd.DataFrame(corpus, columns=["id", "text"]), npartitions=7)
    found = check_frame(frame)
    assert found.npartitions == 7
    assert len(expected) > 5 * COUNT  # the archive is dirty: every kind of rule has work
    assert {row[1][:3] for row in expected} == {"QF1", "QF2", "QF3", "QF4", "QF5"}
    assert rows(found.compute()) == expected


def test_options_are_resolved_on_the_client_and_reach_the_workers(
    client: Client, corpus: list[Article]
) -> None:
    sample = corpus[:300]
    frame = dd.from_pandas(pd.DataFrame(sample, columns=["id", "text"]), npartitions=3)
    options = quotefix.Options(target="en-GB", select=["QF1", "QF2"])
    want = [(i, *finding_row(f), None) for i, t in sample for f in quotefix.check(t, options)]
    assert want and {row[1][:3] for row in want} <= {"QF1", "QF2"}
    assert rows(check_frame(frame, options=options).compute()) == want
    assert rows(check_frame(frame, target="en-GB", select="QF1,QF2").compute()) == want
    with pytest.raises(quotefix.LocaleError):  # at once, on the client: nothing is computed
        check_frame(frame, target="xx-XX")
    with pytest.raises(quotefix.OptionError, match="no column 'body'"):
        check_frame(frame, text="body")


def test_fix_frame_gives_the_text_of_fix_article_by_article(
    client: Client, corpus: list[Article], fixed: dict[str, quotefix.FixResult]
) -> None:
    table = pd.DataFrame(corpus, columns=["id", "text"]).assign(
        source=[f"site-{i % 7}" for i in range(COUNT)]
    )
    repaired = fix_frame(dd.from_pandas(table, npartitions=5)).compute()
    assert list(repaired.columns) == ["id", "text", "source", "edits", "unresolved", "error"]
    assert repaired["id"].tolist() == [ident for ident, _ in corpus]
    assert repaired["source"].tolist() == table["source"].tolist()
    assert repaired["text"].tolist() == [fixed[ident].text for ident, _ in corpus]
    assert repaired["edits"].tolist() == [len(fixed[ident].edits) for ident, _ in corpus]
    assert repaired["unresolved"].tolist() == [
        len(fixed[ident].unresolved) for ident, _ in corpus
    ]
    assert repaired["error"].isna().all()
    assert sum(repaired["edits"]) > COUNT  # there was plenty to repair


def test_bad_rows_become_error_rows_through_the_api(client: Client) -> None:
    table = pd.DataFrame(
        {
            "id": ["ok", "none", "number", None, "bytes"],
            "text": ["He said ” yes ».", None, 42, "He said ” yes ».", b"bytes"],
        }
    )
    with dask.config.set({"dataframe.convert-string": False}):  # keep 42 and b"" as they are
        frame = dd.from_pandas(table, npartitions=2)
        found = rows(check_frame(frame).compute())
        repaired = fix_frame(frame).compute()
    errors = [(row[0], row[-1]) for row in found if row[-1] is not None]
    assert errors == [
        ("none", "text is missing"),
        ("number", "text is int, not text"),
        (None, "article id is missing"),
        ("bytes", "text is bytes, not text (decode it to UTF-8 first)"),
    ]
    assert [row[1] for row in found if row[0] == "ok"] == [
        f.code for f in quotefix.check("He said ” yes ».")
    ]
    assert len(repaired) == len(table)
    assert repaired["text"].tolist()[0] == quotefix.fix("He said ” yes ».").text
    assert repaired["error"].notna().tolist() == [False, True, True, True, True]
    assert repaired["edits"].isna().tolist() == [False, True, True, True, True]


def test_language_profiles_load_once_per_worker(
    client: Client, corpus: list[Article]
) -> None:
    client.restart()  # fresh worker processes: nothing loaded yet
    client.run(_count_profile_loads)
    frame = dd.from_pandas(pd.DataFrame(corpus[:600], columns=["id", "text"]), npartitions=12)
    check_frame(frame).compute()
    loads = client.run(_profile_loads)
    assert len(loads) == 2
    # One load (one set of languages) per worker that ran a partition; 12
    # partitions on 2 workers would give at least 6 on one of them if the
    # profiles were loaded per partition.
    assert max(loads.values()) == 1
    assert sum(loads.values()) >= 1


def _count_profile_loads() -> None:
    """In a worker: count the calls that read langdetect's language profiles."""
    from langdetect.detector_factory import DetectorFactory

    load = DetectorFactory.load_json_profile
    calls = sys.modules[__name__].__dict__.setdefault("PROFILE_LOADS", [])

    def counting(self: Any, profiles: Any) -> Any:
        calls.append(len(profiles))
        return load(self, profiles)

    DetectorFactory.load_json_profile = counting


def _profile_loads() -> int:
    return len(sys.modules[__name__].__dict__.get("PROFILE_LOADS", []))


# -- the command: every format, the summary, bad rows, exit statuses ----------------------


BAD_JSONL = [
    '{"id": "bad-number", "text": 42}\n',
    '{"id": "bad-missing"}\n',
    '{"id": "bad-null", "text": null}\n',
    '{"text": "An article without an id, said ” the editor »."}\n',
    '{"id": "bad-truncated", "text": "He sa\n',
    "[1, 2, 3]\n",
    "\n",  # a blank line is no article
    '{"id": "bad-list", "text": ["a", "b"]}\n',
]
BAD_ERRORS = [
    ("bad-number", "text is int, not text"),
    ("bad-missing", "text is missing"),
    ("bad-null", "text is missing"),
    (None, "article id is missing"),
    (None, "not a JSON object"),
    (None, "not a JSON object"),
    ("bad-list", "text is list, not text"),
]


@pytest.mark.parametrize("kind", ["parquet", "jsonl", "csv"])
def test_archive_check_writes_the_findings_of_check(
    kind: str,
    client: Client,
    files: dict[str, Path],
    corpus: list[Article],
    expected: list[Row],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "out"
    address = client.scheduler.address
    status, stdout, stderr = archive(
        str(files[kind]), "--out", str(out), "--scheduler", address,
        "--partition-size", "0.1", capsys=capsys,
    )
    assert (status, stderr) == (1, "")
    assert rows(read_parquet(out / "findings")) == expected
    data = summary(out)
    assert data["mode"] == "check"
    assert data["articles"] == COUNT and data["errors"] == 0
    assert data["findings"] == len(expected)
    assert data["findings_per_code"] == dict(sorted(Counter(row[1] for row in expected).items()))
    assert data["articles_with_findings"] == len({row[0] for row in expected})
    assert data["articles_needing_a_person"] == needing_a_person(corpus)
    assert f"{COUNT:,} articles, 0 with errors" in stdout
    assert not (out / "texts").exists()


def test_archive_fix_writes_the_texts_of_fix(
    client: Client,
    files: dict[str, Path],
    corpus: list[Article],
    fixed: dict[str, quotefix.FixResult],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "out"
    status, stdout, _ = archive(
        str(files["parquet"]), "--out", str(out), "--fix", "--scheduler",
        client.scheduler.address, "--partition-size", "0.2", capsys=capsys,
    )
    texts = read_parquet(out / "texts")
    assert list(texts.columns) == ["id", "text", "edits", "unresolved", "error"]
    assert len(texts) == COUNT
    assert texts["id"].tolist() == [ident for ident, _ in corpus]
    assert texts["text"].tolist() == [fixed[ident].text for ident, _ in corpus]
    assert texts["edits"].tolist() == [len(fixed[ident].edits) for ident, _ in corpus]
    assert texts["unresolved"].tolist() == [len(fixed[ident].unresolved) for ident, _ in corpus]
    # The findings are what still needs a person, in the repaired texts.
    left = [(i, *finding_row(f), None) for i, _ in corpus for f in fixed[i].unresolved]
    assert rows(read_parquet(out / "findings")) == left
    data = summary(out)
    assert data["mode"] == "fix"
    assert data["articles_changed"] == sum(bool(r.edits) for r in fixed.values())
    assert data["edits"] == sum(len(r.edits) for r in fixed.values())
    assert data["articles_needing_a_person"] == sum(bool(r.unresolved) for r in fixed.values())
    assert status == (1 if left else 0)
    assert "articles repaired" in stdout


def test_bad_rows_are_reported_and_nothing_is_lost(
    client: Client,
    corpus: list[Article],
    fixed: dict[str, quotefix.FixResult],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    sample = corpus[:400]
    path = tmp_path / "bad.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for index, line in enumerate(write_jsonl(tmp_path / "good.jsonl", sample).open()):
            handle.write(line)
            if index % 50 == 7:  # bad rows spread over the partitions
                handle.write(BAD_JSONL[(index // 50) % len(BAD_JSONL)])
        handle.writelines(BAD_JSONL)
    with path.open("ab") as handle:
        handle.write(b'{"id": "bad-utf8", "text": "caf\xe9"}\n')
    lines = [line for line in path.read_bytes().splitlines() if line.strip()]
    out = tmp_path / "out"
    status, _, stderr = archive(
        str(path), "--out", str(out), "--fix", "--scheduler", client.scheduler.address,
        "--partition-size", "0.05", capsys=capsys,
    )
    assert status == 2
    texts = read_parquet(out / "texts")
    assert len(texts) == len(lines) == summary(out)["articles"]  # articles out == articles in
    good = texts[texts["error"].isna()]
    assert good["id"].tolist() == [ident for ident, _ in sample]
    assert good["text"].tolist() == [fixed[ident].text for ident, _ in sample]
    errors = texts[texts["error"].notna()]
    assert len(errors) == summary(out)["errors"] == len(lines) - len(sample)
    tail = list(zip(plain(errors["id"])[-8:], errors["error"].tolist()[-8:], strict=True))
    for (ident, error), (want_id, want_error) in zip(
        tail, [*BAD_ERRORS, (None, "not a JSON object")], strict=True
    ):
        assert ident == want_id
        assert want_error in error
    assert f"{path}, byte " in tail[-1][1]  # an unreadable line is named by its place
    assert "quotefix: article 'bad-number': text is int, not text" in stderr
    assert "quotefix: a row without an id: article id is missing" in stderr
    # The findings hold the same error rows, in order.
    found = read_parquet(out / "findings")
    assert found.loc[found["error"].notna(), "error"].tolist() == errors["error"].tolist()


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
    client: Client, corpus: list[Article], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clean = [(i, t) for i, t in corpus[:300] if not quotefix.check(t)]
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
    want = [(i, *finding_row(f), None) for i, t in sample for f in quotefix.check(t, options)]
    assert status == 1
    assert rows(read_parquet(tmp_path / "out" / "findings")) == want
    assert {row[1] for row in want} & {"QF201", "QF202"}  # the en-GB style was applied


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
    want = [(i, *finding_row(f), None) for i, t in corpus[:150] for f in quotefix.check(t)]
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
    want = [(i, *finding_row(f), None) for i, t in sample for f in quotefix.check(t)]
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
