"""The author's own lines: the name alone above the date, the role or the bio, and the
author's note.

Pages print who wrote the article on a line of its own and the date or the role
under it (``Rocío Montaño`` then ``15 March 2025 - 07:00``; ``Inês Cardoso`` then
``Journalist``). The name alone proves nothing (a list of places, a heading); the
line under it, already read as the page's own, does: a name alone right above it,
near the top or the foot of the article, is its author. The author's note says who the
author is and what they write about, in a sentence of its own (:func:`author_note`).
"""

from __future__ import annotations

from collections.abc import Callable, MutableMapping

import regex

from ..lazy import LazyPattern
from .guess import Guess
from .lexicon import Lexicon
from .lines import (
    AUTHORING,
    BEAT_VERBS,
    COPULAS,
    FOLLOW_BUTTONS,
    NAME_PARTICLES,
    PAST_AUXILIARIES,
    REPORTING,
    Line,
    ends_sentence,
)
from .tuning import AUTHOR_NOTE_WORDS, COMBINATION

#: How near the top, and how near the foot, an author's name stands.
AUTHOR_TOP_LINES = 5
AUTHOR_FOOT_LINES = 3
#: Most words of an author's bio under the name.
AUTHOR_BIO_WORDS = 40
# Two to four capitalised words, perhaps with a particle, and nothing else.
_NAME_ALONE = LazyPattern(
    r"[ \t]*\p{Lu}[\p{Ll}’'\-]+(?:[ \t]+(?:\p{Lu}[\p{Ll}’'\-]+|de|da|do|dos|das|del|di|van"
    r"|von|le|la|y|e)){1,3}[ \t]*", regex.VERSION1)
#: Labels of the lines under a name that make it an author's: a date or a byline row,
#: a role.
_UNDER = ("stamp", "date", "byline", "role", "furniture word", "vocabulary")


def author_names(text: str, count: int, line_at: Callable[[int], Line],
                 raw_at: Callable[[int], str], guesses: MutableMapping[int, Guess],
                 jobs: frozenset[str]) -> None:
    """Add a guess for each name alone right above a date, a byline row or a role that
    the classifier already took as the page's furniture, near the top or the foot; or
    right above the author's bio, a sentence that opens with the job (``Journalist of
    the local section. Before, she worked in radio…``)."""
    edges = [*range(min(count, AUTHOR_TOP_LINES)),
             *range(max(AUTHOR_TOP_LINES, count - AUTHOR_FOOT_LINES - 1), count)]
    for k in edges:
        if k in guesses or _NAME_ALONE.fullmatch(raw_at(k)) is None or line_at(k).quoted:
            continue
        below = guesses.get(k + 1)
        if below is not None and below.kind == "furniture" and any(
                word in below.label for word in _UNDER):
            guesses[k] = Guess("furniture", COMBINATION, "author's name above the date")
        elif below is None and k + 1 < count and _bio(line_at(k + 1), raw_at(k + 1), jobs):
            guesses[k] = Guess("furniture", COMBINATION, "author's name above the date")
            guesses[k + 1] = Guess("furniture", COMBINATION, "author's note")


def _bio(line: Line, raw: str, jobs: frozenset[str]) -> bool:
    """A sentence or two that open with the author's job, capitalised, no longer than a
    bio (``Journalist specialised in housing. Before, she worked…``)."""
    first = line.lowers[0] if line.lowers else ""
    # (one author: ``Journalists of the region protested…`` is news)
    return (first in jobs and first[:-1] not in jobs and raw[:1].isupper()
            and line.size <= AUTHOR_BIO_WORDS and raw.rstrip()[-1:] in ".!")




# An author's note under the article: the name, a copula, the job, and what the author
# writes or follows (``Jana Bergmann is editor in the local department. She writes
# about transport``, ``Helena Marques Vaz é professora … e escreve quinzenalmente``).
_ARTICLES = frozenset({"a", "an", "un", "une", "uno", "una", "um", "uma", "ein", "eine"})
# Jobs an opinion piece's author holds besides the newsroom's (which the lexicon lists).
_GUEST_JOBS = frozenset({
    "executive", "director", "directora", "directeur", "directrice", "direttore", "direktor",
    "professora", "teacher", "lawyer", "doctor", "médico", "médica", "médecin", "avocat",
    "avocate", "abogado", "abogada", "avvocato", "anwalt", "anwältin", "advogado", "advogada",
})
#: Most words of the sentence that says what an author writes about (a beat is short:
#: ``Giulia Marchetti scrive di libri e cultura.``; news of a column says more).
BEAT_SENTENCE_WORDS = 8
# The words that open what an author writes about, after the name and its verb.
_BEAT_PREPOSITIONS = frozenset({"about", "on", "di", "su", "sur", "sobre", "über"})
#: How far after the copula an author's note names the job; how many lines of the top
#: and of the foot of an article it may stand in.
AUTHOR_NOTE_JOB_AT = 4
AUTHOR_NOTE_LINES = 3


# The box's link to the author's other pieces, closing it (``… › See all her articles``,
# ``All materials of the author``, ``To the author page``, ``Tous ses articles``).
_AUTHOR_LINK = LazyPattern(
    r"(?:[›→»>▸|·.\-–—][ \t]*)?(?:"
    r"(?i:(?:see|read|view)[ \t]+)?(?i:all|other|more)[ \t]+(?i:(?:her|his|their|the"
    r"[ \t]+author['’]s|of[ \t]+the[ \t]+author['’]s)[ \t]+)?(?i:articles|publications"
    r"|materials|texts|stories|posts|columns)(?:[ \t]+(?i:of|by|from)[ \t]+(?:(?i:the"
    r"[ \t]+author)|\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+){0,2}))?"
    r"|(?i:to[ \t]+the[ \t]+author(?:['’]s)?[ \t]+page|write[ \t]+to[ \t]+the[ \t]+author"
    r"|(?:tous|toutes)[ \t]+(?:ses|les)[ \t]+(?:articles|chroniques)|alle[ \t]+(?:artikel"
    r"|beiträge)(?:[ \t]+(?:von|des[ \t]+autors|der[ \t]+autorin))?|weitere[ \t]+artikel"
    r"|todos[ \t]+(?:sus|los)[ \t]+artículos|más[ \t]+artículos|tutti[ \t]+gli[ \t]+articoli"
    r"|altri[ \t]+articoli|todos[ \t]+os[ \t]+(?:seus[ \t]+)?artigos|mais[ \t]+artigos"
    r"|outros[ \t]+artigos|mehr[ \t]+artikel(?:[ \t]+(?:der[ \t]+autorin|des[ \t]+autors))?"
    r"|(?:leggi[ \t]+)?tutti[ \t]+i[ \t]+suoi[ \t]+articoli|todos[ \t]+los[ \t]+artículos"
    r"(?:[ \t]+de[ \t]+\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+){0,2})?))[ \t]*[.›→»]?[ \t]*$",
    regex.VERSION1)
# A name set off from what follows by a mark (``Claire Morvan · Journalist…``, ``Ivan
# Belov — correspondent…``, ``Rustam Galiev: correspondent…``).
_NAME_MARKS = frozenset({"·", "|", "—", "–", "-", ":", ".", ","})
# The newsroom's own jobs: a name with one of them right after its copula is the box on
# the author (``Simone Brandl has been an editor in the city department since 2019.``).
_NEWSROOM_JOBS = frozenset({
    "journalist", "reporter", "correspondent", "editor", "columnist", "journaliste",
    "rédacteur", "rédactrice", "correspondant", "correspondante", "chroniqueur",
    "chroniqueuse", "periodista", "redactor", "redactora", "corresponsal", "columnista",
    "giornalista", "redattore", "redattrice", "corrispondente", "editorialista",
    "journalistin", "redakteur", "redakteurin", "korrespondent", "korrespondentin",
    "kolumnist", "kolumnistin", "jornalista", "repórter", "correspondente", "colunista",
    "redaktor", "redaktorin",
})
# Critics sign reviews: a job of the box after a mark (``Mikhail Avdeev — film critic``).
_CRITICS = frozenset({"critic", "critique", "crítico", "crítica", "critico", "kritiker",
                      "kritikerin"})
#: Last words of the link to the author's pieces (for the first look of :mod:`.screen`).
AUTHOR_LINK_LAST = frozenset({
    "articles", "publications", "materials", "texts", "stories", "posts", "columns", "author",
    "page", "chroniques", "artikel", "beiträge", "autors", "autorin", "artículos", "articoli",
    "artigos",
})


def job_words(lex: Lexicon) -> frozenset[str]:
    """Every job an author's note or box may name."""
    return lex.word_class("job") | _GUEST_JOBS | _CRITICS | _NEWSROOM_JOBS


# The past of an event, which a bio's ``has been`` is not.
_EVENTS = PAST_AUXILIARIES - {"been"}
# A relative clause of what happened to the person (``… who was injured …``).
_RELATIVES = frozenset({"who", "whom", "which"})
_WHAT_HAPPENED = frozenset({"was", "were", "had", "has", "died", "lost", "won", "fled"})
#: How many words after the name's mark the job stands in.
AUTHOR_JOB_AFTER_MARK = 3


def author_box(text: str, line: Line, lex: Lexicon, guesses: list[Guess]) -> None:
    """A line that opens with a name and closes with the link to the author's other
    pieces (``Pauline Meyer is a correspondent in the Kochersberg. More articles``): the
    box on the author, wherever it stands. No news ends on such a link."""
    if not 3 <= line.size <= AUTHOR_NOTE_WORDS or _name_words(text, line) is None:
        return
    found = _AUTHOR_LINK.search(text, line.body, line.end)
    if found is not None and found.start() > line.words[1][1]:
        guesses.append(Guess("furniture", COMBINATION, "box on the author"))


def _name_words(text: str, line: Line) -> int | None:
    """How many words of the line's opening name (two to four capitalised words, perhaps
    with particles), or ``None``."""
    lowers = line.lowers
    n = 0
    for (a, _), word in zip(line.words[:5], lowers[:5], strict=False):
        if text[a].isupper() or (n and word in NAME_PARTICLES):
            n += 1
            continue
        break
    while n and lowers[n - 1] in NAME_PARTICLES:
        n -= 1
    return n if 2 <= n <= 4 else None


def _job_after_mark(text: str, line: Line, lex: Lexicon) -> bool:
    """The name, a mark, and the job within a few words (``Claire Morvan · Journalist at
    the Marseille desk…``, ``Francesca Lombardi - Political journalist, follows…``)."""
    lowers = line.lowers
    for n in range(2, min(5, len(lowers) - 1)):
        gap = text[line.words[n - 1][1] : line.words[n][0]].strip()
        if not gap:
            if not (text[line.words[n][0]].isupper() or lowers[n] in NAME_PARTICLES):
                return False
            continue
        if gap not in _NAME_MARKS or not all(
                text[a].isupper() or w in NAME_PARTICLES
                for (a, _), w in zip(line.words[:n], lowers[:n], strict=True)):
            return False
        jobs = job_words(lex)
        after = [w for w in lowers[n : n + AUTHOR_JOB_AFTER_MARK] if w not in _ARTICLES]
        # (``Agnès Lemoine, historian: “The Commune…”``: an interview's headline quotes
        # the person after a colon)
        return (not jobs.isdisjoint(after) and REPORTING.isdisjoint(lowers)
                and _QUOTE_AFTER_COLON.search(text, line.body, line.end) is None)
    return False


# A colon, then a quotation: a headline giving somebody's words.
_QUOTE_AFTER_COLON = LazyPattern(r":[ \t\u00a0]*[“\"«„‘]", regex.VERSION1)


def author_note(text: str, line: Line, lex: Lexicon, guesses: list[Guess]) -> None:
    """A name of two to four capitalised words, a copula, a job within a few words
    (``is editor``, ``é professora``, ``is nursing executive … and author of``) and a
    word of writing or of the author's beat, in a line that ends as a sentence: the note
    on who wrote an opinion piece. News of a person says what they did, not what they
    write about."""
    lowers = line.lowers
    # (the box's button to follow the author may close it: ``… den Kantonsrat. Folgen``)
    button = len(lowers) > 5 and lowers[-1] in FOLLOW_BUTTONS and text[
        line.words[-2][1] : line.words[-1][0]].strip() in (".", "·", "|", "")
    if not 5 <= line.size <= AUTHOR_NOTE_WORDS or any(
            lowers[k] in _RELATIVES and lowers[k + 1] in _WHAT_HAPPENED
            for k in range(len(lowers) - 1)):
        return  # (``… is a reporter who was injured …``: what happened to a person, news)
    if _job_after_mark(text, line, lex):
        guesses.append(Guess("furniture", COMBINATION, "author's note"))
        return
    if not (button or ends_sentence(text, line)):
        return
    n = next((k for k, w in enumerate(lowers[:5]) if w in COPULAS or w in BEAT_VERBS or (
        w == "has" and lowers[k + 1 : k + 2] == ["been"])), 0)
    been = int(bool(n) and lowers[n] == "has")  # (``… has been an editor …``)
    if not n:
        # ``Marco Bellini. Giornalista, scrive di fisco…``: the name, a full stop, the job
        n = next((k for k in range(2, min(5, len(lowers) - 1)) if text[
            line.words[k - 1][1] : line.words[k][0]].strip() == "."
            and lowers[k] in lex.word_class("job")), 0)
        n = n - 1 if n else 0  # (the job is read as the copula's next word)
    if not 2 <= n <= 4 or not all(
            text[a].isupper() or w in NAME_PARTICLES for (a, _), w in zip(
                line.words[:n], lowers[:n], strict=True)):
        return
    if lowers[n] in BEAT_VERBS:
        # ``Giulia Marchetti scrive di libri e cultura.``: the name, then what the author
        # writes about (news reports what somebody wrote to or that: ``… writes that…``)
        first = text[line.body : line.end].split(". ", 1)[0]
        if (n + 1 < len(lowers) and lowers[n + 1] in _BEAT_PREPOSITIONS
                and len(first.split()) <= BEAT_SENTENCE_WORDS and "," not in first):
            guesses.append(Guess("furniture", COMBINATION, "author's note"))
        return
    jobs = lex.word_class("job") | AUTHORING | _GUEST_JOBS
    after = [w for w in lowers[n + 1 + been : n + 1 + been + AUTHOR_NOTE_JOB_AT]
             if w not in _ARTICLES]
    if not jobs.isdisjoint(after) and (button or not AUTHORING.isdisjoint(lowers[n + 1 :])):
        guesses.append(Guess("furniture", COMBINATION, "author's note"))
    elif (not _NEWSROOM_JOBS.isdisjoint(after) and REPORTING.isdisjoint(lowers)
          and _EVENTS.isdisjoint(lowers)):
        # one of the newsroom's own jobs needs no word of writing: ``… is an editor in
        # the culture section.`` (``… ist Journalistin und wurde 2019 festgenommen``
        # tells what happened to her: news)
        guesses.append(Guess("furniture", COMBINATION, "author's note"))


__all__ = ["AUTHOR_LINK_LAST", "AUTHOR_NOTE_LINES", "author_box", "author_names", "author_note",
           "job_words"]
