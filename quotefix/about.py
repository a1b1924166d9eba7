"""The distribution's name and version, looked up only when asked for.

The package imports as ``quotefix`` and installs the ``quotefix`` command,
but it is published as ``quotefix-mt``: the name ``quotefix`` on the package
index belongs to an unrelated project. ``importlib.metadata`` is imported
here, on first use, so that a plain ``quotefix check`` does not pay for it.
"""

from __future__ import annotations

from functools import lru_cache

DISTRIBUTION = "quotefix-mt"
PROJECT_URL = f"https://pypi.org/project/{DISTRIBUTION}/"


@lru_cache(maxsize=1)
def version() -> str:
    """The installed version, or ``0.0.0+unknown`` when running from a bare source tree."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed(DISTRIBUTION)
    except PackageNotFoundError:  # pragma: no cover - a source tree that was never installed
        return "0.0.0+unknown"


__all__ = ["DISTRIBUTION", "PROJECT_URL", "version"]
