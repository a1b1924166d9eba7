"""Addresses are names: web and e-mail addresses, handles, hashtags, streets.

A site's domain (``lasprovincias.es``, ``www.wetterkontor.de``), an e-mail
address, a social-media handle (``@gabrielboric``) or a hashtag is written in
the words of the site's language and run together, which is what the
short-leftover reader looks for; none of them is text an engine failed to
translate, and a copy editor does not translate them. Nor does one translate
a street's name (``Busy (rue du Paquis)``): a street word of the source
language and the name after it are the address.
"""

from __future__ import annotations

from ..lazy import lazy_re
from .records import Fragment

# A web or e-mail address, a handle or a hashtag, as a whole token. A bare domain
# needs a top-level domain in lower case after a dot inside the word
# (``lasprovincias.es``), which a sentence's full stop before a capital never gives.
_WEB = lazy_re(
    r"(?:https?://|www\.)\S+"
    r"|[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"
    r"|[@#]\w+"
    r"|[\w\-]+(?:\.[\w\-]+)*\.(?:com|org|net|info|eu|es|it|fr|de|pt|br|nl|be|ch"
    r"|at|lu|ar|mx|cl|co|pe|uy|ve|gov|gouv|edu|int|io|tv|news|uk|us|ca)(?:/\S*)?"
)
# What ends a token around a fragment: a space, a bracket or a quotation mark.
_TOKEN_EDGES = frozenset(" \t\n\r\u00a0\u202f<>\"“”«»()[]")
#: The longest address looked for, in characters.
ADDRESS_MAX_CHARS = 256
# Punctuation that closes a sentence or a clause after an address.
_TRAILING = ".,;:!?…’'"

#: Street words of the source languages: a street's name follows them.
STREET_WORDS = frozenset(
    {"rue", "via", "viale", "vicolo", "corso", "piazza", "piazzale", "largo", "plaza", "calle",
     "avenida", "paseo", "rua", "praça", "travessa", "estrada", "place", "quai", "allée",
     "boulevard", "chemin", "cours", "impasse", "avenue", "straße", "strasse", "platz",
     "carrer", "ronda", "camino", "rambla", "lungomare", "travesía"}
)
_STREET = lazy_re(
    r"(?i:" + "|".join(sorted(STREET_WORDS, key=len, reverse=True)) + r")"
    r"(?: (?:du|de|des|la|le|les|del|della|dello|dei|degli|delle|di|da|do|dos|das|d’|d'"
    r"|l’|l'|der|am|an|im|zum|zur))*[ ’']?[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:[ \-][A-ZÀ-ÖØ-Þ][^\W\d_]*)*"
)


def in_address(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` lies inside one token that is a web or e-mail address, a
    handle or a hashtag (``wetterkontor`` in ``www.wetterkontor.de``)."""
    edges = _TOKEN_EDGES
    if not edges.isdisjoint(text[start:end]):
        return False  # a span of several words: a sentence may hold a link and stay
    # (no address is longer than this: the walk out from a fragment stays short in a
    # text without spaces)
    floor, ceiling = max(0, start - ADDRESS_MAX_CHARS), min(len(text), end + ADDRESS_MAX_CHARS)
    left = start
    while left > floor and text[left - 1] not in edges:
        left -= 1
    right = end
    while right < ceiling and text[right] not in edges:
        right += 1
    if (left == floor and left) or (right == ceiling and right < len(text)):
        return False
    token = text[left:right].rstrip(_TRAILING)
    return end <= left + len(token) and _WEB.fullmatch(token) is not None


def outside_addresses(text: str, found: list[Fragment]) -> list[Fragment]:
    """``found`` without the fragments that lie inside an address of ``text``. A
    longer span that holds an address (a sentence with a link in it) stays."""
    return [f for f in found if not in_address(text, f.start, f.end)]


def street_name(line: str, start: int, end: int) -> bool:
    """``line[start:end]`` is a street word, its particles and a capitalised name,
    whole (``rue du Paquis``, ``via Garibaldi``, ``Calle de Alcalá``)."""
    found = _STREET.match(line, start, end)
    return found is not None and found.end() == end


__all__ = ["STREET_WORDS", "in_address", "outside_addresses", "street_name"]
