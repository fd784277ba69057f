"""Choosing pictures: by agency (any alias), kind or country of agency, and date.

A `PhotoFilter` keeps an article when its date is in range and, when it
names agencies, kinds or countries, keeps only the pictures whose credit
names a matching agency. Commands apply it the same way: the catalogue keeps
the chosen pictures, `credits` counts every agency of the chosen pictures,
`audit` reports findings on them.

Right or empty: an article with no date is not in any date range, and a
picture with no credit names no agency.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Iterable, Sequence

from ..knowledge.registry import AGENCY_KINDS, AgencyRegistry
from ..text import fold

if TYPE_CHECKING:
    from ..catalog.models import Article, Photo

UNKNOWN = "unknown"  # the kind and country of an agency the registry does not know


class FilterError(ValueError):
    """A filter option that cannot be used; the message names the option."""


def _values(given: Sequence[str] | None, *, commas: bool = True) -> tuple[str, ...]:
    out: list[str] = []
    for value in given or ():
        parts = value.split(",") if commas else [value]
        out.extend(p.strip() for p in parts if p.strip())
    return tuple(dict.fromkeys(out))


def parse_day(text: str, option: str) -> _dt.date:
    try:
        return _dt.date.fromisoformat(text.strip())
    except ValueError:
        raise FilterError(f"{option} {text!r}: not a date; use YYYY-MM-DD, as in 2024-06-19") from None


@dataclass(frozen=True)
class PhotoFilter:
    """Which articles and pictures a run keeps; the empty filter keeps all."""

    agencies: frozenset[str] = frozenset()    # folded canonical names (printed names for unknown agencies)
    kinds: frozenset[str] = frozenset()
    countries: frozenset[str] = frozenset()   # upper case; "UNKNOWN" for agencies without one
    since: _dt.date | None = None
    until: _dt.date | None = None

    @classmethod
    def parse(
        cls,
        registry: AgencyRegistry,
        *,
        agency: Sequence[str] | None = None,
        kind: Sequence[str] | None = None,
        country: Sequence[str] | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> "PhotoFilter":
        """From option values; agency names may be any alias the registry knows ("Associated Press" is AP)."""
        names = set()
        for name in _values(agency, commas=False):
            known = registry.named(name)
            names.add(fold(known.name if known is not None else name))
        kinds = set()
        for value in _values(kind):
            if value.lower() not in (*AGENCY_KINDS, UNKNOWN):
                raise FilterError(f"--kind {value!r}: not a kind of agency; use one of {', '.join(AGENCY_KINDS)} or {UNKNOWN}")
            kinds.add(value.lower())
        first = parse_day(since, "--since") if since else None
        last = parse_day(until, "--until") if until else None
        if first and last and first > last:
            raise FilterError(f"--since {first} is after --until {last}: no date is in that range")
        return cls(frozenset(names), frozenset(kinds), frozenset(c.upper() for c in _values(country)), first, last)

    @property
    def by_photo(self) -> bool:
        """Whether the filter chooses pictures (by their agencies), not only articles."""
        return bool(self.agencies or self.kinds or self.countries)

    def __bool__(self) -> bool:
        return self.by_photo or self.since is not None or self.until is not None

    def keeps_date(self, date: _dt.date | None) -> bool:
        if self.since is None and self.until is None:
            return True
        if date is None:
            return False
        return (self.since is None or date >= self.since) and (self.until is None or date <= self.until)

    def keeps_agencies(self, names: Iterable[str], registry: AgencyRegistry | None) -> bool:
        """Whether a credit naming these agencies is chosen (every test given must hold for one agency)."""
        for name in names:
            agency = registry.catalogued(name) if registry is not None else None
            if self.agencies and fold(name) not in self.agencies and (agency is None or fold(agency.name) not in self.agencies):
                continue  # a variant kept as printed ("PA") is still its agency ("PA Media")
            if self.kinds and ((agency.kind if agency and agency.kind else UNKNOWN) not in self.kinds):
                continue
            if self.countries and ((agency.country.upper() if agency and agency.country else UNKNOWN.upper()) not in self.countries):
                continue
            return True
        return False

    def keeps_photo(self, photo: Photo, registry: AgencyRegistry | None) -> bool:
        if not self.by_photo:
            return True
        return photo.credit is not None and self.keeps_agencies(photo.credit.agencies, registry)

    def apply(self, article: Article, registry: AgencyRegistry | None) -> Article | None:
        """The article with only the chosen pictures, or None when nothing of it is chosen."""
        if not self:
            return article
        if not self.keeps_date(article.date):
            return None
        if not self.by_photo:
            return article
        photos = [p for p in article.photos if self.keeps_photo(p, registry)]
        if not photos:
            return None
        return article if len(photos) == len(article.photos) else article.model_copy(update={"photos": photos})


@dataclass(frozen=True)
class Filtered:
    """A map_pages transform applied only to what the filter keeps of each article (None: skip it)."""

    transform: Callable[[Any, Any], Any]
    filter: PhotoFilter

    def __call__(self, page: Any, registry: Any) -> Any:
        from ..run.shares import CatalogPage

        kept = self.filter.apply(page.article, registry)
        return None if kept is None else self.transform(CatalogPage(kept), registry)
