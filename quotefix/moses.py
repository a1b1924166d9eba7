"""sacremoses' tokenizer, imported without the joblib (and numpy) it does not need here.

``sacremoses.util`` imports ``joblib`` at import time for one helper that runs
a function over lines in parallel (``parallelize_preprocess``); joblib in turn
imports numpy when it is installed. quotefix only tokenises short spans, and
those two packages cost some 20 MB of memory, about a fifth of a long text's
budget. So while sacremoses is imported, ``joblib`` names a stand-in whose
``Parallel`` and ``delayed`` import the real joblib when first called: the
tokenizer is sacremoses' own and behaves the same, the parallel helper still
works, and joblib is loaded only if something calls it. The stand-in is
removed from ``sys.modules`` right after, so ``import joblib`` anywhere else
gets the real package.
"""

from __future__ import annotations

import importlib
import sys
import threading
import types
from typing import Any

_LOCK = threading.Lock()


def _joblib() -> Any:
    """The real joblib (imported on first use)."""
    module = sys.modules.get("joblib")
    if module is not None and getattr(module, "_quotefix_stand_in", False):
        del sys.modules["joblib"]  # called while sacremoses is being imported: never here
    return importlib.import_module("joblib")


def _parallel(*args: Any, **kwargs: Any) -> Any:
    return _joblib().Parallel(*args, **kwargs)


def _delayed(function: Any) -> Any:
    return _joblib().delayed(function)


def tokenizer_class() -> Any:
    """``sacremoses.MosesTokenizer``, its package imported with joblib deferred."""
    with _LOCK:
        if "sacremoses" not in sys.modules and "joblib" not in sys.modules:
            stand_in = types.ModuleType("joblib", "joblib, imported when first called")
            stand_in.Parallel = _parallel  # type: ignore[attr-defined]
            stand_in.delayed = _delayed  # type: ignore[attr-defined]
            stand_in._quotefix_stand_in = True  # type: ignore[attr-defined]
            sys.modules["joblib"] = stand_in
            try:
                importlib.import_module("sacremoses")
            finally:
                if sys.modules.get("joblib") is stand_in:
                    del sys.modules["joblib"]
    from sacremoses import MosesTokenizer

    return MosesTokenizer


__all__ = ["tokenizer_class"]
