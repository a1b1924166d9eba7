"""The rule table: every code quotefix can report, and selection by code, prefix or name.

Codes are stable and never reused. Families:
QF1xx quote pairing and direction; QF2xx quote style against the target;
QF3xx leftover source-language typography; QF4xx leftover source-language text;
QF5xx source-site boilerplate.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import regex

from ..errors import SelectionError
from ..model import Severity


@dataclass(frozen=True, slots=True)
class Rule:
    code: str
    name: str
    summary: str
    severity: Severity
    fixable: bool  # a repair can exist
    always_safe: bool  # when a repair exists it is always safe

    @property
    def family(self) -> str:
        return FAMILIES[self.code[:3]]


FAMILIES = {
    "QF1": "quote pairing and direction",
    "QF2": "quote style against the target",
    "QF3": "leftover source-language typography",
    "QF4": "leftover source-language text",
    "QF5": "source-site boilerplate",
}

RULES: tuple[Rule, ...] = (
    Rule(
        "QF101",
        "wrong-direction-quote",
        "A closing mark used to open a quotation, or an opening mark used to close one.",
        "error",
        fixable=True,
        always_safe=False,
    ),
    Rule(
        "QF102",
        "mismatched-quote-pair",
        "A quotation opened with one family of marks and closed with another.",
        "error",
        fixable=True,
        always_safe=False,
    ),
    Rule(
        "QF103",
        "unclosed-quote",
        "An opening mark never closed in its paragraph.",
        "error",
        fixable=False,
        always_safe=False,
    ),
    Rule(
        "QF104",
        "unmatched-closing-quote",
        "A closing mark with no opening mark before it.",
        "error",
        fixable=False,
        always_safe=False,
    ),
    Rule(
        "QF105",
        "closing-quote-glued-to-next-word",
        "A closing mark with no space before the next word.",
        "warning",
        fixable=True,
        always_safe=False,
    ),
    Rule(
        "QF106",
        "opening-quote-glued-to-previous-word",
        "An opening mark with no space after the previous word.",
        "warning",
        fixable=True,
        always_safe=False,
    ),
    Rule(
        "QF107",
        "doubled-quote-mark",
        "The same quotation mark typed twice in a row.",
        "warning",
        fixable=True,
        always_safe=False,
    ),
    Rule(
        "QF108",
        "empty-quotes",
        "A pair of quotation marks with nothing between them.",
        "warning",
        fixable=False,
        always_safe=False,
    ),
    Rule(
        "QF109",
        "quote-spans-paragraph-break",
        "A quotation that opens in one paragraph and closes in the next without reopening.",
        "warning",
        fixable=False,
        always_safe=False,
    ),
    Rule(
        "QF201",
        "foreign-quote-style",
        "Quotation marks of another language's typography.",
        "warning",
        fixable=True,
        always_safe=False,
    ),
    Rule(
        "QF202",
        "straight-quotes",
        "Typewriter quotes where the target prints typographic ones.",
        "warning",
        fixable=True,
        always_safe=False,
    ),
    Rule(
        "QF203",
        "space-inside-quotes",
        "A space between a quotation mark and the quoted text where the target has none,"
        " or between a closing mark and the punctuation after it.",
        "warning",
        fixable=True,
        always_safe=False,
    ),
    Rule(
        "QF204",
        "missing-space-inside-quotes",
        "No (or a breakable) space inside marks where the target requires a no-break space.",
        "warning",
        fixable=True,
        always_safe=False,
    ),
    Rule(
        "QF205",
        "wrong-nesting-level",
        "A quotation inside a quotation marked like an outer one, or (in targets that "
        "open with single marks) an outer quotation marked like an inner one.",
        "warning",
        fixable=True,
        always_safe=False,
    ),
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
    ),
    Rule(
        "QF303",
        "space-grouped-thousands",
        "Thousands grouped with spaces (10 000) where English uses commas.",
        "warning",
        fixable=True,
        always_safe=False,
    ),
    Rule(
        "QF304",
        "french-time-format",
        "A French time (14h30) where English writes 14:30.",
        "warning",
        fixable=True,
        always_safe=False,
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
        "QF401",
        "untranslated-fragment",
        "Source-language text left untranslated: a sentence, clause, quotation or bracketed aside.",
        "warning",
        fixable=False,
        always_safe=False,
    ),
    Rule(
        "QF402",
        "glued-heading-word",
        "A source-language word glued to another word where a heading ran into the body.",
        "warning",
        fixable=False,
        always_safe=False,
    ),
    Rule(
        "QF501",
        "related-article-teaser",
        "A related-article teaser of the source site (READ ALSO, LIRE AUSSI, >>).",
        "warning",
        fixable=False,
        always_safe=False,
    ),
    Rule(
        "QF502",
        "newsletter-call",
        "A newsletter or subscription call of the source site.",
        "warning",
        fixable=False,
        always_safe=False,
    ),
    Rule(
        "QF503",
        "advertisement-marker",
        "An advertisement marker of the source site (Advertisement, Publicité).",
        "warning",
        fixable=False,
        always_safe=False,
    ),
    Rule(
        "QF504",
        "editors-note",
        "An editor's note of the source site (NDLR) left in the text.",
        "warning",
        fixable=False,
        always_safe=False,
    ),
    Rule(
        "QF505",
        "photo-credit",
        "A photo credit of the source page left in the article body.",
        "warning",
        fixable=False,
        always_safe=False,
    ),
)

RULES_BY_CODE = {rule.code: rule for rule in RULES}
RULES_BY_NAME = {rule.name: rule for rule in RULES}

_PREFIX = regex.compile(r"QF[1-9]?[0-9]?[0-9]?")


def rule(code: str) -> Rule:
    """Look a rule up by code or name."""
    found = RULES_BY_CODE.get(code.upper()) or RULES_BY_NAME.get(code.lower())
    if found is None:
        raise SelectionError(f"unknown rule {code!r}")
    return found


def _normalise(entries: Iterable[str] | str | None, what: str) -> list[str] | None:
    if entries is None:
        return None
    if isinstance(entries, str):
        entries = [entries]
    out = []
    for entry in entries:
        if not isinstance(entry, str):
            raise TypeError(f"{what} entries must be strings such as 'QF1' or 'QF101'")
        item = entry.strip()
        if item.lower() in RULES_BY_NAME:
            out.append(RULES_BY_NAME[item.lower()].code)
        elif item.upper() == "ALL":
            out.append("QF")
        elif _PREFIX.fullmatch(item.upper()):
            out.append(item.upper())
        else:
            raise SelectionError(
                f"{what}: {entry!r} is not a rule code, code prefix (such as 'QF1') or rule name"
            )
    return out


class Selection:
    """Which codes are enabled, flake8-style: the longest matching prefix wins."""

    __slots__ = ("_decided", "_ignore", "_select")

    def __init__(
        self, select: Iterable[str] | str | None = None, ignore: Iterable[str] | str | None = None
    ) -> None:
        self._select = _normalise(select, "select")
        self._ignore = _normalise(ignore, "ignore") or []
        self._decided: dict[str, bool] = {}

    def enabled(self, code: str) -> bool:
        decided = self._decided.get(code)
        if decided is None:
            sel = max((len(p) for p in (self._select or ["QF"]) if code.startswith(p)), default=-1)
            ign = max((len(p) for p in self._ignore if code.startswith(p)), default=-1)
            decided = self._decided[code] = sel >= 0 and sel > ign
        return decided

    def any_enabled(self, prefix: str) -> bool:
        key = prefix + "*"
        decided = self._decided.get(key)
        if decided is None:
            decided = any(self.enabled(r.code) for r in RULES if r.code.startswith(prefix))
            self._decided[key] = decided
        return decided


@lru_cache(maxsize=64)
def _cached(select: tuple[str, ...] | None, ignore: tuple[str, ...] | None) -> Selection:
    return Selection(select, ignore)


def selection(
    select: Iterable[str] | str | None = None, ignore: Iterable[str] | str | None = None
) -> Selection:
    """A :class:`Selection`, shared between calls that ask for the same codes.

    Editorial scripts call ``check`` once per article with the same options;
    deciding which rules are on is done once, not per article.
    """

    def key(entries: Iterable[str] | str | None) -> tuple[str, ...] | None:
        if entries is None:
            return None
        return (entries,) if isinstance(entries, str) else tuple(entries)

    try:
        return _cached(key(select), key(ignore))
    except TypeError:  # unhashable entries: let Selection say what is wrong
        return Selection(select, ignore)
