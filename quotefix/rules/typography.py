"""QF3xx: typography of the source language left in the target text, and the debris of MT.

QF308 (MT detokeniser spacing, ``mtspacing.py``), QF309 (entity debris,
``debris.py``), QF310 (mojibake), QF311 (TeX quotes, ``encoding.py``) and
QF312 (dialogue dashes around an attribution, ``dialogue.py``) are written
in their own modules; their rows are here with the family's.

For an English target (``en-*``): a space before ``; : ! ? %`` (QF301, safe
fix), decimal commas (QF302), thousands grouped with spaces (QF303), French
times (QF304), French ordinals and abbreviations (QF305) and French honorifics
(QF306). Number rewrites (QF302, QF303) and the spaced-colon time (QF304) are
offered as unsafe edits: the reading can be ambiguous (``1,500`` against
``1,5``), so only ``fix(..., unsafe=True)`` applies them. Ordinals, honorifics
and ``14h30`` would need letters changed, so they are flagged with the English
form in the message and never rewritten.

For a French target (``fr-FR``) the reverse: the no-break space that French
typography requires before ``; ! ?`` (narrow) and ``:`` (QF307, safe fix).
Other targets are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

import regex

from ..lazy import LazyPattern
from ..marks import NBSP, NNBSP, NUMBER_SPACE, SPACE, describe_space
from ..model import Finding
from . import debris, dialogue, encoding, mtspacing
from .context import RuleContext
from .prescan import may_hold_ordinal, numeric_shapes, spaced_marks
from .rule import Family, Rule

if TYPE_CHECKING:
    from . import Selection

RULES = (
    Rule(
        "QF301",
        "space-before-punctuation",
        "A space before ; : ! ? or % where English sets none.",
        "warning",
        fixable=True,
        always_safe=True,
    ),
    Rule(
        "QF302",
        "decimal-comma",
        "A decimal comma (2,5) where English writes a decimal point.",
        "warning",
        fixable=True,
        always_safe=False,
        unsafe_only=True,
    ),
    Rule(
        "QF303",
        "space-grouped-thousands",
        "Thousands grouped with spaces (10 000) where English uses commas.",
        "warning",
        fixable=True,
        always_safe=False,
        unsafe_only=True,
    ),
    Rule(
        "QF304",
        "french-time-format",
        "A French time (14h30) where English writes 14:30.",
        "warning",
        fixable=True,
        always_safe=False,
        unsafe_only=True,
    ),
    Rule(
        "QF305",
        "french-ordinal-or-abbreviation",
        "A French ordinal or abbreviation (1er, XIXe, n°) left in English.",
        "warning",
        fixable=False,
        always_safe=False,
    ),
    Rule(
        "QF306",
        "french-honorific",
        "A French honorific (M., Mme, Mlle) left in English.",
        "warning",
        fixable=False,
        always_safe=False,
    ),
    Rule(
        "QF307",
        "missing-french-punctuation-space",
        "No (or a breakable) space before ; : ! ? where French requires a no-break space.",
        "warning",
        fixable=True,
        always_safe=True,
    ),
    Rule(
        "QF308",
        "mt-spacing",
        "A space machine translation left before , . ) or after (, or a line break before"
        " a comma.",
        "warning",
        fixable=True,
        always_safe=False,
    ),
    Rule(
        "QF309",
        "entity-debris",
        "A ; or & left by an HTML entity cut in half (“;reset”, to ;criticise).",
        "warning",
        fixable=True,
        always_safe=False,
    ),
    Rule(
        "QF310",
        "mojibake",
        "Text decoded with the wrong encoding upstream (â€œ for “, â€™ for ’, Ã© for é).",
        "error",
        fixable=True,
        always_safe=False,
    ),
    Rule(
        "QF311",
        "tex-quotes",
        "TeX-style quotes typed with backticks, apostrophes or commas (``…'', ,,…'').",
        "warning",
        fixable=True,
        always_safe=False,
    ),
    Rule(
        "QF312",
        "attribution-dash",
        "A source-language dialogue dash around an attribution (,” – said the minister).",
        "warning",
        fixable=True,
        always_safe=False,
    ),
)

_SP = SPACE
_QF301_MARKS = ";:!?%"

# QF301: after a word, number, closing bracket or closing quote; before the end of
# the phrase. "2 : 1" (a score) and ":-)" are not matched.
_SPACE_BEFORE = LazyPattern(
    r"(?<=[\p{L}\p{N})\]”»’…%\"])(?P<space>" + _SP + r"+)(?P<mark>[;:!?%])"
    r"(?=[\s;:!?.,)\]”»\"'’]|$)",
    regex.VERSION1,
)
_SCORE = LazyPattern(r"(?<=\p{N}" + _SP + r"+:)" + _SP + r"*\p{N}", regex.VERSION1)

# QF302: "2,5 million", "0,75": a comma followed by one or two digits (three
# would be an English thousands separator), or any comma after a lone zero.
_DECIMAL_COMMA = LazyPattern(
    r"(?<![\p{N},.]|\p{N}" + _SP + r")(?:0,\p{N}+|\p{N}{1,3},\p{N}{1,2})(?![\p{N}]|[,.]\p{N})",
    regex.VERSION1,
)
# QF303: "10 000", "2 500 000" (space, no-break space or narrow no-break space).
_SPACED_THOUSANDS = LazyPattern(
    r"(?<![\p{N},.]|\p{N}" + _SP + r")\p{N}{1,3}(?:" + NUMBER_SPACE + r"\p{N}{3})+"
    r"(?![\p{N}]|[.,]\p{N}{3})",
    regex.VERSION1,
)
# QF304: "14h30", "14 h 30", and "05: 00am".
_FRENCH_TIME = LazyPattern(
    r"(?<![\p{N}\p{L}])(?P<h>[01]?\d|2[0-3])"
    + NUMBER_SPACE
    + "?h"
    + NUMBER_SPACE
    + r"?(?P<m>[0-5]\d)"
    r"(?![\p{N}\p{L}])"
    r"|(?<![\p{N}\p{L}])(?P<h2>[01]?\d|2[0-3]):" + _SP + r"+(?P<m2>[0-5]\d)"
    r"(?=" + _SP + r"?(?i:am|pm|a\.m\.|p\.m\.)(?!\p{L}))",
    regex.VERSION1,
)
# QF305: "1er", "2e", "3ème", "XIXe siècle", "n° 5".
_ORDINAL = LazyPattern(
    r"(?<![\p{L}\p{N}])(?P<n>\p{Nd}{1,4})(?P<suffix>er|re|ère|e|ème|eme)(?![\p{L}\p{N}])"
    r"|(?<![\p{L}\p{N}])(?P<roman>[IVXLC]{2,7}|[IVX](?=(?:e|er|ème)"
    + _SP
    + r"+(?i:siècle|république|arrondissement|century|republic|reich)))"
    r"(?P<rsuffix>er|e|ème)(?![\p{L}\p{N}])"
    r"|(?<![\p{L}\p{N}])(?P<numero>[nN][°º])(?P<nspace>" + _SP + r"?)(?=\p{N})",
    regex.VERSION1,
)
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
# QF306: "M. Macron", "Mme Borne", "Mlle", "MM. Dupont et Durand".
_HONORIFIC = LazyPattern(
    r"(?<![\p{L}\p{N}.])(?P<title>M\.|MM\.|Mmes?\.?|Mlles?\.?)(?=" + _SP + r"+\p{Lu})",
    regex.VERSION1,
)
# What every QF306 match starts with (M. MM. Mme Mlle): found far faster than the match.
_HONORIFIC_HINT = re.compile(r"M[.ml]")
_PREVIOUS_WORD = LazyPattern(r"(\p{L}[\p{L}'’\-]*)" + SPACE + "*$", regex.VERSION1)

# QF307: the space before ; ! ? : in a French target.
_FRENCH_PUNCT = LazyPattern(
    r"(?<=[\p{L}\p{N})\]»”’…])(?P<space>" + SPACE + r"*)(?P<mark>[;:!?])"
    r"(?=[\s;:!?.,)\]»”\"]|$)",
    regex.VERSION1,
)


def _english(ctx: RuleContext) -> bool:
    return ctx.style.locale.lower().startswith("en")


_SPACED_RULES = frozenset(("QF301", "QF308", "QF312"))
_NUMERIC_RULES = frozenset(("QF302", "QF303", "QF304", "QF305"))


@lru_cache(maxsize=64)
def _enabled(selection: Selection) -> frozenset[str]:
    """The QF3xx codes ``selection`` leaves on (selections are shared between calls)."""
    return frozenset(rule.code for rule in RULES if selection.enabled(rule.code))


def _french(ctx: RuleContext) -> bool:
    return ctx.style.locale.startswith("fr-FR")


def findings(ctx: RuleContext) -> Iterator[Finding]:
    """Yield the QF3xx findings of ``ctx.text`` (only for English and French targets)."""
    enabled = ctx.selection.enabled
    if _english(ctx):
        # Each rule runs only where the text holds what its pattern needs (prescan.py).
        text = ctx.text
        on = _enabled(ctx.selection)
        spaced = spaced_marks(text) if on & _SPACED_RULES else frozenset()
        numeric = numeric_shapes(text) if on & _NUMERIC_RULES else frozenset()
        if "QF301" in on and not spaced.isdisjoint(_QF301_MARKS):
            yield from _space_before(ctx)
        if "QF302" in on and "comma" in numeric:
            yield from _decimal_comma(ctx)
        if "QF303" in on and "grouped" in numeric:
            yield from _thousands(ctx)
        if "QF304" in on and "time" in numeric:
            yield from _times(ctx)
        if "QF305" in on and may_hold_ordinal(text, numeric):
            yield from _ordinals(ctx)
        if "QF306" in on and _HONORIFIC_HINT.search(text):
            yield from _honorifics(ctx)
        if "QF308" in on:
            yield from mtspacing.findings(ctx, spaced)
        if "QF312" in on:
            yield from dialogue.findings(ctx, spaced)
    elif _french(ctx) and enabled("QF307"):
        yield from _french_spacing(ctx)
    if enabled("QF309"):
        yield from debris.findings(ctx)
    if enabled("QF310"):
        yield from encoding.mojibake(ctx)
    if enabled("QF311"):
        yield from encoding.tex_quotes(ctx)


def _space_before(ctx: RuleContext) -> Iterator[Finding]:
    text = ctx.text
    code = mtspacing.protected_spans(text)
    # A match starts where a run of spaces before one of the marks starts: the pattern
    # is tried there only, not at every character of the text.
    for start in mtspacing.spaced_mark_runs(text, ";:!?%"):
        m = _SPACE_BEFORE.match(text, start)
        if m is None:
            continue
        if code and mtspacing.inside(code, m.start()):
            continue
        mark = m["mark"]
        if mark == ":" and _SCORE.match(text, m.end()):
            continue
        if mark == "%" and not text[m.start() - 1].isdigit():
            continue
        space = m["space"]
        yield ctx.finding(
            "QF301",
            m.start(),
            m.end(),
            f"{describe_space(space)} before “{mark}” (French typography); English sets none",
            (m.start("space"), m.end("space"), ""),
            True,
        )


def _decimal_comma(ctx: RuleContext) -> Iterator[Finding]:
    for m in _DECIMAL_COMMA.finditer(ctx.text):
        number = m.group()
        fixed = number.replace(",", ".")
        yield ctx.finding(
            "QF302",
            m.start(),
            m.end(),
            f"decimal comma in “{number}”; English writes “{fixed}”",
            (m.start(), m.end(), fixed),
            False,
        )


def _thousands(ctx: RuleContext) -> Iterator[Finding]:
    for m in _SPACED_THOUSANDS.finditer(ctx.text):
        number = m.group()
        fixed = regex.sub(NUMBER_SPACE, ",", number)
        yield ctx.finding(
            "QF303",
            m.start(),
            m.end(),
            f"thousands grouped with spaces in “{number}”; English writes “{fixed}”",
            (m.start(), m.end(), fixed),
            False,
        )


def _times(ctx: RuleContext) -> Iterator[Finding]:
    for m in _FRENCH_TIME.finditer(ctx.text):
        hours = m["h"] or m["h2"]
        minutes = m["m"] or m["m2"]
        fixed = f"{hours}:{minutes}"
        # Only the spaced colon (05: 00am) is a spacing repair; 14h30 would need a letter changed.
        edit = (m.start(), m.end(), fixed) if m["h2"] else None
        yield ctx.finding(
            "QF304",
            m.start(),
            m.end(),
            f"French time format “{m.group()}”; English writes “{fixed}”",
            edit,
            False,
        )


def _english_ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _roman_value(numeral: str) -> int | None:
    total = 0
    for i, char in enumerate(numeral):
        value = _ROMAN[char]
        if i + 1 < len(numeral) and _ROMAN[numeral[i + 1]] > value:
            total -= value
        else:
            total += value
    # Only canonical numerals count ("IIII", "VX" and "CL" words are not ordinals).
    return total if 0 < total < 400 and _to_roman(total) == numeral else None


def _to_roman(value: int) -> str:
    out = []
    for number, letters in (
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while value >= number:
            out.append(letters)
            value -= number
    return "".join(out)


def _ordinals(ctx: RuleContext) -> Iterator[Finding]:
    for m in _ORDINAL.finditer(ctx.text):
        if m["n"]:
            n = int(m["n"])
            if m["suffix"] in ("er", "re", "ère") and n != 1:
                continue
            fixed = _english_ordinal(n)
            yield ctx.finding(
                "QF305",
                m.start(),
                m.end(),
                f"French ordinal “{m.group()}”; English writes “{fixed}”",
            )
        elif m["roman"]:
            value = _roman_value(m["roman"])
            if value is None:
                continue
            fixed = _english_ordinal(value)
            yield ctx.finding(
                "QF305",
                m.start(),
                m.end(),
                f"French ordinal “{m.group()}” (Roman numeral); English writes “{fixed}”",
            )
        else:
            yield ctx.finding(
                "QF305",
                m.start(),
                m.end(),
                f"French abbreviation “{m['numero']}” (numéro); English writes “No.”",
            )


_TITLES_EN = {
    "M.": "Mr.",
    "MM.": "Messrs.",
    "Mme": "Ms.",
    "Mme.": "Ms.",
    "Mmes": "Mses.",
    "Mmes.": "Mses.",
    "Mlle": "Miss",
    "Mlle.": "Miss",
    "Mlles": "Misses",
    "Mlles.": "Misses",
}
_NO_PERIOD = {"Mr.": "Mr", "Messrs.": "Messrs", "Ms.": "Ms", "Mses.": "Mses"}


def _honorifics(ctx: RuleContext) -> Iterator[Finding]:
    text = ctx.text
    british = ctx.style.locale.startswith("en-GB")
    for m in _HONORIFIC.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()]
        previous = _PREVIOUS_WORD.search(before)
        # "John M. Keynes": an initial after a capitalised given name is not a title.
        if m["title"] == "M." and previous and previous.group(1)[0].isupper():
            continue
        title = m["title"]
        english = _TITLES_EN[title]
        if british:
            english = _NO_PERIOD.get(english, english)
        yield ctx.finding(
            "QF306",
            m.start(),
            m.end(),
            f"French honorific “{title}”; English writes “{english}”",
        )


def _french_spacing(ctx: RuleContext) -> Iterator[Finding]:
    text = ctx.text
    for m in _FRENCH_PUNCT.finditer(text):
        mark = m["mark"]
        space = m["space"]
        if mark == ":" and (m.end() < len(text) and text[m.end()].isdigit()):
            continue
        want = NBSP if mark == ":" else NNBSP
        accepted = (NBSP, NNBSP)
        if space in accepted:
            continue
        where = f"before “{mark}”"
        if space:
            message = (
                f"{describe_space(space)} {where} can break the line; expected a"
                f" {describe_space(want)}"
            )
        else:
            message = f"no space {where}; French typography requires a {describe_space(want)}"
        yield ctx.finding(
            "QF307",
            m.start("space"),
            m.end(),
            message,
            (m.start("space"), m.end("space"), want),
            True,
        )


FAMILY = Family("QF3", "leftover source-language typography", RULES, findings)

__all__ = ["FAMILY", "RULES", "findings"]
