"""QF510: lines repeated across the files of one site, through the API and the command line.

The folder is the one ``scripts/site_folder.py`` generates from the
project's own paragraphs: a three-line footer in 90% of the files, one
syndicated paragraph in exactly two, and a standard dateline opening most
first paragraphs. Footer lines must be reported (and removed on request),
shared lines never, and the output must not depend on ``--jobs``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

import quotefix
from quotefix.cli import main
from quotefix.errors import OptionError

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

import site_folder


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, object]]:
    path = tmp_path_factory.mktemp("site")
    return path, site_folder.build(path, files=12, seed=3)


def _flagged(text: str, findings: list[quotefix.Finding]) -> dict[int, set[str]]:
    """Line number (1-based) -> codes of the findings that start on it."""
    out: dict[int, set[str]] = {}
    for f in findings:
        out.setdefault(f.line, set()).add(f.code)
    return out


def test_check_many_flags_the_footer_and_nothing_shared(
    folder: tuple[Path, dict[str, object]],
) -> None:
    path, manifest = folder
    files = manifest["files"]
    assert isinstance(files, dict)
    names = sorted(files)
    texts = [(path / name).read_text(encoding="utf-8") for name in names]
    results = quotefix.check_many(texts, select=["QF5"])
    repeated = 0
    for name, text, findings in zip(names, texts, results, strict=True):
        flagged = _flagged(text, findings)
        for number, label in enumerate(files[name], start=1):
            if label == "footer":
                assert number in flagged, (name, number)
            elif label in ("shared", "dateline", "body"):
                assert number not in flagged, (name, number, label)
        repeated += sum("QF510" in codes for codes in flagged.values())
        for f in findings:
            if f.code == "QF510":
                assert "of 12 texts" in f.message
    assert repeated >= 1  # the footer line no other rule knows is found by its count


def test_threshold_is_a_share_of_the_texts() -> None:
    footer = "The Courier is paid for by its readers and nobody else."
    texts = [f"Story number {n} was told.\n\n{footer}" for n in range(10)]
    texts += [f"Another story, number {n}." for n in range(10)]
    at_half = quotefix.check_many(texts, select=["QF510"])
    assert sum(bool(found) for found in at_half) == 10
    assert "repeated in 10 of 20 texts" in at_half[0][0].message
    assert all(found == [] for found in quotefix.check_many(texts, select=["QF510"],
                                                            repeated_lines="60%"))
    assert sum(bool(f) for f in quotefix.check_many(texts, select=["QF510"],
                                                    repeated_lines=0.25)) == 10


def test_two_texts_sharing_a_paragraph_are_left_alone() -> None:
    shared = "The weather service said the rain would move east overnight."
    texts = [f"First story.\n\n{shared}", f"Second story.\n\n{shared}", "Third story."]
    assert quotefix.check_many(texts, repeated_lines=0.1) == [[], [], []]


def test_fix_many_removes_repeated_lines() -> None:
    footer = "Support the Courier from 3 euros a month."
    texts = [f"Story {n} was told.\n\n{footer}\n" for n in range(4)]
    results = quotefix.fix_many(texts, remove_boilerplate=True)
    assert [r.text for r in results] == [f"Story {n} was told.\n" for n in range(4)]
    assert [r.text for r in quotefix.fix_many(texts)] == texts  # reported only by default


@pytest.mark.parametrize("value", ["0", "150%", "half", -1, True])
def test_bad_threshold(value: object) -> None:
    with pytest.raises((OptionError, TypeError)):
        quotefix.check_many(["a"], repeated_lines=value)


def test_one_text_is_not_a_folder() -> None:
    with pytest.raises(TypeError):
        quotefix.check_many("one text")  # type: ignore[arg-type]


def _cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    status = main(args)
    return status, capsys.readouterr().out


def test_cli_output_is_the_same_with_any_jobs(
    folder: tuple[Path, dict[str, object]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = folder
    base = ["check", str(path), "--select", "QF5", "--output-format", "json"]
    status1, out1 = _cli([*base, "--jobs", "1"], capsys)
    status2, out2 = _cli([*base, "--jobs", "2"], capsys)
    assert status1 == status2 == 1
    assert out1.encode() == out2.encode()
    json.loads(out1)  # one well-formed report
    assert '"QF510"' in out1
    assert "repeated in" in out1 and "of 12 files" in out1


def test_cli_threshold_setting(
    folder: tuple[Path, dict[str, object]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = folder
    _, out = _cli(["check", str(path), "--select", "QF510", "--repeated-lines", "95%"], capsys)
    assert "QF510" not in out  # the footer is in 11 of 12 files: 92%
    _, out = _cli(["check", str(path), "--select", "QF510", "--repeated-lines", "0.9"], capsys)
    assert "QF510" in out


def test_cli_fix_removes_the_footer_with_any_jobs(
    folder: tuple[Path, dict[str, object]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, manifest = folder
    outputs = []
    for jobs in ("1", "2"):
        copy = tmp_path / f"jobs{jobs}"
        copy.mkdir()
        for file in sorted(source.iterdir()):
            (copy / file.name).write_bytes(file.read_bytes())
        main(["fix", str(copy), "--remove-boilerplate", "--select", "QF5", "--jobs", jobs])
        capsys.readouterr()
        outputs.append({f.name: f.read_bytes() for f in sorted(copy.iterdir())})
    assert outputs[0] == outputs[1]
    footer = manifest["footer"]
    assert isinstance(footer, list)
    for data in outputs[0].values():
        text = data.decode("utf-8")
        assert not any(line in text for line in footer)
        assert "\n\n\n" not in text
    shared = manifest["shared"]
    assert isinstance(shared, str)
    assert sum(shared in data.decode("utf-8") for data in outputs[0].values()) == 2


def test_copies_of_one_text_count_once() -> None:
    """A folder of duplicates (or of one article's lines in another order) has no
    site furniture to find: every line is in every copy."""
    article = "The ferry returned.\n\nSupport the Courier from 3 euros a month."
    rotated = "Support the Courier from 3 euros a month.\n\nThe ferry returned."
    assert quotefix.check_many([article, article, rotated, article]) == [[], [], [], []]


def test_threshold_from_the_configuration_file(
    folder: tuple[Path, dict[str, object]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = folder
    config = tmp_path / "quotefix.toml"
    config.write_text('repeated-lines = "95%"\n', encoding="utf-8")
    _, out = _cli(["check", str(path), "--select", "QF510", "--config", str(config)], capsys)
    assert "QF510" not in out
    config.write_text('repeated-lines = "0.9"\n', encoding="utf-8")
    _, out = _cli(["check", str(path), "--select", "QF510", "--config", str(config)], capsys)
    assert "QF510" in out
