"""Adversarial input shapes and a helper that tells linear from superlinear growth.

Each :class:`Shape` is one piece of markup or boilerplate repeated to any
size: the shapes that once made a reader or a rule scan the rest of the file
again for every repetition (``'](' * N`` in Markdown, ``'<a ' * N`` in HTML,
``'>> a\\n' * N`` in plain text…). ``tests/test_shapes.py`` checks each grows
linearly and ``benchmarks/adversarial.py`` prints their timings.

Timing rule (the project's habit): never a wall-clock limit, always the ratio
between 1x and 8x the input, each the best of several runs, with the base grown
until one run takes long enough to time.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Shape:
    format: str  # plain, markdown or html
    unit: str  # repeated to the wanted size
    head: str = ""  # written once before the repetitions
    tail: str = "x"  # written once after them
    # Rule families the shape test runs (QF4xx has shape tests of its own). Shapes that
    # stress one family run only it, so its share of the time is not drowned.
    select: tuple[str, ...] = ("QF1", "QF2", "QF3", "QF5")

    def build(self, size: int) -> str:
        """About ``size`` characters of this shape."""
        return self.head + self.unit * max(1, size // len(self.unit)) + self.tail


BOILERPLATE = ("QF5",)

SHAPES: dict[str, Shape] = {
    # Markdown: link destinations and titles that never close.
    "md-link-unclosed": Shape("markdown", "]("),
    "md-link-angle-unclosed": Shape("markdown", "](<"),
    "md-link-title-unclosed": Shape("markdown", '](a "'),
    "md-link-title-next-line": Shape("markdown", '[a](b\n"c\n'),
    "md-brackets": Shape("markdown", "[a]["),
    "md-images": Shape("markdown", "![a]("),
    # Markdown: heading with trailing spaces or hashes, table rule on a space run.
    "md-heading-spaces": Shape("markdown", " ", head="# a", tail="x"),
    "md-heading-space-hashes": Shape("markdown", " #", head="# a", tail=" x"),
    "md-table-rule-spaces": Shape("markdown", " ", head="|", tail="x"),
    "md-table-rule-dashes": Shape("markdown", "| - ", tail=" x"),
    # Markdown: raw HTML and code that never close.
    "md-tag-unclosed": Shape("markdown", "<a "),
    "md-tag-unclosed-quoted": Shape("markdown", '<a b="'),
    "md-tag-next-line": Shape("markdown", "<a\n"),
    "md-code-unclosed": Shape("markdown", "``a`"),
    "md-code-lines": Shape("markdown", "`a\n"),
    "md-comments": Shape("markdown", "<!---->"),
    "md-comment-unclosed": Shape("markdown", "<!-- a\n"),
    "md-html-blocks": Shape("markdown", "<div>\n\n"),
    "md-emphasis": Shape("markdown", "*a_"),
    "md-quotes-lists": Shape("markdown", "> - “a” b\n"),
    # HTML: tags and quoted attributes that never close.
    "html-tag-unclosed": Shape("html", "<a "),
    "html-tag-unclosed-quoted": Shape("html", '<a b="'),
    "html-attributes": Shape("html", "<a b='x' "),
    "html-processing": Shape("html", "<?a "),
    "html-declarations": Shape("html", "<!a "),
    "html-raw-unclosed": Shape("html", "<script>"),
    "html-entities": Shape("html", "&a"),
    # Plain text: boilerplate blocks, notes and leads.
    "plain-arrow-teasers": Shape("plain", ">> a\n", select=BOILERPLATE),
    "plain-read-also": Shape("plain", "READ ALSO: a\n", select=BOILERPLATE),
    "plain-advertisement": Shape("plain", "Advertisement\n", select=BOILERPLATE),
    "plain-notes": Shape("plain", "READ ALSO: a\n(NDLR) b\n", select=BOILERPLATE),
    "plain-space-run": Shape("plain", " ", select=BOILERPLATE),
    "plain-dash-run": Shape("plain", "-", select=BOILERPLATE),
    "plain-spaced-bullets": Shape("plain", "- ", select=BOILERPLATE),
    "plain-directives": Shape("plain", "# quotefix: ignore QF101\na\n"),
    # Plain text without a blank line: a paragraph per line, each with a quotation
    # left open, whose closer guess once searched the rest of the text for its end.
    "plain-open-quotes-per-line": Shape("plain", "w “\nw the deal ’ said\n", select=("QF1",)),
    # The line classifier: kickers, lists, label words, rows, tails, all on one
    # line or on many.
    "plain-kickers": Shape("plain", "VIDEO. A\n", select=BOILERPLATE),
    "plain-caps-run": Shape("plain", "VIDEO ", select=BOILERPLATE),
    "plain-headline-list": Shape("plain", "MORE NEWS\n• A b\n• C d\n", select=BOILERPLATE),
    "plain-list-items": Shape("plain", "• A b\n", select=BOILERPLATE),
    "plain-label-words": Shape("plain", "read also listen share ", select=BOILERPLATE),
    "plain-social-row": Shape("plain", "WhatsApp Facebook ", select=BOILERPLATE),
    "plain-tail-credits": Shape("plain", "A b. Photo: C / D ", select=BOILERPLATE),
    "plain-glued-labels": Shape("plain", "READ ALSOA", select=BOILERPLATE),
    "plain-wire-headers": Shape("plain", "Courier, 14/11 08:42\n", select=BOILERPLATE),
    # One long word of digits or capitals in a row of items: a price, a score or a
    # pager is never looked for from every position of it.
    "plain-digit-run": Shape("plain", "1", tail=" | 2 | 3", select=BOILERPLATE),
    "plain-caps-word-items": Shape("plain", "A", tail=" | B | C", select=BOILERPLATE),
    # Plain text: one long line full of apostrophes in a typographic document, each
    # once read by scanning its line for a quotation it might open or close (QF206, QF207).
    "plain-plural-possessives": Shape("plain", "the dogs' bones “x” ", select=("QF2",)),
    "plain-leading-elisions": Shape("plain", "'em all “x” ", select=("QF2",)),
    "plain-feet": Shape("plain", "“x” 5' tall ", select=("QF2",)),
    "plain-low-single-closers": Shape("plain", "‚a‘ b‘ “c” ", select=("QF2",)),
    # Plain text: MT spacing among code spans and addresses, each space once checked
    # against every protected span (QF308, QF301, QF311).
    "plain-code-spans-spaced-commas": Shape("plain", "`a` , ", select=("QF3",)),
    "plain-addresses-spaced-commas": Shape("plain", "http://a.b , ", select=("QF3",)),
    # Plain text: dialogue dashes (QF312), each once looked at for an attribution after
    # it, a second dash inside its quotation, or a comma on its line.
    "plain-dashes-after-closers": Shape("plain", ",” – ” - ", select=("QF3",)),
    "plain-dash-interruptions": Shape("plain", "“a – he said – b ", select=("QF3",)),
    "plain-dashes-and-spaces": Shape("plain", " –   — ,” ", select=("QF3",)),
    "plain-paragraph-dashes": Shape("plain", "– a, b, c, he said\n", select=("QF3",)),
    "plain-paragraph-dash-line": Shape("plain", "a, the b c, ", head="– ", select=("QF3",)),
    # Plain text, leftovers (QF4xx): a run of the source language's own function words
    # inside a quotation, each once asked whether the span starts in English by asking
    # the word after it (recursion as deep as the run); a quotation opened by a single
    # straight quote before many plurals' apostrophes, each once looked back for it.
    "plain-own-function-words": Shape("plain", "le ", head="He said 'Nous ", tail="x.",
                                      select=("QF4",)),
    "plain-single-quote-plurals": Shape("plain", "the farmers' union ",
                                        head="'Bonjour' said the sign, and ",
                                        select=("QF4",)),
}


def best_time(function: Callable[[], object], runs: int = 5) -> float:
    """Best of ``runs`` timings, in seconds of this process's CPU time.

    CPU time, not wall time: what other processes on a busy machine do does
    not count, and the operations timed here run in this process only. The
    cyclic garbage collector is paused while a run is timed: its passes cost in
    proportion to everything the test process holds (far more late in a full
    suite than alone), not to the work timed, and made the larger input of a
    pair look superlinear.
    """
    best = float("inf")
    enabled = gc.isenabled()
    gc.collect()  # once: late in a full suite one collection takes a good part of a second
    gc.disable()
    try:
        for _ in range(runs):
            start = time.process_time()
            function()
            best = min(best, time.process_time() - start)
    finally:
        if enabled:
            gc.enable()
    return best


def growth(
    operation: Callable[[str], object],
    build: Callable[[int], str],
    *,
    start: int = 2000,
    floor: float = 0.01,
    ceiling: int = 400_000,
    runs: int = 5,
) -> tuple[float, int]:
    """How much longer ``operation`` takes on 8x the input: (ratio, base size).

    The base size doubles from ``start`` until one run takes ``floor`` seconds
    (or the input reaches ``ceiling`` characters), so the ratio is not made of
    timer noise. Linear work gives about 8, quadratic work about 64.
    """
    size = start
    while True:
        text = build(size)
        base = best_time(lambda text=text: operation(text), runs)  # type: ignore[misc]
        if base >= floor or size * 8 >= ceiling:
            break
        size *= 2
    large_text = build(size * 8)
    large = best_time(lambda: operation(large_text), max(2, runs // 2))
    return large / max(base, 1e-9), size


def assert_linear(
    operation: Callable[[str], object],
    build: Callable[[int], str],
    label: str,
    *,
    limit: float = 20.0,
    **options: float,
) -> None:
    """Fail if 8x the input costs ``limit`` times as much or more (linear: 8).

    A first ratio over the limit is measured again with more runs before the
    test fails: on a busy machine one slow run is noise, a quadratic is not.
    """
    ratio, size = growth(operation, build, **options)  # type: ignore[arg-type]
    if ratio >= limit:
        retry = {**options, "runs": 9}  # more runs, whatever the caller's first count
        ratio, size = growth(operation, build, **retry)  # type: ignore[arg-type]
    assert ratio < limit, f"{label}: 8x the input ({8 * size} chars) took {ratio:.1f}x as long"
