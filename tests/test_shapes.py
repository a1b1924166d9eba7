"""Linear time on adversarial input (property 6 of ``test_properties.py``), shape by shape.

Each shape of ``tests/adversarial.py`` once took quadratic time somewhere
between reading the file and reporting it (``'](' * N``: 34 s at 40 KB). Here
each runs at 1x and 8x its size, the way ``quotefix check FILE`` runs it, and
must cost well under 64x (quadratic) — about 8x. The reporters and the diff are
held to the same on a line full of findings. QF4xx (untranslated text) has
shape tests of its own and is left out, so a slow shape here points at a
reader, the quote engine, typography or boilerplate; boilerplate shapes run
only QF5xx, so that its share of the time shows.
"""

from __future__ import annotations

import pytest
from adversarial import SHAPES, assert_linear

from quotefix import Options
from quotefix.formats import parse
from quotefix.report import REPORTERS, ReportContext
from quotefix.runner import FileResult, Task, check_document, process

OPTIONS = Options(select=("QF1", "QF2", "QF3", "QF5"))


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_reading_and_checking_grow_linearly(name: str) -> None:
    shape = SHAPES[name]
    options = Options(select=shape.select)
    assert_linear(lambda text: check_document(parse(text, shape.format), options), shape.build,
                  name)


def _findings_on_one_line(size: int) -> str:
    return "He said ” a » and “ b ”, " * max(1, size // 26)


@pytest.mark.parametrize("output_format", sorted(REPORTERS))
def test_reporters_grow_linearly(output_format: str) -> None:
    reporter = REPORTERS[output_format]

    def report(text: str) -> str:
        findings = tuple(check_document(parse(text, "plain"), OPTIONS))
        return reporter([FileResult("a.txt", "plain", text, findings)], ReportContext("check"))

    assert_linear(report, _findings_on_one_line, output_format)


@pytest.mark.parametrize("lines", [False, True])
def test_diff_grows_linearly(lines: bool) -> None:
    def diff(text: str) -> str:
        data = (text.replace(", ", ",\n") if lines else text).encode()
        return process(Task("-", "a.txt", "plain", OPTIONS, "diff", data)).diff

    assert_linear(diff, _findings_on_one_line, "diff")
