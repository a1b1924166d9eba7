"""The records of the fragment detector: what it returns and the names of its states."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from ..locales import language_name


class SpanKind(str, Enum):
    """What a reported span is. Compares equal to its value (``SpanKind.ASIDE == "aside"``)."""

    ASIDE = "aside"  # the whole content of brackets or parentheses
    QUOTE = "quote"  # the whole content of a quotation
    SENTENCE = "sentence"  # a whole sentence
    CLAUSE = "clause"  # part of a sentence
    GLUED = "glued"  # a word glued to its neighbour where a heading ran into the body
    TERM = "term"  # one to a few words inside an English sentence (``the misiva``)
    HEADING = "heading"  # the source site's heading run into the first sentence

    def __str__(self) -> str:
        return self.value

    def __format__(self, spec: str) -> str:
        return format(self.value, spec)


class TokenClass(Enum):
    """How a word counts when a run of words is judged."""

    TARGET = "target"  # a function word of the target only: it cuts runs
    MARKER = "marker"  # a word of a candidate language (votes for it)
    NAME = "name"  # a name, an allowlisted phrase: counts neither way
    UNKNOWN = "unknown"  # a content word of no known language
    NUMBER = "number"  # counts neither way and is no word


@dataclass(frozen=True, slots=True)
class Fragment:
    """One untranslated span: ``text[start:end]`` is in ``language``.

    ``kind`` is a :class:`SpanKind`; ``confidence`` is between 0 and 1;
    ``words`` counts the span's words (source-language tokenisation).
    """

    start: int
    end: int
    language: str
    confidence: float
    kind: SpanKind
    words: int

    @property
    def language_name(self) -> str:
        return language_name(self.language)


__all__ = ["Fragment", "SpanKind", "TokenClass"]
