"""What the markup says an element is: a caption, a credit, hidden text, a teaser, a picture's container.

The words come from captions/knowledge/html.yaml (HtmlConventions); pure functions over a parsed tree.
"""
from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from ...knowledge.html_conventions import HtmlConventions
from .conventions import class_words
from .set_apart import Beside
from .tree import contains

SKIP_DEPTH = 8  # elements above a picture asked whether they are a teaser rail, a share bar...
STORY_PARAGRAPHS = 3  # paragraphs in an article that make it a story, not a teaser's card
TEASER_LEVELS = 3  # elements above a picture searched for a headline linking where its image links
# A teaser's headline; not h1, the story's own (a theme may link it to the story, as it links the lead image).
_HEADLINE_LINKS = "h2 a[href], h3 a[href], h4 a[href], h5 a[href], h6 a[href]"
_SPACE = re.compile(r"\s+")
_COUNTER = re.compile(r"\d{1,3}(?:\s*(?:/|[^\W\d_]{1,3})\s*\d{1,3})?")  # "1", "2/4", "3 of 9", "2 de 4", "1 з 5"
_BLOCK_END = re.compile(r"-|_")  # where a class name's block ends and its element begins: "newsimg-credit", "photo__credit"
_IMAGE_TAGS = ("img", "amp-img")
_NO_WORDS: frozenset[str] = frozenset()


class Marks:
    """What the markup says an element is, cached per element: build one per parsed page."""

    def __init__(self, conv: HtmlConventions) -> None:
        self.conv = conv
        self._words: dict[int, frozenset[str]] = {}
        self._itemprops: dict[int, frozenset[str]] = {}
        # words and itemprops without which an element is neither a caption nor a credit (is_caption, is_credit)
        self._text_words = conv.caption_words | conv.description_words | conv.credit_words | conv.picture_credit_words
        self._text_itemprops = conv.caption_itemprops | conv.credit_itemprops
        self._skipped: dict[int, bool] = {}
        self._boxes: dict[int, bool] = {}
        self._stories: dict[int, bool] = {}
        self._naming = frozenset(conv.name_attributes)
        self.beside = Beside(conv.small_type_words)
        self._found: dict[tuple[int, str], list[LexborNode]] = {}
        self._headline_targets: dict[int, frozenset[str]] = {}
        self._media: dict[int, bool] = {}
        self._imaged: dict[int, bool] = {}
        self._texts: dict[int, str] = {}

    def words(self, node: LexborNode) -> frozenset[str]:
        found = self._words.get(node.mem_id)
        return self._read_attributes(node)[0] if found is None else found

    def itemprops(self, node: LexborNode) -> frozenset[str]:
        found = self._itemprops.get(node.mem_id)
        return self._read_attributes(node)[1] if found is None else found

    def _read_attributes(self, node: LexborNode) -> tuple[frozenset[str], frozenset[str]]:
        """An element's words and itemprops, cached: selectolax builds a new dict at each `attributes`."""
        key = node.mem_id
        attributes = node.attributes
        if not attributes:  # most elements of a page: no walk, no join
            self._words[key] = self._itemprops[key] = _NO_WORDS
            return _NO_WORDS, _NO_WORDS
        naming = self._naming
        names = " ".join([value for name, value in attributes.items() if value and name in naming])
        words = self._words[key] = class_words(names) if names else _NO_WORDS
        itemprop = attributes.get("itemprop")
        props = self._itemprops[key] = frozenset(itemprop.split()) if itemprop else _NO_WORDS
        return words, props

    def may_print_text(self, node: LexborNode) -> bool:
        """False for an element that is surely neither a caption nor a credit: asked of every element first."""
        return (node.tag in ("figcaption", "cite") or not self._text_words.isdisjoint(self.words(node))
                or not self._text_itemprops.isdisjoint(self.itemprops(node)))

    def found_in(self, node: LexborNode, selector: str) -> list[LexborNode]:
        """`node.css(selector)`, asked once per element: every picture in a long list asks its parents."""
        key = (node.mem_id, selector)
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = node.css(selector)
        return found

    def has_image(self, node: LexborNode) -> bool:
        """`has_image`, asked once per element: each of thousands of captions in one box asks it of the box."""
        found = self._imaged.get(node.mem_id)
        if found is None:
            found = self._imaged[node.mem_id] = has_image(node)
        return found

    def text(self, node: LexborNode) -> str:
        """The element's text, cleaned, read once per element."""
        found = self._texts.get(node.mem_id)
        if found is None:
            found = self._texts[node.mem_id] = clean(node.text(deep=True) or "")
        return found

    def headline_targets(self, node: LexborNode) -> frozenset[str]:
        """Where the teaser headlines in an element link (see `links_where_a_headline_does`)."""
        found = self._headline_targets.get(node.mem_id)
        if found is None:
            found = self._headline_targets[node.mem_id] = frozenset(_link_target(a) for a in node.css(_HEADLINE_LINKS))
        return found

    def is_caption(self, node: LexborNode) -> bool:
        words = self.words(node)
        return node.tag == "figcaption" or (
            bool(words & self.conv.caption_words or (words & self.conv.description_words and (
                words & self.conv.picture_words or words & self.conv.gallery_words and _one_picture_slide(node)))
                 or self.itemprops(node) & self.conv.caption_itemprops)
            and not self.is_box(node))

    def is_credit(self, node: LexborNode) -> bool:
        return (node.tag == "cite" or bool(self.words(node) & self.conv.credit_words) or self.is_picture_author(node)
                or bool(self.itemprops(node) & self.conv.credit_itemprops)) and not self.is_box(node)

    def is_picture_author(self, node: LexborNode) -> bool:
        """"imageAuthor", "photo__author", a gallery's "gallery-lightbox__author": the picture's credit, though
        "author" alone names the writer's box."""
        words = self.words(node)
        authors = self.conv.picture_credit_words
        if not (words & authors and words & (self.conv.picture_words | self.conv.gallery_words)):
            return False
        # the writer's box: "img.author_img" in "div.author_title_img" beside the writer's name and the date, the
        # writer's face, named for the author too; no picture's credit holds its author's picture
        return node.tag not in _IMAGE_TAGS and not any(self.words(image) & authors
                                                       for image in node.css(", ".join(_IMAGE_TAGS)))

    def is_box(self, node: LexborNode) -> bool:
        """Whether the element holds a picture and the element of its caption or credit: named for its
        caption or credit ("wp-caption", "media-credit-container"), it is the picture's box.

        A caption holding an image and no such element (a camera icon before its text) is a caption.
        """
        key = node.mem_id
        found = self._boxes.get(key)
        if found is None:
            found = self._boxes[key] = has_image(node) and any(
                self._named_for_text(n) for n in node.traverse(include_text=False) if n.mem_id != key)
        return found

    def _named_for_text(self, node: LexborNode) -> bool:
        """Whether the markup names the element a caption or a credit, whatever it holds."""
        conv = self.conv
        return (node.tag in ("figcaption", "cite") or bool(self.words(node) & (conv.caption_words | conv.credit_words))
                or bool(self.itemprops(node) & (conv.caption_itemprops | conv.credit_itemprops)))

    def is_strong_credit(self, node: LexborNode) -> bool:
        """A credit element named so that it is a picture's wherever it stands: "credit", or a credit word
        beside a picture or gallery word ("photo__author", "image-source", "gallery__author")."""
        words = self.words(node)
        conv = self.conv
        return bool(words & conv.standalone_credit_words or (
            words & (conv.picture_words | conv.gallery_words) and words & (conv.credit_words | conv.picture_credit_words)))

    def _is_story(self, article: LexborNode) -> bool:
        """Whether an article is a story, not a teaser's card: it holds a headline h1 or paragraphs of text."""
        key = article.mem_id
        found = self._stories.get(key)
        if found is None:
            found = self._stories[key] = (article.css_first("h1") is not None
                                          or len(article.css("p")) >= STORY_PARAGRAPHS)
        return found

    def _in_story(self, article: LexborNode) -> bool:
        parent = article.parent
        while parent is not None and parent.tag not in ("body", "html"):
            if parent.tag == "article" and self._is_story(parent):
                return True
            parent = parent.parent
        return False

    def is_hidden(self, node: LexborNode) -> bool:
        return bool(self.words(node) & self.conv.hidden_words) or "hidden" in node.attributes

    def is_counter(self, node: LexborNode) -> bool:
        """A gallery slide's counter printed in a caption, in an element named so: "1", "2/4", "3 of 9"."""
        if not self.words(node) & self.conv.counter_words:
            return False
        return _COUNTER.fullmatch(" ".join((node.text() or "").split())) is not None

    def picture_box(self, container: LexborNode, holders: list[LexborNode]) -> bool:
        """Whether a container named for a picture (html.yaml's picture_words) holds its image and, two levels
        down, the credit elements: RNZ's "<div class="photo-captioned"><div><img></div><div><span
        class="photo-captioned__credit">Photo: LDR / Name</span></div></div>", a picture credited only."""
        return bool(self.words(container) & self.conv.picture_words or _one_block(container, holders)) and all(
            (box := container_of(h, levels=2, marks=self)) is not None and box.mem_id == container.mem_id
            for h in holders)

    def is_control(self, node: LexborNode) -> bool:
        """A button: "Buy Now", "Zoom", "Ver galería" printed in a caption, in any language."""
        return bool(self.words(node) & self.conv.control_words) or node.attributes.get("role") == "button"

    def skipped(self, node: LexborNode | None) -> bool:
        """Whether the element or one around it is a teaser, a rail, a share bar, a logo or an ad."""
        path = []
        result = False
        depth = 0
        # An article's own classes are page-wide or name its topics ("has-post-thumbnail", "tag-share-the-road"):
        # not asked. The story's article, and <main>, end the walk: what is around them carries page-wide
        # classes; so does any article inside the story (a media entity in a field named for the data:
        # "field--name-field-teaser-media" is the story's lead). Above a teaser's article outside the
        # story the walk goes on, to the rail that says what it is.
        while node is not None and node.tag not in ("body", "html", "main") and depth < SKIP_DEPTH:
            if node.tag == "article" and (self._is_story(node) or self._in_story(node)):
                break
            depth += 1
            key = node.mem_id
            if key in self._skipped:
                result = self._skipped[key]
                break
            path.append(key)
            if node.tag != "article" and self._skip_words(node):
                result = True
                break
            node = node.parent
        # A "no" reached at the depth limit holds for the first element only: those above it see further up.
        if result or depth < SKIP_DEPTH:
            for key in path:
                self._skipped[key] = result
        return result

    def _skip_words(self, node: LexborNode) -> frozenset[str]:
        """The words naming the element a part of the page not the article's, less a picture's own part: "footer"
        after a word for the picture in one name ("media-footer", html.yaml's picture_part_words) is the foot of the
        picture's box, its caption, not the page's footer; a box holding an image is none (review 137)."""
        words = self.words(node)
        found = words & self.conv.skip_words
        if not found & self.conv.picture_part_words or node.css_first("img, amp-img, picture") is not None:
            return found  # a box holding pictures ("div.photo-footer" of promos at the page's foot) is no picture's foot
        return frozenset(w for w in found if w not in self.conv.picture_part_words
                         or not any(f"{p}-{w}" in words for p in self.conv.picture_words))


def holds_media(container: LexborNode, marks: Marks) -> bool:
    """A video or an embed: a player in the container. Asked once per container: each of thousands of credit
    elements in one box asks it of the box."""
    found = marks._media.get(container.mem_id)
    if found is None:
        media = marks.conv.media_words
        found = marks._media[container.mem_id] = any(
            marks.words(n) & media for n in container.traverse(include_text=False) if n.attributes)
    return found


def inside_holder(node: LexborNode, marks: Marks) -> bool:
    parent = node.parent
    while parent is not None and parent.tag not in ("figure", "body"):
        if (marks.is_caption(parent) or marks.is_credit(parent)) and not marks.is_hidden(parent):
            return True
        parent = parent.parent
    return False


def has_image(node: LexborNode) -> bool:
    """Whether an element is or holds an image: an `img`, `amp-img` or `picture`, or a `[data-alt]` placeholder a
    script fills in (set_apart.holds_image counts `img` and `amp-img` only)."""
    return node.css_first("img, amp-img, picture, [data-alt]") is not None


def frames_no_picture(figure: LexborNode) -> bool:
    """Whether a figure frames a quote, a table or code (a pull quote, a data table, an embedded post), no image.

    A figure with neither holds a picture a script loads later: its caption is a picture's.
    """
    return not has_image(figure) and figure.css_first("blockquote, table, pre") is not None


def links_where_a_headline_does(container: LexborNode, marks: Marks, levels: int = TEASER_LEVELS) -> bool:
    """Whether the picture's image links where a headline beside it links: a teaser card ("More from ...").

    The story's own pictures link to nowhere or to the image file; a teaser's
    image and headline both link to the other story.
    """
    targets = {_link_target(a) for a in container.css("a[href]") if a.css_first("img, amp-img, picture")}
    targets.discard("")
    if not targets:
        return False
    node = container.parent
    for _ in range(levels):
        if node is None or node.tag in ("body", "main"):
            return False
        if not targets.isdisjoint(marks.headline_targets(node)):
            return True
        node = node.parent
    return False


def _link_target(link: LexborNode) -> str:
    """Where a link goes, without scheme, host and a closing slash: '/2025/07/30/mill-site/'."""
    href = (link.attributes.get("href") or "").strip()
    if href.startswith(("http://", "https://", "//")):
        href = "/" + href.split("//", 1)[1].partition("/")[2]
    return href.rstrip("/") if href not in ("", "#", "/") else ""


def has_own_image(node: LexborNode, marks: Marks | None = None) -> bool:
    """Whether the element holds an image that is not another picture's: outside the captioned figures in it.

    Given `marks`, an image named as no picture (html.yaml's skip_words: "credit-avatar", "logo") is none.
    """
    for image in node.css("img, amp-img, picture, [data-alt]"):
        if marks is not None and marks.words(image) & marks.conv.skip_words:
            continue
        parent = image.parent
        while parent is not None and parent.mem_id != node.mem_id and parent.tag != "figure":
            parent = parent.parent
        if parent is None or parent.mem_id == node.mem_id or parent.css_first("figcaption") is None:
            return True
    return False


def _blocks(node: LexborNode) -> set[str]:
    """The blocks an element's classes name, as BEM and its kin print them: "newsimg" of "newsimg-credit"."""
    return {_BLOCK_END.split(name, 1)[0].casefold() for name in (node.attributes.get("class") or "").split()} - {""}


def _one_block(container: LexborNode, holders: list[LexborNode]) -> bool:
    """Whether a box of one image names its credit elements as parts of itself, its block's name opening theirs
    (round 83: mbl.is's `div.newsimg-container > img + div.newsimg-text > div.newsimg-credit`, a picture credited
    only), whatever the block is called. The block is the box's own: a prefix every element around it prints too
    is a theme's or a framework's ("elementor-", "td-", utility classes), no part of a picture (review 44). And
    the box prints little but its image and the credit's box: a story's paragraphs beside them make it the
    article, its credit line the story's ("Text: Name / dpa")."""
    blocks = _blocks(container) - _blocks_above(container)
    return (bool(blocks) and len(container.css("img, amp-img")) == 1 and all(blocks & _blocks(h) for h in holders)
            and _no_story_beside(container, holders))


def _blocks_above(node: LexborNode) -> set[str]:
    """The blocks the classes of every element around `node` name."""
    found: set[str] = set()
    parent = node.parent
    while parent is not None:
        found |= _blocks(parent)
        parent = parent.parent
    return found


def _no_story_beside(container: LexborNode, holders: list[LexborNode]) -> bool:
    """Whether `container` prints nothing but its image, `holders` and at most one line of its own (an unnamed
    caption): no story's paragraphs."""
    others = [child for child in container.iter(include_text=False)
              if not has_image(child) and clean(child.text(deep=True) or "")
              and not any(child.mem_id == h.mem_id or contains(child, h) for h in holders)]
    return len(others) <= 1 and all(len(other.css("p")) <= 1 for other in others)


def container_of(node: LexborNode, levels: int = 4, marks: Marks | None = None) -> LexborNode | None:
    """The figure around a caption, else the nearest element around it holding an image (asked through `marks`,
    once per element, where given)."""
    parent = node.parent
    while parent is not None and parent.tag != "body":
        if parent.tag == "figure":
            return parent
        parent = parent.parent
    parent = node.parent
    for _ in range(levels):
        if parent is None or parent.tag == "body":
            return None
        if marks.has_image(parent) if marks is not None else has_image(parent):
            return parent
        parent = parent.parent
    return None


def clean(text: str) -> str:
    """Whitespace collapsed; a byte order mark left inside a page (a template's included file saved with one) and a
    soft hyphen (&shy;, where a word may break) dropped: they print nothing, no character of an alt text, caption
    or credit."""
    return _SPACE.sub(" ", text.replace("\u00a0", " ").replace("\ufeff", "").replace("\u00ad", "")).strip()


def _one_picture_slide(node: LexborNode) -> bool:
    """Whether a gallery's "desc" element ("gallery-desc") stands in a slide of one picture, so that it describes
    that picture: a gallery's own description, above all its slides, captions none of them, nor the cover it
    may stand beside in the gallery's head. A slide is one of a run: its box shares its tag and a class name
    with a sibling ("gallery-item", "gallery-item gallery-item--clone")."""
    box = node.parent
    if box is None or len({img.attributes.get("data-src") or img.attributes.get("src") for img in box.css("img")}) != 1:
        return False
    parent, classes = box.parent, set((box.attributes.get("class") or "").split())
    return parent is not None and bool(classes) and sum(
        child.tag == box.tag and bool(classes & set((child.attributes.get("class") or "").split()))
        for child in parent.iter(include_text=False)) > 1
