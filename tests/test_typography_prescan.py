"""The QF3xx rules skipped by the prescan find nothing: what they would find is found.

``rules/prescan.py`` lets a rule run only where the text holds the characters
its pattern needs. Here every rule is also run without that shortcut, on the
labelled data and on generated text made of the characters the rules look
at, and both must give the same findings.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from quotefix.model import Finding
from quotefix.options import resolve
from quotefix.rules import RULES_BY_CODE, dialogue, mtspacing, typography
from quotefix.rules.context import RuleContext
from quotefix.rules.prescan import SPACED_MARKS

DATA = Path(__file__).parent / "data"
EVERY_MARK = frozenset(SPACED_MARKS)


def _plain(ctx: RuleContext) -> Iterator[Finding]:
    """typography.findings for an English target, every rule run whatever the text holds."""
    yield from typography._space_before(ctx)
    yield from typography._decimal_comma(ctx)
    yield from typography._thousands(ctx)
    yield from typography._times(ctx)
    yield from typography._ordinals(ctx)
    yield from typography._honorifics(ctx)
    yield from mtspacing.findings(ctx, EVERY_MARK)
    found = list(dialogue.findings(ctx, EVERY_MARK))
    paragraph = list(dialogue._paragraph_dashes(ctx))
    yield from [f for f in found if f not in paragraph] + paragraph


def _key(found: Finding) -> tuple[object, ...]:
    return (found.code, found.start, found.end, found.message, found.fix)


def _same(text: str) -> None:
    ctx = RuleContext(text, resolve(None, {"select": ["QF301", "QF302", "QF303", "QF304",
                                                      "QF305", "QF306", "QF308", "QF312"]}),
                      RULES_BY_CODE)
    assert sorted(map(_key, typography.findings(ctx))) == sorted(map(_key, _plain(ctx))), text


def test_prescan_skips_no_finding_on_the_labelled_data() -> None:
    paths = [*DATA.glob("quotes/*.jsonl"), *DATA.glob("fragments/*"), *DATA.glob("*.txt")]
    texts = [line for path in sorted(paths) if path.is_file()
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(texts) > 500
    for text in texts:
        _same(text)


# The characters the QF3xx patterns look at, and a few words around them.
_PIECES = st.sampled_from([
    *"0123456789²½,.;:!?%()[]{}-–—―°ºherèIVXLCMnN'’”“»«\"`&",
    " ", " ", "\u00a0", "\u202f", "\t", "\n", "\n\n", "Mme ", "M. ", "Mlle ", "XIXe ", "1er ",
    "14h30", "14 h 30", "05: 00am", "2,5", "10 000", "n° 5", " said the minister", "he added",
    "Dupont", "siècle", " – ", "“We are ready – he said – and", "Paris",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_prescan_skips_no_finding_on_generated_text(text: str) -> None:
    _same(text)


def test_recorded_moses_attach_sets_are_sacremoses_own() -> None:
    from sacremoses.tokenize import MosesDetokenizer

    left = "".join(c for c in ",.;:!?%)]}" if MosesDetokenizer.IS_PUNCT.search(c)
                   and c not in ";:!?%")
    right = "".join(c for c in "([{" if MosesDetokenizer.IS_CURRENCY_SYMBOL.search(c))
    assert mtspacing.attach_sets() == (left, right)
