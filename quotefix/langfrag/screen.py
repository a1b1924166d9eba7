"""The word screen: each word as written is sorted once by what it can start.

Most lines of a translated article lead nowhere, but each holds a name, a place
or a foreign word that a plain "all English?" test would stop at. The tests that
decide whether a line goes on (first-pass evidence, an unknown word in brackets,
a seed of a short leftover) depend on each word alone, so they are worked out
once per word and kept as sets in the setup's :class:`~.data.WordScreen`; a line
is then screened with a set operation in C instead of a loop over its words.
"""

from __future__ import annotations

from itertools import islice

from .data import Setup, WordScreen
from .firstpass import unknown_word
from .shortspans import _CAPITALS, seed_word
from .shortwords import may_be_foreign
from .tokens import CLASSES_KEPT, KEPT_ON_RESTART, restart
from .tuning import WRAPPED_MAX_CHARS


def learned(words: list[str], cfg: Setup) -> WordScreen:
    """The setup's word screen, after it has seen ``words`` (one line's words).

    Callers screen the line with the screen returned, never with a newer one: a
    screen is only ever added to (a word joins ``seen`` last, once its sets have
    it), and a full one is replaced rather than cleared, so that a check running
    in another thread never sees a word as seen before its sets are complete.
    """
    screen = cfg.screens[-1]
    seen = screen.seen
    if all(map(seen.__contains__, words)):
        return screen  # the common case, once an article or two have been read
    if len(seen) >= CLASSES_KEPT:
        # Bounded like the other per-word memories: start again rather than grow,
        # keeping the words learnt first (:data:`~.tokens.KEPT_ON_RESTART`).
        screen = _restarted(screen)
        cfg.screens[:] = [screen]
        seen = screen.seen
    elision = cfg.elision
    for word in set(words).difference(seen):
        if _evidence(word, cfg):
            screen.evidence[word] = None
        # An elision lies inside one word (a letter follows its apostrophe, and the
        # word's start or a hyphen or apostrophe precedes it): words without one
        # need no look.
        if elision is not None and ("’" in word or "'" in word) and elision.search(word):
            screen.elided[word] = None
        # Only words short enough to be inside short brackets or quotes are looked
        # for there (and the compound test costs the square of a word's length).
        if len(word) <= WRAPPED_MAX_CHARS and unknown_word(word, cfg):
            screen.unknown[word] = None
        if _may_seed(word, cfg):
            screen.seeds[word] = None
        if may_be_foreign(word, cfg):
            screen.opening[word] = None
        seen[word] = word
    return screen


def trim(cfg: Setup) -> None:
    """Start the setup's per-word memories again, keeping their first words.

    After a long text: its findings are all held at once until the check returns,
    and the memories of its tens of thousands of words (some 9 MB for a 10 MB text)
    would add to that peak while the boilerplate family runs. Articles are checked
    one at a time and keep their memories.
    """
    restart(cfg.classes[False])
    restart(cfg.classes[True])
    restart(cfg.short_classes)
    cfg.screens[:] = [_restarted(cfg.screens[-1])]


def _restarted(full: WordScreen) -> WordScreen:
    """A new screen with the first :data:`~.tokens.KEPT_ON_RESTART` words of ``full``,
    each in the same sets (``full`` itself is left as it was, for a check reading it)."""
    screen = WordScreen()
    sets = ((full.evidence, screen.evidence), (full.unknown, screen.unknown),
            (full.seeds, screen.seeds), (full.elided, screen.elided),
            (full.opening, screen.opening))
    for word in islice(full.seen, KEPT_ON_RESTART):
        for old, new in sets:
            if word in old:
                new[word] = None
        screen.seen[word] = word
    for old_words, new_words in zip(full.seed_words, screen.seed_words, strict=True):
        new_words.update(islice(old_words.items(), KEPT_ON_RESTART))
    return screen


def _evidence(word: str, cfg: Setup) -> bool:
    """First-pass evidence (:func:`.firstpass.evidence_words`), elisions aside."""
    if word in cfg.first_pass_words:
        return True
    diacritic = cfg.diacritic
    return (
        diacritic is not None
        and word[0].islower()
        and diacritic.search(word) is not None
        and word not in cfg.allow_words
    )


def _may_seed(word: str, cfg: Setup) -> bool:
    """Can ``word`` give a line a seed (:func:`.shortspans._seeds`)?

    A lower-case word through its lower case; a capitalised one through its opening
    letters, which a determiner before it makes a German noun candidate. Asked with
    ``capital=True`` both times: a word that may be a seed in some line is let through.
    """
    english = cfg.english
    if not english or word in english:
        return False
    if word[0].islower():
        lower = word.lower()
        if lower not in english and seed_word(lower, cfg, True):
            return True
    if word[0] in _CAPITALS and "de" in cfg.candidates:
        head = word.split("-", 1)[0].split("'", 1)[0].split("’", 1)[0].lower()
        # Let through without the frequency lists: the reader asks only for a word
        # after a determiner, so a name in clean copy (``of Porthaven``) loads none.
        if len(head) >= 2 and head not in english:
            return True
    return False


__all__ = ["learned"]
