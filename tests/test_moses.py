"""sacremoses' tokenizer is imported without joblib, numpy, tqdm and xml.sax.saxutils, and
works as sacremoses' own."""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import sys
    from quotefix.moses import tokenizer_class

    tokenizer = tokenizer_class()(lang="fr")
    spans = ["l'école est fermée, dit-il.", "Le 1er mai à 14h30 (Paris)", "aujourd'hui M. Dupont"]
    ours = [tokenizer.tokenize(span, escape=False) for span in spans]
    deferred = ("joblib", "numpy", "tqdm", "xml.sax.saxutils", "urllib.request", "ssl")
    assert not any(m in sys.modules for m in deferred), sorted(sys.modules)

    import sacremoses.util
    # The helpers still reach the real modules, each imported when first called.
    assert sacremoses.util.Parallel(n_jobs=1)(
        sacremoses.util.delayed(abs)(n) for n in (-1, -2)) == [1, 2]
    assert list(sacremoses.util.tqdm(["a", "b"], disable=True)) == ["a", "b"]
    assert sacremoses.util.escape("<a & b>") == "&lt;a &amp; b&gt;"
    assert sacremoses.util.unescape("&lt;p&gt;") == "<p>"
    assert tokenizer.tokenize("a <b>", escape=True) == ["a", "&lt;", "b", "&gt;"]
    import joblib
    import tqdm
    import xml.sax.saxutils
    assert hasattr(joblib, "Memory"), "import joblib must give the real package"
    assert hasattr(tqdm, "trange"), "import tqdm must give the real package"
    assert hasattr(xml.sax.saxutils, "XMLGenerator"), "the real xml.sax.saxutils"
    print(repr(ours))
    """
)
# sacremoses imported as it comes, joblib first.
PLAIN = textwrap.dedent(
    """
    import joblib
    from sacremoses import MosesTokenizer

    tokenizer = MosesTokenizer(lang="fr")
    spans = ["l'école est fermée, dit-il.", "Le 1er mai à 14h30 (Paris)", "aujourd'hui M. Dupont"]
    print(repr([tokenizer.tokenize(span, escape=False) for span in spans]))
    """
)


def _run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_tokenizer_without_joblib_tokenises_as_sacremoses() -> None:
    assert _run(SCRIPT) == _run(PLAIN)
