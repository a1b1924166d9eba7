"""The review page: one self-contained HTML report of findings and repairs.

``quotefix check --output-format html PATH… > review.html`` and
``quotefix fix --diff --output-format html PATH…`` write it. :func:`render`
takes the same file results as every other reporter.
"""

from __future__ import annotations

from .page import render

__all__ = ["render"]
