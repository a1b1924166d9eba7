"""The boilerplate classifier's first look (``quotefix.sitelines.screen``) changes nothing.

The first look clears lines without splitting them into words; it must only
ever clear lines the full reading would leave alone. The classifier run with
and without it must give the same blocks on every text: the project's
labelled articles, the lexicon's own labels in many shapes, and generated
lines. It also relies on facts about lower case that are checked here for
every character.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import quotefix
from quotefix.sitelines import classify
from quotefix.sitelines.lexicon import lexicon
from quotefix.sitelines.screen import keys, may_hold, reach

DATA = Path(__file__).parent / "data" / "boilerplate"
_WORD = re.compile(r"[^\W_]")


def _corpus_lines() -> list[str]:
    lines = []
    for path in sorted(DATA.glob("*.txt")):  # the development articles only
        for row in path.read_text(encoding="utf-8").splitlines():
            if "\t" in row and not row.startswith("#"):
                lines.append(row.split("\t")[1])
    return lines


LINES = _corpus_lines()


def test_lower_case_keeps_words_spaces_and_letters() -> None:
    """Where lowering keeps a character one character, it keeps what the first look reads:
    whether it is part of a word, a space, and a letter that is no digit."""
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        low = char.lower()
        if len(low) != 1:
            continue
        assert bool(_WORD.match(char)) == bool(_WORD.match(low)), hex(code)
        assert char.isspace() == low.isspace(), hex(code)
        if low.isalpha():
            assert _WORD.match(char) and not char.isdigit(), hex(code)


def test_reach_follows_the_weights() -> None:
    assert reach(2.5, False) == 12  # a phrase inside a line counts up to 12 words
    assert reach(2.5, True) == 20  # at the edge of the article, up to 20
    assert reach(3.0, True) == 30
    # in a line that speaks to its reader, up to 20 words, where the bonus stops
    assert reach(2.5, False, addressed=True) == 20
    assert reach(2.0, False, addressed=True) == 12
    assert reach(1.0, True) == -1  # never


def test_first_look_clears_plain_paragraphs() -> None:
    """Not a no-op: an ordinary paragraph is cleared; a label line is not."""
    prose = ("The city council voted on Thursday to raise parking charges in the town centre"
             " for the first time in ten years, a decision criticised by many shopkeepers.")
    k = keys()
    assert not may_hold(prose, prose.lower(), True, k)
    assert not may_hold(prose, prose.lower(), False, k)
    for label in ("READ ALSO: The council votes on parking", "Listen to this article",
                  "LoadingThe council votes", "Photo: Ana Lopes / AFP"):
        assert may_hold(label, label.lower(), False, k)


def _same(text: str) -> None:
    assert classify(text) == classify(text, screen=False)


@pytest.mark.parametrize("layout", ["\n", "\n\n"])
def test_same_blocks_on_the_development_articles(layout: str) -> None:
    for start in range(0, len(LINES), 9):
        _same(layout.join(LINES[start : start + 14]))


def test_same_blocks_on_every_label_of_the_lexicon() -> None:
    lex = lexicon()
    prose = "The council met on Tuesday evening to vote on the new harbour plan for the town."
    seen = 0
    for table in lex.phrases.values():
        for found in table.values():
            for phrase in found:
                words = " ".join(phrase.words)
                for line in (words, words.upper(), words.capitalize() + ": The vote",
                             words.upper() + ". The vote on the harbour plan",
                             prose + " " + words.capitalize(), prose + " " + words + " →",
                             f"{prose} Photo: {words} / AFP", words.upper() + "The vote"):
                    _same(f"{prose}\n{line}\n{prose}")
                    _same(f"{line}\n\n{prose}\n\n{prose}\n\n{prose}\n\n{prose}\n\n{prose}")
                seen += 1
    assert seen > 500  # every label of every mode was tried


_PIECES = st.sampled_from(
    ["READ", "ALSO", "Read", "also", "more", "Photo", "photo", "Source", "AFP", "by", "By",
     "newsletter", "Subscribe", "our", "journalism", "support", "us", "the", "The", "council",
     "voted", "on", "Tuesday", "LIVE", "VIDEO", "Loading", "LoadingThe", "McAllister", "14:05",
     "12/03", "3", "min", "reading", "time", "translated", "automatically", "Lire", "la", "suite",
     "Leia", "mais", "©", "(c)", ">>", "»", "•", "-", "—", ":", "|", "/", ".", ",", "“", "”", "’",
     "l’article", "Σ", "İstanbul", "ß", "x²", "…", "→"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(_PIECES, min_size=1, max_size=40).map(" ".join), min_size=1,
                max_size=10),
       st.sampled_from(["\n", "\n\n", "\r\n"]))
def test_same_blocks_on_generated_lines(lines: list[str], layout: str) -> None:
    _same(layout.join(lines))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(LINES), min_size=1, max_size=12),
       st.lists(_PIECES, max_size=30).map(" ".join))
def test_same_blocks_on_mixed_lines(lines: list[str], noise: str) -> None:
    _same("\n".join([*lines, noise + " " + lines[0], lines[-1] + " " + noise]))


# runs of marks, so that a long line's first or last words may be marks only
_LONG_PIECES = _PIECES | st.sampled_from(["— " * 14, "- " * 20, "• " * 9, "| " * 30])


@settings(max_examples=150, deadline=None)
@given(st.lists(_LONG_PIECES, min_size=60, max_size=160).map(" ".join),
       st.lists(_PIECES, max_size=12).map(" ".join))
def test_same_blocks_on_long_generated_paragraphs(paragraph: str, line: str) -> None:
    # a line of more than 60 words is read as a paragraph: only its first and last
    # words are split, and its word count is its spaces
    _same(f"{paragraph}\n{line}\n{paragraph}")


def test_a_long_line_whose_first_words_are_marks_does_not_crash() -> None:
    words = " ".join(["word"] * 70)
    text = "READ " + "— " * 14 + "ALSO: " + words + " " + "— " * 16
    _same(text)
    assert quotefix.check(text, select=["QF5"]) == []


def test_a_credit_after_an_initial_in_a_long_caption_is_read() -> None:
    # the credit's colon comes before the last full stop (``J. Smith``)
    caption = ("Residents of the old quarter gathered in the main square on Sunday afternoon"
               " to protest against the closure of the last public library in the district,"
               " which the council says costs too much to run. Photo: J. Smith")
    text = f"The council met on Monday.\n\n{caption}\n\nThe vote was close."
    _same(text)
    found = quotefix.check(text, select=["QF5"])
    assert [(f.code, text[f.start:f.end]) for f in found] == [("QF505", "Photo: J. Smith")]


# Terms for reuse whose condition is a word the first look once missed (``authorization``,
# ``reference``), amid headlines that a list heading above them would otherwise take.
REUSE_LINES = [
    "Reproduction, even partial, of the texts published on this portal is subject to the "
    "authorization of the editorial office.",
    "When quoting the material, a reference to the Harbour Courier agency is mandatory",
]


@pytest.mark.parametrize("line", REUSE_LINES)
def test_same_blocks_on_terms_for_reuse(line: str) -> None:
    text = "\n".join([
        "Port traffic grew again in March, the harbour authority said on Monday, with "
        "container volumes up by a tenth on the year.",
        "Other news", "Ferry fares rise by 4% from the first of May",
        "New cranes arrive at the eastern quay", line])
    blocks = classify(text)
    assert blocks == classify(text, screen=False)
    assert any(b.label == "terms for reuse" for b in blocks)
