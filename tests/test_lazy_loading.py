"""What a check loads, in a fresh process: only what the text needs.

A command-line check of one short clean file must start fast, so langdetect's
profiles, sacremoses and the larger frequency lists load only when a span
needs them.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

PROBE = """
import json, sys, quotefix
from quotefix.langfrag import frequencies
quotefix.check(sys.argv[1])
print(json.dumps({"modules": sorted(m for m in ("langdetect", "sacremoses", "wordfreq")
                                    if m in sys.modules),
                  "lists": [list(k) for k in frequencies.loaded()]}))
"""


def _loaded(text: str) -> dict[str, list[object]]:
    done = subprocess.run([sys.executable, "-c", PROBE, text], capture_output=True, text=True,
                          check=True)
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def test_clean_english_loads_no_detector() -> None:
    loaded = _loaded("The council met on Tuesday and approved the new harbour plan.")
    assert loaded["modules"] == []
    assert loaded["lists"] == [["en", "small"]]


def test_a_name_in_clean_copy_loads_no_other_language() -> None:
    loaded = _loaded("The council of Porthaven approved the plan of Mayor Keswardine.")
    assert loaded["modules"] == []
    assert loaded["lists"] in ([], [["en", "small"]])  # English's own list at most


def test_a_french_sentence_is_named_without_langdetect() -> None:
    text = ("The council met on Tuesday. Le conseil municipal a voté le budget pour l’année"
            " prochaine. The vote was close.")
    loaded = _loaded(text)
    assert "langdetect" not in loaded["modules"]
    assert "wordfreq" not in loaded["modules"]  # its data files are read, not the package


def test_a_plain_file_does_not_import_the_markdown_and_html_readers(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("The council met on Tuesday.\n", encoding="utf-8")
    probe = ("import sys\nfrom quotefix.cli import main\ncode = main(['check', sys.argv[1]])\n"
             "print(sorted(m for m in sys.modules if m in ('quotefix.formats.markdown',"
             " 'quotefix.formats.html')), code)")
    done = subprocess.run([sys.executable, "-c", probe, str(article)], capture_output=True,
                          text=True, check=True)
    assert done.stdout.splitlines()[-1] == "[] 0"
    page = tmp_path / "page.html"
    page.write_text("<p>He said “yes”.</p>\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", probe, str(page)], capture_output=True,
                          text=True, check=True)
    assert done.stdout.splitlines()[-1] == "['quotefix.formats.html'] 0"


def test_a_check_with_every_family_loads_no_openssl_and_no_archive_modules() -> None:
    # hashlib loads OpenSSL (3.4 MB resident) and importlib.resources loads tempfile,
    # shutil, bz2 and lzma: none of them is needed to read an article and report on it.
    # (The command line finds the terminal's width without shutil too: see below.)
    text = "The prefect signed an arrêté (décret) on Monday.\nREAD ALSO: Storms hit the coast\n"
    unwanted = ("_hashlib", "hashlib", "tempfile", "shutil", "bz2", "lzma", "importlib.resources")
    probe = ("import sys, quotefix\nfound = quotefix.check(sys.argv[1], source='fr')\n"
             f"print(sorted(m for m in sys.modules if m in {unwanted!r}),"
             " sorted({f.code[:3] for f in found}))")
    done = subprocess.run([sys.executable, "-c", probe, text], capture_output=True,
                          text=True, check=True)
    assert done.stdout.splitlines()[-1] == "[] ['QF4', 'QF5']"


def test_the_command_line_imports_no_shutil_and_no_toml_reader_without_a_config(
        tmp_path: Path) -> None:
    # argparse asks shutil for the terminal's width (shutil imports bz2 and lzma), and
    # the TOML reader is needed only where a config file is found.
    article = tmp_path / "article.txt"
    article.write_text("The council met on Tuesday.\n", encoding="utf-8")
    unwanted = ("shutil", "bz2", "lzma", "tomllib", "tomli")
    probe = ("import sys\nfrom quotefix.cli import main\ncode = main(['check', sys.argv[1]])\n"
             f"print(sorted(m for m in sys.modules if m in {unwanted!r}), code)")
    done = subprocess.run([sys.executable, "-c", probe, str(article)], capture_output=True,
                          text=True, check=True, cwd=tmp_path)
    assert done.stdout.splitlines()[-1] == "[] 0"
    (tmp_path / "quotefix.toml").write_text('select = ["QF1"]\n', encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", probe, str(article)], capture_output=True,
                          text=True, check=True, cwd=tmp_path)
    reader = "tomllib" if sys.version_info >= (3, 11) else "tomli"
    assert done.stdout.splitlines()[-1] == f"['{reader}'] 0"
