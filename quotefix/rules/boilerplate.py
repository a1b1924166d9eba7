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

from ..marks import SPACE
from ..model import Finding
from .context import RuleContext
from .rule import Family, Rule

RULES = (
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


def _spaced(pattern: str) -> str:
    """Patterns below write ``~`` for "one or more spaces within the line"."""
    return pattern.replace("~", SPACE + "+")


# What may stand before the label: spaces, bullets, arrows, markdown emphasis. Every
# quantifier is possessive: a label starts with none of these characters, so giving
# any back could never help, and a long run of spaces or dashes is read once, not
# once per way of splitting it.
_LEAD = (
    SPACE + r"*+(?:[•·▪►▶→»>*#|\-–—]++" + SPACE + r"*+)*+"
    r"(?:(?:\*\*|__)" + SPACE + r"*+)?"
)
# After a label: a separator, the end of the line, or (glued or spaced) a capital,
# digit or quotation mark starting the headline; after a label in capitals, any word.
_AFTER = regex.compile(
    SPACE + r"*(?:[:：|>»\-–—.]|$|[\p{Lu}\p{N}“”\"«„‘'\[(])",
    regex.MULTILINE | regex.VERSION1,
)
_SEPARATOR = regex.compile(SPACE + r"*[:：|>»\-–—.]*")
_AFTER_CAPS = regex.compile(SPACE + r"+\p{L}", regex.VERSION1)

_TEASER_LABELS = (
    # English (often the MT engine's rendering of the source label)
    r"read~also",
    r"also~read",
    r"to~read~also",
    r"to~read~too",
    r"read~too",
    r"also~to~read",
    r"read~more",
    r"see~also",
    r"also~see",
    r"related(?:~articles?)?",
    r"more~on~(?:this|the)~(?:topic|subject)",
    r"to~read(?:~on~the~same~subject)?",
    # French
    r"(?:à|a)~lire~(?:aussi|également|egalement)",
    r"lire~(?:aussi|également|egalement)",
    r"voir~aussi",
    r"(?:à|a)~lire",
    r"sur~le~même~sujet",
    # Spanish, Italian, German, Dutch, Portuguese
    r"leer~más",
    r"leer~mas",
    r"lee~también",
    r"lea~también",
    r"leer~también",
    r"te~puede~interesar",
    r"leggi~anche",
    r"leggi~pure",
    r"potrebbe~interessarti",
    r"lesen~sie~auch",
    r"lesen~sie~mehr",
    r"mehr~zum~thema",
    r"auch~interessant",
    r"lees~ook",
    r"lees~meer",
    r"leia~também",
    r"leia~mais",
    r"veja~também",
)
_TEASER = regex.compile(
    _spaced(r"^" + _LEAD + r"(?P<label>(?i:" + "|".join(_TEASER_LABELS) + r"))"),
    regex.MULTILINE | regex.VERSION1,
)
# ">> Headline" or "» Headline" teasers without a label.
_ARROW_TEASER = regex.compile(r"^[ \t]*(?:>>|»»|>>>|→|►|▶)[ \t]*(?=\S)", regex.MULTILINE)

_NEWSLETTER = regex.compile(
    _spaced(
        r"^" + _LEAD + r"(?:"
        r"(?:subscribe|sign~up)~(?:to|for|now|here|today)\b"
        r"|(?:receive|get)~(?:our|the)~(?:\w+~){0,2}newsletters?\b"
        r"|to~(?:receive|subscribe~to)~(?:our|the)\b"
        r"|already~(?:a~)?subscribe[dr]\b"
        r"|(?:this~article~is~)?reserved~for~subscribers\b"
        r"|(?:article~)?réservé~aux~abonnés\b"
        r"|abonnez-vous\b|inscrivez-vous\b|recevez~(?:notre|nos|gratuitement)\b"
        r"|déjà~abonné|suivez-nous\b|follow~us~on\b"
        r"|(?:jetzt~)?abonnieren\b|melden~sie~sich\b.{0,60}newsletter"
        r"|suscr[ií]bete\b|iscriviti\b|abonneer\b|meld~je~aan\b|assine\b|inscreva-se\b"
        r")"
    ),
    regex.IGNORECASE | regex.MULTILINE | regex.VERSION1,
)
# A short line that starts with "Newsletter"/"Our newsletter" and calls for action.
_NEWSLETTER_WORD = regex.compile(
    _spaced(r"^" + _LEAD + r"(?:(?:our|the|la|notre|unsere?)~(?:\w+~){0,2})?newsletters?\b"),
    regex.IGNORECASE | regex.MULTILINE | regex.VERSION1,
)
_CALL_WORD = regex.compile(
    r"\b(?:subscribe|sign\s+up|register|receive|free|e-?mail|inscri\w*|abonn\w*|recevez|gratuit\w*"
    r"|anmelden|suscr\w*|iscriv\w*)\b",
    regex.IGNORECASE | regex.VERSION1,
)

# Markers that make up the whole line (apart from dashes, brackets and dots).
_AD_WORDS = (
    r"advertisement",
    r"advertising",
    r"ad",
    r"sponsored(?:\s+content)?",
    r"publicité",
    r"publicite",
    r"pub",
    r"contenu\s+sponsorisé",
    r"anzeige",
    r"werbung",
    r"publicidad",
    r"pubblicità",
    r"advertentie",
    r"publicidade",
    r"annonce",
)
_AD_LINE = regex.compile(
    _spaced(r"^[ \t\u00a0\[(\-–—*_]*(?:" + "|".join(_AD_WORDS) + r")[ \t\u00a0\])\-–—*_.:]*$"),
    regex.IGNORECASE | regex.MULTILINE | regex.VERSION1,
)
# "Continued after the advertisement" and its MT renderings, at line start.
_AD_CONTINUE = regex.compile(
    _spaced(
        r"^" + _LEAD + r"(?:"
        r"(?:the~)?(?:sequel|rest|continuation|following|article|story|text)\b[^\n]{0,30}?"
        r"\b(?:after|below)~(?:this|the)~(?:announcement|advertisement|advert|ad|advertising)\b"
        r"|(?:story|article|text)~continues~(?:below|after)\b"
        r"|continued?~(?:reading~)?(?:below|after~(?:the|this)~(?:ad|advertisement|advertising))\b"
        r"|(?:la~)?suite~(?:après|apres|ci-dessous)\b"
        r"|l['’]article~continue~(?:après|ci-dessous)\b"
        r"|weiter~nach~der~(?:anzeige|werbung)\b"
        r"|(?:el~artículo~)?contin[uú]a~(?:después|tras)~(?:de~)?(?:la~)?publicidad\b"
        r"|l['’]articolo~continua~(?:sotto|dopo)\b"
        r")"
    ),
    regex.IGNORECASE | regex.MULTILINE | regex.VERSION1,
)

_NOTE_MARK = (
    r"(?:N\.?\s?D\.?\s?L\.?\s?R\.?|N\.?D\.?T\.?|N\.\s?d\.\s?R\.|N\.\s?de\s+la\s+R\."
    r"|Ndr|NdR|ndlr)"
)
_EDITORS_NOTE = regex.compile(
    r"\((?:[^()\n]{0,300}?[,;–—\-][ \t\u00a0\u202f]*|[ \t\u00a0\u202f]*)"
    + _NOTE_MARK
    + r"[ \t\u00a0\u202f]*\)"
    r"|\[[ \t]*" + _NOTE_MARK + r"[ \t\u00a0\u202f]*[:：\-–—,]?[^\[\]\n]{0,300}\]"
    r"|\([ \t]*" + _NOTE_MARK + r"[ \t\u00a0\u202f]*[:：\-–—,][^()\n]{0,300}\)",
    regex.VERSION1,
)

_PHOTO = regex.compile(
    _spaced(
        r"^" + _LEAD + r"[(\[]?(?:"
        r"(?:©|\(c\)|copyright\b)"
        r"|(?:photos?|crédits?(?:~photos?)?|photo~credits?|credits?|illustration|image|foto|bild)"
        r"(?:~(?:d['’]archives?|archives?|illustration|credit))?"
        r"[ \t\u00a0\u202f]*(?:[:：/|©]|\bby\b|\bde\b|\bpar\b|\bvon\b)"
        r")"
    ),
    regex.IGNORECASE | regex.MULTILINE | regex.VERSION1,
)
_PHOTO_MAX_WORDS = 14
_WORD = regex.compile(r"\w+")
_NEWSLETTER_MESSAGE = "newsletter or subscription call of the source site"


def _line_span(text: str, start: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    return line_start, len(text) if line_end == -1 else line_end


def _trailing_headline(text: str, end: int) -> int:
    """A label alone on its line ("LIRE AUSSI") takes the short headline below it."""
    if end >= len(text) or text[end] != "\n":
        return end
    _, next_end = _line_span(text, end + 1)
    headline = text[end + 1 : next_end].strip()
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
        if stop < len(text) or start == 0:
            return start, stop
        # The last block, followed by line breaks: keep one line break after the text before it.
        begin = start
        while begin > 0 and text[begin - 1] == "\n":
            begin -= 1
        return (begin + 1 if begin > 0 else 0), stop
    # Last block: take the line breaks before it.
    begin = start
    while begin > 0 and text[begin - 1] in "\n":
        begin -= 1
    return begin, end


def _removals(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """One deletion per block; blocks on consecutive lines are removed as one run,
    so that the blank lines around the run are judged once."""
    edits: list[tuple[int, int, str]] = []
    k = 0
    while k < len(spans):
        j = k
        while j + 1 < len(spans) and spans[j + 1][0] == spans[j][1] + 1:
            j += 1
        begin, stop = removal(text, spans[k][0], spans[j][1])
        cuts = [begin] + [start for start, _end in spans[k + 1 : j + 1]] + [stop]
        edits.extend((cuts[i], cuts[i + 1], "") for i in range(len(cuts) - 1))
        k = j + 1
    return edits


def findings(ctx: RuleContext) -> Iterator[Finding]:
    """Yield one finding per boilerplate block (QF501–QF503, QF505) or inline note (QF504).

    Each block carries its removal as a fix when ``ctx.options.remove_boilerplate`` is set.
    """
    remove = ctx.options.remove_boilerplate
    text = ctx.text
    selection = ctx.selection
    # Blocks are taken in order of their start, so one running end says whether a
    # line lies inside a block already taken (no rescan of the earlier blocks).
    taken: list[tuple[int, int]] = []
    taken_end = 0

    blocks: list[tuple[str, int, int, int, str]] = []  # code, start, end, shown end, message

    def block(
        code: str, start: int, message: str, headline: bool = False, label_end: int | None = None
    ) -> None:
        nonlocal taken_end
        line_start, line_end = _line_span(text, start)
        if line_start < taken_end:
            return
        end = _trailing_headline(text, line_end) if headline else line_end
        taken.append((line_start, end))
        taken_end = max(taken_end, end)
        # Report the block (a teaser: its label) without trailing spaces.
        shown_end = end if label_end is None else label_end
        while shown_end > line_start and text[shown_end - 1] in " \t\r\u00a0\u202f":
            shown_end -= 1
        blocks.append((code, line_start, end, shown_end, message))

    candidates: list[tuple[int, str, str, bool, int | None]] = []
    if selection.enabled("QF501"):
        for m in _TEASER.finditer(text):
            if not (
                _AFTER.match(text, m.end())
                or (m["label"].isupper() and _AFTER_CAPS.match(text, m.end()))
            ):
                continue
            label = " ".join(m["label"].split())
            alone = text[m.end() : _line_span(text, m.start())[1]].strip() == ""
            label_end = _SEPARATOR.match(text, m.end()).end()
            candidates.append(
                (
                    m.start(),
                    "QF501",
                    f"related-article teaser of the source site (“{label}”);"
                    " the finding marks its label, removal takes the whole line",
                    alone,
                    label_end,
                )
            )
        for m in _ARROW_TEASER.finditer(text):
            candidates.append(
                (
                    m.start(),
                    "QF501",
                    "related-article teaser of the source site (arrow link);"
                    " the finding marks the arrow, removal takes the whole line",
                    False,
                    m.end(),
                )
            )
    if selection.enabled("QF502"):
        for m in _NEWSLETTER.finditer(text):
            line_start, line_end = _line_span(text, m.start())
            if len(_WORD.findall(text[line_start:line_end])) <= 40:
                candidates.append((m.start(), "QF502", _NEWSLETTER_MESSAGE, False, None))
        for m in _NEWSLETTER_WORD.finditer(text):
            line_start, line_end = _line_span(text, m.start())
            line = text[line_start:line_end]
            rest = line[m.end() - line_start :]
            if len(_WORD.findall(line)) <= 25 and (
                not rest.strip(" \t.:-–—»>")
                or rest.lstrip().startswith(":")
                or _CALL_WORD.search(rest)
            ):
                candidates.append((m.start(), "QF502", _NEWSLETTER_MESSAGE, False, None))
    if selection.enabled("QF503"):
        for m in _AD_LINE.finditer(text):
            if m.group().strip():
                candidates.append(
                    (m.start(), "QF503", "advertisement marker of the source site", False, None)
                )
        for m in _AD_CONTINUE.finditer(text):
            line_start, line_end = _line_span(text, m.start())
            if len(_WORD.findall(text[line_start:line_end])) <= 15:
                candidates.append(
                    (
                        m.start(),
                        "QF503",
                        "advertisement marker of the source site (“continued after”)",
                        False,
                        None,
                    )
                )
    if selection.enabled("QF505"):
        for m in _PHOTO.finditer(text):
            line_start, line_end = _line_span(text, m.start())
            if len(_WORD.findall(text[line_start:line_end])) <= _PHOTO_MAX_WORDS:
                candidates.append(
                    (m.start(), "QF505", "photo credit left in the article body", False, None)
                )
    candidates.sort(key=lambda c: c[0])
    for start, code, message, headline, label_end in candidates:
        block(code, start, message, headline, label_end)
    edits = _removals(text, [(start, end) for _code, start, end, _shown, _msg in blocks])
    for (code, start, _end, shown_end, message), edit in zip(blocks, edits, strict=True):
        yield ctx.finding(
            code, start, shown_end, message, edit if remove else None, True, removes_text=True
        )

    if selection.enabled("QF504"):
        # Notes come in order too: walk the blocks alongside them.
        block_index, covered_until = 0, 0
        for m in _EDITORS_NOTE.finditer(text):
            while block_index < len(taken) and taken[block_index][0] <= m.start():
                covered_until = max(covered_until, taken[block_index][1])
                block_index += 1
            if m.start() < covered_until:
                continue
            yield ctx.finding(
                "QF504",
                m.start(),
                m.end(),
                "editor's note of the source site (NDLR) left in the text",
            )


FAMILY = Family("QF5", "source-site boilerplate", RULES, findings)

__all__ = ["FAMILY", "RULES", "findings", "removal"]
