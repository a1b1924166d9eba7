"""Files shipped inside installed packages, read by path.

quotefix and the packages whose data it reads (langdetect's profiles, wordfreq's
lists) are installed as folders, never as zip files, so a path is enough. It also
keeps ``importlib.resources`` out of a check: that module imports ``tempfile``, and
with it ``shutil``, ``random``, ``bz2`` and ``lzma``, for extracting files from
archives.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

#: quotefix's own data files (word lists, allowlists, the site-label lexicon).
DATA = Path(__file__).resolve().parent / "data"


def package_folder(package: str) -> Path | None:
    """The folder of an installed package, or ``None`` when it is not installed."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def data_text(name: str) -> str:
    """One of quotefix's data files, as text."""
    return (DATA / name).read_text(encoding="utf-8")


__all__ = ["DATA", "data_text", "package_folder"]
