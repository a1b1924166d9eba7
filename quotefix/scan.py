"""Find quotation marks, decide each one's role from its context, and pair them.

Pure: text in, an :class:`Analysis` out; no rules, no edits. A mark's role
(opener, closer, prime) is chosen for the whole document at once by dynamic
programming over the marks of the double family: each possible role has a cost
taken from the mark's surroundings (a mark after a space and before a word
looks like an opener) and, more weakly, from its glyph as the source language
uses it (machine translation picks glyphs wrongly, so the glyph is only a
tie-breaker). The cheapest well-nested assignment wins, and a mark whose role
differs between equally cheap assignments is *ambiguous*: its repair is never
safe. The work is linear in the number of marks.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache

import regex

from .locales import LANGUAGES
from .marks import DOUBLE_MARKS, HINTS_DEFAULT, LINE_BREAKS, SPACES

# Plain character classes: the standard library scans them twice as fast.
_DOUBLE = re.compile('["“”„‟«»]')
_SINGLE = re.compile("[‹›‚‛'‘’]")
_CLEAR_SINGLE = re.compile("[‹›‚]")
# ’90s, ’68: an elided century, not a quotation starting with a number (‘10,000 …’).
_DECADE = re.compile(r"\d\d(?:s\b|(?![\d,.]\d)(?!\d))")
_BLANK_LINE = re.compile(r"\n[ \t\u00a0\u202f]*\n")
_LINE = re.compile(r"\n")
_FEET_INCHES = regex.compile(r"\d\s?['’′]\s?\d{1,2}(?:[.,]\d+)?\s?$")
_ALL_MARKS = "\"'“”„‟«»‹›‘’‚‛"
_OPEN_CONTEXT = "([{<—–‐‑‒―-/¿¡"
_CLOSE_CONTEXT = ".,;:!?)]}>—–‐‑‒―-/…"
_SENTENCE_PUNCT = ".,;:!?…"
_BREAKS = SPACES + LINE_BREAKS
# Identical adjacent marks that no convention uses as an empty pair: ““ is
# always one opener typed twice (”” is an empty pair in Swedish, "" anywhere).
_ALWAYS_DOUBLED = "“„«‟"

# Costs of the pairing model (integers, so ties are exact).
STRONG = 4  # a mark after a space and before a word is an opener, and vice versa
WEAK = 2  # a spaced mark before punctuation (French ``attacks ».``) closes
UNCLOSED = 6  # per quotation level left open at a paragraph end
STRAY = 6  # a closer with nothing to close
CARRY = 3  # per level carried into the next paragraph without reopening
NEST = 3  # a double quotation inside a double quotation is rare
INF = 1 << 40



class Role(Enum):
    """What a double-family mark does in its text."""

    OPEN = "open"
    CLOSE = "close"
    REOPEN = "reopen"  # English: reopens at a new paragraph a quotation still open
    PRIME = "prime"  # an inch or second mark after a number (5' 11")
    STRAY = "stray"  # a closer with nothing to close


class Boundary(Enum):
    """What happens to open quotations at a paragraph break."""

    RESET = "reset"  # they are unclosed; the next paragraph starts at depth 0
    CARRY = "carry"  # they run on into the next paragraph without reopening (QF109)
    CONTINUE = "continue"  # the next paragraph starts with the English reopener


OPEN, CLOSE, REOPEN, PRIME, STRAY_CLOSE = Role.OPEN, Role.CLOSE, Role.REOPEN, Role.PRIME, Role.STRAY


@dataclass(slots=True)
class Mark:
    """A double-family mark (possibly standing for a run of identical ones)."""

    pos: int
    char: str
    block: int
    starts_block: bool
    evidence: int
    hint: int
    prime_cost: int | None
    duplicates: tuple[int, ...] = ()
    role: Role = Role.STRAY  # set by the solver
    certain: bool = True

    def cost(self, role: Role) -> int:
        """What reading the mark as ``role`` costs: the evidence and hint against it."""
        ev, hint = self.evidence, self.hint
        if role in (OPEN, REOPEN):
            return (-ev if ev < 0 else 0) + (-hint if hint < 0 else 0)
        return (ev if ev > 0 else 0) + (hint if hint > 0 else 0)


@dataclass(slots=True)
class Pair:
    """An opener and its closer (and English paragraph reopeners in between)."""

    open: int  # text offsets
    close: int
    open_char: str
    close_char: str
    level: int
    certain: bool
    crossed: bool = False  # runs across a paragraph break without reopening
    reopens: tuple[int, ...] = ()  # a tuple: one object fewer for the collector per pair
    parent: Pair | None = None  # for single pairs: the double quotation around them


@dataclass(slots=True)
class Analysis:
    """Every quotation mark of a text, its role, and the quotations they make.

    ``pairs`` are the quotations of both families, sorted by opening offset,
    each with its nesting level; ``unclosed`` the openers never closed in
    their paragraph, ``strays`` the closers with nothing to close,
    ``doubled`` the marks standing for a run of identical glyphs (``““``).
    ``marks`` are the double-family marks with their roles; ``blocks`` the
    start offsets of the paragraphs.
    """

    text: str
    pairs: list[Pair]
    unclosed: list[Mark]
    strays: list[Mark]
    doubled: list[Mark]  # marks standing for a run of identical glyphs
    marks: list[Mark]
    # Where the run of identical glyphs starting at a mark ends (doubled marks only).
    run_ends: dict[int, int] = field(default_factory=dict)
    blocks: list[int] = field(default_factory=list)

    def run_end(self, pos: int) -> int:
        """The offset after the mark at ``pos``, or after its doubled run (``““``)."""
        return self.run_ends.get(pos, pos + 1)

    def paragraph_span(self, pos: int) -> tuple[int, int]:
        """Start and end of the paragraph holding ``pos`` (the end without its separator)."""
        k = bisect_right(self.blocks, pos) - 1
        start = self.blocks[k] if k >= 0 else 0
        if k + 1 < len(self.blocks):
            found = paragraph_separator(self.text).search(self.text, start)
            end = found.start() if found is not None else len(self.text)
        else:
            end = len(self.text)
        return start, end


def blocks(text: str) -> list[int]:
    """Start offsets of the paragraphs.

    Paragraphs are blank-line separated when the text has blank lines,
    otherwise one a line (the shape of most CMS exports).
    """
    return [0] + [m.end() for m in paragraph_separator(text).finditer(text)]


def paragraph_separator(text: str) -> re.Pattern[str]:
    """What separates the paragraphs of ``text``: blank lines if it has any, else newlines."""
    return _BLANK_LINE if _BLANK_LINE.search(text) else _LINE


def source_hints(text: str, source: str | None) -> dict[str, int]:
    """Glyph hints for ``source``; with no source, guess it from the marks used."""
    if source is None and "„" in text:
        source = "de" if text.count("“") >= text.count("”") else "pl"
    return LANGUAGES[source].hints if source is not None else HINTS_DEFAULT


def _left(text: str, pos: int) -> str | None:
    i = pos - 1
    while i >= 0 and text[i] in _ALL_MARKS and pos - i <= 3:
        i -= 1
    return text[i] if i >= 0 else None


def _right(text: str, pos: int) -> str | None:
    i = pos + 1
    n = len(text)
    while i < n and text[i] in _ALL_MARKS and i - pos <= 3:
        i += 1
    return text[i] if i < n else None


_LEFT_CLASS = {**dict.fromkeys(_OPEN_CONTEXT, "open"), **dict.fromkeys(_BREAKS, "space")}
_RIGHT_CLASS = {**dict.fromkeys(_CLOSE_CONTEXT, "close"), **dict.fromkeys(_BREAKS, "space")}
# (what is left of the mark, what is right of it) -> evidence; other pairs say nothing.
_EVIDENCE = {
    ("space", "word"): STRONG,  # “word
    ("open", "word"): STRONG,  # (“word
    ("word", "space"): -STRONG,  # word”
    ("word", "close"): -STRONG,  # word”.
    ("space", "close"): -WEAK,  # French: word ».
    ("open", "space"): WEAK,  # ( “ word
}


def _left_class(ch: str | None) -> str:
    return "space" if ch is None else _LEFT_CLASS.get(ch, "word")


def _right_class(ch: str | None) -> str:
    return "space" if ch is None else _RIGHT_CLASS.get(ch, "word")


def evidence(text: str, pos: int, end: int | None = None) -> int:
    """How much the surroundings say "opener" (positive) or "closer" (negative)."""
    # The nearest characters that are not quotation marks, on each side
    # (_left and _right, inlined: this runs for every mark).
    i = pos - 1
    while i >= 0 and text[i] in _ALL_MARKS and pos - i <= 3:
        i -= 1
    left = _LEFT_CLASS.get(text[i], "word") if i >= 0 else "space"
    last = (end if end is not None else pos + 1) - 1
    j = last + 1
    n = len(text)
    while j < n and text[j] in _ALL_MARKS and j - last <= 3:
        j += 1
    right = _RIGHT_CLASS.get(text[j], "word") if j < n else "space"
    found = _EVIDENCE.get((left, right))
    if found is not None:
        return found
    if left == "space" and right == "space":
        # French spacing on both sides: punctuation before the space means a closer.
        i = pos - 1
        while i >= 0 and text[i] in SPACES:
            i -= 1
        if i >= 0 and text[i] in _SENTENCE_PUNCT:
            return -1
    return 0


def _prime_cost(text: str, pos: int, char: str) -> int | None:
    if pos == 0 or not text[pos - 1].isdigit():
        return None
    if _FEET_INCHES.search(text, max(0, pos - 12), pos):
        return 0
    # A straight mark after a number is an inch mark unless pairing needs it
    # (``the "Vision 2030" plan``): cheaper than an unclosed quotation.
    return 1 if char == '"' else None


def find_double_marks(text: str, block_starts: list[int], hints: dict[str, int]) -> list[Mark]:
    """Every double-family mark, identical adjacent runs (``““``) folded into one."""
    marks: list[Mark] = []
    positions = [m.start() for m in _DOUBLE.finditer(text)]
    i = 0
    n = len(positions)
    block = 0
    blocks_after = len(block_starts) - 1
    while i < n:
        pos = positions[i]
        char = text[pos]
        j = i
        while j + 1 < n and positions[j + 1] == positions[j] + 1 and text[positions[j + 1]] == char:
            j += 1
        run_end = positions[j] + 1
        if j > i and char not in _ALWAYS_DOUBLED:
            ev = evidence(text, pos, run_end)
            if abs(ev) < STRONG:  # ``""`` between spaces is an empty quote, not a doubled mark
                j = i
                run_end = pos + 1
        while block < blocks_after and block_starts[block + 1] <= pos:  # marks come in order
            block += 1
        start = block_starts[block]
        starts_block = pos - start < 64 and text[start:pos].strip(SPACES) == ""
        prime = _prime_cost(text, pos, char) if pos and text[pos - 1].isdigit() else None
        marks.append(
            Mark(
                pos,
                char,
                block,
                starts_block,
                evidence(text, pos, run_end),
                hints.get(char, 0),
                prime,
                tuple(positions[i + 1 : j + 1]),
            )
        )
        i = j + 1
    return marks


# --- the pairing model -------------------------------------------------------
# A state is depth * 2 + pending, depth 0..MAX_DEPTH; pending means the previous
# paragraph left a quotation open and this paragraph starts with a mark,
# which must then be the English reopener.

MAX_DEPTH = 3
_NSTATES = (MAX_DEPTH + 1) * 2
_STATES = range(_NSTATES)


Move = tuple[int, "Role | Boundary", int, int]  # (state, decision, next state, cost)
Table = tuple[Move, ...]  # every move, from every state


@lru_cache(maxsize=4096)
def _mark_table(
    cost_open: int, cost_close: int, prime_cost: int | None, after_boundary: bool
) -> Table:
    table: list[Move] = []
    for state in _STATES:
        depth, pending = divmod(state, 2)
        if pending:
            # Only the first mark after a paragraph break can reopen.
            if after_boundary:
                table.append((state, REOPEN, depth * 2, cost_open))
            continue
        if depth < MAX_DEPTH:
            table.append((state, OPEN, (depth + 1) * 2, cost_open + NEST * depth))
        if depth > 0:
            table.append((state, CLOSE, (depth - 1) * 2, cost_close))
        else:
            table.append((state, STRAY_CLOSE, 0, cost_close + STRAY))
        if prime_cost is not None:
            table.append((state, PRIME, state, prime_cost))
    return tuple(table)


@lru_cache(maxsize=8)
def _boundary_table(adjacent: bool, starts_block: bool) -> Table:
    table: list[Move] = []
    for state in _STATES:
        depth, pending = divmod(state, 2)
        if pending:
            continue  # a reopener must come first: no paragraph ends before it
        table.append((state, Boundary.RESET, 0, UNCLOSED * depth))
        if adjacent and depth:
            table.append((state, Boundary.CARRY, state, CARRY * depth))
            if starts_block:
                table.append((state, Boundary.CONTINUE, state + 1, 0))
    return tuple(table)


def _events(marks: list[Mark]) -> tuple[list[Mark | None], list[Table]]:
    """The marks and paragraph boundaries (``None``) in order, and their move tables.

    Two flat lists rather than a list of pairs: fewer objects for the
    garbage collector to walk on a long document.
    """
    events: list[Mark | None] = []
    tables: list[Table] = []
    previous: Mark | None = None
    for mark in marks:
        boundary = False
        if previous is not None and mark.block != previous.block:
            boundary = True
            adjacent = mark.block == previous.block + 1
            events.append(None)
            tables.append(_boundary_table(adjacent, mark.starts_block))
        events.append(mark)
        tables.append(_mark_table(mark.cost(OPEN), mark.cost(CLOSE), mark.prime_cost, boundary))
        previous = mark
    return events, tables


def _against_evidence(mark: Mark) -> bool:
    """True when the role goes against clear surroundings with no glyph to back it.

    ``too late, ”she added`` may close (the glyph says so); ``and “they will``
    read as a closer only because the pairing prefers it: a guess.
    """
    if mark.role in (OPEN, REOPEN):
        return mark.evidence <= -STRONG and mark.hint <= 0
    if mark.role in (CLOSE, STRAY_CLOSE):
        return mark.evidence >= STRONG and mark.hint >= 0
    return False


Decision = tuple[Boundary, bool]  # what happened at a paragraph break, and whether it is a guess


def _solve(marks: list[Mark]) -> list[Decision]:
    """Assign roles to ``marks`` in place; return the boundary decisions taken.

    A backward pass gives the cheapest cost from each (event, state) to the
    end; a forward pass follows one cheapest path and, knowing the cheapest
    cost to reach each state, tells which moves lie on *some* cheapest path:
    a mark with more than one such move is ambiguous.
    """
    events, tables = _events(marks)
    n = len(events)
    width = _NSTATES
    # back[i * width + s]: cheapest cost from event i in state s to the end
    # (one flat list: a list per event would be n more objects to track).
    back = [INF] * (width * (n + 1))
    for s in _STATES:
        if s % 2 == 0:
            back[n * width + s] = UNCLOSED * (s // 2)
    for i in range(n - 1, -1, -1):
        base = i * width
        nxt = base + width
        for s, _name, s2, cost in tables[i]:
            total = cost + back[nxt + s2]
            if total < back[base + s]:
                back[base + s] = total
    total = back[0]
    fwd = [INF] * _NSTATES
    fwd[0] = 0
    state = 0
    decisions: list[Decision] = []
    for i, mark in enumerate(events):
        table = tables[i]
        nxt = (i + 1) * width
        seen: tuple[Role | Boundary, int] | None = None  # one (move, depth) on a cheapest path
        alternatives = False  # and another one, different
        new_fwd = [INF] * _NSTATES
        chosen: tuple[Role | Boundary, int] | None = None
        for s, name, s2, cost in table:
            here = fwd[s]
            if here >= INF:
                continue
            reach = here + cost
            if reach + back[nxt + s2] == total:
                option = (name, s >> 1)
                if seen is None:
                    seen = option
                elif option != seen:
                    alternatives = True
                if s == state and chosen is None:
                    chosen = (name, s2)
            if reach < new_fwd[s2]:
                new_fwd[s2] = reach
        assert chosen is not None
        move = chosen[0]
        if mark is not None:
            assert isinstance(move, Role)
            mark.role = move
            mark.certain = not alternatives and not _against_evidence(mark)
        else:
            assert isinstance(move, Boundary)
            decisions.append((move, alternatives))
        fwd = new_fwd
        state = chosen[1]
    return decisions


def _simple_roles(group: list[Mark]) -> bool:
    """Assign roles to a paragraph whose marks leave no doubt; report success.

    Every mark must sit clearly before a word (opener) or after one (closer),
    its glyph must not point the other way, and the quotations must balance
    without nesting. Such a paragraph costs nothing under the model, and any
    other reading costs more, so the general solver would agree.
    """
    depth = 0
    for mark in group:
        if mark.prime_cost is not None:
            return False
        ev = mark.evidence
        if ev == STRONG and mark.hint >= 0 and depth == 0:
            depth = 1
        elif ev == -STRONG and mark.hint <= 0 and depth == 1:
            depth = 0
        else:
            return False
    if depth:
        return False
    for mark in group:
        mark.certain = True
        mark.role = OPEN if mark.evidence > 0 else CLOSE
    return True


def _solve_all(marks: list[Mark]) -> list[Decision]:
    """Roles for every mark; returns the decision taken before each mark's paragraph."""
    decisions: list[Decision] = [(Boundary.RESET, False)] * len(marks)
    pending: list[int] = []  # indices of the chunk waiting for the general solver
    k = 0
    n = len(marks)
    previous_fast = True
    while k < n:
        j = k
        block = marks[k].block
        while j < n and marks[j].block == block:
            j += 1
        group = marks[k:j]
        coupled = (
            k > 0
            and group[0].starts_block
            and marks[k - 1].block == block - 1
            and not previous_fast
        )
        if not coupled and _simple_roles(group):
            if pending:
                _flush(marks, pending, decisions)
                pending = []
            previous_fast = True
        else:
            pending.extend(range(k, j))
            previous_fast = False
        k = j
    if pending:
        _flush(marks, pending, decisions)
    return decisions


def _flush(marks: list[Mark], indices: list[int], decisions: list[Decision]) -> None:
    chunk = [marks[i] for i in indices]
    chunk_decisions = iter(_solve(chunk))
    for position, i in enumerate(indices):
        if position > 0 and marks[i].block != marks[indices[position - 1]].block:
            decisions[i] = next(chunk_decisions)


@dataclass(slots=True)
class _Open:
    """A quotation opened and not yet closed while pairs are built."""

    mark: Mark
    crossed: bool = False
    reopens: list[Mark] = field(default_factory=list)
    inside: list[Pair] = field(default_factory=list)  # pairs closed within it


def _give_up(stack: list[_Open], unclosed: list[Mark]) -> None:
    """Openers left on the stack are unclosed; what they enclose was read as
    nested only on their account, so it is a guess."""
    for entry in stack:
        unclosed.append(entry.mark)
        for pair in entry.inside:
            pair.certain = False
    stack.clear()


def pair_double_marks(marks: list[Mark]) -> tuple[list[Pair], list[Mark], list[Mark]]:
    """Solve the roles of ``marks`` and build pairs, unclosed openers and strays.

    Levels are set later, from the nesting of pairs of both families.
    """
    if not marks:
        return [], [], []
    decisions = _solve_all(marks)
    pairs: list[Pair] = []
    unclosed: list[Mark] = []
    strays: list[Mark] = []
    stack: list[_Open] = []
    previous: Mark | None = None
    for index, mark in enumerate(marks):
        if previous is not None and mark.block != previous.block:
            decision, ambiguous = decisions[index]
            if decision is Boundary.RESET:
                _give_up(stack, unclosed)
            elif decision is Boundary.CARRY:
                for entry in stack:
                    entry.crossed = True
            if ambiguous:
                for entry in stack:
                    entry.mark.certain = False
        previous = mark
        role = mark.role
        if role == OPEN:
            stack.append(_Open(mark))
        elif role == REOPEN:
            stack[-1].reopens.append(mark)
        elif role == CLOSE:
            entry = stack.pop()
            opener = entry.mark
            certain = opener.certain and mark.certain and all(r.certain for r in entry.reopens)
            pair = Pair(
                open=opener.pos,
                close=mark.pos,
                open_char=opener.char,
                close_char=mark.char,
                level=1,
                certain=certain,
                crossed=entry.crossed,
                reopens=tuple(r.pos for r in entry.reopens),
            )
            pairs.append(pair)
            for outer in stack:
                outer.inside.append(pair)
        elif role == STRAY_CLOSE:
            strays.append(mark)
    _give_up(stack, unclosed)
    pairs.sort(key=lambda p: p.open)
    return pairs, unclosed, strays


# --- single marks --------------------------------------------------------------
# ’ and ' are apostrophes far more often than quotes, so single marks are
# paired only where a quotation is expected: inside a double quotation, as
# guillemets ‹ ›, and at the top level where the target's primary marks are
# single (en-GB). A single opener with one possible closer is certain; with
# several (``‘the troops’ lack,’``) the pairing is a guess.

_SINGLE_OPENERS = "‘‚‹'‛"
_SINGLE_CLOSERS = "’‘›'"
_CLEAR_SINGLES = "‹›‚"


def _single_role(text: str, pos: int) -> Role | None:
    """``Role.OPEN``, ``Role.CLOSE`` or None (apostrophe, prime, or no clear position)."""
    char = text[pos]
    before = text[pos - 1] if pos > 0 else ""
    after = text[pos + 1] if pos + 1 < len(text) else ""
    if after == "n" and text[pos + 2 : pos + 3] == char:  # rock ’n’ roll
        return None
    if before == "n" and pos >= 2 and text[pos - 2] == char:
        return None
    if before.isdigit() and (
        after.isdigit() or (after in SPACES and text[pos + 2 : pos + 3].isdigit())
    ):
        return None  # 5' 11"
    left = _left_class(_left(text, pos))
    right = _right_class(_right(text, pos))
    if char in "‹‘" and left in ("space", "open") and right == "space":  # ‹ word ›
        return OPEN
    if char in "›’" and left == "space" and right in ("space", "close"):
        return CLOSE
    if before in DOUBLE_MARKS and before not in "»":
        left = "open" if right == "word" else left
    if left in ("space", "open") and right == "word":
        if char not in _SINGLE_OPENERS:  # ’tis
            return None
        # '90s, ‘90s: an elided century, unless a quotation starts with a number.
        decade = _DECADE.match(text, pos + 1)
        if decade and (char == "'" or decade.group().endswith("s")):
            return None
        return OPEN
    if left == "word" and right in ("space", "close") and char in _SINGLE_CLOSERS:
        return CLOSE
    if left == "word" and after in DOUBLE_MARKS and char in _SINGLE_CLOSERS:
        return CLOSE
    return None


def pair_single_marks(
    text: str, block_starts: list[int], doubles: list[Pair], top_level: bool
) -> list[Pair]:
    """Pair single marks inside double quotations (and at the top level if asked).

    Levels and the certainty inherited from the quotation around are set
    afterwards, by :func:`_assign_levels`.
    """
    if not (doubles or top_level or "‹" in text or "›" in text or "‚" in text):
        return []
    last = len(text) - 1
    if top_level:
        spans = [(0, len(text))]
    else:
        # Only inside double quotations (apostrophes fill the rest of the text),
        # and wherever single guillemets stand.
        spans = []
        reach = -1
        for pair in doubles:  # sorted by opening offset
            if pair.open > reach:
                spans.append((pair.open + 1, pair.close))
                reach = pair.close
            elif pair.close > reach:  # crossed pairs may overlap others
                spans.append((reach, pair.close))
                reach = pair.close
        spans += [(m.start(), m.end()) for m in _CLEAR_SINGLE.finditer(text)]
        spans.sort()
    candidates = sorted(
        {
            pos
            for start, end in spans
            for pos in (m.start() for m in _SINGLE.finditer(text, start, end))
            # Between two letters it is an apostrophe: Putin’s, aujourd’hui.
            if not (0 < pos < last and text[pos - 1].isalpha() and text[pos + 1].isalpha())
        }
    )
    if not candidates:
        return []
    # Innermost enclosing double pair of each candidate, by a sweep.
    bounds = sorted(
        [(p.open, 0, k) for k, p in enumerate(doubles)]
        + [(p.close, 1, k) for k, p in enumerate(doubles)]
    )
    groups: dict[object, list[int]] = {}
    stack: list[int] = []
    b = 0
    for pos in candidates:
        while b < len(bounds) and bounds[b][0] < pos:
            _at, kind, k = bounds[b]
            if kind == 0:
                stack.append(k)
            elif k in stack:
                stack.remove(k)
            b += 1
        if stack:
            key: object = stack[-1]
        elif top_level or text[pos] in _CLEAR_SINGLES:
            key = ("block", bisect_right(block_starts, pos) - 1)
        else:
            continue
        groups.setdefault(key, []).append(pos)
    pairs: list[Pair] = []
    for key, positions in groups.items():
        container = doubles[key] if isinstance(key, int) else None
        roles = [(pos, _single_role(text, pos)) for pos in positions]
        i = 0
        while i < len(roles):
            pos, role = roles[i]
            if role != OPEN:
                i += 1
                continue
            closers = []
            j = i + 1
            while j < len(roles) and roles[j][1] != OPEN:
                if roles[j][1] == CLOSE:
                    closers.append(j)
                j += 1
            if not closers:
                i = j
                continue
            pick = next(
                (
                    c
                    for c in closers
                    if _right_class(_right(text, roles[c][0])) == "close"
                    or (roles[c][0] + 1 < len(text) and text[roles[c][0] + 1] in DOUBLE_MARKS)
                ),
                closers[-1],
            )
            close = roles[pick][0]
            certain = len(closers) == 1  # several candidates: the pick is a guess
            pairs.append(Pair(pos, close, text[pos], text[close], 1, certain, parent=container))
            i = pick + 1
    return pairs


def _assign_levels(pairs: list[Pair]) -> None:
    """Nesting level of every pair, counting enclosing pairs of both families.

    Levels alternate primary/secondary; a pair whose enclosing pair is a guess
    has a guessed level too.
    """
    stack: list[Pair] = []
    for pair in pairs:  # sorted by opening offset
        while stack and stack[-1].close < pair.open:
            stack.pop()
        if stack and pair.close < stack[-1].close:
            parent = stack[-1]
            pair.level = parent.level + 1
            pair.certain = pair.certain and parent.certain
        else:
            pair.level = 1
        stack.append(pair)


def analyse(text: str, source: str | None, single_primary: bool = False) -> Analysis:
    """Find and pair every quotation mark of ``text``.

    ``single_primary`` says the target quotes with single marks first (en-GB),
    so top-level single quotations matter for nesting.
    """
    block_starts = blocks(text)
    hints = source_hints(text, source)
    marks = find_double_marks(text, block_starts, hints)
    pairs, unclosed, strays = pair_double_marks(marks)
    singles = pair_single_marks(text, block_starts, pairs, single_primary)
    doubled = [m for m in marks if m.duplicates]
    all_pairs = sorted(pairs + singles, key=lambda p: p.open)
    _assign_levels(all_pairs)
    run_ends = {m.pos: m.pos + 1 + len(m.duplicates) for m in doubled}
    return Analysis(text, all_pairs, unclosed, strays, doubled, marks, run_ends, block_starts)
