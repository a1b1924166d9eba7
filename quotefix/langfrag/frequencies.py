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

import math
import re
import threading
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from itertools import accumulate, islice, repeat
from operator import and_, or_
from pathlib import Path
from typing import Any

from ..package_data import package_folder

# Reentrant: the rare-English table loads other tables while it holds the lock.
_LOCK = threading.RLock()
_TABLES: dict[tuple[str, str], WordTable] = {}
# Zipf values are kept as hundredths (an int per word, as the lists store them).
SCALE = 100


def _data_folder() -> Path | None:
    package = package_folder("wordfreq")
    folder = package / "data" if package is not None else None
    return folder if folder is not None and folder.is_dir() else None


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


# The table keeps 43 bits of a word's hash above the number of its bucket (wordfreq's
# lists have 901 at most: Zipf 9.00 down to 0.00): 53 bits, which a float holds
# exactly, and CPython sorts a list of floats about three times as fast as one of
# large ints (a table is sorted each time it is read).
_BUCKET_BITS = 10
_BUCKET_MASK = (1 << _BUCKET_BITS) - 1
_KEY_BITS = 43
_KEY_MASK = ((1 << _KEY_BITS) - 1) << _BUCKET_BITS
# An index of where each of the 4,096 values of a key's top 12 bits starts narrows the
# binary search to a few entries.
_INDEX_SHIFT = _BUCKET_BITS + _KEY_BITS - 12
_TOP = 9 * SCALE  # bucket i holds the words of frequency 10 ** (-i / 100): Zipf 9 - i / 100


class WordTable:
    """One language's list as word -> Zipf value in hundredths, without its words.

    Each word is kept as one number in a sorted array: its hash (Python's own, the
    one a dict would use, 43 of its bits) above its bucket's number. 8 bytes a
    word, where a dict of the 235,000 words of the seven lists took 19 MB (a string
    object and a dict slot each) and was the largest part of a check's memory. A
    lookup is a binary search, about 0.4 µs where a dict's takes 0.02 µs (a check
    looks up about 55,000 words a MB: QF4xx takes about 5% more time); a load sorts
    the hashes, about 10 ms a list. Two words share a key about once in 10**8
    lookups; then the more frequent one's value is read. Python salts string hashes
    per process, so a table is never sent to another process as it is: it is read
    again there.
    """

    __slots__ = ("_index", "_packed", "lang", "size")

    def __init__(self, lang: str, size: str, packed: array[float]) -> None:
        self.lang, self.size, self._packed = lang, size, packed
        self._index = array("I", (bisect_left(packed, float(top << _INDEX_SHIFT))
                                  for top in range((1 << 12) + 1)))

    @classmethod
    def from_buckets(cls, lang: str, size: str, buckets: Iterator[list[str]],
                     extra: Any = None) -> WordTable:
        """Built from wordfreq's buckets, most frequent first; ``extra`` maps a bucket
        to more spellings of its words (read with the same value)."""
        packed: list[float] = []
        for i, bucket in enumerate(buckets):
            if i > _BUCKET_MASK:
                break  # rarer than any list quotefix reads goes down to
            words = bucket + extra(bucket) if extra is not None else bucket
            packed.extend(map(float, map(or_, map(and_, map(hash, words), repeat(_KEY_MASK)),
                                         repeat(i))))
        # One sort (in C) orders the keys and, among equal keys, puts the more frequent
        # word first, where ``get``'s binary search lands.
        packed.sort()
        return cls(lang, size, array("d", packed))

    def get(self, word: str, default: int = 0) -> int:
        key = hash(word) & _KEY_MASK
        top = key >> _INDEX_SHIFT
        index, packed = self._index, self._packed
        end = index[top + 1]
        at = bisect_left(packed, float(key), index[top], end)
        if at < end:
            found = int(packed[at])
            if found & _KEY_MASK == key:
                return _TOP - (found & _BUCKET_MASK)
        return default

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.get(word, 0) > 0

    def __len__(self) -> int:
        return len(self._packed)

    def __reduce__(self) -> tuple[Any, tuple[str, str]]:
        return table, (self.lang, self.size)


class WordSet:
    """A set of words kept as their hashes, sorted: ``word in words`` without the words.

    8 bytes a word: the 28,000 common English words as a frozenset took 2.6 MB (a
    string object and a slot each), a part of a long check's peak. A lookup is a
    binary search (about 0.4 µs where a frozenset's takes 0.03 µs; QF4xx looks up
    about 80,000 words a MB, some 2% of its time). The hashes are kept as floats (53 of
    their 64 bits), which CPython sorts about three times as fast as large ints: the
    set is built on every run's first check. Two words share a key about once in
    10**12 lookups. Python salts string hashes per process, so a set is never
    sent to another process as it is: ``rebuild(*args)`` makes it again there.
    """

    __slots__ = ("_args", "_hashes", "_rebuild")

    def __init__(self, words: Iterable[str], rebuild: Callable[..., WordSet],
                 args: tuple[Any, ...]) -> None:
        self._hashes = array("d", sorted(map(float, map(hash, words))))
        self._rebuild, self._args = rebuild, args

    def __contains__(self, word: object) -> bool:
        hashes = self._hashes
        key = float(hash(word))
        at = bisect_left(hashes, key)
        return at < len(hashes) and hashes[at] == key

    def __len__(self) -> int:
        return len(self._hashes)

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return self._rebuild, self._args


def _load(lang: str, size: str) -> WordTable:
    folder = _data_folder()
    path = folder / f"{size}_{lang}.msgpack.gz" if folder is not None else None
    extra = _sharp_s if lang == "de" else None
    if path is not None and path.is_file():
        return WordTable.from_buckets(lang, size, _read_cbpack(path), extra)
    import wordfreq  # pragma: no cover - only when the data files moved

    freqs = wordfreq.get_frequency_dict(lang, size)  # pragma: no cover
    by_value: dict[int, list[str]] = {}  # pragma: no cover
    for word, freq in freqs.items():  # pragma: no cover
        if freq > 0:
            by_value.setdefault(round((math.log10(freq) + 9) * SCALE), []).append(word)
    top = 9 * SCALE  # pragma: no cover
    return WordTable.from_buckets(  # pragma: no cover
        lang, size, (by_value.get(top - i, []) for i in range(top + 1)), extra)


def _sharp_s(words: list[str]) -> list[str]:
    """German words' spellings with ``ß``.

    wordfreq case-folds the words it lists, and case folding writes ``ß`` as
    ``ss``: the list has ``strasse`` and ``bussgeld`` only, so that ``Straße`` and
    ``Bußgeld`` as German writes them would be unknown words. Each ``ss`` may have
    been an ``ß``; a spelling German never uses (``waßer``) is a key no text looks
    up. About 1,900 words.
    """
    spellings = []
    for word in words:
        at = word.find("ss")
        while at >= 0:
            spellings.append(word[:at] + "ß" + word[at + 2:])
            at = word.find("ss", at + 2)
    return spellings


def table(lang: str, size: str = "small") -> WordTable:
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
                import wordfreq

                for word, freq in wordfreq.get_frequency_dict("en", "large").items():
                    if freq > 0:
                        hashes.append(_hash(word))
                        zipfs.append(round((math.log10(freq) + 9) * SCALE))
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


def most_frequent(lang: str, count: int) -> tuple[str, ...]:
    """The ``count`` most frequent words of ``lang``, most frequent first (read from
    the list again on each call: the table keeps no words)."""
    folder = _data_folder()
    path = folder / f"small_{lang}.msgpack.gz" if folder is not None else None
    if path is not None and path.is_file():
        return tuple(islice((word for bucket in _read_cbpack(path) for word in bucket), count))
    import wordfreq  # pragma: no cover - only when the data files moved

    return tuple(wordfreq.top_n_list(lang, count, wordlist="small"))  # pragma: no cover


_LOOKUP_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
#: A word a language's list does not have counts as this rare in it (Zipf 1.0):
#: the lists stop at 3.0, so absence is evidence, but not proof.
FLOOR = 100


def _lookup_words(text: str, tables: list[WordTable]) -> list[str]:
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
    "FLOOR", "SCALE", "WordSet", "WordTable", "english_known", "english_zipf", "loaded",
    "most_frequent", "probabilities", "table", "zipf",
]
