"""Copy the rule pages of ``docs/rules/`` into the package (``quotefix/rule_docs/``).

``docs/rules/`` is the one place rule pages are written. The package ships
a copy so that ``quotefix rules CODE`` shows the page after any install
(a build without symbolic links included). Run this after editing a page;
``tests/test_cli.py`` fails while the two differ::

    python scripts/sync_rule_docs.py           # copy
    python scripts/sync_rule_docs.py --check   # exit 1 if they differ
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "docs" / "rules"
SHIPPED = ROOT / "quotefix" / "rule_docs"


def differences() -> list[str]:
    """Pages missing, stale or extra in the package copy."""
    source = {p.name: p.read_bytes() for p in SOURCE.glob("*.md")}
    shipped = {p.name: p.read_bytes() for p in SHIPPED.glob("*.md")}
    out = [f"missing: {name}" for name in sorted(set(source) - set(shipped))]
    out += [f"extra: {name}" for name in sorted(set(shipped) - set(source))]
    out += [f"stale: {name}" for name in sorted(set(source) & set(shipped))
            if source[name] != shipped[name]]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only report differences")
    args = parser.parse_args(argv)
    found = differences()
    if args.check:
        print("\n".join(found) or "rule pages agree")
        return 1 if found else 0
    SHIPPED.mkdir(exist_ok=True)
    for page in SHIPPED.glob("*.md"):
        if not (SOURCE / page.name).is_file():
            page.unlink()
    for page in SOURCE.glob("*.md"):
        (SHIPPED / page.name).write_bytes(page.read_bytes())
    print(f"copied {len(list(SOURCE.glob('*.md')))} pages to {SHIPPED.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
