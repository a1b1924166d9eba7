"""Cues just before a foreign phrase that say it is there on purpose.

A phrase is named, titled, sung or written on a banner in the words before it
(``the so-called``, ``the film``, ``people call the hot wind``, ``banners
said``, ``as the saying goes``): :func:`cue_before` finds such a cue at the end
of the text before a span. The common cues are one large pattern
(:func:`gloss_cue_before`), tried at every position of its window, so a window
is first asked for a cue's word, which most windows lack; the rarer ones are
read word by word from the window's end (:func:`more_cue`).
"""

from __future__ import annotations

import regex

from ..lazy import LazyPattern
from .tuning import GLOSS_BEFORE_CHARS, MORE_CUES_CHARS

_GLOSS_BEFORE = LazyPattern(
    r"(?:\bcalled|\bdubbed"
    r"|\bknown(?: (?:locally|widely|popularly|colloquially|affectionately|informally|simply"
    r"|commonly|generally|here|there))?"
    r"(?: (?:in|to|among) [\w’' ]{1,30})? as"
    # a name's own first word kept before the span (``known in France as the loi …``)
    r"(?: (?:the|a|an) \p{Ll}+)?"
    r"|\bterm(?:ed)?|\bword|\bphrase|\bslogan|\bmotto|\bexpression|\btitle|\bname"
    r"|\bheadlines?|\bcaptions?"
    r"|\bso-called|\bnicknamed|\bheadlined|\btitled|\bentitled|\bsang|\bchanted|\bchanting"
    r"|\broared|\broaring|\bbellowed|\bbellowing|\bbelt(?:s|ed|ing)? out|\bsinging"
    r"|\bintoned|\bintoning|\bhummed|\bhumming"
    r"|\bshouting|\bshouted|\byelled|\bchorused"
    r"|\bread(?:s|ing)?|\bin (?:french|german|spanish|italian|portuguese|dutch)(?: as)?"
    r"|\b(?:french|german|spanish|italian|portuguese|dutch) (?:for|term|word|phrase|expression)"
    r"|\bwhat (?:the )?\w+ call|\bas (?:the )?\w+ (?:say|put it|call it)"
    # a verb of naming, its object between (``people call the hot wind “el terral”``)
    r"|\b(?:(?:call|calls|calling)(?!\s+(?:for|on|off|out|in|up|back)\b)|name|names|dub|dubs"
    r"|nickname|nicknames|christened"
    r"|(?:refer|refers|referred|referring) to(?:\s+[\w’'\-]+){1,6} as"
    r"|(?:know|knows|knew)(?:\s+[\w’'\-]+){1,6} as)(?:\s+[\w’'\-]+){0,8}"
    # titles: a work named just before it (the film “…”, the band played “…”)
    r"|\b(?:film|movie|documentary|series|sitcom|show|song|single|album|track|hit|anthem"
    r"|textbook|handbook|guidebook|cookbook|schoolbook|manual|pamphlet|manifesto|brochure"
    r"|ballad|aria|book|novel|novella|memoir|poem|play|opera|musical|painting|exhibition"
    r"|comedy|satire|farce|parody|revue|drama|thriller|quarterly|monthly|journal|tabloid|broadsheet|gazette"
    r"|magazine|comic|comics|cartoon|fable|tale|story|symphony|concerto|sonata|anthology"
    r"|collection|trilogy|telenovela|soap|serial|sculpture|portrait|fresco|mural|canvas|essay"
    r"|etching|engraving|lithograph|woodcut|triptych|altarpiece|diary|diaries"
    # a song named by its kind (``the bolero “…”``)
    r"|bolero|fado|tango|samba|rumba|chanson|canzone|lullaby"
    r"|newspaper|paper|daily|weekly|programme|program|podcast|column|bestseller|saga|film noir"
    # what is made of a work, and who made it (``the premiere of “…”``)
    r"|premiere|adaptation|screening|staging|remake|sequel|episode|actress|actor|composer"
    r"|(?:chapter|fans|readers|viewers|soundtrack|lyrics|chorus|scenes?|cast|volume|issue|print"
    r"|edition|copies|translation|cover|sequel|author|title) of"
    # a prize given for a work (``won the Grammy for best album for “…”``)
    r"|award|awards|prize|prizes|grammy|grammys|oscar|oscars|nominated|nomination|nominations)"
    r"(?:\s+(?:by|of|for)(?:\s+[\w’'.\- ]{1,30})?)?"
    # a report named after its author (``a report from the rail network's operator, “…”``),
    # in quotation marks or italics: a phrase after the bare word is what it reports
    r"|\b(?:report|study|survey)(?:\s+(?:by|from)(?:\s+[\w’'.\- ]{1,45})?)?[\s,:]*[“\"«„*_]"
    r"|\b(?:played|sang|sing|sings|performed|screened|broadcast|staged|recited|published|wrote"
    r"|watched|watch|watches|rang with|rings with|ring with|echoed with|raised? (?:his|her|their"
    r"|a) glass(?:es)?(?: to| and (?:say|says|said))?"
    r"|translated|directed|filmed|adapted|reissued|revived|released)"
    # greetings and slogans kept on purpose: said to a crowd, carried, painted, written
    r"|\b(?:banner|banners|sign|signs|placard|placards|poster|posters|flag|graffiti|t-shirts?"
    r"|inscription|message|words|saying|wished(?: \w+){0,3}|greeted(?: \w+){0,3}"
    r"|(?:banners?|signs?|placards?|posters?|cards?|t-shirts?|flags?)(?: that| which)?"
    r"(?: simply| just)? (?:said|say|says|saying|read|reads|reading|declaring|proclaiming)"
    r"(?: simply| just)?"
    r"|(?:ended|closed|opened|began|finished)(?: \w+){0,3} with|painted|sprayed|tweeted"
    r"|(?:printed|emblazoned|embroidered|inscribed|stencilled|stenciled)(?: with)?|bearing"
    r"|cheered|toasted|signed off|farewell|goodbye|greeting|salute|motto|chant|proverb|adage"
    r"|maxim|refrain|toast|prayer|blessing|catchphrase)"
    # a name between the cue and the span (``the exhibition Matisse, le laboratoire …``)
    r")(?:(?:\s+(?-i:\p{Lu})[\p{L}’'\-]*){1,3},)?(?:\s+(?:the|a|an)"
    # (and the kind of song it is: ``belting out the rumba “…”``)
    r"(?:\s+(?:rumba|samba|tango|song|anthem|hymn|ballad|chant|tune|classic|hit|refrain|march"
    r"|carol|lullaby|fado|bolero|chanson|canzone|lied))?)?[\s,:]*[“\"«„‘'(\[*_]*\s*$",
    regex.IGNORECASE | regex.VERSION1,
)

# Every match of _GLOSS_BEFORE holds one of these words whole (its cue, in full case
# folding; ``in`` and ``as`` only with a language's name or ``say``, ``put`` or
# ``call`` after them): a window without any is not searched, and most windows have
# none. ``tests/test_fast_paths.py`` holds the list to the pattern.
GLOSS_BEFORE_WORDS = frozenset(
    {
        "called", "dubbed", "known", "term", "termed", "word", "phrase", "slogan", "motto",
        "expression", "title", "name", "headline", "headlines", "caption", "captions", "so",
        "nicknamed", "headlined", "titled", "entitled", "sang", "chanted", "chanting", "shouting",
        "shouted", "yelled", "chorused", "report", "study", "survey",
        "read", "reads", "reading", "french", "german", "spanish", "italian", "portuguese", "dutch",
        "say", "put", "call", "calls", "calling", "names", "dub", "dubs", "nickname", "nicknames",
        "christened", "refer", "refers", "referred", "referring", "know", "knows", "knew", "film",
        "movie", "documentary", "series", "sitcom", "show", "song", "single", "album", "track",
        "textbook", "handbook", "guidebook", "cookbook", "schoolbook", "manual", "pamphlet",
        "manifesto", "brochure",
        "hit", "anthem", "ballad", "aria", "book", "novel", "novella", "memoir", "poem", "play",
        "opera", "musical", "painting", "exhibition", "magazine", "comic", "comics", "cartoon",
        "fable", "tale", "story", "symphony", "concerto", "sonata", "anthology", "collection",
        "trilogy", "telenovela", "soap", "serial", "sculpture", "portrait", "fresco", "mural",
        "canvas", "essay", "etching", "engraving", "lithograph", "woodcut", "triptych",
        "altarpiece", "diary", "diaries", "declaring", "proclaiming",
        "satire", "farce", "parody", "revue", "bolero", "fado", "tango", "samba",
        "rumba", "chanson", "canzone", "lullaby", "released", "newspaper", "paper", "daily",
        "weekly", "programme", "program",
        "podcast", "column", "bestseller", "saga", "premiere", "adaptation", "screening", "staging",
        "remake", "sequel", "episode", "actress", "actor", "composer", "chapter", "fans", "readers",
        "viewers", "soundtrack", "lyrics", "chorus", "scene", "scenes", "cast", "volume", "issue",
        "edition", "copies", "translation", "cover", "author", "played", "sings", "performed",
        "screened", "broadcast", "staged", "recited", "published", "wrote", "translated",
        "directed", "filmed", "adapted", "reissued", "revived", "banner", "banners", "sign",
        "signs", "placard", "placards", "poster", "posters", "flag", "flags", "graffiti", "shirt",
        "shirts", "inscription", "message", "words", "saying", "wished", "greeted", "card", "cards",
        "ended", "closed", "opened", "began", "finished", "painted", "sprayed", "tweeted",
        "printed", "emblazoned", "embroidered", "inscribed", "stencilled", "stenciled", "bearing",
        "cheered", "toasted", "signed", "farewell", "goodbye", "greeting", "salute", "chant",
        "roared", "roaring", "bellowed", "bellowing", "belt", "belts", "belted", "belting",
        "singing", "intoned", "intoning", "hummed", "humming", "comedy", "drama", "thriller",
        "quarterly", "monthly",
        "journal", "tabloid", "broadsheet", "gazette", "award", "awards", "prize", "prizes",
        "grammy", "grammys", "oscar", "oscars", "nominated", "nomination", "nominations",
        "sing", "watched", "watch", "watches", "rang", "rings", "ring", "echoed", "raise",
        "raised", "print", "proverb", "adage", "maxim", "refrain", "toast", "prayer", "blessing",
        "catchphrase",
    }
)
_CUE_TOKEN = LazyPattern(r"[^\W_]+")


def gloss_cue_before(window: str) -> bool:
    """``window`` (the text just before a span) ends with a cue of _GLOSS_BEFORE."""
    if GLOSS_BEFORE_WORDS.isdisjoint(_CUE_TOKEN.findall(window.casefold())):
        return False
    return _GLOSS_BEFORE.search(window) is not None


# More cues, read word by word from the end of the window (a pattern searched over it
# would cost more than all the rest of this test): a work after a recording, a role or
# a modal and ``stage``, or a volume in apposition; a saying by its kind, its place or
# ``as the saying goes``; a sign that ``simply said``; ``what locals know as``; the
# English word, a comma and ``or`` (``each district, or “contrada”,``).
_CUE_PAIRS = frozenset(
    {
        *(("recording", "of"), ("rendition", "of"), ("revival", "of"), ("saying", "goes")),
        *(("starred", "in"), ("starring", "in"), ("stars", "in"), ("know", "as")),
        *(("knows", "as"), ("rallying", "cry"), ("battle", "cry"), ("war", "cry")),
        *((modal, "stage") for modal in ("will", "would", "to", "can", "could")),
        # a chant or a cheer heard (``to cries of “…”``, ``joined in “…”``)
        *(
            (noise, "of")
            for noise in ("cry", "cries", "chant", "chants", "shout", "shouts", "chorus",
                          "choruses", "roar", "roars", "strains", "tune", "refrain")
        ),
        *(("join", "in"), ("joins", "in"), ("joined", "in"), ("joining", "in")),
        *(
            (part, "from")
            for part in ("character", "characters", "hero", "heroine", "villain", "scene",
                         "scenes", "line", "lines", "verse", "verses", "extract", "excerpt",
                         "passage")
        ),
    }
)
_CUE_WORDS = frozenset(
    {
        *("perform", "performs", "performing", "sing", "sings", "singing", "recite"),
        *("recites", "proverb", "adage", "maxim", "refrain", "catchphrase", "watchword"),
        *("mantra", "dictum", "byword"),
    }
)
# Works named by their place in a series, in apposition (``the second volume, “…”``).
_SERIES_WORDS = frozenset(
    {"volume", "instalment", "installment", "chapter", "prequel", "sequel", "record", "debut"}
)
# What is said on purpose, named just before a comma (``the same line, “…”``).
_SAYING_NOUNS = frozenset(
    {"line", "lines", "words", "refrain", "catchphrase", "greeting", "farewell", "sign-off",
     "toast", "prayer", "blessing", "chant", "cry", "formula", "wish", "motto", "slogan",
     "phrase", "headline", "verdict", "epitaph", "inscription", "question", "answer",
     "tagline", "strapline", "jingle"}
)
# Works, named a few words before a comma (``A portrait long thought lost, “…”,``).
_WORK_NOUNS = frozenset(
    {"film", "movie", "documentary", "series", "song", "single", "album", "ballad", "book",
     "novel", "memoir", "poem", "play", "opera", "musical", "painting", "portrait", "canvas",
     "sculpture", "fresco", "mural", "exhibition", "show", "collection", "essay", "podcast",
     "column", "manuscript", "score", "libretto", "drawing", "photograph", "tapestry", "feature"}
)
# Verbs that a reply or a sign-off follows, with ``with`` (``answered with “…”``,
# ``signed every letter … with “…”``).
_WITH_VERBS = frozenset(
    {"sign", "signs", "signed", "end", "ends", "ended", "close", "closes", "closed", "open",
     "opens", "opened", "begin", "begins", "began", "finish", "finishes", "finished",
     "answer", "answers", "answered", "reply", "replies", "replied", "respond", "responds",
     "responded", "counter", "counters", "countered", "retort", "retorted", "greet", "greets",
     "greeted", "welcome", "welcomes", "welcomed", "hail", "hailed", "toast", "toasted"}
)
# Verbs of saying: a work named before them is no cue (``the film's director said, “…”``).
_SAID = frozenset(
    {"said", "says", "say", "told", "tells", "added", "adds", "declared", "replied", "wrote",
     "asked", "insisted", "warned", "explained", "stated", "shouted", "admitted", "stressed"}
)
_SIGNS = frozenset(
    {"banner", "banners", "sign", "signs", "placard", "placards", "poster", "posters", "card",
     "cards", "t-shirt", "t-shirts", "flag", "flags"}
)
_SENTENCE_MARK = LazyPattern(r"[.!?;:…]\s")
_SAYING_PLACE = LazyPattern(
    r"\bas (?:the )?\w+ (?:say|put it|call it) in \p{Lu}[\p{L}’'\-]*"
    r"(?: \p{Lu}[\p{L}’'\-]*){0,2},?\s*$",
    regex.VERSION1,
)


def _recent(tail: str) -> list[str]:
    """The last ten words of the sentence ``tail`` ends, bare and in lower case."""
    sentence = _SENTENCE_MARK.split(tail.rstrip(","))[-1]
    return [w.strip(",;’'\"“”()").lower() for w in sentence.split()[-10:]]


def more_cue(line: str, start: int) -> bool:
    """One of the rarer cues just before ``start`` (see above)."""
    window = line[max(0, start - MORE_CUES_CHARS) : start]
    tail = window.rstrip(" \u00a0“\"«„‘'([*_:—–")
    comma = tail.endswith(",")
    words = tail.rstrip(",").split()[-4:]
    lowers = [w.lower() for w in words]
    if len(lowers) > 1 and lowers[-1] in ("the", "a", "an"):
        lowers = lowers[:-1]
    if not lowers:
        return False
    last = lowers[-1]
    prev = lowers[-2] if len(lowers) > 1 else ""
    if comma:
        if last in _SERIES_WORDS or last in _SAYING_NOUNS or _SAYING_PLACE.search(tail):
            return True
        recent = _recent(tail)
        return not _WORK_NOUNS.isdisjoint(recent[-6:]) and _SAID.isdisjoint(recent)
    recent = _recent(tail) if "with" in lowers else []
    if "with" in recent[-4:] and not _WITH_VERBS.isdisjoint(recent):
        # ``with``, then at most an article and one adjective (``with a dry “…”``)
        after = recent[len(recent) - recent[::-1].index("with"):]
        if not after or (after[0] in ("a", "an", "the") and len(after) <= 2):
            return True
    if last == "or":
        # after an English word, not after a quotation (``“…”, or`` gives its gloss)
        return prev.endswith(",") and prev[-2:-1].isalpha()
    if (prev, last) in _CUE_PAIRS or last in _CUE_WORDS:
        return True
    if len(lowers) > 3 and lowers[-2] in ("the", "a", "an") and (
        (lowers[-4], lowers[-3]) in _CUE_PAIRS
    ):
        return True  # a pair, an article and one adjective (``joined in a final “…”``)
    if last in ("said", "say", "saying") and prev.endswith("ly") and len(lowers) > 2:
        return lowers[-3] in _SIGNS
    return False


# An adverb between a cue and the span (``the headline read simply: “…”``).
_ADVERB_AT_END = LazyPattern(r"\s\p{Ll}{2,}ly(?=[\s,:]*[“\"«„‘(\[*_]*\s*$)", regex.VERSION1)


# Right after the span: the language it is in, named (``reciting … pleine de grâce in
# French``, ``sang “…” in the original Neapolitan``): the writer knows it is foreign.
_LANGUAGE_AFTER = LazyPattern(
    r"[”\"»’'*_)]*,?\s+in\s+(?:the\s+original\s+)?(?:French|German|Spanish|Italian|Portuguese"
    r"|Dutch|Flemish|Latin|Catalan|Basque|Galician|Occitan|Breton|Corsican|Sardinian"
    r"|Neapolitan|Sicilian|Venetian|Castilian|Swiss\s+German|Brazilian\s+Portuguese)\b",
    regex.VERSION1,
)


def language_named_after(line: str, end: int) -> bool:
    """The language of the span is named right after it (``… in French``)."""
    return _LANGUAGE_AFTER.match(line, end, min(len(line), end + 40)) is not None


def cue_before(line: str, start: int) -> bool:
    """A cue just before ``line[start:]`` says the phrase there is deliberate."""
    window = line[max(0, start - GLOSS_BEFORE_CHARS) : start]
    if gloss_cue_before(window) or more_cue(line, start):
        return True
    if "ly" not in window[-24:]:
        return False  # no adverb near the end: the common case
    adverb = _ADVERB_AT_END.search(window)
    return adverb is not None and gloss_cue_before(
        window[: adverb.start()] + window[adverb.end() :]
    )


__all__ = [
    "GLOSS_BEFORE_WORDS", "cue_before", "gloss_cue_before", "language_named_after", "more_cue",
]
