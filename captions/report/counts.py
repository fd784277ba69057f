"""Credits per agency (or per kind of agency, or per role): how many photos, and on how many articles."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterable, Sequence

from ..knowledge.registry import AgencyRegistry
from ..parse.page import ParsedPage

if TYPE_CHECKING:
    from ..catalog.models import Article
    from ..run.shares import Page

UNKNOWN_KIND = "unknown"   # an agency the registry does not know, or knows without a kind
ORIGIN, VIA = "origin", "via"


@dataclass(frozen=True)
class AgencyCount:
    agency: str
    photos: int
    articles: int


@dataclass(frozen=True)
class GroupCount:
    key: tuple[str, ...]   # one value per grouping, in the order asked: ("state media", "origin")
    photos: int
    articles: int


def _kind(registry: AgencyRegistry | None) -> Callable[[str, Sequence[str]], str]:
    def kind(name: str, via: Sequence[str]) -> str:
        agency = registry.catalogued(name) if registry is not None else None
        return agency.kind if agency is not None and agency.kind else UNKNOWN_KIND

    return kind


def _country(registry: AgencyRegistry | None) -> Callable[[str, Sequence[str]], str]:
    def country(name: str, via: Sequence[str]) -> str:
        agency = registry.catalogued(name) if registry is not None else None
        return agency.country if agency is not None and agency.country else UNKNOWN_KIND

    return country


def _groupings(registry: AgencyRegistry | None) -> dict[str, Callable[[str, Sequence[str]], str]]:
    return {
        "agency": lambda name, via: name,
        "kind": _kind(registry),
        "country": _country(registry),
        "role": lambda name, via: VIA if name in via else ORIGIN,  # origin: made it; via: only distributed it
    }


GROUPINGS = ("agency", "kind", "country", "role")


def groupings(values: Iterable[str]) -> tuple[str, ...]:
    """The groupings asked for, in order, each once: ["kind,role"] -> ("kind", "role"); raises ValueError."""
    groups = tuple(dict.fromkeys(g.strip() for value in values for g in value.split(",") if g.strip()))
    unknown = [g for g in groups if g not in GROUPINGS]
    if unknown or not groups:
        raise ValueError(f"unknown --by {unknown[0] if unknown else ''!r}; use {', '.join(GROUPINGS)}")
    return groups


CreditRow = tuple[tuple[str, ...], tuple[str, ...]]  # a photo's (agencies, via)


def credit_rows(page: "Page", registry: object = None) -> tuple[CreditRow | None, ...]:
    """The credits of a page's photos as (agencies, via), None for a photo with no credit.

    All that counting needs; cheap to send between processes (a transform for
    map_pages); a parsed page gives them without building its Article or any model.
    """
    if isinstance(page, ParsedPage):
        return tuple(page.agencies_and_via)
    return tuple(None if c is None else (tuple(c.agencies), tuple(c.via)) for c in page.credits)


def article_credit_rows(article: Article) -> tuple[CreditRow | None, ...]:
    """credit_rows of an article."""
    return tuple((tuple(p.credit.agencies), tuple(p.credit.via)) if p.credit else None for p in article.photos)


@dataclass(frozen=True)
class CreditTally:
    """The counts per group, and the totals of the run."""

    groups: list[GroupCount]
    photos: int                  # every picture counted
    articles: int                # every article counted
    uncredited: int              # pictures with no credit at all
    uncredited_articles: int     # articles with one or more of them
    read: int = 0                # pages and catalogue articles read, chosen by the filters or not (0: the run read none)


def count_credits_by(articles: Iterable[Article], by: Sequence[str], registry: AgencyRegistry | None = None) -> list[GroupCount]:
    """Photos and articles per group of the agencies credited, most photos first, then by key.

    `by` names the groupings, any of `agency`, `kind` (the registry's kind of
    the agency), `country` (the registry's country of the agency) and `role` (`origin` for who made the picture, `via` for who
    only distributed it). A photo counts once for each distinct group its
    agencies fall in: `KCNA via KNS and AFP` by kind and role counts once for
    (state media, origin), (photo agency, via) and (wire, via).
    """
    return count_credit_rows((article_credit_rows(a) for a in articles), by, registry)


def count_credit_rows(articles: Iterable[Sequence[CreditRow | None]], by: Sequence[str], registry: AgencyRegistry | None = None) -> list[GroupCount]:
    """count_credits_by over each article's credit rows, as `credit_rows` gives them."""
    return tally_credit_rows(articles, by, registry).groups


def tally_credit_rows(articles: Iterable[Sequence[CreditRow | None]], by: Sequence[str], registry: AgencyRegistry | None = None) -> CreditTally:
    """count_credit_rows with the run's totals: pictures, articles, and pictures without credit."""
    return part_tally(articles, by, registry).finish()


@dataclass
class PartTally:
    """The counts of some of a run's articles, to add to the others' (a cluster worker's share)."""

    photos: dict[tuple[str, ...], int]
    pages: dict[tuple[str, ...], int]
    totals: list[int]   # pictures, articles, pictures with no credit, articles with one or more of them
    read: int = 0       # pages read, counted or left out by the filters

    def add(self, other: "PartTally") -> "PartTally":
        for mine, theirs in ((self.photos, other.photos), (self.pages, other.pages)):
            for key, n in theirs.items():
                mine[key] = mine.get(key, 0) + n
        self.totals = [a + b for a, b in zip(self.totals, other.totals)]
        self.read += other.read
        return self

    def finish(self) -> CreditTally:
        groups = sorted(
            (GroupCount(key, self.photos[key], self.pages[key]) for key in self.photos),
            key=lambda c: (-c.photos, [k.casefold() for k in c.key], c.key),
        )
        photos, articles, uncredited, uncredited_articles = self.totals
        return CreditTally(groups, photos, articles, uncredited, uncredited_articles, read=self.read)


def part_tally(articles: Iterable[Sequence[CreditRow | None]], by: Sequence[str], registry: AgencyRegistry | None = None) -> PartTally:
    """The counts of these articles' credit rows, grouped `by` (see count_credits_by)."""
    groupings = _groupings(registry)
    unknown = [name for name in by if name not in groupings]
    if unknown or not by:
        raise ValueError(f"cannot group by {unknown[0] if unknown else 'nothing'!r}; use {', '.join(GROUPINGS)}")
    fields = [groupings[name] for name in by]
    photos: dict[tuple[str, ...], int] = {}
    pages: dict[tuple[str, ...], int] = {}
    total = pages_total = uncredited = uncredited_pages = 0
    for rows in articles:
        pages_total += 1
        total += len(rows)
        on_page: set[tuple[str, ...]] = set()
        missing = 0
        for row in rows:
            if row is None:
                missing += 1
                continue
            agencies, via = row
            keys = {tuple(field(name, via) for field in fields) for name in agencies}
            for key in keys:
                photos[key] = photos.get(key, 0) + 1
            on_page |= keys
        for key in on_page:
            pages[key] = pages.get(key, 0) + 1
        uncredited += missing
        uncredited_pages += bool(missing)
    return PartTally(photos, pages, [total, pages_total, uncredited, uncredited_pages])


def count_credits(articles: Iterable[Article]) -> list[AgencyCount]:
    """Photos and articles per agency, most photos first, then by name.

    A photo credited `KCNA via KNS and AFP` counts once for each of the three.
    """
    return [AgencyCount(c.key[0], c.photos, c.articles) for c in count_credits_by(articles, ("agency",))]
