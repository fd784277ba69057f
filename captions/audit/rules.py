"""The audit rules: what `captions audit` finds wrong with photo credits.

Each rule is defined here once, with a permanent code, a name describing the
pattern it flags, and its documentation (what it finds, why it matters, an
example), which `captions rules CODE` prints. A code never changes meaning once
released: a rule that is withdrawn keeps its code unused.

Rules are pure functions of one article (plus the registry and, for page
dumps, the parser's notes on what it could not read whole); they return
`Finding`s and print nothing. A rule that looks across pages is a class whose
instances see each article of the run in turn (`add(article)`), as
CreditConflicts does.

Each rule has a lifecycle, as ruff's rules do: `stable` rules run by default
(unless defined off) and are chosen by any code prefix; `preview` rules are
new and may change, and run only when a --select prefix names them;
`deprecated` rules run only when --select names their full code, and will
be withdrawn.
"""
from __future__ import annotations

import difflib
import hashlib
import inspect
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable, Iterator, Protocol, Sequence

from .malformed import credit_problem
from ..catalog.models import Article, Photo
from ..parse.credit import parse_credit
from ..parse.notes import Note, StructuredCredit
from ..knowledge.registry import AgencyRegistry
from ..text import fold, words_key

STATE_MEDIA = "state media"


@dataclass(frozen=True)
class Place:
    path: str
    line: int


@dataclass(frozen=True)
class Finding:
    """One thing wrong, at one place; knows nothing of how it is shown."""

    code: str
    name: str
    path: str
    line: int
    message: str
    photo: str | None = None        # the photo id, when the finding is about one photo
    related: Place | None = None    # the other place (CAP006)


Check = Callable[[Article, AgencyRegistry, "Sequence[Note] | None"], Iterable[Finding]]


STABLE, PREVIEW, DEPRECATED = "stable", "preview", "deprecated"
LIFECYCLES = (STABLE, PREVIEW, DEPRECATED)


class RunCheck(Protocol):
    """A rule that looks across the pages of a run: fed each article in turn."""

    def add(self, article: Article) -> list[Finding]: ...


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    doc: str                 # what it finds, why it matters, an example
    default: bool            # on unless deselected; False: off unless selected
    check: Check | None      # the check of one article; None for a rule across pages
    across_pages: Callable[[], RunCheck] | None = None  # makes the run's check, for a rule across pages
    lifecycle: str = STABLE

    @property
    def summary(self) -> str:
        return self.doc.split("\n", 1)[0].strip()


RULES: dict[str, Rule] = {}


def _rule(code: str, name: str, *, default: bool = True, per_page: bool = True, lifecycle: str = STABLE):
    def register(obj):
        if code in RULES:
            raise ValueError(f"rule {code} defined twice")
        if lifecycle not in LIFECYCLES:
            raise ValueError(f"rule {code}: lifecycle {lifecycle!r} is not one of {', '.join(LIFECYCLES)}")
        doc = inspect.cleandoc(obj.__doc__ or "")
        RULES[code] = Rule(code, name, doc, default, obj if per_page else None, None if per_page else obj, lifecycle)
        return obj

    return register


def _finding(code: str, article: Article, line: int, message: str, photo: Photo | None = None, related: Place | None = None) -> Finding:
    return Finding(code, RULES[code].name, article.source, line, message, photo.id if photo else None, related)


def _quote(text: str | None, width: int = 60) -> str:
    text = " ".join((text or "").split())
    return f'"{text}"' if len(text) <= width else f'"{text[: width - 1].rstrip()}…"'


def _what(photo: Photo) -> str:
    return f"caption {_quote(photo.caption)}" if photo.caption else "photo"


@_rule("CAP001", "missing-credit")
def missing_credit(article: Article, registry: AgencyRegistry, notes: Sequence[Note] | None) -> Iterator[Finding]:
    """A photo with no credit.

    What it finds: a picture the page prints with a caption but no credit at
    all: no agency, no photographer, no credit line beside it.

    Why it matters: a reader cannot tell who made the picture or whose rights
    it is under, and a count of credits per agency silently misses it.

    Example:

        Caption: The ferry leaves the harbour at dawn.

    (a caption with no `[Jane Doe/Reuters]`, `Photo: ...` or credit line
    beside it)
    """
    for photo in article.photos:
        if photo.credit is None:
            yield _finding("CAP001", article, photo.line, f"no credit for {_what(photo)}", photo)


@_rule("CAP002", "missing-description")
def missing_description(article: Article, registry: AgencyRegistry, notes: Sequence[Note] | None) -> Iterator[Finding]:
    """A photo with no alt text on a page whose dump carries alt text for its other photos.

    What it finds: a picture without a description (alt text) on a page where
    other pictures have one. Pages whose dumps carry no alt text at all are
    not reported: the crawler may simply not have kept it.

    Why it matters: a screen-reader user hears the other pictures described
    and this one not at all.

    Example:

        Two children run along the wet sand, one holding a kite
        The beach at Brighton on Sunday. [Jane Doe/Reuters]
        A lifeguard watches the water from a wooden tower
        The lifeguard station at noon. [Jane Doe/Reuters]
        The pier at night. [John Roe/AP]

    (the third picture has no alt line above its caption)
    """
    described = sum(1 for photo in article.photos if photo.description)
    if not described:
        return
    for photo in article.photos:
        if not photo.description:
            others = f"{described} other photo{'s' if described != 1 else ''}"
            yield _finding("CAP002", article, photo.line, f"no alt text for {_what(photo)}; the page gives it for {others}", photo)


@_rule("CAP003", "description-repeats-caption")
def description_repeats_caption(article: Article, registry: AgencyRegistry, notes: Sequence[Note] | None) -> Iterator[Finding]:
    """The alt text is the caption again.

    What it finds: a picture whose alt text has the same words as its caption,
    ignoring case, spacing and punctuation.

    Why it matters: a screen-reader user hears the same sentence twice and
    learns nothing of what the picture shows. Alt text should describe the
    picture; the caption tells its story.

    A line printed above a caption with exactly its text is read as the
    caption printed twice (galleries do this), not as alt text; page dumps
    show this rule where the dump marks its alt text (`Image copyright`) or
    where the two differ in punctuation only; catalogue files show it
    wherever the two have the same words.

    Example:

        Firefighters battle the blaze in Athens Image copyright Reuters
        Image caption Firefighters battle the blaze in Athens
    """
    for photo in article.photos:
        if photo.description and photo.caption and words_key(photo.description) == words_key(photo.caption):
            yield _finding("CAP003", article, photo.line, f"alt text repeats the caption {_quote(photo.caption)}", photo)


@lru_cache(maxsize=8)
def _spellings(registry: AgencyRegistry) -> dict[str, str]:
    return registry.spellings()


def closest_agency(name: str, registry: AgencyRegistry) -> str | None:
    """The known agency whose name or alias is closest to `name`, if one is close."""
    spellings = _spellings(registry)
    match = difflib.get_close_matches(fold(name), list(spellings), n=1, cutoff=0.8)
    return spellings[match[0]] if match else None


@_rule("CAP004", "unknown-agency")
def unknown_agency(article: Article, registry: AgencyRegistry, notes: Sequence[Note] | None) -> Iterator[Finding]:
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
            if registry.lookup(name) is not None:
                continue
            close = closest_agency(name, registry)
            hint = f'; did you mean "{close}"?' if close else " (if it is one, add it to a file passed with --agencies)"
            yield _finding("CAP004", article, photo.line, f'"{name}" is not a known agency{hint}', photo)


@_rule("CAP005", "credit-without-agency")
def credit_without_agency(article: Article, registry: AgencyRegistry, notes: Sequence[Note] | None) -> Iterator[Finding]:
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
                seen.append(_Seen(agencies, here, reported=other is not None))
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
                    None, here,
                ))
        return found


@dataclass
class _Seen:
    """The first place a caption was printed with one set of agencies."""

    agencies: frozenset[str]
    place: Place
    reported: bool


def _names(agencies: Iterable[str]) -> str:
    return ", ".join(sorted(agencies, key=str.casefold))


@_rule("CAP007", "malformed-credit")
def malformed_credit(article: Article, registry: AgencyRegistry, notes: Sequence[Note] | None) -> Iterator[Finding]:
    """A credit that could not be read whole.

    What it finds: an unclosed bracket (`[Jane Doe/Reuters` ending a line), an
    empty credit (`[]` after a caption), a lead-in word with nothing after it
    (`Photograph:` ending a line), a credit ending in a joiner (`KCNA via`).
    For catalogue files only the credit as printed can be checked; for page
    dumps, the broken credits the parser noted but could not take as credits
    are reported too.

    Why it matters: part of the credit is lost, usually the agency that
    distributed the picture, so it is counted wrongly or not at all.

    Example:

        Soldiers march past the stand. [KCNA via]
    """
    reported_lines: set[int] = set()
    reported_credits: set[str] = set()
    for photo in article.photos:
        if photo.credit is None:
            continue
        problem = credit_problem(photo.credit.raw, registry)
        if problem is not None:
            reported_lines.add(photo.line)
            reported_credits.add(fold(photo.credit.raw.strip("[]() ")))
            yield _finding("CAP007", article, photo.line, f"credit {_quote(photo.credit.raw)}: {problem}", photo)
    for bad in notes or ():
        if not isinstance(bad, Note) or bad.line in reported_lines or fold(bad.credit.strip("[]() ")) in reported_credits:
            continue
        yield _finding("CAP007", article, bad.line or 0, f"credit {_quote(bad.credit)}: {bad.problem}")


@_rule("CAP008", "state-media-origin", default=False)
def state_media_origin(article: Article, registry: AgencyRegistry, notes: Sequence[Note] | None) -> Iterator[Finding]:
    """The picture originates from state media, whoever distributed it.

    What it finds: a credit whose origin (an agency not after `via`) is of
    kind `state media` in the registry, such as KCNA, Xinhua or Sputnik, even
    when a wire distributed it (`KCNA via AFP`). Off unless selected
    (`--select CAP008`): it is a fact to know, not a fault.

    Why it matters: readers weigh a picture from a state's own news agency
    differently from one by an independent photographer; researchers count
    how much state media reaches pages through other agencies.

    Example:

        Soldiers parade in Pyongyang. [KCNA via KNS and AFP]
    """
    for photo in article.photos:
        credit = photo.credit
        if credit is None:
            continue
        for name in credit.agencies:
            agency = registry.lookup(name)
            if name in credit.via or agency is None or agency.kind != STATE_MEDIA:
                continue
            origin = f"{agency.name} ({agency.country})" if agency.country else agency.name
            via = f", distributed via {', '.join(credit.via)}" if credit.via else ""
            yield _finding("CAP008", article, photo.line, f"picture originates from state media: {origin}{via}", photo)


@_rule("CAP009", "printed-credit-contradicts-metadata")
def printed_credit_contradicts_metadata(article: Article, registry: AgencyRegistry,
                                        notes: Sequence[Note] | None) -> Iterator[Finding]:
    """The credit printed under a picture and the page's metadata name different agencies.

    What it finds: on an HTML page, a picture whose printed credit and whose
    structured credit (the page's schema.org ImageObject: `creditText`,
    `copyrightHolder`, `creator`, `copyrightNotice`) share no agency.

    Why it matters: search engines, aggregators and archives show the
    metadata credit, readers see the printed one; when they disagree, one of
    them names the wrong rights holder, often after a picture was swapped
    and only the caption was updated.

    Example:

        <!DOCTYPE html>
        <script type="application/ld+json">{"@type": "ImageObject", "url": "pier.jpg", "creditText": "Reuters"}</script>
        <figure><img src="pier.jpg"><figcaption>The pier at dusk. Photo: Jo Li/AFP</figcaption></figure>
    """
    by_id = {photo.id: photo for photo in article.photos}
    for note in notes or ():
        if not isinstance(note, StructuredCredit):
            continue
        photo = by_id.get(note.photo)
        if photo is None or photo.credit is None or photo.credit_source != "printed":
            continue
        structured = parse_credit(note.credit, registry)
        printed = {fold(a) for a in photo.credit.agencies}
        meta = {fold(a) for a in structured.agencies}
        if printed and meta and not printed & meta:
            yield _finding("CAP009", article, photo.line,
                           f"printed credit {_quote(photo.credit.raw)} names {_names(photo.credit.agencies)}; "
                           f"the page's metadata credits {_quote(note.credit)} ({_names(structured.agencies)})",
                           photo)


def rule_for(code_or_name: str) -> Rule | None:
    """The rule with this code (any case) or name."""
    key = code_or_name.strip()
    return RULES.get(key.upper()) or next((r for r in RULES.values() if r.name == key.lower()), None)
