"""What a check loads, in a fresh process: only what the text needs.

A command-line check of one short clean file must start fast, so langdetect's
profiles, sacremoses and the larger frequency lists load only when a span
needs them.
"""

from __future__ import annotations

import json
import subprocess
import sys

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


def test_a_french_sentence_is_named_without_langdetect() -> None:
    text = ("The council met on Tuesday. Le conseil municipal a voté le budget pour l’année"
            " prochaine. The vote was close.")
    loaded = _loaded(text)
    assert "langdetect" not in loaded["modules"]
    assert "wordfreq" not in loaded["modules"]  # its data files are read, not the package
