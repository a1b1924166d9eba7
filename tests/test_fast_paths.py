"""The shortcuts of the leftover and boilerplate detectors give what the plain rules give.

Each shortcut (a set difference before a loop, a pattern skipped when it cannot
find anything new, a remembered answer) is compared with the plain rule it
replaces, on every line of the labelled data.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quotefix.allowlist import Allowlist
from quotefix.langfrag import shortspans, tokens
from quotefix.langfrag.data import FP_WORD, english_words, setup
from quotefix.langfrag.frequencies import most_frequent, table
from quotefix.sitelines.lexicon import lexicon

DATA = Path(__file__).parent / "data"
CANDIDATES = ("fr", "de", "es", "it", "pt", "nl")


def _lines() -> list[str]:
    out: list[str] = []
    for path in sorted([*DATA.glob("fragments/*"), *DATA.glob("boilerplate/*.txt"),
                        *DATA.glob("*.txt")]):
        if path.is_file():
            for raw in path.read_text(encoding="utf-8").splitlines():
                out.extend(part for part in raw.split("\t") if part.strip())
    return out


LINES = _lines()


@pytest.fixture(scope="module")
def cfg() -> shortspans.Setup:
    return setup("en", CANDIDATES, Allowlist(()))


def test_the_data_is_read(cfg: shortspans.Setup) -> None:
    assert len(LINES) > 1000
    assert sum(bool(shortspans._seeds(line, cfg)) for line in LINES) > 100


def test_english_words_are_their_own_lower_case() -> None:
    # The seeds drop words English has as written, trusting that their lower case is
    # the same word.
    assert all(word == word.lower() for word in english_words())


def test_most_frequent_is_the_sorted_order() -> None:
    ranked = sorted(table("en").items(), key=lambda item: -item[1])
    assert most_frequent("en", 500) == tuple(word for word, _ in ranked[:500])


def _plain_seeds(line: str, cfg: shortspans.Setup) -> frozenset[str]:
    """The seeds as first written: every word lowered, the capitals' pattern always run."""
    all_words = FP_WORD.findall(line)
    words = [w for w in all_words if w[0].islower()]
    capitals = {w.lower() for w in shortspans._CAPITAL_AFTER_DETERMINER.findall(line)}
    unknown = ({w.lower() for w in words} | capitals).difference(cfg.english)
    markers, floor = cfg.any_marker, shortspans.SHORT_SOURCE_MIN * shortspans.SCALE
    seeds = set()
    for lower in unknown:
        if lower in markers:
            if (lower not in shortspans._ENGLISH_SHORT
                    and table("en").get(lower, 0) < shortspans.SEED_MARKER_EN_MAX):
                seeds.add(lower)
            continue
        stem = shortspans._stem(lower)
        if len(stem) < shortspans.SHORT_MIN_LETTERS or stem in cfg.english:
            continue
        if (
            any(table(lang).get(stem, 0) >= floor for lang in cfg.candidates)
            or (cfg.diacritic is not None and cfg.diacritic.search(stem))
            or (lower in capitals and shortspans._compound(stem))
        ):
            seeds.add(lower)
    return frozenset(seeds)


def test_seeds_are_those_of_the_plain_rule(cfg: shortspans.Setup) -> None:
    extra = ["The Landkreis and the Bürgergeld were debated.", "A İstanbul-based firm",
             "the Rathaus-Chef met the O’Brien family", "THE Straßenbahn stopped"]
    for line in [*LINES, *extra]:
        assert shortspans._seeds(line, cfg, FP_WORD.findall(line)) == _plain_seeds(line, cfg), line


def test_remembered_word_classes_are_the_computed_ones(cfg: shortspans.Setup) -> None:
    for line in LINES[:3000]:
        for word in FP_WORD.findall(line):
            for at_start in (False, True):
                assert tokens.classify(word, cfg, at_start) == tokens._classify(
                    word, cfg, at_start)


def test_label_search_skips_only_lines_without_label_words() -> None:
    lex = lexicon()
    for line in LINES:
        words = [w.lower() for w in line.split()]
        table_ = lex.phrases["inside"]
        plain = None
        for i, word in enumerate(words):
            if word in table_:
                plain = lex.at("inside", words, i)
                if plain is not None:
                    break
        assert lex.anywhere("inside", words) == plain
