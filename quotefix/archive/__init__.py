"""Archives of articles on Dask: the engine over dataframes, on one machine or a cluster.

Needs the ``dask`` extra (``pip install 'quotefix-mt[dask]'``: dask with its
dataframes, distributed and pyarrow). Public API:

- :func:`check_frame` — a Dask DataFrame of articles in, one row per finding out;
- :func:`fix_frame` — the same articles out, repaired, with the number of
  edits and of findings still needing a person.

The command ``quotefix archive`` (:mod:`.command`) reads Parquet, JSON Lines
or CSV, runs these on a local or remote cluster and writes Parquet and a
summary. Importing this package imports neither Dask nor pandas: the
functions do, when called.
"""

from __future__ import annotations

from .frames import check_frame, fix_frame

__all__ = ["check_frame", "fix_frame"]
