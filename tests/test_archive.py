"""The archive runner on a real Dask cluster: the same results as ``quotefix`` in one process.

One ``distributed.LocalCluster`` of two worker processes serves the module.
The archive is generated from the project's test data (``archive_corpus``):
2,000 articles, written as Parquet, JSON Lines and CSV. Here: the API
(``check_frame``, ``fix_frame``), how options and language profiles reach
the workers, and the command's output for every format; the command's edges
are in ``test_archive_command.py``.
"""

from __future__ import annotations

import html
import pickle
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import dask
import dask.dataframe as dd
import pandas as pd
import pytest
from archive_corpus import Article, articles, write_csv, write_jsonl, write_parquet
from archive_results import (
    Row,
    archive,
    check_rows,
    plain,
    read_parquet,
    rows,
    summary,
    two_workers,
)
from distributed import Client

import quotefix
from quotefix.archive import check_frame, fix_frame
from quotefix.archive.job import Job, plan
from quotefix.archive.rows import finding_row
from quotefix.options import Options

COUNT = 2000


# -- the cluster, the archive and what quotefix says in one process --------------------


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    yield from two_workers()


@pytest.fixture(scope="module")
def corpus() -> list[Article]:
    return articles(COUNT)


@pytest.fixture(scope="module")
def expected(corpus: list[Article]) -> list[Row]:
    return check_rows(corpus)


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
    want = check_rows(sample, options)
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

def _options_nodes(graph: Any) -> dict[Any, Options]:
    """The keys of a graph that hold an ``Options`` value, and the value."""
    found = {}
    for key, node in dict(graph).items():
        value = getattr(node, "value", None)  # a DataNode: data, not a task
        if isinstance(value, Options):
            found[key] = value
    return found


def test_options_are_one_piece_of_data_that_pickles(
    corpus: list[Article], tmp_path: Path
) -> None:
    # check_frame and the command's job both put the resolved options into the
    # graph once, as data every partition's task depends on: a worker fetches
    # (unpickles) it once and keeps it for the run, whatever the partitions.
    frame = dd.from_pandas(pd.DataFrame(corpus[:40], columns=["id", "text"]), npartitions=8)
    graph = check_frame(frame, target="fr-FR", select="QF1,QF2").__dask_graph__()
    ((key, options),) = _options_nodes(graph).items()
    assert options == Options(target="fr-FR", select=["QF1", "QF2"])
    assert pickle.loads(pickle.dumps(options)) == options
    tasks = [node for node in dict(graph).values() if "check_partition" in str(node.key)]
    assert len(tasks) == 8
    assert all(key in task.dependencies for task in tasks)

    # The command's job: the task that checks a partition, which the writes and
    # the counts share, takes the options from one key too.
    job = Job(("in",), tmp_path / "out", options=Options(target="en-GB", unsafe=True))
    with pytest.MonkeyPatch.context() as patch:  # its graph, on an in-memory archive
        patch.setattr("quotefix.archive.job.read_archive", lambda *_a, **_k: frame)
        _writes, counts = plan(job)
    graph = counts.__dask_graph__()
    ((key, options),) = _options_nodes(graph).items()
    assert options is job.options
    tasks = [node for node in dict(graph).values() if "_results" in str(node.key)]
    assert len(tasks) == 8
    assert all(key in task.dependencies for task in tasks)


def test_html_articles_are_read_as_html_on_the_workers(
    client: Client, corpus: list[Article]
) -> None:
    # The format option travels like the others: bodies from a CMS are checked
    # through their text, as quotefix.check(body, format="html") does.
    bodies = [
        (ident, "".join(f"<p>{html.escape(p)}</p>\n" for p in text.split("\n") if p))
        for ident, text in corpus[:200]
    ]
    frame = dd.from_pandas(pd.DataFrame(bodies, columns=["id", "text"]), npartitions=4)
    want = check_rows(bodies, Options(format="html"))
    assert want and want != check_rows(bodies)
    assert rows(check_frame(frame, format="html").compute()) == want
    repaired = fix_frame(frame, format="html").compute()
    assert repaired["text"].tolist() == [quotefix.fix(b, format="html").text for _, b in bodies]


# -- the command: every format, the summary, and a run with bad rows -----------------


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
