"""The external detectors, imported lazily on the first span that needs them.

Which language a span is in is decided from word frequencies first
(:func:`identify`); langdetect is asked only when none of the span's words
is known to any candidate's list.

- langdetect: a private, seeded ``DetectorFactory`` loaded with only the
  profiles in play; the library's module globals (``DetectorFactory.seed``)
  stay untouched, so results are the same in every process.
- sacremoses: word counts with the source language's tokenisation rules.
"""

from __future__ import annotations

import threading
from array import array
from functools import lru_cache
from typing import Any

from ..package_data import package_folder

_FACTORIES: dict[tuple[str, ...], Any] = {}
_FACTORY_LOCK = threading.Lock()


def _factory(languages: tuple[str, ...]) -> Any:
    """A ``DetectorFactory`` of our own for ``languages``."""
    key = tuple(sorted(languages))
    found = _FACTORIES.get(key)
    if found is not None:
        return found
    with _FACTORY_LOCK:
        found = _FACTORIES.get(key)
        if found is None:
            from langdetect.detector_factory import DetectorFactory

            folder = package_folder("langdetect")
            if folder is None:  # pragma: no cover - langdetect is a dependency
                raise ImportError("langdetect is not installed")
            profiles = folder / "profiles"
            factory = DetectorFactory()
            factory.load_json_profile(
                [(profiles / lang).read_text(encoding="utf-8") for lang in key]
            )
            factory.set_seed(0)
            # Each n-gram's probabilities as one array of doubles, not a list of float
            # objects: 0.8 MB less for the seven profiles, the same values (langdetect
            # only indexes them).
            probabilities = factory.word_lang_prob_map
            for gram, values in probabilities.items():
                probabilities[gram] = array("d", values)
            _FACTORIES[key] = factory
            found = factory
    return found


def identify(text: str, languages: tuple[str, ...]) -> dict[str, float]:
    """The probability of each of ``languages`` for ``text``: from its words' frequencies
    (:func:`~.frequencies.probabilities`), or, when no word is known to any of them,
    from langdetect's character n-grams."""
    from .frequencies import probabilities

    return probabilities(text, languages) or detect(text, languages)


def detect(text: str, languages: tuple[str, ...]) -> dict[str, float]:
    """langdetect's probability for each of ``languages`` (empty when it cannot tell)."""
    from langdetect.lang_detect_exception import LangDetectException

    detector = _factory(languages).create()
    detector.append(text)
    try:
        return {p.lang: p.prob for p in detector.get_probabilities()}
    except LangDetectException:
        return {}


@lru_cache(maxsize=16)
def _moses(lang: str) -> Any:
    from ..moses import tokenizer_class  # sacremoses without joblib and numpy

    return tokenizer_class()(lang=lang)


def word_count(span: str, lang: str) -> int:
    """Count the words of ``span`` the way the source language splits them (``l’école`` is two).

    sacremoses splits on ASCII apostrophes only, so it tokenises a copy with
    ``’`` normalised; the copy has the same length, so token offsets found in
    it are offsets in ``span`` too.
    """
    copy = span.replace("’", "'")
    tokens = _moses(lang).tokenize(copy, escape=False)
    count = 0
    pos = 0
    for token in tokens:
        found = copy.find(token, pos)
        if found < 0:  # sacremoses rewrote it; count it anyway
            count += any(c.isalnum() for c in token)
            continue
        pos = found + len(token)
        count += any(c.isalnum() for c in token)
    return count


__all__ = ["detect", "identify", "word_count"]
