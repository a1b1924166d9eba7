"""The project's labelled data sets are well formed (structure only; accuracy lives elsewhere).

Checked here: fields, known kinds and languages, unique ids, the held-out
rule (an id whose number is a multiple of 3 lives in ``heldout/``, any other
in the development folder, and no text is in both), the minimum sizes the
sets were written to, no web address in any data file, and that the site
folder generator and the evaluation scripts run on today's engine and count
what the files hold. No accuracy threshold is asserted for these sets.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

TESTS = Path(__file__).parent
ROOT = TESTS.parent
DATA = TESTS / "data"
FRAGMENTS = DATA / "fragments"
BOILERPLATE = DATA / "boilerplate"
sys.path.insert(0, str(ROOT / "scripts"))

import evaluate_boilerplate  # noqa: E402
import evaluate_leftovers  # noqa: E402
import site_folder  # noqa: E402

SOURCE_LANGUAGES = {"fr", "de", "es", "it", "pt", "nl"}
ADDRESS = re.compile(r"https?://|www\.", re.IGNORECASE)


def rows(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def held_out(number: int) -> bool:
    return number % 3 == 0


# -- no web addresses -----------------------------------------------------------


def data_files() -> list[Path]:
    files = [p for p in DATA.rglob("*") if p.is_file()]
    files += sorted((TESTS / "cases").glob("*.json"))
    files += sorted((TESTS / "cases-fragments").glob("*.json"))
    return sorted(files)


@pytest.mark.parametrize("path", data_files(), ids=lambda p: str(p.relative_to(TESTS)))
def test_no_web_addresses_in_test_data(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert not ADDRESS.findall(text)


# -- fragment sets built into spans by evaluate_fragments.py ----------------------


@pytest.mark.parametrize("folder", [FRAGMENTS, FRAGMENTS / "heldout"], ids=["dev", "heldout"])
def test_fragment_sources_hosts_and_traps(folder: Path) -> None:
    languages = Counter()
    for line in rows(folder / "sources.txt"):
        language, sentence = line.split("\t")
        assert language in SOURCE_LANGUAGES
        assert 6 <= len(sentence.rstrip(".?!").split()) <= 40, sentence
        languages[language] += 1
    assert set(languages) == SOURCE_LANGUAGES
    assert min(languages.values()) >= 20
    for name in ("english.txt", "traps.txt"):
        lines = rows(folder / name)
        assert lines and not [line for line in lines if "\t" in line]
        assert len(set(lines)) == len(lines)


# -- labelled paragraphs: traps, short leftovers, native copy ---------------------

LABELLED = {
    "clean-traps.tsv": ("trap", set(evaluate_leftovers.TRAP_KINDS),
                        {"fr", "es", "it", "de", "pt", "nl"}, 150),
    "short-leftovers.tsv": ("short", set(evaluate_leftovers.SHAPES),
                            {"fr", "es", "it", "de", "pt"}, 150),
    "native.tsv": ("native", set(evaluate_leftovers.NATIVE_KINDS),
                   set(evaluate_leftovers.TARGETS), 60),
}


@pytest.mark.parametrize("name", sorted(LABELLED))
def test_labelled_paragraphs(name: str) -> None:
    prefix, kinds, languages, least = LABELLED[name]
    ids: set[str] = set()
    texts: dict[bool, set[str]] = {False: set(), True: set()}
    groups: dict[bool, Counter[str]] = {False: Counter(), True: Counter()}
    for heldout, folder in ((False, FRAGMENTS), (True, FRAGMENTS / "heldout")):
        for line in rows(folder / name):
            fields = line.split("\t")
            assert len(fields) == 4, line
            id_, kind, language, marked = fields
            match = re.fullmatch(prefix + r"-(\d{3,})", id_)
            assert match, id_
            assert held_out(int(match[1])) == heldout, id_
            assert id_ not in ids
            ids.add(id_)
            assert kind in kinds and language in languages, line
            text, spans = evaluate_leftovers.unmark(marked)
            if prefix == "short":
                assert spans, id_
                for start, end in spans:
                    span = text[start:end]
                    assert span[0].isalnum() and span[-1].isalnum(), (id_, span)
            else:
                assert not spans, id_
            texts[heldout].add(text)
            groups[heldout][kind] += 1
            groups[heldout][language] += 1
    assert len(ids) >= least
    assert not texts[False] & texts[True]
    for key in kinds | languages:  # every kind and language in both sets
        assert groups[False][key] and groups[True][key], key


def test_loaded_spans_are_exact() -> None:
    (row,) = [r for r in evaluate_leftovers.load("short-leftovers.tsv")
              if r.id == "short-001"]
    assert [row.text[s:e] for s, e in row.spans] == ["arrêté"]
    assert OPEN_MARKS.isdisjoint(row.text)
    with pytest.raises(ValueError):
        evaluate_leftovers.unmark("a ⟦b ⟦c⟧ d⟧")
    with pytest.raises(ValueError):
        evaluate_leftovers.unmark("a ⟦b")


OPEN_MARKS = {evaluate_leftovers.OPEN, evaluate_leftovers.CLOSE}


# -- the boilerplate corpus -------------------------------------------------------


def corpus() -> dict[bool, list[evaluate_boilerplate.Article]]:
    return {False: evaluate_boilerplate.load(BOILERPLATE),
            True: evaluate_boilerplate.load(BOILERPLATE / "heldout")}


def test_boilerplate_articles_follow_the_split_rule() -> None:
    ids: set[str] = set()
    texts: dict[bool, set[str]] = {False: set(), True: set()}
    for heldout, articles in corpus().items():
        for article in articles:
            match = re.fullmatch(r"(en|fr|es|it|de|pt)-(\d{3,})", article.id)
            assert match, article.id
            assert held_out(int(match[2])) == heldout, article.id
            assert article.id not in ids
            ids.add(article.id)
            texts[heldout].update(line.text for line in article.lines)
            assert any(line.label == "para" for line in article.lines), article.id
    assert not {t for t in texts[False] & texts[True] if len(t.split()) > 6}


def test_boilerplate_kinds_and_sizes() -> None:
    kinds: dict[bool, Counter[str]] = {False: Counter(), True: Counter()}
    languages: Counter[str] = Counter()
    sources: Counter[str] = Counter()
    for heldout, articles in corpus().items():
        for article in articles:
            languages[article.language] += 1
            if article.language == "en":
                sources[article.source] += 1
            for line in article.lines:
                kinds[heldout][line.label] += 1
                if line.lookalike:
                    kinds[heldout]["lookalike"] += 1
    total = kinds[False] + kinds[True]
    for kind in evaluate_boilerplate.KINDS:
        assert total[kind] >= 15, kind
        assert kinds[False][kind] and kinds[True][kind], kind
    assert total["para"] >= 150
    assert total["lookalike"] >= 20
    for shape in ("caption", "list", "head"):
        assert total[shape] >= 5, shape
    assert set(languages) == set(evaluate_boilerplate.TARGETS)
    assert set(sources) == set(evaluate_boilerplate.SOURCES)


def test_boilerplate_lines_and_spans_sit_in_the_text() -> None:
    for articles in corpus().values():
        for article in articles:
            for line in article.lines:
                assert article.text[line.start:line.end] == line.text
                if line.span is not None:
                    span = article.text[line.span[0]:line.span[1]]
                    assert span and span in line.text
            if article.layout == "blank":
                assert "\n\n" in article.text or len(article.lines) == 1


@pytest.mark.parametrize("bad", [
    "=== en-001 source=fr layout=lines\nfoo\tText",  # unknown label
    "=== en-001 source=fr layout=lines\nkicker\tVIDEO. Floods",  # inline kind without span
    "=== en-001 source=fr layout=lines\nkicker\tVIDEO. Floods\tLIVE.",  # span not in line
    "=== en-001 source=xx layout=lines\npara\tText.",  # unknown source
    "=== fr-001 source=es layout=lines\npara\tTexte.",  # untranslated: source is its language
    "=== en-001 source=fr layout=lines\npara\tText.\tnot-a-lookalike",
    "para\tText before any header.",
])
def test_boilerplate_loader_rejects_bad_files(bad: str, tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_text(bad + "\n", encoding="utf-8")
    with pytest.raises(ValueError):
        evaluate_boilerplate.load_file(path)


# -- the site folder generator ------------------------------------------------------


def test_site_folder_is_deterministic_and_labelled(tmp_path: Path) -> None:
    first = site_folder.build(tmp_path / "a", files=40)
    second = site_folder.build(tmp_path / "b", files=40)
    assert first == second
    names = sorted(first["files"])  # type: ignore[arg-type]
    assert len(names) == 40
    for name in names:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    line_files: dict[str, set[str]] = {}
    label_of: dict[str, str] = {}
    footer_files = 0
    for name, labels in first["files"].items():  # type: ignore[union-attr]
        lines = (tmp_path / "a" / name).read_text(encoding="utf-8").split("\n")
        assert len(lines) == len(labels)
        footer_files += "footer" in labels
        for line, label in zip(lines, labels, strict=True):
            assert (label == "blank") == (line == "")
            if label == "dateline":
                assert line.startswith(site_folder.DATELINE)
            if line:
                line_files.setdefault(line, set()).add(name)
                label_of[line] = label
    assert footer_files == first["footer_files"]
    assert 30 <= footer_files < 40  # most files, not all
    for line, files in line_files.items():
        if label_of[line] == "footer":
            assert len(files) == footer_files
        elif label_of[line] == "shared":
            assert sorted(files) == first["shared_files"]
        else:
            assert len(files) == 1, line  # body text is never repeated by accident
    assert sum(1 for label in label_of.values() if label == "footer") == 3


def test_site_folder_needs_enough_text(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        site_folder.build(tmp_path, files=100_000)  # more than the pool of paragraphs can fill


# -- the evaluation scripts run on today's engine -----------------------------------


@pytest.mark.parametrize("heldout", [False, True], ids=["dev", "heldout"])
def test_evaluate_boilerplate_counts_the_corpus(heldout: bool) -> None:
    articles = corpus()[heldout]
    result = evaluate_boilerplate.evaluate(heldout=heldout, details=True)
    json.dumps(result)
    recall = result["recall"]
    clean = result["clean"]
    assert isinstance(recall, dict) and isinstance(clean, dict)
    lines = [line for article in articles for line in article.lines]
    assert recall["all"]["lines"] == sum(line.boilerplate for line in lines)
    assert clean["all"]["lines"] == sum(not line.boilerplate for line in lines)
    assert result["clean_paragraphs"] == sum(line.label == "para" for line in lines)
    for kind in evaluate_boilerplate.KINDS:
        assert recall[kind]["lines"] == sum(line.label == kind for line in lines)
    misses = result["misses"]
    assert isinstance(misses, list)
    assert len(misses) == recall["all"]["lines"] - recall["all"]["found"]


def test_evaluate_boilerplate_on_a_site_folder() -> None:
    result = evaluate_boilerplate.evaluate_folder(files=12)
    lines = result["lines"]
    assert isinstance(lines, dict)
    assert lines["footer"]["lines"] == 3 * result["footer_files"]  # type: ignore[operator]
    assert lines["shared"]["lines"] == 2
    assert "blank" not in lines


@pytest.mark.parametrize("heldout", [False, True], ids=["dev", "heldout"])
def test_evaluate_leftovers_counts_the_sets(heldout: bool) -> None:
    folder = FRAGMENTS / "heldout" if heldout else FRAGMENTS
    result = evaluate_leftovers.evaluate(heldout=heldout, details=True)
    json.dumps(result)
    short = evaluate_leftovers.load("short-leftovers.tsv", folder)
    traps = evaluate_leftovers.load("clean-traps.tsv", folder)
    native = evaluate_leftovers.load("native.tsv", folder)
    assert result["short"]["all"]["spans"] == sum(len(r.spans) for r in short)  # type: ignore[index]
    assert result["traps"]["all"]["paragraphs"] == len(traps)  # type: ignore[index]
    assert result["native"]["all"]["paragraphs"] == len(native)  # type: ignore[index]
    assert result["clean_paragraphs"] == len(traps) + len(evaluate_leftovers.hosts(folder))
