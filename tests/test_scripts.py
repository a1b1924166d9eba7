"""Leftovers in another script (QF401): found by their letters, named by their script,
and left alone where good copy writes them on purpose."""

from __future__ import annotations

import pytest

import quotefix
from quotefix.langfrag import fragments

FOUND = [
    # text, span, language, kind
    ("The agency quoted «Министерство обороны сообщило о потерях» without comment.",
     "Министерство обороны сообщило о потерях", "ru", "quote"),
    ("Power was cut in the city [сегодня город частично без света], the operator said.",
     "сегодня город частично без света", "ru", "aside"),
    ("Talks will go on next week. Переговоры продолжатся в среду. No date was set.",
     "Переговоры продолжатся в среду", "ru", "sentence"),
    ("The mayor said the їжа distribution would resume on Friday.", "їжа", "uk", "term"),
    ("Farmers blocked the road near Plovdiv, където протестът продължи цял ден.",
     "където протестът продължи цял ден", "bg", "clause"),
    ("The coach said that његова екипа није спремна for the final.",
     "његова екипа није спремна", "sr", "clause"),
    ("The statement ended: «Η κυβέρνηση θα απαντήσει αύριο».",
     "Η κυβέρνηση θα απαντήσει αύριο", "el", "quote"),
    ("The statement [الشعب يريد السلام] was issued late on Sunday.",
     "الشعب يريد السلام", "ar", "aside"),
    ("The minister said (הממשלה תתכנס מחר) after the vote.", "הממשלה תתכנס מחר", "he",
     "aside"),
    ("Exports rose, 出口大幅增长, according to the customs office.", "出口大幅增长", "zh",
     "term"),
    ("The company said 新しい工場は来年稼働する in its statement.", "新しい工場は来年稼働する",
     "ja", "term"),
    ("The ministry in Seoul said 협상은 계속될 것이다 on Monday.", "협상은 계속될 것이다", "ko",
     "term"),
]

KEPT = [
    # a name's own spelling in parentheses, a letter or a symbol, a term in italics
    "President Volodymyr Zelensky (Володимир Зеленський) spoke in Kyiv on Monday.",
    "Chinese leader Xi Jinping (习近平) arrived in Paris.",
    "Scientists tracked the α variant and a rise in ΔT across the basin.",
    "The word *сопротивление* runs through every chapter of her memoir.",
    # a quotation with its translation, a slogan after a cue
    "He closed the rally with “Слава Україні” – glory to Ukraine.",
    "Protesters carried banners reading “Нет войне” through the centre.",
]


@pytest.mark.parametrize(("text", "span", "language", "kind"), FOUND)
def test_run_in_another_script_is_a_leftover(text: str, span: str, language: str,
                                              kind: str) -> None:
    found = [(text[f.start : f.end], f.language, str(f.kind)) for f in fragments(text)]
    assert found == [(span, language, kind)]


@pytest.mark.parametrize("text", KEPT)
def test_other_script_on_purpose(text: str) -> None:
    assert fragments(text) == []


def test_finding_names_the_language() -> None:
    text = "Talks will go on next week. Переговоры продолжатся в среду.\n"
    (finding,) = quotefix.check(text, select=["QF401"])
    assert finding.code == "QF401"
    assert "Russian sentence" in finding.message
    assert text[finding.start : finding.end] == "Переговоры продолжатся в среду"


SENTENCE = "Officials met again. Переговоры продолжатся в среду."


@pytest.mark.parametrize(
    ("options", "found"),
    [
        ({}, 1),
        ({"source": "ru"}, 1),  # Russian has no word lists: its script finds it
        ({"source": "fr"}, 0),  # translated from French: Russian was the writer's
        ({"languages": ["fr", "de"]}, 0),
        ({"target": "fr-FR"}, 0),  # native copy, no source named
        ({"target": "fr-FR", "source": "ru"}, 1),
    ],
)
def test_which_scripts_count(options: dict[str, object], found: int) -> None:
    assert len(fragments(SENTENCE, **options)) == found  # type: ignore[arg-type]
