"""The shortcuts of the leftover and boilerplate detectors give what the plain rules give.

Each shortcut (a set difference before a loop, a pattern skipped when it cannot
find anything new, a remembered answer) is compared with the plain rule it
replaces, on every line of the labelled data.
"""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from quotefix.allowlist import Allowlist
from quotefix.langfrag import screen as screen_module
from quotefix.langfrag import shortspans, shortwords, tokens, wordclass
from quotefix.langfrag.data import FP_WORD, english_words, setup
from quotefix.langfrag.firstpass import worth_reading
from quotefix.langfrag.frequencies import most_frequent, table
from quotefix.langfrag.records import Fragment
from quotefix.langfrag.screen import learned
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
    top = most_frequent("en", 500)
    values = [table("en").get(word, 0) for word in top]
    assert len(set(top)) == 500 and all(values)
    assert values == sorted(values, reverse=True)
    # nothing left out is more frequent than the last word kept
    assert most_frequent("en", 2000)[:500] == top
    assert all(table("en").get(word, 0) <= values[-1] for word in most_frequent("en", 2000)[500:])


def _plain_seeds(line: str, cfg: shortspans.Setup) -> frozenset[str]:
    """The seeds as first written: every word lowered, the capitals' pattern always run."""
    all_words = FP_WORD.findall(line)
    words = [w for w in all_words if w[0].islower()]
    capitals = {w.lower() for w in shortspans._CAPITAL_AFTER_DETERMINER.findall(line)}
    capitals.update(w.lower() for w in all_words if w[0] in shortspans._CAPITALS
                    and w[1:].islower() and wordclass.bare_german_noun(w.lower(), cfg.candidates))
    unknown = {w for w in {w.lower() for w in words} | capitals if w not in cfg.english}
    markers, floor = cfg.any_marker, shortspans.SHORT_SOURCE_MIN * shortspans.SCALE
    seeds = set()
    for lower in unknown:
        if lower in markers:
            if (lower not in shortwords.ENGLISH_SHORT
                    and table("en").get(lower, 0) < shortspans.SEED_MARKER_EN_MAX):
                seeds.add(lower)
            continue
        stem = shortwords.elided_stem(lower)
        if len(stem) < shortspans.SHORT_MIN_LETTERS or stem in cfg.english:
            continue
        if (
            any(table(lang).get(stem, 0) >= floor for lang in cfg.candidates)
            or (cfg.diacritic is not None and cfg.diacritic.search(stem))
            or (lower in capitals and wordclass.german_compound(stem, cfg.candidates))
            or wordclass.rare_foreign(stem, cfg) is not None
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


# --- Shortcuts of the full check's speed work -------------------------------------------------

_EXTRA_SHORT = [
    # A capitalised word inside a sentence is classed with its neighbours (a German noun
    # after a determiner): it must never take the remembered class of the same word
    # elsewhere (at a sentence start, or after a name).
    "Landkreis officials met. The Landkreis voted on Monday, said Landkreis Porthaven.",
    "Bürgergeld was cut. The Bürgergeld reform of the Landkreis passed.",
    "Heizungsgesetz passed. The Heizungsgesetz passed, said Heizungsgesetz Porthaven.",
    # The same rare and foreign words again and again: the remembered path.
    "The misiva arrived. A second misiva followed, and the misiva was read aloud.",
    "The prefect signed the arrêté; the arrêté took effect at once.",
]


def _plain_short_spans(line: str, cfg: shortspans.Setup) -> list[object]:
    """``short_spans`` with every word classed afresh and the words read again."""
    out: list[object] = []
    real_classified, real_words = shortspans.classified_word, shortspans._words
    try:
        shortspans.classified_word = shortwords.classify_word  # type: ignore[assignment]
        shortspans._words = (  # type: ignore[assignment]
            lambda line, cfg, seeds, all_words=None: real_words(line, cfg, seeds))
        shortspans.short_spans(line, 0, cfg, out)  # type: ignore[arg-type]
    finally:
        shortspans.classified_word = real_classified  # type: ignore[assignment]
        shortspans._words = real_words  # type: ignore[assignment]
    return out


def test_remembered_short_classes_give_the_plain_leftovers(cfg: shortspans.Setup) -> None:
    for line in [*LINES, *_EXTRA_SHORT, *_EXTRA_SHORT]:
        fast: list[object] = []
        shortspans.short_spans(line, 0, cfg, fast, FP_WORD.findall(line))  # type: ignore[arg-type]
        assert fast == _plain_short_spans(line, cfg), line


def test_a_capital_inside_a_sentence_is_never_remembered(cfg: shortspans.Setup) -> None:
    # At a sentence start ``Heizungsgesetz`` is no leftover (a capitalised word English
    # lists lack: a name); after ``the`` it is a German compound noun; after a possessive,
    # a title or a name again.
    line = "Heizungsgesetz passed. The Heizungsgesetz passed, said Berlin's Heizungsgesetz."
    cfg.short_classes.clear()
    shortspans.short_spans(line, 0, cfg, [], FP_WORD.findall(line))
    assert cfg.short_classes["Heizungsgesetz"][1] == ""  # remembered from the sentence start
    inside = line.index("Heizungsgesetz passed,")
    previous = wordclass.ShortWord(0, 0, "the", "", {})
    word = shortwords.classified_word(line, cfg, inside, inside + 14, "the", False, previous)
    assert word.cls == "F"  # after ``the``: classed with its neighbours, not remembered
    late = line.rindex("Heizungsgesetz")
    assert shortwords.classified_word(line, cfg, late, late + 14, "berlin's", False).cls == ""
    fast: list[object] = []
    shortspans.short_spans(line, 0, cfg, fast, FP_WORD.findall(line))  # type: ignore[arg-type]
    assert fast == _plain_short_spans(line, cfg) and len(fast) == 1


def test_a_one_letter_word_is_never_remembered(cfg: shortspans.Setup) -> None:
    # ``i`` before a full stop is an abbreviation's letter; elsewhere the Italian article.
    line = "See section i. The court cited i futili motivi."
    cfg.short_classes.clear()
    first = line.index("i.")
    assert shortwords.classified_word(line, cfg, first, first + 1, "section", False).cls == ""
    article = line.index("i futili")
    word = shortwords.classified_word(line, cfg, article, article + 1, "cited", False)
    assert word.cls == "M" and "i" not in cfg.short_classes


_EXTRA_SCREEN = [
    # Headings glued or cut off, elisions, accents, wrapped unknown words, capitals.
    "IncendieThe fire spread.", "Última hora A fire broke out.", "Justicia. The court ruled.",
    "L’école est fermée.", "The (misiva) came.", "the Rathaus-Chef met the O’Brien family",
    "THE Straßenbahn stopped", "Don't panic: the café's owner (naïve) said d’accord.",
]


def test_the_word_screen_lets_through_every_line_the_plain_tests_read(
    cfg: shortspans.Setup,
) -> None:
    # The screen is tested on a fresh setup so that it learns as it goes.
    fresh = setup("en", CANDIDATES, Allowlist(("jeitinho",)))
    for line in [*LINES, *_EXTRA_SHORT, *_EXTRA_SCREEN]:
        words = FP_WORD.findall(line)
        screen = learned(words, fresh)
        assert worth_reading(line, fresh, words, screen) == worth_reading(line, fresh), line
        assert shortspans._seeds(line, fresh, words, screen) == _plain_seeds(line, fresh), line
        fast: list[object] = []
        shortspans.short_spans(line, 0, fresh, fast, words, screen)  # type: ignore[arg-type]
        assert fast == _plain_short_spans(line, fresh), line
    screen = fresh.screens[-1]
    assert screen.seen and screen.seeds and screen.evidence and screen.elided


def test_the_word_screen_forgets_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = setup("en", CANDIDATES, Allowlist(("feijoada",)))
    monkeypatch.setattr(screen_module, "CLASSES_KEPT", 3)
    monkeypatch.setattr(screen_module, "KEPT_ON_RESTART", 1)
    first = learned(["la"], fresh)
    assert learned(["arrêté", "arrived"], fresh) is first
    again = learned(["une", "arrêté"], fresh)
    # A new screen: the old one stays whole for a check that still holds it.
    assert again is not first and fresh.screens == [again]
    assert first.seen.keys() == {"la", "arrêté", "arrived"} and "arrêté" in first.seeds
    # The word learnt first is kept, with its sets; the others are learnt again.
    assert again.seen.keys() == {"la", "une", "arrêté"} and "arrêté" in again.seeds
    assert "la" in again.evidence and "arrived" not in again.seen


def test_memories_that_start_again_keep_their_first_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(tokens, "KEPT_ON_RESTART", 2)
    memory = {"the": 1, "said": 2, "Porthaven": 3, "misiva": 4}
    tokens.restart(memory)
    assert memory == {"the": 1, "said": 2}


def test_a_long_text_with_small_memories_finds_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import quotefix
    import quotefix.langfrag as langfrag

    data = Path(__file__).parent / "data" / "fragments"
    rows = (data / "short-leftovers.tsv").read_text(encoding="utf-8").splitlines()
    paragraphs = [r.split("\t")[3].replace("⟦", "").replace("⟧", "")
                  for r in rows[:400] if r and not r.startswith("#")]
    text = "\n\n".join(paragraphs)
    expected = quotefix.check(text, select=["QF4"])
    assert len(expected) > 100
    # Read as a long text whose memories start again every 50 words, keeping 10:
    # the memories only spare work, so the findings are the same.
    monkeypatch.setattr(langfrag, "LONG_TEXT_CHARS", 1000)
    monkeypatch.setattr(langfrag, "LONG_TEXT_WORDS", 50)
    monkeypatch.setattr(tokens, "KEPT_ON_RESTART", 10)
    monkeypatch.setattr(screen_module, "KEPT_ON_RESTART", 10)
    trims = []
    monkeypatch.setattr(langfrag, "trim", lambda cfg: (trims.append(1), screen_module.trim(cfg)))
    assert quotefix.check(text, select=["QF4"]) == expected
    assert len(trims) > 20


def test_seed_words_are_the_words_the_first_pass_reads() -> None:
    # ``short_spans`` hands the first pass's words to ``_words``: the same pattern.
    assert shortwords.WORD.findall("l’école Saint-Denis 3e it's") == FP_WORD.findall(
        "l’école Saint-Denis 3e it's")
    assert shortwords.WORD._source == FP_WORD.pattern  # type: ignore[attr-defined]


def test_allowlist_masking_skips_only_windows_without_a_first_word(
    cfg: shortspans.Setup,
) -> None:
    for line in [*LINES, "the Rassemblement national and Le Monde", "Rassemblement"]:
        lowers = [w.lower().replace("'", "’") for w in FP_WORD.findall(line)]
        plain = [False] * len(lowers)
        i = 0
        while i < len(lowers):
            step = 1
            for phrase in cfg.allow_phrases.get(lowers[i], ()):
                if tuple(lowers[i : i + len(phrase)]) == phrase:
                    plain[i : i + len(phrase)] = [True] * len(phrase)
                    step = len(phrase)
                    break
            i += step
        assert tokens.allowed(lowers, cfg) == plain, line


def test_line_words_lowered_once_are_the_words_lowered_one_by_one() -> None:
    from quotefix.sitelines.lines import iter_lines

    # Greek capital sigma lowers by its neighbours, İ grows: those lines take the slow path.
    extra = ["ΟΔΟΣ'Α ΟΔΟΣ and more", "İstanbul İZMİR: VIDEO. Storm", "LIRE AUSSI Le Sénat"]
    text = "\n".join([*LINES, *extra])
    lines = list(iter_lines(text))
    assert len(lines) >= len(LINES)
    for line in lines:
        assert line.lowers == [text[a:b].lower() for a, b in line.words]
    greek = next(line for line in lines if text[line.start:].startswith("ΟΔΟΣ"))
    assert greek.lowers[0] == "οδος" and greek.lowers[2] == "οδος"


def test_spaced_marks_found_in_one_scan_are_those_found_pair_by_pair() -> None:
    from quotefix.marks import SPACES
    from quotefix.rules import mtspacing

    def plain(text: str, marks: str) -> set[int]:
        found = set()
        for space in SPACES:
            for mark in marks:
                pos = text.find(space + mark)
                while pos >= 0:
                    found.add(pos + 1)
                    pos = text.find(space + mark, pos + 2)
        return found

    samples = [*LINES, "a , b . c\u00a0; d \u202f! ( x ) [ y ] 2 - 1", " ,\n , ,  ,"]
    for text in samples:
        for marks in (",.)]}", "-", ";:!?%"):
            found = mtspacing._before(text, marks)
            assert found == sorted(found) and set(found) == plain(text, marks), text


def test_qf301_tried_at_space_runs_finds_what_a_full_scan_finds() -> None:
    from quotefix.rules import mtspacing
    from quotefix.rules.typography import _SPACE_BEFORE

    samples = [*LINES, "Why ? Because : 50 % ; (yes) ! ” ; « Non » ?", "  ; start", "x  ;  ; ;"]
    for text in samples:
        scanned = [m.span() for m in _SPACE_BEFORE.finditer(text)]
        tried = [m.span() for m in (_SPACE_BEFORE.match(text, s) for s in
                                    mtspacing.spaced_mark_runs(text, ";:!?%")) if m]
        assert tried == scanned, text


def test_lazy_patterns_answer_as_their_compiled_pattern() -> None:
    import re

    from quotefix.lazy import LazyPattern, lazy_re

    lazy = lazy_re(r"(\w+)-(\w+)")
    plain = re.compile(r"(\w+)-(\w+)")
    text = "well-known, low-cost and so-called"
    assert lazy.findall(text) == plain.findall(text)  # compiles, fills every method
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert lazy.sub(r"\2", text) == plain.sub(r"\2", text)
    assert lazy.split(text) == plain.split(text)
    assert lazy.match(text).group() == plain.match(text).group()  # type: ignore[union-attr]
    assert lazy.fullmatch("a-b") is not None and lazy.search("!") is None
    with pytest.raises(AttributeError):
        LazyPattern("a").flags  # noqa: B018 - only the pattern methods are forwarded


def test_the_gloss_cue_word_test_skips_only_windows_the_pattern_cannot_match() -> None:
    from quotefix.langfrag import cues

    # The windows a span can have before it: up to each opening mark and each space
    # of every labelled line, as written and in capitals (the pattern ignores case).
    windows = [
        line[max(0, i - 60) : i + 1]
        for line in LINES
        for i, char in enumerate(line)
        if char in "“\"«„‘([*_ "
    ]
    windows += [w.upper() for w in windows[::5]]
    windows += ["the so-called “", "what the locals call “", "as the Romans say, «",
                "KNOWN IN FRANCE AS the “", "the ﬁlm “", "banners said: “"]
    matched = 0
    for window in windows:
        plain = cues._GLOSS_BEFORE.search(window) is not None
        assert cues.gloss_cue_before(window) == plain, window
        matched += plain
    assert matched > 500  # the comparison saw many real cues


@pytest.mark.parametrize("lang", ["en", "fr", "de"])
def test_a_compact_table_gives_wordfreqs_own_values(lang: str) -> None:
    # The tables keep 64-bit keys, not words: every listed word must still read back
    # its own value (wordfreq's Zipf value, to a hundredth), and unlisted ones none.
    import wordfreq

    words = most_frequent(lang, 40000)[::53]
    assert len(words) > 500
    for word in words:
        expected = wordfreq.zipf_frequency(word, lang, wordlist="small")
        assert abs(table(lang).get(word, 0) / 100 - expected) < 0.011, word
        assert word in table(lang)
    for made_up in ("qzxvj", "brontoplik", "zzzaaqq"):
        assert table(lang).get(made_up, 0) == 0 and made_up not in table(lang)
    assert len(table(lang)) >= len(words) * 53 - 53


def test_the_quote_analysis_is_found_again_after_it_is_let_go() -> None:
    from quotefix.options import Options
    from quotefix.rules import RULES_BY_CODE
    from quotefix.rules.context import RuleContext

    text = "He said “yes” and ‘no’, then « peut-être »."
    ctx = RuleContext(text, Options(), RULES_BY_CODE)
    first = ctx.analysis
    ctx.release_quote_analysis()
    again = ctx.analysis
    assert again is not first and again.pairs == first.pairs


def test_the_screened_article_loop_finds_what_the_plain_loop_finds() -> None:
    from quotefix.langfrag import end_at_heading, find_fragments, outermost
    from quotefix.langfrag.addresses import outside_addresses
    from quotefix.langfrag.glued import glued_words
    from quotefix.langfrag.honorifics import lawyer_titles
    from quotefix.langfrag.introduced import drop_introduced, term_key
    from quotefix.langfrag.scripts import foreign_scripts, script_fragments
    from quotefix.langfrag.spans import line_fragments
    from quotefix.options import Options

    options = Options()
    cfg = setup("en", options.fragment_languages, options.allowlist)
    text = "\n".join([*LINES, *_EXTRA_SHORT, *_EXTRA_SCREEN, "", "x", "l'a"])
    # Words in other scripts (the labelled articles hold Cyrillic labels) are read apart.
    scripts = script_fragments(text, foreign_scripts("en", None, None), cfg)
    plain: list[Fragment] = []
    introduced: set[str] = set()
    start = 0
    for line in text.split("\n"):
        if line:
            deliberate: list[tuple[int, int]] = []
            line_begins = len(plain)
            if worth_reading(line, cfg):
                line_fragments(line, start, cfg, plain, deliberate)
            found = len(plain)
            shortspans.short_spans(line, start, cfg, plain, introduced=introduced)
            # a span of the whole line that runs past a heading stops with it
            found = end_at_heading(plain, line_begins, found)
            # a short span inside a phrase the line reader kept on purpose is dropped
            plain[found:] = [f for f in plain[found:]
                             if not any(a <= f.start and f.end <= b for a, b in deliberate)]
            lawyer_titles(line, start, cfg, plain)
            introduced.update(term_key(text[a:b]) for a, b in deliberate)
        start += len(line) + 1
    assert introduced  # the lines explain some of their terms
    plain = scripts + drop_introduced(text, plain, introduced)
    plain.extend(glued_words(text, cfg))
    kept = outermost(outside_addresses(text, plain))
    assert len(kept) > 100
    assert find_fragments(text, options) == kept


def test_a_word_table_is_read_again_in_another_process() -> None:
    # A table holds hashes that Python salts per process: sent elsewhere (a Dask
    # worker), it must be read again there, never carried over as it is.
    import pickle
    import subprocess
    import sys

    assert pickle.loads(pickle.dumps(table("fr"))) is table("fr")
    probe = ("import pickle, sys; t = pickle.loads(sys.stdin.buffer.read()); "
             "print(t.get('gouvernement', 0), t.get('qzxvj', 0))")
    done = subprocess.run([sys.executable, "-c", probe], input=pickle.dumps(table("fr")),
                          capture_output=True, check=True)
    assert done.stdout.split() == [str(table("fr").get("gouvernement", 0)).encode(), b"0"]
    assert table("fr").get("gouvernement", 0) > 400


def test_the_english_set_holds_exactly_the_common_words_that_are_no_marker() -> None:
    cfg = setup("en", ("fr", "de", "es", "it", "pt", "nl"), Allowlist())
    words = english_words()
    assert len(cfg.english) == len(set(words) - cfg.any_marker)
    assert all(word in cfg.english for word in words[:2000] if word not in cfg.any_marker)
    assert not any(marker in cfg.english for marker in cfg.any_marker)
    for absent in ("arrêté", "prefettura", "Zeitenwende", "", 42, None):
        assert absent not in cfg.english
    # another process salts string hashes anew: a pickled set is rebuilt there, from
    # the words
    copy = pickle.loads(pickle.dumps(cfg.english))
    assert len(copy) == len(cfg.english)
    assert all(word in copy for word in words[:2000] if word not in cfg.any_marker)
    assert not any(marker in copy for marker in cfg.any_marker)
    assert not setup("fr-FR", ("en",), Allowlist()).english
