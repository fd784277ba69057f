"""Rules on how a credit reads: malformed, state media as the origin, against the page's metadata (CAP007-CAP009)."""
from __future__ import annotations

from typing import Iterator

from ..catalog.models import Article
from ..knowledge.registry import AgencyRegistry
from ..parse.credit import parse_credit
from ..parse.notes import Note, StructuredCredit
from ..text import fold
from .malformed import credit_problem
from .rule import Finding, Notes, _finding, _names, _quote, _rule

STATE_MEDIA = "state media"  # the registry's kind of a state's own agency


@_rule("CAP007", "malformed-credit")
def malformed_credit(article: Article, registry: AgencyRegistry, notes: Notes) -> Iterator[Finding]:
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
def state_media_origin(article: Article, registry: AgencyRegistry, notes: Notes) -> Iterator[Finding]:
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
            agency = registry.catalogued(name)
            if name in credit.via or agency is None or agency.kind != STATE_MEDIA:
                continue
            origin = f"{agency.name} ({agency.country})" if agency.country else agency.name
            via = f", distributed via {', '.join(credit.via)}" if credit.via else ""
            yield _finding("CAP008", article, photo.line, f"picture originates from state media: {origin}{via}", photo)


@_rule("CAP009", "printed-credit-contradicts-metadata")
def printed_credit_contradicts_metadata(article: Article, registry: AgencyRegistry,
                                        notes: Notes) -> Iterator[Finding]:
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
