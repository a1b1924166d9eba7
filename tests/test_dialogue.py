"""QF312: dialogue dashes around an attribution, found where MT leaves them and
nowhere else (the repairs themselves are golden cases in ``tests/cases/``)."""

from __future__ import annotations

import pytest

import quotefix

# text -> whether the repair is safe (False: only with unsafe=True; None: no repair)
FOUND = [
    ("“It is obvious,” – said the spokesman.", True),
    ("“Why should we wait?” — asked the deputy minister.", True),
    ("“Enough!” ― shouted the crowd.", True),
    ("\"We are ready,\" - the governor said.", True),
    ("“The talks will continue,” – Sergei Lavrov told reporters.", True),
    ("‘We are ready,’ – said the minister.", True),
    ("“All is ready,” – the head of the region said.", True),
    ("“We are not afraid – she added – but we are tired.”", True),
    ("“We do not want controversy – he reiterated -, there is time.”", True),
    ("“We are ready, – he said, – to fight to the end.”", True),
    ("“The city is ready – said the mayor – and so are we.”", True),
    ("“Why now? – he asked – nobody knows.”", True),
    ("“We are ready – he said – We will stay.”", False),  # a new sentence after it
    ("“We won” – said Peskov.", False),  # no comma: MT dropped it, or English?
    ("He answered “no,” — Smith recalled — and walked out.", False),  # an English aside?
    ("– We will not give in, the minister said.", False),
    ("– We will not give in, the minister said, and left.", None),
]

LEFT_ALONE = [
    "The plan – which failed – was costly.",
    "The season 2019–2020 ended 3 – 1, and 2 - 0 the week after.",
    "She called it “a betrayal” – the minister said so twice.",
    "“Fine,” – the answer came quickly.",
    "“The plan – he said it failed – was costly,” she said.",
    "“This is – I repeat – unacceptable.”",
    "“We – and I mean all of us – said no.”",
    "He was – the minister said – not there.",  # no quotation around it: prose
    "- a list item, the minister said\n- another one",  # a hyphen opens a list item
    "— Jen Example, in a post on Monday",
    "“It is over,” he said. – The next one.",
    "The plan was simple\n– we stay, the minister said\nand nobody argued.\n\nNext.",
    "",
]


@pytest.mark.parametrize(("text", "safe"), FOUND)
def test_found(text: str, safe: bool | None) -> None:
    found = [f for f in quotefix.check(text) if f.code == "QF312"]
    assert len(found) == 1, found
    finding = found[0]
    assert any(c in "–—―-" for c in text[finding.start : finding.end + 1])
    if safe is None:
        assert finding.fix is None
    else:
        assert finding.fix is not None and finding.fix.safe is safe


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_left_alone(text: str) -> None:
    assert [f for f in quotefix.check(text) if f.code == "QF312"] == []
    assert quotefix.fix(text, unsafe=True, select=["QF312"]).text == text


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("« Tout est prêt », – a dit le ministre.", "fr-FR"),
        ("– Nous ne céderons pas, a dit le ministre.", "fr-FR"),
        ("«Мы готовы, – сказал он, – бороться».", "ru"),
        ("«Non vogliamo polemiche – ha ribadito –, c’è tempo».", "it"),
    ],
)
def test_other_targets_keep_their_dashes(text: str, target: str) -> None:
    assert [f for f in quotefix.check(text, target=target) if f.code == "QF312"] == []


def test_straight_document_gets_straight_marks() -> None:
    """The paragraph-dash guess writes the document's house style, the interruption
    the quotation's own glyphs."""
    text = '"We are ready - he said - and we will stay."'
    assert quotefix.fix(text).text == '"We are ready," he said, "and we will stay."'
    curly = "– We will not give in, the minister said. “Never,” he added."
    assert quotefix.fix(curly, unsafe=True).text.startswith("“We will not give in,” the")


def test_selected_alone() -> None:
    text = "“We are ready – he said – and we will stay.”"
    result = quotefix.fix(text, select=["QF312"])
    assert result.text == "“We are ready,” he said, “and we will stay.”"
    assert quotefix.check(text, ignore=["QF312"]) == []


@pytest.mark.parametrize("text", [" – ' – ", "“Yes – ’ – no.”", "“a - -' - b”"])
def test_dashes_around_no_word_are_left_alone(text: str) -> None:
    """Only an apostrophe or a hyphen between two dashes: no attribution to read."""
    assert [f for f in quotefix.check(text) if f.code == "QF312"] == []
