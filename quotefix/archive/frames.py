"""``check_frame`` and ``fix_frame``: the engine over a Dask DataFrame of articles.

Each partition is checked with ``map_partitions`` and an explicit ``meta``,
so Dask never calls the engine to guess the output's shape. The options are
resolved once, on the client, and go into the graph as one piece of data
that every worker fetches once; the engine's caches (language profiles,
word lists) live in the worker process and outlast its partitions.

Dask and pandas are imported when a function here is called, never when
``quotefix`` (or its command line) is.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from ..errors import OptionError
from ..options import Options, resolve
from .rows import EMPTY_FINDING, FINDING_COLUMNS, Article, article, finding_row

if TYPE_CHECKING:
    import dask.dataframe as dd
    import pandas as pd

#: Columns that ``fix_frame`` adds to the input frame.
FIX_COLUMNS = ("edits", "unresolved", "error")


def finding_dtypes() -> dict[str, Any]:
    """The findings frame's columns and their pandas dtypes (nullable: an error row is empty)."""
    import pandas as pd

    text, integer = pd.StringDtype("pyarrow"), pd.Int64Dtype()
    kinds = {
        "start": integer, "end": integer, "line": integer, "column": integer,
        "safe": pd.BooleanDtype(),
        "related_start": integer, "related_end": integer,
        "related_line": integer, "related_column": integer,
    }
    return {
        "id": text,
        **{name: kinds.get(name, text) for name in FINDING_COLUMNS},
        "error": text,
    }


def _frame(columns: dict[str, list[Any]], dtypes: dict[str, Any]) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame(
        {name: pd.array(columns[name], dtype=dtype) for name, dtype in dtypes.items()}
    )


def findings_of(articles: Iterable[Article]) -> pd.DataFrame:
    """One row per finding, article after article; one error row per bad article."""
    dtypes = finding_dtypes()
    rows: list[tuple[Any, ...]] = []
    for item in articles:
        if item.error is not None:
            rows.append((item.id, *EMPTY_FINDING, item.error))
        else:
            rows.extend((item.id, *finding_row(f), None) for f in item.findings)
    columns = list(zip(*rows, strict=True)) if rows else [()] * len(dtypes)
    return _frame(
        {name: list(values) for name, values in zip(dtypes, columns, strict=True)}, dtypes
    )


def articles_of(
    part: pd.DataFrame,
    text: str,
    id: str,
    options: Options,
    repair: bool,
    unreadable: str | None = None,
) -> list[Article]:
    """Check (or fix) every row of one partition, in order."""
    ids = part[id].tolist()
    texts = part[text].tolist()
    reasons = part[unreadable].tolist() if unreadable is not None else [None] * len(ids)
    return [
        article(raw_id, raw_text, options, repair=repair, unreadable=_reason(reason))
        for raw_id, raw_text, reason in zip(ids, texts, reasons, strict=True)
    ]


def _reason(value: object) -> str | None:
    return value if isinstance(value, str) else None


def check_partition(
    part: pd.DataFrame, text: str, id: str, options: Options
) -> pd.DataFrame:
    """``check_frame`` on one partition."""
    return findings_of(articles_of(part, text, id, options, repair=False))


def repaired_columns(articles: Sequence[Article]) -> dict[str, Any]:
    """The repaired text and the counts of ``fix_frame``, as pandas arrays."""
    import pandas as pd

    good = [item.error is None for item in articles]
    return {
        "text": pd.array([item.text for item in articles], dtype=pd.StringDtype("pyarrow")),
        "edits": pd.array(
            [item.edits if ok else None for item, ok in zip(articles, good, strict=True)],
            dtype=pd.Int64Dtype(),
        ),
        "unresolved": pd.array(
            [item.unresolved if ok else None for item, ok in zip(articles, good, strict=True)],
            dtype=pd.Int64Dtype(),
        ),
        "error": pd.array([item.error for item in articles], dtype=pd.StringDtype("pyarrow")),
    }


def fix_partition(part: pd.DataFrame, text: str, id: str, options: Options) -> pd.DataFrame:
    """``fix_frame`` on one partition: the same rows, text repaired, three columns added."""
    columns = repaired_columns(articles_of(part, text, id, options, repair=True))
    out = part.copy()
    out[text] = columns.pop("text")
    for name, values in columns.items():
        out[name] = values
    return out


def _require(frame: dd.DataFrame, *names: str) -> None:
    for name in names:
        if name not in frame.columns:
            raise OptionError(
                f"no column {name!r} in the frame; its columns are: "
                + ", ".join(map(repr, map(str, frame.columns)))
            )


def _shipped(options: Options | None, overrides: dict[str, Any]) -> Any:
    """The options resolved here, once, as one Dask key that each worker fetches once."""
    import dask

    return dask.delayed(resolve(options, overrides), pure=True)


def check_frame(
    frame: dd.DataFrame,
    text: str = "text",
    id: str = "id",
    options: Options | None = None,
    **overrides: Any,
) -> dd.DataFrame:
    """The findings of every article of ``frame``: a Dask DataFrame, one row per finding.

    ``frame`` holds one article per row: its text in column ``text`` and its
    id in column ``id``. ``options`` and keyword overrides are those of
    :func:`quotefix.check`, resolved once here. Each row of the result is
    one finding of ``quotefix.check(text, options)`` (columns: ``id``, then
    :data:`~quotefix.archive.rows.FINDING_COLUMNS`, then ``error``), in the
    order of the articles and, within an article, in ``check``'s order. A
    row whose text is missing or not a string, or whose id is missing, gives
    one error row instead: ``error`` says why and the finding columns are
    empty. Nothing is computed until you ask (``.compute()``,
    ``.to_parquet(...)``).
    """
    _require(frame, text, id)
    meta = findings_of(())
    return frame.map_partitions(
        check_partition, text, id, _shipped(options, overrides), meta=meta,
        enforce_metadata=False, align_dataframes=False,
        clear_divisions=True,  # rows are findings now, not the input's index
    )


def fix_frame(
    frame: dd.DataFrame,
    text: str = "text",
    id: str = "id",
    options: Options | None = None,
    **overrides: Any,
) -> dd.DataFrame:
    """``frame`` with every article repaired: a Dask DataFrame with the same rows.

    Column ``text`` holds ``quotefix.fix(text, options).text``; three columns
    are added: ``edits`` (the number of edits applied), ``unresolved`` (the
    number of findings still needing a person) and ``error`` (why a row
    could not be fixed: its text is then empty and its counts are missing).
    Every other column is kept as it is. ``options`` and keyword overrides
    are those of :func:`quotefix.fix`, resolved once here.
    """
    _require(frame, text, id)
    taken = [name for name in FIX_COLUMNS if name in frame.columns and name != text]
    if taken:
        raise OptionError(
            f"the frame already has column{'s' * (len(taken) > 1)} "
            f"{', '.join(map(repr, taken))}, which fix_frame adds; rename "
            f"{'them' if len(taken) > 1 else 'it'} first"
        )
    meta = fix_partition(frame._meta, text, id, Options())
    return frame.map_partitions(
        fix_partition, text, id, _shipped(options, overrides), meta=meta,
        enforce_metadata=False, align_dataframes=False,
    )


__all__ = ["check_frame", "fix_frame"]
