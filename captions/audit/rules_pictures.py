"""Rules on each picture's words: a credit, an alt text, an alt text that is not the caption (CAP001-CAP003)."""
from __future__ import annotations

from typing import Iterator

from ..catalog.models import Article
from ..knowledge.registry import AgencyRegistry
from ..text import words_key
from .rule import Finding, Notes, _finding, _quote, _rule, _what


@_rule("CAP001", "missing-credit")
def missing_credit(article: Article, registry: AgencyRegistry, notes: Notes) -> Iterator[Finding]:
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
def missing_description(article: Article, registry: AgencyRegistry, notes: Notes) -> Iterator[Finding]:
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
def description_repeats_caption(article: Article, registry: AgencyRegistry, notes: Notes) -> Iterator[Finding]:
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
