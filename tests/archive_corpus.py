"""A generated archive of news articles, made from the project's own test data.

Used by ``tests/test_archive.py`` and ``benchmarks/archive.py``. Articles
are drawn with a fixed seed from three sources in ``tests/data``:

- the quote corpus (``quotes/*.jsonl``): two to five of its texts, run
  together as the paragraphs of one article (clean, house-style and
  defective quotations);
- the boilerplate articles (``boilerplate/*.txt``): one whole labelled
  article, its lines joined as its ``layout`` says (machine-translated
  English with the source site's leftovers, and, for 3% of the articles,
  untranslated French, Spanish, Italian, German and Portuguese ones);
- the machine-translated sample article.

Only the readers' formats are written here (JSON Lines, CSV, Parquet);
nothing is checked. The same ``count`` and ``seed`` give the same archive.
"""

from __future__ import annotations

import csv
import json
import random
from collections.abc import Iterator, Sequence
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data"
SEED = 20261201
Article = tuple[str, str]  # (id, text)


@lru_cache(maxsize=1)
def quote_texts() -> tuple[str, ...]:
    texts = []
    for path in sorted((DATA / "quotes").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    return tuple(texts)


@lru_cache(maxsize=2)
def boilerplate_articles(translated: bool) -> tuple[str, ...]:
    """The labelled articles of ``boilerplate/`` (held-out ones too), as their text.

    ``translated``: the machine-translated English ones (ids ``en-…``);
    otherwise the untranslated ones (French, Spanish…).
    """
    articles: list[str] = []
    for path in sorted((DATA / "boilerplate").rglob("*.txt")):
        lines: list[str] = []
        separator = "\n"
        keep = False
        for raw in [*path.read_text(encoding="utf-8").splitlines(), "=== end"]:
            if raw.startswith("==="):
                if lines and keep:
                    articles.append(separator.join(lines))
                lines = []
                separator = "\n\n" if "layout=blank" in raw else "\n"
                keep = raw.split()[1].startswith("en-") == translated
            elif raw.strip() and not raw.startswith("#") and "\t" in raw:
                lines.append(raw.split("\t")[1])
    return tuple(articles)


@lru_cache(maxsize=1)
def sample_article() -> str:
    return (DATA / "000_175faf778ac79c34.txt").read_text(encoding="utf-8")


def _article(rng: random.Random) -> str:
    # Mostly machine-translated English; a few articles that were never translated.
    roll = rng.random()
    if roll < 0.05:
        return sample_article()
    if roll < 0.22:
        return rng.choice(boilerplate_articles(translated=True))
    if roll < 0.25:
        return rng.choice(boilerplate_articles(translated=False))
    paragraphs = rng.sample(quote_texts(), rng.randint(2, 5))
    return rng.choice(("\n\n", "\n")).join(paragraphs)


def articles(count: int, seed: int = SEED) -> list[Article]:
    """``count`` articles with ids ``a000000``, ``a000001``…"""
    rng = random.Random(seed)
    return [(f"a{index:06d}", _article(rng)) for index in range(count)]


def articles_of_size(megabytes: float, seed: int = SEED) -> list[Article]:
    """Articles until their texts reach ``megabytes`` (10**6 bytes of UTF-8)."""
    rng = random.Random(seed)
    out: list[Article] = []
    size = 0
    while size < megabytes * 1_000_000:
        text = _article(rng)
        out.append((f"a{len(out):07d}", text))
        size += len(text.encode("utf-8"))
    return out


def jsonl_lines(rows: Sequence[Article]) -> Iterator[str]:
    for ident, text in rows:
        yield json.dumps({"id": ident, "text": text}, ensure_ascii=False) + "\n"


def write_jsonl(path: Path, rows: Sequence[Article]) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        handle.writelines(jsonl_lines(rows))
    return path


def write_csv(path: Path, rows: Sequence[Article]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "text"])
        writer.writerows(rows)
    return path


def write_parquet(path: Path, rows: Sequence[Article], row_group_size: int = 250) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table(
        {"id": [ident for ident, _ in rows], "text": [text for _, text in rows]},
        schema=pa.schema([("id", pa.string()), ("text", pa.string())]),
    )
    pq.write_table(table, path, row_group_size=row_group_size)
    return path
