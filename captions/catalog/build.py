"""From articles to a catalogue: unique ids and the index of photos by agency."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:
    from .models import Article, Catalog


class ArticleIds:
    """Unique article ids, given in order: 'page', then 'page-2', 'page-3'.

    Only a hash of each id is kept, so a run over millions of pages holds a
    few dozen bytes a page. Two ids sharing a hash would only give the later
    one a needless suffix; equal ids always share one, so none repeats.
    With `unique=False` (for runs that print no ids) nothing is kept at all.
    """

    def __init__(self, unique: bool = True) -> None:
        self._taken: set[int] | None = set() if unique else None

    def claim(self, stem: str) -> str:
        base = re.sub(r"[\s/\\]+", "-", stem.strip()).strip("-") or "page"  # "/" would make photo ids ambiguous
        if self._taken is None:
            return base
        candidate, n = base, 1
        while _digest(candidate) in self._taken:
            n += 1
            candidate = f"{base}-{n}"
        self._taken.add(_digest(candidate))
        return candidate


def _digest(text: str) -> int:
    """A stable 64-bit hash (str's own hash changes from run to run)."""
    import hashlib  # here, not at the top: runs that print no ids (credits) never hash, and start without it

    return int.from_bytes(hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "big")


class AgencyIndex:
    """Which photos credit each agency; holds ids only, never whole articles."""

    def __init__(self) -> None:
        self._photos: dict[str, list[str]] = {}

    def add(self, article: Article) -> None:
        for photo in article.photos:
            if photo.credit is None:
                continue
            for agency in photo.credit.agencies:
                self._photos.setdefault(agency, []).append(photo.id)

    def add_pairs(self, pairs: Iterable[tuple[str, str]]) -> None:
        for agency, photo_id in pairs:
            self._photos.setdefault(agency, []).append(photo_id)

    def as_dict(self) -> dict[str, list[str]]:
        return {name: self._photos[name] for name in sorted(self._photos, key=lambda n: (n.casefold(), n))}


def build_catalog(articles: Iterable[Article]) -> Catalog:
    """A catalogue of these articles, with its agency index."""
    from .models import Catalog  # pydantic: not for run/items.py, which takes only ArticleIds from here

    kept = list(articles)
    index = AgencyIndex()
    for article in kept:
        index.add(article)
    return Catalog(articles=kept, agencies=index.as_dict())
