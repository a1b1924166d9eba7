"""The rule pages (``rule_docs/*.md``, shipped in the package) as HTML for the review page.

Only the Markdown the rule pages use is understood: headings, paragraphs,
fenced code, lists, code spans, emphasis and links (kept as text: the page
must work offline, and the links point to other pages of the documentation).
Everything is escaped first, so a page can never inject markup.
"""

from __future__ import annotations

import re
from importlib import resources

from ..rules import Rule
from .markup import text

_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_STRONG = re.compile(r"\*\*(.+?)\*\*")
_EM = re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?!\w)")


def page_text(code: str) -> str | None:
    """The Markdown of a rule's page, or None when the package has none."""
    page = resources.files("quotefix").joinpath("rule_docs").joinpath(f"{code}.md")
    try:
        return page.read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError):
        return None


def inline(value: str) -> str:
    """One line of Markdown prose as HTML.

    >>> inline("a `<b>` and [c](d.md) and **e**")
    'a <code>&lt;b&gt;</code> and c and <strong>e</strong>'
    """
    parts = value.split("`")
    out = []
    for k, part in enumerate(parts):
        if k % 2 and k < len(parts) - 1:
            out.append(f"<code>{text(part)}</code>")
            continue
        piece = text(part if k % 2 == 0 else "`" + part)
        piece = _LINK.sub(r"\1", piece)
        piece = _STRONG.sub(r"<strong>\1</strong>", piece)
        out.append(_EM.sub(r"<em>\1</em>", piece))
    return "".join(out)


def to_html(markdown: str) -> str:
    """A rule page's body (its first heading left out: the page shows its own).

    >>> to_html("# QF1\\n\\nSome *text*.\\n\\n## Example\\n\\n```text\\n<a>\\n```\\n")
    '<p>Some <em>text</em>.</p><h3>Example</h3><pre>&lt;a&gt;</pre>'
    >>> to_html("- one\\n- two\\n  more")
    '<ul><li>one</li><li>two more</li></ul>'
    """
    out: list[str] = []
    lines = markdown.splitlines()
    k = 0
    para: list[str] = []
    items: list[str] = []

    def flush() -> None:
        if para:
            out.append(f"<p>{inline(' '.join(para))}</p>")
            para.clear()
        if items:
            out.append("<ul>" + "".join(f"<li>{inline(i)}</li>" for i in items) + "</ul>")
            items.clear()

    while k < len(lines):
        line = lines[k]
        stripped = line.strip()
        if stripped.startswith("```"):
            flush()
            code = []
            k += 1
            while k < len(lines) and not lines[k].strip().startswith("```"):
                code.append(lines[k])
                k += 1
            out.append(f"<pre>{text(chr(10).join(code))}</pre>")
        elif stripped.startswith("#"):
            flush()
            level = len(stripped) - len(stripped.lstrip("#"))
            if level > 1:  # "##" is a section of the rule: h3 under the page's h2 "Rules"
                tag = f"h{min(level + 1, 6)}"
                out.append(f"<{tag}>{inline(stripped[level:].strip())}</{tag}>")
        elif not stripped:
            flush()
        elif stripped.startswith(("- ", "* ")):
            if para:
                flush()
            items.append(stripped[2:])
        elif items and line.startswith(" "):
            items[-1] += " " + stripped
        else:
            if items:
                flush()
            para.append(stripped)
        k += 1
    flush()
    return "".join(out)


def _safety(rule: Rule) -> str:
    if not rule.fixable:
        return "none (flag only)"
    return "always safe" if rule.always_safe else "safe when the reading is certain"


def rule_section(rule: Rule) -> str:
    """One rule's page as a collapsible section with the ``id`` that code links use."""
    page = page_text(rule.code)
    body = to_html(page) if page else ""
    return (
        f'<details class="qf-rule" id="rule-{rule.code}">'
        f'<summary><span class="qf-rule-title">{rule.code} {text(rule.name)}</span>'
        f" — {text(rule.summary)}</summary>"
        f'<div class="qf-rule-body"><p class="qf-rule-facts">Family: {text(rule.family)}.'
        f" Severity: {rule.severity}. Repair: {_safety(rule)}.</p>{body}</div></details>"
    )
