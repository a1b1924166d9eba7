"""Guessing how a text is written, for ``format="auto"``.

A caller that does not know whether a CMS field holds plain text, Markdown
or HTML passes ``format="auto"``; :func:`detect_format` decides from the
content alone, in linear time. The rules are simple and documented, so a
caller can predict them (and pass the format when it does know it).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

_ELEMENTS = (
    "html|head|body|article|section|main|header|footer|aside|nav|div|p|span|a|em|strong|b|i|u|"
    "br|hr|h[1-6]|ul|ol|li|dl|dt|dd|blockquote|q|figure|figcaption|img|table|thead|tbody|tr|"
    "td|th|pre|code|script|style|cite|small|sup|sub|time|abbr|mark"
)


class _Patterns(NamedTuple):
    html_opening: re.Pattern[str]
    html_tag: re.Pattern[str]
    markdown_line: re.Pattern[str]
    markdown_link: re.Pattern[str]
    list_item: re.Pattern[str]


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    """Compiled on first use: ``import quotefix`` does not pay for them."""
    return _Patterns(
        # The text opens with a doctype or a tag of an HTML element (a comment decides
        # nothing: Markdown files start with suppression comments too).
        re.compile(rf"\A\s*(?:<!doctype\s+html|</?(?:{_ELEMENTS})[\s/>])", re.I),
        # A closing tag or a line break of an HTML element anywhere.
        re.compile(rf"</(?:{_ELEMENTS})\s*>|<br\s*/?>", re.I),
        # Lines that only Markdown writes: an ATX heading, a fence, a block quote, a
        # reference definition. Every quantifier is bounded: no line is scanned more than
        # a few times.
        re.compile(
            r"^[ ]{0,3}(?:#{1,6}[ \t]+\S|`{3}|~{3}|>[ \t]?\S|\[[^\[\]\n]{1,200}\]:[ \t]*\S)",
            re.M,
        ),
        re.compile(r"\[[^\[\]\n]{1,500}\]\([^()\s]{1,500}(?:[ \t][^()\n]{0,200})?\)"),
        re.compile(r"^[ ]{0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+\S", re.M),
    )


def detect_format(text: str) -> str:
    """Guess how ``text`` is written: ``"html"``, ``"markdown"`` or ``"plain"``.

    HTML when the text opens with a doctype or an HTML element's tag; else
    Markdown when a line is an ATX heading, a code fence, a block quote or
    a reference definition, when the text holds a link
    ``[text](url)``, or when two lines are list items; else HTML when it
    holds an element's closing tag or ``<br>`` (a CMS body of inline markup);
    else plain text. Linear in the length of the text.

    >>> detect_format("<p>He said “yes”.</p>"), detect_format("# Title\\n\\nHe said “yes”.")
    ('html', 'markdown')
    >>> detect_format("He said <em>yes</em>."), detect_format("He said “yes” - twice.")
    ('html', 'plain')
    """
    patterns = _patterns()
    if patterns.html_opening.match(text):
        return "html"
    if patterns.markdown_line.search(text) or patterns.markdown_link.search(text):
        return "markdown"
    items = patterns.list_item.finditer(text)
    if next(items, None) is not None and next(items, None) is not None:
        return "markdown"
    if patterns.html_tag.search(text):
        return "html"
    return "plain"

__all__ = ["detect_format"]
