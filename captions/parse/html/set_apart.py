"""How a text by a picture is set apart from the story around it: its type, its alignment, the blocks beside it.

Pure functions over parsed elements, for reading pictures whose markup names
no caption (bare.py): a caption is told from story text by looking like none
of the story's own paragraphs.
"""
from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from .conventions import class_words

LINKED_SHARE = 0.8       # of a text's characters inside links: a menu or a teaser ("News | Sport | Weather")
STORY_PARAGRAPH = 100    # characters of a paragraph of story text
_STYLED_TAGS = frozenset({"em", "i", "small", "font", "sub", "cite"})
_STYLED = re.compile(r"font-size|font-style|color", re.IGNORECASE)
_CENTRED = re.compile(r"text-align\s*:\s*center", re.IGNORECASE)


def unlike_siblings(block: LexborNode) -> bool:
    """Whether no block beside this one, other than one right after an image, is printed in its style."""
    parent = block.parent
    if parent is None:
        return False
    own = signature(block)
    for sibling in parent.iter(include_text=False):
        if sibling.mem_id == block.mem_id or sibling.tag.startswith("-"):
            continue
        if signature(sibling) == own and not after_image(sibling):
            return False
    return True


def after_image(block: LexborNode) -> bool:
    previous = previous_element(block)
    return previous is not None and holds_image(previous) and not text_of(previous)


def signature(block: LexborNode) -> tuple[str, ...]:
    """How a block is printed: its tag, class, style and alignment, and those of an element it is wrapped round."""
    parts: list[str] = []
    node: LexborNode | None = block
    while node is not None:
        attrs = node.attributes
        parts.extend([node.tag, " ".join((attrs.get("class") or "").split()), re.sub(r"\s+", "", attrs.get("style") or "").rstrip(";").lower(),
                      (attrs.get("align") or "").lower()])
        children = [c for c in node.iter(include_text=True) if c.tag != "-comment" and (c.tag != "-text" or text_of(c))]
        node = children[0] if len(children) == 1 and not children[0].tag.startswith("-") else None
    return tuple(parts)


def style_keys(node: LexborNode, type_words: frozenset[str] = frozenset()) -> frozenset[tuple[str, str, str]]:
    """How the text of a node is set apart, when all of it is: the small, italic or styled elements holding it; else empty.

    `type_words` are class-name words of small or italic type (html.yaml's small_type_words: "has-small-font-size").
    """
    if node.tag == "-text":
        return frozenset()
    if is_styled(node, type_words):
        attrs = node.attributes
        return frozenset({(node.tag, re.sub(r"\s+", "", attrs.get("style") or "").rstrip(";").lower(),
                           f"{attrs.get('size') or ''} {' '.join((attrs.get('class') or '').split())}")})
    children = [c for c in node.iter(include_text=True) if c.tag not in ("-comment", "br") and (c.tag != "-text" or text_of(c))]
    keys = [style_keys(c, type_words) for c in children]
    return frozenset().union(*keys) if children and all(keys) else frozenset()


def unlike_story(keys: frozenset[tuple[str, str, str]], block: LexborNode, type_words: frozenset[str] = frozenset()) -> bool:
    """Whether type set apart this way is not the story's own.

    Pasted text wraps every paragraph in the same span or font, and an
    interview sets each question in italics: a style of a long paragraph, or
    of two short ones, not right after an image, is the story's. One short
    paragraph (an editor's note in italics) is not.
    """
    if not keys:
        return False
    short = 0
    for paragraph in paragraphs_beside(block):
        if style_keys(paragraph, type_words) == keys:
            if len(text_of(paragraph)) >= STORY_PARAGRAPH:
                return False
            short += 1
    return short < 2


def story_paragraphs(block: LexborNode) -> list[LexborNode]:
    """The paragraphs of story text beside a block: long, and not right after an image."""
    return [p for p in paragraphs_beside(block) if len(text_of(p)) >= STORY_PARAGRAPH]


def paragraphs_beside(block: LexborNode) -> list[LexborNode]:
    """The paragraphs with text beside a block, but those right after an image."""
    parent = block.parent
    if parent is None:
        return []
    return [sibling for sibling in parent.iter(include_text=False)
            if sibling.tag == "p" and sibling.mem_id != block.mem_id and text_of(sibling) and not after_image(sibling)]


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


def holds_image(node: LexborNode) -> bool:
    return node.tag in ("img", "amp-img") or (not node.tag.startswith("-") and node.css_first("img, amp-img") is not None)


def text_of(node: LexborNode) -> str:
    if node.tag == "-text":
        return (node.text_content or "").strip()
    if node.tag.startswith("-") or node.tag == "noscript":
        return ""
    return (node.text(deep=True) or "").strip()


def next_element(node: LexborNode) -> LexborNode | None:
    sibling = node.next
    while sibling is not None and (sibling.tag in ("-text", "-comment") and not text_of(sibling)):
        sibling = sibling.next
    return sibling if sibling is not None and not sibling.tag.startswith("-") else None


def next_block(node: LexborNode) -> LexborNode | None:
    """The element after the image's line: the next sibling that is not whitespace, a line break or a fallback."""
    sibling = node.next
    while sibling is not None and (sibling.tag in ("br", "noscript", "-comment") or (sibling.tag == "-text" and not text_of(sibling))):
        sibling = sibling.next
    return sibling if sibling is not None and not sibling.tag.startswith("-") else None


def previous_element(node: LexborNode) -> LexborNode | None:
    sibling = node.prev
    while sibling is not None and sibling.tag in ("-text", "-comment") and not text_of(sibling):
        sibling = sibling.prev
    return sibling if sibling is not None and not sibling.tag.startswith("-") else None
