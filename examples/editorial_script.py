"""Repair the quotation marks of a folder of machine-translated articles.

Usage: python editorial_script.py ARTICLES OUTPUT [--target en-US] [--source fr]

Every article in ARTICLES is checked and repaired: ``*.txt`` files are plain
text, ``*.html`` files the HTML body the CMS stores (only its text is
repaired: tags, attributes, scripts and entities' spelling stay as they
are). The repaired copy is written under the same name into OUTPUT. What quotefix could not
repair safely is printed as ``path:line:col: CODE message``, where ``path``
is the repaired copy: the person fixes it there, and line and column point
into it. Exit status: 0 when nothing needs a person, 1 otherwise.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import quotefix

# How each kind of CMS export is written.
FORMATS = {".txt": "plain", ".html": "html"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Repair the quotes of a folder of articles.")
    parser.add_argument("articles", type=Path, help="folder of .txt and .html articles")
    parser.add_argument("output", type=Path, help="folder for the repaired copies")
    parser.add_argument("--target", default="en-US", help="house style, such as en-US or fr-FR")
    parser.add_argument("--source", default=None, help="language translated from, such as fr")
    args = parser.parse_args(argv)
    if not args.articles.is_dir():
        parser.error(f"{args.articles} is not a folder")
    args.output.mkdir(parents=True, exist_ok=True)

    needs_a_person = 0
    articles = [path for path in args.articles.iterdir() if path.suffix in FORMATS]
    for article in sorted(articles):
        # Bytes in, bytes out: line endings stay exactly as the article has them
        # (quotefix reads \r\n text exactly as \n text: nothing to normalise).
        text = article.read_bytes().decode("utf-8")
        result = quotefix.fix(text, format=FORMATS[article.suffix], target=args.target,
                              source=args.source)
        copy = args.output / article.name
        copy.write_bytes(result.text.encode("utf-8"))
        for finding in result.unresolved:  # offsets point into result.text
            print(f"{copy}:{finding.line}:{finding.column}: {finding.code} {finding.message}")
        needs_a_person += len(result.unresolved)
        print(f"{article.name}: {len(result.edits)} repaired, "
              f"{len(result.unresolved)} for a person", file=sys.stderr)
    return 1 if needs_a_person else 0


if __name__ == "__main__":
    sys.exit(main())
