"""A broadcaster's furniture: its programme times and its station's plug.

Regional television and radio sites end their reports with when the programme airs
(``"Hoy en el Campo", from Monday to Friday from 6:30 on Onda Guadalquivir``) and
where to find the station (``Listen to Rádio Barlavento on 95.5 FM and on the website,
24 hours a day``, ``Ribera TV · Channel 39 TDT``). News about a station tells what it
did, in a sentence.
"""

from __future__ import annotations

import regex

from ..lazy import LazyPattern
from .guess import Guess
from .lines import Line, ends_sentence
from .tuning import WHOLE_LINE

# A broadcaster's programme times: a time of day and a recurrence (``every evening at
# 19:00``, ``du lundi au vendredi``, ``edizioni alle 13:30``).
RECURRENCE = LazyPattern(
    r"\b(?i:from monday to (?:friday|saturday)|monday to (?:friday|saturday)"
    r"|every (?:evening|morning|day|night|week|hour|half hour|(?:mon|tues|wednes|thurs|fri|satur"
    r"|sun)day)|on (?:(?:mon|tues|wednes|thurs|fri|satur|sun)days|weekdays)"
    r"|de lunes a sábado|de segunda a sábado|todos los domingos|ogni domenica|jeden sonntag"
    r"|tous les (?:jours|soirs|dimanches)"
    r"|du lundi au vendredi|chaque (?:soir|matin|jour)|de lunes a viernes|cada (?:noche|día|mañana)"
    r"|dal lunedì al venerdì|ogni (?:sera|giorno|mattina)|edizioni alle|montags bis freitags"
    r"|jeden (?:abend|tag|morgen)|de segunda a sexta|todas as (?:noites|manhãs)|todos os dias)\b",
    regex.VERSION1,
)
HOUR = LazyPattern(r"(?<!\d)\d{1,2}(?:[:.h]\d{2}|[ \t]h[ \t]\d{2}|[ \t]?[ap]\.?m\b\.?)(?!\d)",
                   regex.VERSION1)
#: Most words of a line of programme times.
SCHEDULE_MAX_WORDS = 25


# A station's frequency or channel (``97.4 FM``, ``Channel 39``, ``cable position 187``).
_FREQUENCY = LazyPattern(
    r"\b\d{2,3}[.,]\d{1,2}[ \t]?(?:FM|MHz)\b|\b(?:FM|AM)[ \t]\d{3,4}\b"
    r"|\b(?i:channel|canal|canale|kanal|cable position|posição)[ \t]\d{1,3}\b|\bTDT\b",
    regex.VERSION1,
)
# A call to tune in, first on the line (``Listen to…``, ``Follow Rádio…``, ``Ouça…``).
_TUNE_IN = frozenset({"listen", "follow", "tune", "watch", "hear", "ouça", "oiça", "escucha",
                      "escuche", "ascolta", "ascoltate", "écoutez", "hören", "siga", "segui",
                      "sintonize", "sintoniza", "sintonizza", "sigue"})
# Where a station is always to be found besides its frequency.
_ALWAYS = LazyPattern(r"\b(?i:online|on the app|on our app|website|streaming|at all hours"
                      r"|24 hours a day|on demand)\b", regex.VERSION1)


def station(text: str, line: Line, guesses: list[Guess]) -> None:
    """A station's frequency or channel, with a call to tune in first, or in a line that is
    no sentence with a recurrence, another place to find the station, or a row's marks
    (``Rádio Planície — 93.2 FM Évora | 105.6 FM Beja``): the station's own plug. News
    about a station tells what it did (``The station, on 97.4 FM, was fined…``)."""
    if (text.count(" ", line.start, line.end) > SCHEDULE_MAX_WORDS
            or not _FREQUENCY.search(text, line.body, line.end)):
        return
    body = text[line.body : line.end]
    if (line.lowers[0] in _TUNE_IN or (not ends_sentence(text, line) and (
            RECURRENCE.search(body) or _ALWAYS.search(body)
            or any(mark in body for mark in ("·", "|", " — ", " – "))))):
        guesses.append(Guess("furniture", WHOLE_LINE, "station's plug"))


def may_be_broadcast(line: str, stripped: str) -> bool:
    """Could the line (``stripped``: without its closing marks) be programme times or a
    station's plug? (A cheap test for the screen.)"""
    return _FREQUENCY.search(line) is not None or (
        stripped[-1:] not in ".!?…" and HOUR.search(line) is not None
        and RECURRENCE.search(line) is not None)


def schedule(text: str, line: Line, guesses: list[Guess]) -> None:
    """A recurrence and a time of day in a line that is no sentence: when the
    broadcaster airs its programme (``"Hoy en el Campo", from Monday to Friday from
    6:30 on Onda Guadalquivir``)."""
    if (line.size <= SCHEDULE_MAX_WORDS and not ends_sentence(text, line)
            and RECURRENCE.search(text, line.body, line.end)
            and HOUR.search(text, line.body, line.end)):
        guesses.append(Guess("furniture", WHOLE_LINE, "programme times"))


__all__ = ["HOUR", "RECURRENCE", "SCHEDULE_MAX_WORDS", "may_be_broadcast", "schedule",
           "station"]
