"""Pictures whose markup says nothing: an `img` in no figure and no caption or credit element, captioned by what is printed right by it.

Blogs, small outlets and hand-made pages print a caption where a reader sees
it, with no class name to say so. A text by an image is its caption when one
of these conventions makes it one:

- the image's own line, after a line break, in small, italic or styled type,
  or in a centred block: `<p><img><br><em>Caption. Photo: Name</em></p>`,
  `<div align=center><img><br>Caption (AP Photo/Name)</div>`;
- the block right after the image's own block, in small, italic or styled
  type, centred where the story is not, or in a style the page prints under
  two or more pictures and nowhere else: `<p><img></p><p><small>Caption</small></p>`;
- the table cell under the image's cell; the `dd` after the image's `dt`;
- any of these places, in plain type, when the text closes with a credit
  (`... Photo: Name`, `(AP Photo/Name)`) or is a credit alone.

Anything else after an image is story text: the image is no picture of the
catalogue (a picture has a caption, a credit or both). Images too small to be
an article's picture (icons, pixels, rail thumbnails), logos, avatars and
those in teaser rails are never asked.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from selectolax.lexbor import LexborNode

from .figure import (HtmlPicture, _INLINE, _description, _images, _lines, _split, _unbracketed, _unlabelled,
                     _without_separator)
from .gallery import slide_in_story
from .marks import Marks, clean, holds_media
from .image_table import image_cell_caption
from .leadin_sources import credit_after_sentence
from .bare_text import (CAPTION_BLOCKS, caption_sized, closes_with_credit, closes_with_marked_credit,
                        credit_line_after, marked_credit, opening_caption)
from .placed_group import images_placed_above, places_named
from .repeats import is_image_file, pixels
from .set_apart import centred, holds_image, linked, only_child, outer_box, signature, under_one_of_many
from .tree import next_block, next_element, previous_element, tag_of, text_of
from ..credit_in_line import split_caption_credit
from ..pair_pointers import PAIR, opens_with_pair_pointer
from ...knowledge.registry import AgencyRegistry

MAX_COUNTER = 24         # characters of a slide counter printed alone: "Foto 12 von 140"
MIN_PICTURE_SIDE = 100   # pixels: an image whose printed width and height are both smaller is an icon or a thumbnail
PLAYER_LEVELS = 2        # elements around a video's poster image named as its player: "div.videoplayer > div > img"
MAX_CLIMB = 6            # elements around an image holding nothing else, climbed to find its block
# (and `meta`: microdata printing nothing, the image's own URL in WordPress themes' ImageObject box)
_FLOW = _INLINE | {"span", "img", "amp-img", "picture", "source", "br", "noscript", "label", "-comment", "meta"}
_SIZE_IN_NAME = re.compile(r"[-_](\d{1,4})x(\d{1,4})(?:[-_.]|$)")  # "wolkig-rgb_50x60.png", "kiln-350x200.jpg"
_STOP = frozenset({"body", "html", "article", "main", "section", "td", "th", "dt", "dd", "li", "figure", "table", "tr"})


@dataclass
class _Found:
    unit: LexborNode                 # the image and the elements around it that hold nothing else
    lines: list[str]
    next_block: LexborNode | None    # the caption block after the image's block, asked about the page's pattern
    signature: tuple[str, ...] = ()
    marked_credit: str | None = None  # the text of a credit element under the caption, its lone name read as one


def bare_pictures(body: LexborNode, taken: list[LexborNode], marks: Marks, registry: AgencyRegistry,
                  structured: dict[str, str]) -> list[tuple[LexborNode, HtmlPicture]]:
    """Each image outside a figure and the containers already read, with the caption a convention gives it."""
    # each container once: a figure of thousands of pictures is in `taken` once for each
    read = {img.mem_id for node in {node.mem_id: node for node in taken}.values() for img in node.css("img, amp-img")}
    figures: set[int] = set()
    sure: list[_Found] = []
    pattern: list[_Found] = []  # a plain-looking block after an image: a caption only if the page repeats its style
    for img in body.css("img, amp-img"):
        if img.mem_id in read or not _article_image(img, marks):
            continue
        figure = _outer_figure(img)
        if figure is None:
            found = _caption_of(img, marks, registry)
        elif figure.mem_id in figures or text_of(figure) or holds_media(figure, marks):
            continue
        else:  # a figure with no caption in it, the caption printed under it
            figures.add(figure.mem_id)
            box = outer_box(figure)  # a CMS's box around the figure alone: the caption is printed under the box
            found = _block(box, _below(box, registry), marks, registry)
        if found is None:
            continue
        (pattern if found.signature else sure).append(found)
    sure.extend(_page_pattern(pattern, sure, marks))
    out = []
    images_taken = read | {img.mem_id for found in sure for img in found.unit.css("img, amp-img")}
    for found in sure:
        pic = _picture(found.unit, found.lines, marks, registry, structured, found.marked_credit)
        if pic is not None:
            # one caption under a row of images naming each one's place: a picture each (placed_group.py)
            count = places_named(pic.caption, marks.conv.place_words, marks.conv.bracketed_place_words)
            if found.lines and opens_with_pair_pointer(found.lines[0], registry.markers.pair_pointers):
                count = max(count, PAIR)  # "▲▼ ...": the picture above and the one below (pair_pointers.py)
            for unit in images_placed_above(found.unit, count, images_taken):
                if (twin := _picture(unit, found.lines, marks, registry, structured, found.marked_credit)) is not None:
                    twin.placed_row = pic.placed_row = found.unit.mem_id  # two pictures, whatever alt text they share
                    out.append((unit, twin))
            out.append((found.unit, pic))
    return out


def _article_image(img: LexborNode, marks: Marks) -> bool:
    """Whether an image may be an article's picture: not an icon, a pixel, a lazy image's fallback, a logo or a teaser's."""
    attrs = img.attributes
    sides = [side for v in (attrs.get("width"), attrs.get("height")) if v and (side := pixels(v.strip())) is not None]
    named = _SIZE_IN_NAME.search((attrs.get("src") or "").rsplit("/", 1)[-1])
    if named and not sides:
        sides = [int(named[1]), int(named[2])]
    if sides and max(sides) < MIN_PICTURE_SIDE:
        return False
    fallback = img.parent
    while fallback is not None and fallback.tag in ("a", "picture"):
        fallback = fallback.parent
    if fallback is not None and fallback.tag == "noscript":
        before = previous_element(fallback)
        if before is not None and holds_image(before):
            return False  # the fallback of a lazy-loaded image printed just before it
    return not marks.skipped(img) and not _poster(img, marks)


def _poster(img: LexborNode, marks: Marks) -> bool:
    """Whether an image is a video player's poster: it or one of the two elements around it named as a player
    ("img.err-player__poster", "div.kan-player > img", "div.videoplayer > div > img"), the caption beside it a video's."""
    node: LexborNode | None = img
    levels = 0
    while node is not None and levels <= PLAYER_LEVELS and node.tag not in ("body", "article", "main"):
        if node.attributes and marks.words(node) & marks.conv.media_words:
            return True
        levels += node.tag not in ("a", "picture", "span")  # the image's own link, sources or box: no level
        node = node.parent
    return False


def _caption_of(img: LexborNode, marks: Marks, registry: AgencyRegistry) -> _Found | None:
    unit = img
    for _ in range(MAX_CLIMB):
        parent = unit.parent
        if parent is None:
            return None
        if unit.tag in _FLOW:
            run = _run(unit, parent)
            if run is None:
                return None  # an image inside a line of story text
            after, alone = run
            if after:
                return _same_line(unit, parent, after, marks, registry)
            if alone and parent.tag not in _STOP:
                unit = parent
                continue
        if parent.tag in ("td", "th") and only_child(unit, parent):
            return _cell_below(unit, parent, marks, registry)
        if parent.tag == "dt" and only_child(unit, parent):
            below = next_element(parent)
            return _block(unit, below, marks, registry, structural=True) if below is not None and below.tag == "dd" else None
        if unit.tag not in _FLOW and only_child(unit, parent) and parent.tag not in _STOP:
            unit = parent
            continue
        if unit.tag not in _FLOW and (run := _run(unit, parent)) and run[0] \
                and (found := _same_line(unit, parent, run[0], marks, registry, block_above=True)):
            return found  # "<div class=pic><img></div> Caption (Foto: Name)": the text closing the image's box
        below = _below(unit, registry)
        return _block(unit, opening_caption(below, marks, registry) or below, marks, registry)
    return None


def _below(unit: LexborNode, registry: AgencyRegistry) -> LexborNode | None:
    """The element after the image's block or line; a spacer paragraph (<p>&nbsp;</p>) or a slide's counter
    (<p class="counter">1 de 3</p>) between them is passed over."""
    below = next_element(unit) if unit.tag not in _FLOW else next_block(unit)
    while below is not None and below.tag in CAPTION_BLOCKS and not holds_image(below) \
            and (not text_of(below) or _counter(below, registry)):
        below = next_element(below)
    return below


def _counter(node: LexborNode, registry: AgencyRegistry) -> bool:
    """An element printing a gallery slide's counter alone: "1 de 3", "Foto 2 von 4"."""
    text = text_of(node)
    return len(text) <= MAX_COUNTER and bool(registry.markers.separator_re.match(text))


def _outer_figure(img: LexborNode) -> LexborNode | None:
    found = None
    node = img.parent
    while node is not None and node.tag != "body":
        if node.tag == "figure":
            found = node
        node = node.parent
    return found


def _run(unit: LexborNode, parent: LexborNode) -> tuple[list[LexborNode], bool] | None:
    """The nodes after the image on its own line (up to a block or another image), and whether it is alone in its parent.

    None when story text runs before it on its line.
    """
    node = unit.prev
    alone = True
    while node is not None:
        if node.tag == "br" or node.tag not in _FLOW or holds_image(node):
            alone = False
            break
        if text_of(node):
            return None
        node = node.prev
    after: list[LexborNode] = []
    node = unit.next
    breaks = 0
    while node is not None:
        if node.tag not in _FLOW or (node.tag != "noscript" and holds_image(node)):
            alone = False
            break
        if node.tag == "br" or text_of(node):
            breaks = breaks + 1 if node.tag == "br" else 0
            if breaks == 2:  # a blank line: pages set with <br><br> start the story's next paragraph there
                alone = False
                break
        after.append(node)
        node = node.next
    if not any(text_of(n) for n in after):
        return [], alone
    return after, False


def _same_line(unit: LexborNode, parent: LexborNode, after: list[LexborNode], marks: Marks,
               registry: AgencyRegistry, block_above: bool = False) -> _Found | None:
    """Text after the image in its own block: a caption after a line break (or the image's own box) or in small
    or italic type."""
    broken = next((n for n in after if n.tag not in ("-text", "-comment", "noscript") or text_of(n)), None)
    broken_line = block_above or (broken is not None and broken.tag == "br")
    texts = [n for n in after if text_of(n)]
    beside = marks.beside
    keys = [beside.style_keys(n) for n in texts]
    styled = all(keys) and beside.unlike_story(frozenset().union(*keys), parent)
    lines = _flow_lines(after, marks)
    if not caption_sized(lines, registry, marks.conv) or linked(after):
        return None
    if not (broken_line or styled):
        # `<span class=photo><a><img></a><span class=text>Caption</span></span>` among the story: inline
        # elements the page's style sets as blocks, a box holding the image and its caption alone
        if len(texts) == 1 and not tag_of(texts[0]).startswith("-") and _captioned_box(unit, texts[0], marks, registry):
            return _block(unit, texts[0], marks, registry)
        return None  # text wrapping round the image: story text
    if styled or (centred(parent) and not marks.beside.centred_story_beside(parent)) \
            or (closes_with_marked_credit(lines, registry) if block_above else closes_with_credit(lines, registry)):
        return _Found(unit, lines, None)
    return None


def _block(unit: LexborNode, below: LexborNode | None, marks: Marks, registry: AgencyRegistry,
           structural: bool = False) -> _Found | None:
    """The block right after the image's block, with the credit line under it if one is printed alone."""
    if below is None or (below.tag not in CAPTION_BLOCKS and not structural) or holds_image(below):
        return None
    if marks.is_hidden(below) or marks.skipped(below):
        return None
    lines = _lines(below, marks, set())
    if not caption_sized(lines, registry, marks.conv) or linked([below]):
        return None
    # a caption element repeated under images in one box (page.py leaves it to this reading): a gallery's too
    one_of_many = marks.is_caption(below) and under_one_of_many(below)
    if not structural and not (_in_story(below, marks) or _captioned_box(unit, below, marks, registry)
                               or one_of_many and not _teaser_image(unit) and _named_for_pictures(below.parent, marks)
                               or (_captioned_box(unit, below, marks, registry, anywhere=True)
                                   and closes_with_credit(lines, registry))):
        return None  # a card of a teaser list: its image's neighbour is a headline or a date, not a caption
    if structural or closes_with_credit(lines, registry):
        return _Found(unit, lines, below)
    credit_line = credit_line_after(below, registry)
    beside = marks.beside
    keys = beside.style_keys(below)
    if credit_line or one_of_many or (keys and beside.unlike_story(keys, below)) or (centred(below) and beside.unlike_siblings(below)):
        marked = marked_credit(below, marks) if one_of_many and not credit_line else None  # "<p class=credit>Name"
        return _Found(unit, lines + credit_line, below, marked_credit=marked)
    if len(lines) > 1 and registry.markers.separator_re.fullmatch(lines[0]) \
            and below.parent is not None and slide_in_story(below.parent, marks):
        return _Found(unit, lines, below)  # a gallery slide's text opening with its counter ("3/3"): its caption
    return _Found(unit, lines, below, signature(below))  # a caption only if the page prints its style under other pictures


def _cell_below(unit: LexborNode, cell: LexborNode, marks: Marks, registry: AgencyRegistry) -> _Found | None:
    """The caption in the cell under the image's cell, in a table row of images."""
    below = image_cell_caption(cell)
    if below is None:
        return None
    lines = _lines(below, marks, set())
    if not caption_sized(lines, registry, marks.conv) or linked([below]):
        return None
    return _Found(unit, lines, below)


def _page_pattern(candidates: list[_Found], sure: list[_Found], marks: Marks) -> list[_Found]:
    """Plain-looking blocks after images read as captions when two or more share a style no other block beside them has.

    A caption already sure by its credit counts among them: "<div class=pie>Caption. Foto cortesía UNAM</div>"
    under one picture, "<div class=pie>Caption.</div>" under another.
    """
    counts: dict[tuple[str, ...], int] = {}
    for found in candidates:
        counts[found.signature] = counts.get(found.signature, 0) + 1
    for found in sure:
        if found.next_block is not None and (style := signature(found.next_block)) in counts:
            counts[style] += 1
    return [found for found in candidates
            if counts[found.signature] >= 2 and found.next_block is not None and marks.beside.unlike_siblings(found.next_block)]


def _picture(unit: LexborNode, lines: list[str], marks: Marks, registry: AgencyRegistry,
             structured: dict[str, str], marked_credit: str | None = None) -> HtmlPicture | None:
    """Caption and credit from the printed lines, split as a caption element's are."""
    credit: str | None = None
    rest: list[str] = []
    counter = registry.markers.separator_re  # a slide's counter on a line of its own ("3 / 12") is no caption
    for line in _unlabelled(lines, marks.conv):
        if counter.match(line):
            continue
        before, found = split_caption_credit(line, registry)
        if before is None and found:
            credit = credit or _unbracketed(found)
        elif found is None:
            if before:
                rest.append(before)
        else:
            rest.append(line)
    text = clean(" ".join(rest))
    if text and credit is None:
        text, credit = _split(text, registry)
        if credit is None:
            text, credit = credit_after_sentence(text, registry)
    elif text:
        text = _without_separator(text)
    credit = credit or marked_credit
    if not text and not credit:
        return None
    images = _images(unit)
    description = _description(unit, marks)
    fallback = unit.next
    while description is None and fallback is not None and fallback.tag in ("-text", "noscript"):
        description = _description(fallback, marks) if fallback.tag == "noscript" else None
        fallback = fallback.next
    structured_credit = next((structured[u] for u in images if u in structured), None)
    return HtmlPicture(offset=0, description=description, caption=text or None, credit=credit,
                       structured_credit=structured_credit, credit_source="printed" if credit else None, images=images)


def _in_story(block: LexborNode, marks: Marks) -> bool:
    """Whether a block stands among the story's paragraphs (a card of a teaser list has a headline or a date beside its image)."""
    return marks.beside.story_beside(block)


def _captioned_box(unit: LexborNode, below: LexborNode, marks: Marks, registry: AgencyRegistry,
                   anywhere: bool = False) -> bool:
    """An element holding the image and the block under it and nothing else (but a slide's counter), standing
    among the story's paragraphs or as a slide of a gallery that does; `anywhere`, also above the story (the
    lead picture's box in the story's part of the page, asked only when its caption closes with a credit)."""
    box = below.parent
    if box is None or box.tag in _STOP:
        return False
    if anywhere:
        if box.parent is None or not marks.beside.story_within(box.parent):
            return False
    elif not (_in_story(box, marks) or slide_in_story(box, marks)):
        return False
    held = [c for c in box.iter(include_text=False)
            if c.tag not in ("br", "noscript", "-comment") and not (c.tag in CAPTION_BLOCKS and _counter(c, registry))]
    if len(held) != 2 or held[1].mem_id != below.mem_id or not holds_image(held[0]):
        return False
    # an image linking to another page, with a line beside it, is a teaser: "Read also" cards among the story
    return not _teaser_image(held[0])


def _named_for_pictures(box: LexborNode | None, marks: Marks) -> bool:
    """A box named a gallery or for pictures ("gallery", "photos"), not a box of headshots or logos."""
    return box is not None and bool(marks.words(box) & (marks.conv.gallery_words | marks.conv.picture_words))


def _teaser_image(block: LexborNode) -> bool:
    """Whether the block holding an image links to another page (not to the image's larger file)."""
    links = [block] if block.tag == "a" else block.css("a[href]")
    return any(not is_image_file(a.attributes.get("href") or "") for a in links)


def _flow_lines(nodes: list[LexborNode], marks: Marks) -> list[str]:
    lines: list[str] = [""]
    for node in nodes:
        if node.tag == "br":
            lines.append("")
        elif node.tag == "-text":
            lines[-1] += node.text_content or ""
        elif node.tag not in ("noscript", "-comment"):
            lines[-1] += " ".join(_lines(node, marks, set())) if not marks.is_hidden(node) else ""
    return [line for raw in lines if (line := clean(raw))]


def in_page_order(pairs: list[tuple[LexborNode, HtmlPicture]], body: LexborNode) -> list[tuple[LexborNode, HtmlPicture]]:
    position = {node.mem_id: n for n, node in enumerate(body.traverse(include_text=False))}
    return sorted(pairs, key=lambda pair: position.get(pair[0].mem_id, 0))
