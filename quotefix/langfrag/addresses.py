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

# A web or e-mail address, a handle or a hashtag. A bare domain needs a top-level
# domain in lower case right after a dot inside the word (``lasprovincias.es``),
# which a sentence's full stop before a capital never gives.
_WEB = lazy_re(
    r"(?:https?://|www\.)[^\s<>\"“”«»()\[\]]+"
    r"|[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"
    r"|(?<![\w@#])[@#]\w+"
    r"|(?<![\w.\-])[\w\-]+(?:\.[\w\-]+)*\.(?:com|org|net|info|eu|es|it|fr|de|pt|br|nl|be|ch"
    r"|at|lu|ar|mx|cl|co|pe|uy|ve|gov|gouv|edu|int|io|tv|news|uk|us|ca)\b(?![\w\-])"
)
# Characters without which a line holds no address: a cheap test before the pattern.
_MARKS = frozenset("@#.")

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


def web_addresses(text: str) -> list[tuple[int, int]]:
    """Where ``text`` holds a web or e-mail address, a handle or a hashtag."""
    if _MARKS.isdisjoint(text):
        return []
    return [(m.start(), m.end()) for m in _WEB.finditer(text)]


def outside_addresses(text: str, found: list[Fragment]) -> list[Fragment]:
    """``found`` without the fragments that lie inside an address of ``text``. A
    longer span that holds an address (a sentence with a link in it) stays."""
    if not found:
        return found
    addresses = web_addresses(text)
    if not addresses:
        return found
    return [f for f in found
            if not any(a <= f.start and f.end <= b for a, b in addresses)]


def street_name(line: str, start: int, end: int) -> bool:
    """``line[start:end]`` is a street word, its particles and a capitalised name,
    whole (``rue du Paquis``, ``via Garibaldi``, ``Calle de Alcalá``)."""
    found = _STREET.match(line, start, end)
    return found is not None and found.end() == end


__all__ = ["STREET_WORDS", "outside_addresses", "street_name", "web_addresses"]
