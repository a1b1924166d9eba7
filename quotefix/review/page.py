"""The review page: summary, filters, one collapsed section per file, rule pages.

The page is one file with its CSS and script inline and no other resource,
so it opens from disk with no network. A file's text is written once, as
escaped HTML inside an inert ``<script type="text/x-quotefix-body">`` block,
and put in place when the file is first opened: a report of a thousand
articles opens as a thousand summary lines. Filters, counts and keyboard
navigation work from a compact JSON index of every finding.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from importlib import resources
from typing import TYPE_CHECKING

from ..about import version
from ..rules import RULES
from ..runner import FileResult
from .chart import Bar, bar_chart, shorten
from .items import FAMILY_KEYS, FileView, Item, family_name, views
from .layout import file_body
from .markup import attr, described, script_json, shown, text
from .rulepages import rule_section

if TYPE_CHECKING:
    from ..report import ReportContext

TOP_FILES = 10  # files in the per-file chart
_EXCERPT = 60  # characters of a finding's text kept in the index, for the search
_RULES = {rule.code: rule for rule in RULES}


def _version() -> str:
    return version()


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def _plural(count: int, word: str, plural: str | None = None) -> str:
    return f"{count} {word if count == 1 else (plural or word + 's')}"


class _Page:
    def __init__(self, results: Sequence[FileResult], context: ReportContext) -> None:
        self.fix = context.command == "fix"
        self.diff = self.fix and any(r.edits for r in results)
        self.files = views(results, self.fix)
        self.items = [item for view in self.files for item in view.items]

    @property
    def done(self) -> str:
        """What the findings without a person's decision are."""
        return ("repaired by fix" if self.diff else "repaired") if self.fix else "fixable safely"

    # -- summary ------------------------------------------------------------------

    def _totals(self) -> str:
        errors = sum(1 for f in self.files if f.error)
        flagged = sum(1 for f in self.files if f.items)
        person = sum(1 for i in self.items if i.person)
        rows = [
            ("Files", f"{len(self.files)} ({flagged} with findings"
             + (f", {errors} unreadable)" if errors else ")")),
            ("Findings", str(len(self.items))),
        ]
        if self.fix:
            made = sum(f.fixes for f in self.files)
            label = "Repairs shown" if self.diff else "Repairs made"
            rows.append((label, str(made)))
        else:
            safe = sum(1 for i in self.items if i.fix == "safe")
            rows.append(("Fixable safely", str(safe)))
        rows.append(("Needs a person", str(person)))
        cells = "".join(
            f'<div><dt>{name}</dt><dd data-total="{attr(name.lower())}">{value}</dd></div>'
            for name, value in rows
        )
        return f'<dl class="qf-totals">{cells}</dl>'

    def _by_family(self) -> str:
        counts = Counter(i.family for i in self.items)
        person = Counter(i.family for i in self.items if i.person)
        rows = "".join(
            f'<tr data-family="{key}" data-count="{counts[key]}"><th scope="row">'
            f'<span class="qf-swatch qf-{key}" aria-hidden="true"></span>{text(family_name(key))}'
            f"</th><td>{counts[key]}</td><td>{counts[key] - person[key]}</td>"
            f"<td>{person[key]}</td></tr>"
            for key in FAMILY_KEYS.values()
            if counts[key]
        )
        done = self.done.capitalize()
        return (
            '<table class="qf-table"><caption>Findings by family</caption><thead><tr>'
            f'<th scope="col">Family</th><th scope="col">Findings</th><th scope="col">{done}</th>'
            f'<th scope="col">Needs a person</th></tr></thead><tbody>{rows}</tbody></table>'
        )

    def _by_code(self) -> str:
        counts = Counter(i.code for i in self.items)
        person = Counter(i.code for i in self.items if i.person)
        rows = []
        for code in sorted(counts):
            rule = _RULES.get(code)
            name = rule.name if rule else ""
            rows.append(
                f'<tr data-code="{code}" data-count="{counts[code]}"><th scope="row">'
                f'<a class="qf-code" href="#rule-{code}" data-rule="{code}">{code}</a></th>'
                f"<td>{text(name)}</td><td>{counts[code]}</td>"
                f"<td>{counts[code] - person[code]}</td><td>{person[code]}</td></tr>"
            )
        done = self.done.capitalize()
        return (
            '<table class="qf-table"><caption>Findings by rule</caption><thead><tr>'
            '<th scope="col">Code</th><th scope="col">Rule</th><th scope="col">Findings</th>'
            f'<th scope="col">{done}</th><th scope="col">Needs a person</th></tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table>"
        )

    def _charts(self) -> str:
        if not self.items:
            return ""
        codes = Counter(i.code for i in self.items)
        family = {i.code: i.family for i in self.items}
        per_code = bar_chart(
            "qf-chart-codes",
            "Findings per rule",
            ", ".join(f"{code}: {n}" for code, n in sorted(codes.items())),
            [Bar(code, n, family[code]) for code, n in sorted(codes.items())],
        )
        busiest = sorted(self.files, key=lambda f: (-len(f.items), f.index))[:TOP_FILES]
        busiest = [f for f in busiest if f.items]
        title = (
            "Findings per file"
            if len(busiest) == len([f for f in self.files if f.items])
            else f"Findings per file: the {len(busiest)} files with most"
        )
        per_file = bar_chart(
            "qf-chart-files",
            title,
            ", ".join(f"{f.path}: {len(f.items)}" for f in busiest),
            [Bar(shorten(f.path), len(f.items), "file", f.path) for f in busiest],
        )
        return f'<div class="qf-charts">{per_code}{per_file}</div>'

    def summary(self) -> str:
        return (
            '<section class="qf-summary" aria-labelledby="qf-summary-h">'
            '<h2 id="qf-summary-h">Summary</h2>'
            f"{self._totals()}<div class=\"qf-tables\">{self._by_family()}{self._by_code()}</div>"
            f"{self._charts()}</section>"
        )

    # -- filters --------------------------------------------------------------------

    def _choices(self, name: str, legend: str, options: list[tuple[str, str, int]]) -> str:
        boxes = "".join(
            f'<label class="qf-choice"><input type="checkbox" name="{name}" value="{value}"'
            f' checked> {text(label)} (<span class="qf-count" data-filter="{name}"'
            f' data-value="{value}">{count}</span>)</label>'
            for value, label, count in options
        )
        return f"<fieldset><legend>{legend}</legend>{boxes}</fieldset>"

    def filters(self) -> str:
        families = Counter(i.family for i in self.items)
        severities = Counter(i.severity for i in self.items)
        codes = Counter(i.code for i in self.items)
        return (
            '<form class="qf-filters" role="search" aria-label="Filter findings" id="qf-filters">'
            '<h2 id="qf-filters-h">Filters</h2>'
            + self._choices(
                "family",
                "Family",
                [(k, k, families[k]) for k in FAMILY_KEYS.values() if families[k]],
            )
            + self._choices(
                "severity", "Severity", [(s, s, severities[s]) for s in ("error", "warning")
                                         if severities[s]]
            )
            + self._choices("code", "Rule", [(c, c, codes[c]) for c in sorted(codes)])
            + '<fieldset><legend>Show</legend><label class="qf-choice"><input type="checkbox"'
            ' name="person" id="qf-person"> only what needs a person (<span class="qf-count"'
            f' data-filter="person" data-value="true">{sum(i.person for i in self.items)}'
            "</span>)</label></fieldset>"
            '<div class="qf-search"><label for="qf-search">Search findings</label>'
            '<input type="search" id="qf-search" name="q" autocomplete="off"'
            ' placeholder="text, message, rule or path"></div>'
            '<button type="reset" class="qf-button">Show everything</button>'
            '<p class="qf-status" id="qf-status" role="status" aria-live="polite">'
            f"Showing {_plural(len(self.items), 'finding')} in "
            f"{_plural(len(self.files), 'file')}.</p></form>"
        )

    # -- files ------------------------------------------------------------------------

    def _counts(self, view: FileView) -> str:
        if view.error:
            return f'<span class="qf-error">not checked: {text(view.error)}</span>'
        if not view.items:
            return "no findings" + (f", {_plural(view.fixes, 'repair')}" if view.fixes else "")
        person = sum(1 for i in view.items if i.person)
        done = self.done
        return (
            f"{_plural(len(view.items), 'finding')}: {len(view.items) - person} {done},"
            f" {person} {'needs' if person == 1 else 'need'} a person"
        )

    def _file(self, view: FileView) -> str:
        # A heading with a disclosure button rather than <details>: a thousand
        # <details> cost the browser several times as much to build.
        line = (
            f'<span class="qf-path"><bdi>{text(view.path)}</bdi></span>'
            f' <span class="qf-counts">{self._counts(view)}</span>'
            f' <span class="qf-shown"></span>'
        )
        if view.error:
            head, body = f'<span class="qf-toggle">{line}</span>', ""
        else:
            head = (
                f'<button type="button" class="qf-toggle" aria-expanded="false"'
                f' aria-controls="b{view.index}">{line}</button>'
            )
            body = (
                f'<div class="qf-body" id="b{view.index}" hidden>'
                f'<script type="text/x-quotefix-body">{file_body(view)}</script></div>'
            )
        return (
            f'<section class="qf-file" data-path="{attr(view.path)}" data-index="{view.index}"'
            f' data-findings="{len(view.items)}"><h3>{head}</h3>{body}</section>'
        )

    def files_section(self) -> str:
        return (
            '<section class="qf-files" aria-labelledby="qf-files-h" id="qf-files">'
            '<h2 id="qf-files-h">Files</h2><div class="qf-toolbar">'
            '<button type="button" class="qf-button" data-action="open-all">Open all</button>'
            '<button type="button" class="qf-button" data-action="close-all">Close all</button>'
            "</div>" + "".join(self._file(view) for view in self.files) + "</section>"
        )

    def rules_section(self) -> str:
        used = sorted({i.code for i in self.items})
        sections = "".join(rule_section(_RULES[code]) for code in used if code in _RULES)
        if not sections:
            return ""
        return (
            '<section class="qf-rules" aria-labelledby="qf-rules-h">'
            f'<h2 id="qf-rules-h">Rules</h2>{sections}</section>'
        )

    # -- index for the script -------------------------------------------------------

    def _entry(self, view: FileView, item: Item, strings: dict[str, int]) -> list[object]:
        """One finding in the index; the order of the fields is the script's F_* constants.

        Texts are numbers into the index's table of strings: the same message
        recurs thousands of times in a large report.
        """

        def ref(value: str | None) -> int:
            return -1 if value is None else strings.setdefault(value, len(strings))

        repair = item.before is not None and item.after is not None
        words = ""
        if item.before is not None and item.after is not None:
            words = f"replace {described(item.before)} with {described(item.after)}"
        return [
            view.index,
            item.code,
            item.line,
            item.column,
            item.severity,
            item.fix,
            int(item.person),
            int(item.applied),
            item.family,
            ref(item.message),
            ref(view.prose[item.start : min(item.end, item.start + _EXCERPT)]),
            ref(shown(item.before or "") if repair else None),
            ref(shown(item.after or "") if repair else None),
            ref(words),
            ref(item.reason if item.reason != item.message else ""),
            [[place.line, place.column, place.label] for place in item.related],
        ]

    def index(self) -> str:
        used = sorted({item.code for item in self.items})
        strings: dict[str, int] = {}
        items = [self._entry(view, item, strings) for view in self.files for item in view.items]
        data = {
            "files": [[view.path, len(view.items)] for view in self.files],
            "items": items,
            "strings": list(strings),
            "rules": {code: _RULES[code].name if code in _RULES else "" for code in used},
            "fix": self.fix,
        }
        return script_json(data)

    # -- the page -----------------------------------------------------------------------

    def _intro(self) -> str:
        if not self.fix:
            return (
                "What <code>quotefix check</code> found. A ✓ marks a finding that"
                " <code>quotefix fix</code> repairs safely; ? a repair that is only a guess;"
                " ! a finding with no repair. Each needs a person unless it has a ✓."
            )
        if self.diff:
            return (
                "What <code>quotefix fix</code> would do: each repair is shown as"
                " before → after in the original text; nothing was changed."
                " What it cannot repair is marked for a person."
            )
        return (
            "What <code>quotefix fix</code> left after repairing: the text shown is the"
            " repaired text, and every finding in it needs a person."
        )

    def render(self) -> str:
        findings = _plural(len(self.items), "finding")
        title = f"quotefix review: {_plural(len(self.files), 'file')}, {findings}"
        return (
            '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta name="generator" content="quotefix {text(_version())}">'
            f"<title>{text(title)}</title><style>{_asset('review.css')}</style></head>"
            '<body><a class="qf-skip" href="#qf-files">Skip to the files</a>'
            f'<header class="qf-header"><h1>{text(title)}</h1><p>{self._intro()}</p>'
            "<noscript><p>The articles and the filters need JavaScript; the summary"
            " below is complete without it.</p></noscript></header>"
            f'<main id="qf-main">{self.summary()}{self.filters()}{self.files_section()}'
            f"{self.rules_section()}</main>"
            '<footer class="qf-footer"><h2>Keyboard</h2><p><kbd>j</kbd> or <kbd>n</kbd>'
            " next finding, <kbd>k</kbd> or <kbd>p</kbd> previous finding, <kbd>]</kbd> next"
            " file, <kbd>[</kbd> previous file, <kbd>/</kbd> search, <kbd>Esc</kbd> close the"
            " rule page. The location of each finding (<code>line:column</code>) is a link"
            " to share.</p></footer>"
            '<dialog class="qf-dialog" id="qf-dialog" aria-labelledby="qf-dialog-h">'
            '<h2 id="qf-dialog-h">Rule</h2><div class="qf-dialog-body"></div>'
            '<form method="dialog"><button class="qf-button">Close</button></form></dialog>'
            f'<script type="application/json" id="qf-index">{self.index()}</script>'
            f"<script>{_asset('review.js')}</script></body></html>\n"
        )


def render(results: Sequence[FileResult], context: ReportContext) -> str:
    """The review page of a ``check`` or ``fix`` run, as one self-contained HTML document."""
    return _Page(results, context).render()

