"""One piece of evidence the line classifier found: a kind, a weight and what to mark."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Guess:
    kind: str
    weight: float
    label: str
    shown: tuple[int, int] | None = None  # the span to mark, when narrower than the line
    cut: tuple[int, int] | None = None  # an inline span to remove instead of the line
    alone: bool = False  # a label alone on its line: it may head a list of headlines


__all__ = ["Guess"]
