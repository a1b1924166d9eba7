"""An English explanation right after a foreign word: the word is a term, glossed.

``the “rentrée”, the return to school``, ``a “canicule” – a heatwave alert –``, ``the
blocos, street bands followed by thousands of dancers``: the writer names the thing
in its language and says at once what it is.
"""

from __future__ import annotations

import regex

from ..lazy import LazyPattern
from .data import Setup
from .glosses import POSSESSOR
from .tuning import GLOSS_AFTER_CHARS

# An apposition that explains the word just before it: ``the “rentrée”, the return
# to school``, ``a “canicule” – a heatwave alert –``, ``a bàcaro, one of the wine bars``.
_APPOSITION = LazyPattern(
    # (the thing that bears the words may come first: ``“cerrado por vacaciones”
    # notices, meaning closed for the holidays``)
    r"[\s”»\"’'*_]*(?:\s+(?:signs?|notices?|banners?|posters?|placards?|stickers?|labels?)(?=,))?"
    r"(?:,\s*[“\"]?(?:the|a|an|its|their|literally|meaning|or|one\s+of)\b"
    # or a name's (``the cerrado, Brazil’s vast savanna``)
    # (or its English name, a capitalised phrase of its kind: ``the Grundgesetz, Germany's
    # Basic Law``)
    r"|,\s*" + POSSESSOR + r"\s+(?:\p{Ll}|(?:\p{Lu}\p{Ll}+\s+){0,3}(?:Law|Act|Code|Court"
    r"|Parliament|Council|Assembly|Chamber|Senate|Office|Ministry|Agency|Constitution"
    r"|Tribunal|Police|Authority|Commission|Board|Party|Festival|Prize)\b)"
    # after a closing quotation mark, an explanation between commas with no article
    # (``the “pizzo”, protection money paid to the mafia, is…``, or the comma inside the
    # marks: ``the "pizzo," protection money…``); not a verb of saying
    r"|(?:[”»\"’']\s*,|,[”»\"’'])\s*(?!(?:said|says|say|told|added|adds|asked|wrote|replied|insisted"
    r"|warned|explained|declared|shouted|stressed|admitted|which|who|whose|that|where"
    r"|when|while|but|and|as|so|because|although|though|if)\b)\p{Ll}[\p{L}’'\- ]{2,60}?,"
    r"|\s[–—]\s*[“\"]?(?:\p{Ll}|the\b|a\b|an\b)|\s?\(\s*[“\"]?(?:\p{Ll}|the\b|a\b|an\b)"
    # or how a place names the thing (``a bica, as Lisbon calls its short black coffee``)
    r"|,\s*(?:as|what)\s+(?:[\p{L}’'\-]+\s+){1,3}(?:calls?|called|knows?|names?|named"
    r"|nicknames?|nicknamed|dubs?|dubbed|terms?|termed)\b"
    # or the kind of word it is (``the next craque, Brazilian slang for a star player``)
    r"|,\s*(?:\p{Lu}\p{Ll}+\s+)?(?:slang|jargon|parlance|shorthand|argot)\s+for\b)",
    regex.VERSION1,
)
# A few words later: ``the “saudade” in the fado songs, a longing for…``.
_LATE_APPOSITION = LazyPattern(
    r"[\s”»\"’'*_]*(?:\s+[\p{Ll}’'\-]+){1,5},\s*(?:a|an|the)\s+\p{Ll}", regex.VERSION1
)
# Or between dashes: ``the “desenrascanço” of the firefighters – improvising … –``.
_DASHED_APPOSITION = LazyPattern(
    r"[\s”»\"’'*_]*(?:\s+[\p{Ll}’'\-]+){1,5}\s[–—]\s*\p{Ll}[\p{L}’'\- ]{2,80}?\s[–—]\s",
    regex.VERSION1,
)


# An explanation set between two dashes right after the span (``agentes comunitários
# de saúde — community health workers who visit families — is…``).
# (or after the thing that bears the words: ``Chiuso per ferie signs – closed for the
# holidays – went up``)
_DASH_PAIR = LazyPattern(
    r"[”\"»’']?(?:[ \u00a0]+(?:signs?|banners?|posters?|placards?|notices?|stickers?"
    r"|labels?|slogans?|graffiti))?"
    r"[ \u00a0]+[–—][ \u00a0]*\p{Ll}[^–—\n]{2,120}?[ \u00a0][–—][ \u00a0]", regex.VERSION1
)


def set_off_by_dashes(line: str, end: int) -> bool:
    """Right after the span, an English explanation opened and closed by dashes: a gloss,
    even of a longer phrase, as the sentence goes on after the second dash."""
    return _DASH_PAIR.match(line, end, min(len(line), end + 130)) is not None


# The span as the aside of an English term: between two dashes, right after the term's
# English words (``a motion of no confidence — a moción de censura — must…``), the aside
# opened by an article, English or the source's (``said — selon la police —`` is a
# leftover).
_ASIDE_BEFORE = LazyPattern(
    r"\p{Ll}[\p{L}’'\-]*[ \u00a0]+[–—][ \u00a0]+(?:(?:a|an|the)[ \u00a0]+)?$", regex.VERSION1)
_ASIDE_ARTICLE = LazyPattern(
    r"(?:a|an|the|la|le|les|l’|l'|el|los|las|il|lo|gli|i|der|die|das|den|dem|des|o|os|as|um"
    r"|uma|un|une|una|uno|ein|eine|het|de|een)[ \u00a0]", regex.VERSION1)
_ASIDE_AFTER = LazyPattern(r"[”\"»’']?[ \u00a0]*[–—][ \u00a0]", regex.VERSION1)


def dashed_aside(line: str, start: int, end: int) -> bool:
    """The span stands alone between two dashes right after English words: the source's
    own name for the term they give."""
    before = _ASIDE_BEFORE.search(line, max(0, start - 40), start)
    return (before is not None and _ASIDE_AFTER.match(line, end, min(len(line), end + 4))
            is not None and (line[before.start() : start].rstrip().endswith((" a", " an", " the"))
                             or _ASIDE_ARTICLE.match(line, start) is not None))


# After a closing quotation mark, a comma and a clause in English up to the next comma:
# the quotation's translation (``"Tudo vale a pena se a alma não é pequena", everything
# is worthwhile if the soul is not small, has been painted…``).
_AFTER_QUOTE = LazyPattern(
    r"[”»\"’'][ \u00a0]*,[ \u00a0]*(?!(?:said|says|say|told|added|adds|asked|wrote|replied"
    r"|warned|explained|declared|shouted|which|who|whose|that|where|when|while|but|and|as"
    r"|so|because|although|though|if|he|she|they|it|we|i)\b)(\p{Ll}[\p{L}’'\- ]{8,100}?),",
    regex.VERSION1)
#: Share of English words a quotation's translation holds at least.
TRANSLATION_ENGLISH_SHARE = 0.7


def translated_after_quote(line: str, end: int, cfg: Setup) -> bool:
    """Right after the quotation, between commas, a clause of English words: its
    translation (any length of quotation: a line of verse, a motto)."""
    found = _AFTER_QUOTE.match(line, end, min(len(line), end + 110))
    if found is None:
        return False
    words = _WORD.findall(found.group(1))
    return len(words) >= 3 and sum(w.lower() in cfg.english for w in words) >= (
        TRANSLATION_ENGLISH_SHARE * len(words))


# Right after the span, its translation between dashes (``Petit à petit, l'oiseau fait
# son nid — little by little, the bird builds its nest — was how…``), the inner part.
_DASHED_INNER = LazyPattern(
    r"[”\"»’']?[ \u00a0]+[–—][ \u00a0]*(\p{Ll}[^–—\n]{2,160}?)[ \u00a0][–—][ \u00a0]",
    regex.VERSION1,
)
# After the span, the copy naming it a saying (``En abril, aguas mil, goes the old
# saying``, ``…, as the proverb has it``).
_SAYING_AFTER = LazyPattern(
    r"[”\"»’']?,?[ \u00a0]+(?:as[ \u00a0]+)?(?:goes|runs|says|has[ \u00a0]+it)?[ \u00a0]*"
    r"(?:the|an|a|that)[ \u00a0]+(?:[\p{L}\d’'\-]+[ \u00a0]+){0,3}(?:saying|proverb|adage"
    r"|motto|maxim|refrain|expression|rhyme|slogan|rallying[ \u00a0]+cry|battle[ \u00a0]+cry"
    r"|war[ \u00a0]+cry|chant)\b"
    # or the next sentence calls it one (``Alle reden vom Wetter. Wir nicht. The old
    # railway advertising slogan…``)
    r"|[”\"»’']?[.!?]?[”\"»’']?[ \u00a0]+(?:The|This|That)[ \u00a0]+(?:[\p{L}\-]+[ \u00a0]+){0,3}"
    r"(?:saying|proverb|adage|motto|maxim|slogan|rallying[ \u00a0]+cry|chant|refrain)\b"
    # or the sentence goes on to make it one (``“Ils ne passeront pas” became the
    # rallying cry of…``)
    r"|[”\"»’']?[ \u00a0]+(?:became|becomes|has[ \u00a0]+become|had[ \u00a0]+become|remains"
    r"|remained)[ \u00a0]+(?:the|an?|its|their|his|her)[ \u00a0]+(?:[\p{L}\d’'\-]+[ \u00a0]+){0,3}"
    r"(?:saying|proverb|adage|motto|maxim|slogan|rallying[ \u00a0]+cry|battle[ \u00a0]+cry"
    r"|war[ \u00a0]+cry|chant|refrain|watchword|catchphrase)\b"
    # or the copy says it was written or chanted (``“Trabalho sim, exploração não,” was
    # painted on the lead banner``)
    r"|[”\"»’']?,?[”\"»’']?[ \u00a0]+(?:was|were|is|are)[ \u00a0]+(?:painted|written|printed"
    r"|sprayed|scrawled|emblazoned|chanted|sung|shouted|inscribed|carved|embroidered)\b"
    # or what carried it read it (``“Il clima sta cambiando”, read one of the placards``)
    r"|[”\"»’']?[.!?]?[”\"»’']?,?[ \u00a0]+(?:read|reads|said|says|proclaimed|declared)[ \u00a0]+"
    r"(?:(?:one|some|many|most)[ \u00a0]+of[ \u00a0]+)?(?:the|their|a|his|her)[ \u00a0]+"
    r"(?:[\p{Ll}\-]+[ \u00a0]+)?(?:placards?|banners?|signs?|posters?|messages?|slogans?"
    r"|t-shirts?|graffiti|stickers?)\b"
    # or a quotation names what it was written on (``hung “Touche pas à mon école” signs``)
    r"|[”\"»][ \u00a0]+(?:signs?|banners?|placards?|posters?|stickers?|t-shirts?|badges?"
    r"|flags?|graffiti)\b",
    regex.VERSION1,
)


def dashed_translation(line: str, end: int, words: int) -> bool:
    """Right after the span, between dashes, English of about its length: its
    translation, however long the span (a shorter gloss is read by
    :func:`set_off_by_dashes`)."""
    found = _DASHED_INNER.match(line, end, min(len(line), end + 200))
    if found is None:
        return False
    inner = len(found.group(1).split())
    return words / 2 <= inner <= words * 2


def named_a_saying(line: str, end: int) -> bool:
    """After the span, the copy calls it a saying, a proverb or a motto."""
    return _SAYING_AFTER.match(line, end, min(len(line), end + 60)) is not None


# After the span, a comma and the rest of the same saying, up to its translation between
# dashes or the copy naming it (``Doe maar gewoon, dan doe je al gek genoeg — just act
# normal… —``, ``En abril, aguas mil, goes the old saying``).
_SAYING_GOES_ON = LazyPattern(r",[ \u00a0]+([^,—–.;:!?()\n]{2,60}?)(?=[ \u00a0]*[,—–])",
                              regex.VERSION1)
_WORD = LazyPattern(r"[\p{L}’'\-]+", regex.VERSION1)


def glossed_saying(line: str, end: int, words: int, cfg: Setup) -> bool:
    """The span is the first part of a saying whose rest follows a comma (mostly no
    English words) and which is then translated between dashes or named a saying."""
    found = _SAYING_GOES_ON.match(line, end, min(len(line), end + 70))
    if found is None:
        return False
    rest = _WORD.findall(found.group(1))
    if not rest or sum(w.lower() in cfg.english for w in rest) * 2 > len(rest):
        return False  # English goes on after the comma: no saying
    after = found.end(1)
    return dashed_translation(line, after, words + len(rest)) or named_a_saying(line, after)


# The English noun of the kind of thing a borrowed word names, right after it (``a
# rabelo boat``, ``the sardana dance``, ``a pastel de nata pastry``).
_KIND_NOUN_AFTER = LazyPattern(
    r"[ \u00a0]+(?:boats?|dances?|songs?|dish(?:es)?|pastry|pastries|cakes?|wines?|cheeses?"
    r"|sausages?|breads?|soups?|stews?|drinks?|liqueurs?|brandy|festivals?|feasts?"
    r"|processions?|music|tradition|traditions|rituals?|instruments?|guitars?|costumes?"
    r"|sweets?|biscuits?|breeds?|grapes?|variet(?:y|ies)|style|styles|genre|technique)\b",
    regex.VERSION1,
)


def kind_noun_after(line: str, end: int) -> bool:
    """An English noun of the thing's kind right after one borrowed word: the writer
    names a kind of boat, dance or dish in its language."""
    return _KIND_NOUN_AFTER.match(line, end, min(len(line), end + 16)) is not None


def apposition(line: str, end: int, late: bool = False, dashed: bool = False) -> bool:
    """An English explanation right after the span (or, with ``late``, a few words on
    after a comma; with ``dashed``, a few words on between dashes)."""
    stop = min(len(line), end + GLOSS_AFTER_CHARS)
    if _APPOSITION.match(line, end, stop) is not None:
        return True
    if late and _LATE_APPOSITION.match(line, end, stop + 20) is not None:
        return True
    return dashed and _DASHED_APPOSITION.match(line, end, stop + 100) is not None


# One more word of the term, then its explanation (``a paga extra, an additional
# month's salary``).
_ONE_ON = LazyPattern(r"[”»\"’'*_]*[ \u00a0]+(\p{Ll}[\p{L}’'\-]*)[”»\"’'*_]*,[ \u00a0]*"
                      r"(?:a|an|the)[ \u00a0]+\p{Ll}", regex.VERSION1)


def apposition_one_on(line: str, end: int) -> bool:
    """After one more word of the term (no word that carries the sentence on), a comma
    and an explanation with an article: the two words are glossed together. Further on,
    the explanation is of the words between (``the maire of the commune, a man of 58``)."""
    found = _ONE_ON.match(line, end, min(len(line), end + GLOSS_AFTER_CHARS))
    return found is not None and found.group(1) not in _GOES_ON


# A few words on, a dash or a comma and a word that gives a sense (``an Angstgegner for
# the German club — literally a "fear opponent"``).
# Or right after it, what the word names and that it was known so (``the poilus, as the
# French infantrymen of the First World War were known``).
_LATE_CUE = LazyPattern(
    r"[”»\"’'*_]*(?:(?:[ \u00a0]+[\p{L}’'\-]+){1,5}[ \u00a0]*[–—,][ \u00a0]*"
    r"(?:literally|meaning|which[ \u00a0]+means)\b"
    r"|,[ \u00a0]+as[ \u00a0]+(?:[\p{L}\d’'\-]+[ \u00a0]+){1,10}?"
    r"(?:were|was|are|is|have[ \u00a0]+been|had[ \u00a0]+been)[ \u00a0]+(?:\p{Ll}+ly[ \u00a0]+)?"
    r"(?:known|called|nicknamed|dubbed)\b)",
    regex.VERSION1)
#: How far after the span a late cue may end.
LATE_CUE_CHARS = 110


def late_gloss_cue(line: str, end: int) -> bool:
    """A few words after the span, set off by a dash or a comma, ``literally`` or
    ``meaning``, or what the word names and ``as … were known``: the sense of the word,
    given once its phrase is complete."""
    return _LATE_CUE.match(line, end, min(len(line), end + LATE_CUE_CHARS)) is not None


# Between commas, the span's sense in as many English words, then the sentence's verb
# (``Partido a partido, game by game, has been his mantra``).
_ECHOED = LazyPattern(r"[”»\"’'*_]*,[ \u00a0]+(\p{Ll}[\p{Ll}’'\- ]{1,40}?)[”»\"’']?,[ \u00a0]+"
                      r"(?:has|have|is|are|was|were|had|will|remains|remained|became|becomes)\b",
                      regex.VERSION1)


def echoed_gloss(line: str, end: int, words: int, cfg: Setup) -> bool:
    """The span as a sentence's subject, its sense between commas in about as many
    English words, and the verb: a phrase quoted in its language and translated."""
    found = _ECHOED.match(line, end, min(len(line), end + 60))
    if found is None:
        return False
    sense = found.group(1).split()
    return abs(len(sense) - words) <= 1 and all(w in cfg.english for w in sense)


# A comma and two words in lower case after the span (``the petiscos, small plates
# meant for sharing``, ``the blocos, street bands followed by…``).
_BARE_AFTER = LazyPattern(r"[”»\"’'*_]*,[ \u00a0]+(\p{Ll}+)[ \u00a0]+(\p{Ll}+)\b",
                          regex.VERSION1)
# Words that go on with the sentence rather than explain the term: conjunctions,
# relative words, pronouns, prepositions, verbs of saying and adverbs of time.
_GOES_ON = frozenset({
    "and", "or", "but", "nor", "so", "yet", "as", "because", "although", "though", "if",
    "while", "when", "where", "which", "who", "whom", "whose", "that", "then", "now", "since",
    "until", "after", "before", "unless", "once", "whether", "than", "he", "she", "it", "they",
    "we", "i", "you", "there", "this", "these", "those", "his", "her", "our", "your", "my",
    "in", "on", "at", "for", "with", "from", "by", "to", "of", "into", "onto", "about",
    "during", "without", "against", "under", "over", "between", "among", "through", "per",
    "said", "says", "say", "told", "added", "adds", "asked", "wrote", "replied", "insisted",
    "warned", "explained", "declared", "stressed", "admitted", "according", "not", "no",
    "still", "also", "even", "just", "only", "already", "too", "again", "is", "are", "was",
    "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must",
    "should", "did", "does", "do", "be", "been", "being", "all", "both", "each", "every",
    "some", "many", "most", "more", "much", "very", "here", "yesterday", "today", "tomorrow",
    "however", "therefore", "instead", "including", "such", "like", "unlike", "despite",
    "what", "how", "why", "one", "two", "three",
})


# Words after a noun that go on with the noun, not with the sentence.
_NOUN_GOES_ON = frozenset({"of", "who", "whose"})


def bare_apposition(line: str, end: int, cfg: Setup) -> bool:
    """After a comma, an English noun phrase or participle with no article right after
    the span: two common English words, neither a word that carries the sentence on
    (``the misiva, which…``, ``the Kita, he said``) nor a past participle or an adverb
    (``the misiva, sent on Monday``), which go on with the sentence as readily."""
    found = _BARE_AFTER.match(line, end, min(len(line), end + GLOSS_AFTER_CHARS))
    if found is None:
        return False
    first, second = found.group(1), found.group(2)
    english = cfg.english
    # (a noun and ``of`` opens a noun phrase too: ``the infiorata, carpets of petals``;
    # so does a noun and ``who``: ``the statushouders, refugees who…``; ``that`` goes on
    # after a verb as readily: ``…, por su parte, consider that``)
    return (first in english and second in english
            and first not in _GOES_ON and (second not in _GOES_ON or second in _NOUN_GOES_ON)
            and not first.endswith(("ed", "ly")))


__all__ = [
    "apposition",
    "apposition_one_on",
    "bare_apposition",
    "dashed_aside",
    "dashed_translation",
    "glossed_saying",
    "kind_noun_after",
    "late_gloss_cue",
    "named_a_saying",
    "set_off_by_dashes",
    "translated_after_quote",
]
