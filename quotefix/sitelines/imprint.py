"""The site's imprint at the foot of the page: who publishes it, where it is registered.

Sites close every page with the same legal lines, in as many layouts as there are
sites: ``Allgäuer Heimatbote · Allgäu Verlag GmbH · Registry court Kempten HRB 7714 ·
Managing directors: …``, ``Network edition "Severny Vestnik". Chief editor: … Phone of
the newsroom: … 12+``, ``Jornal da Invicta — Periodical registered in the ERC with the
no. 127 845 — Tax identification number … — Registered office: …``. One shape holds
them all: a row of three or more items (set off by bars, dots, dashes or full stops),
and three or more signs of an imprint among them: a label of the publisher's details
before a colon (``Founder:``, ``Editor-in-chief:``, ``Address:``), a word of
registration (``registered``, ``certificate``, ``HRB``, ``CIF``) or a company's legal
form (``S.L.``, ``GmbH``, ``JSC``). A sentence of news about a company that names its
registration is one item, not a row, and reports what somebody said.
"""

from __future__ import annotations

import regex

from ..lazy import LazyPattern
from .guess import Guess
from .lines import REPORTING, Line
from .tuning import WHOLE_LINE

# Labels of the publisher's details, before a colon (in lower case, as the line's words).
_LABELS = frozenset({
    "founder", "founders", "publisher", "editor", "editors", "director", "directora",
    "directeur", "directrice", "direttore", "direttrice", "herausgeber", "verlag",
    "chefredakteur", "chefredakteurin", "chefredaktion", "address", "adresse", "dirección",
    "indirizzo", "endereço", "headquarters", "office", "phone", "telephone", "tel", "fax",
    "sede", "siège", "sitz", "redacción", "redação", "redazione", "rédaction", "directors",
    "geschäftsführer", "geschäftsführerin", "geschäftsführung", "category", "owner",
    "propietario", "proprietário", "proprietà", "editora", "editore", "éditeur", "fundador",
    "fondateur", "fondatore", "gründer", "diretor", "diretora", "chief", "impressum",
})
# Words of registration and of a company's legal form.
_REGISTRATION = frozenset({
    "registered", "registration", "registry", "register", "inscribed", "inscrita",
    "inscrito", "registrada", "registrado", "registrata", "registrato", "enregistré",
    "eingetragen", "registergericht", "handelsregister", "amtsgericht", "certificate",
    "periodical", "roskomnadzor", "issn", "erc", "cif", "nif", "nipc", "cnpj", "hrb", "hra",
    "vat", "iva", "tax", "gmbh", "jsc", "llc", "ltd", "srl", "spa", "lda", "ooo", "rcs",
    "siret", "siren", "legal", "depósito", "deposito", "dépôt",
})
# A company's legal form written with full stops (``S.L.``, ``S.A.``, ``S.r.l.``).
_DOTTED_FORM = LazyPattern(r"(?<!\p{L})(?:S\.L\.|S\.A\.|S\.r\.l\.|S\.p\.A\.|Lda\.|S\.A\.S\.)",
                           regex.VERSION1)
# Where the row's items part: a bar, a dot, a spaced dash, or a full stop before a capital.
_ITEM_BREAK = LazyPattern(r"[ \t]+[|·•—–\-][ \t]+|(?<=\p{L}{2}|\d|[\"”»)])\.[ \t]+(?=\p{Lu})",
                          regex.VERSION1)
#: Fewest items of the row and fewest signs of an imprint in it.
IMPRINT_ITEMS = 3
IMPRINT_SIGNS = 3
#: Most words of the line, and its weight: several signs together, stronger than a label,
#: so that a line of 40 words still counts after its length's cost.
IMPRINT_WORDS = 60
IMPRINT = WHOLE_LINE + 2.0
# What the first look of :mod:`.screen` searches for in the lower-cased line.
_HINT = LazyPattern(r"regist|inscri|certificat|founder|editor|issn|gmbh|roskomnadzor"
                    r"|headquarters|periodical|s\.l\.|s\.a\.|verlag|sede|siège|impressum")


def may_be_imprint(low: str) -> bool:
    """Could the lower-cased line be the site's imprint (the first look of :mod:`.screen`)?"""
    return _HINT.search(low) is not None


def imprint(text: str, line: Line, guesses: list[Guess]) -> None:
    """A row of the publisher's details and registration (see the module's docstring)."""
    if not 6 <= line.size <= IMPRINT_WORDS or not REPORTING.isdisjoint(line.lowers):
        return
    body = text[line.body : line.end]
    if len(_ITEM_BREAK.split(body)) < IMPRINT_ITEMS:
        return
    signs: set[str] = set()
    for k, (_start, end) in enumerate(line.words):
        word = line.lowers[k]
        if word in _REGISTRATION:
            signs.add(word)
        elif word in _LABELS and text[end : end + 2].lstrip(" \t")[:1] == ":":
            signs.add(word + ":")
    signs.update(found.group() for found in _DOTTED_FORM.finditer(body))
    if len(signs) >= IMPRINT_SIGNS:
        guesses.append(Guess("furniture", IMPRINT, "the site's imprint"))


__all__ = ["IMPRINT_WORDS", "imprint", "may_be_imprint"]
