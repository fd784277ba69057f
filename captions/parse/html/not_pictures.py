"""Figures that print no photograph: charts, maps, infographics and videos (SPEC, "Not pictures").

The markup or the figure's own words say so: a class naming a chart on the
figure itself, its image's whole alt text naming a map or a chart ("地図"), a caption opening with a chart's or a video's label
("Grafik:", "Vídeo:"), a credit naming a graphics desk ("Reuters Graphics").
The words come from captions/knowledge/html.yaml.

Players and buttons are dropped before pictures are read (html.yaml's
drop_tags); a figure framing a player goes with it, and an image a button
wraps (a lightbox's trigger) is kept.
"""
from __future__ import annotations

import re
from functools import lru_cache

from selectolax.lexbor import LexborNode

from .conventions import name_words
from .figure import HtmlPicture
from .marks import Marks, has_image
from .repeats import image_keys, image_urls
from .tree import contains, previous_element, text_of

_WORD = re.compile(r"[^\W\d_]+")
_PLAYERS = "iframe, embed, object, video, audio"


def drop_player_figures(root: LexborNode) -> None:
    """Take out the figures that frame a player and no image: an embedded video or post under its own figcaption.

    Ghost's kg-embed-card and WordPress's wp-block-embed print a YouTube iframe so. Done before the
    players themselves are dropped (html.yaml's drop_tags), after which such a figure would look like one
    whose picture a script loads later.
    """
    players = [f for f in root.css("figure") if not has_image(f) and f.css_first(_PLAYERS) is not None]
    outermost = [f for f in players if not any(o.mem_id != f.mem_id and contains(o, f) for o in players)]
    for figure in outermost:  # an inner one goes with the one around it
        figure.decompose()


def is_no_picture(container: LexborNode, picture: HtmlPicture, marks: Marks) -> bool:
    """Whether the figure read as `picture` is a chart, a map, an infographic or a video."""
    conv = marks.conv
    if marks.words(container) & conv.graphic_words or _opens_a_class_name(container, conv.opening_graphic_words):
        return True
    if picture.description and picture.description.strip().lower() in conv.graphic_alts:
        return True  # alt="Map", alt="地図": the figure's own image says it is a graphic
    if any(_opens_with_label(text, conv.not_picture_labels) for text in (picture.caption, picture.credit) if text):
        return True
    if picture.caption and _credited_by_label(picture.caption, conv.not_picture_labels):
        return True
    credit = picture.credit or ""
    return any(word.casefold() in conv.graphic_credit_words for word in _WORD.findall(credit))


def _opens_a_class_name(container: LexborNode, words: frozenset[str]) -> bool:
    """Whether one of the figure's class names opens with one of `words` ("grafico", "grafico-barras"), not
    "reportaje-grafico", where the word after a noun says the photographs are a photo report's."""
    names = container.attributes.get("class") or ""
    return bool(words) and any(next(iter(name_words(name)), "") in words for name in names.split())


def _credited_by_label(caption: str, labels: tuple[str, ...]) -> bool:
    """A label with a colon after the caption's sentence, where a picture's credit would stand: "Catch per haul,
    2015-2025. Chart: The Ledger. Source: Fisheries Division" (a chart's maker, credited as one)."""
    pattern = _label_after_sentence(labels)
    return pattern is not None and ":" in caption and pattern.search(caption.casefold()) is not None


@lru_cache(maxsize=8)
def _label_after_sentence(labels: tuple[str, ...]) -> re.Pattern[str] | None:
    colon_labels = [re.escape(label.casefold()) for label in labels if label.endswith(":")]
    return re.compile(r"[.!?…]\s+(?:" + "|".join(colon_labels) + ")") if colon_labels else None


def _opens_with_label(text: str, labels: tuple[str, ...]) -> bool:
    low = text.lstrip().casefold()
    for label in labels:
        if low.startswith(label) and not (label[-1:].isalpha() and low[len(label):len(label) + 1].isalpha()):
            return True
    return False


def unwrap_lightbox_buttons(root: LexborNode) -> None:
    """Keep the image a figure prints inside a button (a lightbox's trigger, The Globe and Mail's and other Arc
    sites'), when buttons, page controls, are dropped (html.yaml's drop_tags): the button goes, its image stays."""
    for button in root.css("figure button"):
        if has_image(button):
            button.unwrap()


def drop_image_fallbacks(root: LexborNode) -> None:
    """Take out a noscript fallback that prints the image right before it again (a lazy loader's, `<img data-src=X>
    <noscript><img src=X></noscript>`): Lexbor reads its markup as elements, a second image in the picture's box
    that would make two pictures of one. One printing another image or another alt text stays."""
    for fallback in root.css("noscript"):
        images, before = fallback.css("img"), previous_element(fallback)
        shown = before if before is None or before.tag == "img" else before.css_first("img")
        if len(images) != 1 or before is None or shown is None or text_of(fallback) or not (
                before.tag == "img" or (before.tag in ("a", "picture") and len(before.css("img")) == 1)):
            continue
        alt = (images[0].attributes.get("alt") or "").strip()
        if image_keys(image_urls(shown)) & image_keys(image_urls(images[0])) \
                and alt in ("", (shown.attributes.get("alt") or "").strip()):
            fallback.decompose()
