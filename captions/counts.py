"""Credits per agency (or per kind of agency, or per role): how many photos, and on how many articles."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable, NamedTuple, Sequence

from .models import Article, Credit
from .registry import AgencyRegistry

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


def _kind(registry: AgencyRegistry | None) -> Callable[[str, Credit], str]:
    def kind(name: str, credit: Credit) -> str:
        agency = registry.lookup(name) if registry is not None else None
        return agency.kind if agency is not None and agency.kind else UNKNOWN_KIND

    return kind


def _groupings(registry: AgencyRegistry | None) -> dict[str, Callable[[str, Credit], str]]:
    return {
        "agency": lambda name, credit: name,
        "kind": _kind(registry),
        "role": lambda name, credit: VIA if name in credit.via else ORIGIN,  # origin: made it; via: only distributed it
    }


GROUPINGS = ("agency", "kind", "role")


def count_credits_by(articles: Iterable[Article], by: Sequence[str], registry: AgencyRegistry | None = None) -> list[GroupCount]:
    """Photos and articles per group of the agencies credited, most photos first, then by key.

    `by` names the groupings, any of `agency`, `kind` (the registry's kind of
    the agency) and `role` (`origin` for who made the picture, `via` for who
    only distributed it). A photo counts once for each distinct group its
    agencies fall in: `KCNA via KNS and AFP` by kind and role counts once for
    (state media, origin), (photo agency, via) and (wire, via).
    """
    groupings = _groupings(registry)
    unknown = [name for name in by if name not in groupings]
    if unknown or not by:
        raise ValueError(f"cannot group by {unknown[0] if unknown else 'nothing'!r}; use {', '.join(GROUPINGS)}")
    fields = [groupings[name] for name in by]
    photos: dict[tuple[str, ...], int] = {}
    pages: dict[tuple[str, ...], int] = {}
    for article in articles:
        on_page: set[tuple[str, ...]] = set()
        for photo in article.photos:
            credit = photo.credit
            if credit is None:
                continue
            keys = {tuple(field(name, credit) for field in fields) for name in credit.agencies}
            for key in keys:
                photos[key] = photos.get(key, 0) + 1
            on_page |= keys
        for key in on_page:
            pages[key] = pages.get(key, 0) + 1
    return sorted(
        (GroupCount(key, photos[key], pages[key]) for key in photos),
        key=lambda c: (-c.photos, [k.casefold() for k in c.key], c.key),
    )


def count_credits(articles: Iterable[Article]) -> list[AgencyCount]:
    """Photos and articles per agency, most photos first, then by name.

    A photo credited `KCNA via KNS and AFP` counts once for each of the three.
    """
    return [AgencyCount(c.key[0], c.photos, c.articles) for c in count_credits_by(articles, ("agency",))]


class CreditRow(NamedTuple):
    agencies: tuple[str, ...]
    via: tuple[str, ...]


class PhotoRow(NamedTuple):
    credit: CreditRow


class ArticleRow(NamedTuple):
    """An article reduced to what counting needs; cheap to send between processes."""

    photos: tuple[PhotoRow, ...]


def credit_rows(article: Article, text: str | None, registry: object) -> ArticleRow:
    """The credits of an article's photos, for `count_credits_by` (a transform for map_pages)."""
    return ArticleRow(tuple(
        PhotoRow(CreditRow(tuple(p.credit.agencies), tuple(p.credit.via))) for p in article.photos if p.credit
    ))
