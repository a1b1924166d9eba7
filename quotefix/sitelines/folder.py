"""Lines that recur word for word across many texts of one site: a footer, an appeal.

Counting is by line: every text gives the set of its distinct lines (spaces
normalised), and a line's count is the number of texts it is in; copies of
one text (the same set of lines) count once. Only lines
in at least :data:`MIN_TEXTS` texts are kept. Whether a kept line is
reported is the reader's decision (``Options.repeated_lines``): its count
must reach that share of the texts checked together.

Legitimate shared content stays below the threshold: the same syndicated
paragraph in two articles, a quotation in a few. A standard dateline alone
on its line (``PORTHAVEN (Harbour Courier) —``) is never counted: it opens
an article's own text.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import regex

from ..hashing import blake2b
from ..lazy import LazyPattern

#: A line must be in at least this many texts to count, whatever the share:
#: two articles may share a paragraph legitimately.
MIN_TEXTS = 3

_SPACES = LazyPattern(r"[\s\u00a0\u202f]+")
_LETTER = LazyPattern(r"\p{L}", regex.VERSION1)
# A dateline alone on its line: a place in capitals, an optional (source), a dash.
_DATELINE = LazyPattern(
    r"[\p{Lu}][\p{Lu}\p{M} .,'’\-]*(?:\([^()\n]{1,40}\))?[ ,]*[—–\-:]",
    regex.VERSION1,
)


def normalise(line: str) -> str:
    """A line as it is compared: outer spaces dropped, inner runs of spaces made one."""
    spaced: str = _SPACES.sub(" ", line)
    return spaced.strip()


def countable(line: str) -> bool:
    """Lines that may be counted: some letters, and not a dateline alone."""
    return _LETTER.search(line) is not None and _DATELINE.fullmatch(line) is None


def text_lines(text: str) -> set[str]:
    """The distinct countable lines of one text, normalised."""
    return {n for n in (normalise(raw) for raw in text.splitlines()) if n and countable(n)}


@dataclass(frozen=True)
class RepeatedLines:
    """How many of ``texts`` texts each recurring line is in (lines in at least 3).

    Hashable and picklable, so it travels inside :class:`~quotefix.Options`.
    """

    texts: int = 0
    counts: tuple[tuple[str, int], ...] = ()
    unit: str = "texts"  # what the texts are called in messages ("files" on the command line)

    def lookup(self) -> Mapping[str, int]:
        """The counts as a mapping (built once per value)."""
        cached: dict[str, int] | None = self.__dict__.get("_lookup")
        if cached is None:
            cached = dict(self.counts)
            object.__setattr__(self, "_lookup", cached)
        return cached

    def needed(self, share: float) -> int:
        """The number of texts a line must be in to be reported, for ``share``."""
        return max(MIN_TEXTS, math.ceil(share * self.texts - 1e-9))

    def __bool__(self) -> bool:
        return bool(self.counts)


NO_REPEATS = RepeatedLines()


def count_lines(line_sets: Iterable[set[str]], unit: str = "texts") -> RepeatedLines:
    """Count lines over texts, each given as the set of its lines (see :func:`text_lines`).

    Lines are counted by a short digest, so a folder of many files costs a few
    bytes per distinct line; the text is kept only for lines that recur.
    """

    counter: Counter[bytes] = Counter()
    kept: dict[bytes, str] = {}
    seen: set[bytes] = set()
    texts = 0
    for lines in line_sets:
        texts += 1
        # Copies of one text (the same lines, in any order) count once: a line shared
        # by duplicates says nothing about the site.
        whole = blake2b("\n".join(sorted(lines)).encode("utf-8"), digest_size=16)
        if whole.digest() in seen:
            continue
        seen.add(whole.digest())
        for line in lines:
            key = blake2b(line.encode("utf-8"), digest_size=12).digest()
            counter[key] += 1
            if counter[key] == MIN_TEXTS:
                kept[key] = line
    counts = tuple(sorted((line, counter[key]) for key, line in kept.items()))
    return RepeatedLines(texts, counts, unit)


def repeated_in(texts: Iterable[str], unit: str = "texts") -> RepeatedLines:
    """The lines that recur in ``texts`` (see :class:`RepeatedLines`)."""
    return count_lines((text_lines(text) for text in texts), unit)


__all__ = ["MIN_TEXTS", "NO_REPEATS", "RepeatedLines", "count_lines", "normalise", "repeated_in",
           "text_lines"]
