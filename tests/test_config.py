"""Configuration files: discovery, precedence, per-path overrides and errors."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import quotefix
from quotefix import config
from quotefix.cli import main

FRENCH = "Il a dit «\u202fbonjour\u202f».\n"


@pytest.fixture(autouse=True)
def _fresh_cache() -> Iterator[None]:
    config.clear_cache()
    yield
    config.clear_cache()


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_pyproject_is_found_walking_up(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write(tmp_path / "pyproject.toml", '[tool.quotefix]\ntarget = "fr-FR"\n')
    article = _write(tmp_path / "a" / "b" / "fr.txt", FRENCH)
    assert main(["check", str(article)]) == 0


def test_pyproject_without_table_is_passed_over(tmp_path: Path) -> None:
    _write(tmp_path / "pyproject.toml", '[tool.quotefix]\ntarget = "fr-FR"\n')
    _write(tmp_path / "a" / "pyproject.toml", '[project]\nname = "x"\n')
    article = _write(tmp_path / "a" / "fr.txt", FRENCH)
    assert main(["check", str(article)]) == 0


def test_quotefix_toml_wins_in_its_folder(tmp_path: Path) -> None:
    _write(tmp_path / "pyproject.toml", '[tool.quotefix]\ntarget = "fr-FR"\n')
    _write(tmp_path / "quotefix.toml", 'target = "en-US"\n')
    article = _write(tmp_path / "fr.txt", FRENCH)
    assert main(["check", str(article)]) == 1


def test_cli_overrides_file(tmp_path: Path) -> None:
    _write(tmp_path / "quotefix.toml", 'target = "fr-FR"\n')
    article = _write(tmp_path / "fr.txt", FRENCH)
    assert main(["check", str(article)]) == 0
    assert main(["check", "--target", "en-US", str(article)]) == 1


def test_per_path_overrides(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                            capsys: pytest.CaptureFixture[str]) -> None:
    _write(tmp_path / "pyproject.toml", """
[tool.quotefix]
ignore = ["QF5"]

[[tool.quotefix.overrides]]
paths = ["fr/**"]
target = "fr-FR"
""")
    _write(tmp_path / "fr" / "2024" / "a.txt", FRENCH)
    _write(tmp_path / "en" / "a.txt", FRENCH)
    monkeypatch.chdir(tmp_path)
    assert main(["check", "."]) == 1
    out = capsys.readouterr().out
    assert "en/a.txt:" in out and "fr/" not in out


def test_include_and_exclude_from_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    _write(tmp_path / "quotefix.toml", 'include = ["*.text"]\nexclude = ["old"]\n')
    _write(tmp_path / "a.text", "He said ” hi ».\n")
    _write(tmp_path / "b.txt", "He said ” hi ».\n")
    _write(tmp_path / "old" / "c.text", "He said ” hi ».\n")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "."]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert {line.split(":")[0] for line in lines if ":" in line} == {"a.text"}  # not the summary


def test_explicit_config_file(tmp_path: Path) -> None:
    settings = _write(tmp_path / "conf" / "house.toml", 'target = "fr-FR"\n')
    article = _write(tmp_path / "fr.txt", FRENCH)
    assert main(["check", str(article)]) == 1
    assert main(["check", "--config", str(settings), str(article)]) == 0


@pytest.mark.parametrize(("content", "message"), [
    ('[tool.quotefix]\ntargets = "fr"\n', "[tool.quotefix]: unknown key 'targets'"),
    ('[tool.quotefix]\ntarget = "xx"\n', "[tool.quotefix]: 'target': unknown target locale 'xx'"),
    ('[tool.quotefix]\nselect = ["QX1"]\n', "[tool.quotefix]: 'select': select: 'QX1'"),
    ('[tool.quotefix]\nunsafe-fixes = "yes"\n',
     "[tool.quotefix]: 'unsafe-fixes' must be true or false, not 'yes'"),
    ('[tool.quotefix]\ninclude = [1]\n', "'include' must be a list of strings"),
    ('[[tool.quotefix.overrides]]\ntarget = "fr"\n',
     "[tool.quotefix] overrides #1: 'paths' is required"),
    ('[[tool.quotefix.overrides]]\npaths = ["x"]\ninclude = ["*.md"]\n',
     "overrides #1: unknown key 'include'"),
    ("[tool.quotefix\n", "invalid TOML"),
])
def test_bad_configuration_names_key_and_file(tmp_path: Path, content: str, message: str,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    pyproject = _write(tmp_path / "pyproject.toml", content)
    article = _write(tmp_path / "a.txt", "fine\n")
    assert main(["check", str(article)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"quotefix: {article}: {pyproject}")
    assert message in err
    assert err.count("\n") == 1


def test_bad_explicit_config(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--config", str(tmp_path / "none.toml"), "."]) == 2
    assert capsys.readouterr().err == (
        f"quotefix: {tmp_path / 'none.toml'}: No such file or directory\n")
    empty = _write(tmp_path / "pyproject.toml", "[project]\n")
    assert main(["check", "--config", str(empty), "."]) == 2
    assert capsys.readouterr().err == f"quotefix: {empty}: no [tool.quotefix] table\n"


def test_settings_defaults_and_engine_options() -> None:
    settings = config.Settings()
    assert settings.options == quotefix.Options()
    assert (settings.options.target, settings.options.source, settings.options.select,
            settings.options.ignore) == ("en-US", None, None, ())
    loud = config.Settings(options=quotefix.Options(unsafe=True, remove_boilerplate=True))
    assert loud.options.unsafe is loud.options.remove_boilerplate is True


LEFTOVER = "The army advanced [aujourd’hui partiellement occupée par les forces ukrainiennes].\n"
ASIDE = "aujourd’hui partiellement occupée par les forces ukrainiennes"


def test_languages_and_allowlist_keys(tmp_path: Path) -> None:
    article = _write(tmp_path / "a.txt", LEFTOVER)
    assert main(["check", "--select", "QF4", str(article)]) == 1
    _write(tmp_path / "quotefix.toml", 'languages = ["de", "es"]\n')
    config.clear_cache()  # the run before cached "no configuration here"
    assert main(["check", "--select", "QF4", str(article)]) == 0
    _write(tmp_path / "quotefix.toml", f'allowlist = ["{ASIDE}"]\n')
    config.clear_cache()
    assert main(["check", "--select", "QF4", str(article)]) == 0


def test_allowlist_file_is_relative_to_the_config(tmp_path: Path) -> None:
    _write(tmp_path / "house" / "words.txt", f"# house vocabulary\n{ASIDE}\n")
    _write(tmp_path / "pyproject.toml", '[tool.quotefix]\nallowlist-file = "house/words.txt"\n')
    article = _write(tmp_path / "news" / "a.txt", LEFTOVER)
    assert main(["check", "--select", "QF4", str(article)]) == 0


def test_cli_languages_and_allowlist(tmp_path: Path) -> None:
    article = _write(tmp_path / "a.txt", LEFTOVER)
    assert main(["check", "--select", "QF4", "--languages", "de,es", str(article)]) == 0
    assert main(["check", "--select", "QF4", "--allowlist", ASIDE, str(article)]) == 0
    words = _write(tmp_path / "words.txt", ASIDE + "\n")
    assert main(["check", "--select", "QF4", "--allowlist-file", str(words), str(article)]) == 0


@pytest.mark.parametrize(("toml", "message"), [
    ('languages = ["klingon"]\n', "'languages': unknown source language 'klingon'"),
    ("languages = 3\n", "'languages' must be a list of strings"),
    ('allowlist-file = "missing.txt"\n', "'allowlist-file':"),
    ("allowlist-file = 1\n", "'allowlist-file' must be a path"),
])
def test_bad_fragment_settings(tmp_path: Path, capsys: pytest.CaptureFixture[str], toml: str,
                               message: str) -> None:
    _write(tmp_path / "quotefix.toml", toml)
    article = _write(tmp_path / "a.txt", LEFTOVER)
    assert main(["check", str(article)]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1


def test_missing_allowlist_file_on_the_command_line(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    article = _write(tmp_path / "a.txt", LEFTOVER)
    assert main(["check", "--allowlist-file", str(tmp_path / "nope.txt"), str(article)]) == 2
    assert capsys.readouterr().err.startswith("quotefix: ")


def test_documented_full_example_loads(tmp_path: Path) -> None:
    page = (Path(__file__).parent.parent / "docs" / "configuration.md").read_text(encoding="utf-8")
    example = page.split("```toml\n", 1)[1].split("```", 1)[0]
    _write(tmp_path / "house-words.txt", "Le Parisien\n")
    loaded = config.load_config(_write(tmp_path / "pyproject.toml", example))
    assert loaded is not None
    options = loaded.settings_for(tmp_path / "fr" / "a.txt", config.Settings()).options
    assert options.target == "fr-FR"
    assert options.languages == ("fr", "de")
    phrases = options.allowlist.phrases  # type: ignore[union-attr]
    assert "Le Parisien" in phrases and "fait divers" in phrases


# -- hardening: every configuration error is one line naming the file, exit 2 ------------


@pytest.mark.parametrize(("name", "content", "message"), [
    ("pyproject.toml", b"tool = 1\n", "'tool' must be a table ([tool.quotefix]), not 1"),
    ("pyproject.toml", b"[tool]\nquotefix = 3\n", "[tool.quotefix] must be a table"),
    ("quotefix.toml", b'target = "fr-FR" # caf\xe9\n', "not valid UTF-8 (byte 22)"),
    ("quotefix.toml", b"target = \n", "invalid TOML: "),
])
def test_broken_files_are_one_line_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                          name: str, content: bytes, message: str) -> None:
    file = tmp_path / name
    file.write_bytes(content)
    article = _write(tmp_path / "a.txt", "fine\n")
    assert main(["check", str(article)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"quotefix: {article}: {file}: {message}")
    assert err.count("\n") == 1
    assert main(["check", "--config", str(file), str(article)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"quotefix: {file}: {message}") and err.count("\n") == 1


def test_discovery_in_a_very_deep_folder(tmp_path: Path) -> None:
    # Walking up from 1,100 folders deep must not recurse.
    _write(tmp_path / "quotefix.toml", 'target = "fr-FR"\n')
    levels = [tmp_path]
    for _ in range(1100):
        levels.append(levels[-1] / "d")
        levels[-1].mkdir()  # one level at a time: mkdir(parents=True) would recurse itself
    try:
        found = config.discover(levels[-1] / "a.txt")
        assert found is not None and found.path == tmp_path / "quotefix.toml"
    finally:
        for folder in reversed(levels[1:]):  # shutil.rmtree would recurse too deep
            folder.rmdir()


def test_an_allowlist_file_is_read_once_per_run(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    words = _write(tmp_path / "house" / "words.txt", f"{ASIDE}\n")
    _write(tmp_path / "pyproject.toml", '[tool.quotefix]\nallowlist-file = "house/words.txt"\n')
    for folder in ("a", "b", "c"):
        for number in range(3):
            _write(tmp_path / "news" / folder / f"{number}.txt", LEFTOVER)
    reads: list[Path] = []
    real = config.load_allowlist

    def counting(path: Path) -> list[str]:
        reads.append(Path(path))
        return real(path)

    monkeypatch.setattr(config, "load_allowlist", counting)
    assert main(["check", "--select", "QF4", str(tmp_path / "news")]) == 0
    assert reads == [words]
