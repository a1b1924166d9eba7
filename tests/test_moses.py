"""sacremoses' tokenizer is imported without joblib and numpy, and works as sacremoses' own."""

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
    assert "joblib" not in sys.modules and "numpy" not in sys.modules, sorted(sys.modules)

    import sacremoses.util
    # The parallel helper still reaches the real joblib, imported when first called.
    assert sacremoses.util.Parallel(n_jobs=1)(
        sacremoses.util.delayed(abs)(n) for n in (-1, -2)) == [1, 2]
    import joblib
    assert hasattr(joblib, "Memory"), "import joblib must give the real package"
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
