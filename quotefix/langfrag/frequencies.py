"""Word frequencies per language, from the ``wordfreq`` package's word lists.

wordfreq (Apache-2.0 code; its data CC BY-SA 4.0, built from subtitles,
Wikipedia, news, books, web text and social media) ships, for every language
quotefix looks for, a "small" list of the words used at least once per
million words (and a "large" one down to once per 100 million words),
bucketed by frequency. quotefix reads those lists as data: a
word's Zipf value (``log10`` of its frequency per billion words: ``the`` is
7.7, a word used once per million is 3.0) in each language, and the most
frequent English words.

The lists are read lazily, a language at a time (about 10 ms each), straight
from the package's data folder, so that ``import wordfreq`` and its own
imports (ftfy, langcodes: about 0.15 s) are never paid: the file format is
wordfreq's documented ``cBpack`` (a msgpack list: a header, then one list of
words per centibel of frequency, most frequent first). If the files cannot be
found there, wordfreq's own ``get_frequency_dict`` is used.
"""

from __future__ import annotations

import importlib.util
import math
import re
import threading
import zlib
from array import array
from collections.abc import Iterator
from functools import lru_cache
from itertools import accumulate, islice, repeat
from pathlib import Path
from typing import Any

# Reentrant: the rare-English table loads other tables while it holds the lock.
_LOCK = threading.RLock()
_TABLES: dict[tuple[str, str], dict[str, int]] = {}
# Zipf values are kept as hundredths (an int per word, as the lists store them).
SCALE = 100


def _data_folder() -> Path | None:
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "data"
    return folder if folder.is_dir() else None


def _read_cbpack(path: Path) -> Iterator[list[str]]:
    """The buckets of a cBpack file, one at a time: the large English list is about
    300,000 words, and holding it whole (as ``msgpack.unpackb`` would) for the few
    thousand words kept from it would double the peak memory of a check."""
    import gzip

    import msgpack  # a dependency of wordfreq

    with gzip.open(path, "rb") as handle:
        unpacker = msgpack.Unpacker(handle, raw=False)
        size = unpacker.read_array_header()
        header: Any = unpacker.unpack() if size else None
        if (not isinstance(header, dict) or header.get("format") != "cB"
                or header.get("version") != 1):
            raise ValueError(f"{path.name}: not a wordfreq cBpack file of version 1")
        for _ in range(size - 1):
            bucket: list[str] = unpacker.unpack()
            yield bucket


# The list read before a language's own whose words it shares most (Romance with
# Romance, Dutch with German).
_SIBLINGS = {"pt": "es", "it": "es", "es": "pt", "fr": "it", "nl": "de", "de": "nl"}


def _load(lang: str, size: str) -> dict[str, int]:
    folder = _data_folder()
    path = folder / f"{size}_{lang}.msgpack.gz" if folder is not None else None
    if path is not None and path.is_file():
        buckets = _read_cbpack(path)
        # A word the English list or a sibling's list has too is kept as that list's
        # string object: names, loanwords and short words are in most lists, and the
        # sibling languages share many more (54,000 of the 206,000 words of the six
        # lists other than English are in English's or a sibling's); one object each
        # saves 3.3 MB. Only two lists are read for it, to keep each load short.
        same = {word: word for key in (("en", "small"), (_SIBLINGS.get(lang, ""), "small"))
                if (lang, size) != key for word in _TABLES.get(key, ())}
        # Bucket i holds the words of frequency 10 ** (-i / 100): Zipf 9 - i / 100.
        # One int object per bucket, shared by its words (an int over 256 is a new
        # object each time it is computed: 28 bytes a word, 6 MB over the lists).
        found = {
            same.get(word, word): value
            for i, bucket in enumerate(buckets)
            for value in (9 * SCALE - i,)
            for word in bucket
        }
        if lang == "de":
            _add_sharp_s(found)
        return found
    import wordfreq  # pragma: no cover - only when the data files moved

    freqs = wordfreq.get_frequency_dict(lang, size)  # pragma: no cover
    return {  # pragma: no cover
        word: round((math.log10(freq) + 9) * SCALE) for word, freq in freqs.items() if freq > 0
    }


def _add_sharp_s(words: dict[str, int]) -> None:
    """Give German words their spellings with ``ß``.

    wordfreq case-folds the words it lists, and case folding writes ``ß`` as
    ``ss``: the list has ``strasse`` and ``bussgeld`` only, so that ``Straße`` and
    ``Bußgeld`` as German writes them would be unknown words. Each ``ss`` may have
    been an ``ß``; a spelling German never uses (``waßer``) is a key no text looks
    up. About 1,900 words.
    """
    for word, value in list(words.items()):
        at = word.find("ss")
        while at >= 0:
            words.setdefault(word[:at] + "ß" + word[at + 2:], value)
            at = word.find("ss", at + 2)


def table(lang: str, size: str = "small") -> dict[str, int]:
    """Word -> Zipf value in hundredths, for ``lang`` (loaded on first use).

    ``size`` is wordfreq's list: ``small`` (words of Zipf 3 or more, about
    30,000 a language, 10-20 ms to load) or ``large`` (Zipf 1 or more, about
    300,000 words; read for English only, where the rare words matter).
    """
    key = (lang, size)
    found = _TABLES.get(key)
    if found is None:
        with _LOCK:
            found = _TABLES.get(key)
            if found is None:
                found = _TABLES[key] = _load(lang, size)
    return found


# wordfreq's large English list, without its words: each word's CRC-32, filed by its
# high 16 bits (``offsets``), keeps its low 16 bits (``lows``) and its Zipf value in
# hundredths (``values``): 1.5 MB for 320,000 words, where a dict of the words
# would take 30 MB. Two words share a hash about once in 13,000 lookups; then a
# foreign word passes for English (or for a more frequent one), the safe side: it
# is reported less, never more.
_LARGE_ENGLISH: list[tuple[array[int], array[int], array[int]]] = []


def _hash(word: str) -> int:
    return zlib.crc32(word.encode())


def _large_english() -> tuple[array[int], array[int], array[int]]:
    if _LARGE_ENGLISH:
        return _LARGE_ENGLISH[0]
    with _LOCK:
        if not _LARGE_ENGLISH:
            hashes, zipfs = array("I"), array("H")
            folder = _data_folder()
            path = folder / "large_en.msgpack.gz" if folder is not None else None
            if path is not None and path.is_file():
                for i, bucket in enumerate(_read_cbpack(path)):
                    hashes.extend(map(zlib.crc32, map(str.encode, bucket)))  # as _hash
                    zipfs.extend(repeat(9 * SCALE - i, len(bucket)))
            else:  # pragma: no cover - only when the data files moved
                for word, value in _load("en", "large").items():
                    hashes.append(_hash(word))
                    zipfs.append(value)
            counts = array("I", bytes(4 * ((1 << 16) + 1)))
            for value in hashes:
                counts[(value >> 16) + 1] += 1
            offsets = array("I", accumulate(counts))
            lows, values = array("H", bytes(2 * len(hashes))), array("H", bytes(2 * len(hashes)))
            free = array("I", offsets)
            for value, zipf_value in zip(hashes, zipfs, strict=True):
                high = value >> 16
                k = free[high]
                lows[k], values[k] = value & 0xFFFF, zipf_value
                free[high] = k + 1
            _LARGE_ENGLISH.append((offsets, lows, values))
    return _LARGE_ENGLISH[0]


def _large_zipf(word: str) -> int:
    """``word``'s Zipf value in hundredths in wordfreq's large English list, or 0."""
    offsets, lows, values = _large_english()
    value = _hash(word)
    high = value >> 16
    start, stop = offsets[high], offsets[high + 1]
    low = value & 0xFFFF
    filed = lows[start:stop]
    # of two words with one hash, the first filed is the more frequent (the list's order)
    return values[start + filed.index(low)] if low in filed else 0


def english_known(word: str) -> bool:
    """Does wordfreq's large English list (down to once per 100 million words,
    about 320,000 words) have ``word`` (lower case)? It is read on first use, in
    about 0.2 s, when a long word that no frequency list has comes up.

    >>> english_known("sacristy"), english_known("patteggiamento")
    (True, False)
    """
    if "ß" in word:
        word = word.replace("ß", "ss")  # as wordfreq folds it (see _add_sharp_s)
    return word in table("en") or _large_zipf(word) > 0


def english_zipf(word: str, languages: tuple[str, ...]) -> int:
    """A word's Zipf value in English, in hundredths, down to 1.0 for words that one
    of ``languages`` uses at least once per million (0 for the others)."""
    if "ß" in word:
        word = word.replace("ß", "ss")  # as wordfreq folds it (see _add_sharp_s)
    value = table("en").get(word, 0)
    if value:
        return value
    if any(word in table(lang) for lang in languages):
        return _large_zipf(word)
    return 0


def zipf(word: str, lang: str) -> float:
    """The Zipf value of ``word`` (lower case) in ``lang``; 0 for a word under 3.

    >>> zipf("the", "en") > 7 and zipf("arrêté", "fr") > 4
    True
    """
    return table(lang).get(word, 0) / SCALE


@lru_cache(maxsize=4)
def most_frequent(lang: str, count: int) -> tuple[str, ...]:
    """The ``count`` most frequent words of ``lang``, most frequent first."""
    words = table(lang)
    values = iter(words.values())
    previous = next(values, 0)
    for value in values:
        if value > previous:
            break
        previous = value
    else:
        # Read from the lists, the table is in frequency order already: the sort
        # below (stable, so the same order) costs tens of milliseconds at start-up.
        return tuple(islice(words, count))
    ranked = sorted(words.items(), key=lambda item: -item[1])
    return tuple(word for word, _ in ranked[:count])


_LOOKUP_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
#: A word a language's list does not have counts as this rare in it (Zipf 1.0):
#: the lists stop at 3.0, so absence is evidence, but not proof.
FLOOR = 100


def _lookup_words(text: str, tables: list[dict[str, int]]) -> list[str]:
    out: list[str] = []
    for raw in _LOOKUP_WORD.findall(text.lower()):
        word = raw.replace("’", "'")
        if "'" in word and not any(word in t for t in tables):
            out.extend(part for part in word.split("'") if part)
        else:
            out.append(word)
    return out


def probabilities(text: str, languages: tuple[str, ...]) -> dict[str, float]:
    """Which of ``languages`` ``text`` is in, from its words' frequencies.

    A unigram model per language (naive Bayes over wordfreq's frequencies,
    equal priors): each word counts with its frequency in each language, a
    word no list has counts for none. Empty when no word is known to any of
    the languages (then only character n-grams can tell).

    >>> p = probabilities("la réforme des retraites", ("fr", "en", "it"))
    >>> max(p, key=p.__getitem__)
    'fr'
    """
    tables = [table(lang) for lang in languages]
    totals = [0] * len(languages)
    known = False
    for word in _lookup_words(text, tables):
        values = [t.get(word, 0) for t in tables]
        if not any(values):
            continue
        known = True
        for k, value in enumerate(values):
            totals[k] += max(value, FLOOR)
    if not known:
        return {}
    top = max(totals)
    weights = [10 ** ((total - top) / SCALE) for total in totals]
    whole = sum(weights)
    return {lang: weight / whole for lang, weight in zip(languages, weights, strict=True)}


def loaded() -> tuple[tuple[str, str], ...]:
    """The (language, size) lists in memory (for tests of lazy loading)."""
    return tuple(sorted(_TABLES))


__all__ = [
    "FLOOR", "SCALE", "english_known", "english_zipf", "loaded", "most_frequent", "probabilities",
    "table", "zipf",
]
