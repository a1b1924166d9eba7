"""A study's reference on its own line, as science and health pages print it.

``Study: Schmidt et al., Nature Medicine, May 2024``, ``Study source: JAMA Network
Open, 31 May 2024``, ``Étude : « … », Journal of Urology, juin 2024``: a label of the
study, then its authors (``et al.``) or a journal and a year. A headline that opens on
the same word is news about a finding (``Study: coffee drinkers sleep less``), with
neither.
"""

from __future__ import annotations

import regex

from ..lazy import LazyPattern
from .guess import Guess
from .lines import Line
from .tuning import COMBINATION

#: Most words of a study's reference.
STUDY_SOURCE_WORDS = 25

#: The first words of its label (lower case), for the first look of :mod:`.screen`.
STUDY_FIRST = frozenset({"the", "study", "source", "sources", "étude", "estudio", "fuente",
                         "studio", "fonte", "studie", "quelle", "estudo"})

_FLAGS = regex.IGNORECASE | regex.VERSION1
# The label: the study, or its source, in the languages in play.
_STUDY_LABEL = LazyPattern(
    r"[ \t]*(?:(?:the )?study|study source|source of the study|source|sources|étude|source de "
    r"l['’]étude|estudio|fuente del estudio|studio|fonte dello studio|studie|quelle|estudo"
    r"|fonte do estudo)[ \t]*:", _FLAGS)
_AUTHORS = LazyPattern(r"\bet al\b\.?", _FLAGS)
_JOURNAL = LazyPattern(
    r"\b(?:journal|nature|lancet|science|cell|medicine|jama|bmj|plos|proceedings|review|revista"
    r"|zeitschrift|rivista|revue|bulletin|annals|biology|epidemiology|network open|pnas)\b",
    _FLAGS)
_YEAR = LazyPattern(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def study_source(text: str, line: Line, guesses: list[Guess]) -> None:
    """Add a credit for a study's reference alone on its line (see the module's text)."""
    if not 3 <= line.size <= STUDY_SOURCE_WORDS:
        return
    body = text[line.body : line.end]
    label = _STUDY_LABEL.match(body)
    if label is None:
        return
    rest = body[label.end() :]
    if _AUTHORS.search(rest) or (_JOURNAL.search(rest) and _YEAR.search(rest)):
        guesses.append(Guess("credit", COMBINATION, "study's reference"))


__all__ = ["STUDY_FIRST", "STUDY_SOURCE_WORDS", "study_source"]
