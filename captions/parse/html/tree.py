"""Walking a parsed page's elements: a node's tag and text, its siblings past text and comments, whether one
element stands inside another."""
from __future__ import annotations

import re

from selectolax.lexbor import LexborNode


def tag_of(node: LexborNode) -> str:
    """A node's tag name, or "-text", "-comment" for those nodes. Lexbor names a processing instruction None, the
    one node with no name: read_pictures drops them, so that every node of a page read has one."""
    tag = node.tag
    assert tag is not None, "a processing instruction, which read_pictures drops"
    return tag


def text_of(node: LexborNode) -> str:
    """The text a node prints, stripped: a text node's own, an element's deep text; none for a comment or noscript.
    As a browser prints it, a run of the markup's spaces and newlines is one space."""
    if node.tag == "-text":
        return _MARKUP_SPACE.sub(" ", node.text_content or "").strip()
    if tag_of(node).startswith("-") or node.tag == "noscript":
        return ""
    return _MARKUP_SPACE.sub(" ", node.text(deep=True) or "").strip()


_MARKUP_SPACE = re.compile(r"[ \t\n\r\f]+")  # not a no-break space: it prints as one


def first_element(node: LexborNode) -> LexborNode | None:
    """The first child element of a node, past whitespace and comments; None when text comes first."""
    child = node.child
    while child is not None and child.tag in ("-text", "-comment") and not text_of(child):
        child = child.next
    return child if child is not None and not tag_of(child).startswith("-") else None


def next_element(node: LexborNode) -> LexborNode | None:
    """The next sibling element, past whitespace and comments; None when printed text comes first (element_after
    passes over it)."""
    sibling = node.next
    while sibling is not None and (sibling.tag in ("-text", "-comment") and not text_of(sibling)):
        sibling = sibling.next
    return sibling if sibling is not None and not tag_of(sibling).startswith("-") else None


def element_after(node: LexborNode) -> LexborNode | None:
    """The next sibling that is an element, past any text and comments, printed or not (next_element stops at
    printed text)."""
    sibling = node.next
    while sibling is not None and sibling.tag in ("-text", "-comment"):
        sibling = sibling.next
    return sibling


def next_block(node: LexborNode) -> LexborNode | None:
    """The element after the image's line: the next sibling that is not whitespace, a line break or a fallback."""
    sibling = node.next
    while sibling is not None and (sibling.tag in ("br", "noscript", "-comment") or (sibling.tag == "-text" and not text_of(sibling))):
        sibling = sibling.next
    return sibling if sibling is not None and not tag_of(sibling).startswith("-") else None


def previous_element(node: LexborNode) -> LexborNode | None:
    """The sibling element before, past whitespace and comments; None when printed text stands between."""
    sibling = node.prev
    while sibling is not None and sibling.tag in ("-text", "-comment") and not text_of(sibling):
        sibling = sibling.prev
    return sibling if sibling is not None and not tag_of(sibling).startswith("-") else None


def inside_one_of(node: LexborNode, ids: set[int]) -> bool:
    """Whether an element stands inside one of the elements of these `mem_id`s: asked of its ancestors (at most
    MAX_NESTING), not of each element, where thousands share a page."""
    up = node.parent
    while up is not None and up.mem_id not in ids:
        up = up.parent
    return up is not None


def contains(outer: LexborNode, inner: LexborNode) -> bool:
    """Whether `inner` stands inside `outer` (not `outer` itself)."""
    node = inner.parent
    while node is not None:
        if node.mem_id == outer.mem_id:
            return True
        node = node.parent
    return False
