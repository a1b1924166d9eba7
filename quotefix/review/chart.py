"""Small horizontal bar charts as inline SVG (no script, no library).

Each chart is an image with a title and a description for screen readers;
the same figures are in the summary tables beside it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .markup import attr, text

_ROW = 22  # height of one bar's row
_LABEL = 180  # width of the label column
_BARS = 280  # longest bar
_WIDTH = _LABEL + _BARS + 60


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    count: int
    kind: str  # CSS class suffix: a family key, or "file"
    title: str = ""  # full label, when the shown one is shortened


def shorten(label: str, width: int = 24) -> str:
    """Keep the end of a long label (a path's file name matters most).

    >>> shorten("news/2024/12/very-long-article-name.txt", 20)
    '…ng-article-name.txt'
    """
    return label if len(label) <= width else "…" + label[-(width - 1) :]


def bar_chart(key: str, title: str, description: str, bars: Sequence[Bar]) -> str:
    """An SVG bar chart; ``key`` makes its element ids unique in the page."""
    height = max(1, len(bars)) * _ROW + 8
    top = max((bar.count for bar in bars), default=1) or 1
    rows = []
    for k, bar in enumerate(bars):
        y = 4 + k * _ROW
        length = max(2, round(_BARS * bar.count / top))
        tip = f"<title>{text(bar.title or bar.label)}: {bar.count}</title>"
        rows.append(
            f'<g class="qf-bar qf-bar-{attr(bar.kind)}">{tip}'
            f'<text x="{_LABEL - 8}" y="{y + 15}" text-anchor="end">{text(bar.label)}</text>'
            f'<rect x="{_LABEL}" y="{y + 3}" width="{length}" height="{_ROW - 6}" rx="2"/>'
            f'<text x="{_LABEL + length + 6}" y="{y + 15}">{bar.count}</text></g>'
        )
    return (
        f'<figure class="qf-chart"><svg role="img" aria-labelledby="{key}-t {key}-d"'
        f' viewBox="0 0 {_WIDTH} {height}" width="{_WIDTH}" height="{height}"'
        f' xmlns="http://www.w3.org/2000/svg">'
        f'<title id="{key}-t">{text(title)}</title><desc id="{key}-d">{text(description)}</desc>'
        + "".join(rows)
        + f"</svg><figcaption>{text(title)}</figcaption></figure>"
    )
