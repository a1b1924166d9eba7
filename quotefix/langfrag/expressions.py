"""Fixed expressions of the candidates: compound prepositions and adverbs.

``a partir del``, ``nel rispetto delle``, ``im Rahmen der``, ``de acordo com``,
``nach wie vor``: a translation engine that leaves one leaves it whole, and its
function words belong to the leftover (``open a finales de June`` reports ``a
finales de``, not ``finales``). Some are function words only (``nach wie vor``,
``vor allem``), which no other test of a short leftover reads as one.

The lists are facts of each language's grammar: its common compound prepositions
and adverbial phrases, as grammars and usage guides list them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import regex

from ..lazy import LazyPattern

_EXPRESSIONS = {
    "fr": (
        "à partir de", "à partir du", "à partir des", "dans le cadre de", "dans le cadre du",
        "au cours de", "au cours du", "en raison de", "en raison du", "à la hauteur de",
        "à la hauteur du", "au niveau de", "au niveau du", "à cause de", "à cause du",
        "au sein de", "au sein du", "à l’issue de", "à l’issue du", "en vue de", "à l’égard de",
        "en fin de", "en début de", "au lieu de", "à l’occasion de", "en dépit de",
        "à la suite de", "à la suite du", "par rapport à", "par rapport au", "quant à",
        "par ailleurs", "en effet", "en outre", "de plus", "d’ici à", "d’ici",
    ),
    "es": (
        "a partir de", "a partir del", "a pesar de", "a pesar del", "en el marco de",
        "en el marco del", "a finales de", "a finales del", "a principios de",
        "a principios del", "a mediados de", "a mediados del", "por parte de",
        "por parte del", "a través de", "a través del", "de acuerdo con", "en cuanto a",
        "con respecto a", "a lo largo de", "a lo largo del", "debido a", "además de",
        "a raíz de", "a raíz del", "en lugar de", "frente a", "junto a", "en torno a",
        "a causa de", "a causa del", "sin embargo", "no obstante", "por su parte",
        "de cara a", "por lo tanto", "en cambio",
    ),
    "it": (
        "a partire da", "a partire dal", "a partire dalla", "a partire dai", "a partire dalle",
        "nel corso di", "nel corso del", "nel corso della", "nell’ambito di",
        "nell’ambito del", "nell’ambito della", "nel rispetto di", "nel rispetto del",
        "nel rispetto della", "nel rispetto delle", "nel rispetto dei", "per quanto riguarda",
        "in seguito a", "in seguito al", "a causa di", "a causa del", "a causa della",
        "da parte di", "da parte del", "da parte della", "in merito a", "in merito al",
        "in vista di", "in vista del", "alla fine di", "alla fine del", "all’inizio di",
        "all’inizio del", "invece di", "oltre a", "rispetto a", "rispetto al",
        "nel frattempo", "in ogni caso", "d’altra parte",
    ),
    "de": (
        "im Rahmen der", "im Rahmen des", "im Rahmen von", "nach wie vor", "vor allem",
        "in Bezug auf", "im Vergleich zu", "im Vergleich zum", "im Vergleich zur",
        "unter anderem", "zum Beispiel", "im Laufe der", "im Laufe des", "im Zuge der",
        "im Zuge des", "in Höhe von", "mit Blick auf", "im Hinblick auf", "nach Angaben der",
        "nach Angaben des", "nach Angaben von", "aufgrund der", "aufgrund des",
        "an Stelle von", "anstelle von", "zur Zeit", "bis auf weiteres", "im Vorfeld",
        "im Vergleich", "laut Angaben", "zum ersten Mal", "über Jahre hinweg",
    ),
    "pt": (
        "de acordo com", "no âmbito do", "no âmbito da", "no âmbito de", "a partir de",
        "a partir do", "a partir da", "ao longo de", "ao longo do", "ao longo da",
        "por causa de", "por causa do", "por causa da", "apesar de", "apesar do",
        "apesar da", "além de", "além do", "além da", "em relação a", "em relação ao",
        "em relação à", "por parte de", "por parte do", "por parte da", "no final de",
        "no final do", "no início de", "no início do", "através de", "através do",
        "através da", "face a", "junto de", "junto do", "junto da", "em vez de",
        "além disso", "cerca de", "por isso", "no entanto",
    ),
    "nl": (
        "in het kader van", "naar aanleiding van", "met betrekking tot", "ten opzichte van",
        "op basis van", "in plaats van", "aan de hand van", "ten behoeve van",
    ),
}


def _words_of(phrase: str) -> list[str]:
    return phrase.lower().replace("’", " ").split()


@dataclass(frozen=True)
class _Tables:
    """The candidates' expressions, looked up by their words (a pattern of them all
    would cost a megabyte at a long check's peak), and the words for a first look."""

    #: Each expression's words and language, by its first word, the longest first.
    by_first: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
    #: The words of the expressions that are no function word: a run holds one of them
    #: when it lies in an expression (``finales``, ``rahmen``).
    content: frozenset[str]
    #: The words of the expressions of function words only (``nach wie vor``).
    function_words: frozenset[str]
    #: Their words of three letters or more.
    anchors: frozenset[str]


@lru_cache(maxsize=8)
def _tables(candidates: tuple[str, ...], markers: frozenset[str]) -> _Tables:
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    only: set[str] = set()
    content: set[str] = set()
    every: set[str] = set()
    for lang in candidates:
        for phrase in _EXPRESSIONS.get(lang, ()):
            words = tuple(_words_of(phrase))
            every.update(words)
            by_first.setdefault(words[0], []).append((words, lang))
            foreign = [w for w in words if w not in markers]
            if foreign:
                content.update(foreign)
            else:
                only.update(words)
    longest_first = {first: tuple(sorted(found, key=lambda f: -len(f[0])))
                     for first, found in by_first.items()}
    return _Tables(longest_first, frozenset(content), frozenset(only),
                   frozenset(w for w in every if len(w) >= 3))


_TOKEN = LazyPattern(r"\p{L}+", regex.VERSION1)
_GAP = " \t\u00a0’'"


def _found(line: str, a: int, b: int, tables: _Tables) -> Iterator[tuple[int, int, str]]:
    """The expressions in ``line[a:b]``: whole words, spaces or an elision between them."""
    tokens = [(m.group().lower(), m.start(), m.end()) for m in _TOKEN.finditer(line, a, b)]
    for i, (word, start, _) in enumerate(tokens):
        candidates = tables.by_first.get(word)
        if candidates is None or (start and line[start - 1].isalpha()):
            continue  # (a word the window cut is no word)
        for words, lang in candidates:
            n = len(words)
            if i + n > len(tokens):
                continue
            end = tokens[i + n - 1][2]
            if (all(tokens[i + k][0] == words[k] for k in range(1, n))
                    and all(not line[tokens[i + k][2] : tokens[i + k + 1][1]].strip(_GAP)
                            for k in range(n - 1))
                    and (end == len(line) or not line[end].isalpha())):
                yield start, end, lang
                break


#: How far before and after a run an expression that overlaps it may reach.
_REACH = 30


def expression_around(line: str, start: int, end: int, words: set[str],
                      candidates: tuple[str, ...],
                      markers: frozenset[str]) -> tuple[int, int] | None:
    """The bounds of a fixed expression that overlaps ``line[start:end]``, whose words in
    lower case are ``words``, if any."""
    tables = _tables(candidates, markers)
    if tables.content.isdisjoint(words) and tables.function_words.isdisjoint(words):
        return None  # most runs: no word of an expression's
    for a, b, _ in _found(line, max(0, start - _REACH), min(len(line), end + _REACH), tables):
        if a < end and start < b:
            return a, b
    return None


def expression_words(candidates: tuple[str, ...], markers: frozenset[str]) -> frozenset[str]:
    """The words of three letters or more of the expressions (not ``de``, ``a``): a line
    with none of them among its seeds holds no expression."""
    return _tables(candidates, markers).anchors


def expressions_in(line: str, candidates: tuple[str, ...], markers: frozenset[str],
                   seeds: frozenset[str]) -> list[tuple[int, int, str]]:
    """Where the candidates' expressions stand in ``line``, and their language: read only
    around the line's ``seeds`` that are words of an expression."""
    tables = _tables(candidates, markers)
    lower = line.lower()
    found: dict[tuple[int, int], str] = {}
    for word in seeds & tables.anchors:
        at = lower.find(word)
        while at >= 0:
            for a, b, lang in _found(line, max(0, at - _REACH),
                                     min(len(line), at + len(word) + _REACH), tables):
                found[a, b] = lang
            at = lower.find(word, at + 1)
    return [(a, b, lang) for (a, b), lang in sorted(found.items())]


__all__ = ["expression_around", "expression_words", "expressions_in"]
