"""Build a folder of articles of one imagined site, for boilerplate found across files.

Real sites end every article with the same lines (a donation appeal, a
newsletter call, a copyright line); in a folder of their articles, a line
that recurs word for word in most files is very likely boilerplate. Sites
also share content legitimately: the same syndicated wire paragraph in two
articles, the same dateline opening most first paragraphs. This builds such
a folder and says which line is which::

    python scripts/site_folder.py OUT                 # 40 articles
    python scripts/site_folder.py OUT --files 12 --seed 3 --manifest labels.json

Each file ``article-NNN.txt`` holds two to four paragraphs separated by blank
lines. The paragraphs are the project's own development text
(``tests/data/fragments/english.txt`` and ``clean-traps.tsv``, the English
paragraphs of ``tests/data/boilerplate/en.txt``), each used in one file only.
Then, decided by a seeded generator:

- the site footer (three lines, word for word) ends about 90% of the files,
  never all of them;
- one syndicated paragraph appears in exactly two files;
- most first paragraphs open with the site's dateline, ``PORTHAVEN (Harbour
  Courier) —``, followed by different words each time.

:func:`build` writes the files and returns the manifest: for every file, one
label per line (``body``, ``dateline``, ``footer``, ``shared``, ``blank``).
A folder-level rule should flag every ``footer`` line and nothing else. The
same arguments always give the same folder.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"

FOOTER = (
    "The Harbour Courier is independent and paid for by its readers."
    " Support local reporting from £3 a month.",
    "Harbour Courier Media Ltd, 12 Quay Street, Porthaven, registered in England.",
    "© Harbour Courier Media Ltd. All rights reserved.",
)
DATELINE = "PORTHAVEN (Harbour Courier) — "
SYNDICATED = (
    "The national weather service said the band of rain would move east overnight and"
    " clear most coastal areas by Thursday morning, though gusts of up to 70 km/h were"
    " still possible on exposed headlands."
)
FOOTER_SHARE = 0.9


def paragraph_pool() -> list[str]:
    """Clean English paragraphs of the development data, each once, in a stable order."""
    pool: list[str] = []

    def rows(path: Path) -> list[str]:
        return [line for line in path.read_text(encoding="utf-8").splitlines()
                if line.strip() and not line.startswith("#")]

    pool.extend(rows(DATA / "fragments" / "english.txt"))
    pool.extend(row.split("\t")[3] for row in rows(DATA / "fragments" / "clean-traps.tsv"))
    for row in rows(DATA / "boilerplate" / "en.txt"):
        fields = row.split("\t")
        if fields[0] == "para" and len(fields) == 2:
            pool.append(fields[1])
    seen: set[str] = set()
    unique = []
    for paragraph in pool:
        if paragraph not in seen and SYNDICATED not in paragraph:
            seen.add(paragraph)
            unique.append(paragraph)
    return unique


def build(folder: Path, files: int = 40, seed: int = 7) -> dict[str, object]:
    """Write ``files`` articles into ``folder`` and return the manifest."""
    if files < 3:
        raise ValueError("a site folder needs at least 3 files")
    rng = random.Random(seed)
    pool = paragraph_pool()
    rng.shuffle(pool)
    sizes = [rng.randint(2, 4) for _ in range(files)]
    if sum(sizes) > len(pool):
        raise ValueError(f"{files} files need {sum(sizes)} paragraphs; the pool has {len(pool)}")
    with_footer = round(files * FOOTER_SHARE)
    with_footer = max(2, min(with_footer, files - 1))
    footer_files = set(rng.sample(range(files), with_footer))
    shared_files = set(rng.sample(range(files), 2))
    folder.mkdir(parents=True, exist_ok=True)
    manifest_files: dict[str, list[str]] = {}
    taken = 0
    for index in range(files):
        paragraphs = pool[taken : taken + sizes[index]]
        taken += sizes[index]
        labelled: list[tuple[str, str]] = []
        for k, paragraph in enumerate(paragraphs):
            if k == 0 and rng.random() < 0.8:
                labelled.append(("dateline", DATELINE + paragraph))
            else:
                labelled.append(("body", paragraph))
        if index in shared_files:
            labelled.insert(rng.randint(1, len(labelled)), ("shared", SYNDICATED))
        lines: list[str] = []
        labels: list[str] = []
        for label, line in labelled:
            if lines:
                lines.append("")
                labels.append("blank")
            lines.append(line)
            labels.append(label)
        if index in footer_files:
            lines.append("")
            labels.append("blank")
            lines.extend(FOOTER)
            labels.extend("footer" for _ in FOOTER)
        name = f"article-{index + 1:03d}.txt"
        (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
        manifest_files[name] = [*labels, "blank"]  # the final newline leaves an empty last line
    return {
        "site": "Harbour Courier",
        "seed": seed,
        "footer": list(FOOTER),
        "footer_files": with_footer,
        "shared": SYNDICATED,
        "shared_files": sorted(f"article-{i + 1:03d}.txt" for i in shared_files),
        "dateline": DATELINE.strip(),
        "files": manifest_files,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="where to write the articles")
    parser.add_argument("--files", type=int, default=40, help="number of articles (default 40)")
    parser.add_argument("--seed", type=int, default=7, help="seed of the generator (default 7)")
    parser.add_argument("--manifest", type=Path, help="also write the line labels as JSON here")
    args = parser.parse_args(argv)
    manifest = build(args.folder, args.files, args.seed)
    if args.manifest:
        args.manifest.write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n",
                                 encoding="utf-8")
    print(f"{args.files} articles in {args.folder}; footer in {manifest['footer_files']},"
          f" shared paragraph in {', '.join(manifest['shared_files'])}")  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
