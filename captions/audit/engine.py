"""Running the audit: which rules are on, and the findings of a run.

`Selection` is the one place that decides whether a rule code is on, from
`--select` and `--ignore` code prefixes, as flake8 does: the longer matching
prefix wins, an explicit `--select` replaces the default set, and rules that
are off by default or in preview run only when a `--select` prefix names
them; a deprecated rule only when --select names its full code.

`audit_article` applies the per-page rules to one article; `Audit` carries the
state of the rules that look across pages and yields findings page by page,
so a run over an archive never holds it in memory.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Sequence

from ..catalog.models import Article
from ..knowledge.registry import AgencyRegistry
from .rule import Notes
from .rules import RULES, STABLE, DEPRECATED, Finding, RunCheck

if TYPE_CHECKING:
    from ..report.filters import PhotoFilter
    from ..run.shares import Page


class SelectionError(ValueError):
    """A --select or --ignore value that names no rule."""


def _given(values: Sequence[str] | None) -> list[tuple[str, str]]:
    """(as typed, code or prefix) for each value, repeated or comma-separated; a rule's name stands for its code."""
    names = {rule.name: code for code, rule in RULES.items()}
    return [(v, names.get(v.lower(), v.upper())) for value in values or () for v in map(str.strip, value.split(",")) if v]


def _split(values: Sequence[str] | None) -> tuple[str, ...] | None:
    """Codes and prefixes from option values ("unknown-agency" is CAP004's); None when the option was not given."""
    return None if values is None else tuple(code for _typed, code in _given(values))


def _longest(code: str, prefixes: tuple[str, ...]) -> int:
    """The length of the longest prefix matching code, -1 for none."""
    return max((len(p) for p in prefixes if code.startswith(p)), default=-1)


@dataclass(frozen=True)
class Selection:
    select: tuple[str, ...] | None = None   # None: the default rules
    ignore: tuple[str, ...] = ()

    @classmethod
    def parse(cls, select: Sequence[str] | None = None, ignore: Sequence[str] | None = None) -> "Selection":
        """From option values: codes or prefixes, repeated or comma-separated ("CAP001,CAP00")."""
        chosen, ignored = _split(select), _split(ignore) or ()
        if select is not None and not chosen:
            raise SelectionError("--select names no rule; `captions rules` lists them")
        for option, values in (("--select", select), ("--ignore", ignore)):
            for typed, value in _given(values):  # named as the user typed it, not as matched
                if not any(code.startswith(value) for code in RULES):
                    raise SelectionError(f"{option} {typed}: no rule has this code, prefix or name; `captions rules` lists them")
        return cls(chosen, ignored)

    def enabled(self, code: str) -> bool:
        """Whether the rule is on: the longer of the matching select and ignore prefixes wins."""
        rule = RULES[code]
        if self.select is None:
            if not rule.default or rule.lifecycle != STABLE:
                return False
            chosen = 0  # the default selection loses to any --ignore
        else:
            chosen = _longest(code, self.select)
            if chosen < 0 or (rule.lifecycle == DEPRECATED and code not in self.select):
                return False
        return _longest(code, self.ignore) < chosen

    def codes(self) -> list[str]:
        return [code for code in RULES if self.enabled(code)]

    def across_pages(self) -> bool:
        """Whether a chosen rule looks across pages, and so needs each article of the run."""
        return any(RULES[code].across_pages is not None for code in self.codes())


def page_findings(page: "Page", registry: AgencyRegistry, selection: Selection) -> tuple[list[Finding], Article | None]:
    """The per-page part of an audit, done where the page is parsed (a transform for map_pages).

    The parser's notes on what it could not read whole come with the page
    (None for an article from a catalogue file). The article comes back too
    when a chosen rule looks across pages.
    """
    article = page.article
    return audit_article(article, registry, selection, page.notes), (article if selection.across_pages() else None)


def chosen_page_findings(page: "Page", registry: AgencyRegistry, selection: Selection,
                         photo_filter: "PhotoFilter") -> tuple[list[Finding], Article | None, frozenset[str]]:
    """page_findings on the pictures a filter chooses: the rules see the whole page (CAP002 compares a
    picture with the others), and only findings on chosen pictures are kept; the chosen photo ids come
    back too, for the conflicts found later (a transform for map_pages)."""
    found, whole = page_findings(page, registry, selection)
    article = page.article
    kept = photo_filter.apply(article, registry)
    chosen = frozenset(p.id for p in kept.photos) if kept is not None else frozenset()
    if kept is None:
        found = []
    elif photo_filter.by_photo:
        found = [f for f in found if f.photo in chosen]
    return found, whole, chosen


def audit_article(article: Article, registry: AgencyRegistry, selection: Selection,
                  notes: Notes = None) -> list[Finding]:
    """The findings of the per-page rules on one article, in line order."""
    found: list[Finding] = []
    for code in selection.codes():
        check = RULES[code].check
        if check is not None:
            found.extend(check(article, registry, notes))
    return sorted(found, key=lambda f: (f.line, f.code))


class Audit:
    """One run: per-page findings as each page comes, plus those of the rules across pages."""

    def __init__(self, registry: AgencyRegistry, selection: Selection) -> None:
        self.registry = registry
        self.selection = selection
        self._runs: list[RunCheck] = [RULES[code].across_pages() for code in selection.codes()  # type: ignore[misc]
                                      if RULES[code].across_pages is not None]
        self._chosen: set[str] = set()   # photo ids a filter chose, for the rules across pages (merge_chosen)

    def page(self, article: Article, notes: Notes = None) -> list[Finding]:
        """The findings for one article: its own, then conflicts with pages already seen.

        `notes` are the parser's (`parse_dump(text).notes`), for a page dump.
        """
        return self.merge(audit_article(article, self.registry, self.selection, notes), article)

    def merge(self, found: list[Finding], article: Article | None,
              keep_across: Callable[[Finding], bool] | None = None) -> list[Finding]:
        """A page's own findings (from `page_findings`) with those across the pages already seen."""
        if self._runs and article is not None:
            for run in self._runs:
                found.extend(f for f in run.add(article) if keep_across is None or keep_across(f))
            # this page's findings in line order, then those placed on pages read before
            found.sort(key=lambda f: (f.path != article.source, f.line, f.code))
        return found

    def merge_chosen(self, found: list[Finding], article: Article | None, chosen: frozenset[str]) -> list[Finding]:
        """merge for `chosen_page_findings`: findings across pages are kept on chosen pictures only."""
        self._chosen.update(chosen)
        return self.merge(found, article, keep_across=lambda f: f.photo in self._chosen)

    def run(self, sources: Iterable[tuple[Article, Notes]]) -> Iterator[Finding]:
        for article, notes in sources:
            yield from self.page(article, notes)

