"""Quotations that English copy keeps in the original on purpose.

Three shapes that the other tests of deliberate foreign text (:mod:`.glosses`,
:mod:`.titles`) do not see:

- :func:`performed_words`: words quoted whole and tied to the people who
  chanted, sang, shouted, prayed, toasted or blessed with them, by the verb
  on either side (``“Siamo tutti antifascisti,” chanted the marchers``, ``he
  blessed the boats one by one: “…”``), or continuing such a quotation after
  it. A report keeps a chant, a song, a blessing or a toast as it was said.
- :func:`reported_words`: an utterance quoted whole, capitalised, and tied to
  its speaker by a verb of saying (``“Das Wetter macht, was es will,” said
  the farmer``). A translation engine translates a paragraph's quotations
  with it; what it leaves behind is a piece of a sentence (``“Nous avons tout
  perdu in the flood”``, ``was “une grève pour l’avenir de tous” and``), while
  copy that quotes a person whole in their own language does so on purpose,
  most often with the sense given beside it.
- :func:`listed_or_possessed`: a quotation that the English sentence treats
  as a noun: followed by a possessive (``“La stanza di sopra”’s director``)
  or one of a list of quotations (``adds “A cidade das marés”, “Os dias de
  chumbo” and “Quem conta um conto”``), as titles of works are listed.
"""

from __future__ import annotations

import regex

from ..lazy import LazyPattern
from .data import Setup
from .titles import TITLE_GLUE
from .tuning import EXCLAIMED_MAX_WORDS, NAMED_QUOTE_MAX_WORDS, PERFORMED_MAX_WORDS

_CLOSERS = {"“": "”", "«": "»", "„": "“", '"': '"'}
# Verbs of performing words rather than of reporting what someone said: a chant,
# a song, a blessing, a toast or a greeting is kept as it was said, whole or in part.
_PERFORMING = (
    r"(?:chanted|chant|chants|chanting|sang|sing|sings|singing|sang out|shouted|shouts"
    r"|shouting|cried|yelled|roared|prayed|blessed|toasted|greeted|called out|intoned"
    r"|recited|signed off|signs off)"
)


def _verb_after(verbs: str, words: int, name: str = r"[\p{L}’'.\-]") -> LazyPattern:
    """After the closing mark: a comma perhaps, at most ``words`` words (a name, a
    pronoun, ``the crowd``) and one of ``verbs``, in the same sentence."""
    return LazyPattern(
        r"\s*(?P<comma>,)?\s*(?:" + name + r"+,?\s+){0," + str(words) + r"}?" + verbs + r"\b",
        regex.IGNORECASE | regex.VERSION1,
    )


def _going_on(verbs: str, stops: str, name: str = r"[\p{L}’'.\-]") -> LazyPattern:
    """Before an opening mark: a quotation just tied to one of ``verbs``, then the rest
    of that sentence (``“…,” sang the choir. “…”``): the next quotation goes on."""
    return LazyPattern(
        r"[”\"»]\s*,?\s*(?:" + name + r"+,?\s+){0,5}?" + verbs
        + r"\b[^.!?”\"“]{0,60}[" + stops + r"]\s*$",
        regex.IGNORECASE | regex.VERSION1,
    )


# After the closing mark: at most four words and the verb.
_PERFORMED_AFTER = _verb_after(_PERFORMING, 4)
# Before the opening mark: the verb, at most four words, a colon or a comma
# (``the crowd chanted: “…”``, ``blessed them one by one: “…”``).
_PERFORMED_BEFORE = LazyPattern(
    r"\b" + _PERFORMING + r"(?:(?:\s+[\p{L}\d’'.\-]+,?){0,4}\s*[,:]|)\s*$",
    regex.IGNORECASE | regex.VERSION1,
)
_AFTER_PERFORMED = _going_on(_PERFORMING, ".,")
_WORD = LazyPattern(r"[\p{L}\p{N}]+(?:[’'\-][\p{L}\p{N}]+)*", regex.VERSION1)
# A possessive right after the closing mark.
_POSSESSIVE = LazyPattern(r"[’']s\b", regex.VERSION1)
# Another quotation just before (``“…”, “`` or ``“…” and “``) or just after.
_LISTED_BEFORE = LazyPattern(r"[”\"]\s*(?:,|,?\s+(?:and|or|&))\s*[“\"]$", regex.VERSION1)
_LISTED_AFTER = LazyPattern(r"\s*(?:,|,?\s+(?:and|or|&))\s*[“\"]\p{Lu}", regex.VERSION1)


def quotation_around(
    line: str, start: int, end: int, reach: int = 400
) -> tuple[int, int] | None:
    """The offsets of the opening and closing marks of the double quotation that holds
    ``line[start:end]`` on its line, opened at most ``reach`` characters before it."""
    for i in range(start - 1, max(-1, start - reach - 1), -1):
        char = line[i]
        if char in "”»":
            return None  # a quotation closed before the span: the span is outside it
        if char in _CLOSERS:
            if char == '"' and line.count('"', 0, i) % 2:
                return None  # a straight closer
            j = line.find(_CLOSERS[char], end)
            return (i, j) if j >= 0 else None
        if char == "'" and _single_opener(line, i):
            # A single straight quote opening a word (British copy: ``'Geen boer, geen
            # voer'``); an apostrophe inside a word (``don't``) is passed over.
            closing = _SINGLE_CLOSER.search(line, end, end + reach)
            return (i, closing.start()) if closing is not None else None
    return None


# A straight single quote that closes a quotation: after a letter or a stop, before a
# space, a stop or the line's end (not an apostrophe inside a word).
_SINGLE_CLOSER = LazyPattern(r"(?<=[\p{L}\d.!?…])'(?=[\s,.;:!?)…—–]|$)", regex.VERSION1)


def _single_opener(line: str, i: int) -> bool:
    """``line[i]``, a straight single quote, opens a quotation: at the line's start or
    after a space or a bracket, and before a letter or a digit."""
    before = line[i - 1] if i else " "
    after = line[i + 1 : i + 2]
    return (before.isspace() or before in "([—–") and (after.isalnum() or after in "¡¿")


def _quotation(line: str, start: int, end: int) -> tuple[int, int, str, list[str]] | None:
    """The opening and closing marks of the quotation around ``line[start:end]``, its
    content and the content's words; ``None`` outside a quotation."""
    marks = quotation_around(line, start, end)
    if marks is None:
        return None
    opening, closing = marks
    content = line[opening + 1 : closing].strip()
    return opening, closing, content, _WORD.findall(content)


def performed_words(line: str, start: int, end: int) -> bool:
    """``line[start:end]`` lies in performed words quoted whole (see the module)."""
    found = _quotation(line, start, end)
    if found is None:
        return False
    opening, closing, content, words = found
    if not words or len(words) > PERFORMED_MAX_WORDS or not words[0][0].isupper():
        return False  # an utterance opens with a capital (after ``¡`` or ``¿``)
    after = _PERFORMED_AFTER.match(line, closing + 1)
    # Words performed end on a comma or a stop inside the marks or take a comma after
    # them; a title before the verb (``“Bella ciao” sings of the partisans``) ends on
    # neither.
    if after is not None and (content[-1] in ",.!?…" or after.group("comma")):
        return True
    before = line[max(0, opening - 80) : opening]
    return bool(_PERFORMED_BEFORE.search(before) or _AFTER_PERFORMED.search(before))


# Speech: a verb of saying or a colon before the opening mark, or a verb of saying
# after the closing one.
_SAID_BEFORE = LazyPattern(
    r"(?:\b(?:said|says|say|told|tells|added|adds|declared|replied|wrote|writes|asked"
    r"|insisted|warned|explained|stated|admitted|stressed|according to)\b[^.!?”\"]{0,30}"
    r"|:)\s*$",
    regex.IGNORECASE | regex.VERSION1,
)
_SAID_AFTER = LazyPattern(
    r"\s*,?\s*(?:[\p{L}’'.\-]+\s+){0,4}?(?:said|says|told|tells|added|adds|declared|replied"
    r"|wrote|writes|asked|insisted|warned|explained|stated|admitted|stressed)\b",
    regex.IGNORECASE | regex.VERSION1,
)


def exclaimed_words(line: str, start: int, end: int) -> bool:
    """``line[start:end]`` lies in a short exclamation quoted whole inside the narrative
    (``lifting his glass with a gravelly “¡Salud, muchachos!”``, ``“Bom dia, Lisboa!”
    has been her opening line``): a greeting, a toast or a cheer, kept as it was
    cried. Words given after a verb of saying or a colon, or followed by one, are
    speech: :func:`reported_words` reads them, as a whole utterance only."""
    found = _quotation(line, start, end)
    if found is None:
        return False
    opening, closing, content, words = found
    # (the mark may have been read before the closing mark: ``“…noi”!``)
    cried = (content.endswith("!") or content.startswith("¡")
             or line[closing + 1 : closing + 2] == "!")
    if not words or len(words) > EXCLAIMED_MAX_WORDS or not words[0][0].isupper() or not cried:
        return False
    if _SAID_BEFORE.search(line, max(0, opening - 60), opening):
        return False
    return _SAID_AFTER.match(line, closing + 1, min(len(line), closing + 60)) is None


# A compound past, an auxiliary and a participle (``a voté``, ``ha approvato``, ``han
# decidido``, ``hat abgelehnt``): the clause tells news, as titles and slogans rarely do.
_NEWS_CLAUSE = LazyPattern(
    r"\b(?:a|ont|avait|avaient|ha|han|habían|había|hanno|aveva|avevano|hat|haben|hatte"
    r"|hatten|tem|têm|tinha)\s+(?:\p{L}+\s+)?\p{L}+(?:é|ée|és|ées|i|is|ado|ada|ados|adas"
    r"|ido|ida|idos|idas|ato|ata|ati|ate|ito|ita|uto|uta)\b",
    regex.VERSION1,
)


def quoted_letter(line: str, start: int, end: int) -> bool:
    """One letter in quotation marks (``the “é”``, ``two “O”s``): a letter under
    discussion."""
    return end - start == 1 and line[start].isalpha()


def named_in_quotes(line: str, start: int, end: int, cfg: Setup) -> bool:
    """``line[start:end]`` lies in a quotation the sentence names as a thing, not as
    somebody's speech: two words or more opening with a capital, no stop or comma
    inside the closing mark, no verb of saying or colon before it, no verb of saying
    after it (``a barrel organ playing “Tulpen uit Amsterdam” at the gate``, ``faded
    “Andrà tutto bene” rainbows``): a title, a slogan, a motto or an inscription kept
    in its language. Speech left in the source (``“Nous ne lâcherons rien,” said…``,
    ``told reporters: “…”``) is still read; a phrase in lower case (``the “réforme des
    retraites”``) is one the translation may have left."""
    found = _quotation(line, start, end)
    if found is None:
        return False
    opening, closing, content, words = found
    if (not 2 <= len(words) <= NAMED_QUOTE_MAX_WORDS or not words[0][0].isupper()
            or content[-1] in ",.!?…:;" or words[-1].lower() in TITLE_GLUE
            or words[-1].lower() in cfg.any_marker
            or _NEWS_CLAUSE.search(content)):
        return False  # (cut off after a function word, ``Según fuentes de la``, or news)
    if _SAID_BEFORE.search(line, max(0, opening - 60), opening):
        return False
    return _SAID_AFTER.match(line, closing + 1, min(len(line), closing + 60)) is None


# Verbs of saying that introduce the words after them, and those that tie words to
# their speaker after them too (``…,” she recalled``, ``…,” runs the saying``).
_SAID = (r"said|says|told|tells|added|adds|declared|replied|wrote|writes|asked|insisted"
         r"|warned|explained|stated|admitted|stressed|reminded|reminds|announced|announces")
_SAYING = r"(?:" + _SAID + r"|warn|warns|called|calls|recalled|recalls|repeated|runs|goes)"
# Before the opening mark: a verb of saying, at most three words (``told reporters``)
# and a comma or a colon, or a colon alone, which introduces what someone says (``The
# mayor stood up: “…”``); a verb further back ties nothing (``said it would slow
# production “…”``: a piece of a sentence).
_REPORTED_BEFORE = LazyPattern(
    r"(?:\b(?:" + _SAID + r")\b(?:\s+[\p{L}’'.\-]+){0,3}\s*[,:]|:)\s*$",
    regex.IGNORECASE | regex.VERSION1,
)
# After the closing mark: the speaker, at most nine words with an age, a title or a
# name set off by commas (``Aurelia Gómez, 81, told``, ``the head of the local civil
# defence, Rogério Mattos, wrote``), and the verb.
_SPEAKER_AFTER = _verb_after(_SAYING, 9, r"[\p{L}\d’'.\-]")
# (``“…,” said the chef. “…”``: the quotation goes on)
_AFTER_REPORTED = _going_on(_SAYING, ".,:", r"[\p{L}\d’'.\-]")
# After the closing mark, in the same or the next sentence, or before the opening
# mark in its sentence: the copy speaks of the quotation as words (``The phrase is
# now carved on her headstone``, ``His last words were “…”``).
_WORDS_NOUN = (
    r"(?:phrase|words|slogan|motto|saying|expression|catchphrase|refrain|watchword"
    r"|farewell|greeting|(?:opening|closing|signature|sign-off) line)"
)
_NAMED_AS_WORDS = LazyPattern(
    r"[^“”\"«»]{0,80}?\b(?:(?:the|this|that|a|her|his|their|its)(?:\s+\p{Ll}+)?"
    r"|[\p{L}\-]+[’']s)\s+" + _WORDS_NOUN + r"\b",
    regex.IGNORECASE | regex.VERSION1,
)
_WORDS_BEFORE = LazyPattern(
    r"\b" + _WORDS_NOUN + r"\b[^.!?“”\"«»]{0,120}$",
    regex.IGNORECASE | regex.VERSION1,
)
# Before the opening mark: how someone opens, closes or greets, then ``with``
# (``closing every Mass, in a voice that carried, with “…”``).
_UTTERED_WITH = LazyPattern(
    r"\b(?:clos|end|open|greet|sign(?:ed|s|ing)? off|bid|bade|send|sent|wave)\p{L}*\b"
    r"[^.!?“”\"«»]{0,100}\bwith\s+(?:an?\s+\p{Ll}+\s+)?$",
    regex.IGNORECASE | regex.VERSION1,
)
# The sentences of a quotation, for a span that is one of them whole.
_SENTENCES = LazyPattern(r"[^.!?…]+[.!?…]*", regex.VERSION1)


def _whole_sentences(content: str, span: str) -> bool:
    """``span`` is the whole of ``content`` or one of its sentences whole (``“¡Viva
    México! ¡Vivan los héroes…!”``), not a piece of a sentence."""
    if content.strip(" ,.!?…¡¿") == span:
        return True
    return any(piece.strip(" ,.!?…¡¿") == span for piece in _SENTENCES.findall(content))


def reported_words(line: str, start: int, end: int) -> bool:
    """``line[start:end]`` is the whole of an utterance quoted in the original and tied
    to its speaker by a verb of saying: after it (``“…,” said the mayor``, ``“…!”
    he told them``) or before it with a comma or a colon (``she told reporters:
    “…”``), or going on such a quotation; or one the copy speaks of as words
    (``The phrase has since been printed on stickers``, ``His last words were
    “…”``) or gives as how someone opened, closed or greeted (``closed every
    Mass with “…”``). A whole sentence of such a quotation counts as the whole
    (``cry: “¡Viva México! ¡Vivan los héroes…!”``). Copy that quotes a
    person whole in their language does so on purpose, most often with the sense
    given beside it; what machine translation leaves behind is a piece of a
    sentence, not a whole attributed utterance."""
    found = _quotation(line, start, end)
    if found is None:
        return False
    opening, closing, content, words = found
    if (not words or len(words) > PERFORMED_MAX_WORDS or not words[0][0].isupper()
            or not _whole_sentences(content, line[start:end])):
        return False
    before = max(0, opening - 140)
    if (_REPORTED_BEFORE.search(line, max(0, opening - 60), opening)
            or _AFTER_REPORTED.search(line, before, opening)
            or _NAMED_AS_WORDS.match(line, closing + 1, min(len(line), closing + 160))
            or _WORDS_BEFORE.search(line, before, opening)
            or _UTTERED_WITH.search(line, before, opening)):
        return True
    # An utterance ends on its punctuation, inside the marks or just after them; a
    # title before a verb (``“Bella ciao” says it all``) ends on neither.
    after = closing + 1
    if content[-1] not in ",.!?…":
        if line[after : after + 1] not in (",", "!", "?"):
            return False
        after += 1
    return _SPEAKER_AFTER.match(line, after, min(len(line), after + 60)) is not None


def listed_or_possessed(line: str, start: int, end: int) -> bool:
    """``line[start:end]`` is the whole of a quotation that the sentence uses as a noun:
    a possessive follows it, or it is one of a list of quotations."""
    marks = quotation_around(line, start, end)
    if marks is None:
        return False
    opening, closing = marks
    if line[opening + 1 : closing].strip(" ,.!?…¡¿") != line[start:end]:
        return False
    if _POSSESSIVE.match(line, closing + 1):
        return True
    return bool(
        _LISTED_BEFORE.search(line, max(0, opening - 8), opening + 1)
        or _LISTED_AFTER.match(line, closing + 1)
    )


__all__ = [
    "exclaimed_words", "listed_or_possessed", "named_in_quotes", "performed_words",
    "quotation_around", "quoted_letter",
    "reported_words",
]
