"""Reading an HTML page: markup in, an article's pictures (alt text, caption, credit) out.

Pure: text in, models out. The page is parsed with Lexbor (selectolax), an
HTML5 parser that recovers broken markup the way browsers do. A picture is a
*container* (a `figure`, or the nearest element around a caption that holds
an image) with the caption and credit elements that belong to it; the words
that name caption, credit, hidden and teaser elements are data
(captions/data/html.yaml).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .html_conventions import HtmlConventions, class_words, conventions_for
from .html_meta import Metadata, read_metadata, structured_images
from .models import Article, Photo
from .page import parse_date, parser_for
from .registry import AgencyRegistry, bundled_registry

IMAGE_TAGS = ("img", "amp-img")
MAX_LOOSE_CREDIT = 120  # characters of an unmarked line in a figure read as its credit
MAX_LIST_CAPTION = 600  # characters: a longer list is body text
SKIP_DEPTH = 8  # elements above a picture asked whether they are a teaser rail, a share bar...
_BLOCK_BREAK = "\n"
# Formatting tags run on within a line of text; every other element boundary is a line break.
_INLINE = frozenset({"a", "em", "i", "b", "strong", "u", "sup", "sub", "small", "abbr", "time", "mark",
                     "q", "bdi", "bdo", "font", "-text", "wbr", "s", "dfn", "data", "code", "var"})
_SPACE = re.compile(r"\s+")
_BRACKETED_TAIL = re.compile(r"\s*\(([^()]{1,40})\)\s*$")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SEPARATOR_END = re.compile(r"\s*(?:[|/]|\s-|\s–|\s—)\s*$")


@dataclass
class HtmlPicture:
    """One picture read from the markup, before it becomes a Photo."""

    offset: int                    # where in the markup its caption (or credit) was found, for the line number
    description: str | None
    caption: str | None
    credit: str | None             # as printed, without lead-in or brackets
    structured_credit: str | None  # from the page's ImageObject metadata
    credit_source: str | None
    images: list[str] = field(default_factory=list)


def split_caption_credit(text: str, registry: AgencyRegistry) -> tuple[str | None, str | None]:
    """A caption line split into its caption and its credit, as page dumps are read.

    The one adapter to the page-dump parser: when the parser exposes a pure
    `split_caption_credit`, this body becomes a call to it.
    """
    parser = parser_for(registry)
    line = parser._clean(1, text)
    if line.kind != "text":
        return (line.text or None), None
    parser._split_credit(line)
    return (line.before or None), line.credit


def read_html(markup: str, *, id: str = "page", source: str = "-", registry: AgencyRegistry | None = None,
              conventions: HtmlConventions | None = None) -> Article:
    """Find every picture on an HTML page: its alt text, caption and credit.

    >>> page = '<h1>Floods</h1><figure><img alt="A street under water"><figcaption>The river rose overnight. Photo: Jo Li/AFP</figcaption></figure>'
    >>> [(p.description, p.caption, p.credit.raw) for p in read_html(page).photos]
    [('A street under water', 'The river rose overnight.', 'Jo Li/AFP')]
    """
    registry = registry or bundled_registry()
    meta, pictures = read_pictures(markup, registry=registry, conventions=conventions)
    reader = parser_for(registry).credits
    photos = []
    line_starts = _line_starts(markup)
    for n, pic in enumerate(pictures, 1):
        photos.append(Photo.model_construct(
            id=f"{id}/{n}", line=_line_of(line_starts, pic.offset), description=pic.description,
            caption=pic.caption, credit=_read_credit(reader, pic.credit) if pic.credit else None,
            credit_source=pic.credit_source,
        ))
    return Article.model_construct(id=id, source=source, date=parse_date(meta.date or ""), section=meta.section,
                                   title=meta.title, photos=photos)


def _read_credit(reader, raw: str):
    """The credit read into names; characters that print as nothing (zero-width spaces) do not split names."""
    clean = _INVISIBLE.sub("", raw)
    # "iStock (Ausschnitt)": a bracketed word that names no one stays in the raw credit only
    tail = _BRACKETED_TAIL.search(clean)
    if tail and tail.group(1).strip().casefold() in {w.strip("()").casefold() for w in reader.markers.dropped_words}:
        clean = clean[:tail.start()].rstrip()
    credit = reader.credit(clean)
    return credit if clean == raw else credit.model_copy(update={"raw": raw})


def looks_like_html(text: str) -> bool:
    """Whether text is an HTML document rather than a page dump: it opens with a doctype, <html> or <head>."""
    head = text[:1024].lstrip("\ufeff \t\r\n").lower()
    while head.startswith("<!--"):
        end = head.find("-->")
        if end < 0:
            return False
        head = head[end + 3:].lstrip()
    return head.startswith(("<!doctype html", "<html", "<head"))


def read_pictures(markup: str, *, registry: AgencyRegistry,
                  conventions: HtmlConventions | None = None) -> tuple[Metadata, list[HtmlPicture]]:
    """The page's metadata and its pictures, each once, in page order."""
    conv = conventions or conventions_for(registry)
    tree = LexborHTMLParser(markup)
    meta = read_metadata(tree, conv)
    structured = structured_images(tree)
    for node in tree.css(",".join(conv.drop_tags)):
        node.decompose()
    pictures = [pic for container, holders in _containers(tree, conv)
                if (pic := _picture(container, holders, conv, registry, structured, markup)) is not None]
    pictures = _dedupe(pictures)
    _place(pictures, markup)
    return meta, pictures


# -- finding pictures -------------------------------------------------------

_NO_WORDS: frozenset[str] = frozenset()


class _Marks:
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
        for key in path:
            self._skipped[key] = result
        return result


def _containers(tree: LexborHTMLParser, conv: HtmlConventions) -> list[tuple[LexborNode, list[LexborNode]]]:
    """Each picture container with the caption and credit elements that belong to it, in page order."""
    marks = _Marks(conv)
    body = tree.body
    if body is None:
        return []
    position: dict[int, int] = {}
    groups: dict[int, tuple[LexborNode, list[LexborNode]]] = {}
    figures: list[LexborNode] = []
    for node in body.traverse(include_text=False):
        tag = node.tag
        if tag.startswith("-"):
            continue
        position[node.mem_id] = len(position)
        if tag == "figure":
            figures.append(node)
            continue  # a figure holds its caption; "figure has-caption" is not one
        caption = marks.is_caption(node)
        credit = not caption and marks.is_credit(node)
        if not (caption or credit) or marks.is_hidden(node):
            continue
        if _inside_holder(node, marks):
            continue
        container = _container_of(node)
        if (container is None or container.tag != "figure") and not (caption or marks.is_strong_credit(node)):
            continue  # a byline or a source line outside a figure is not a picture's
        if container is None:
            container = node
        if marks.skipped(node) or marks.skipped(container) or _holds_media(container, marks):
            continue
        groups.setdefault(container.mem_id, (container, []))[1].append(node)
    found = list(groups.values())
    found.extend(_captioned_by_list(figures, groups, marks))
    found.sort(key=lambda group: position.get(group[0].mem_id, 0))
    return found


def _captioned_by_list(figures: list[LexborNode], taken: dict, marks: _Marks) -> Iterator[tuple[LexborNode, list[LexborNode]]]:
    """Photo-essay figures with no caption of their own, captioned by a one-item list printed right after one.

    One printed caption covers a group ("Clockwise from top: ..."): a run of
    figures printed side by side and the list right after the run; a run
    with no list after it goes with the list before it.
    """
    run: list[LexborNode] = []
    current: LexborNode | None = None
    for figure in figures:
        if figure.mem_id in taken or not _has_image(figure) or marks.skipped(figure) or _holds_media(figure, marks):
            continue
        previous = _next_element(run[-1]) if run else None
        if previous is not None and previous.mem_id == figure.mem_id:
            run.append(figure)
        else:
            if current is not None:
                yield from ((member, [current]) for member in run if _same_parent(member, current))
            run = [figure]
        caption = _list_caption(_next_element(figure))
        if caption is not None:
            yield from ((member, [caption]) for member in run)
            run, current = [], caption
    if current is not None:
        yield from ((member, [current]) for member in run if _same_parent(member, current))


def _list_caption(node: LexborNode | None) -> LexborNode | None:
    if node is None or node.tag not in ("ul", "ol") or len(node.css("li")) != 1 or node.css_first("a, img, figure"):
        return None
    return node if 0 < len(_clean(node.text(deep=True) or "")) <= MAX_LIST_CAPTION else None


def _same_parent(a: LexborNode, b: LexborNode) -> bool:
    return a.parent is not None and b.parent is not None and a.parent.mem_id == b.parent.mem_id


def _next_element(node: LexborNode) -> LexborNode | None:
    sibling = node.next
    while sibling is not None and sibling.tag in ("-text", "-comment"):
        sibling = sibling.next
    return sibling


def _holds_media(container: LexborNode, marks: _Marks) -> bool:
    """A video or an embed: a player in the container."""
    media = marks.conv.media_words
    return any(marks.words(n) & media for n in container.traverse(include_text=False) if n.attributes)


def _inside_holder(node: LexborNode, marks: _Marks) -> bool:
    parent = node.parent
    while parent is not None and parent.tag not in ("figure", "body"):
        if (marks.is_caption(parent) or marks.is_credit(parent)) and not marks.is_hidden(parent):
            return True
        parent = parent.parent
    return False


def _has_image(node: LexborNode) -> bool:
    return node.css_first("img, amp-img, picture, [data-alt]") is not None


def _container_of(node: LexborNode, levels: int = 4) -> LexborNode | None:
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
        if _has_image(parent):
            return parent
        parent = parent.parent
    return None


def _contains(outer: LexborNode, inner: LexborNode) -> bool:
    node = inner.parent
    while node is not None:
        if node.mem_id == outer.mem_id:
            return True
        node = node.parent
    return False


# -- one picture --------------------------------------------------------------

def _picture(container: LexborNode, holders: list[LexborNode], conv: HtmlConventions, registry: AgencyRegistry,
             structured: dict[str, str], markup: str) -> HtmlPicture | None:
    marks = _Marks(conv)
    credit_nodes: list[LexborNode] = []
    caption_lines: list[str] = []
    for holder in holders:
        if marks.is_credit(holder) and not marks.is_caption(holder):
            credit_nodes.append(holder)
            continue
        inner_credits = _outermost(n for n in holder.traverse(include_text=False)
                                   if n.mem_id != holder.mem_id and marks.is_credit(n) and not _holds_caption(n, marks))
        credit_nodes.extend(inner_credits)
        skip = {n.mem_id for n in inner_credits}
        caption_lines.extend(_lines(holder, marks, skip))
    if _all_links(holders, marks):
        return None  # a teaser: its "caption" is a headline linking elsewhere
    credits = _unlabelled([line for node in credit_nodes for line in _lines(node, marks, set())], conv)
    caption_lines = _unlabelled(caption_lines, conv)
    printed_before, credit = _credit_text(credits, registry)
    if printed_before:  # a credit element that holds a caption too: "Rep. Jo Li. | Alex Wong/Getty"
        caption_lines = caption_lines + [printed_before]
    own_credits = []
    rest = []
    for line in caption_lines:
        before, found = split_caption_credit(line, registry)
        if credit is None and before is None and found:
            own_credits.append(found)
        else:
            rest.append(line)
    if credit is None and own_credits:
        credit = own_credits[0]
    if credit is None and container.tag == "figure":
        credit = _loose_credit(container, holders, marks, registry)
    text = _clean(" ".join(rest))
    if text and credit is None:
        text, credit = _split(text, registry)
    elif text:
        text = _without_separator(text)
    caption = text or None
    if caption is None and credit is None:
        return None
    if caption is None and not (container.tag == "figure" or any(_container_of(h, levels=1) for h in holders)):
        return None  # a credit alone with no picture right by it: the text's copyright line ("© dpa")
    images = _images(container)
    structured_credit = next((structured[u] for u in images if u in structured), None)
    structured_credit = structured_credit or _microdata_credit(container)
    source = "printed" if credit else None
    if credit is None and structured_credit:
        credit, source = structured_credit, "structured"
    return HtmlPicture(
        offset=0,
        description=_description(container, marks),
        caption=caption, credit=credit, structured_credit=structured_credit, credit_source=source, images=images,
    )


def _unlabelled(lines: list[str], conv: HtmlConventions) -> list[str]:
    """Lines without caption labels ("Image caption", "Main image:") and without a line printed twice."""
    out: list[str] = []
    for line in lines:
        for label in conv.labels:
            if line.startswith(label) and (len(line) == len(label) or label[-1] == ":" or line[len(label)] == " "):
                line = line[len(label):].strip() if label[-1] == ":" or len(line) == len(label) else line
        if line and line not in conv.labels and line not in out:
            out.append(line)
    return out


def _loose_credit(figure: LexborNode, holders: list[LexborNode], marks: _Marks, registry: AgencyRegistry) -> str | None:
    """A credit printed in the figure outside its caption, in an element no class name marks: a line that reads as a credit."""
    skip = {h.mem_id for h in holders}
    for line in _unlabelled(_lines(figure, marks, skip), marks.conv):
        if len(line) <= MAX_LOOSE_CREDIT:
            before, credit = split_caption_credit(line, registry)
            if before is None and credit:
                return credit
    return None


def _holds_caption(node: LexborNode, marks: _Marks) -> bool:
    return any(marks.is_caption(n) for n in node.traverse(include_text=False) if n.mem_id != node.mem_id)


def _outermost(nodes: Iterator[LexborNode]) -> list[LexborNode]:
    out: list[LexborNode] = []
    for node in nodes:
        if not any(_contains(o, node) for o in out):
            out.append(node)
    return out


def _lines(node: LexborNode, marks: _Marks, skip: set[int]) -> list[str]:
    """The element's visible text, one line per block; hidden labels, headers and `skip` elements left out.

    A walk with its own stack: markup nested thousands deep is no reason to fail.
    """
    parts: list[str] = []
    furniture = marks.conv.caption_furniture_tags
    stack: list[LexborNode | str] = [_BLOCK_BREAK]
    stack.extend(reversed(list(node.iter(include_text=True))))
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            parts.append(item)
            continue
        tag = item.tag
        if tag == "-text":
            parts.append(item.text_content or "")
            continue
        if tag.startswith("-") or item.mem_id in skip or tag in furniture or marks.is_hidden(item):
            parts.append(_BLOCK_BREAK)
            continue
        inline = tag in _INLINE
        if not inline:
            parts.append(_BLOCK_BREAK)
            stack.append(_BLOCK_BREAK)
        stack.extend(reversed(list(item.iter(include_text=True))))
    return [line for raw in "".join(parts).split(_BLOCK_BREAK) if (line := _clean(raw))]


def _all_links(holders: list[LexborNode], marks: _Marks) -> bool:
    """Whether every word of the captions is inside a link: a teaser's headline, not a caption."""
    texts = [(h.text(deep=True) or "").strip() for h in holders if marks.is_caption(h)]
    if not any(texts):
        return False
    linked = "".join((a.text(deep=True) or "") for h in holders if marks.is_caption(h) for a in h.css("a"))
    return len(_SPACE.sub("", linked)) >= len(_SPACE.sub("", "".join(texts)))


def _credit_text(lines: list[str], registry: AgencyRegistry) -> tuple[str | None, str | None]:
    """The caption a credit element prints before a bar, if any, and its credit without lead-in or brackets."""
    text = _clean(" ".join(lines))
    if " | " in text:
        before, text = text.rsplit(" | ", 1)
        return before.strip() or None, _credit_alone(text, registry)
    return None, _credit_alone(text, registry)


def _credit_alone(text: str, registry: AgencyRegistry) -> str | None:
    if not text:
        return None
    before, credit = split_caption_credit(text, registry)
    if credit and not before:
        return credit
    stripped = parser_for(registry)._strip_leadin(text).strip()
    if stripped[:1] + stripped[-1:] in ("()", "[]"):
        stripped = stripped[1:-1].strip()
    if stripped != text:
        before, credit = split_caption_credit(stripped, registry)
        if credit and not before:
            return credit
    return stripped.rstrip(".").strip() or None


def _split(text: str, registry: AgencyRegistry) -> tuple[str | None, str | None]:
    caption, credit = split_caption_credit(text, registry)
    if credit is None:
        return text, None
    return (_without_separator(caption) if caption else None), credit


def _without_separator(text: str) -> str:
    return _SEPARATOR_END.sub("", text).strip()


def _clean(text: str) -> str:
    return _SPACE.sub(" ", text.replace("\u00a0", " ")).strip()


def _images(container: LexborNode) -> list[str]:
    urls = []
    for img in container.css("img, amp-img, source, [data-src]"):
        attrs = img.attributes
        for name in ("src", "data-src", "srcset", "data-srcset"):
            value = attrs.get(name)
            if value:
                urls.extend(u.split()[0] for u in value.split(",") if u.strip())
    return urls


def _description(container: LexborNode, marks: _Marks) -> str | None:
    """The picture's alt text: the first image's alt (a noscript fallback counts), else a lazy loader's data-alt."""
    for img in container.css("img, amp-img"):
        alt = img.attributes.get("alt")
        if alt and (text := _clean(alt)):
            return text
    for node in container.css("[data-alt]"):
        alt = node.attributes.get("data-alt")
        if alt and (text := _clean(alt)):
            return text
    return None


def _microdata_credit(container: LexborNode) -> str | None:
    for meta in container.css("meta[itemprop]"):
        props = set((meta.attributes.get("itemprop") or "").split())
        if props & {"creditText", "copyrightHolder", "creator", "copyrightNotice"}:
            content = _clean(meta.attributes.get("content") or "")
            if content:
                return content
    return None


def _dedupe(pictures: list[HtmlPicture]) -> list[HtmlPicture]:
    """A picture printed twice (two layouts, a gallery slide repeating an inline figure) is one picture.

    The same caption and credit over two different images (a group caption) are two pictures.
    """
    seen: dict[tuple[str, str], list[HtmlPicture]] = {}
    out = []
    for pic in pictures:
        key = (pic.caption or "", pic.credit or "")
        twin = next((first for first in seen.get(key, ()) if pic.caption and _same_picture(first, pic)), None)
        if twin is not None:
            if twin.description is None and pic.description:
                twin.description = pic.description
            continue
        seen.setdefault(key, []).append(pic)
        out.append(pic)
    return out


def _same_picture(a: HtmlPicture, b: HtmlPicture) -> bool:
    if not a.images or not b.images or (a.description and a.description == b.description):
        return True
    return bool(set(a.images) & set(b.images))


def _place(pictures: list[HtmlPicture], markup: str) -> None:
    """Where each picture's caption (or credit) starts in the markup, searched onward from the last one.

    Text the markup spells with entities is not found: the picture takes the
    place of the one before. One pass over the markup, however many pictures.
    """
    last = 0
    for pic in pictures:
        probe = (pic.caption or pic.credit or "")[:24]
        found = markup.find(probe, last) if probe else -1
        if found >= 0:
            last = found
        pic.offset = last


def _line_starts(markup: str) -> list[int]:
    return [m.start() for m in re.finditer("\n", markup)]


def _line_of(newlines: list[int], offset: int) -> int:
    from bisect import bisect_left

    return bisect_left(newlines, offset) + 1
