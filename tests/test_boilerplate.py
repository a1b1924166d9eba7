"""QF5xx: source-site boilerplate is reported at block start and removed only on request."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import quotefix

ARTICLE = (Path(__file__).parent / "data" / "000_175faf778ac79c34.txt").read_text(encoding="utf-8")


def found(text: str) -> list[tuple[str, str]]:
    return [(f.code, text[f.start:f.end]) for f in quotefix.check(text, select=["QF5"])]


def test_article_has_three_teasers() -> None:
    findings = quotefix.check(ARTICLE, select=["QF5"])
    assert [(f.code, f.line, f.column) for f in findings] == [
        ("QF501", 5, 1), ("QF501", 9, 1), ("QF501", 13, 1)]
    assert all(ARTICLE[f.start:f.end] == "READ ALSO:" for f in findings)


def test_article_removal() -> None:
    result = quotefix.fix(ARTICLE, select=["QF5"], remove_boilerplate=True)
    lines = ARTICLE.split("\n")
    assert result.text == "\n".join(line for line in lines if not line.startswith("READ ALSO"))
    assert quotefix.apply_edits(ARTICLE, result.edits) == result.text
    assert quotefix.fix(ARTICLE, select=["QF5"]).text == ARTICLE  # reported only by default


@pytest.mark.parametrize("line", [
    "READ ALSO: Sending troops", "ALSO READ | Sending troops", "To read also: the war",
    "Read also: the war", "See also: the war", "LIRE AUSSI : La guerre", "À lire aussi : La guerre",
    "A lire aussi La guerre", "Lire aussi: La guerre", "LEER MÁS: La guerra",
    "LEGGI ANCHE: La guerra",
    "LESEN SIE AUCH: Der Krieg", ">> Sending troops to Kursk", "• Read also: the war",
    "READ ALSOFrench economy grows", "read also: Putin's gamble", "**READ ALSO:** Putin",
])
def test_teasers(line: str) -> None:
    text = f"The army advanced.\n{line}\nThe end."
    assert [code for code, _ in found(text)] == ["QF501"]


@pytest.mark.parametrize(("line", "code"), [
    ("Subscribe to our newsletter to get the news.", "QF502"),
    ("Sign up for our free daily briefing", "QF502"),
    ("Newsletter", "QF502"),
    ("Réservé aux abonnés", "QF502"),
    ("Advertisement", "QF503"), ("PUBLICITÉ", "QF503"), ("- Advertisement -", "QF503"),
    ("The sequel after this announcement", "QF503"), ("La suite après cette publicité", "QF503"),
    ("Photo: AFP", "QF505"), ("© Ludovic Marin / AFP", "QF505"),
    ("Crédit photo : Reuters", "QF505"), ("Photo credit: Getty Images", "QF505"),
])
def test_other_blocks(line: str, code: str) -> None:
    text = f"The army advanced.\n{line}\nThe end."
    assert [c for c, _ in found(text)] == [code]


@pytest.mark.parametrize("text", [
    "Read also the ministry's report, she said.", "See also the graph below.",
    "Newsletters are a growing business for publishers who want readers.",
    "Advertisement spending rose by a fifth.", "Photos of the victims were shown.",
    "He said he would read also the minutes.", "The ad campaign was pulled.",
    "Subscribers to the service complained.", "The photographer was injured.",
    "Editor's note: this article was updated.",
])
def test_left_alone(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "note"), [
    ("The minister (Gérald Darmanin, NDLR) denied it.", "(Gérald Darmanin, NDLR)"),
    ("He left [NDLR: in 2019] for Paris.", "[NDLR: in 2019]"),
    ("It rose (N.D.L.R.) sharply.", "(N.D.L.R.)"),
])
def test_editors_note(text: str, note: str) -> None:
    assert found(text) == [("QF504", note)]
    assert quotefix.fix(text, select=["QF5"], remove_boilerplate=True).text == text


@pytest.mark.parametrize(("text", "expected"), [
    ("A\n\nREAD ALSO: x\n\nB", "A\n\nB"),
    ("A\nREAD ALSO: x\nB", "A\nB"),
    ("READ ALSO: x\n\nA", "A"),
    ("A\n\nREAD ALSO: x\n", "A\n"),
    ("A\n\nREAD ALSO: x", "A"),
    ("A\n\nREAD ALSO: x\n\nLIRE AUSSI : y\n\nAdvertisement\n\nB", "A\n\nB"),
    ("A\n\nLIRE AUSSI\nLe gouvernement tombe\n\nB", "A\n\nB"),
])
def test_removal_leaves_no_doubled_blank_line(text: str, expected: str) -> None:
    result = quotefix.fix(text, select=["QF5"], remove_boilerplate=True)
    assert result.text == expected
    assert quotefix.apply_edits(text, result.edits) == expected
    assert quotefix.fix(result.text, select=["QF5"], remove_boilerplate=True).text == expected


BLOCKS = st.sampled_from(["The army advanced.", "READ ALSO: Putin", "Advertisement",
                          "Photo: AFP", "Talks resume on Monday.", "", "LIRE AUSSI",
                          "Subscribe to our newsletter"])


@settings(max_examples=150, deadline=None)
@given(st.lists(BLOCKS, max_size=8), st.sampled_from(["\n", "\n\n"]))
def test_never_changes_text_unless_asked(blocks: list[str], sep: str) -> None:
    text = sep.join(blocks)
    assert quotefix.fix(text, select=["QF5"]).text == text
    removed = quotefix.fix(text, select=["QF5"], remove_boilerplate=True).text
    if "\n\n\n" not in text:
        assert "\n\n\n" not in removed
    assert quotefix.fix(removed, select=["QF5"], remove_boilerplate=True).text == removed
