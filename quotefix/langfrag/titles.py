"""Foreign words good English copy keeps on purpose, told apart by their shape.

- :func:`title_shaped`: a short quotation that names something (a film, a
  book, a song, a nickname, a motto): capitalised, shaped like a noun phrase
  (:func:`noun_phrase`), not given as someone's words, and used as a noun of
  the English sentence: its subject (``“Cien años de soledad” is still…``)
  or after a possessive (``Goya's “El sueño de la razón”``), or what a
  ``, which`` clause is about. After a word
  that names a work (``the premiere of “…”``) :mod:`.glosses` leaves any
  quotation alone.
- :func:`name_led`: an institution's own name after an English article,
  capitalised on its first word only as French, Spanish, Italian and
  Portuguese write them (``the Conseil supérieur de l’audiovisuel``).
- :func:`name_tail`: the same name's lower-case words further on, where a
  short phrase starts (``… de l’immigration et de l’intégration``).
  (``two “L”s``, ``the “ß”``).
- :func:`loanword`: an accented word English writes as it is, often enough
  to be in English word frequencies (``communiqué``, ``détente``).

Real leftovers keep their other shapes: quoted speech (``“Une honte”, said
the mayor``), lower-case phrases (``the conseil municipal``) and unaccented
or rare words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..lazy import lazy_re
from .data import FP_WORD, NAME_PARTICLES, Setup
from .frequencies import SCALE, english_zipf, table
from .tuning import (
    LOANWORD_EN_MIN,
    NAME_WORD_MARGIN,
    SHORT_SOURCE_MIN,
    TITLE_CLAUSE_MAX_WORDS,
    TITLE_MAX_WORDS,
)

# Words that may stand between the words of a title or a name: articles,
# prepositions, contractions and ``and`` of the candidate languages.
TITLE_GLUE = NAME_PARTICLES | frozenset(
    {
        *("un", "une", "uno", "una", "ein", "eine", "einer", "dem", "die", "il", "gli", "i"),
        *("o", "a", "os", "as", "l’", "d’", "dell’", "all’", "des", "du", "au", "aux", "à"),
        *("y", "e", "et", "und", "en", "sur", "sous", "sans", "avec", "pour", "par", "con"),
        *("sin", "sobre", "para", "por", "per", "tra", "fra", "senza", "sem", "com", "no"),
        *("na", "nos", "nas", "pelo", "pela", "dos", "das", "delle", "degli", "dello"),
        *("alla", "alle", "al", "nel", "nella", "von", "vom", "zum", "zur", "zu", "im", "am"),
        *("mit", "für", "ohne", "het", "een", "voor", "op", "met", "chez", "entre", "contra"),
        # (a name's own purpose: ``Office central de lutte contre le crime organisé``)
        *("contre", "contro", "gegen", "tegen", "über", "bei", "aus", "desde", "hasta"),
    }
)
# Words that make a clause: personal pronouns, the commonest verbs and
# auxiliaries, negations and the words that open a subordinate clause. A title
# or a name may hold a frequent noun (``años``, ``anderen``), not these. Words
# that are also another candidate's article (French ``il``, Spanish ``les``)
# are left out.
CLAUSE_WORDS = frozenset(
    {
        # French
        *("je", "j’", "tu", "elle", "nous", "vous", "ils", "elles", "on", "ne", "n’"),
        *("pas", "est", "sont", "suis", "sommes", "êtes", "était", "étaient", "sera"),
        *("seront", "ont", "ai", "avons", "avez", "avait", "avaient", "va", "vont", "faut"),
        *("peut", "doit", "que", "qui", "qu’", "c’", "ce", "cela", "ça", "se", "s’", "me"),
        *("m’", "te", "t’", "lui", "veut", "veulent", "peuvent", "doivent"),
        # German
        *("ich", "du", "er", "sie", "es", "wir", "ihr", "ist", "sind", "bin", "bist", "war"),
        *("waren", "wird", "werden", "hat", "haben", "habe", "hatte", "kann", "muss"),
        *("nicht", "kein", "keine", "dass", "wenn", "weil", "man", "sich", "will", "wollen"),
        *("soll", "sollen", "darf", "dürfen", "möchte", "gibt", "können", "müssen"),
        # Spanish
        *("yo", "tú", "él", "ella", "nosotros", "ellos", "ellas", "son", "soy", "eres"),
        *("está", "están", "estoy", "era", "fue", "ha", "han", "he", "hay", "nos"),
        *("ser", "estar", "puede", "debe", "van", "qué", "quiere", "tiene", "tienen"),
        # Italian
        *("io", "noi", "voi", "loro", "è", "sono", "sei", "siamo", "erano", "sarà"),
        *("hanno", "ho", "abbiamo", "non", "che", "si", "ci", "mi", "ti", "vi", "può"),
        *("deve", "vuole", "vogliono", "possono", "devono"),
        # Portuguese
        *("eu", "ele", "nós", "eles", "elas", "é", "são", "sou", "estão", "foi", "foram"),
        *("será", "tem", "têm", "tenho", "há", "não", "lhe", "pode", "vai", "quer", "querem"),
        # Dutch
        *("ik", "jij", "hij", "zij", "wij", "zijn", "heeft", "hebben", "niet", "dat"),
    }
)
_SENTENCE_MARK = re.compile(r"[.!?;:…]")
# Quoted speech: introduced by a verb of saying or a colon, or followed by one.
_SPEECH_BEFORE = lazy_re(
    r"(?:\b(?:said|says|say|told|tells|added|adds|declared|replied|wrote|writes|asked"
    r"|insisted|warned|explained|stated|shouted|cried|exclaimed|admitted|stressed"
    r"|according to)\b(?:\s+\w+){0,2}\s*,?|:)\s*[“\"«„‘]\s*$",
    re.IGNORECASE,
)
_SPEECH_AFTER = lazy_re(
    r"[\s”»\"’'.!?]*,\s*(?:[\w’'.-]+\s+){0,4}?(?:said|says|told|tells|added|adds|declared"
    r"|replied|wrote|writes|asked|insisted|warned|explained|stated|shouted|admitted"
    r"|stressed)\b",
    re.IGNORECASE,
)
# A reported clause opening with a quotation: ``that “…”``, ``said “…”``; and the
# clause's own auxiliary and an English word right after the quotation.
_CLAUSE_BEFORE = lazy_re(
    r"\b(?:that|said|says|announced|confirmed|revealed|reported|added)\s*[“\"«„‘]\s*$",
    re.IGNORECASE,
)
_AUXILIARY_AFTER = lazy_re(
    r"[”»\"’'] (?:would|will|could|might|was|is|had|has|must|should|can|may)"
    r"(?: not| also| now| soon| still| finally| no longer)? ([a-z]+)\b"
)
_WHICH_AFTER = lazy_re(r"[”»\"’']\s*,\s*(?:which|whose)\b")
_ENGLISH_AFTER = lazy_re(r"[”»\"’']\s*,?\s*([a-z]+)\b")
_ARTICLES = frozenset(
    {"the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "whose"}
)
_WORD_BEFORE = lazy_re(r"([^\W\d_]+)\s+$")
# A determiner right before the opening mark (a capital or a lower-case first letter).
_DETERMINER_BEFORE = lazy_re(
    r"(?<![^\W\d_])(?:[Tt]he|his|its|their|our|whose|my|your)$"
)
# A lower-case English noun and a comma before the opening mark; a comma and a verb
# that follows a subject after the closing mark.
_APPOSITION_BEFORE = lazy_re(r"(?<![^\W\d_])[a-z]{3,},$")
_APPOSITION_AFTER = lazy_re(
    r"[”»\"’'],\s+(?:is|was|are|were|has|had|have|will|would|can|could|remains|remained"
    r"|became|becomes|topped|tops|won|wins|sold|sells|opens|opened|closes|closed)\b"
)
# ``from “…” to`` before the opening mark.
_RANGE_BEFORE = lazy_re(r"\bfrom\s+[“\"«][^”\"»]{1,80}[”\"»]\s+to$")
# Words that may follow a verb's object: prepositions, conjunctions, time words.
_AFTER_OBJECT = frozenset(
    {
        *("for", "in", "at", "on", "to", "with", "by", "from", "and", "or", "but", "as"),
        *("until", "till", "this", "next", "last", "since", "after", "before", "during"),
        *("into", "again", "every", "each", "twice", "once", "tonight", "today", "across"),
        *("throughout", "without", "alongside", "instead", "too", "also", "so"),
        *("only", "just", "even", "still", "well", "best", "mostly", "mainly", "back"),
        # where a thing is put or shown (``hangs “…” beside the sketches``)
        *("beside", "near", "next", "among", "behind", "above", "below", "opposite"),
        *("outside", "inside"),
    }
)
_PREPOSITIONS = frozenset(
    {"for", "of", "in", "from", "with", "about", "like", "than", "into", "on", "at", "by"}
)


def title_shaped(line: str, start: int, end: int, cfg: Setup) -> bool:
    """``line[start:end]``, the whole content of quotation marks, names a work or a
    thing rather than quoting someone's words."""
    words = FP_WORD.findall(line[start:end])
    if not words or len(words) > TITLE_MAX_WORDS or not words[0][:1].isupper():
        return False
    if _SENTENCE_MARK.search(line, start, end):
        return False
    if _CLAUSE_BEFORE.search(line, max(0, start - 40), start):
        # The subject of a reported clause (``confirmed that “Lo que queda de la noche”
        # would return``, ``said “Wie het weet mag het zeggen” would be taken off air``):
        # speech is not followed by the clause's own verb.
        after = _AUXILIARY_AFTER.match(line, end)
        if after is not None and after.group(1) in cfg.english:
            return True
    if _SPEECH_BEFORE.search(line[max(0, start - 40) : start]):
        return False
    if _SPEECH_AFTER.match(line, end, min(len(line), end + 60)) is not None:
        return False
    lead = _lead(line, start)
    if lead.endswith(("’s", "'s", "s’", "s'")):
        # A possessive's object is a work (``Goya's “El sueño de la razón produce
        # monstruos”``): a title may hold a verb of its own, not a pronoun.
        return not any(_clause_word(w) for w in words)
    determiner = _DETERMINER_BEFORE.search(lead, max(0, len(lead) - 12))
    if determiner is not None and len(words) <= TITLE_CLAUSE_MAX_WORDS:
        # Right after a determiner (``his “Non chiamarmi stasera”``, ``the “Premio
        # Strega”``) the quotation is a noun of the English sentence, even with a verb
        # of its own: speech follows a verb of saying or a colon, not ``his``.
        return True
    if _APPOSITION_BEFORE.search(lead, max(0, len(lead) - 40)) and _APPOSITION_AFTER.match(
        line, end, min(len(line), end + 30)
    ):
        # Set off by commas after a noun, before the sentence's verb (``Last year's
        # winner, “Vento di Bari”, is still…``): an apposition names a thing.
        return not any(_clause_word(w) for w in words)
    if _RANGE_BEFORE.search(lead, max(0, len(lead) - _LEAD_CHARS)):
        # The second end of ``from “…” to “…”``: a run of titles, as a list is.
        return not any(_clause_word(w) for w in words)
    if not noun_phrase(words) and not _object_of_preposition(line, start, end, words, cfg):
        return _subject_of_verb(line, start, end, words, cfg)
    # Used as a noun of the English sentence: its subject (``“Cien años de soledad”
    # is still…``) or what a ``, which`` clause is about.
    if _WHICH_AFTER.match(line, end) is not None:
        return True
    after = _ENGLISH_AFTER.match(line, end, min(len(line), end + 40))
    if lead and lead[-1] not in ".!?…" and not _ADVERBIAL_LEAD.search(lead):
        # Or its object, between English words (``brings back “La Cage aux folles”
        # for six weeks``): a lower-case English word before the quotation mark, an
        # English preposition or conjunction after it (not a verb: ``The council “Le
        # conseil municipal a voté contre” rejected the plan`` is a clause).
        # After a preposition (``Tickets for “Il barbiere di Siviglia” sold out``),
        # any English word may follow.
        before = _WORD_BEFORE.search(lead + " ", max(0, len(lead) - 30))
        if after is None or before is None or after.group(1) not in cfg.english:
            return False
        word = before.group(1)
        if word in _PREPOSITIONS or (
            len(words) <= _NAMED_KIND_MAX_WORDS and _named_kind(lead, after.group(1), cfg)
        ):
            return True
        return (after.group(1) in _AFTER_OBJECT and word.islower()
                and (word in cfg.english or word[:-1] in cfg.english))
    return after is not None and after.group(1) in cfg.english


# A name of a thing is short; a longer quotation there is a clause cut in.
_NAMED_KIND_MAX_WORDS = 4
# Verbs that follow a subject and are no nouns: an article, a quotation and one of these
# make a clause.
_VERBS_AFTER_SUBJECT = frozenset(
    {"is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could",
     "may", "might", "must", "should", "did", "does"}
)


def _named_kind(lead: str, after: str, cfg: Setup) -> bool:
    """Between a determiner (and perhaps one adjective) and an English word that is no
    preposition, pronoun or verb of saying: the quotation names a thing of that kind
    (``its annual “Folies de printemps” sale``)."""
    if (after in _AFTER_OBJECT or after in _PREPOSITIONS or after in _NOT_A_VERB
            or after in _VERBS_AFTER_SUBJECT or after.endswith("ed")):
        return False  # ``The council “…” rejected the plan``: the quotation is a clause
    words = lead.split()[-2:]
    if not words:
        return False
    if words[-1].lower() in _ARTICLES:
        return True
    return (len(words) == 2 and words[0].lower() in _ARTICLES and words[1].islower()
            and words[1] in cfg.english)


def _object_of_preposition(
    line: str, start: int, end: int, words: Sequence[str], cfg: Setup
) -> bool:
    """A capitalised quotation shaped like a short clause (``“Ainda estou aqui”``) that
    stands after an English preposition and before an English word (``spent six years
    on “…” and``): the sentence uses it as a noun, the name of a work. Quoted speech
    follows a verb of saying, not a preposition; no pronoun or auxiliary of the
    :data:`CLAUSE_WORDS` may be in it, and it ends on a word of its own."""
    if len(words) > TITLE_CLAUSE_MAX_WORDS or any(_clause_word(w) for w in words):
        return False
    if words[-1].lower().replace("'", "’") in TITLE_GLUE:
        return False  # a title ends on a word of its own; a cut sentence may not
    lead = _lead(line, start)
    before = _WORD_BEFORE.search(lead + " ", max(0, len(lead) - 30))
    after = _ENGLISH_AFTER.match(line, end, min(len(line), end + 40))
    if before is None or after is None or after.group(1) not in cfg.english:
        return False
    # Not a verb's object: a capitalised German window after any word would pass.
    return before.group(1) in _PREPOSITIONS


# Words that may follow quoted speech with no comma: verbs of saying and pronouns
# (``“…” said the coach``, ``“…” she added``).
_NOT_A_VERB = frozenset(
    {
        *("said", "says", "say", "told", "tells", "added", "adds", "asked", "replied", "wrote"),
        *("writes", "insisted", "warned", "explained", "stated", "shouted", "admitted"),
        *("stressed", "declared", "cried", "exclaimed", "he", "she", "they", "we", "i", "you"),
        *("it", "one", "someone", "everyone", "nobody", "then", "now", "here", "there"),
    }
)
_WORD_AFTER_QUOTE = lazy_re(r"[”»\"’'] ([a-z]+)\b")


#: How much of the text before a quotation its tests read.
_LEAD_CHARS = 200


def _lead(line: str, start: int) -> str:
    """The text before a quotation opening at ``start`` (bar its opening mark), right
    stripped: its last :data:`_LEAD_CHARS` characters, after a NUL where they are cut
    (so that ``^`` marks the line's start only), so that a line of many quotations is
    read in linear time."""
    low = max(0, start - 1 - _LEAD_CHARS)
    lead = line[low : max(0, start - 1)].rstrip()
    return "\0" + lead if low else lead


# A sentence opened by a short adverbial or a conjunction before its subject
# (``Last year “La casa sul lago” drew…``, ``But “…” never found…``).
_ADVERBIAL_LEAD = lazy_re(
    r"(?:^|[.!?…]\s+)(?:(?:Last|This|Next|Every) (?:year|week|month|summer|winter|spring"
    r"|autumn|season|time)|In \d{4}|(?:Yet|But|And|So|Now|Today|Still|Even|Soon|Later"
    r"|Then|Once|Eventually|Finally|Meanwhile|Instead|Abroad|Elsewhere))$"
)


def _subject_of_verb(
    line: str, start: int, end: int, words: Sequence[str], cfg: Setup
) -> bool:
    """A capitalised quotation of a few words that opens a sentence and is followed,
    with no comma, by an English verb (``“La vita è bella” made the director famous``):
    the subject of the English sentence, a work's name, even with a verb of its own.
    Quoted speech takes a comma, or a verb of saying or a pronoun after it."""
    if len(words) > TITLE_CLAUSE_MAX_WORDS:
        return False
    lead = _lead(line, start)
    if lead and lead[-1] not in ".!?…" and not _ADVERBIAL_LEAD.search(lead):
        return False  # (a short adverbial may come before the subject: ``Last year``)
    after = _WORD_AFTER_QUOTE.match(line, end)
    if after is None:
        return False
    word = after.group(1)
    return (word in cfg.english and word not in _NOT_A_VERB and word not in _ARTICLES
            and word not in _AFTER_OBJECT and word not in _PREPOSITIONS)


def _clause_word(word: str) -> bool:
    lower = word.lower().replace("'", "’")
    head = lower.split("’", 1)[0] + "’" if "’" in lower else ""
    return lower in CLAUSE_WORDS or head in CLAUSE_WORDS


# Words that name a dish just before it: served, cooked, eaten, on the menu; or
# an apposition to ``dish`` (``the signature dish, a blanquette de veau``).
_DISH_CUE = lazy_re(
    r"(?:\b(?:serves?|served|serving|cooks?|cooked|cooking|bakes?|baked|baking|eats?|ate"
    r"|eaten|eating|tasted|menu|plate of|bowl of|slice of|portion of"
    # or ordered by diners, or a set meal's courses (``diners order ribollita, pappa al
    # pomodoro and …``, ``The set lunch rarely changes: caldo verde, …``)
    r"|(?:diners|customers|guests|patrons)\s+(?:order|ordered|choose|chose)"
    r"|set (?:lunch|menu|meal)[^.!?]{0,50}:"
    # or a drink poured (``a glass of anís``)
    r"|glass of|cup of|bottle of|shot of|pint of|jug of|carafe of|mug of|flask of)"
    r"|\b(?:dish|dishes|recipe|speciality|specialty),\s*(?:a|an|the))"
    r"(?:\s+(?:about|some|a|an|the|its|their|his|her|[\d.,]+))*"
    # (the dishes before it in the same list, each after a comma or ``and``)
    r"(?:,?\s+[^\W\d_]+(?:[’'\-][^\W\d_]+)*){0,8},?\s+$",
    re.IGNORECASE,
)


# Or a bar, a bakery or a cook that sells or makes it (``Bars along the street offer
# patatas bravas``, ``The bakery sells about 4,000 pastéis de nata``).
_FOOD_TRADE = lazy_re(
    r"\b(?:bars?|bakery|bakeries|bakers?|restaurants?|caf[eé]s?|kitchens?|stalls?|vendors?"
    r"|delis?|chefs?|cooks?|pizzerias?|trattorias?|taverns?|pubs?|canteens?|patisseries?)\b"
    r"[^.!?;:]{0,60}?\b(?:offers?|offered|offering|sells?|sold|selling|makes?|made|making"
    r"|prepares?|prepared|preparing|fry|fries|fried)"
    r"(?:\s+(?:about|some|a|an|the|its|their|his|her|[\d.,]+))*"
    # at most four words between, none a preposition (``sold the premises to the …``)
    r"(?:\s+(?!(?:to|for|from|with|by|at|in|on|of|into)\b)[^\W\d_]+(?:[’'\-][^\W\d_]+)*)"
    r"{0,4}\s+$",
    re.IGNORECASE,
)


def dish_named(line: str, start: int) -> bool:
    """A phrase right after a word that serves or cooks food, with at most five
    words between (``serves cacio e pepe and saltimbocca alla romana``), or in
    apposition to ``dish`` (``the signature dish, a blanquette de veau``), or
    sold or made by a bar, a bakery or a cook (``the bakery sells about 4,000
    pastéis de nata``): a dish's own name, kept in its language as menus keep it."""
    lead = max(0, start - 80)
    return (_DISH_CUE.search(line, lead, start) is not None
            or _FOOD_TRADE.search(line, lead, start) is not None)


# A dish named by its style (``coda alla vaccinara``, ``carciofi alla giudia``,
# ``pulpo a la gallega``, ``sole à la meunière``): the styles of kitchens and
# towns that menus write after ``alla``, ``a la`` or ``à la``, and the ways of
# cooking after ``al``.
_DISH_STYLE = lazy_re(
    r"\s*\b(?:(?:alla|all['’]|a la|à la|à l['’])\s*(?:romana|giudia|vaccinara|norma"
    r"|carbonara|amatriciana|gricia|cacciatora|milanese|genovese|bolognese|fiorentina"
    r"|napoletana|siciliana|puttanesca|pizzaiola|marinara|boscaiola|livornese|veneziana"
    r"|parmigiana|piastra|griglia|brace|gallega|riojana|vizcaína|catalana|andaluza|plancha"
    r"|marinera|provençale|bordelaise|normande|lyonnaise|bourguignonne|meunière"
    r"|niçoise|basquaise|dauphinoise|florentine|crème|ancienne|broche)"
    r"|al\s+(?:forno|dente|ragù|pomodoro|pesto|sugo|cartoccio|tartufo|limone|burro|vino))\b",
    re.IGNORECASE,
)


def dish_styled(line: str, start: int, end: int) -> bool:
    """A dish named by its style, inside the span or right after it (``the coda alla
    vaccinara``, ``the carciofi alla giudia``)."""
    return (_DISH_STYLE.search(line, start, end) is not None
            or _DISH_STYLE.match(line, end) is not None)


def noun_phrase(words: Sequence[str]) -> bool:
    """Words shaped like a name or a title: runs of at most two content words
    joined by articles and prepositions, ending on a content word, with no verb,
    pronoun or negation among the :data:`CLAUSE_WORDS` (``Cien años de soledad``,
    ``Der Hauptmann von Köpenick``, not ``Le tribunal correctionnel a condamné``)."""
    run = 0
    for word in words:
        if _clause_word(word):
            return False
        if word.lower().replace("'", "’") in TITLE_GLUE:
            run = 0
            continue
        run += 1
        if run > 2:
            return False
    return run > 0


def name_led(line: str, span: Sequence[tuple[int, int, bool]], cfg: Setup) -> bool:
    """Two words or more, right after an English article or possessive, the first capitalised
    and not opening the sentence, the others content words or name glue: an
    institution's, an event's or a law's own name. ``span`` holds each word's
    offsets and whether it opens a sentence."""
    if len(span) < 2:
        return False
    first_start, first_end, opens = span[0]
    if opens or not line[first_start:first_end][:1].isupper():
        return False
    before = _WORD_BEFORE.search(line, max(0, first_start - 20), first_start)
    possessive = line[:first_start].rstrip().endswith(("’s", "'s", "s’", "s'"))
    if not possessive and (before is None or before.group(1).lower() not in _ARTICLES):
        return False  # after an article, or a possessive (``Haiti’s Conseil …``)
    for start, end, _ in span[1:]:
        lower = line[start:end].lower().replace("'", "’")
        if lower in cfg.any_marker and lower not in TITLE_GLUE:
            return False
        if "’" in lower and lower.split("’", 1)[0] + "’" not in TITLE_GLUE:
            return False  # an elision other than the article's (``qu’il``)
    return True


def name_closed(line: str, start: int, end: int, cfg: Setup) -> bool:
    """A name written lower case but for its last word, as French, Spanish and Italian
    write a ministry's or a council's (``the ministère de l’Intérieur``, ``the consiglio
    regionale della Lombardia``): after an English article, a capitalised last word
    that name glue leads to, and no function word but name glue."""
    span = [(m.start() + start, m.end() + start) for m in FP_WORD.finditer(line[start:end])]
    if span and line[span[-1][0]:span[-1][1]].islower():
        span += _name_ahead(line, end)
    if len(span) < 2:
        return False
    first_start = span[0][0]
    last_start, last_end = span[-1]
    if not line[first_start:first_start + 1].islower():
        return False
    # up to two lower-case adjectives may follow the capitalised word (``l’Éducation
    # nationale``)
    for _ in range(2):
        text = line[last_start:last_end]
        if len(span) < 3 or not text.islower() or text in cfg.any_marker or "’" in text:
            break
        span = span[:-1]
        last_start, last_end = span[-1]
    head, elided, last = line[last_start:last_end].replace("'", "’").partition("’")
    if not (elided and head.lower() + "’" in TITLE_GLUE):
        # no elided article on the last word (``l’Intérieur``): name glue before it
        glue_start, glue_end = span[-2]
        last = head
        if len(span) < 3 or line[glue_start:glue_end].lower() not in TITLE_GLUE:
            return False
    if not last[:1].isupper():
        return False
    before = _WORD_BEFORE.search(line, max(0, first_start - 20), first_start)
    if before is None or before.group(1).lower() not in _ARTICLES:
        return False
    for word_start, word_end in span[:-1]:
        lower = line[word_start:word_end].lower().replace("'", "’")
        if lower in cfg.any_marker and lower not in TITLE_GLUE:
            return False
    return True


_NAME_WORD_AFTER = lazy_re(r"[ \u00a0]+([^\W\d_]+(?:[’'\-][^\W\d_]+)*)")


def _name_ahead(line: str, end: int) -> list[tuple[int, int]]:
    """The words after ``end`` up to a capitalised one (at most four; lower case
    before it), when the span stops inside a name (``the préfecture de`` | ``police
    de Paris``); none if no capitalised word comes."""
    words: list[tuple[int, int]] = []
    pos = end
    for _ in range(4):
        after = _NAME_WORD_AFTER.match(line, pos)
        if after is None:
            return []
        word = after.group(1)
        words.append((after.start(1), after.end(1)))
        if word.split("’")[-1][:1].isupper():
            return words
        if not word.islower():
            return []
        pos = after.end(1)
    return []


_NAME_WORD_BEFORE = lazy_re(r"([^\W\d_]+(?:[’'\-][^\W\d_]+)*|\d+)[ \u00a0]+$")
#: Words walked back over from a phrase to the capitalised word that opens its name.
NAME_REACH = 5


# English prepositions that other candidates also write (Italian and Dutch ``in``): a
# name's tail is never reached across one.
_ENGLISH_PREPOSITIONS = frozenset(
    {"in", "on", "at", "to", "for", "by", "of", "from", "with", "into", "as"}
)


# Days and months: a capitalised English word that opens no foreign name.
CALENDAR = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
     "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"}
)
# English auxiliaries and modals, which a candidate may write too (German ``will``,
# ``was``) but never inside a name: ``the Gran Vía will bajar la persiana``.
_AUXILIARIES = frozenset(
    {"will", "would", "shall", "should", "can", "could", "may", "might", "must", "has", "had",
     "have", "is", "are", "was", "were", "does", "did"}
)


def name_tail(line: str, start: int, cfg: Setup) -> bool:
    """The words from ``start`` go on a name begun before them: walking back over
    name glue, elided words and words of the name's language (no common English
    word, or one a candidate language uses as often: ``the Office français de
    l’immigration et de l’intégration``, ``the Office national des forêts``), a
    capitalised word is reached that follows an English article."""
    pos = start
    for _ in range(NAME_REACH):
        before = _NAME_WORD_BEFORE.search(line, max(0, pos - 40), pos)
        if before is None:
            return False
        word = before.group(1)
        lower = word.lower().replace("'", "’")
        if word[:1].isupper():
            if lower in CALENDAR:
                return False  # ``this Monday a huelga indefinida``: no name opens on a day
            article = _WORD_BEFORE.search(line, max(0, before.start(1) - 20), before.start(1))
            if article is not None and article.group(1).lower() in _ARTICLES:
                return True
            # or a name of two capitalised words or more, inside a sentence
            # (``on Le Journal de 20 heures``)
            return article is not None and article.group(1)[:1].isupper() and _inside(
                line, article.start(1))
        elided = "’" in lower and lower.split("’", 1)[0] + "’" in TITLE_GLUE
        if lower in _ENGLISH_PREPOSITIONS or lower in _AUXILIARIES or not (
            lower in TITLE_GLUE or elided or lower not in cfg.english
            or _source_word(lower, cfg.candidates)
        ):
            return False  # ``the PSP in a bairro social``: English runs between
        pos = before.start(1)
    return False


def _inside(line: str, start: int) -> bool:
    """The capitalised words ending at ``start`` (or name glue between them) are led by
    a word that does not open a sentence."""
    pos = start
    while (before := _NAME_WORD_BEFORE.search(line, max(0, pos - 40), pos)) is not None:
        word = before.group(1)
        if not (word[:1].isupper() or word.lower() in TITLE_GLUE):
            return True
        pos = before.start(1)
    lead = line[:pos].rstrip()
    return bool(lead) and lead[-1] not in ".!?:;…“”\"«»"


@lru_cache(maxsize=4096)
def _source_word(lower: str, candidates: tuple[str, ...]) -> bool:
    """A word a candidate language uses often as it is (``national``, ``général``), and
    about as often as English does (``stands``: 4.61 in English, 3.46 in French)."""
    floor = SHORT_SOURCE_MIN * SCALE
    best = max((table(lang).get(lower, 0) for lang in candidates), default=0)
    return best >= floor and best >= table("en").get(lower, 0) - NAME_WORD_MARGIN * SCALE


def loanword(lower: str, cfg: Setup) -> bool:
    """An accented content word English text uses as written (wordfreq's English
    list gives it at least :data:`~.tuning.LOANWORD_EN_MIN`)."""
    return _loanword(lower, cfg.candidates) and lower not in cfg.any_marker


@lru_cache(maxsize=4096)
def _loanword(lower: str, candidates: tuple[str, ...]) -> bool:
    if len(lower) < 4 or lower.isascii():
        return False
    return english_zipf(lower, candidates) >= LOANWORD_EN_MIN * 100


__all__ = [
    "CALENDAR", "CLAUSE_WORDS", "NAME_REACH", "TITLE_GLUE", "dish_named", "dish_styled", "loanword",
    "name_closed", "name_led", "name_tail", "noun_phrase", "title_shaped",
]
