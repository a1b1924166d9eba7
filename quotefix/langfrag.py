"""Leftover source-language text: find untranslated fragments in a translated article.

The only module that imports ``langdetect`` and ``sacremoses``, both lazily, on
the first span that needs them. Public API:

- :func:`fragments` returns :class:`Fragment` records (start, end, language,
  confidence, kind, words) with offsets into the caller's text;
- :func:`candidate_languages` says which languages are looked for;
- :func:`load_allowlist` reads an allowlist file.

How it works, cheapest step first:

1. A first pass, line by line, splits words with one fast pattern and looks
   them up in a word set: function words of the candidate languages that
   are not words of the target (``les``, ``und``, ``het``), plus elisions
   (``l’armée``, ``qu’il``, ``dell’``) and lower-case words with the source
   languages' diacritics. A line is read further only with two distinct
   pieces of evidence, or one inside brackets or quotes.
2. On a line with markers, words are split into runs at the target's own
   function words (``the``, ``of``, ``which``…), at sentence ends, brackets,
   parentheses and quotation marks. Names (capitalised words inside a
   sentence), allowlisted phrases (loanwords, titles, institutions, places)
   and numbers are masked: they neither count for nor against a language.
3. A run is a candidate when enough of its words are markers. Dense markers
   decide alone; otherwise ``langdetect`` (a private detector loaded with the
   target and the candidate languages only, seeded with ``set_seed(0)``) is
   run with names masked, and the marker votes and the detector's
   probability are combined into the language and a confidence.
4. Runs cut only at commas are judged together when they fill brackets,
   quotes or a sentence; accepted runs next to each other merge; the result is labelled ``aside``
   (the whole content of brackets or parentheses), ``quote`` (the whole
   content of a quotation), ``sentence`` (a whole sentence) or ``clause``.
   A foreign phrase quoted on purpose next to its English gloss
   (``“en même temps” (“at the same time”)``, ``the so-called “gilets
   jaunes”``) is left alone.

Words glued across a heading boundary (``FrenchLa``, ``engagéeDans``) are
found separately, as kind ``glued``.

Spans start at the first word and end at the last word or number: brackets,
quotation marks and the full stop around a fragment are not part of it.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import regex

__all__ = [
    "DEFAULT_SOURCES",
    "SUPPORTED",
    "Fragment",
    "candidate_languages",
    "fragments",
    "load_allowlist",
]

#: Languages quotefix has word lists and detector profiles for.
SUPPORTED = ("en", "fr", "de", "es", "it", "pt", "nl")
#: Source languages looked for by default (English too when the target is not English).
DEFAULT_SOURCES = ("fr", "de", "es", "it", "pt", "nl")

LANGUAGE_NAMES = {
    "en": "English",
    "fr": "French",
    "de": "German",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
}


@dataclass(frozen=True, slots=True)
class Fragment:
    """One untranslated span: ``text[start:end]`` is in ``language``.

    ``kind`` is ``aside`` (brackets or parentheses), ``quote``, ``sentence``,
    ``clause`` or ``glued`` (a word glued to its neighbour); ``confidence`` is
    between 0 and 1; ``words`` counts the span's words (source-language
    tokenisation).
    """

    start: int
    end: int
    language: str
    confidence: float
    kind: str
    words: int

    @property
    def language_name(self) -> str:
        return LANGUAGE_NAMES.get(self.language, self.language)


# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------


def _data_text(name: str) -> str:
    return resources.files("quotefix").joinpath("data").joinpath(name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _word_lists() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    words: dict[str, set[str]] = {}
    ambiguous: dict[str, set[str]] = {}
    current: set[str] | None = None
    for raw in _data_text("function_words.txt").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("["):
            name = line.strip("[]")
            if name.endswith(".ambiguous"):
                current = ambiguous.setdefault(name.split(".")[0], set())
            else:
                current = words.setdefault(name, set())
            continue
        assert current is not None
        current.update(line.lower().replace("'", "’").split())
    return (
        {k: frozenset(v) for k, v in words.items()},
        {k: frozenset(v) for k, v in ambiguous.items()},
    )


@lru_cache(maxsize=1)
def _english_words() -> tuple[str, ...]:
    """Common English words, most frequent first (``data/english_words.txt``)."""
    out: list[str] = []
    for raw in _data_text("english_words.txt").splitlines():
        if not raw.startswith("#"):
            out.extend(raw.split())
    return tuple(out)


def _normalise_phrase(phrase: str) -> str:
    return " ".join(phrase.replace("'", "’").split())


def _parse_allowlist(text: str) -> list[str]:
    out = []
    for raw in text.splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            out.append(_normalise_phrase(line))
    return out


@lru_cache(maxsize=1)
def _builtin_allowlist() -> tuple[str, ...]:
    return tuple(_parse_allowlist(_data_text("fragments_allowlist.txt")))


def load_allowlist(path: str | Path) -> list[str]:
    """Read an allowlist file: one phrase a line, ``#`` starts a comment line."""
    return _parse_allowlist(Path(path).read_text(encoding="utf-8"))


# ---------------------------------------------------------------------------
# Configuration per (target, candidates, allowlist)
# ---------------------------------------------------------------------------

# Characters that say "some language other than English" in a lower-case word.
_DIACRITICS = {
    "fr": "àâçéèêëîïôûùüÿœæ",
    "de": "äöüß",
    "es": "áéíóúñü",
    "it": "àèéìòù",
    "pt": "ãõçáéíóúâêôà",
    "nl": "ëïé",
    "en": "",
}
_FR_ELISION = regex.compile(
    r"(?i:l|d|qu|n|s|j|c|m|t|jusqu|lorsqu|puisqu|quoiqu|presqu)’(?=\p{Ll})", regex.VERSION1
)
_IT_ELISION = regex.compile(
    r"(?i:dell|all|nell|dall|sull|coll|quest|quell|un|tutt|c)’(?=\p{L})", regex.VERSION1
)
_FR_CAP_ELISION = regex.compile(r"(?i:l|qu|jusqu|lorsqu)’(?=\p{Lu})", regex.VERSION1)

_TOKEN = regex.compile(
    r"[\p{L}\p{M}](?:[\p{L}\p{M}\p{N}]|[’'\-](?=[\p{L}\p{N}]))*|\p{N}+(?:[.,:]\p{N}+)*",
    regex.VERSION1,
)
# Sentence ends, and characters that always cut a run.
_SENTENCE_END = regex.compile(r"(?<!(?<![\p{N}.,])\p{N}{1,2})[.!?…]+(?=[\s\"”»’)\]]*(?:\s|$))")
_HARD = set('[](){}«»“”„‟"‹›;:|•')
_SOFT = set(",–—")
_OPEN_CLOSE = {"[": "]", "(": ")", "“": "”", "«": "»", "„": "“", '"': '"', "‹": "›"}

# Cues that a quoted foreign phrase is deliberate: its gloss or an introduction.
_GLOSS_AFTER = regex.compile(
    r"\s*[”»\"’)\]]*\s*(?:\(\s*[“\"«‘]?|[,:–—-]\s*(?:meaning|literally|roughly|or|i\.e\.|that is"
    r"|which (?:means|translates)|translated as|translating as|in english)\b"
    r"|(?:meaning|literally)\b)",
    regex.IGNORECASE | regex.VERSION1,
)
_GLOSS_BEFORE = regex.compile(
    r"(?:\bcalled|\bdubbed|\bknown as|\bterm(?:ed)?|\bword|\bphrase|\bslogan|\bmotto|\bexpression"
    r"|\bso-called|\bnicknamed|\bheadlined|\btitled|\bentitled|\bsang|\bchanted|\bchanting"
    r"|\bshouting|\bread(?:s|ing)?|\bin (?:french|german|spanish|italian|portuguese|dutch)(?: as)?"
    r"|\b(?:french|german|spanish|italian|portuguese|dutch) (?:for|term|word|phrase|expression)"
    r"|\bwhat (?:the )?\w+ call|\bas (?:the )?\w+ (?:say|put it|call it))"
    r"[\s,:]*[“\"«„‘(\[]*\s*$",
    regex.IGNORECASE | regex.VERSION1,
)
_ENGLISH_GLOSS_OPEN = regex.compile(r"\(\s*[“\"«‘]?", regex.VERSION1)
_GLUED = regex.compile(
    r"(?<![\p{L}\p{M}])(\p{L}*\p{Ll})(\p{Lu}\p{Ll}+)(?![\p{L}\p{M}])", regex.VERSION1
)


@dataclass(frozen=True, slots=True)
class _Config:
    target: str
    candidates: tuple[str, ...]
    strong_target: frozenset[str]
    markers: dict[str, frozenset[str]]
    any_marker: frozenset[str]
    #: Tokens (as written) that count as first-pass evidence: lower-case markers,
    #: capitalised markers that are not name particles.
    first_pass_words: frozenset[str]
    elision: Any  # compiled stdlib pattern or None
    diacritic: Any  # compiled stdlib pattern or None
    #: Allowlisted phrases as token tuples, keyed by their first token (lower case).
    allow_phrases: dict[str, tuple[tuple[str, ...], ...]]
    allow_words: frozenset[str]
    diacritics: str
    #: The target's function words, shared ones included.
    target_words: frozenset[str]
    #: Common English words that are not candidate markers (empty unless the target is English).
    english: frozenset[str]


def candidate_languages(
    target: str, source: str | None = None, languages: Iterable[str] | None = None
) -> tuple[str, ...]:
    """The languages a leftover may be in: never the target's own language.

    >>> candidate_languages("en-US")
    ('fr', 'de', 'es', 'it', 'pt', 'nl')
    >>> candidate_languages("de-DE")
    ('fr', 'es', 'it', 'pt', 'nl', 'en')
    >>> candidate_languages("en-GB", source="fr")
    ('fr',)
    """
    tlang = target.split("-")[0].split("@")[0].lower()
    if languages is not None:
        pool = [lang.split("-")[0].lower() for lang in languages]
        unknown = [lang for lang in pool if lang not in SUPPORTED]
        if unknown:
            raise ValueError(
                f"languages: {', '.join(unknown)} not supported; choose from {', '.join(SUPPORTED)}"
            )
    else:
        pool = [*list(DEFAULT_SOURCES), "en"]
    if source is not None:
        pool = [source] if source in SUPPORTED else []
    seen: list[str] = []
    for lang in pool:
        if lang != tlang and lang not in seen:
            seen.append(lang)
    return tuple(seen)


# Capitalised function words that mostly start names in English copy (Le Pen,
# Van Gogh, Da Silva, El País): they are no first-pass evidence on their own.
_NAME_PARTICLES = frozenset(
    {
        "le",
        "la",
        "les",
        "de",
        "des",
        "du",
        "da",
        "das",
        "di",
        "del",
        "della",
        "dei",
        "dos",
        "do",
        "van",
        "von",
        "der",
        "den",
        "ter",
        "ten",
        "el",
        "al",
        "los",
        "las",
        "lo",
        "san",
        "santa",
        "saint",
        "sainte",
    }
)
# First-pass words: letters joined by apostrophes or hyphens (``l’armée``,
# ``Jong-un`` are one word each). Standard-library patterns: they are the
# fastest way through text that is almost all English.
_FP_WORD = re.compile(r"[^\W\d_]+(?:[’'\-][^\W\d_]+)*")
_FR_ELISIONS = "l|d|qu|n|s|j|c|m|t|jusqu|lorsqu|puisqu|quoiqu|presqu"
_IT_ELISIONS = "dell|all|nell|dall|sull|coll|quest|quell|un|tutt|c"
#: How many of the most frequent English words count as "common English".
ENGLISH_WORDS = 30000
_WRAPPED = re.compile(r"[\[(“«„\"‹]([^\[\]()“”«»„\"‹›\n]{1,80})[\])”»“\"›]")


def _tokenise_phrase(phrase: str) -> tuple[str, ...]:
    return tuple(m.group().lower().replace("'", "’") for m in _TOKEN.finditer(phrase))


@lru_cache(maxsize=32)
def _config(target: str, candidates: tuple[str, ...], extra: tuple[str, ...]) -> _Config:
    words, ambiguous = _word_lists()
    target_words = words.get(target, frozenset())
    target_ambiguous = ambiguous.get(target, frozenset())
    others: set[str] = set()
    for lang in candidates:
        others |= words.get(lang, frozenset()) | ambiguous.get(lang, frozenset())
    strong = frozenset(target_words - target_ambiguous - others)
    markers = {
        lang: frozenset(
            words.get(lang, frozenset())
            - ambiguous.get(lang, frozenset())
            - target_words
            - target_ambiguous
        )
        for lang in candidates
    }
    any_marker = frozenset().union(*markers.values()) if markers else frozenset()
    diacritics = "".join(sorted({c for lang in candidates for c in _DIACRITICS.get(lang, "")}))
    diacritics = "".join(c for c in diacritics if c not in _DIACRITICS.get(target, ""))
    phrases = list(_builtin_allowlist()) + [_normalise_phrase(p) for p in extra]
    allow_words = frozenset(p.lower() for p in phrases if " " not in p)
    first_words = {w for w in any_marker if "-" not in w}
    first_words |= {w.capitalize() for w in first_words if w not in _NAME_PARTICLES}
    if "fr" in candidates:
        first_words.add("aujourd’hui")
    first_words -= allow_words
    elisions = []
    if "fr" in candidates:
        elisions.append(_FR_ELISIONS)
    if "it" in candidates:
        elisions.append(_IT_ELISIONS)
    elision = (
        re.compile(r"(?<![^\W\d_])(?i:" + "|".join(elisions) + r")[’'](?=[^\W\d_])")
        if elisions
        else None
    )
    diacritic = re.compile("[" + re.escape(diacritics) + "]") if diacritics else None
    allow_phrases: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        toks = _tokenise_phrase(phrase)
        if toks:
            allow_phrases.setdefault(toks[0], []).append(toks)
    return _Config(
        target,
        candidates,
        strong,
        markers,
        any_marker,
        frozenset(first_words),
        elision,
        diacritic,
        {k: tuple(sorted(v, key=len, reverse=True)) for k, v in allow_phrases.items()},
        allow_words,
        diacritics,
        target_words | target_ambiguous,
        frozenset(_english_words()[:ENGLISH_WORDS]) - any_marker if target == "en" else frozenset(),
    )


# ---------------------------------------------------------------------------
# langdetect: a private, seeded detector with only the profiles in play
# ---------------------------------------------------------------------------

_FACTORIES: dict[tuple[str, ...], Any] = {}
_FACTORY_LOCK = threading.Lock()


def _factory(languages: tuple[str, ...]) -> Any:
    """A ``DetectorFactory`` of our own; the library's module globals stay untouched."""
    key = tuple(sorted(languages))
    found = _FACTORIES.get(key)
    if found is not None:
        return found
    with _FACTORY_LOCK:
        found = _FACTORIES.get(key)
        if found is None:
            from langdetect.detector_factory import DetectorFactory

            profiles = resources.files("langdetect").joinpath("profiles")
            factory = DetectorFactory()
            factory.load_json_profile(
                [profiles.joinpath(lang).read_text(encoding="utf-8") for lang in key]
            )
            factory.set_seed(0)
            _FACTORIES[key] = factory
            found = factory
    return found


def _detect(text: str, languages: tuple[str, ...]) -> dict[str, float]:
    from langdetect.lang_detect_exception import LangDetectException

    detector = _factory(languages).create()
    detector.append(text)
    try:
        return {p.lang: p.prob for p in detector.get_probabilities()}
    except LangDetectException:
        return {}


# ---------------------------------------------------------------------------
# sacremoses: word counts with the source language's rules, offsets kept
# ---------------------------------------------------------------------------


@lru_cache(maxsize=16)
def _moses(lang: str) -> Any:
    from sacremoses import MosesTokenizer

    return MosesTokenizer(lang=lang)


def _word_count(span: str, lang: str) -> int:
    """Count the words of ``span`` the way the source language splits them (``l’armée`` is two).

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


# ---------------------------------------------------------------------------
# The scan
# ---------------------------------------------------------------------------

# token classes
_T, _M, _N, _U, _NUM = 0, 1, 2, 3, 4


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str
    cls: int
    votes: tuple[str, ...]
    sentence_start: bool


@dataclass(slots=True)
class _Run:
    toks: list[_Tok]
    wrapper: str | None = None  # "aside" or "quote" if the run is a wrapper's whole content
    accepted: bool = False
    language: str = ""  # "" while undecided (see _settle)
    confidence: float = 0.0
    density: float = 0.0
    votes: dict[str, float] | None = None


def _classify(word: str, cfg: _Config, at_start: bool) -> tuple[int, tuple[str, ...]]:
    lower = word.lower()
    if word[0].isdigit():
        return _NUM, ()
    capital = word[0].isupper()
    if capital and not at_start:
        # Inside a sentence a capitalised word is a name, unless it is an elided
        # article (L’Ukraine) or a German noun after a marker (handled by votes).
        if "fr" in cfg.candidates and _FR_CAP_ELISION.match(word):
            return _M, ("fr",)
        return _N, ()
    if lower in cfg.allow_words:
        return _N, ()
    if not word[1:].islower() and not word[1:].isupper() and any(c.isupper() for c in word[1:]):
        return _U, ()  # glued to a heading (engagéeDans): reported as QF402 instead
    if lower in cfg.strong_target:
        return _T, ()
    votes = tuple(lang for lang in cfg.candidates if lower in cfg.markers[lang])
    if votes:
        return _M, votes
    if "’" in word or "'" in word:
        w = word.replace("'", "’")
        langs: list[str] = []
        if "fr" in cfg.candidates and (_FR_ELISION.match(w) or lower == "aujourd’hui"):
            langs.append("fr")
        if "it" in cfg.candidates and _IT_ELISION.match(w):
            langs.append("it")
        if langs:
            return _M, tuple(langs)
    if "-" in lower:
        parts = lower.split("-")
        votes = tuple(
            lang for lang in cfg.candidates if any(p in cfg.markers[lang] for p in parts if p)
        )
        if votes:
            return _M, votes
    if cfg.diacritics and not capital and any(c in cfg.diacritics for c in lower):
        accented = tuple(
            lang for lang in cfg.candidates if any(c in _DIACRITICS.get(lang, "") for c in lower)
        )
        return _M, accented or cfg.candidates
    if capital and at_start:
        return _U, ()
    return _U, ()


def _allowed(lowers: list[str], cfg: _Config) -> list[bool]:
    """Which tokens belong to an allowlisted phrase (longest phrase first)."""
    masked = [False] * len(lowers)
    phrases = cfg.allow_phrases
    i = 0
    n = len(lowers)
    while i < n:
        options = phrases.get(lowers[i])
        step = 1
        if options is not None:
            for phrase in options:
                k = len(phrase)
                if tuple(lowers[i : i + k]) == phrase:
                    for j in range(i, i + k):
                        masked[j] = True
                    step = k
                    break
        i += step
    return masked


def _tokens(line: str, cfg: _Config) -> tuple[list[_Tok], list[int]]:
    """Tokens of one line, and a boundary level per gap (0 none, 1 soft, 2 hard)."""
    matches = list(_TOKEN.finditer(line))
    lowers = [m.group().lower().replace("'", "’") for m in matches]
    allowed = _allowed(lowers, cfg)
    toks: list[_Tok] = []
    gaps: list[int] = []
    prev_end = 0
    at_start = True
    for k, m in enumerate(matches):
        start = m.start()
        gap = line[prev_end:start]
        if not toks:
            at_start = True
        elif gap == " ":
            gaps.append(0)
        else:
            ends = _SENTENCE_END.search(line, prev_end, start + 1) is not None
            if ends or any(c in _HARD for c in gap):
                level = 2
            elif any(c in _SOFT for c in gap) or " - " in gap:
                level = 1
            else:
                level = 0
            gaps.append(level)
            if ends:
                at_start = True
            elif any(c in '“«„"([:' for c in gap) and not toks[-1].text[0].isupper():
                at_start = True  # a quotation or aside may start with a capital
        word = m.group()
        votes: tuple[str, ...] = ()
        if allowed[k]:
            cls = _N
        else:
            cls, votes = _classify(word, cfg, at_start)
        toks.append(_Tok(start, m.end(), word, cls, votes, at_start))
        at_start = False
        prev_end = m.end()
    # A capitalised sentence opener followed by a name is itself part of the name
    # (Le Monde, Der Spiegel), unless it is a marker followed by a lower-case word.
    for i, tok in enumerate(toks):
        if tok.sentence_start and tok.text[0].isupper() and i + 1 < len(toks):
            nxt = toks[i + 1]
            if nxt.cls == _N and (i >= len(gaps) or gaps[i] == 0) and tok.cls != _M:
                tok.cls = _N
    return toks, gaps


def _wrapper_of(line: str, start: int, end: int) -> str | None:
    """``aside``/``quote`` when ``line[start:end]`` is the whole content of brackets or quotes."""
    i = start - 1
    while i >= 0 and line[i] in " \u00a0\u202f":
        i -= 1
    j = end
    while j < len(line) and line[j] in " \u00a0\u202f.,;:!?…":
        j += 1
    if i < 0 or j >= len(line):
        return None
    opener, closer = line[i], line[j]
    if opener in "[(" and closer == _OPEN_CLOSE[opener]:
        return "aside"
    if opener in '“«„"‹”' and closer in '”»“"›':
        return "quote"
    return None


def _runs(line: str, toks: list[_Tok], gaps: list[int]) -> list[_Run]:
    runs: list[_Run] = []
    current: list[_Tok] = []
    for i, tok in enumerate(toks):
        if i > 0 and gaps[i - 1] >= 1 and current:
            runs.append(_Run(current))
            current = []
        if tok.cls == _T:
            if current:
                runs.append(_Run(current))
                current = []
            continue
        current.append(tok)
    if current:
        runs.append(_Run(current))
    for run in runs:
        run.wrapper = _wrapper_of(line, run.toks[0].start, run.toks[-1].end)
    return runs


def _evidence(run: _Run) -> tuple[int, int, int, dict[str, float]]:
    n = len(run.toks)
    content = sum(1 for t in run.toks if t.cls in (_M, _U))
    markers = 0
    votes: dict[str, float] = {}
    for t in run.toks:
        if t.cls == _M:
            markers += 1
            for lang in t.votes:
                votes[lang] = votes.get(lang, 0.0) + 1.0 / len(t.votes)
    return n, content, markers, votes


def _masked(line: str, toks: Sequence[_Tok]) -> str:
    return " ".join(t.text.replace("’", "'") for t in toks if t.cls in (_M, _U, _T))


def _judge(line: str, run: _Run, cfg: _Config, strict: bool) -> bool:
    _n, content, markers, votes = _evidence(run)
    words = sum(1 for t in run.toks if t.cls != _NUM)
    if content == 0:
        return False
    if markers == 0:
        if run.wrapper is not None and words <= 3 and cfg.english:
            return _judge_unknown(line, run, cfg)
        return False
    density = markers / content
    if run.wrapper is not None and words <= 3:
        if words == 1 and run.toks[0].cls != _M:
            return False
        if run.wrapper == "quote" and words == 1 and run.toks[0].text.lower() in _SHORT_WORDS:
            return False  # a quoted function word is a word under discussion
        need_ld = words >= 2 and markers < 2
    elif words < 2:
        return False
    elif words <= 3:
        if markers < 2 or markers < words - 1:
            return False
        need_ld = True
    else:
        if markers < 2 or density < (0.3 if strict else 0.2):
            return False
        need_ld = True
    ranked = sorted(votes.values(), reverse=True)
    best_vote = ranked[0] if ranked else 0.0
    second_vote = ranked[1] if len(ranked) > 1 else 0.0
    # Marker evidence alone decides when it is dense and points at one language:
    # langdetect would only cost time (about a millisecond a call).
    decisive = markers >= 3 and density >= 0.5 and best_vote >= 2 * second_vote + 1
    if words >= 2 and not decisive and density >= 0.5:
        # langdetect cannot reject a run this dense; it only has to name the
        # language, and does so once for the whole merged span (_settle).
        run.density = density
        run.votes = votes
        run.language = ""
        return True
    probs: dict[str, float] = {}
    if words >= 2 and not decisive:
        probs = _detect(_masked(line, run.toks), (*cfg.candidates, cfg.target))
    target_p = probs.get(cfg.target, 0.0)
    language, p = _best_language(votes, probs, cfg)
    if probs and target_p > 0.5 and density < 0.5:
        return False
    if need_ld and probs and p < 0.2 and density < 0.5:
        return False
    if probs:
        confidence = 0.5 * p + 0.5 * min(1.0, 2 * density)
    elif decisive:
        confidence = 0.5 * best_vote / sum(ranked) + 0.5 * min(1.0, 2 * density)
    else:
        confidence = min(1.0, density)
    run.language = language
    run.confidence = round(max(0.05, min(0.99, confidence)), 2)
    return True


#: langdetect's probability a short wrapped span of unknown words needs (candidate and English).
UNKNOWN_MIN_P = 0.6
UNKNOWN_MAX_EN = 0.05


def _judge_unknown(line: str, run: _Run, cfg: _Config) -> bool:
    """A short wrapped span with no marker: every word unknown to English, and langdetect sure.

    Only 1–3 lower-case words that are the whole content of brackets or
    quotes get here (``“settimana”``, ``(rotina administrativa)``), so the
    character n-gram check (langdetect with only the candidates' and the
    target's profiles) runs rarely.
    """
    content = [t for t in run.toks if t.cls == _U]
    if not content or any(t.cls == _N for t in run.toks):
        return False
    lowers = [t.text.lower().replace("’", "'") for t in content]
    if not all(t.text.islower() and t.text.lower() not in cfg.english for t in content):
        return False
    if not any(_unknown_word(w, cfg) for w in lowers):
        return False
    if len(lowers) == 1 and len(lowers[0]) < 5:
        return False  # too short for character n-grams to say much (“rizz”)
    probs = _detect(
        " ".join(t.text.replace("’", "'") for t in run.toks), (*cfg.candidates, cfg.target)
    )
    if not probs or probs.get(cfg.target, 0.0) > UNKNOWN_MAX_EN:
        return False
    language = max(
        cfg.candidates, key=lambda lang: (probs.get(lang, 0.0), -cfg.candidates.index(lang))
    )
    p = probs.get(language, 0.0)
    if p < UNKNOWN_MIN_P:
        return False
    run.language = language
    run.confidence = round(max(0.05, min(0.99, 0.7 * p)), 2)
    run.density = 0.0
    return True


_SHORT_WORDS = frozenset({"a", "à", "le", "la", "de", "et", "y", "e", "o", "und"})


def _glossed(line: str, start: int, end: int) -> bool:
    """A deliberate foreign phrase: introduced by a cue or followed by its gloss."""
    if _GLOSS_BEFORE.search(line[max(0, start - 60) : start]):
        return True
    after = line[end : end + 40]
    m = _GLOSS_AFTER.match(after)
    if m is None:
        return False
    if m.group().rstrip().endswith(("(", "“", '"', "«", "‘")):
        return True  # "(at the same time)" right after the phrase
    return True


_DETERMINERS = frozenset(
    {
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "your",
        "each",
        "every",
    }
)


def _parentheses_around(line: str, start: int, end: int) -> tuple[int, int] | None:
    """The offsets of the round parentheses or square brackets ``line[start:end]`` sits in."""
    i = max(line.rfind("(", 0, start), line.rfind("[", 0, start))
    if i < 0 or line.find(")", i, start) >= 0 or line.find("]", i, start) >= 0:
        return None
    closer = ")" if line[i] == "(" else "]"
    j = line.find(closer, end)
    if j < 0 or line.find(line[i], end, j) >= 0:
        return None
    return i, j


def _name_or_gloss(line: str, start: int, end: int, cfg: _Config) -> bool:
    """Parentheses that hold a native name or a foreign gloss of the English just before.

    - every word in the parentheses or brackets is capitalised, bar short
      particles (``(Palacio de las Cortes, Madrid)``, ``[Tweede Kamer]``): a
      proper name, the institution's or place's own name;
    - one to three words in round parentheses right after an English noun
      phrase (a determiner, then lower-case English content words):
      ``in the evening (sera)``. Square brackets are an editor's: never a gloss.
    """
    around = _parentheses_around(line, start, end)
    if around is None:
        return False
    i, j = around
    words = _FP_WORD.findall(line[i + 1 : j])
    if not words:
        return False
    capitals = sum(1 for w in words if w[0].isupper())
    if capitals >= 1 and all(
        w[0].isupper() or (len(w) <= 3 and w.lower() in _NAME_PARTICLES | cfg.any_marker)
        for w in words
    ):
        return True
    if line[i] != "(" or len(words) > 3 or not cfg.english:
        return False
    # A gloss names a thing: at most one function word, and not at its end
    # (``(en mesure de)``, ``(pas réagi dans)`` are cut out of a sentence).
    marks = [w.lower() in cfg.any_marker for w in words]
    if sum(marks) > 1 or (len(words) > 1 and marks[-1]):
        return False
    before = _FP_WORD.findall(line[max(0, i - 40) : i])
    tail = line[max(0, i - 40) : i].rstrip()
    if not before or not tail or not tail[-1].isalpha():
        return False
    # Walk back over lower-case English content words to a determiner.
    for k, word in enumerate(reversed(before[-4:])):
        lower = word.lower()
        if lower in _DETERMINERS:
            return k >= 1
        if not word.islower() or lower in cfg.target_words or lower not in cfg.english:
            return False
    return False


def _quoted_in_parentheses(line: str, start: int, end: int) -> bool:
    before = line[max(0, start - 3) : start]
    return bool(regex.search(r"\(\s*[“\"«‘]\s*$", before))


def _absorb(runs: list[_Run], toks: list[_Tok], gaps: list[int]) -> None:
    """Let an accepted run take in a weak neighbour across a comma (no target word between)."""
    index = {id(t): i for i, t in enumerate(toks)}

    def joined(a: _Run, b: _Run) -> bool:
        i = index[id(a.toks[-1])]
        return index[id(b.toks[0])] == i + 1 and gaps[i] <= 1 and not a.wrapper and not b.wrapper

    changed = True
    while changed:
        changed = False
        for k, run in enumerate(runs):
            if run.accepted or run.wrapper:
                continue
            left = (
                runs[k - 1] if k > 0 and runs[k - 1].accepted and joined(runs[k - 1], run) else None
            )
            right = (
                runs[k + 1]
                if k + 1 < len(runs) and runs[k + 1].accepted and joined(run, runs[k + 1])
                else None
            )
            if left is None and right is None:
                continue
            _, content, markers, _ = _evidence(run)
            both = left is not None and right is not None
            # A name alone across a comma (``Presidential Villa, Abuja, une maison``)
            # is the English sentence's, unless foreign text stands on both sides.
            weak = markers >= 1 or (both and (content == 0 or len(run.toks) <= 3))
            if not weak:
                continue
            other = left or right
            assert other is not None
            run.accepted = True
            run.language = other.language
            run.confidence = other.confidence
            changed = True


def _best_language(
    votes: dict[str, float], probs: dict[str, float], cfg: _Config
) -> tuple[str, float]:
    """The candidate that marker votes and langdetect together favour, and its probability.

    Votes are scaled to the best one; ties go to the earlier candidate.
    """
    best_vote = max(votes.values()) if votes else 0.0
    scores = {
        lang: 0.5 * (votes.get(lang, 0.0) / best_vote if best_vote else 0.0)
        + 0.5 * probs.get(lang, 0.0)
        for lang in cfg.candidates
    }
    language = max(cfg.candidates, key=lambda lang: (scores[lang], -cfg.candidates.index(lang)))
    return language, probs.get(language, 0.0)


def _settle(line: str, group: list[_Run], cfg: _Config) -> None:
    """Name the language of a merged span's undecided runs: one langdetect call."""
    votes: dict[str, float] = {}
    for run in group:
        for lang, n in (run.votes or {}).items():
            votes[lang] = votes.get(lang, 0.0) + n
    toks = [t for run in group for t in run.toks]
    probs = _detect(_masked(line, toks), (*cfg.candidates, cfg.target))
    language, p = _best_language(votes, probs, cfg)
    for run in group:
        if not run.language:
            run.language = language
            confidence = 0.5 * p + 0.5 * min(1.0, 2 * run.density)
            run.confidence = round(max(0.05, min(0.99, confidence)), 2)


def _join_chains(
    line: str, runs: list[_Run], toks: list[_Tok], gaps: list[int], cfg: _Config
) -> list[_Run]:
    """Judge runs cut only at commas (no target word, no sentence end between) as one.

    Only when together they are the whole content of brackets or quotes, or a
    whole sentence with an accepted part: a source-language quotation or
    sentence often has a comma inside (``haben wir die Krise überwunden,
    dennoch``), while an English clause before a comma must stay out.
    """
    index = {id(t): i for i, t in enumerate(toks)}
    chains: list[list[_Run]] = []
    for run in runs:
        if chains:
            last = chains[-1][-1]
            a = index[id(last.toks[-1])]
            if index[id(run.toks[0])] == a + 1 and gaps[a] == 1:
                chains[-1].append(run)
                continue
        chains.append([run])
    out: list[_Run] = []
    for chain in chains:
        if len(chain) > 1:
            joined = _Run([t for r in chain for t in r.toks])
            joined.wrapper = _wrapper_of(line, joined.toks[0].start, joined.toks[-1].end)
            a = index[id(joined.toks[0])]
            b = index[id(joined.toks[-1])]
            whole_sentence = toks[a].sentence_start and (
                b + 1 == len(toks) or toks[b + 1].sentence_start
            )
            if joined.wrapper or (whole_sentence and any(r.accepted for r in chain)):
                joined.accepted = _judge(line, joined, cfg, strict=False)
                if joined.accepted:
                    out.append(joined)
                    continue
        out.extend(chain)
    return out


def _line_fragments(line: str, offset: int, cfg: _Config, out: list[Fragment]) -> None:
    toks, gaps = _tokens(line, cfg)
    if not toks:
        return
    runs = _runs(line, toks, gaps)
    for run in runs:
        run.accepted = _judge(line, run, cfg, strict=False)
    runs = _join_chains(line, runs, toks, gaps, cfg)
    _absorb(runs, toks, gaps)
    # Merge neighbours: accepted runs separated only by punctuation (no target word).
    index = {id(t): i for i, t in enumerate(toks)}
    groups: list[list[_Run]] = []
    for run in runs:
        if not run.accepted:
            continue
        if groups:
            last = groups[-1][-1]
            a = index[id(last.toks[-1])]
            b = index[id(run.toks[0])]
            if (
                run.wrapper is None
                and last.wrapper is None
                and (
                    b == a + 1
                    # One target word between two foreign runs, no punctuation: a
                    # source word that is also English (Italian ``state``, ``come``).
                    or (b == a + 2 and toks[a + 1].cls == _T and gaps[a] == 0 and gaps[a + 1] == 0)
                )
            ):
                groups[-1].append(run)
                continue
        groups.append([run])
    for group in groups:
        if any(not r.language for r in group):
            _settle(line, group, cfg)
        start = group[0].toks[0].start
        end = group[-1].toks[-1].end
        words = sum(len(r.toks) for r in group)
        kind = group[0].wrapper if len(group) == 1 and group[0].wrapper else None
        if kind is None:
            first = index[id(group[0].toks[0])]
            final = index[id(group[-1].toks[-1])]
            starts_sentence = toks[first].sentence_start
            ends_sentence = final + 1 == len(toks) or (
                gaps[final] == 2
                and _SENTENCE_END.search(line, toks[final].end, toks[final + 1].start + 1)
            )
            kind = "sentence" if starts_sentence and ends_sentence else "clause"
        if words <= 12 and (
            _glossed(line, start, end)
            or (kind == "quote" and _quoted_in_parentheses(line, start, end))
            or _name_or_gloss(line, start, end, cfg)
        ):
            continue
        best = max(group, key=lambda r: len(r.toks))
        out.append(
            Fragment(
                offset + start,
                offset + end,
                best.language,
                round(sum(r.confidence * len(r.toks) for r in group) / words, 2),
                kind,
                _word_count(line[start:end], best.language),
            )
        )


# A lower-case letter directly followed by a capital and a lower-case letter.
_GLUE_CANDIDATE = re.compile(r"[a-zß-öø-ÿœ][A-ZÀ-ÖØ-ÞŒ][a-zß-öø-ÿœ]")


def _word_start(text: str, i: int) -> int:
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    return i


def _glued(text: str, cfg: _Config) -> list[Fragment]:
    out = []
    for point in _GLUE_CANDIDATE.finditer(text):
        m = _GLUED.match(text, _word_start(text, point.start()))
        if m is None or m.end(1) != point.start() + 1:
            continue
        left, right = m.group(1), m.group(2)
        if m.group().lower() in cfg.allow_words:
            continue
        r = right.lower()
        if r in cfg.strong_target:
            continue
        votes = tuple(lang for lang in cfg.candidates if r in cfg.markers[lang])
        left_marks = cfg.diacritics and any(c in cfg.diacritics for c in left.lower())
        # A short left part is a word of its own only when it is an accented
        # source word and the right part a source function word (èUna, jáPelo).
        if len(left) < 3 and not (left_marks and votes):
            continue
        if not votes and not (left_marks and left[0].islower()):
            continue
        if not votes:
            votes = (
                tuple(
                    lang
                    for lang in cfg.candidates
                    if any(c in _DIACRITICS.get(lang, "") for c in left.lower())
                )
                or cfg.candidates
            )
        language = votes[0]
        if len(votes) > 1:
            probs = _detect(left + " " + right, (*cfg.candidates, cfg.target))
            language = max(votes, key=lambda lang: probs.get(lang, 0.0))
        confidence = 0.9 if left_marks and votes else 0.75
        out.append(Fragment(m.start(), m.end(), language, confidence, "glued", 1))
    return out


def _evidence_words(line: str, cfg: _Config) -> set[str]:
    """First-pass evidence on a line: marker words, elisions, lower-case words with accents."""
    words = _FP_WORD.findall(line)
    found = set(cfg.first_pass_words.intersection(words))
    if cfg.elision is not None and ("’" in line or "'" in line):
        found.update(m.group().lower() for m in cfg.elision.finditer(line))
    if cfg.diacritic is not None and cfg.diacritic.search(line) is not None:
        allow = cfg.allow_words
        found.update(
            w for w in words if w[0].islower() and cfg.diacritic.search(w) and w not in allow
        )
    return found


def _worth_reading(line: str, cfg: _Config) -> bool:
    """The cheap first pass: is there enough evidence on ``line`` to read it word by word?

    Two distinct pieces of evidence are needed, or one inside short brackets,
    parentheses or quotes (``[à]``, ``(Photo d’archives)``).
    """
    if len(line) < 2:
        return False
    found = _evidence_words(line, cfg)
    if len(found) >= 2:
        return True
    if not found:
        return bool(cfg.english) and _unknown_wrapped(line, cfg)
    for m in _WRAPPED.finditer(line):
        inner = m.group(1)
        if not found.isdisjoint(_FP_WORD.findall(inner)):
            return True
        if cfg.elision is not None and cfg.elision.search(inner):
            return True
    return bool(cfg.english) and _unknown_wrapped(line, cfg)


def _unknown_word(word: str, cfg: _Config) -> bool:
    """A lower-case word of four letters or more that is no common English word.

    Nor an English compound of two common words (four letters, then five or more:
    ``doomscrolling``; a short tail such as ``minis|tres`` proves nothing).
    """
    if len(word) < 4 or not word.islower() or word in cfg.english:
        return False
    if word.replace("'", "’") in cfg.allow_words:
        return False
    english = cfg.english
    return not any(word[:i] in english and word[i:] in english for i in range(4, len(word) - 4))


def _unknown_wrapped(line: str, cfg: _Config) -> bool:
    """One to three lower-case words in brackets or quotes, one of them no English word."""
    for m in _WRAPPED.finditer(line):
        words = _FP_WORD.findall(m.group(1))
        if (
            1 <= len(words) <= 3
            and all(w.islower() for w in words)
            and any(_unknown_word(w, cfg) for w in words)
        ):
            return True
    return False


def fragments(
    text: str,
    *,
    target: str = "en-US",
    source: str | None = None,
    languages: Iterable[str] | None = None,
    allowlist: Iterable[str] | str | Path | None = None,
) -> list[Fragment]:
    """Untranslated source-language spans in ``text``, sorted by position.

    ``target`` is the language the text is published in; ``languages`` the
    candidate source languages (default: French, German, Spanish, Italian,
    Portuguese, Dutch, and English when the target is not English);
    ``source`` narrows them to one. ``allowlist`` adds phrases never to
    report: an iterable of phrases or the path of a file with one a line.

    >>> text = "The region [aujourd’hui occupée par les forces ukrainiennes] was shelled."
    >>> [(text[f.start:f.end], f.language, f.kind) for f in fragments(text)]
    [('aujourd’hui occupée par les forces ukrainiennes', 'fr', 'aside')]
    >>> fragments("Sébastien Lecornu staged a coup d’état in Le Monde.")
    []
    """
    tlang = target.split("-")[0].split("@")[0].lower()
    if tlang not in SUPPORTED:
        return []
    candidates = candidate_languages(target, source, languages)
    if not candidates:
        return []
    if isinstance(allowlist, (str, Path)):
        extra = tuple(load_allowlist(allowlist))
    else:
        extra = tuple(_normalise_phrase(p) for p in allowlist or ())
    cfg = _config(tlang, candidates, extra)
    out: list[Fragment] = []
    start = 0
    size = len(text)
    while start <= size:
        end = text.find("\n", start)
        if end < 0:
            end = size
        line = text[start:end]
        if _worth_reading(line, cfg):
            _line_fragments(line, start, cfg, out)
        start = end + 1
    out.extend(_glued(text, cfg))
    out.sort(key=lambda f: (f.start, f.end))
    # Drop a fragment inside another one (a glued word inside a sentence).
    kept: list[Fragment] = []
    for frag in out:
        if kept and frag.start < kept[-1].end:
            if frag.end - frag.start > kept[-1].end - kept[-1].start:
                kept[-1] = frag
            continue
        kept.append(frag)
    return kept
