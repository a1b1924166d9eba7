"""QF309: pieces of HTML entities cut in half, left beside quotation marks and words.

A page's ``&nbsp;``, ``&laquo;`` or ``&#8217;`` cut in half by a scraper or a
translation step leaves a ``;`` or a ``&`` where no writer puts one:

- ``;`` glued after an opening mark and before a word: ``“;reset”``;
- ``;`` or ``&`` glued before an opening mark after a space: ``The ;“yellow``,
  ``a &“historic``;
- ``;`` glued to the start of a word after a space: ``to ;criticise`` (an
  English semicolon follows a word and is followed by a space).

Those repairs are safe: the debris is removed. A ``;`` right before a closing
mark (``“No comment;”``) may be the writer's: flagged, repaired only with
``unsafe``. A whole entity left as text (``&quot;``) is flagged: replacing
it would change letters.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..model import Finding
from .context import RuleContext

_OPENERS = "“‘«„\"'"
_CLOSERS = "”’»\""
_DEBRIS = regex.compile(
    r"(?<=[" + _OPENERS + r"]);(?=\p{L})"  # “;reset”
    r"|(?:(?<=\s)|^)[;&](?=[" + _OPENERS[:-1] + r"]\p{L})"  # ;“We, &“historic
    r"|(?<=\s);(?=\p{L})",  # to ;criticise
    regex.VERSION1 | regex.MULTILINE,
)
_BEFORE_CLOSER = regex.compile(r"(?<=\p{L});(?=[" + _CLOSERS + r"](?:\s|$))", regex.VERSION1)
_ENTITY = regex.compile(r"&(?:[a-zA-Z]{2,8}|#[0-9]{2,5}|#x[0-9a-fA-F]{2,4});")


def findings(ctx: RuleContext) -> Iterator[Finding]:
    """Yield the QF309 findings of ``ctx.text``."""
    text = ctx.text
    if ";" not in text and "&" not in text:
        return
    found: list[Finding] = []
    for m in _DEBRIS.finditer(text):
        found.append(
            ctx.finding(
                "QF309",
                m.start(),
                m.end(),
                f"{m.group()!r} left by an HTML entity cut in half; expected nothing here",
                (m.start(), m.end(), ""),
            )
        )
    for m in _BEFORE_CLOSER.finditer(text):
        found.append(
            ctx.finding(
                "QF309",
                m.start(),
                m.end(),
                "';' right before a closing mark: the writer's, or left by an HTML entity?",
                (m.start(), m.end(), ""),
                False,
            )
        )
    for m in _ENTITY.finditer(text):
        found.append(
            ctx.finding(
                "QF309",
                m.start(),
                m.end(),
                f"HTML entity {m.group()} left as text; a person puts the character it names",
            )
        )
    found.sort(key=lambda f: f.start)
    yield from found


__all__ = ["findings"]
