"""Rules on the agencies a credit names: known ones, any at all, the same across pages (CAP004-CAP006)."""
from __future__ import annotations

import difflib
import hashlib
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from ..catalog.models import Article
from ..knowledge.registry import AgencyRegistry
from ..text import fold
from .rule import RULES, Finding, Notes, Place, _finding, _names, _quote, _rule, _what


@lru_cache(maxsize=8)
def _spellings(registry: AgencyRegistry) -> dict[str, str]:
    return registry.spellings()


def closest_agency(name: str, registry: AgencyRegistry) -> str | None:
    """The known agency whose name or alias is closest to `name`, if one is close."""
    spellings = _spellings(registry)
    match = difflib.get_close_matches(fold(name), list(spellings), n=1, cutoff=0.8)
    return spellings[match[0]] if match else None


@_rule("CAP004", "unknown-agency")
def unknown_agency(article: Article, registry: AgencyRegistry, notes: Notes) -> Iterator[Finding]:
    """The credit names an organisation the registry does not know.

    What it finds: an agency in a credit that is neither a known agency nor
    one of its aliases. Where a known name is close, the message suggests it
    (`Reuter` → `Reuters`).

    Why it matters: a misspelt agency is counted apart from the real one, and
    an agency the registry does not know has no kind or country, so counts
    by kind put it under `unknown`. Fix the credit, or add the agency to a file
    passed with `--agencies`.

    Example:

        Crowds fill the square. [Jane Doe/Reuter]
    """
    for photo in article.photos:
        if photo.credit is None:
            continue
        for name in photo.credit.agencies:
            if registry.catalogued(name) is not None:
                continue
            close = closest_agency(name, registry)
            hint = f'; did you mean "{close}"?' if close else " (if it is one, add it to a file passed with --agencies)"
            yield _finding("CAP004", article, photo.line, f'"{name}" is not a known agency{hint}', photo)


@_rule("CAP005", "credit-without-agency")
def credit_without_agency(article: Article, registry: AgencyRegistry, notes: Notes) -> Iterator[Finding]:
    """The credit names people only.

    What it finds: a credit that names one or more photographers and no
    agency, publication, pool or other organisation.

    Why it matters: whose rights the picture is under is unclear: the
    photographer's own, a staff photographer's employer, or an agency that
    left its name off.

    Example:

        The mayor opens the new bridge. [Jane Doe]
    """
    for photo in article.photos:
        credit = photo.credit
        if credit is not None and credit.photographers and not credit.agencies:
            people = ", ".join(credit.photographers)
            yield _finding("CAP005", article, photo.line, f"credit {_quote(credit.raw)} names people only ({people}), no agency", photo)


@_rule("CAP006", "conflicting-credits", per_page=False)
class CreditConflicts:
    """The same picture is credited to different agencies.

    What it finds: a caption (the same words, ignoring case and spacing)
    printed with credits naming different agencies, on two pages of the run
    or twice on one page. Each place is reported with the other's file and
    line (of a credit printed the same way several times before the conflict
    appears, the first place).

    Why it matters: at most one of the credits is right; the picture is
    counted for an agency that did not supply it, and the rights holder may
    go uncredited.

    Example (on one page, or one line on each of two pages):

        Rescuers search the rubble in Hatay. [AP]
        Rescuers search the rubble in Hatay. [Jane Doe/AFP]

    The run keeps, per caption, only a short key, the agency sets seen and the
    first place of each, so memory stays small however many pages are read.
    """

    def __init__(self) -> None:
        self._seen: dict[bytes, list[_Seen]] = {}

    @staticmethod
    def _key(caption: str) -> bytes:
        return hashlib.blake2b(fold(caption).encode("utf-8"), digest_size=16).digest()

    def add(self, article: Article) -> list[Finding]:
        """The conflicts this article's photos make with what the run has seen so far."""
        found: list[Finding] = []
        for photo in article.photos:
            if not photo.caption or photo.credit is None or not photo.credit.agencies:
                continue
            agencies = frozenset(photo.credit.agencies)
            seen = self._seen.setdefault(self._key(photo.caption), [])
            other = next((s for s in seen if s.agencies != agencies), None)
            here = Place(article.source, photo.line)
            if not any(s.agencies == agencies for s in seen):
                seen.append(_Seen(agencies, here, photo.id, reported=other is not None))
            if other is None:
                continue
            found.append(_finding(
                "CAP006", article, photo.line,
                f"{_what(photo)} is credited to {_names(agencies)} here and to {_names(other.agencies)} at {other.place.path}:{other.place.line}",
                photo, other.place,
            ))
            if not other.reported:
                other.reported = True
                found.append(Finding(
                    "CAP006", RULES["CAP006"].name, other.place.path, other.place.line,
                    f"{_what(photo)} is credited to {_names(other.agencies)} here and to {_names(agencies)} at {here.path}:{here.line}",
                    other.photo, here,
                ))
        return found


@dataclass
class _Seen:
    """The first place a caption was printed with one set of agencies."""

    agencies: frozenset[str]
    place: Place
    photo: str          # its id
    reported: bool
