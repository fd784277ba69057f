"""Cards: a picture sitting in a link to another page (a story's or a gallery's teaser), not the article's own.

A card links picture, caption and all to another story, with its headline
printed beside them; a caption whose every word is a link is a teaser's
headline. A link to the picture's own large rendition (a lightbox) or to a
place on the page is no card.
"""
from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from .marks import Marks, clean
from .repeats import is_image_file
from .tree import contains

MAX_CARD_HEADLINE = 120  # characters of a card's headline printed as a paragraph in its link
MIN_CARD_HEADLINE_WORDS = 4  # words of a headline in a link: a tag's ("Weather"), a name, a control ("Ver galería") are shorter
CARD_DEPTH = 4  # elements above a picture asked whether they are a card's link to another page
_SPACE = re.compile(r"\s+")


def all_links(holders: list[LexborNode], marks: Marks) -> bool:
    """Whether every word of the captions is inside a link: a teaser's headline, not a caption."""
    texts = [(h.text(deep=True) or "").strip() for h in holders if marks.is_caption(h)]
    if not any(texts):
        return False
    linked = "".join((a.text(deep=True) or "") for h in holders if marks.is_caption(h) for a in h.css("a"))
    return len(_SPACE.sub("", linked)) >= len(_SPACE.sub("", "".join(texts)))


def card_link(container: LexborNode, holders: list[LexborNode], marks: Marks, captioned: bool = True) -> LexborNode | None:
    """The link to another page the whole picture, caption and all, sits in: a card linking to a story or gallery.

    The link is a few levels around the container, holding one figure and no paragraph but the caption's.
    A link to the picture's own large rendition (a lightbox) or to a place on the page ("#slide-2") is no
    card, nor is a link left open before the story (`<a href="/author">` never closed): the parser opens it
    again inside each block, the figure too, or holds the story's paragraphs in it.
    """
    if captioned and not any(marks.is_caption(h) for h in holders):
        return None
    # the container itself may be the link: <a href="/story"><img><span class="caption">
    link: LexborNode | None = container
    for _ in range(CARD_DEPTH + 1):
        if link is None or link.tag == "body":
            return None
        if link.tag == "a":
            break
        link = link.parent
    else:
        return None
    href = (link.attributes.get("href") or "").strip()
    if not href or href.startswith(("#", "javascript:")) or is_image_file(href):
        return None
    others = [p for p in marks.found_in(link, "p") if not any(h.mem_id == p.mem_id or contains(h, p) for h in holders)]
    # a picture printing a credit only may sit in a card whose headline is a paragraph, among the rail's other
    # cards: "<a><img><p>Headline</p><div class="image-caption">(Фото: X)</div></a>"; a link left open holds the
    # story's paragraphs, and a story's own picture linking to its gallery ("<p>See the gallery</p>") stands alone
    if len(marks.found_in(link, "figure")) <= 1 and (not others or (
            not captioned and len(others) == 1 and len(clean(others[0].text(deep=True) or "")) <= MAX_CARD_HEADLINE
            and _among_cards(link))):
        return link
    return None


def _among_cards(link: LexborNode) -> bool:
    """Whether a link with a picture stands in a rail: among other links with pictures a level or two up, or in
    an aside."""
    up = link.parent
    if up is not None and (len(up.css("a[href] img")) > 1 or (up.parent is not None and len(up.parent.css("a[href] img")) > 1)):
        return True
    while up is not None and up.tag != "aside":
        up = up.parent
    return up is not None


def text_beside(link: LexborNode, container: LexborNode) -> bool:
    """Whether a link prints words outside the picture's container: a card's headline."""
    inside = len(_SPACE.sub("", container.text(deep=True) or ""))
    return len(_SPACE.sub("", link.text(deep=True) or "")) > inside


def headline_in(link: LexborNode, holders: list[LexborNode]) -> bool:
    """Whether a card's link prints words besides its picture's caption and credit elements: a headline."""
    inside = sum(len(_SPACE.sub("", h.text(deep=True) or "")) for h in holders if contains(link, h))
    return len(_SPACE.sub("", link.text(deep=True) or "")) > inside


def credited_card(container: LexborNode, holders: list[LexborNode]) -> bool:
    """Whether a picture printing a credit only, outside any link, is a rail's card: its image sits in a link to
    another page and the container prints words in links besides, a headline. RNZ's digest
    "<li><a href="/story"><img><h3>Headline</h3></a><span>Photo: RNZ</span></li>", a Drupal view's
    "<div class="views-row"><a href="/story"><img></a><div><a href="/story">Headline</a></div><div>credit</div>
    </div>": the headline in a link to the page the picture's link goes to, or to none ("#", as Radio Okapi prints
    it), or a headline's words in a link elsewhere. A story's own picture linking to its gallery prints none beside
    it, whatever short links it has (a tag's, "Weather"; review 31)."""
    for image in container.css("img"):
        link = image.parent
        while link is not None and link.tag != "a" and link.mem_id != container.mem_id:
            link = link.parent
        if link is None or link.tag != "a":
            continue
        href = (link.attributes.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:")) or is_image_file(href) \
                or any(contains(link, h) for h in holders):
            continue  # the credit inside the link: card_link's to judge
        headline = "".join(a.text(deep=True) or "" for a in container.css("a")
                           if ((a.attributes.get("href") or "").strip() in (href, "", "#")
                               or len((a.text(deep=True) or "").split()) >= MIN_CARD_HEADLINE_WORDS)
                           and not any(contains(h, a) or contains(a, h) or h.mem_id == a.mem_id for h in holders))
        if _SPACE.sub("", headline):
            return True
    return container.tag != "figure" and _headline_beside(container, holders)


def _headline_beside(container: LexborNode, holders: list[LexborNode]) -> bool:
    """Whether a box whose image sits in no link prints a story's headline in a link of its own beside it, a card
    of a rail or a most-read list: "<div class="card"><img><a href="/story">Headline</a><span>(FotoSchicchi)</span>",
    "<article class="obs-card"><img><h3><a>Headline</a></h3><span>NAME/LUSA</span>" (il Resto del Carlino,
    Observador, The New Times). A story's own picture box prints no link of a headline's length by its credit."""
    if any(img.parent is not None and img.parent.tag == "a" and not is_image_file(img.parent.attributes.get("href") or "")
           for img in container.css("img")):
        return False  # (an image linking to its own file, a lightbox's, sits in no link to another page)
    for a in container.css("a[href]"):
        href = (a.attributes.get("href") or "").strip()
        if href.startswith("javascript:") or is_image_file(href) or a.css_first("img") is not None \
                or any(contains(h, a) or contains(a, h) or h.mem_id == a.mem_id for h in holders):
            continue
        if len((a.text(deep=True) or "").split()) >= MIN_CARD_HEADLINE_WORDS:
            return True
    return False
