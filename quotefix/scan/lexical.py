"""Words that say which way a mark points when its glyph and spacing lie.

Machine translation often writes a closer as an opener glued to the next
word: ``not good, “according to the agency``, ``this stage, “replied the
spokeswoman``, ``for the region. “The president then``. When the pairing
already reads such a mark as the closer of an open quotation (the reading
that costs least), these words make the reading certain:

- the mark follows a comma or a sentence stop and a space, and
- the word glued after it is an attribution (``said``, ``added``,
  ``according``, ``Said`` capitalised by MT), or a pronoun or short subject
  followed by one within three words (``“he said``, ``“the minister added``),
  or, after ``.`` ``?`` ``!``, a capitalised word that starts the next
  sentence;
- or the mark follows a word and a space, and the attribution verb itself is
  glued to it (``intimidated “said the leader``).
"""

from __future__ import annotations

import re

#: Verbs (and ``according``) that introduce or follow a quotation in news copy.
ATTRIBUTION = frozenset(
    (
        "said", "says", "added", "adds", "according", "replied", "replies", "insisted",
        "insists", "asked", "asks", "stressed", "stresses", "warned", "warns", "explained",
        "explains", "told", "tells", "declared", "declares", "noted", "notes", "continued",
        "concluded", "admitted", "admits", "acknowledged", "argued", "argues", "claimed",
        "claims", "confirmed", "confirms", "commented", "observed", "recalled", "recalls",
        "remarked", "repeated", "reiterated", "responded", "retorted", "shouted", "announced",
        "assured", "emphasised", "emphasized", "underlined", "specified", "indicated", "wrote",
        "tweeted", "conceded", "promised", "protested", "lamented", "estimated", "judged",
        "sighed", "joked", "insisting", "adding", "saying", "explaining", "stressing",
        "warning", "recalling", "declaring", "noting", "answered", "answers", "suggested",
        "suggests", "urged", "urges", "cautioned", "affirmed", "maintained", "summed",
        "deplored", "denounced", "criticised", "criticized", "hammered",
    )
)
_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def attribution_follows(text: str, pos: int, reach: int = 4) -> bool:
    """An attribution verb among the first ``reach`` words after ``pos``.

    >>> attribution_follows("“he said.", 0), attribution_follows("“the plan", 0)
    (True, False)
    """
    for count, word in enumerate(_WORDS.finditer(text, pos + 1, pos + 60)):
        if count >= reach:
            break
        if word.group().lower() in ATTRIBUTION:
            return True
        if count == 0 and word.group()[0].isupper() and word.group().lower() not in ATTRIBUTION:
            return False  # a name or a new sentence, not "the minister said"
    return False


_SUBJECTS = frozenset(
    ("he", "she", "they", "it", "we", "i", "the", "a", "an", "his", "her", "their", "its", "our")
)


def attribution_starts(text: str, pos: int) -> bool:
    """An attribution begins right after ``pos``: ``said the minister``,
    ``according to``, or a pronoun or article with its verb within three words
    (``he said``, ``the minister added``).

    >>> attribution_starts(" he said.", 0), attribution_starts(" very bad, according", 0)
    (True, False)
    """
    words = [m.group().lower() for m in _WORDS.finditer(text, pos + 1, pos + 60)][:4]
    if not words:
        return False
    if words[0] in ATTRIBUTION:
        return True
    return words[0] in _SUBJECTS and any(word in ATTRIBUTION for word in words[1:])


def glued_closer(text: str, pos: int) -> bool:
    """True when the mark at ``pos``, read as a closer, is one by its words.

    >>> glued_closer("good, “according to them", 6), glued_closer("she said, “we won", 10)
    (True, False)
    >>> glued_closer("to dialogue. “Those words", 13)
    True
    >>> glued_closer("be intimidated “said the leader", 15), glued_closer("the “saidness", 4)
    (True, False)
    """
    if pos < 2 or not text[pos - 1].isspace():
        return False
    if text[pos - 2].isalpha():
        # No punctuation before it (``intimidated “said the leader``): only the
        # attribution verb itself glued to the mark says it closes.
        word = _WORDS.match(text, pos + 1)
        return word is not None and word.group() in ATTRIBUTION
    if text[pos - 2] not in ",.?!;:":
        return False
    after = text[pos + 1 : pos + 2]
    if not after.isalpha():
        return False
    if after.isupper() and text[pos - 2] in ".?!":
        return True
    return attribution_follows(text, pos)


__all__ = ["ATTRIBUTION", "attribution_follows", "attribution_starts", "glued_closer"]
