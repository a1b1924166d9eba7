"""A German institution's own name kept in English copy (``the Bundesamt für Umwelt``).

German writes every noun with a capital, so a capitalised run says nothing of a name
there, as it does in French or Italian. An office, an agency or an institute is named
by a head noun of its kind and what it is for or of: ``Bundesamt für
Verfassungsschutz``, ``Haus der Geschichte``, ``Verband der Automobilindustrie``.
After an English article or possessive, such a head, a particle and a capitalised
noun are that institution's name, which English copy keeps as a name; a phrase the
translation left (``the Kosten der Unterkunft``, ``the Sanierung der Brücke``) has no
such head.
"""

from __future__ import annotations

from ..lazy import LazyPattern

#: How the names of German offices, agencies, institutes, courts and societies end
#: (``Bundesamt``, ``Landesanstalt``, ``Bundesagentur``, ``Verfassungsgericht``).
INSTITUTION_HEADS = (
    "amt", "anstalt", "agentur", "institut", "zentrum", "verband", "akademie", "stiftung",
    "gesellschaft", "ministerium", "kammer", "gericht", "gerichtshof", "behörde", "bund",
    "verein", "haus", "werk", "bank", "kasse", "hochschule", "universität", "museum",
    "theater", "partei", "bündnis", "kommission", "archiv", "büro", "senat", "rat",
    "vereinigung", "genossenschaft", "klinikum", "bibliothek", "stelle",
)

# An adjective may lead (``Deutsches Zentrum``); the head, a particle, then capitalised
# nouns, which ``und`` or a hyphen's ``Luft- und`` may join (``für Luft- und Raumfahrt``).
_NAMED = LazyPattern(
    r"(?:[Tt]he|[Ii]ts|[Tt]heir|\p{Lu}\p{L}+[’']s) "
    r"(?:\p{Lu}\p{Ll}+(?:e|es|er|en) )?(\p{Lu}\p{Ll}+)(?: (?:für|der|des|zur|zum|von|vom|im|am))"
    r"(?: \p{Lu}[\p{Ll}-]*(?: (?:und|und der|und des|für|der|des))?)+"
)


def institution_named(line: str, start: int, end: int) -> bool:
    """``line[start:end]`` lies inside a German institution's own name that an
    English article or possessive opens."""
    window = max(0, start - 120)
    for found in _NAMED.finditer(line, window, min(len(line), end + 120)):
        if found.start(1) <= start and end <= found.end() and found.group(1).lower().endswith(
                INSTITUTION_HEADS):
            return True
    return False


__all__ = ["INSTITUTION_HEADS", "institution_named"]
