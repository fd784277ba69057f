"""What the markup says an element is: a caption, a credit, hidden text, a teaser, a picture's container.

The words come from captions/knowledge/html.yaml (HtmlConventions); pure functions over a parsed tree.
"""
from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from .conventions import HtmlConventions, class_words

SKIP_DEPTH = 8  # elements above a picture asked whether they are a teaser rail, a share bar...
_SPACE = re.compile(r"\s+")
_NO_WORDS: frozenset[str] = frozenset()


class Marks:
    """What the markup says an element is, cached per element."""

    def __init__(self, conv: HtmlConventions) -> None:
        self.conv = conv
        self._words: dict[int, frozenset[str]] = {}
        self._skipped: dict[int, bool] = {}

    def words(self, node: LexborNode) -> frozenset[str]:
        key = node.mem_id
        found = self._words.get(key)
        if found is None:
            attrs = node.attributes
            names = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
            found = class_words(names) if names != " " else _NO_WORDS
            self._words[key] = found
        return found

    def itemprops(self, node: LexborNode) -> set[str]:
        return set((node.attributes.get("itemprop") or "").split())

    def is_caption(self, node: LexborNode) -> bool:
        return (node.tag == "figcaption" or bool(self.words(node) & self.conv.caption_words)
                or bool(self.itemprops(node) & self.conv.caption_itemprops))

    def is_credit(self, node: LexborNode) -> bool:
        return (node.tag == "cite" or bool(self.words(node) & self.conv.credit_words)
                or bool(self.itemprops(node) & self.conv.credit_itemprops))

    def is_strong_credit(self, node: LexborNode) -> bool:
        return bool(self.words(node) & self.conv.standalone_credit_words)

    def is_control(self, node: LexborNode) -> bool:
        """A button: "Buy Now", "Zoom", "Ver galería" printed in a caption, in any language."""
        return bool(self.words(node) & self.conv.control_words) or node.attributes.get("role") == "button"

    def is_hidden(self, node: LexborNode) -> bool:
        return bool(self.words(node) & self.conv.hidden_words) or "hidden" in node.attributes

    def skipped(self, node: LexborNode | None) -> bool:
        """Whether the element or one around it is a teaser, a rail, a share bar, a logo or an ad."""
        path = []
        result = False
        depth = 0
        # The article's own element and those around it carry page-wide classes ("has-post-thumbnail"): not asked.
        while node is not None and node.tag not in ("body", "html", "article", "main") and depth < SKIP_DEPTH:
            depth += 1
            key = node.mem_id
            if key in self._skipped:
                result = self._skipped[key]
                break
            path.append(key)
            if self.words(node) & self.conv.skip_words:
                result = True
                break
            node = node.parent
        # A "no" reached at the depth limit holds for the first element only: those above it see further up.
        if result or depth < SKIP_DEPTH:
            for key in path:
                self._skipped[key] = result
        return result


def holds_media(container: LexborNode, marks: Marks) -> bool:
    """A video or an embed: a player in the container."""
    media = marks.conv.media_words
    return any(marks.words(n) & media for n in container.traverse(include_text=False) if n.attributes)


def inside_holder(node: LexborNode, marks: Marks) -> bool:
    parent = node.parent
    while parent is not None and parent.tag not in ("figure", "body"):
        if (marks.is_caption(parent) or marks.is_credit(parent)) and not marks.is_hidden(parent):
            return True
        parent = parent.parent
    return False


def has_image(node: LexborNode) -> bool:
    return node.css_first("img, amp-img, picture, [data-alt]") is not None


def container_of(node: LexborNode, levels: int = 4) -> LexborNode | None:
    """The figure around a caption, else the nearest element around it holding an image."""
    parent = node.parent
    while parent is not None and parent.tag != "body":
        if parent.tag == "figure":
            return parent
        parent = parent.parent
    parent = node.parent
    for _ in range(levels):
        if parent is None or parent.tag == "body":
            return None
        if has_image(parent):
            return parent
        parent = parent.parent
    return None


def contains(outer: LexborNode, inner: LexborNode) -> bool:
    node = inner.parent
    while node is not None:
        if node.mem_id == outer.mem_id:
            return True
        node = node.parent
    return False


def clean(text: str) -> str:
    return _SPACE.sub(" ", text.replace("\u00a0", " ")).strip()
