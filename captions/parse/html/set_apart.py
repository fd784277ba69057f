"""How a text by a picture is set apart from the story around it: its type, its alignment, the blocks beside it.

Pure functions over parsed elements, for reading pictures whose markup names
no caption (bare.py): a caption is told from story text by looking like none
of the story's own paragraphs. `Beside` reads the blocks of each element once
per page, so that a page of many pictures is read in linear time.
"""
from __future__ import annotations

import re
import unicodedata

from selectolax.lexbor import LexborNode

from .conventions import class_words
from .tree import previous_element, tag_of, text_of

LINKED_SHARE = 0.8       # of a text's characters inside links: a menu or a teaser ("News | Sport | Weather")
STORY_PARAGRAPH = 100    # characters of a paragraph of story text
_STYLED_TAGS = frozenset({"em", "i", "small", "font", "sub", "cite"})
_STYLED = re.compile(r"font-size|font-style|color", re.IGNORECASE)
_CENTRED = re.compile(r"text-align\s*:\s*center", re.IGNORECASE)


StyleKeys = frozenset[tuple[str, str, str]]


class Beside:
    """What the blocks beside a block look like, read once per parent element of a page.

    Every image asks about the blocks beside its caption; a page of a thousand
    pictures in one parent would otherwise read every sibling's text and style
    a thousand times. Cached by mem_id: build one per parsed page (Marks does).
    """

    def __init__(self, type_words: frozenset[str] = frozenset()) -> None:
        self.type_words = type_words  # html.yaml's small_type_words: "has-small-font-size"
        self._keys: dict[int, StyleKeys] = {}
        self._paragraphs: dict[int, _Paragraphs] = {}
        self._signatures: dict[int, dict[tuple[str, ...], list[int]]] = {}
        self._story_within: dict[int, bool] = {}

    def style_keys(self, node: LexborNode) -> StyleKeys:
        """How the text of a node is set apart, when all of it is (see `style_keys`)."""
        return style_keys(node, self.type_words, self._keys)

    def unlike_story(self, keys: StyleKeys, block: LexborNode) -> bool:
        """Whether type set apart this way is not the story's own.

        Pasted text wraps every paragraph in the same span or font, and an
        interview sets each question in italics: a style of a long paragraph, or
        of two short ones, not right after an image, is the story's. One short
        paragraph (an editor's note in italics) is not.
        """
        if not keys or block.parent is None:
            return False
        long, short = self._beside(block.parent).styles.get(keys, ([], []))
        own = block.mem_id
        return not _others(long, own) and len(short) - short.count(own) < 2

    def story_beside(self, block: LexborNode) -> bool:
        """Whether paragraphs of story text stand beside a block: long, and not right after an image."""
        return block.parent is not None and _others(self._beside(block.parent).story, block.mem_id)

    def story_within(self, node: LexborNode) -> bool:
        """Whether story text stands inside an element, an article's part and not a rail's: a long paragraph
        anywhere in it, or a run of two paragraphs or more of its own (a story told in short paragraphs)."""
        found = self._story_within.get(node.mem_id)
        if found is None:
            own = [p for p in paragraphs_in(node) if printed_width(text_of(p)) >= STORY_PARAGRAPH // 2]
            found = self._story_within[node.mem_id] = len(own) >= 2 or any(
                printed_width(text_of(p)) >= STORY_PARAGRAPH for p in node.css("p"))
        return found

    def centred_story_beside(self, block: LexborNode) -> bool:
        return block.parent is not None and _others(self._beside(block.parent).centred_story, block.mem_id)

    def unlike_siblings(self, block: LexborNode) -> bool:
        """Whether no block beside this one, other than one right after an image, is printed in its style."""
        parent = block.parent
        if parent is None:
            return False
        found = self._signatures.get(parent.mem_id)
        if found is None:
            found = self._signatures[parent.mem_id] = {}
            for sibling in parent.iter(include_text=False):
                if not tag_of(sibling).startswith("-") and not after_image(sibling):
                    found.setdefault(signature(sibling), []).append(sibling.mem_id)
        return not _others(found.get(signature(block), []), block.mem_id)

    def _beside(self, parent: LexborNode) -> _Paragraphs:
        found = self._paragraphs.get(parent.mem_id)
        if found is None:
            found = self._paragraphs[parent.mem_id] = _Paragraphs()
            for paragraph in paragraphs_in(parent):
                long = printed_width(text_of(paragraph)) >= STORY_PARAGRAPH
                if long:
                    found.story.append(paragraph.mem_id)
                    if centred(paragraph):
                        found.centred_story.append(paragraph.mem_id)
                keys = self.style_keys(paragraph)
                if keys:
                    found.styles.setdefault(keys, ([], []))[0 if long else 1].append(paragraph.mem_id)
        return found


class _Paragraphs:
    """The paragraphs with text in one element, but those right after an image, by mem_id."""

    def __init__(self) -> None:
        self.story: list[int] = []           # long ones: the story's text
        self.centred_story: list[int] = []
        self.styles: dict[StyleKeys, tuple[list[int], list[int]]] = {}  # set apart this way: long ones, short ones


def _others(ids: list[int], own: int) -> bool:
    """Whether the list holds an id other than `own`."""
    return len(ids) > 1 or (len(ids) == 1 and ids[0] != own)


def after_image(block: LexborNode) -> bool:
    previous = previous_element(block)
    return previous is not None and holds_image(previous) and not text_of(previous)


def signature(block: LexborNode) -> tuple[str, ...]:
    """How a block is printed: its tag, class, style and alignment, and those of an element it is wrapped round."""
    parts: list[str] = []
    node: LexborNode | None = block
    while node is not None:
        attrs = node.attributes
        parts.extend([tag_of(node), " ".join((attrs.get("class") or "").split()),
                      re.sub(r"\s+", "", attrs.get("style") or "").rstrip(";").lower(),
                      (attrs.get("align") or "").lower()])
        children = [c for c in node.iter(include_text=True) if c.tag != "-comment" and (c.tag != "-text" or text_of(c))]
        node = children[0] if len(children) == 1 and not tag_of(children[0]).startswith("-") else None
    return tuple(parts)


def style_keys(node: LexborNode, type_words: frozenset[str] = frozenset(),
               known: dict[int, StyleKeys] | None = None) -> StyleKeys:
    """How the text of a node is set apart, when all of it is: the small, italic or styled elements holding it; else empty.

    `type_words` are class-name words of small or italic type (html.yaml's small_type_words: "has-small-font-size");
    `known` caches the answers by mem_id. Read without recursion: pasted pages nest spans hundreds deep.
    """
    known = {} if known is None else known
    stack: list[tuple[LexborNode, list[LexborNode] | None]] = [(node, None)]
    while stack:
        current, children = stack.pop()
        key = current.mem_id
        if key in known:
            continue
        if children is None:
            if current.tag == "-text":
                known[key] = frozenset()
            elif is_styled(current, type_words):
                attrs = current.attributes
                known[key] = frozenset({(tag_of(current),
                                         re.sub(r"\s+", "", attrs.get("style") or "").rstrip(";").lower(),
                                         f"{attrs.get('size') or ''} {' '.join((attrs.get('class') or '').split())}")})
            else:
                inside = [c for c in current.iter(include_text=True)
                          if c.tag not in ("-comment", "br") and (c.tag != "-text" or text_of(c))]
                stack.append((current, inside))
                stack.extend((c, None) for c in inside)
            continue
        keys = [known[c.mem_id] for c in children]
        known[key] = frozenset().union(*keys) if children and all(keys) else frozenset()
    return known[node.mem_id]


def printed_width(text: str) -> int:
    """A text's length as a reader sees it: a wide character (Chinese, Japanese, Korean) takes two places, as it
    says about as much as two Latin letters; a 60-character Chinese paragraph is story text."""
    return len(text) + sum(1 for ch in text if ch >= "\u1100" and unicodedata.east_asian_width(ch) in "WF")


def paragraphs_in(parent: LexborNode) -> list[LexborNode]:
    """The paragraphs with text in an element, but those right after an image."""
    return [child for child in parent.iter(include_text=False)
            if child.tag == "p" and text_of(child) and not after_image(child)]


def is_styled(node: LexborNode, type_words: frozenset[str] = frozenset()) -> bool:
    if node.tag in _STYLED_TAGS or _STYLED.search(node.attributes.get("style") or ""):
        return True
    return bool(type_words) and bool(class_words(node.attributes.get("class") or "") & type_words)


def centred(node: LexborNode) -> bool:
    attrs = node.attributes
    return node.tag == "center" or (attrs.get("align") or "").lower() == "center" or bool(_CENTRED.search(attrs.get("style") or ""))


def linked(nodes: list[LexborNode]) -> bool:
    """Whether the words are links (all but separators): a teaser's headline or a menu, not a caption."""
    text = "".join(text_of(n) for n in nodes)
    linked = "".join((a.text(deep=True) or "") for n in nodes if n.tag != "-text"
                     for a in ([n] if n.tag == "a" else n.css("a")))
    return bool(text) and len(re.sub(r"\s+", "", linked)) >= LINKED_SHARE * len(re.sub(r"\s+", "", text))


def only_child(node: LexborNode, parent: LexborNode | None) -> bool:
    if parent is None:
        return False
    return all(c.mem_id == node.mem_id or c.tag in ("-comment", "br", "noscript") or (c.tag == "-text" and not text_of(c))
               for c in parent.iter(include_text=True))


def outer_box(node: LexborNode) -> LexborNode:
    """The outermost div, span or section holding the node alone: a CMS boxing each figure
    (`<div class="figure-wrap"><figure>...</figure></div>`) puts the box where the figure stood among its neighbours."""
    while (parent := node.parent) is not None and parent.tag in _BOXES and only_child(node, parent):
        node = parent
    return node


_BOXES = frozenset({"div", "span", "section"})


def holds_image(node: LexborNode) -> bool:
    """Whether a node is an image or holds one, an `img` or `amp-img` (marks.has_image counts a `picture` or a
    `[data-alt]` placeholder a script fills in too); a text or comment node holds none."""
    return node.tag in ("img", "amp-img") or (
        not tag_of(node).startswith("-") and node.css_first("img, amp-img") is not None)


def under_one_of_many(caption: LexborNode) -> bool:
    """A caption element printed right under a block holding an image alone, as another beside it is under
    another image: `<p><img></p><p class="photo-caption">...</p>` repeated down a story's body (home-grown
    CMSes' body pictures). The element around it holding an image is the whole story, not this picture's box:
    the bare reading gives each caption to the image above it."""
    parent = caption.parent
    if parent is None or not _right_under_image(caption):
        return False
    name = caption.attributes.get("class")
    return any(other.mem_id != caption.mem_id and other.tag == caption.tag and other.attributes.get("class") == name
               and _right_under_image(other) for other in parent.iter(include_text=False))


def _right_under_image(block: LexborNode) -> bool:
    above = previous_element(block)
    while above is not None and above.tag in ("p", "div") and not text_of(above) and not holds_image(above):
        above = previous_element(above)  # a spacer paragraph (<p>&nbsp;</p>) between the image and its caption
    return above is not None and above.tag != "figure" and holds_image(above) and not text_of(above)
