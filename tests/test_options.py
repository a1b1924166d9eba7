"""Options: one value, one resolver, the same result and the same errors by every route.

The four routes an option takes: keyword arguments of ``check``/``fix``, an
``Options`` value, a configuration file, and the command line.
"""

from __future__ import annotations

import json
import pickle
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import quotefix
from quotefix import Options, config
from quotefix.cli import main
from quotefix.options import FIELDS, SETTINGS

TEXT = (
    "The minister called it ” a disgrace ».\n\n"
    "Il a répondu [aujourd’hui partiellement occupée par les forces ukrainiennes].\n\n"
    "READ ALSO: The war in numbers\n\n"
    "Some 10 000 soldiers were sent ; they arrived at 14h30.\n"
)


@pytest.fixture(autouse=True)
def _fresh_cache() -> Iterator[None]:
    config.clear_cache()
    yield
    config.clear_cache()


def shout(span: str) -> str:
    """A module-level translator: picklable."""
    return span.upper()


# -- the value ---------------------------------------------------------------------


def test_defaults_are_quotefix_defaults() -> None:
    options = Options()
    assert (options.target, options.source, options.select, options.ignore) == (
        "en-US", None, None, ())
    assert (options.unsafe, options.remove_boilerplate, options.translator) == (False, False, None)
    assert options.fragment_languages == ("fr", "de", "es", "it", "pt", "nl")
    assert repr(options) == "Options()"


def test_values_are_resolved_to_one_spelling() -> None:
    options = Options(target="fr", source="de-DE", select="QF1, space-inside-quotes",
                      ignore=["qf101"], languages="fr,de", allowlist=["coup d'état"])
    assert options.target == "fr-FR"
    assert options.style.language == "fr"
    assert options.source == "de"
    assert options.select == ("QF1", "QF203")
    assert options.ignore == ("QF101",)
    assert options.languages == ("fr", "de")
    assert options.allowlist == quotefix.Allowlist(["coup d’état"])
    assert Options(target="en") == Options(target="en-US")
    assert hash(Options(select=["QF1"])) == hash(Options(select="QF1"))


def test_options_are_frozen() -> None:
    options = Options()
    with pytest.raises(AttributeError):
        options.target = "fr-FR"  # type: ignore[misc]


def test_replace_resolves_only_what_changes() -> None:
    base = Options(target="fr-FR", select=["QF2"])
    changed = base.replace(unsafe=True)
    assert changed.unsafe and changed.target == "fr-FR" and changed.select == ("QF2",)
    assert base.replace() is base
    with pytest.raises(quotefix.OptionTypeError, match="unknown option 'targte'"):
        base.replace(targte="de")


@pytest.mark.parametrize("options", [
    Options(),
    Options(target="en-GB@double", source="fr", select=["QF1", "QF4"], ignore=["QF402"],
            languages=["fr"], allowlist=["Le Monde"], unsafe=True, remove_boilerplate=True,
            translator=shout),
    Options(target=quotefix.TargetStyle("xx", ("«", "»"), ("‹", "›"))),
])
def test_options_round_trip_through_pickle(options: Options) -> None:
    copy = pickle.loads(pickle.dumps(options))
    assert copy == options
    assert copy.style == options.style
    assert quotefix.check(TEXT, copy) == quotefix.check(TEXT, options)


def _toml(options: Options) -> str:
    """The configuration file that says what ``options`` say (every field with a key)."""
    lines = []
    for key, (name, setting) in SETTINGS.items():
        value = getattr(options, name)
        if (setting.kind in ("file", "extend") or value == FIELDS[name].default
                or value is None):
            continue
        if isinstance(value, quotefix.Allowlist):
            value = list(value.phrases)
        elif isinstance(value, tuple):
            value = list(value)
        lines.append(f"{key} = {json.dumps(value, ensure_ascii=False)}")
    return "\n".join(lines) + "\n"


def test_options_round_trip_through_the_configuration_file(tmp_path: Path) -> None:
    options = Options(target="fr-FR", source="de", select=["QF1", "QF2", "QF4"],
                      ignore=["QF203"], languages=["de", "es"], allowlist=["Der Spiegel"],
                      unsafe=True, remove_boilerplate=True)
    file = tmp_path / "quotefix.toml"
    file.write_text(_toml(options), encoding="utf-8")
    loaded = config.load_config(file)
    assert loaded is not None
    assert loaded.settings_for(tmp_path / "a.txt", config.Settings()).options == options


def test_every_setting_is_a_configuration_key_and_a_flag(tmp_path: Path) -> None:
    # Adding a field with a Setting is all it takes: the file and the CLI follow.
    from quotefix.cli import _parser

    parser = _parser()
    for key, (_name, setting) in SETTINGS.items():
        for command in setting.commands:
            sub = parser._subparsers._group_actions[0].choices[command]  # type: ignore[union-attr]
            assert f"--{key}" in sub._option_string_actions, (command, key)
        (tmp_path / "quotefix.toml").write_text(f"{key} = 1\n", encoding="utf-8")
        with pytest.raises(quotefix.QuotefixError) as info:  # a known key, of the wrong type
            config.load_config(tmp_path / "quotefix.toml")
        assert not isinstance(info.value, quotefix.ConfigError), key


# -- the same result by every route ------------------------------------------------

ROUTE_OPTIONS: dict[str, Any] = {"target": "en-GB", "select": ["QF1", "QF2", "QF3", "QF4"],
                                 "ignore": ["QF205"], "languages": ["fr"],
                                 "allowlist": ["forces ukrainiennes"]}


def _keywords(text: str, **options: Any) -> list[tuple[str, int, int, str]]:
    return [(f.code, f.line, f.column, f.message) for f in quotefix.check(text, **options)]


def _value(text: str, **options: Any) -> list[tuple[str, int, int, str]]:
    return [(f.code, f.line, f.column, f.message)
            for f in quotefix.check(text, Options(**options))]


def _file(text: str, tmp_path: Path, **options: Any) -> list[tuple[str, int, int, str]]:
    (tmp_path / "pyproject.toml").write_text(
        "[tool.quotefix]\n" + _toml(Options(**options)), encoding="utf-8")
    return _cli(text, tmp_path, [])


def _cli(text: str, tmp_path: Path, argv: list[str]) -> list[tuple[str, int, int, str]]:
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    out = _capture(["check", "--output-format", "json", *argv, str(article)])
    (file,) = json.loads(out)["files"]
    return [(f["code"], f["line"], f["column"], f["message"]) for f in file["findings"]]


def _capture(argv: list[str]) -> str:
    import contextlib
    import io

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        main(argv)
    return buffer.getvalue()


def _flags(options: dict[str, Any]) -> list[str]:
    argv = []
    for key, (name, setting) in SETTINGS.items():
        if name not in options or setting.kind == "file":
            continue
        value = options[name]
        if setting.kind == "flag":
            argv += [f"--{key}"] if value else []
        elif setting.kind == "value":
            argv += [f"--{key}", value]
        elif setting.kind == "list":
            argv += [f"--{key}", ",".join(value)]
        else:
            for item in value:
                argv += [f"--{key}", item]
    return argv


def test_same_findings_by_every_route(tmp_path: Path) -> None:
    expected = _keywords(TEXT, **ROUTE_OPTIONS)
    assert {code for code, *_ in expected} >= {"QF102", "QF303", "QF401"}
    assert "QF401" in {code for code, *_ in _keywords(TEXT)}  # the options do something
    assert _value(TEXT, **ROUTE_OPTIONS) == expected
    (tmp_path / "file").mkdir()
    assert _file(TEXT, tmp_path / "file", **ROUTE_OPTIONS) == expected
    (tmp_path / "cli").mkdir()
    assert _cli(TEXT, tmp_path / "cli", _flags(ROUTE_OPTIONS)) == expected


# -- the same error by every route ----------------------------------------------------

BAD: list[tuple[str, Any, type[quotefix.QuotefixError], str]] = [
    ("target", "xx-YY", quotefix.LocaleError, "unknown target locale 'xx-YY'"),
    ("target", "en-US@fancy", quotefix.LocaleError, "unknown house-style modifier @fancy"),
    ("source", "klingon", quotefix.LocaleError, "unknown source language 'klingon'"),
    ("select", ["QF999"], quotefix.SelectionError, "select: 'QF999' names no rule"),
    ("select", ["QF0"], quotefix.SelectionError, "select: 'QF0' names no rule"),
    ("select", ["QF6"], quotefix.SelectionError, "select: 'QF6' names no rule"),
    ("select", ["E501"], quotefix.SelectionError, "select: 'E501' is not a rule code"),
    ("ignore", ["QF999"], quotefix.SelectionError, "ignore: 'QF999' names no rule"),
    ("languages", ["klingon"], quotefix.LocaleError, "unknown source language 'klingon'"),
    ("languages", ["ru"], quotefix.LocaleError, "no word lists for Russian ('ru')"),
]


@pytest.mark.parametrize(("name", "value", "error", "message"), BAD)
def test_same_error_by_every_route(name: str, value: Any, error: type[Exception], message: str,
                                   tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(error) as by_keyword:
        quotefix.check("text", **{name: value})
    with pytest.raises(error) as by_value:
        Options(**{name: value})
    assert type(by_keyword.value) is type(by_value.value) is error
    assert str(by_keyword.value) == str(by_value.value)
    assert str(by_value.value).startswith(message)
    core = str(by_value.value)

    key = next(key for key, (field, _s) in SETTINGS.items() if field == name)
    file = tmp_path / "quotefix.toml"
    file.write_text(f"{key} = {json.dumps(value)}\n", encoding="utf-8")
    with pytest.raises(error) as by_file:
        config.load_config(file)
    assert type(by_file.value) is error
    assert str(by_file.value) == f"{file}: '{key}': {core}"

    article = tmp_path / "a.txt"
    article.write_text("fine\n", encoding="utf-8")
    assert main(["check", str(article)]) == 2  # the file's error, naming the file, exit 2
    assert capsys.readouterr().err == f"quotefix: {article}: {file}: '{key}': {core}\n"
    file.unlink()
    config.clear_cache()
    flag = value if isinstance(value, str) else ",".join(value)
    assert main(["check", f"--{key}", flag, str(article)]) == 2
    assert capsys.readouterr().err == f"quotefix: {core}\n"


@pytest.mark.parametrize(("name", "value", "message"), [
    ("target", 3, "target must be a locale string such as 'en-US', not int"),
    ("source", ["fr"], "source must be a language code such as 'fr', not list"),
    ("select", [1], "select entries must be strings such as 'QF1' or 'QF101', not int"),
    ("select", 5, "select must be a list of rule codes such as ['QF1'], not int"),
    ("unsafe", "yes", "unsafe must be true or false, not 'yes'"),
    ("remove_boilerplate", 1, "remove_boilerplate must be true or false, not 1"),
    ("translator", "x", "translator must be a callable taking and returning str, not str"),
    ("allowlist", 3, "allowlist must be a list of phrases or the path of a file"),
    ("allowlist", [1], "allowlist entries must be strings, not int"),
    ("languages", 3, "languages must be a list of language codes"),
])
def test_wrong_types_are_type_errors(name: str, value: Any, message: str) -> None:
    for call in (lambda: quotefix.check("text", **{name: value}),
                 lambda: quotefix.fix("text", **{name: value}),
                 lambda: Options(**{name: value})):
        with pytest.raises(quotefix.OptionTypeError) as info:
            call()
        assert isinstance(info.value, TypeError) and isinstance(info.value, quotefix.QuotefixError)
        assert str(info.value).startswith(message)


def test_wrong_types_in_the_configuration_file_name_the_file_and_key(tmp_path: Path) -> None:
    file = tmp_path / "quotefix.toml"
    file.write_text('unsafe-fixes = "yes"\n', encoding="utf-8")
    with pytest.raises(quotefix.OptionTypeError) as info:
        config.load_config(file)
    assert str(info.value) == f"{file}: 'unsafe-fixes' must be true or false, not 'yes'"


def test_options_argument_must_be_an_options_value() -> None:
    with pytest.raises(quotefix.OptionTypeError, match=r"options must be a quotefix\.Options"):
        quotefix.check("text", {"target": "fr-FR"})  # type: ignore[arg-type]


def test_keywords_override_the_options_value() -> None:
    french = Options(target="fr-FR")
    text = "Il a dit «bonjour»."
    assert {f.code for f in quotefix.check(text, french)} == {"QF204"}
    assert "QF201" in {f.code for f in quotefix.check(text, french, target="en-US")}
    assert quotefix.fix(text, french, select=["QF3"]).text == text


def test_a_prefix_that_names_rules_is_accepted() -> None:
    assert Options(select=["QF10"]).select == ("QF10",)
    assert Options(select=["all"]).select == ("QF",)
    assert Options(ignore="QF1,QF2").ignore == ("QF1", "QF2")


def test_unknown_select_fails_in_the_configuration_and_cli(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text("He said ” hi ».\n", encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text('[tool.quotefix]\nselect = ["QF999"]\n',
                                             encoding="utf-8")
    assert main(["check", str(article)]) == 2
    err = capsys.readouterr().err
    assert "'select': select: 'QF999' names no rule" in err and err.count("\n") == 1


def test_a_source_without_word_lists_finds_no_fragments() -> None:
    leftover = "The army advanced [aujourd’hui partiellement occupée par les forces ukrainiennes]."
    assert Options(source="ru").fragment_languages == ()
    assert not [f for f in quotefix.check(leftover, source="ru") if f.code.startswith("QF4")]
    assert [f for f in quotefix.check(leftover, source="fr") if f.code.startswith("QF4")]


def test_every_option_is_documented() -> None:
    docs = Path(__file__).parent.parent / "docs"
    api = (docs / "api.md").read_text(encoding="utf-8")
    configuration = (docs / "configuration.md").read_text(encoding="utf-8")
    cli = (docs / "cli.md").read_text(encoding="utf-8")
    for name, spec in FIELDS.items():
        assert f"| `{name}` |" in api, name
        assert spec.metadata["doc"], name
    for key in SETTINGS:
        assert f"| `{key}` |" in configuration, key
        assert f"`--{key}" in cli, key
