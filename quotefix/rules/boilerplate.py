"""QF5xx: boilerplate of the source site left in the article body.

Related-article teasers (``READ ALSO: …``, ``LIRE AUSSI``, ``>> …``), newsletter
and subscription calls, advertisement markers, editors' notes (``NDLR``) and
photo credits. Teasers, calls, markers and credits are found at the start of a
line, case-insensitively, spaced or glued to the next word
(``READ ALSOFrench economy…``). A finding covers the whole line (and, when a
teaser label stands alone on its line, the headline on the next line).

Nothing is removed unless the caller asks: ``fix(..., remove_boilerplate=True)``
deletes each block with its line break, so no doubled blank line is left.
Editors' notes are inline text and are only ever reported.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..model import Finding
from .context import Context

CODES = ("QF501", "QF502", "QF503", "QF504", "QF505")

# What may stand before the label: spaces, bullets, arrows, markdown emphasis.
_LEAD = r"[ \t\u00a0\u202f]*(?:[•·▪►▶→»>*#|\-–—]+[ \t\u00a0\u202f]*)*(?:\*\*|__)?[ \t\u00a0]*"
# After a label: a separator, the end of the line, or (glued or spaced) a capital,
# digit or quotation mark starting the headline.
_AFTER = (r"(?:[ \t\u00a0\u202f]*(?:[:：|>»\-–—.]+|$)"
          r"|[ \t\u00a0\u202f]*(?=[\p{Lu}\p{N}“”\"«„‘'\[(]))")

_TEASER_LABELS = (
    # English (often the MT engine's rendering of the source label)
    r"read\s+also", r"also\s+read", r"to\s+read\s+also", r"to\s+read\s+too", r"read\s+too",
    r"also\s+to\s+read", r"read\s+more", r"see\s+also", r"also\s+see", r"related(?:\s+articles?)?",
    r"more\s+on\s+(?:this|the)\s+(?:topic|subject)", r"to\s+read(?:\s+on\s+the\s+same\s+subject)?",
    # French
    r"(?:à|a)\s+lire\s+(?:aussi|également|egalement)", r"lire\s+(?:aussi|également|egalement)",
    r"voir\s+aussi", r"(?:à|a)\s+lire", r"sur\s+le\s+même\s+sujet",
    # Spanish, Italian, German, Dutch, Portuguese
    r"leer\s+más", r"leer\s+mas", r"lee\s+también", r"lea\s+también", r"leer\s+también",
    r"te\s+puede\s+interesar", r"leggi\s+anche", r"leggi\s+pure", r"potrebbe\s+interessarti",
    r"lesen\s+sie\s+auch", r"lesen\s+sie\s+mehr", r"mehr\s+zum\s+thema", r"auch\s+interessant",
    r"lees\s+ook", r"lees\s+meer", r"leia\s+também", r"leia\s+mais", r"veja\s+também",
)
_TEASER = regex.compile(
    r"^" + _LEAD + r"(?P<label>(?:" + "|".join(_TEASER_LABELS) + r"))(?P<after>" + _AFTER + r")",
    regex.IGNORECASE | regex.MULTILINE | regex.VERSION1,
)
# ">> Headline" or "» Headline" teasers without a label.
_ARROW_TEASER = regex.compile(r"^[ \t]*(?:>>|»»|>>>|→|►|▶)[ \t]*(?=\S)", regex.MULTILINE)

_NEWSLETTER = regex.compile(
    r"^" + _LEAD + r"(?:"
    r"(?:subscribe|sign\s+up)\s+(?:to|for|now|here|today)\b"
    r"|(?:receive|get)\s+(?:our|the)\s+(?:\w+\s+){0,2}newsletters?\b"
    r"|to\s+(?:receive|subscribe\s+to)\s+(?:our|the)\b"
    r"|already\s+(?:a\s+)?subscribe[dr]\b"
    r"|(?:this\s+article\s+is\s+)?reserved\s+for\s+subscribers\b"
    r"|(?:article\s+)?réservé\s+aux\s+abonnés\b"
    r"|abonnez-vous\b|inscrivez-vous\b|recevez\s+(?:notre|nos|gratuitement)\b"
    r"|déjà\s+abonné|suivez-nous\b|follow\s+us\s+on\b"
    r"|(?:jetzt\s+)?abonnieren\b|melden\s+sie\s+sich\b.{0,60}newsletter"
    r"|suscr[ií]bete\b|iscriviti\b|abonneer\b|meld\s+je\s+aan\b|assine\b|inscreva-se\b"
    r")",
    regex.IGNORECASE | regex.MULTILINE | regex.VERSION1,
)
# A short line that starts with "Newsletter"/"Our newsletter" and calls for action.
_NEWSLETTER_WORD = regex.compile(
    r"^" + _LEAD + r"(?:(?:our|the|la|notre|unsere?)\s+(?:\w+\s+){0,2})?newsletters?\b",
    regex.IGNORECASE | regex.MULTILINE | regex.VERSION1,
)
_CALL_WORD = regex.compile(
    r"\b(?:subscribe|sign\s+up|register|receive|free|e-?mail|inscri\w*|abonn\w*|recevez|gratuit\w*"
    r"|anmelden|suscr\w*|iscriv\w*)\b",
    regex.IGNORECASE | regex.VERSION1,
)

# Markers that make up the whole line (apart from dashes, brackets and dots).
_AD_WORDS = (
    r"advertisement", r"advertising", r"ad", r"sponsored(?:\s+content)?", r"publicité",
    r"publicite", r"pub", r"contenu\s+sponsorisé", r"anzeige", r"werbung", r"publicidad",
    r"pubblicità", r"advertentie", r"publicidade", r"annonce",
)
_AD_LINE = regex.compile(
    r"^[ \t\u00a0\[(\-–—*_]*(?:" + "|".join(_AD_WORDS) + r")[ \t\u00a0\])\-–—*_.:]*$",
    regex.IGNORECASE | regex.MULTILINE | regex.VERSION1,
)
# "Continued after the advertisement" and its MT renderings, at line start.
_AD_CONTINUE = regex.compile(
    r"^" + _LEAD + r"(?:"
    r"(?:the\s+)?(?:sequel|rest|continuation|following|article|story|text)\b[^\n]{0,30}?"
    r"\b(?:after|below)\s+(?:this|the)\s+(?:announcement|advertisement|advert|ad|advertising)\b"
    r"|(?:story|article|text)\s+continues\s+(?:below|after)\b"
    r"|continued?\s+(?:reading\s+)?(?:below|after\s+(?:the|this)\s+(?:ad|advertisement|advertising))\b"
    r"|(?:la\s+)?suite\s+(?:après|apres|ci-dessous)\b"
    r"|l['’]article\s+continue\s+(?:après|ci-dessous)\b"
    r"|weiter\s+nach\s+der\s+(?:anzeige|werbung)\b"
    r"|(?:el\s+artículo\s+)?contin[uú]a\s+(?:después|tras)\s+(?:de\s+)?(?:la\s+)?publicidad\b"
    r"|l['’]articolo\s+continua\s+(?:sotto|dopo)\b"
    r")",
    regex.IGNORECASE | regex.MULTILINE | regex.VERSION1,
)

_NOTE_MARK = r"(?:N\.?\s?D\.?\s?L\.?\s?R\.?|N\.?D\.?T\.?|N\.\s?d\.\s?R\.|N\.\s?de\s+la\s+R\.|Ndr|NdR|ndlr)"
_EDITORS_NOTE = regex.compile(
    r"\((?:[^()\n]{0,300}?[,;–—\-][ \t\u00a0\u202f]*|[ \t\u00a0\u202f]*)" + _NOTE_MARK
    + r"[ \t\u00a0\u202f]*\)"
    r"|\[[ \t]*" + _NOTE_MARK + r"[ \t\u00a0\u202f]*[:：\-–—,]?[^\[\]\n]{0,300}\]"
    r"|\([ \t]*" + _NOTE_MARK + r"[ \t\u00a0\u202f]*[:：\-–—,][^()\n]{0,300}\)",
    regex.VERSION1,
)

_PHOTO = regex.compile(
    r"^" + _LEAD + r"[(\[]?(?:"
    r"(?:©|\(c\)|copyright\b)"
    r"|(?:photos?|crédits?(?:\s+photos?)?|photo\s+credits?|credits?|illustration|image|foto|bild)"
    r"(?:\s+(?:d['’]archives?|archives?|illustration|credit))?"
    r"[ \t\u00a0\u202f]*(?:[:：/|©]|\bby\b|\bde\b|\bpar\b|\bvon\b)"
    r")",
    regex.IGNORECASE | regex.MULTILINE | regex.VERSION1,
)
_PHOTO_MAX_WORDS = 14
_WORD = regex.compile(r"\w+")


def _line_span(text: str, start: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    return line_start, len(text) if line_end == -1 else line_end


def _trailing_headline(text: str, end: int) -> int:
    """A label alone on its line ("LIRE AUSSI") takes the short headline below it."""
    if end >= len(text) or text[end] != "\n":
        return end
    _, next_end = _line_span(text, end + 1)
    headline = text[end + 1:next_end].strip()
    if not headline or headline.endswith((".", ":")) or len(_WORD.findall(headline)) > 20:
        return end
    return next_end


def removal(text: str, start: int, end: int) -> tuple[int, int]:
    """The range to delete so the block goes with its line break and no blank line doubles.

    ``start``/``end`` cover whole lines (``end`` at a newline or the end).
    """
    if end < len(text):
        stop = end + 1
        # Between blank lines (or at the very start), take the blank lines after it too.
        before_blank = start == 0 or text.endswith("\n\n", 0, start)
        if before_blank:
            while stop < len(text) and text[stop] == "\n":
                stop += 1
        return start, stop
    # Last block: take the line breaks before it.
    begin = start
    while begin > 0 and text[begin - 1] in "\n":
        begin -= 1
    return begin, end


def findings(ctx: Context, remove: bool = False) -> Iterator[Finding]:
    """Yield one finding per boilerplate block (QF501–QF503, QF505) or inline note (QF504)."""
    text = ctx.text
    selection = ctx.selection
    taken: list[tuple[int, int]] = []

    def block(code: str, start: int, message: str, headline: bool = False) -> Finding | None:
        line_start, line_end = _line_span(text, start)
        if any(s <= line_start < e for s, e in taken):
            return None
        end = _trailing_headline(text, line_end) if headline else line_end
        taken.append((line_start, end))
        # Report the block without its trailing spaces.
        shown_end = end
        while shown_end > line_start and text[shown_end - 1] in " \t\r\u00a0":
            shown_end -= 1
        edit = None
        if remove:
            edit_start, edit_end = removal(text, line_start, end)
            edit = (edit_start, edit_end, "")
        return ctx.finding(code, line_start, shown_end, message, edit, True)

    candidates: list[tuple[int, str, str, bool]] = []
    if selection.enabled("QF501"):
        for m in _TEASER.finditer(text):
            label = " ".join(m["label"].split())
            alone = text[m.end():_line_span(text, m.start())[1]].strip() == ""
            candidates.append((m.start(), "QF501",
                               f"related-article teaser of the source site (“{label}”)", alone))
        for m in _ARROW_TEASER.finditer(text):
            candidates.append((m.start(), "QF501",
                               "related-article teaser of the source site (arrow link)", False))
    if selection.enabled("QF502"):
        for m in _NEWSLETTER.finditer(text):
            line_start, line_end = _line_span(text, m.start())
            if len(_WORD.findall(text[line_start:line_end])) <= 40:
                candidates.append((m.start(), "QF502",
                                   "newsletter or subscription call of the source site", False))
        for m in _NEWSLETTER_WORD.finditer(text):
            line_start, line_end = _line_span(text, m.start())
            line = text[line_start:line_end]
            rest = line[m.end() - line_start:]
            if len(_WORD.findall(line)) <= 25 and (
                    not rest.strip(" \t.:-–—»>") or rest.lstrip().startswith(":")
                    or _CALL_WORD.search(rest)):
                candidates.append((m.start(), "QF502",
                                   "newsletter or subscription call of the source site", False))
    if selection.enabled("QF503"):
        for m in _AD_LINE.finditer(text):
            if m.group().strip():
                candidates.append((m.start(), "QF503", "advertisement marker of the source site",
                                   False))
        for m in _AD_CONTINUE.finditer(text):
            line_start, line_end = _line_span(text, m.start())
            if len(_WORD.findall(text[line_start:line_end])) <= 15:
                candidates.append((m.start(), "QF503",
                                   "advertisement marker of the source site (“continued after”)",
                                   False))
    if selection.enabled("QF505"):
        for m in _PHOTO.finditer(text):
            line_start, line_end = _line_span(text, m.start())
            if len(_WORD.findall(text[line_start:line_end])) <= _PHOTO_MAX_WORDS:
                candidates.append((m.start(), "QF505", "photo credit left in the article body",
                                   False))
    candidates.sort(key=lambda c: c[0])
    for start, code, message, headline in candidates:
        found = block(code, start, message, headline)
        if found is not None:
            yield found

    if selection.enabled("QF504"):
        for m in _EDITORS_NOTE.finditer(text):
            if any(s <= m.start() < e for s, e in taken):
                continue
            yield ctx.finding("QF504", m.start(), m.end(),
                              "editor's note of the source site (NDLR) left in the text")


__all__ = ["CODES", "findings", "removal"]
