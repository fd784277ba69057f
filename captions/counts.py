"""Credits per agency: how many photos, and on how many articles, credit each agency."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from .models import Article


@dataclass(frozen=True)
class AgencyCount:
    agency: str
    photos: int
    articles: int


def count_credits(articles: Iterable[Article]) -> list[AgencyCount]:
    """Photos and articles per agency, most photos first, then by name.

    A photo credited `KCNA via KNS and AFP` counts once for each of the three.
    """
    photos: dict[str, int] = {}
    pages: dict[str, int] = {}
    for article in articles:
        on_page: set[str] = set()
        for photo in article.photos:
            if photo.credit is None:
                continue
            for agency in photo.credit.agencies:
                photos[agency] = photos.get(agency, 0) + 1
                on_page.add(agency)
        for agency in on_page:
            pages[agency] = pages.get(agency, 0) + 1
    return sorted(
        (AgencyCount(name, photos[name], pages[name]) for name in photos),
        key=lambda c: (-c.photos, c.agency.casefold(), c.agency),
    )
