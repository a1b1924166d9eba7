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
        ("The mayor said, les pompiers ont maîtrisé le feu avant l’aube dans la vallée,"
         " adding that nobody was hurt.",
         "les pompiers ont maîtrisé le feu avant l’aube dans la vallée", "clause", "fr"),
        ("Ministers (Photo d’archives) met on Tuesday.", "Photo d’archives", "aside", "fr"),
        ("He called it “la manovra più coraggiosa” on Monday.", "la manovra più coraggiosa",
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
        ("He said “sind wir noch nicht am Ziel, trotzdem” and left.",
         "sind wir noch nicht am Ziel, trotzdem", "quote"),
        ("The talks ended. Beide Seiten haben sich bewegt, so dass der Streik am Montag enden"
         " kann. The union agreed.",
         "Beide Seiten haben sich bewegt, so dass der Streik am Montag enden kann",
         "sentence"),
        # An ordinal's full stop is not a sentence end.
        ("The police said so. Seit dem 3. März kontrolliert die Polizei die Grenze wieder"
         " stärker. Nobody objected.",
         "Seit dem 3. März kontrolliert die Polizei die Grenze wieder stärker", "sentence"),
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


def test_non_english_target_finds_english_when_the_source_says_so() -> None:
    text = ("Die Regierung hat am Dienstag neue Regeln beschlossen. The government said that it"
            " would not resign before the election. Die Opposition kritisierte das.")
    # Native copy: without a source, an English sentence is the writer's quotation.
    assert qf4(text, target="de-DE") == []
    (finding,) = qf4(text, target="de-DE", source="en")
    assert qf4(text, target="de-DE", languages=["en"]) == [finding]
    assert text[finding.start : finding.end].startswith("The government said")
    assert "English" in finding.message
    assert qf4("Die Regierung hat am Dienstag neue Regeln für die Polizei beschlossen.",
               target="de-DE", source="en") == []


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
        " for f in fragments(t + ' Les pompiers ont maîtrisé un incendie de grande ampleur"
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


def test_a_word_after_an_article_of_the_span_stays_in_it() -> None:
    # "place" is far more English than French, but "la place" is French.
    span = ("Nous ne laisserons pas fermer la maternité sans nous battre, a lancé la maire"
            " devant une centaine d’habitants réunis sur la place")
    assert spans(span + ". The the the the.") == [span]


def test_a_word_that_is_also_english_does_not_cut_a_sentence() -> None:
    text = ("Police said the crowd was calm. Secondo la polizia sono state arrestate tre"
            " persone nel centro della città. The mayor thanked residents.")
    assert spans(text) == [
        "Secondo la polizia sono state arrestate tre persone nel centro della città"
    ]


def test_english_word_list_comes_from_wordfreq_in_order() -> None:
    import wordfreq

    words = langfrag.english_words()
    assert len(words) >= langfrag.ENGLISH_WORDS
    assert words[:5] == tuple(wordfreq.top_n_list("en", 5, wordlist="small"))
    assert all(w == w.lower() for w in words)


@pytest.mark.parametrize(("word", "lang"), [
    ("the", "en"), ("sawmill", "en"), ("arrêté", "fr"), ("landkreis", "de"), ("misiva", "es"),
    ("legge", "it"), ("concelho", "pt"), ("gemeente", "nl"), ("xqzt", "fr"),
    ("straße", "de"), ("bußgeld", "de"), ("größte", "de"),
])
def test_frequencies_read_from_wordfreq_data_agree_with_wordfreq(word: str, lang: str) -> None:
    import wordfreq

    from quotefix.langfrag.frequencies import english_zipf, zipf

    expected = wordfreq.zipf_frequency(word, lang, wordlist="small")
    assert zipf(word, lang) == pytest.approx(expected, abs=0.011)
    if lang != "en" and expected:  # rare English values are kept for the sources' words
        large = wordfreq.zipf_frequency(word, "en", wordlist="large")
        assert english_zipf(word, (lang,)) / 100 == pytest.approx(large, abs=0.011)


@pytest.mark.parametrize("word", [
    "sacristy", "stallholders", "unfurled", "goalless", "the", "regatta", "patteggiamento",
    "desalojados", "portagens", "xqztw",
])
def test_english_membership_agrees_with_the_large_list(word: str) -> None:
    import wordfreq

    from quotefix.langfrag.frequencies import english_known

    assert english_known(word) == (wordfreq.zipf_frequency(word, "en", wordlist="large") > 0)


def test_unknown_to_english_looks_through_english_endings() -> None:
    from quotefix.langfrag.wordclass import unknown_to_english

    # ``sacristies`` is missing from the large list, its singular is not
    assert not unknown_to_english("sacristies")
    assert not unknown_to_english("recalibrated")
    assert unknown_to_english("esondazione") and unknown_to_english("granizada")


def test_a_run_of_letters_longer_than_any_word_is_no_leftover() -> None:
    assert quotefix.check("The " + "a" * 5000 + " came.", select=["QF4"]) == []
    assert quotefix.check("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", select=["QF4"]) == []


def test_compound_of_another_candidates_words_is_no_german_noun() -> None:
    from quotefix.langfrag.wordclass import german_compound

    candidates = ("fr", "de", "es", "it", "pt", "nl")
    assert german_compound("bürgergeld", candidates)
    assert german_compound("landkreis", candidates)  # ``land`` is more Dutch, ``kreis`` German
    assert not german_compound("belleville", candidates)  # belle|ville: French words
    assert german_compound("belleville", ("de",))  # with German alone nothing tells


# -- the development and held-out sets -----------------------------------------

# Measured floors, not the targets: the figures measured on the project's own
# development and held-out sets (tests/data/fragments/, see its README), rounded down to
# two decimals, so a regression fails here. Several sit below the targets (see
# "Measured" in docs/fragments.md). Raise them when a change measures better; never lower
# them to make a change pass. The held-out set is never used to tune anything.
FLOORS: dict[str, dict[str, object]] = {
    "development": {
        "spans": 600,
        "precision": {"all": 1.0, "long": 1.0, "len:4-10": 1.0, "len:11-40": 1.0},
        "recall": {
            "all": 0.91, "long": 0.96, "len:1-3": 0.86, "len:4-10": 0.93, "len:11-40": 1.0,
            "short:wrapped": 0.80, "short:glued": 1.0,
            "lang:de": 0.89, "lang:es": 0.94, "lang:fr": 0.94, "lang:it": 0.92,
            "lang:nl": 0.84, "lang:pt": 0.93,
        },
        "short": 0.86,  # 1-3 words wrapped in brackets/parentheses/quotes, and glued
        "language": 0.97,
        "false_alarms": 0.0,  # measured 0 of 200 clean paragraphs: a ceiling
    },
    "held-out": {
        "spans": 900,
        "precision": {"all": 0.98, "long": 0.98, "len:4-10": 0.97, "len:11-40": 0.99},
        "recall": {
            "all": 0.91, "long": 0.91, "len:1-3": 0.90, "len:4-10": 0.86, "len:11-40": 0.98,
            "short:wrapped": 0.86, "short:glued": 1.0,
            # (es 0.956 before a quotation's first part was read with the whole, a rule
            # made from development traps that cost one held-out Spanish span: 0.950)
            "lang:de": 0.90, "lang:es": 0.94, "lang:fr": 0.96, "lang:it": 0.92,
            "lang:nl": 0.87, "lang:pt": 0.85,
        },
        "short": 0.90,
        "language": 0.97,
        "false_alarms": 0.09,  # measured 18 of 200 clean paragraphs: a ceiling
    },
}


@pytest.mark.parametrize("heldout", [False, True], ids=["development", "held-out"])
def test_evaluation_measured_floors(heldout: bool) -> None:
    """Figures stay at or above what was measured on each set."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import evaluate_fragments

    result = evaluate_fragments.evaluate(heldout=heldout)
    floors = FLOORS[str(result["set"])]
    assert result["spans"] >= floors["spans"]  # type: ignore[operator]
    assert result["clean_paragraphs"] == 200
    metrics = result["metrics"]
    for key, floor in floors["precision"].items():  # type: ignore[attr-defined]
        assert metrics[key]["precision"] >= floor, (key, metrics[key])  # type: ignore[index]
    for key, floor in floors["recall"].items():  # type: ignore[attr-defined]
        assert metrics[key]["recall"] >= floor, (key, metrics[key])  # type: ignore[index]
    assert result["short_wrapped_and_glued_recall"] >= floors["short"]  # type: ignore[operator]
    assert result["language_accuracy"] >= floors["language"]  # type: ignore[operator]
    assert result["false_alarm_rate"] <= floors["false_alarms"]  # type: ignore[operator]


def _data_lines(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def test_heldout_set_is_new_text() -> None:
    """The held-out files share no sentence with the development set."""
    fragments_dir = DATA / "fragments"
    heldout = fragments_dir / "heldout"
    dev = (fragments_dir / "sources.txt").read_text(encoding="utf-8")
    counts: dict[str, int] = {}
    for line in _data_lines(heldout / "sources.txt"):
        language, sentence = line.split("\t")
        assert sentence.rstrip(".?!") not in dev
        assert 6 <= len(sentence.rstrip(".?!").split()) <= 40
        counts[language] = counts.get(language, 0) + 1
    assert set(counts) == {"fr", "de", "es", "it", "pt", "nl"}
    assert min(counts.values()) >= 30
    for name, least in (("english.txt", 60), ("traps.txt", 40)):
        dev_text = (fragments_dir / name).read_text(encoding="utf-8")
        items = _data_lines(heldout / name)
        assert len(items) >= least
        assert not [text for text in items if "\t" in text or text in dev_text]
