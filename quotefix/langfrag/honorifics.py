"""A French lawyer's title left before the name: ``Me Isabelle Garnier``.

French court reporting calls a lawyer ``Maître``, abbreviated ``Me`` before the
name, and MT engines leave the abbreviation as it is: ``declared Me Garnier
after the verdict``. English writes ``me`` in lower case inside a sentence,
so a capitalised ``Me`` there, before a name that is no English word, is the
French title (``the Me Too movement`` is English: ``too`` is).
"""

from __future__ import annotations

from ..lazy import lazy_re
from .data import Setup
from .records import Fragment, SpanKind

# ``Me`` inside a sentence (a lower-case letter, a comma or a closing mark two
# characters before it), then a capitalised word.
_NAME = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?"
_TITLE = lazy_re(
    r"(?<=[a-zß-öø-ÿ,;”’)] )Me(?= (" + _NAME + r")\b(?: (" + _NAME + r")\b)?)"
)
_CONFIDENCE = 0.8
# A capitalised word right before ``Me``: the title-cased words of a work's name
# (a song, a film), where ``Me`` is a pronoun of the source language.
_IN_CAPITALISED_RUN = lazy_re(r"(?<![^\W\d_])[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+ $")


def lawyer_titles(line: str, offset: int, cfg: Setup, out: list[Fragment]) -> None:
    """Append each ``Me`` before a name in ``line`` (which starts at ``offset``)."""
    if "fr" not in cfg.candidates or "Me " not in line:
        return
    for found in _TITLE.finditer(line):
        if _IN_CAPITALISED_RUN.search(line, 0, found.start()):
            continue  # a word of a title (``“Onde a Maré Me Levar”``), not a lawyer
        # The name is the word after ``Me`` or, when English has that word (first
        # names are in its lists too), a second capitalised word that English lacks:
        # ``Me Isabelle Garnier``, not ``the Me Too movement`` or ``Me Before You``.
        name = found.group(2) if found.group(1).lower() in cfg.english else found.group(1)
        if name is None or name.lower() in cfg.english:
            continue
        out.append(Fragment(offset + found.start(), offset + found.end(), "fr", _CONFIDENCE,
                            SpanKind.TERM, 1))


__all__ = ["lawyer_titles"]
