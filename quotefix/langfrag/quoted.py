"""Quotations that English copy keeps in the original on purpose.

Two shapes that the other tests of deliberate foreign text (:mod:`.glosses`,
:mod:`.titles`) do not see:

- :func:`performed_words`: words quoted whole and tied to the people who
  chanted, sang, shouted, prayed, toasted or blessed with them, by the verb
  on either side (``“Siamo tutti antifascisti,” chanted the marchers``, ``he
  blessed the boats one by one: “…”``), or continuing such a quotation after
  it. A report keeps a chant, a song, a blessing or a toast as it was said;
  what someone only said it translates, so a quotation tied to ``said``
  stays a leftover.
- :func:`listed_or_possessed`: a quotation that the English sentence treats
  as a noun: followed by a possessive (``“La stanza di sopra”’s director``)
  or one of a list of quotations (``adds “A cidade das marés”, “Os dias de
  chumbo” and “Quem conta um conto”``), as titles of works are listed.
"""

from __future__ import annotations

import regex

from ..lazy import LazyPattern
from .tuning import EXCLAIMED_MAX_WORDS, PERFORMED_MAX_WORDS

_CLOSERS = {"“": "”", "«": "»", "„": "“", '"': '"'}
# Verbs of performing words rather than of reporting what someone said: a chant,
# a song, a blessing, a toast or a greeting is kept as it was said, where a report
# translates information (``“…”, said the mayor`` stays a leftover).
_PERFORMING = (
    r"(?:chanted|chant|chants|chanting|sang|sing|sings|singing|sang out|shouted|shouts"
    r"|shouting|cried|yelled|roared|prayed|blessed|toasted|greeted|called out|intoned"
    r"|recited|signed off|signs off)"
)
# After the closing mark: at most four words (a name, a pronoun, ``the crowd``) and
# the verb, in the same sentence.
_PERFORMED_AFTER = LazyPattern(
    r"\s*(?P<comma>,)?\s*(?:[\p{L}’'.\-]+,?\s+){0,4}?" + _PERFORMING + r"\b",
    regex.IGNORECASE | regex.VERSION1,
)
# Before the opening mark: the verb, at most four words, a colon or a comma
# (``the crowd chanted: “…”``, ``blessed them one by one: “…”``).
_PERFORMED_BEFORE = LazyPattern(
    r"\b" + _PERFORMING + r"(?:\s+[\p{L}\d’'.\-]+,?){0,4}\s*[,:]\s*$",
    regex.IGNORECASE | regex.VERSION1,
)
# Before the opening mark: a quotation just tied to its verb (``“…,” sang the choir. “…”``).
_AFTER_PERFORMED = LazyPattern(
    r"[”\"»]\s*,?\s*(?:[\p{L}’'.\-]+\s+){0,5}?" + _PERFORMING + r"\b[^.!?”\"“]{0,60}[.,]\s*$",
    regex.IGNORECASE | regex.VERSION1,
)
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
    speech, which a report translates."""
    found = _quotation(line, start, end)
    if found is None:
        return False
    opening, closing, content, words = found
    if (not words or len(words) > EXCLAIMED_MAX_WORDS or not words[0][0].isupper()
            or not (content.endswith("!") or content.startswith("¡"))):
        return False
    if _SAID_BEFORE.search(line, max(0, opening - 60), opening):
        return False
    return _SAID_AFTER.match(line, closing + 1, min(len(line), closing + 60)) is None


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


__all__ = ["exclaimed_words", "listed_or_possessed", "performed_words", "quotation_around"]
