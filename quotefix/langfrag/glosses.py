"""Foreign words used on purpose: glossed or introduced phrases, native names.

A foreign phrase quoted next to its English gloss (``“à la une” (“on the
front page”)``), introduced as a term (``the so-called “zone blanche”``), or
given in parentheses as an institution's own name (``(Casa de la Villa)``)
is the writer's choice, not a leftover. So are titles after a work or a verb
of performing, greetings and slogans after a cue, and a word followed by an
apposition that explains it (:mod:`.appositions`).
"""

from __future__ import annotations

import regex

from ..lazy import LazyPattern, lazy_re
from .cues import cue_before
from .data import FP_WORD, NAME_PARTICLES, Setup
from .quoted import quotation_around
from .tuning import (
    GLOSS_AFTER_CHARS,
    GLOSS_BEFORE_CHARS,
    GLOSS_MAX_WORDS,
    GLOSS_NAMED_MAX_WORDS,
    NOUN_PHRASE_CHARS,
    WORK_AFTER_CHARS,
)

# Cues that a quoted foreign phrase is deliberate: its gloss or an introduction.
_GLOSS_AFTER = LazyPattern(
    r"\s*[”»\"’')\]]*\s*(?:\(\s*[“\"«‘]?|[,:–—-]\s*(?:meaning|literally|roughly|or|i\.e\.|that is"
    r"|which (?:means|translates)|translated as|translating as|in english)\b"
    r"|(?:meaning|literally)\b|in the words of\b|as (?:\w+ ){1,3}(?:put|puts|called|calls) it\b"
    # or how its speakers say it (``ausg’steckt, as the Viennese say``, ``The
    # vendanges, as the harvest is called,``)
    r"|,\s*as (?:the |a |an )?(?:\w+ ){0,3}\w+ (?:say|says|call it|calls it)\b"
    r"|,\s*as (?:the |a |an )?(?:[\w’']+ ){0,3}(?:is|are|was|were) (?:called|known)\b"
    # or defined after a colon by a noun and a relative (``costaleros: bearers who walk
    # hidden beneath the platform``, ``the ardoise: the chalkboard on which…``), or by
    # the office it holds (``The dijkgraaf, who chairs the regional water board,``)
    r"|:\s+(?:(?:a|an|the)\s+)?(?:[a-z\-]+\s+){0,2}[a-z\-]+\s+(?:who|that|which|whose|where"
    r"|(?:on|in|with|by|from|at) which)\b"
    r"|,\s*(?:who|which)\s+(?:chairs|heads|leads|runs|represents|oversees|manages|governs"
    r"|presides over|coordinates|administers)\b"
    # or named a term of its speakers (``— the term Italians use for…``, ``, a word the
    # French give to…``)
    r"|[,:–—-]\s*(?:the|a)\s+(?:term|word|name|expression)\s+(?:\w+\s+){0,2}"
    r"(?:use|uses|used|give|gives|gave|have|has)\s+(?:for|to)\b)",
    regex.IGNORECASE | regex.VERSION1,
)
_QUOTE_IN_PARENTHESES = LazyPattern(r"\(\s*[“\"«‘]\s*$")

_DETERMINERS = frozenset(
    {
        *("the", "a", "an", "this", "that", "these", "those"),
        *("his", "her", "its", "their", "our", "my", "your", "each", "every"),
    }
)


# Nouns that name a work: an apposition ending on one says the quotation before it is a title.
_WORK = (
    r"(?:films?|movies?|dramas?|comed(?:y|ies)|thrillers?|documentar(?:y|ies)|series|sitcoms?"
    r"|shows?|songs?|singles?|albums?|ballads?|anthems?|hymns?|books?|novels?|novellas?"
    r"|memoirs?|stor(?:y|ies)|tales?|essays?|poems?|collections?|plays?|operas?|musicals?"
    r"|paintings?|canvas(?:es)?|portraits?|frescoe?s?|murals?|sculptures?|exhibitions?"
    r"|magazines?|newspapers?|dail(?:y|ies)|weekl(?:y|ies)|programmes?|programs?|podcasts?"
    r"|columns?|bestsellers?|sagas?|trilog(?:y|ies)|debut|classics?|masterpieces?|hits?"
    r"|tracks?|records?|titles?|works?|pieces?|telenovelas?|soap operas?|features?|biopics?"
    r"|two-handers?|monologues?|cantatas?|requiems?|oratorios?|ballets?|miniseries|docuseries"
    r"|cookbooks?|manifestos?|chronicles?|anthologies|satires?|farces?|traged(?:y|ies)"
    r"|westerns?|cartoons?|comics?|graphic novels?|short stories|shorts?|accounts?"
    r"|biograph(?:y|ies)|autobiograph(?:y|ies)|diar(?:y|ies)|open letters?|etchings?"
    r"|engravings?|lithographs?|woodcuts?|triptychs?|altarpieces?|installations?"
    # sayings kept in their language (``“…” is the saying painted above the door``,
    # ``“…”, a toast nobody remembers starting``)
    r"|sayings?|proverbs?|adages?|maxims?|mottos?|toasts?|refrains?|chants?|slogans?|prayers?"
    r"|blessings?|greetings?|catchphrases?|mantras?|advice)"
)


# A name in the possessive, as a determiner (``Mathilde Aubrac’s third feature``,
# ``Brazil’s vast savanna``).
POSSESSOR = r"(?-i:\p{Lu})[\p{L}\-]*(?:\s+(?-i:\p{Lu})[\p{L}\-]*){0,2}[’']s"


# After a quotation: what it was (``“Merci pour tout”, read the sign``).
_CUE_AFTER = LazyPattern(
    r"[\s”»\"’'*_!.]*,?\s*(?:read|reads|said|says|proclaimed|declared)\s+(?:the|a|his|her|their)?\s*"
    r"(?:sign|banner|placard|poster|message|note|slogan|graffiti|card|t-shirt|flag)"
    # or what became of it: written, carved, chanted, sung (``“…” was painted on the wall``)
    r"|[\s”»\"’'*_!.]*\s*(?:(?:is|was|were|are|has been|have been|had been)\s+(?:\w+\s+)?"
    r"(?:written|painted|carved|sprayed|chanted|sung|shouted|printed|displayed|inscribed"
    r"|engraved|scrawled|daubed|embroidered|heard|(?:rendered|translated|known)(?: in \w+)? as)"
    r"|rang out|rings out|echoed|echoes|went up|goes up|rolled|boomed|thundered|resounded"
    r"|reverberated)\b"
    # or named in the next sentence (``“Proost, op de molen!” The toast rings out…``)
    r"|[\s”»\"’'*_!.?]*[.!?][\s”»\"’'*_]*\s+(?:The|This|That|Such a|Their|His|Her)\s+"
    r"(?:toast|chant|slogan|saying|proverb|phrase|motto|refrain|greeting|blessing|prayer"
    r"|words|song|banner|sign)\b"
    # or a cheer: an exclamation chanted, roared or sung (``“On lâche rien!” chanted the
    # marchers``); words only said are quoted speech, still read
    # (the mark before or after the ``!``: the reader may have put the closer first)
    r"|\s*(?:![”»\"’'*_]+|[”»\"’'*_]+!)\s*,?\s*(?:chanted|chant|chants|chanting|roared|roar|roars"
    r"|roaring"
    r"|sang|sing|sings|singing|yelled|bellowed|cheered|hollered|shouted|shouting|called"
    r"|calling|cried)\b"
    # or chanted or sung by the crowd that the sentence names after it (``'Alle zusammen
    # gegen den Faschismus', the counter-protesters chanted``)
    r"|[\s”»\"’'*_]*,\s*(?:the\s+)?(?:[\w’'\-]+\s+){0,3}?(?:chanted|chant|sang|sing"
    r"|roared|yelled)\b"
    r"|[\s”»\"’'*_]*,\s*(?:written|directed|composed|sung|painted|published|produced"
    r"|recorded|performed|illustrated|translated|created|shot) by\b",
    regex.IGNORECASE | regex.VERSION1,
)


# A headline, splashed across a front page (``“…!” the sports daily splashed``); tried
# only where one of its verbs is in the window (a plain search for them is cheap).
_HEADLINE_VERB = lazy_re(r"splashed|screamed|blared|trumpeted|headlined|front.page|headline|cover")
_HEADLINE_AFTER = LazyPattern(
    r"[\s”»\"’'*_!?.]*,?\s*(?:(?:the\s+)?(?:[\w’'\-]+\s+){0,5}?(?:splashed|screamed|blared"
    r"|trumpeted|headlined)\b"
    # or ran as one (``“Le patron, c'est lui”, ran the front page of L'Équipe``)
    r"|(?:ran|read|reads)\s+(?:across\s+)?(?:the\s+)?(?:[\w’'\-]+\s+){0,2}?"
    r"(?:front[- ]page|headline|cover|banner)\b)",
    regex.IGNORECASE | regex.VERSION1,
)


# The kind of work a quotation is, said right after it: an apposition (``“Mientras dure
# la guerra”, a drama about …``, ``“…”, her best-known book``) or a copula (``“…” was
# the most successful French comedy of 2014``).
_WORK_AFTER = LazyPattern(
    r"[\s”»\"’'*_!?.…]*(?:(?:,\s*|\s+(?:is|was|remains|became|has become)\s+(?:still\s+)?"
    r"(?:one of\s+)?)(?:a|an|the|his|her|their|its|whose|" + POSSESSOR + r")"
    # or one of a list of works (``“…” and two other novels by Jules Verne``)
    r"|\s+(?:and|or)(?:\s+(?:a|an|the|his|her|their|its|two|three|several|other))*)"
    r"(?:,?\s+[\w’'\-]+){0,4}?,?\s+" + _WORK + r"\b"
    # or what only a work does (``“La vida es sueño” would open the season``)
    r"|[\s”»\"’'*_!?.]*,?\s+(?:(?:will|would|is to|was to|is set to|was set to)\s+)?"
    r"(?:premiere[sd]?|(?:open|opens|opened|close|closes|closed) the (?:season|festival|show)"
    r"|topped the charts?|tells? the story|(?:is|was) set in|set in|starring|featuring)\b",
    regex.IGNORECASE | regex.VERSION1,
)


# A document named bare after its kind, with a capital (``published the report Veilig
# in de wijk``, ``the annual report Bilan de santé de la métropole``): the title runs
# from the capital, and the span is in it. After a lower-case word the noun's object
# may be a leftover (``the report rendu public mardi``).
_DOCUMENT_TITLE_BEFORE = LazyPattern(
    r"\b(?:the|a|an|its|their|his|her|annual|new|latest|final|yearly)\s+(?:\w+\s+)?"
    r"(?:report|study|survey|strategy|plan|campaign|charter|white paper|dossier|guide"
    r"|booklet|leaflet|review|audit|yearbook|bulletin|manifesto|programme|program)"
    # (or between commas, as an apposition: ``In its annual review, “La situation…”``)
    r"(?:\s+((?-i:\p{Lu})[\p{L}’'\-]*\s+(?:[\p{L}’'\-]+\s+){0,3})?|\s*,\s*)"
    r"[\s“\"«„‘']*$",
    regex.IGNORECASE | regex.VERSION1,
)


def _document_title(line: str, start: int) -> bool:
    found = _DOCUMENT_TITLE_BEFORE.search(line, max(0, start - 60), start)
    return found is not None and (bool(found.group(1)) or line[start : start + 1].isupper())


# Words that open a greeting, a wish or a cheer in the candidate languages
# (``“Bon courage à tous”``, ``“Frohe Weihnachten”``), the words they take, and
# the short words between them.
_GREETING_WORDS = frozenset(
    {
        *("bon", "bonne", "bons", "bonnes", "merci", "bonjour", "bonsoir", "salut", "vive"),
        *("bienvenue", "vivent", "joyeux", "joyeuses", "félicitations", "adieu", "hola"),
        *("buenos", "buenas", "buen", "gracias", "feliz", "felices", "bienvenido"),
        *("bienvenidos", "bienvenida", "viva", "enhorabuena", "adiós", "ciao", "grazie"),
        *("buongiorno", "buonasera", "buonanotte", "auguri", "buon", "buona", "benvenuti"),
        *("benvenuto", "evviva", "forza", "arrivederci", "danke", "hallo", "guten", "gute"),
        *("willkommen", "frohe", "fröhliche", "herzlichen", "herzlich", "tschüss", "prost"),
        *("obrigado", "obrigada", "olá", "bom", "boa", "boas", "parabéns", "adeus"),
        # cheers of the stands and the street (Catalan ``visca``, like ``viva``)
        *("visca", "allez", "aupa", "hala", "vamos", "avanti", "daje", "hoch", "hurra"),
        # toasts (``À la vôtre``, ``Cin cin``); not the words for health, which
        # name ministries (``ministère de la Santé``)
        *("nôtre", "vôtre", "proost", "cin", "tchin"),
        # ``Tudo bem?``, the Brazilian greeting, and its answer ``tudo bom``
        *("tudo",),
    }
)
_GREETING_OBJECTS = frozenset(
    {
        *("courage", "chance", "fête", "fêtes", "année", "anniversaire", "noël", "días"),
        *("día", "tardes", "noches", "navidad", "año", "nuevo", "suerte", "ánimo", "natale"),
        *("compleanno", "tag", "morgen", "abend", "nacht", "weihnachten", "glückwunsch"),
        *("dia", "tarde", "noite", "festas", "natal", "bem", "vindo", "vindos", "força"),
        *("sorte", "anno", "neues", "jahr", "ano", "novo", "nouvel", "nouvelle", "vacances"),
        # a good evening, day, week, meal or journey (``Bonne soirée à tous``)
        *("soirée", "journée", "nuit", "semaine", "appétit", "voyage", "route", "retour"),
        # what a cheer hails (``Vive le vélo, vive la France``)
        *("vélo", "liberté", "libertad", "libertà", "freiheit", "liberdade", "república"),
        *("serata", "giornata", "viaggio", "appetito", "semana", "viagem", "wochenende"),
        *("reise", "appetit", "fahrt", "provecho", "bom"),
    }
)
_GREETING_GLUE = frozenset(
    {
        *("à", "a", "al", "tous", "toutes", "tout", "le", "la", "les", "de", "del", "di"),
        *("todos", "todas", "tutti", "tutte", "und", "allen", "alle", "euch", "ihnen"),
        *("para", "pour", "per", "für", "y", "e", "et", "vous", "toi", "te", "vos"),
        *("ti", "voi", "o", "os", "as", "do", "da", "el", "il", "lo", "vi", "ein"),
        *("einen", "eine", "schönen", "schöne", "muito", "mucho", "muchas", "molte"),
        *("vielen", "beaucoup", "mille", "mil"),
        # a toast's possessive (``Alla nostra``)
        *("tua", "vostra", "nostra"),
        # a cheer's ``always`` (``Forza Napoli sempre``)
        *("sempre", "siempre", "toujours", "immer"),
    }
)
_GREETING_MAX_WORDS = 6
# Verbs that make a cheer when a team's or a player's name follows them.
_CHEER_VERBS = frozenset({"vai", "dale"})


def greeting(words: list[str]) -> bool:
    """A greeting, a wish or a cheer: kept on purpose, wherever it stands.

    Every word is a greeting word, a word that goes with one, or a name
    (``“Vive la République”``, ``“Obrigado, Cristiano”``); at least one is a
    greeting word.
    """
    if not words or len(words) > _GREETING_MAX_WORDS:
        return False
    if words[0].lower() in _CHEER_VERBS:
        # ``go`` shouted to a team (``Vai Corinthians!``): a verb that is common in
        # running text too (``vai para a``), so only before names
        return len(words) > 1 and all(w[:1].isupper() for w in words[1:])
    lowers = [w.lower() for w in words]
    if not any(w in _GREETING_WORDS for w in lowers):
        return False
    return all(
        low in _GREETING_WORDS or low in _GREETING_OBJECTS or low in _GREETING_GLUE
        or (k and w[:1].isupper())
        for k, (w, low) in enumerate(zip(words, lowers, strict=True))
    )


# An acronym right before the span: in brackets (``a NIF (número de identificação
# fiscal)``) or after a dash or a comma and an article or ``or`` (``an NIE — the número de
# identidad de extranjero``, ``an HLM, or habitation à loyer modéré``).
_ACRONYM_BEFORE = LazyPattern(
    r"\b(\p{Lu}{2,6})s?(?:\s*\(\s*|\s*[,—–]\s*(?:the|a|an|or)\s+|\s*[—–]\s*|(,)\s*)$",
    regex.VERSION1)
_WORDS = LazyPattern(r"\p{L}+", regex.VERSION1)
# Words an acronym skips: articles, prepositions and conjunctions of the sources.
_ACRONYM_SKIPS = frozenset({
    "de", "da", "do", "das", "dos", "del", "della", "delle", "dei", "degli", "di", "des", "du",
    "la", "le", "les", "el", "los", "las", "il", "lo", "gli", "a", "à", "au", "aux", "et", "e",
    "y", "und", "für", "der", "die", "von", "zur", "zum", "en", "em", "in", "per",
    "para", "pour", "sur", "l", "d",
})


def expands_acronym(line: str, start: int, end: int) -> bool:
    """The span spells out the acronym just before it: the initials of its words, its
    articles and prepositions aside, are the acronym's letters (``ITV (inspección
    técnica de vehículos)``). Copy that gives an acronym its full name does so on
    purpose."""
    found = _ACRONYM_BEFORE.search(line, max(0, start - 16), start)
    if found is None:
        return False
    words = [w for w in _WORDS.findall(line[start:end]) if w.lower() not in _ACRONYM_SKIPS]
    if found.group(2) and words and words[0] == "or":
        words = words[1:]  # ``an HLM, or habitation à loyer modéré``: the span took the ``or``
    return bool("".join(w[0] for w in words).lower() == str(found.group(1)).lower())


def glossed(line: str, start: int, end: int) -> bool:
    """A deliberate foreign phrase: introduced by a cue or followed by its gloss, or a
    greeting (:func:`greeting`), or a term defined in the sentence (:func:`defined`).
    A span that is only part of a quotation (``“Major Tom (völlig losgelöst)”``) is
    deliberate when the whole quotation is."""
    if _glossed(line, start, end) or defined(line, start, end) or parenthesised_term(
        line, start, end
    ) or expands_acronym(line, start, end):
        return True
    around = enclosing_quotation(line, start, end)
    return around is not None and _glossed(line, *around)


# The cues that excuse a quotation longer than a gloss: what crowds sing or chant, what
# banners, signs and walls carry, and sayings named as such (a long quotation after a
# verb of saying or ``reads`` may be a statement left untranslated).
_SUNG_OR_WRITTEN = LazyPattern(
    r"\b(?:sing|sings|sang|singing|sung|chant|chants|chanted|chanting|banners?|placards?"
    r"|signs?|graffiti|painted|sprayed|stitched|carved|embroidered|motto|proverb|saying"
    r"|refrain|toast|chorus|anthem)\b(?:\s+(?:reading|saying|that read|which read))?"
    r"[\s,:]*[“\"«„‘']\s*$",
    regex.IGNORECASE | regex.VERSION1,
)


def sung_or_written_before(line: str, start: int) -> bool:
    """A quotation sung, chanted or carried on a banner or a wall (``sing “Wij zijn de
    jongens van het noorden, en wij gaan nooit naar huis”``), whatever its length."""
    return _SUNG_OR_WRITTEN.search(line, max(0, start - 40), start) is not None


# The next sentence speaks of the term as a word of its language (``… the first
# sorpasso of the year. The Italian word, meaning an overtaking, …``).
_WORD_NEXT = LazyPattern(
    r"[^.!?]{0,120}[.!?][”\"’)]?\s+(?:The|This)\s+(?:(?:Italian|French|Spanish|German"
    r"|Portuguese|Dutch|Catalan|Basque|Galician|Flemish|Brazilian)\s+)?(?:word|term"
    r"|expression|phrase)\b",
    regex.VERSION1,
)


def _glossed(line: str, start: int, end: int) -> bool:
    if greeting(FP_WORD.findall(line[start:end])):
        return True
    if cue_before(line, start):
        return True
    window = line[end : end + GLOSS_AFTER_CHARS]
    stop = min(len(line), end + WORK_AFTER_CHARS)
    return (_GLOSS_AFTER.match(window) is not None or _CUE_AFTER.match(window) is not None
            or (_HEADLINE_VERB.search(window) is not None
                and _HEADLINE_AFTER.match(window) is not None)
            or _WORK_AFTER.match(line, end, stop) is not None
            or _document_title(line, start)
            or (_RANKED_BEFORE.search(line, max(0, start - 12), start) is not None
                and _RANKED_AFTER.match(line, end, stop) is not None)
            or (" " not in line[start:end] and _CLASSIFIED_AFTER.match(window) is not None
                and _DETERMINER_BEFORE.search(line, max(0, start - 8), start) is not None)
            or (_WRITTEN_ON.match(window) is not None
                and _COPULA_BEFORE.search(line, max(0, start - 12), start) is None)
            or dashed_term(line, start, end)
            or (" " not in line[start:end].strip()
                and _WORD_NEXT.match(line, end, min(len(line), end + 220)) is not None))


# A quoted word between a determiner and the English noun it qualifies, a noun that says
# what kind of custom it names (``the “ferragosto” holiday``, ``the “sardinas”
# movement``): the English sentence uses the word as a name. Nouns that news uses every
# day (``law``, ``case``, ``decade``) are left out: a leftover may stand before them.
_CLASSIFIED_AFTER = LazyPattern(
    r"[”»\"’'*_]\s+(?:holiday|holidays|festival|festivals|feast|tradition|traditions|custom"
    r"|customs|movement|ritual|rituals|dance|dances|genre|dish|dishes)\b",
    regex.VERSION1,
)
_DETERMINER_BEFORE = LazyPattern(
    r"\b(?:the|a|an|this|that|its|their|his|her|our)\s+[“\"«‘*_]$",
    regex.IGNORECASE | regex.VERSION1,
)


# Where a slogan is written, with no verb before it (``scarves with “…” printed on
# them``); after a copula the participle is the sentence's own (``was “…” printed``).
_WRITTEN_ON = LazyPattern(
    r"[\s”»\"’'*_]*\s+(?:printed|written|painted|carved|sprayed|stitched|embroidered|sewn"
    r"|inscribed|engraved|scrawled|daubed|emblazoned|spelled out|spelt out)"
    r"\s+(?:on|across|in|above|over|along|onto|into|beneath|under|below)\b",
    regex.IGNORECASE | regex.VERSION1,
)
_COPULA_BEFORE = LazyPattern(
    r"\b(?:is|was|were|are|be|been|being)\s+[“\"«‘*_(\[]*$", regex.IGNORECASE | regex.VERSION1
)


# A work voted, named or ranked the best of its kind: ``Viewers voted “La casa de papel”
# the best series of the decade``.
_RANKED_BEFORE = LazyPattern(
    r"\b(?:voted|named|ranked|rated|crowned|hailed|declared)\s+[“\"«‘*_]$", regex.VERSION1
)
_RANKED_AFTER = LazyPattern(
    r"[”»\"’'*_]\s+the(?:\s+[\w’'\-]+){0,4}?\s+" + _WORK + r"\b",
    regex.IGNORECASE | regex.VERSION1,
)


def enclosing_quotation(line: str, start: int, end: int) -> tuple[int, int] | None:
    """The content of a quotation that holds ``line[start:end]`` and more (a title with
    a part in parentheses, a slogan's first words before its comma), if it opens at
    most :data:`~.tuning.GLOSS_BEFORE_CHARS` before the span and closes after it on the
    same line."""
    marks = quotation_around(line, start, end, GLOSS_BEFORE_CHARS)
    if marks is None:
        return None
    opening, closing = marks
    if line[opening + 1 : closing].strip() == line[start:end]:
        return None  # the whole quotation, not a part of it
    return opening + 1, closing


# An article and the term, alone in parentheses after an English word: ``The cake (a
# “roscón de reyes”) is eaten …``.
_TERM_OPEN = LazyPattern(r"\p{L}\s*\(\s*(?:a|an|the)\s+[“\"«‘*_]$", regex.VERSION1)
_TERM_CLOSE = LazyPattern(r"[”»\"’'*_]\s*\)", regex.VERSION1)


def parenthesised_term(line: str, start: int, end: int) -> bool:
    """The span, after ``a``, ``an`` or ``the``, is all the parentheses hold after an
    English word: the name of what that word said (``the cake (a “roscón de reyes”)``)."""
    return (_TERM_CLOSE.match(line, end) is not None
            and _TERM_OPEN.search(line, max(0, start - 12), start) is not None)


# A term defined by the sentence it opens: ``A “palio” is a banner given to …``.
_DEFINED_BEFORE = LazyPattern(r"(?:^|[.!?]\s+)(?:A|An|The)\s+[“\"«‘*_]$", regex.VERSION1)
_DEFINED_AFTER = LazyPattern(
    r"[”»\"’'*_]\s+(?:is|are|was|were|means)\s+(?:a|an|the|what|when|where|how)\b",
    regex.VERSION1,
)


def defined(line: str, start: int, end: int) -> bool:
    """A quoted word or two that open a sentence after an article and that an English
    copula defines (``A “palio” is a banner``): the term of a definition."""
    if len(FP_WORD.findall(line[start:end])) > 2:
        return False
    return (_DEFINED_BEFORE.search(line, max(0, start - 8), start) is not None
            and _DEFINED_AFTER.match(line, end) is not None)


# The gloss first, then the term between dashes: ``a child benefit – the “allocation
# de rentrée scolaire” – is paid``. Before the span: a lower-case word, a dash and an
# English article or a quotation mark (an aside of plain words, ``the mayor – très en
# colère – left``, stays a leftover); after it: the closing dash.
_DASH_OPEN = LazyPattern(
    r"(?<![\p{L}’'\-])\p{Ll}+\s[–—]\s*(?:(?:the|a|an)\s+[“\"«‘*_]?|[“\"«‘*_])\s*$",
    regex.VERSION1,
)
_DASH_CLOSE = LazyPattern(r"\s*[”»\"’'*_]?\s*[–—](?:\s|$)", regex.VERSION1)


def dashed_term(line: str, start: int, end: int) -> bool:
    """The span is the whole of a dash pair opened right after an English word: the
    foreign term for what that word (and the words before it) said in English."""
    if _DASH_CLOSE.match(line, end) is None:
        return False
    before = _DASH_OPEN.search(line, max(0, start - 40), start)
    return before is not None


# A term named at a sentence's end after the colon that closes its description
# (``… when nobody moves from the table: la sobremesa.``).
_COLON_BEFORE = LazyPattern(r"\p{Ll}[,;]?:\s+$", regex.VERSION1)
_SENTENCE_CLOSE = LazyPattern(r"[”»\"’'*_]*[.!?…](?:\s|$)", regex.VERSION1)


def named_after_colon(line: str, start: int, end: int) -> bool:
    """One to three words, after a colon that follows an English word, closing the
    sentence: the name of what the words before the colon described."""
    if ":" not in line[max(0, start - 4) : start]:
        return False  # most spans: one look at the characters before them
    if len(FP_WORD.findall(line[start:end])) > GLOSS_NAMED_MAX_WORDS:
        return False
    return (_SENTENCE_CLOSE.match(line, end) is not None
            and _COLON_BEFORE.search(line, max(0, start - 6), start) is not None)


def in_italics(line: str, start: int, end: int) -> bool:
    """The span sits inside ``*…*`` or ``_…_``: a title or a term set in italics."""
    for mark in "*_":
        i = line.rfind(mark, 0, start)
        j = line.find(mark, end)
        if i >= 0 and j >= 0 and line.find(mark, i + 1, start) < 0:
            inner = line[i + 1 : j]
            if inner.strip() == inner and len(inner.split()) <= GLOSS_MAX_WORDS:
                return True
    return False


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


_NAME_GLUE = NAME_PARTICLES | frozenset(
    {"des", "du", "d’", "l’", "d", "l", "y", "e", "et", "und", "am", "im", "zum", "zur",
     "delle", "degli", "dello", "alla", "alle", "au", "aux", "à", "a", "al", "del", "do"}
)
_WORD_BEFORE = LazyPattern(r"([\p{L}\p{M}’'\-]+)[ \u00a0]$", regex.VERSION1)
_WORD_AFTER = LazyPattern(r"[ \u00a0]([\p{L}\p{M}’'\-]+)", regex.VERSION1)


def continues_name(line: str, start: int, end: int) -> bool:
    """The span is the end or the middle of a name begun by a capitalised word before
    it, inside a sentence: name particles and capitalised words only (``the Place de la
    République``, ``the Gare de Lyon``, ``the Teatro alla Scala``)."""
    words = FP_WORD.findall(line[start:end])
    if not words or not all(w[:1].isupper() or w.lower() in _NAME_GLUE for w in words):
        return False
    if not words[-1][:1].isupper():
        after = _WORD_AFTER.match(line, end)
        if after is None or not after[1][:1].isupper():
            return False  # ``de la`` at the end of a name: the name goes on after it
    pos, head = start, None
    while (before := _WORD_BEFORE.search(line, max(0, pos - 40), pos)) is not None:
        word = before[1]
        if word[:1].isupper():
            head, pos = before.start(1), before.start(1)
        elif word.lower() in _NAME_GLUE:
            pos = before.start(1)
        else:
            break
    if head is None:
        return False
    # The name's first word must not open a sentence (``The`` would do otherwise).
    lead = line[:head].rstrip()
    return bool(lead) and lead[-1] not in ".!?:;…“”\"«»"


def name_or_gloss(line: str, start: int, end: int, cfg: Setup) -> bool:
    """Parentheses that hold a native name or a foreign gloss of the English just before,
    or the end of a name begun before the span (:func:`continues_name`).

    - every word in the parentheses or brackets is capitalised, bar short
      particles (``(Casa de la Villa, Toledo)``, ``[Eerste Kamer]``): a
      proper name, the institution's or place's own name;
    - one to three words in round parentheses right after an English noun
      phrase (a determiner, then lower-case English content words):
      ``the weekly market (marché)``. Square brackets are an editor's: never a gloss.
    """
    if continues_name(line, start, end):
        return True
    around = _parentheses_around(line, start, end)
    if around is None:
        return False
    i, j = around
    words = FP_WORD.findall(line[i + 1 : j])
    if not words:
        return False
    capitals = sum(1 for w in words if w[0].isupper())
    if capitals >= 1 and all(
        w[0].isupper() or (len(w) <= 3 and w.lower() in NAME_PARTICLES | cfg.any_marker)
        for w in words
    ):
        return True
    if line[i] != "(" or len(words) > 3 or not cfg.english:
        return False
    if line[:i].rstrip().endswith(("*", "_")):
        return True  # after a term in italics: its gloss (``His *gregarios* (domestiques)``)
    # A gloss names a thing: at most one function word, and not at its end
    # (``(capable de)``, ``(pas venu pour)`` are cut out of a sentence).
    marks = [w.lower() in cfg.any_marker for w in words]
    if sum(marks) > 1 or (len(words) > 1 and marks[-1]):
        return False
    window = line[max(0, i - NOUN_PHRASE_CHARS) : i]
    before = FP_WORD.findall(window)
    tail = window.rstrip()
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


def quoted_in_parentheses(line: str, start: int) -> bool:
    """A quotation that opens right after a parenthesis: ``(“…”)``, a gloss of its own."""
    return bool(_QUOTE_IN_PARENTHESES.search(line[max(0, start - 3) : start]))


__all__ = [
    "POSSESSOR",
    "continues_name", "dashed_term", "defined", "enclosing_quotation", "glossed",
    "greeting", "in_italics", "name_or_gloss", "named_after_colon", "parenthesised_term",
    "quoted_in_parentheses", "sung_or_written_before",
]
