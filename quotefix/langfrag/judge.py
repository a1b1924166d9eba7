"""Judging a run of words: is it in a candidate language, which one, how sure?

A run is a stretch of a line between target-language function words and
hard boundaries. :func:`judge` returns a :class:`Verdict` record; the span
pipeline applies it to the run (nothing here changes its arguments).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from .data import Setup
from .detectors import detect, identify
from .firstpass import unknown_word
from .frequencies import probabilities
from .records import SpanKind, TokenClass
from .tokens import Token
from .tuning import (
    CONFIDENCE_CEILING,
    CONFIDENCE_FLOOR,
    DECISIVE_MARKERS,
    DENSE,
    MIN_DENSITY,
    MIN_DENSITY_STRICT,
    MIN_LANGUAGE_P,
    SHORT_SPAN_WORDS,
    TARGET_REJECT_P,
    UNKNOWN_CONFIDENCE,
    UNKNOWN_MAX_EN,
    UNKNOWN_MIN_LETTERS,
    UNKNOWN_MIN_P,
    WEIGHT_DETECTOR,
    WEIGHT_MARKERS,
)

# Enum members used in hot loops, bound once: in Python 3.11 reading a member
# off its Enum class costs several times a module-level name.
_TARGET, _MARKER, _NAME, _UNKNOWN, _NUMBER = (
    TokenClass.TARGET,
    TokenClass.MARKER,
    TokenClass.NAME,
    TokenClass.UNKNOWN,
    TokenClass.NUMBER,
)
_QUOTE = SpanKind.QUOTE

_CONTENT = (_MARKER, _UNKNOWN)
# Function words that, quoted alone, are a word under discussion (“le”, “und”).
_SHORT_WORDS = frozenset({"a", "à", "le", "la", "de", "et", "y", "e", "o", "und"})


@dataclass(slots=True)
class Run:
    """A stretch of words judged together, and what was decided about it."""

    toks: list[Token]
    wrapper: SpanKind | None = None  # ASIDE or QUOTE: the run is a wrapper's whole content
    accepted: bool = False
    language: str = ""  # "" while undecided (see spans.settle)
    confidence: float = 0.0
    density: float = 0.0
    votes: dict[str, float] | None = None

    def apply(self, verdict: Verdict) -> None:
        """Record ``verdict``; a rejected run keeps nothing else."""
        self.accepted = verdict.accepted
        if verdict.accepted:
            self.language = verdict.language
            self.confidence = verdict.confidence
            self.density = verdict.density
            self.votes = verdict.votes


@dataclass(frozen=True, slots=True)
class Verdict:
    """What judging a run decided.

    ``language`` is ``""`` when the markers prove a foreign run but the
    language is left to one langdetect call over the merged span; then
    ``density`` and ``votes`` are kept for that call.
    """

    accepted: bool
    language: str = ""
    confidence: float = 0.0
    density: float = 0.0
    votes: dict[str, float] | None = field(default=None)


REJECTED = Verdict(False)


def clamp(confidence: float) -> float:
    return round(max(CONFIDENCE_FLOOR, min(CONFIDENCE_CEILING, confidence)), 2)


def evidence(run: Run) -> tuple[int, int, dict[str, float]]:
    """Content words, marker words and the markers' votes per language."""
    content = sum(1 for t in run.toks if t.cls in _CONTENT)
    markers = 0
    votes: dict[str, float] = {}
    for t in run.toks:
        if t.cls is _MARKER:
            markers += 1
            for lang in t.votes:
                votes[lang] = votes.get(lang, 0.0) + 1.0 / len(t.votes)
    return content, markers, votes


def masked(toks: Sequence[Token]) -> str:
    """The words langdetect sees: names and numbers left out."""
    return " ".join(
        t.text.replace("’", "'")
        for t in toks
        if t.cls in (_MARKER, _UNKNOWN, _TARGET)
    )


def best_language(
    votes: dict[str, float], probs: dict[str, float], cfg: Setup
) -> tuple[str, float]:
    """The candidate that marker votes and langdetect together favour, and its probability.

    Votes are scaled to the best one; ties go to the earlier candidate.
    """
    best_vote = max(votes.values()) if votes else 0.0
    scores = {
        lang: WEIGHT_MARKERS * (votes.get(lang, 0.0) / best_vote if best_vote else 0.0)
        + WEIGHT_DETECTOR * probs.get(lang, 0.0)
        for lang in cfg.candidates
    }
    language = max(cfg.candidates, key=lambda lang: (scores[lang], -cfg.candidates.index(lang)))
    return language, probs.get(language, 0.0)


def mixed_confidence(p: float, density: float) -> float:
    """Confidence from langdetect's probability and the marker density."""
    return WEIGHT_DETECTOR * p + WEIGHT_MARKERS * min(1.0, 2 * density)


def judge(run: Run, cfg: Setup, strict: bool) -> Verdict:
    """Decide whether ``run`` is a leftover, in which language and how surely."""
    content, markers, votes = evidence(run)
    words = sum(1 for t in run.toks if t.cls is not _NUMBER)
    if content == 0:
        return REJECTED
    if markers == 0:
        if run.wrapper is not None and words <= SHORT_SPAN_WORDS and cfg.english:
            return judge_unknown(run, cfg)
        return REJECTED
    density = markers / content
    if run.wrapper is not None and words <= SHORT_SPAN_WORDS:
        if words == 1 and run.toks[0].cls is not _MARKER:
            return REJECTED
        if (
            run.wrapper is _QUOTE
            and words == 1
            and run.toks[0].text.lower() in _SHORT_WORDS
        ):
            return REJECTED  # a quoted function word is a word under discussion
        need_ld = words >= 2 and markers < 2
    elif words < 2:
        return REJECTED
    elif words <= SHORT_SPAN_WORDS:
        if markers < 2 or markers < words - 1:
            return REJECTED
        need_ld = True
    else:
        if markers < 2 or density < (MIN_DENSITY_STRICT if strict else MIN_DENSITY):
            return REJECTED
        need_ld = True
    ranked = sorted(votes.values(), reverse=True)
    best_vote = ranked[0] if ranked else 0.0
    second_vote = ranked[1] if len(ranked) > 1 else 0.0
    # Marker evidence alone decides when it is dense and points at one language:
    # langdetect would only cost time (about a millisecond a call).
    decisive = markers >= DECISIVE_MARKERS and density >= DENSE and best_vote >= 2 * second_vote + 1
    if words >= 2 and not decisive and density >= DENSE:
        # langdetect cannot reject a run this dense; it only has to name the
        # language, and does so once for the whole merged span (spans.settle).
        return Verdict(True, "", 0.0, density, votes)
    probs: dict[str, float] = {}
    if words >= 2 and not decisive:
        probs = identify(masked(run.toks), (*cfg.candidates, cfg.target))
    target_p = probs.get(cfg.target, 0.0)
    language, p = best_language(votes, probs, cfg)
    if probs and target_p > TARGET_REJECT_P and density < DENSE:
        return REJECTED
    if need_ld and probs and p < MIN_LANGUAGE_P and density < DENSE:
        return REJECTED
    if probs:
        confidence = mixed_confidence(p, density)
    elif decisive:
        confidence = WEIGHT_MARKERS * best_vote / sum(ranked) + WEIGHT_DETECTOR * min(
            1.0, 2 * density
        )
    else:
        confidence = min(1.0, density)
    return Verdict(True, language, clamp(confidence))


def judge_unknown(run: Run, cfg: Setup) -> Verdict:
    """A short wrapped span with no marker: every word unknown to English, and langdetect sure.

    Only 1–3 lower-case words that are the whole content of brackets or
    quotes get here (``“quartiere”``, ``(obra pública)``), so the
    character n-gram check (langdetect with only the candidates' and the
    target's profiles) runs rarely.
    """
    content = [t for t in run.toks if t.cls is _UNKNOWN]
    if not content or any(t.cls is _NAME for t in run.toks):
        return REJECTED
    lowers = [t.text.lower().replace("’", "'") for t in content]
    if not all(t.text.islower() and t.text.lower() not in cfg.english for t in content):
        return REJECTED
    if not any(unknown_word(w, cfg) for w in lowers):
        return REJECTED
    if len(lowers) == 1 and len(lowers[0]) < UNKNOWN_MIN_LETTERS:
        return REJECTED  # too short for character n-grams to say much (“rizz”)
    words = " ".join(t.text.replace("’", "'") for t in run.toks)
    languages = (*cfg.candidates, cfg.target)
    probs = probabilities(words, languages)
    if not probs:
        # No list knows the words: character n-grams decide, and only for words
        # with the sources' accents (``preconditions`` is rare English, not Italian).
        if cfg.diacritic is None or cfg.diacritic.search(words.lower()) is None:
            return REJECTED
        probs = detect(words, languages)
    if not probs or probs.get(cfg.target, 0.0) > UNKNOWN_MAX_EN:
        return REJECTED
    language = max(
        cfg.candidates, key=lambda lang: (probs.get(lang, 0.0), -cfg.candidates.index(lang))
    )
    p = probs.get(language, 0.0)
    if p < UNKNOWN_MIN_P:
        return REJECTED
    return Verdict(True, language, clamp(UNKNOWN_CONFIDENCE * p), 0.0)


__all__ = ["REJECTED", "Run", "Verdict", "best_language", "clamp", "judge", "mixed_confidence"]
