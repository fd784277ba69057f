"""A figure of figures: a gallery block whose own caption covers the pictures inside it.

WordPress's gallery block (figure.wp-block-gallery holding a figure per image
and its own figcaption.blocks-gallery-caption), and the same shape in other
CMSes: each inner figure is a picture. The gallery's caption and credit go on
each inner picture that prints none of its own ("Scenes from the fair. Photos
by Jo Li" gives Jo Li to captioned pictures and its caption to uncaptioned
ones); the gallery is no picture of its own.

Galleries with no figure markup print each slide as an image and a text block
in a box named a slide, inside an element named a gallery among the story's
paragraphs (slide_in_story): the bare reading takes the block as the slide's
caption, as it does a captioned box among the paragraphs.
"""
from __future__ import annotations

from typing import Callable, Iterable

from selectolax.lexbor import LexborNode

from .figure import HtmlPicture
from .marks import Marks, clean, has_image
from .tree import contains, inside_one_of
from ...knowledge.markers import fold

GALLERY_LEVELS = 3  # elements between a gallery's slide and the gallery named so
Group = tuple[LexborNode, list[LexborNode]]
Reader = Callable[[LexborNode, list[LexborNode]], "HtmlPicture | None"]
Expander = Callable[["HtmlPicture", LexborNode], list["HtmlPicture"]]


def read_groups(groups: Iterable[Group], read: Reader, expand: Expander) -> list[tuple[LexborNode, HtmlPicture]]:
    """Each group's pictures with the element each was read from, in page order; a gallery figure's caption spread over the figures inside it.

    `read` reads a container's picture from its caption and credit elements; `expand` gives the pictures
    a container's picture stands for (one for each of the images it groups under its caption, repeats.py).
    """
    groups = list(groups)
    by_container = {container.mem_id: (container, holders) for container, holders in groups}
    consumed: set[int] = set()
    out: list[tuple[LexborNode, HtmlPicture]] = []
    for container, holders in groups:
        if container.mem_id in consumed:
            continue
        inner = _inner_figures(container)
        if not inner:
            if (pic := read(container, holders)) is not None:
                out.extend((container, each) for each in expand(pic, container))
            continue
        gallery = read(container, holders)
        for figure in inner:
            consumed.add(figure.mem_id)
            own = by_container.get(figure.mem_id)
            pic = read(figure, own[1]) if own else None
            if pic is None:
                pic = read(figure, holders) if gallery is not None else None
            elif gallery is not None:
                _fill(pic, gallery)
            if pic is not None:
                out.extend((figure, each) for each in expand(pic, figure))
    return out


def _inner_figures(container: LexborNode) -> list[LexborNode]:
    """The outermost figures with an image inside a figure: a gallery's pictures."""
    if container.tag != "figure":
        return []
    found: list[LexborNode] = []
    ids: set[int] = set()   # asked of each figure's ancestors, not of each figure found: a gallery of thousands
    for node in container.css("figure"):
        if node.mem_id == container.mem_id or not has_image(node):
            continue
        if not inside_one_of(node, ids):
            found.append(node)
            ids.add(node.mem_id)
    return found


def _fill(pic: HtmlPicture, gallery: HtmlPicture) -> None:
    """The gallery's caption and printed credit where the picture prints none."""
    if pic.caption is None:
        pic.caption = gallery.caption
    if pic.credit is None and gallery.credit_source == "printed":
        pic.credit, pic.credit_source = gallery.credit, "printed"


def slide_in_story(box: LexborNode, marks: Marks) -> bool:
    """A slide of a gallery among the story's paragraphs: `div.gallery > div.stage > div.gal-slide > (image, text)`.

    The box is named a slide (html.yaml's picture_words) or after its gallery ("galeria-item", as Latin American
    dailies name a slider's slides) inside an element named a gallery (gallery_words), a few levels down, which
    stands among the story's paragraphs: iDNES's and other portals' inline lightbox galleries.
    """
    if not marks.words(box) & (marks.conv.picture_words | marks.conv.gallery_words):
        return False
    node = box.parent
    for _ in range(GALLERY_LEVELS):
        if node is None or node.tag in ("body", "article", "main"):
            return False
        if marks.words(node) & marks.conv.gallery_words and marks.beside.story_beside(node):
            return True  # the gallery's box, or its stage named after it ("myndasafn-slides" in "myndasafn"), below
        node = node.parent
    return False


def gallery_credit_over_slides(found: list[tuple[LexborNode, HtmlPicture]], marks: Marks,
                               leadins: Iterable[str]) -> list[tuple[LexborNode, HtmlPicture]]:
    """A gallery's one credit line over its slides ("Photos: Jo Li" under the gallery's title): no picture of its own.

    The line opens with a lead-in crediting pictures as a whole (markers.yaml's blanket_credit_leadins: "Photos:",
    "Fotos:", "All pictures by") and stands in a box named a gallery (html.yaml's gallery_words) beside the slides
    it covers; each slide printing no credit of its own takes it, as a blanket credit over a page dump's pictures.
    """
    folded = tuple(fold(w) for w in leadins if not w.endswith("/"))
    out = list(found)
    inside: dict[int, list[int]] | None = None   # each element's pictures, by place in `found`: not all asked of each
    for container, pic in found:
        if pic.caption is not None or pic.credit_source != "printed" or not marks.words(container) & marks.conv.gallery_words:
            continue
        inside = _pictures_inside(found) if inside is None else inside
        slides = [found[at] for at in inside.get(container.mem_id, ()) if found[at][1] is not pic]
        if len(slides) < 2:
            continue
        lines = [n for n in container.traverse(include_text=False) if marks.is_credit(n)
                 and not any(contains(c, n) for c, _ in slides)]
        if len(lines) != 1 or not fold(clean(lines[0].text(deep=True) or "")).startswith(folded):
            continue
        for _, slide in slides:
            if slide.credit is None:
                slide.credit, slide.credit_source = pic.credit, "printed"
        out = [(c, p) for c, p in out if p is not pic]
    return out


def _pictures_inside(found: list[tuple[LexborNode, HtmlPicture]]) -> dict[int, list[int]]:
    """For each element, the places in `found` of the pictures read from elements inside it."""
    inside: dict[int, list[int]] = {}
    for at, (node, _) in enumerate(found):
        up = node.parent
        while up is not None:
            inside.setdefault(up.mem_id, []).append(at)
            up = up.parent
    return inside


def mark_slides(found: list[tuple[LexborNode, HtmlPicture]], marks: Marks) -> None:
    """Mark each picture printed in a box named a gallery (html.yaml's gallery_words), its container or a box
    around it: a slide, which may print again a picture the story prints outside the gallery
    (printed_once.once_each)."""
    named: dict[int, bool] = {}
    for container, pic in found:
        node: LexborNode | None = container
        while node is not None and node.tag not in ("body", "html"):
            if node.mem_id not in named:
                named[node.mem_id] = bool(marks.words(node) & marks.conv.gallery_words)
            if named[node.mem_id]:
                pic.slide = True
                break
            node = node.parent
