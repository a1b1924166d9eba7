"""The label words of source-site boilerplate, read once from ``data/site_labels.txt``.

Phrases are kept as tuples of lower-case words, grouped by the first word so
that a line is matched by dictionary look-ups, word by word, never by
trying every phrase.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from ..lazy import LazyPattern
from ..package_data import data_text

#: Words as the classifier compares them: letters, marks and digits, lower case;
#: apostrophes, hyphens and other punctuation are word breaks.
WORD = LazyPattern(r"[\p{L}\p{M}\p{N}]+", regex.VERSION1)

MODES = ("start", "line", "inside", "caps", "colon", "tail")


def words_of(text: str) -> tuple[str, ...]:
    """``text`` as the lexicon's words (``"l’article"`` -> ``("l", "article")``)."""
    return tuple(w.lower() for w in WORD.findall(text))


@dataclass(frozen=True, slots=True)
class Phrase:
    kind: str
    mode: str
    words: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Phrases by mode, keyed by their first word (longest first), and the word classes."""

    phrases: dict[str, dict[str, tuple[Phrase, ...]]]
    classes: dict[str, frozenset[str]]

    def firsts(self, *modes: str) -> frozenset[str]:
        """The words that start a phrase of one of ``modes`` (for a cheap first test)."""
        return frozenset().union(*(self.phrases[mode] for mode in modes))

    def at(self, mode: str, words: tuple[str, ...] | list[str], i: int) -> Phrase | None:
        """The longest phrase of ``mode`` that starts at ``words[i]``, if any."""
        found = self.phrases[mode].get(words[i])
        return _longest_at(found, words, i) if found else None

    def matches(self, mode: str, words: tuple[str, ...] | list[str], i: int) -> list[Phrase]:
        """Every phrase of ``mode`` that starts at ``words[i]``, longest first."""
        return [phrase for phrase in self.phrases[mode].get(words[i], ())
                if tuple(words[i : i + len(phrase.words)]) == phrase.words]

    def anywhere(self, mode: str, words: tuple[str, ...] | list[str]) -> Phrase | None:
        """The first phrase of ``mode`` found anywhere in ``words``."""
        table = self.phrases[mode]
        if table.keys().isdisjoint(words):
            return None  # most lines: one set test instead of a look-up per word
        for i, word in enumerate(words):
            found = table.get(word)
            if found:
                phrase = _longest_at(found, words, i)
                if phrase is not None:
                    return phrase
        return None

    def word_class(self, name: str) -> frozenset[str]:
        return self.classes[name]


def _longest_at(found: tuple[Phrase, ...], words: tuple[str, ...] | list[str],
                i: int) -> Phrase | None:
    """The first of ``found`` (phrases that start with ``words[i]``, longest first) that
    ``words`` hold from ``i`` on."""
    after = words[i + 1] if i + 1 < len(words) else None
    for phrase in found:
        n = len(phrase.words)
        if n == 1:
            return phrase
        # The second word first: most phrases of a common first word (``the``, ``of``)
        # are ruled out by it without a copy of the words.
        if phrase.words[1] == after and tuple(words[i : i + n]) == phrase.words:
            return phrase
    return None


def parse(text: str) -> Lexicon:
    """Read the lexicon's text (see the header of ``data/site_labels.txt``)."""
    tables: dict[str, dict[str, list[Phrase]]] = {mode: {} for mode in MODES}
    classes: dict[str, set[str]] = {}
    section: tuple[str, str] | None = None
    # One string per distinct word: the phrases' 12,000 words are 3,000 or so words
    # repeated (``the``, ``read``, ``article``), half a MB when each is its own copy.
    spelling: dict[str, str] = {}
    findall = WORD.findall
    # Lower case once for the whole text: a word at a time was half the reading time.
    for raw in text.lower().splitlines():
        line = raw.split("#", 1)[0].strip() if "#" in raw else raw.strip()
        if not line:
            continue
        if line.startswith("["):
            head = line.strip("[]").split()
            if len(head) != 2 or (head[0] != "words" and head[1] not in MODES):
                raise ValueError(f"site_labels.txt: bad section {line!r}")
            section = (head[0], head[1])
            continue
        if section is None:
            raise ValueError(f"site_labels.txt: phrase before any section: {line!r}")
        kind, mode = section
        if kind == "words":
            classes.setdefault(mode, set()).update(findall(line))
            continue
        found = findall(line)
        words = tuple(map(spelling.setdefault, found, found))
        if not words:
            continue
        tables[mode].setdefault(words[0], []).append(Phrase(kind, mode, words))
    return Lexicon(
        {
            mode: {
                first: (tuple(sorted(found, key=_length, reverse=True)) if len(found) > 1
                        else (found[0],))
                for first, found in table.items()
            }
            for mode, table in tables.items()
        },
        {name: frozenset(words) for name, words in classes.items()},
    )


def _length(phrase: Phrase) -> int:
    return len(phrase.words)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The built-in lexicon (read on first use)."""
    return parse(data_text("site_labels.txt"))


__all__ = ["WORD", "Lexicon", "Phrase", "lexicon", "parse", "words_of"]
