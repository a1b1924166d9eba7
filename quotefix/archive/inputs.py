"""Read an archive into a Dask DataFrame: Parquet, JSON Lines or CSV, one article per row.

Every reader gives the same three columns: the id as text (``None`` when
missing), the text (``None`` when it is missing or not a string) and
:data:`UNREADABLE`, the reason a row cannot be checked (a line that is not
JSON, a text that is a number), or ``None``. A bad row never stops the job:
the engine side turns it into an error row naming its article.

- **Parquet** (``.parquet``, ``.parq``, ``.pq``, or a folder of them): read
  by Dask, only the two columns, split by row groups into partitions of
  about ``partition_bytes``.
- **JSON Lines** (``.jsonl``, ``.ndjson``, ``.json``; one JSON object a
  line): split by byte ranges of ``partition_bytes``; a line belongs to the
  range its first byte is in. Compressed files (``.gz``, ``.bz2``, ``.xz``)
  are read whole, one partition each.
- **CSV** (``.csv``, with a header row): a quoted field may hold line breaks,
  so a CSV file cannot be split by bytes: each file is one partition.

Paths may be URLs that fsspec knows (``s3://…`` with s3fs installed): on a
cluster every worker must be able to read them.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Sequence
from itertools import groupby
from typing import TYPE_CHECKING, Any, Literal

from ..errors import FileError, OptionError
from .rows import article_id, text_problem

if TYPE_CHECKING:
    import dask.dataframe as dd
    import pandas as pd

Format = Literal["parquet", "jsonl", "csv"]
#: The reader's column saying why a row could not be parsed (``None``: it could).
UNREADABLE = "__quotefix_unreadable__"
COMPRESSED = (".gz", ".bz2", ".xz")
EXTENSIONS: dict[str, Format] = {
    ".parquet": "parquet", ".parq": "parquet", ".pq": "parquet",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
    ".csv": "csv",
}
#: A CSV field (an article) may be this long; the csv module's default is 128 KiB.
CSV_FIELD_LIMIT = 2**31 - 1


def format_of(path: str) -> Format | None:
    """The format a file name says, or ``None``.

    >>> format_of("2024/part-1.parquet"), format_of("news.jsonl.gz"), format_of("a.txt")
    ('parquet', 'jsonl', None)
    """
    name = path.lower()
    for suffix in COMPRESSED:
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            break
    dot = name.rfind(".")
    return EXTENSIONS.get(name[dot:]) if dot >= 0 else None


def _filesystem(path: str) -> tuple[Any, str]:
    from fsspec.core import url_to_fs

    return url_to_fs(path)  # type: ignore[no-any-return]


def _hidden(file: str, root: str) -> bool:
    """A file inside ``root`` under a name starting with ``.`` or ``_`` (``_SUCCESS``, ``.git``)."""
    relative = file[len(root):] if file.startswith(root) else file.rsplit("/", 1)[-1]
    return any(part.startswith((".", "_")) for part in relative.split("/"))


def expand(inputs: Sequence[str]) -> list[tuple[Format, str]]:
    """Every file to read, with its format, in the order given (a folder's files sorted)."""
    found: list[tuple[Format, str]] = []
    for raw in inputs:
        fs, path = _filesystem(raw)
        protocol = raw.split("://", 1)[0] + "://" if "://" in raw else ""
        if not fs.exists(path):
            raise FileError(f"{raw}: no such file or folder")
        if fs.isdir(path):
            root = path.rstrip("/") + "/"
            files = sorted(
                f for f in fs.find(path) if format_of(f) is not None and not _hidden(f, root)
            )
            if not files:
                raise FileError(f"{raw}: no .parquet, .jsonl or .csv files in this folder")
            found.extend((format_of(f), protocol + f) for f in files)  # type: ignore[misc]
            continue
        kind = format_of(path)
        if kind is None:
            raise FileError(
                f"{raw}: unknown format; name it .parquet, .jsonl (JSON Lines) or .csv"
            )
        found.append((kind, raw))
    return found


Row = tuple[str | None, str | None, str | None]  # id, text, why it cannot be checked


def _row(raw_id: object, raw_text: object) -> Row:
    if isinstance(raw_text, str):
        return article_id(raw_id), raw_text, None
    return article_id(raw_id), None, text_problem(raw_text)


def _block_rows(
    path: str, start: int, end: int | None, id: str, text: str
) -> Iterator[Row]:
    """The rows of the lines that start in ``[start, end)`` of a JSON Lines file."""
    import fsspec

    with fsspec.open(path, "rb", compression="infer") as handle:
        if start > 0:
            handle.seek(start - 1)
            handle.readline()  # the end of the line before: the previous block's
        pos = start if start == 0 else handle.tell()
        while end is None or pos < end:
            line = handle.readline()
            if not line:
                break
            where = pos
            pos += len(line)
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as error:  # invalid JSON or invalid UTF-8
                yield None, None, f"{path}, byte {where}: not a JSON object ({error})"
                continue
            if not isinstance(record, dict):
                yield None, None, f"{path}, byte {where}: not a JSON object"
                continue
            yield _row(record.get(id), record.get(text))


def _csv_rows(path: str, id: str, text: str) -> Iterator[Row]:
    import fsspec

    csv.field_size_limit(CSV_FIELD_LIMIT)
    with fsspec.open(path, "rb", compression="infer") as handle:
        data = handle.read()
    try:
        content = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        yield None, None, f"{path}: not valid UTF-8 (byte {error.start}); file not read"
        return
    reader = csv.DictReader(io.StringIO(content, newline=""))
    if reader.fieldnames is None:
        return
    for name in (id, text):
        if name not in reader.fieldnames:
            yield None, None, f"{path}: no column {name!r} in the header row; file not read"
            return
    for row in reader:
        # A short row leaves its last fields None: a missing text, reported as such.
        yield _row(row.get(id), row.get(text))


def _rows_frame(rows: Iterator[Row], id: str, text: str) -> pd.DataFrame:
    import pandas as pd

    ids: list[str | None] = []
    texts: list[str | None] = []
    reasons: list[str | None] = []
    for row_id, row_text, reason in rows:
        ids.append(row_id)
        texts.append(row_text)
        reasons.append(reason)
    dtype = pd.StringDtype("pyarrow")
    return pd.DataFrame(
        {
            id: pd.array(ids, dtype=dtype),
            text: pd.array(texts, dtype=dtype),
            UNREADABLE: pd.array(reasons, dtype=dtype),
        }
    )


def _read_block(block: tuple[str, int, int | None], id: str, text: str) -> pd.DataFrame:
    path, start, end = block
    return _rows_frame(_block_rows(path, start, end, id, text), id, text)


def _read_csv(path: str, id: str, text: str) -> pd.DataFrame:
    return _rows_frame(_csv_rows(path, id, text), id, text)


def _blocks(paths: Sequence[str], size: int) -> list[tuple[str, int, int | None]]:
    blocks: list[tuple[str, int, int | None]] = []
    for path in paths:
        fs, local = _filesystem(path)
        total = fs.size(local)
        if path.lower().endswith(COMPRESSED) or not total:
            blocks.append((path, 0, None))
            continue
        blocks.extend(
            (path, start, min(start + size, total)) for start in range(0, total, size)
        )
    return blocks


def _as_rows(part: pd.DataFrame, id: str, text: str) -> pd.DataFrame:
    rows = map(_row, part[id].tolist(), part[text].tolist())
    return _rows_frame(rows, id, text)


def _parquet_columns(path: str) -> list[str]:
    import pyarrow.parquet as pq

    fs, local = _filesystem(path)
    try:
        with fs.open(local, "rb") as handle:
            return list(pq.read_schema(handle).names)
    except (OSError, ValueError) as error:  # pyarrow's ArrowInvalid is a ValueError
        raise FileError(f"{path}: not a Parquet file ({error})") from None


def _read_parquet(paths: list[str], id: str, text: str, size: int) -> dd.DataFrame:
    import dask.dataframe as dd

    columns = _parquet_columns(paths[0])
    for name, flag in ((id, "--id-column"), (text, "--text-column")):
        if name not in columns:
            raise OptionError(
                f"{paths[0]}: no column {name!r} (its columns: {', '.join(columns)});"
                f" name the column with {flag}"
            )
    try:
        frame = dd.read_parquet(paths, columns=[id, text], blocksize=size)
    except (KeyError, ValueError) as error:  # another file of the set that cannot be read
        reason = str(error).strip().splitlines()[-1]
        raise FileError(f"cannot read the Parquet input: {reason}") from None
    return frame.map_partitions(
        _as_rows, id, text, meta=_rows_frame(iter(()), id, text), enforce_metadata=False
    )


def read_archive(
    inputs: Sequence[str], *, id: str = "id", text: str = "text", partition_bytes: int
) -> dd.DataFrame:
    """One Dask DataFrame of every article in ``inputs``, in the order given."""
    import dask.dataframe as dd

    if id == text:
        raise OptionError(f"the id and text columns must differ (both {id!r})")
    meta = _rows_frame(iter(()), id, text)
    frames = []
    for kind, group in groupby(expand(inputs), key=lambda item: item[0]):
        paths = [path for _, path in group]
        if kind == "parquet":
            frames.append(_read_parquet(paths, id, text, partition_bytes))
        elif kind == "jsonl":
            frames.append(
                dd.from_map(
                    _read_block, _blocks(paths, partition_bytes), id=id, text=text,
                    meta=meta, label="read-jsonl", enforce_metadata=False,
                )
            )
        else:
            frames.append(
                dd.from_map(
                    _read_csv, paths, id=id, text=text, meta=meta,
                    label="read-csv", enforce_metadata=False,
                )
            )
    return frames[0] if len(frames) == 1 else dd.concat(frames)


__all__ = ["UNREADABLE", "Format", "expand", "format_of", "read_archive"]
