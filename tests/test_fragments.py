"""Leftover source-language text (QF4xx): spans, allowlist, translator, properties, evaluation."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import quotefix
from quotefix import langfrag
from quotefix.langfrag.data import Setup, setup
from quotefix.langfrag.firstpass import worth_reading

ROOT = Path(__file__).parent.parent
DATA = Path(__file__).parent / "data"
ARTICLE = (DATA / "000_175faf778ac79c34.txt").read_text(encoding="utf-8")
EXPECTED = (DATA / "000_175faf778ac79c34.expected.txt").read_text(encoding="utf-8")
ASIDE = ("aujourd’hui partiellement occupée par les forces ukrainiennes depuis une offensive"
         " d’août 2024")
SOURCES = [line.split("\t") for line in (DATA / "fragments" / "sources.txt").read_text(
    encoding="utf-8").splitlines() if line and not line.startswith("#")]


def _english_setup() -> Setup:
    """The detector's setup for an en-US text with the default candidate languages."""
    options = quotefix.Options(target="en-US")
    return setup("en", options.fragment_languages, options.allowlist)  # type: ignore[arg-type]


def qf4(text: str, **options: object) -> list[quotefix.Finding]:
    return [f for f in quotefix.check(text, **options) if f.code.startswith("QF4")]  # type: ignore[arg-type]


@pytest.mark.parametrize("text", [ARTICLE, EXPECTED], ids=["article", "expected"])
def test_article_has_exactly_the_aside(text: str) -> None:
    (finding,) = qf4(text)
    assert finding.code == "QF401"
    assert text[finding.start : finding.end] == ASIDE
    assert text[finding.start - 1] == "[" and text[finding.end] == "]"
    assert "French" in finding.message and "aside" in finding.message


def test_fragment_records() -> None:
    (frag,) = langfrag.fragments(ARTICLE)
    assert (frag.language, frag.kind, frag.words) == ("fr", "aside", 14)
    assert 0.9 <= frag.confidence <= 1.0


@pytest.mark.parametrize(
    "text",
    [
        "The minister, Sébastien Lecornu, was in L’Haÿ-les-Roses and on the Champs-Élysées.",
        "Le Monde said the Rassemblement national liked Les Misérables.",
        "It was a coup d’état, a fait accompli with no raison d’être, à la carte, joie de vivre.",
        "Macron’s motto “en même temps” (“at the same time”) became a joke.",
        "The so-called “Zeitenwende” speech changed policy.",
        "Don Felipe and Doña Letizia met Herr Scholz.",
    ],
)
def test_traps_are_not_flagged(text: str) -> None:
    assert qf4(text) == []


@pytest.mark.parametrize(
    ("text", "span", "kind", "language"),
    [
        ("The strike began. Die Werft ist zahlungsunfähig. The yard has 130 staff.",
         "Die Werft ist zahlungsunfähig", "sentence", "de"),
        ("The minister said, les forces russes ont repoussé une offensive de grande envergure,"
         " adding that talks would go on.",
         "les forces russes ont repoussé une offensive de grande envergure", "clause", "fr"),
        ("Ministers (Photo d’archives) met on Tuesday.", "Photo d’archives", "aside", "fr"),
        ("He called it “il governo del cambiamento” on Monday.", "il governo del cambiamento",
         "quote", "it"),
        ("The FrenchLa war went on.", "FrenchLa", "glued", "fr"),
        ("It was engagéeDans the town.", "engagéeDans", "glued", "fr"),
    ],
)
def test_kinds(text: str, span: str, kind: str, language: str) -> None:
    found = langfrag.fragments(text)
    assert [(text[f.start:f.end], f.kind, f.language) for f in found] == [(span, kind, language)]


@pytest.mark.parametrize(
    ("text", "span", "kind"),
    [
        # A comma inside a quotation or a sentence does not cut the span.
        ("He said “haben wir die Krise überwunden, dennoch” and left.",
         "haben wir die Krise überwunden, dennoch", "quote"),
        ("The talks ended. Jede Seite war am Ende kompromissbereit, so dass ein gutes Ergebnis"
         " auf dem Tisch liegt. The union agreed.",
         "Jede Seite war am Ende kompromissbereit, so dass ein gutes Ergebnis auf dem Tisch liegt",
         "sentence"),
        # An ordinal's full stop is not a sentence end.
        ("The police said so. Seit dem 2. November intensiviert die Bundespolizei den Einsatz"
         " weiter. Nobody objected.",
         "Seit dem 2. November intensiviert die Bundespolizei den Einsatz weiter", "sentence"),
        # A short accented source word glued to a source function word.
        ("The minister jáPelo decree acted.", "jáPelo", "glued"),
    ],
)
def test_spans_are_whole(text: str, span: str, kind: str) -> None:
    found = langfrag.fragments(text)
    assert [(text[f.start:f.end], f.kind) for f in found] == [(span, kind)]


@pytest.mark.parametrize(
    "line",
    [
        "Marine Le Pen met Kim Jong-un and pressed the press on success.",
        "Ministers discussed the business process in Russia, mass protests and progress.",
        "A café, a résumé and a protégé walked into the Élysée with Jean-Luc Mélenchon.",
    ],
)
def test_first_pass_skips_english_lines(line: str) -> None:
    assert not worth_reading(line, _english_setup())


def test_first_pass_reads_short_wrapped_leftovers() -> None:
    cfg = _english_setup()
    assert worth_reading("Ministers (Photo d’archives) met on Tuesday.", cfg)
    assert worth_reading("The strike began. Die Werft ist zahlungsunfähig.", cfg)


def test_allowlist_kwarg_and_file(tmp_path: Path) -> None:
    text = "The motto of the house, “liberté des modernes et des anciens”, was read out."
    assert qf4(text)
    assert qf4(text, allowlist=["liberté des modernes et des anciens"]) == []
    path = tmp_path / "allow.txt"
    path.write_text("# house words\nliberté des modernes et des anciens\n", encoding="utf-8")
    assert qf4(text, allowlist=str(path)) == []


def test_languages_and_source_narrow_candidates() -> None:
    text = "The strike began. Die Werft ist zahlungsunfähig und die Arbeiter sind wütend."
    assert qf4(text)
    assert qf4(text, source="fr") == []
    assert qf4(text, languages=["fr", "es"]) == []
    assert qf4(text, languages=["de"])
    with pytest.raises(ValueError):
        quotefix.check(text, languages=["xx"])


def test_non_english_target_finds_english() -> None:
    text = ("Die Regierung hat am Dienstag neue Regeln beschlossen. The government said that it"
            " would not resign before the election. Die Opposition kritisierte das.")
    (finding,) = qf4(text, target="de-DE")
    assert text[finding.start : finding.end].startswith("The government said")
    assert "English" in finding.message
    assert qf4("Die Regierung hat am Dienstag neue Regeln für die Polizei beschlossen.",
               target="de-DE") == []


def test_text_is_never_changed_without_a_translator() -> None:
    result = quotefix.fix(ARTICLE, unsafe=True)
    assert ASIDE in result.text
    assert "QF401" in [f.code for f in result.unresolved]
    assert not [e for e in result.edits if e.code.startswith("QF4")]


def test_translator_replaces_the_span() -> None:
    calls: list[str] = []

    def translate(span: str) -> str:
        calls.append(span)
        return "partly occupied by Ukrainian forces since an offensive in August 2024"

    result = quotefix.fix(ARTICLE, translator=translate)
    assert ASIDE not in result.text
    assert "[partly occupied by Ukrainian forces since an offensive in August 2024]" in result.text
    assert calls == [ASIDE]
    assert quotefix.apply_edits(ARTICLE, result.edits) == result.text
    assert not [f for f in result.unresolved if f.code.startswith("QF4")]


# -- properties ---------------------------------------------------------------

VOCABULARY = (
    "the", "the", "of", "and", "in", "to", "a", "army", "minister", "said", "on", "Tuesday",
    "government", "would", "not", "report", "war", "city", "was", "with", "for", "which",
    "Sébastien Lecornu", "L’Haÿ-les-Roses", "Champs-Élysées", "Le Monde", "Rassemblement national",
    "Les Misérables", "coup d’état", "raison d’être", "fait accompli", "à la carte",
    "joie de vivre", "Côte d’Ivoire", "Kim Jong-un", "Der Spiegel", "El País", "déjà vu",
    "status quo", "de facto", "café", "résumé", "Putin’s", "O’Brien", "2024", "10,000",
)
PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def english(draw: st.DrawFn) -> str:
    sentences = []
    for _ in range(draw(st.integers(1, 4))):
        words = draw(st.lists(st.sampled_from(VOCABULARY), min_size=4, max_size=18))
        sentence = " ".join(words)
        sentences.append(sentence[0].upper() + sentence[1:] + ".")
    return " ".join(sentences)


@PROPERTY
@given(text=english())
def test_clean_english_with_names_and_loanwords_has_no_finding(text: str) -> None:
    assert qf4(text) == []
    assert quotefix.fix(text, select=["QF4"]).text == text


LONG_SPANS = [s.rstrip(".") for _lang, s in SOURCES if len(s.split()) >= 6]


@PROPERTY
@given(host=english(), span=st.sampled_from(LONG_SPANS), data=st.data())
def test_inserted_source_sentence_is_found(host: str, span: str, data: st.DataObject) -> None:
    sentences = host.split(". ")
    k = data.draw(st.integers(0, len(sentences)))
    before = ". ".join(sentences[:k]).rstrip(".")
    prefix = before + ". " if before else ""
    after = ". ".join(sentences[k:])
    text = prefix + span + ". " + after
    start, end = len(prefix), len(prefix) + len(span)
    found = [f for f in qf4(text) if f.start < end and f.end > start]
    assert found, text
    assert min(f.start for f in found) <= start + 1 and max(f.end for f in found) >= end - 1


def test_deterministic_across_processes() -> None:
    code = (
        "import json, quotefix; from quotefix.langfrag import fragments; "
        "t = open({!r}, encoding='utf-8').read(); "
        "print(json.dumps([(f.start, f.end, f.language, f.confidence, f.kind)"
        " for f in fragments(t + ' Les forces russes ont repoussé une offensive de grande envergure"
        " dans la région.')]))"
    ).format(str(DATA / "000_175faf778ac79c34.txt"))
    outputs = {
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                       cwd=ROOT).stdout
        for _ in range(3)
    }
    assert len(outputs) == 1
    assert len(json.loads(outputs.pop())) == 2


def test_no_global_langdetect_state() -> None:
    from langdetect.detector_factory import DetectorFactory

    langfrag.fragments(ARTICLE)
    assert DetectorFactory.seed is None


# -- glosses, native names, English words, span ends ----------------------------


def spans(text: str) -> list[str]:
    return [text[f.start : f.end] for f in langfrag.fragments(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The ceremony at the town hall (mairie) was brief.",
        "Crowds filled the weekly market (mercado) on Saturday.",
        "They met late in the afternoon (Nachmittag) at the hotel.",
        "The case went to the Palace of Justice (Palais de Justice, Paris) on Monday.",
        "The lower house (Tweede Kamer) voted on Tuesday.",
        "The opposition (Partido dos Trabalhadores) walked out.",
        "The plan was called “shambolic” by critics.",
        "Teenagers admit to “doomscrolling” late at night.",
        "Officials said the “rizz” trend was harmless.",
    ],
)
def test_glosses_native_names_and_rare_english_words_are_left_alone(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "span", "language"),
    [
        ("The minister said (settimana) that talks would go on.", "settimana", "it"),
        ("Voters were told “femmes” would lead the list.", "femmes", "fr"),
        ("The paper said [ministres] were absent.", "ministres", "fr"),
        ("Analysts expect “prezzo maggiorato” to rise.", "prezzo maggiorato", "it"),
        # Square brackets are an editor's: never a gloss, even after a noun phrase.
        ("They met in the town hall [mairie] on Monday.", "mairie", "fr"),
    ],
)
def test_short_wrapped_words_without_function_words(text: str, span: str, language: str) -> None:
    (frag,) = langfrag.fragments(text)
    assert (text[frag.start : frag.end], frag.language) == (span, language)


def test_gloss_needs_a_noun_phrase_before_it() -> None:
    # Cut out of a sentence, not a gloss: two function words, one at the end.
    text = "The politician spoke to her supporters (en mesure de) in Berlin."
    assert spans(text) == ["en mesure de"]


def test_span_stops_at_a_comma_before_an_english_name() -> None:
    text = ("He spoke at the Presidential Villa, Abuja, une maison que le président occupe"
            " depuis 2023.")
    assert spans(text) == ["une maison que le président occupe depuis 2023"]


def test_a_word_that_is_also_english_does_not_cut_a_sentence() -> None:
    text = ("Police said the crowd was calm. Secondo la polizia sono state arrestate tre"
            " persone nel centro della città. The mayor thanked residents.")
    assert spans(text) == [
        "Secondo la polizia sono state arrestate tre persone nel centro della città"
    ]


def test_english_word_list_is_shipped_and_ordered() -> None:
    words = langfrag.english_words()
    assert len(words) >= langfrag.ENGLISH_WORDS
    assert words[:3] == ("the", "of", "and")
    assert all(w.isalpha() and w.islower() for w in words)


# -- the development set ------------------------------------------------------


def test_evaluation_meets_targets() -> None:
    """The issue's targets on the development set (see docs/fragments.md for the figures)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import evaluate_fragments

    result = evaluate_fragments.evaluate()
    assert result["spans"] >= 400
    assert result["clean_paragraphs"] >= 200
    metrics = result["metrics"]
    assert metrics["long"]["precision"] >= 0.97
    assert metrics["long"]["recall"] >= 0.95
    assert result["short_wrapped_and_glued_recall"] >= 0.85
    assert result["false_alarm_rate"] <= 0.01


# -- the held-out set ---------------------------------------------------------

# Measured floors, not the targets: the figures measured on the held-out set
# (tests/data/fragments/heldout/, never used to tune the word lists), rounded down to
# two decimals, so a regression on unseen text fails here. Several sit below the issue's
# targets (see "Held-out evaluation" in docs/fragments.md). Raise them only when a change
# that was not tuned on this set measures better; never lower them to make a change pass.
HELDOUT_PRECISION_FLOORS = {"all": 0.99, "long": 0.98, "len:4-10": 0.98, "len:11-40": 0.99}
HELDOUT_RECALL_FLOORS = {
    "all": 0.91, "long": 0.92, "len:1-3": 0.91, "len:4-10": 0.88, "len:11-40": 0.97,
    "short:wrapped": 0.87, "short:glued": 1.0,
    "lang:de": 0.90, "lang:es": 0.95, "lang:fr": 0.96, "lang:it": 0.86, "lang:nl": 0.87,
    "lang:pt": 0.92,
}
HELDOUT_SHORT_RECALL_FLOOR = 0.91  # 1-3 words wrapped in brackets/parentheses/quotes, and glued
HELDOUT_LANGUAGE_ACCURACY_FLOOR = 0.93
HELDOUT_FALSE_ALARM_CEILING = 0.0  # measured 0 of 200: lower is better, none is the floor


def test_heldout_evaluation_measured_floors() -> None:
    """Held-out figures stay at or above what was measured (not the issue's targets)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import evaluate_fragments

    result = evaluate_fragments.evaluate(heldout=True)
    assert result["set"] == "held-out"
    assert result["spans"] >= 900
    assert result["clean_paragraphs"] == 200
    metrics = result["metrics"]
    for key, floor in HELDOUT_PRECISION_FLOORS.items():
        assert metrics[key]["precision"] >= floor, (key, metrics[key])
    for key, floor in HELDOUT_RECALL_FLOORS.items():
        assert metrics[key]["recall"] >= floor, (key, metrics[key])
    assert result["short_wrapped_and_glued_recall"] >= HELDOUT_SHORT_RECALL_FLOOR
    assert result["language_accuracy"] >= HELDOUT_LANGUAGE_ACCURACY_FLOOR
    assert result["false_alarm_rate"] <= HELDOUT_FALSE_ALARM_CEILING


def test_heldout_set_is_new_text() -> None:
    """The held-out files share no sentence with the development set."""
    heldout = DATA / "fragments" / "heldout"
    dev = (DATA / "fragments" / "sources.txt").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in (heldout / "sources.tsv").read_text(
        encoding="utf-8").splitlines()[1:] if line]
    counts: dict[str, int] = {}
    for language, sentence, source in rows:
        assert sentence.rstrip(".?!") not in dev
        assert source.startswith("http")
        assert 6 <= len(sentence.rstrip(".?!").split()) <= 40
        counts[language] = counts.get(language, 0) + 1
    assert set(counts) == {"fr", "de", "es", "it", "pt", "nl"}
    assert min(counts.values()) >= 30
    for name, least in (("english.txt", 60), ("traps.txt", 40)):
        dev_text = (DATA / "fragments" / name).read_text(encoding="utf-8")
        items = [line.split("\t") for line in (heldout / name).read_text(
            encoding="utf-8").splitlines() if line and not line.startswith("#")]
        assert len(items) >= least
        assert all(len(item) == 2 and item[1].startswith("http") for item in items)
        assert not [text for text, _source in items if text in dev_text]
