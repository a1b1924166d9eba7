"""The pairing model: each double-family mark's role, for a whole run of paragraphs at once.

A dynamic program over the marks in order. Its state is how many quotations
are open (the depth, 0 to :data:`MAX_DEPTH`) and whether a reopener is due
(*pending*: the previous paragraph left a quotation open and this one starts
with a mark, which must then be the English reopener). Each mark and each
paragraph break is an *event* with a table of moves; a move goes from a state
to a state at a cost (``costs.py``). The cheapest path through all events
wins; a mark whose move differs between equally cheap paths is *ambiguous*,
and so is a paragraph break. ``docs/design.md`` draws the move table and works
an example through.

Memory: for a long run of paragraphs the backward costs are one 32-bit
integer per (event, state), in an ``array``; marks are read from their
columns; no object is made per event.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable
from enum import Enum
from functools import lru_cache

from .costs import CARRY, INF, NEST, STRAY, STRONG, UNCLOSED
from .double import MarkTable, Role
from .lexical import glued_closer


class Boundary(Enum):
    """What happens to open quotations at a paragraph break."""

    RESET = "reset"  # they are unclosed; the next paragraph starts at depth 0
    CARRY = "carry"  # they run on into the next paragraph without reopening (QF109)
    CONTINUE = "continue"  # the next paragraph starts with the English reopener


#: What the solver decided at a paragraph break, and whether that was a guess.
Decision = tuple[Boundary, bool]
NO_BREAK: Decision = (Boundary.RESET, False)

# A state is depth * 2 + pending.
MAX_DEPTH = 3
NSTATES = (MAX_DEPTH + 1) * 2
STATES = range(NSTATES)
# The most one event can cost (a boundary resetting MAX_DEPTH levels); it
# bounds every total, which decides the width of the cost table.
_MAX_EVENT_COST = UNCLOSED * MAX_DEPTH + STRONG * 4

# A move is (state, decision, next state, cost). The decision is a small int
# in the tables, read in the solver's inner loop: a Role's value for a mark's
# move, or BOUNDARY_CODE + the index of a Boundary for a paragraph break's.
Move = tuple[int, int, int, int]
Table = tuple[Move, ...]  # every move, from every state
BOUNDARIES = tuple(Boundary)
BOUNDARY_CODE = 16
_OPEN, _CLOSE, _REOPEN, _PRIME, _STRAY = (
    Role.OPEN.value,
    Role.CLOSE.value,
    Role.REOPEN.value,
    Role.PRIME.value,
    Role.STRAY.value,
)
_CLOSERS = (_CLOSE, _STRAY)
_OPENERS = (_OPEN, _REOPEN)
_RESET, _CARRY, _CONTINUE = (
    BOUNDARY_CODE + BOUNDARIES.index(b) for b in (Boundary.RESET, Boundary.CARRY, Boundary.CONTINUE)
)


@lru_cache(maxsize=4096)
def mark_table(cost_open: int, cost_close: int, prime_cost: int, after_boundary: bool) -> Table:
    """The moves a mark allows from each state (``prime_cost`` -1: it cannot be a prime)."""
    table: list[Move] = []
    for state in STATES:
        depth, pending = divmod(state, 2)
        if pending:
            # Only the first mark after a paragraph break can reopen.
            if after_boundary:
                table.append((state, _REOPEN, depth * 2, cost_open))
            continue
        if depth < MAX_DEPTH:
            table.append((state, _OPEN, (depth + 1) * 2, cost_open + NEST * depth))
        if depth > 0:
            table.append((state, _CLOSE, (depth - 1) * 2, cost_close))
        else:
            table.append((state, _STRAY, 0, cost_close + STRAY))
        if prime_cost >= 0:
            table.append((state, _PRIME, state, prime_cost))
    return tuple(table)


@lru_cache(maxsize=8)
def boundary_table(adjacent: bool, starts_block: bool) -> Table:
    """The moves a paragraph break allows: reset, carry or (English) continue."""
    table: list[Move] = []
    for state in STATES:
        depth, pending = divmod(state, 2)
        if pending:
            continue  # a reopener must come first: no paragraph ends before it
        table.append((state, _RESET, 0, UNCLOSED * depth))
        if adjacent and depth:
            table.append((state, _CARRY, state, CARRY * depth))
            if starts_block:
                table.append((state, _CONTINUE, state + 1, 0))
    return tuple(table)


#: One backward step: ``step(back, base, inf)`` fills ``back[base + s]`` for every
#: state from the row after it.
Step = Callable[["list[int] | array[int]", int, int], None]


class Moves:
    """An event's moves: all of them, grouped by the state they leave, and its
    backward step compiled into straight-line code on first use by a long chunk."""

    __slots__ = ("by_state", "compiled", "table")

    def __init__(self, table: Table) -> None:
        self.table = table
        self.by_state = tuple(tuple(move for move in table if move[0] == s) for s in STATES)
        self.compiled: Step | None = None

    def compile(self) -> Step:
        self.compiled = _backward_step(self.table)
        return self.compiled


def _backward_step(table: Table) -> Step:
    """The backward pass's work for one move table, as straight-line code.

    The backward pass takes, for every event and state, the cheapest move on;
    in a long chunk (a document dense with marks) looping over the moves'
    tuples was most of the solver's time. A check meets a few dozen distinct
    tables, so each is turned once into a function that adds and compares its
    own constants, with the same result as the loop (strictly cheaper moves
    win; a state with no move keeps ``inf``). Compiling costs more than a
    short chunk's loop, so short chunks keep the loop.
    """
    moves: dict[int, list[tuple[int, int]]] = {}
    for state, _decision, target, cost in table:
        moves.setdefault(state, []).append((target, cost))
    lines = ["def step(back, base, inf):", f"    after = base + {NSTATES}"]
    for target in sorted({target for found in moves.values() for target, _cost in found}):
        lines.append(f"    b{target} = back[after + {target}]")
    for state, found in sorted(moves.items()):
        (target, cost), *others = found
        lines.append(f"    v = {cost} + b{target}")
        for target, cost in others:
            lines.append(f"    w = {cost} + b{target}")
            lines.append("    if w < v:")
            lines.append("        v = w")
        lines.append("    if v < inf:")
        lines.append(f"        back[base + {state}] = v")
    namespace: dict[str, Step] = {}
    exec("\n".join(lines), namespace)  # only integers of the model's own tables
    return namespace["step"]


@lru_cache(maxsize=4096)
def _mark_moves(cost_open: int, cost_close: int, prime_cost: int, after_boundary: bool) -> Moves:
    return Moves(mark_table(cost_open, cost_close, prime_cost, after_boundary))


@lru_cache(maxsize=8)
def _boundary_moves(adjacent: bool, starts_block: bool) -> Moves:
    return Moves(boundary_table(adjacent, starts_block))


def _events(marks: MarkTable, chunk: list[int]) -> tuple[array[int], list[Moves]]:
    """The events of ``chunk`` (mark indices) in order: a mark index, or -1 for a
    paragraph break, and each event's moves."""
    events = array("i")
    tables: list[Moves] = []
    block, starts_block = marks.block, marks.starts_block
    evidence, hint, prime = marks.evidence, marks.hint, marks.prime
    previous = -1
    for i in chunk:
        boundary = False
        if previous >= 0 and block[i] != block[previous]:
            boundary = True
            events.append(-1)
            adjacent = block[i] == block[previous] + 1
            tables.append(_boundary_moves(adjacent, bool(starts_block[i])))
        events.append(i)
        # MarkTable.cost_open and cost_close, inlined: this runs for every mark.
        ev, hi = evidence[i], hint[i]
        cost_open = (-ev if ev < 0 else 0) + (-hi if hi < 0 else 0)
        cost_close = (ev if ev > 0 else 0) + (hi if hi > 0 else 0)
        tables.append(_mark_moves(cost_open, cost_close, prime[i], boundary))
        previous = i
    return events, tables


# Chunks with more events than this keep their cost table in a compact
# ``array`` (4 bytes a cell); smaller ones in a list, which is faster to read.
_COMPACT_EVENTS = 4096
# Chunks with at least this many events run compiled backward steps (Moves.compile).
_COMPILED_EVENTS = 1024


def solve(marks: MarkTable, chunk: list[int]) -> list[Decision]:
    """Assign roles to the marks of ``chunk``; return the boundary decisions taken.

    A backward pass gives the cheapest cost from each (event, state) to the
    end; a forward pass follows one cheapest path and, knowing the cheapest
    cost to reach each state, tells which moves lie on *some* cheapest path:
    an event with more than one such move is ambiguous.
    """
    events, tables = _events(marks, chunk)
    n = len(events)
    width = NSTATES
    inf = INF if (n + 1) * _MAX_EVENT_COST < INF else 1 << 62
    # back[i * width + s]: cheapest cost from event i in state s to the end.
    size = width * (n + 1)
    compact = n > _COMPACT_EVENTS
    back: list[int] | array[int] = (
        array("i" if inf == INF else "q", [inf]) * size if compact else [inf] * size
    )
    for s in STATES:
        if s % 2 == 0:
            back[n * width + s] = UNCLOSED * (s // 2)
    if n >= _COMPILED_EVENTS:
        for i in range(n - 1, -1, -1):
            moves = tables[i]
            (moves.compiled or moves.compile())(back, i * width, inf)
    else:
        for i in range(n - 1, -1, -1):
            base = i * width
            nxt = base + width
            for s, _decision, s2, cost in tables[i].table:
                total = cost + back[nxt + s2]
                if total < back[base + s]:
                    back[base + s] = total
    total = back[0]
    fwd = [inf] * NSTATES
    fwd[0] = 0
    live = [0]  # the states fwd reaches: only their moves are read
    state = 0
    decisions: list[Decision] = []
    role_column, certain_column = marks.role, marks.certain
    evidence, hint = marks.evidence, marks.hint
    for i in range(n):
        by_state = tables[i].by_state
        nxt = (i + 1) * width
        seen: tuple[int, int] | None = None  # one (decision, depth) on a cheapest path
        alternatives = False  # and another one, different
        new_fwd = [inf] * NSTATES
        reached: list[int] = []
        chosen: Move | None = None
        for s in live:
            here = fwd[s]
            for move in by_state[s]:
                _s, decision, s2, cost = move
                reach = here + cost
                if reach + back[nxt + s2] == total:
                    option = (decision, s >> 1)
                    if seen is None:
                        seen = option
                    elif option != seen:
                        alternatives = True
                    if s == state and chosen is None:
                        chosen = move
                    # Only states on some cheapest path are carried forward: a
                    # cheapest path reaches them through such a state, so their
                    # cost-so-far is exact, and every other state stays unreached.
                    if reach < new_fwd[s2]:
                        if new_fwd[s2] == inf:
                            reached.append(s2)
                        new_fwd[s2] = reach
        assert chosen is not None
        index = events[i]
        if index >= 0:
            role = chosen[1]
            role_column[index] = role
            sure = not alternatives
            # A role against clear surroundings with no glyph to back it is a
            # guess: ``too late, ”she added`` may close (the glyph says so);
            # ``and “they will`` read as a closer only because pairing prefers it.
            if sure and (
                ((ev := evidence[index]) >= STRONG and hint[index] >= 0 and role in _CLOSERS)
                or (ev <= -STRONG and hint[index] <= 0 and role in _OPENERS)
            ):
                # Against its spacing: certain only where the words say so,
                # or (for an opener) where its pair is a mirror image (pairs.py).
                sure = role == _CLOSE and glued_closer(marks.text, marks.pos[index])
                if not sure and role == _OPEN:
                    marks.against_spacing.add(index)
            certain_column[index] = sure
        else:
            decisions.append((BOUNDARIES[chosen[1] - BOUNDARY_CODE], alternatives))
        fwd = new_fwd
        live = reached
        state = chosen[2]
    return decisions


def _simple_roles(marks: MarkTable, start: int, end: int) -> bool:
    """Assign roles to a paragraph whose marks leave no doubt; report success.

    Every mark must sit clearly before a word (opener) or after one (closer),
    its glyph must not point the other way, and the quotations must balance
    without nesting. Such a paragraph costs nothing under the model, and any
    other reading costs more, so the general solver would agree.
    """
    depth = 0
    evidence, hint, prime = marks.evidence, marks.hint, marks.prime
    for i in range(start, end):
        if prime[i] >= 0:
            return False
        ev = evidence[i]
        if ev == STRONG and hint[i] >= 0 and depth == 0:
            depth = 1
        elif ev == -STRONG and hint[i] <= 0 and depth == 1:
            depth = 0
        else:
            return False
    if depth:
        return False
    for i in range(start, end):
        marks.certain[i] = True
        marks.role[i] = _OPEN if evidence[i] > 0 else _CLOSE
    return True


def solve_all(marks: MarkTable) -> list[Decision]:
    """Roles for every mark; returns the decision taken before each mark's paragraph.

    Paragraphs whose marks leave no doubt are settled on their own; the rest
    go to :func:`solve` in chunks of paragraphs that can affect each other (a
    paragraph that starts with a mark may continue the one before).
    """
    n = len(marks)
    decisions: list[Decision] = [NO_BREAK] * n
    pending: list[int] = []  # indices of the chunk waiting for the general solver
    block, starts_block = marks.block, marks.starts_block
    k = 0
    previous_fast = True
    while k < n:
        j = k
        here = block[k]
        while j < n and block[j] == here:
            j += 1
        coupled = k > 0 and starts_block[k] and block[k - 1] == here - 1 and not previous_fast
        if not coupled and _simple_roles(marks, k, j):
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


def _flush(marks: MarkTable, chunk: list[int], decisions: list[Decision]) -> None:
    chunk_decisions = iter(solve(marks, chunk))
    block = marks.block
    for position in range(1, len(chunk)):
        i = chunk[position]
        if block[i] != block[chunk[position - 1]]:
            decisions[i] = next(chunk_decisions)


__all__ = [
    "MAX_DEPTH",
    "Boundary",
    "Decision",
    "boundary_table",
    "mark_table",
    "solve",
    "solve_all",
]
