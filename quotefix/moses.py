"""sacremoses' tokenizer, imported without the modules it does not need here.

``sacremoses.util`` imports three modules at import time for helpers that the
tokenizer never calls:

- ``joblib`` (and with it numpy, when installed), for one helper that runs a
  function over lines in parallel (``parallelize_preprocess``): some 20 MB;
- ``tqdm``, for that helper's progress bar: 2 MB;
- ``xml.sax.saxutils`` (and with it ``urllib.request``, ``http.client``,
  ``ssl`` and ``email``), for ``escape`` and ``unescape``, which the
  tokenizer calls only when asked to escape XML (quotefix never asks): 2.5 MB.

quotefix only tokenises short spans, and a long text's check has a memory
budget (100 MB for 10 MB of text), so while sacremoses is imported each of
those names a stand-in whose functions import the real module when first
called: the tokenizer is sacremoses' own and behaves the same, the helpers
still work, and each module is loaded only if something calls it. The
stand-ins are removed from ``sys.modules`` right after, so ``import joblib``
(or ``tqdm``, or ``xml.sax.saxutils``) anywhere else gets the real module; any
other name read from a stand-in meanwhile reads the real module's.
"""

from __future__ import annotations

import importlib
import sys
import threading
import types
from collections.abc import Callable
from typing import Any

_LOCK = threading.Lock()
#: The modules deferred, and the names ``sacremoses.util`` imports from each.
DEFERRED: dict[str, tuple[str, ...]] = {
    "joblib": ("Parallel", "delayed"),
    "tqdm": ("tqdm",),
    "xml.sax.saxutils": ("escape", "unescape"),
}


def _real(module: str) -> Any:
    """The real ``module`` (imported on first use)."""
    found = sys.modules.get(module)
    if found is not None and getattr(found, "_quotefix_stand_in", False):
        del sys.modules[module]  # called while sacremoses is being imported
    return importlib.import_module(module)


def _forward(module: str, name: str) -> Callable[..., Any]:
    """``module.name``, the module imported when it is first called."""

    def call(*args: Any, **kwargs: Any) -> Any:
        return getattr(_real(module), name)(*args, **kwargs)

    call.__name__ = name
    return call


def _real_attribute(module: str, name: str) -> Any:
    """A name the stand-in lacks (PEP 562), read from the real module; not a dunder,
    which the import system asks of every module (``__path__`` in ``from tqdm import
    tqdm``) and which would import the real module at once."""
    if name.startswith("__"):
        raise AttributeError(name)
    return getattr(_real(module), name)


def _stand_in(module: str, names: tuple[str, ...]) -> types.ModuleType:
    stand_in = types.ModuleType(module, f"{module}, imported when first called")
    for name in names:
        setattr(stand_in, name, _forward(module, name))
    # A module's own ``__getattr__`` (PEP 562) answers for the names it lacks.
    stand_in.__dict__["__getattr__"] = lambda name: _real_attribute(module, name)
    stand_in.__dict__["_quotefix_stand_in"] = True
    return stand_in


def tokenizer_class() -> Any:
    """``sacremoses.MosesTokenizer``, its package imported with :data:`DEFERRED` deferred."""
    with _LOCK:
        if "sacremoses" not in sys.modules:
            placed: dict[str, types.ModuleType] = {}
            for module, names in DEFERRED.items():
                if module not in sys.modules:
                    placed[module] = sys.modules[module] = _stand_in(module, names)
            try:
                importlib.import_module("sacremoses")
            finally:
                for module, stand_in in placed.items():
                    if sys.modules.get(module) is stand_in:
                        del sys.modules[module]
    from sacremoses import MosesTokenizer

    return MosesTokenizer


__all__ = ["DEFERRED", "tokenizer_class"]
