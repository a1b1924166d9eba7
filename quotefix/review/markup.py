"""Escaping: article text is data, never markup.

Everything taken from an article, a path or a message reaches the page
through :func:`text` or :func:`attr`. Besides ``& < > "``, they replace the
code points an HTML document may not contain (C0 and C1 controls,
noncharacters) by visible stand-ins, one for one, so the page stays valid,
and show explicit bidirectional controls by name.
"""

from __future__ import annotations

import html
import json
import re

# Controls other than tab, line feed and carriage return; DEL and C1; noncharacters.
_FORBIDDEN = re.compile(
    "[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff"
    "\U0001fffe\U0001ffff\U0002fffe\U0002ffff\U0003fffe\U0003ffff\U0004fffe\U0004ffff"
    "\U0005fffe\U0005ffff\U0006fffe\U0006ffff\U0007fffe\U0007ffff\U0008fffe\U0008ffff"
    "\U0009fffe\U0009ffff\U000afffe\U000affff\U000bfffe\U000bffff\U000cfffe\U000cffff"
    "\U000dfffe\U000dffff\U000efffe\U000effff\U000ffffe\U000fffff\U0010fffe\U0010ffff"
    "\ud800-\udfff]"
)


# Explicit bidirectional embeddings, overrides and isolates. An article in one
# of quotefix's target languages has no use for them, and one left open would
# reverse the rest of its paragraph on the page, tags and repairs included:
# they are shown as what they are instead.
_BIDI = {
    "\u202a": "LRE",
    "\u202b": "RLE",
    "\u202c": "PDF",
    "\u202d": "LRO",
    "\u202e": "RLO",
    "\u2066": "LRI",
    "\u2067": "RLI",
    "\u2068": "FSI",
    "\u2069": "PDI",
}
_BIDI_CHARS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def _bidi_shown(match: re.Match[str]) -> str:
    char = match[0]
    return f'<span class="qf-ctl" title="U+{ord(char):04X}">{_BIDI[char]}</span>'


def _bidi_named(match: re.Match[str]) -> str:
    return f"[{_BIDI[match[0]]}]"


def _stand_in(match: re.Match[str]) -> str:
    code = ord(match[0])
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block: ␀ ␁ …
    if code == 0x7F:
        return "\u2421"  # ␡
    return "\ufffd"


def _json_escape(match: re.Match[str]) -> str:
    code = ord(match[0])
    if code > 0xFFFF:
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"


_JSON_UNSAFE = re.compile("[<>&]|" + _FORBIDDEN.pattern)


def script_json(data: object) -> str:
    """``data`` as JSON to put inside a ``<script>`` element.

    It cannot end the element early, and code points a page may not contain
    are written as escapes, so the data reads back exactly.

    >>> script_json({"a": "</script>\\x85"})
    '{"a":"\\\\u003c/script\\\\u003e\\\\u0085"}'
    """
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return _JSON_UNSAFE.sub(_json_escape, raw)


def text(value: str) -> str:
    """``value`` as HTML text.

    >>> text('<script>alert("x")</script> & \\x07')
    '&lt;script&gt;alert("x")&lt;/script&gt; &amp; ␇'
    >>> text("a\u202eb")
    'a<span class="qf-ctl" title="U+202E">RLO</span>b'
    """
    value = _FORBIDDEN.sub(_stand_in, html.escape(value, quote=False))
    return _BIDI_CHARS.sub(_bidi_shown, value)


def attr(value: str) -> str:
    """``value`` as the content of a double-quoted attribute.

    >>> attr('a "b" <c>')
    'a &quot;b&quot; &lt;c&gt;'
    """
    value = _FORBIDDEN.sub(_stand_in, html.escape(value, quote=True))
    return _BIDI_CHARS.sub(_bidi_named, value)


_VISIBLE = {
    " ": "␣",
    "\u00a0": "⍽",
    "\u202f": "⍽",
    "\u2009": "␣",
    "\t": "⇥",
    "\n": "↵",
}
_NAMES = {
    " ": "space",
    "\u00a0": "no-break space",
    "\u202f": "narrow no-break space",
    "\u2009": "thin space",
    "\t": "tab",
    "\n": "line break",
}


def shown(value: str) -> str:
    """A short repair operand with its spaces made visible (``∅``: nothing).

    >>> shown(" ”"), shown("")
    ('␣”', '∅')
    """
    if not value:
        return "∅"
    if len(value) > 40:
        value = value[:18] + "…" + value[-18:]
    return "".join(_VISIBLE.get(char, char) for char in value)


def described(value: str) -> str:
    """A repair operand in words, for titles and screen readers.

    >>> described("\\u00a0»"), described("")
    ('no-break space + “»”', 'nothing')
    """
    if not value:
        return "nothing"
    if len(value) > 40:
        return f"“{value[:18]}…{value[-18:]}”"
    parts: list[str] = []
    run = ""
    for char in value:
        if char in _NAMES:
            if run:
                parts.append(f"“{run}”")
                run = ""
            parts.append(_NAMES[char])
        else:
            run += char
    if run:
        parts.append(f"“{run}”")
    return " + ".join(parts)
