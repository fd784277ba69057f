"""Reading an HTML page: markup in, an article's pictures (alt text, caption, credit) out.

Pure: text in, models out. The page is parsed with Lexbor (selectolax), an
HTML5 parser that recovers broken markup the way browsers do. A picture is a
*container* (a `figure`, or the nearest element around a caption that holds
an image) with the caption and credit elements that belong to it; the words
that name caption, credit, hidden and teaser elements are data
(captions/knowledge/html.yaml).
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import Iterator

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .conventions import conventions_for
from .bare import bare_pictures, in_page_order
from .figure import HtmlPicture, read_picture, split_caption_credit
from .gallery import gallery_credit_over_slides, mark_slides, read_groups
from .image_table import image_cell_above
from .marks import (Marks, clean, container_of, frames_no_picture, has_image, holds_media, inside_holder,
                    links_where_a_headline_does)
from .own_outlet import knowing_outlet, names_outlet_as_person
from .not_pictures import drop_image_fallbacks, drop_player_figures, is_no_picture, unwrap_lightbox_buttons
from .meta import Metadata, read_metadata, structured_images
from .set_apart import outer_box, under_one_of_many
from .side_by_side import caption_after_row
from .placing import line_ends, line_of, place_pictures
from .printed_once import once_each
from .repeats import grouped_images, is_image_file, one_a_picture
from .tree import contains, element_after, previous_element, tag_of
from ..credit import CreditReader, reader_for
from ...catalog.models import Article, Credit, Photo
from ..notes import StructuredCredit
from ..photographed_by import unknown_uncased_name
from ...knowledge.html_conventions import HtmlConventions
from ...knowledge.registry import AgencyRegistry, bundled_registry
from ...text import composed, fold, looks_like_html  # looks_like_html re-exported: told before any parsing, by inputs too

MAX_LIST_CAPTION = 600  # characters: a longer list is body text
_BRACKETED_TAIL = re.compile(r"\s*\(([^()]{1,40})\)\s*$")
_PLACE_AND_DATE = re.compile(r",\s*\d{1,2}\.?\s*(?:\d{1,2}\.|[^\W\d_]+)\s*(?:19|20)\d\d\s*$")  # ", 3. 3. 2026", ", 3 March 2026"
# Not the (non-)joiner inside a word: a Persian name holds it ("رحیم‌زاده"), as page dumps keep it (text.WORD_JOINERS),
# and so does a Sinhala or Devanagari conjunct, the joiner after the virama sign ("ශ්‍රී", round 83)
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad]|[\u200c\u200d](?![\\w\u0900-\u0dff])"
                        "|(?<![\\w\u0900-\u0dff])[\u200c\u200d]")

__all__ = ["HtmlPage", "HtmlPicture", "read_html_page", "looks_like_html", "read_html", "read_pictures", "split_caption_credit"]


@dataclass(frozen=True)
class HtmlPage:
    """An HTML page as read: its Article and notes (the metadata credits beside printed ones, for CAP009)."""

    article: Article
    notes: tuple[StructuredCredit, ...] = ()

    @property
    def credits(self) -> list[Credit | None]:
        """The credit of each picture, None where it has none, in order."""
        return [photo.credit for photo in self.article.photos]


def read_html_page(markup: str, *, id: str = "page", source: str = "-", registry: AgencyRegistry | None = None,
                   date: _dt.date | None = None, conventions: HtmlConventions | None = None) -> HtmlPage:
    """Read an HTML page; `date` is used when the page gives none.

    Lexbor's time grows with the square of the markup's depth, and time and
    memory with its elements: runs ask `limits.html_refusal` first and skip
    a page it refuses.
    """
    article, pictures = _read(markup, id=id, source=source, registry=registry, conventions=conventions)
    if date is not None and article.date is None:
        article = article.model_copy(update={"date": date})
    notes = tuple(StructuredCredit(photo.line, photo.id, pic.structured_credit)
                  for photo, pic in zip(article.photos, pictures)
                  if pic.structured_credit and photo.credit_source == "printed")
    return HtmlPage(article, notes)


def read_html(markup: str, *, id: str = "page", source: str = "-", registry: AgencyRegistry | None = None,
              conventions: HtmlConventions | None = None) -> Article:
    """Find every picture on an HTML page: its alt text, caption and credit.

    >>> page = '<h1>Floods</h1><figure><img alt="A street under water"><figcaption>The river rose overnight. Photo: Jo Li/AFP</figcaption></figure>'
    >>> [(p.description, p.caption, p.credit.raw) for p in read_html(page).photos]
    [('A street under water', 'The river rose overnight.', 'Jo Li/AFP')]
    """
    return _read(markup, id=id, source=source, registry=registry, conventions=conventions)[0]


def _read(markup: str, *, id: str, source: str, registry: AgencyRegistry | None,
          conventions: HtmlConventions | None) -> tuple[Article, list[HtmlPicture]]:
    registry = registry or bundled_registry()
    markup = composed(markup)  # accents saved decomposed read as the page dumps' do (text.read_form); no line moves
    meta, pictures = read_pictures(markup, registry=registry, conventions=conventions)
    reader = reader_for(registry)
    photos = []
    newlines = line_ends(markup)
    outlet_reader: CreditReader | None = None
    for n, pic in enumerate(pictures, 1):
        credit = _read_credit(reader, pic.credit, pic.by_photographer) if pic.credit else None
        if credit is not None and not meta.site_is_person and names_outlet_as_person(credit, meta.site):
            # "Addis Ledger/Name": the page's own name read as a photographer's; read again knowing the outlet
            if outlet_reader is None and (outlet := knowing_outlet(registry, meta.site)) is not None:
                outlet_reader = reader_for(outlet)
            if outlet_reader is not None:
                credit = _read_credit(outlet_reader, pic.credit or "", pic.by_photographer)
        photos.append(Photo.model_construct(
            id=f"{id}/{n}", line=line_of(newlines, pic.offset), description=pic.description,
            caption=pic.caption, credit=credit, credit_source=pic.credit_source,
        ))
    return Article.model_construct(id=id, source=source, date=_date(meta.date), section=meta.section,
                                   title=meta.title, photos=photos), pictures


def _read_credit(reader: CreditReader, raw: str, by_photographer: bool = False) -> Credit:
    """The credit read into names; characters that print as nothing (zero-width spaces) do not split names.
    After a lead-in saying a person took the picture, an unknown name in a script with no capitals is the
    photographer's, as in page dumps ("تصوير: Name")."""
    clean = _INVISIBLE.sub("", raw)
    if by_photographer and (person := unknown_uncased_name(reader.read(clean), reader.markers)) is not None:
        return Credit.model_construct(raw=raw, photographers=[person], agencies=[], via=[])
    # "iStock (Ausschnitt)": a bracketed word that names no one stays in the raw credit only
    tail = _BRACKETED_TAIL.search(clean)
    if tail and (fold(tail.group(1)) in {fold(w.strip("()")) for w in reader.markers.dropped_words}
                 or _PLACE_AND_DATE.search(tail.group(1))):
        # "Jo Li (Luzern, 3. 3. 2026)": where and when the picture was taken, as CH Media prints it, names no one
        clean = clean[:tail.start()].rstrip()
    credit = reader.credit(clean)
    return credit if clean == raw else credit.model_copy(update={"raw": raw})


def _date(text: str | None) -> _dt.date | None:
    try:
        return _dt.date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def read_pictures(markup: str, *, registry: AgencyRegistry,
                  conventions: HtmlConventions | None = None) -> tuple[Metadata, list[HtmlPicture]]:
    """The page's metadata and its pictures, each once, in page order; each picture of a figure's group its own."""
    conv = conventions or conventions_for(registry)
    # a stray NUL byte (inputs/decoding.py reads a page holding a few) prints as nothing in text, but an attribute
    # keeps it as U+FFFD: an alt text "Bo\ufffdats"; it is no character of any page's words
    tree = LexborHTMLParser(markup.replace("\x00", "") if "\x00" in markup else markup)
    if "<?" in markup and tree.root is not None:
        # "<?php ... ?>" left by a template: a browser's comment, printing nothing; Lexbor's node with no tag name
        for node in [n for n in tree.root.traverse(include_text=False) if n.tag is None]:
            node.decompose()
    meta = read_metadata(tree, conv)
    structured = structured_images(tree)
    if tree.body is not None:
        drop_player_figures(tree.body)
        unwrap_lightbox_buttons(tree.body)
        drop_image_fallbacks(tree.body)
    for node in tree.css(",".join(conv.drop_tags)):
        if not _page_frame(node):
            node.decompose()
    marks = Marks(conv)
    containers = _containers(tree, marks)
    found = read_groups(
        containers,
        read=lambda container, holders: _picture(container, holders, marks, registry, structured),
        expand=lambda pic, container: one_a_picture(pic, grouped_images(container, marks, pic.caption, pic.paired), structured,
                                                    container.mem_id))
    found = gallery_credit_over_slides(found, marks, registry.markers.blanket_credit_leadins)
    if tree.body is not None:
        # an uncaptioned figure that gave no picture (no credit in its text) leaves its image to the bare reading
        read = [container for container, holders in containers if holders] + [container for container, _ in found]
        bare = [found for found in bare_pictures(tree.body, read, marks, registry, structured) if not is_no_picture(*found, marks)]
        found = in_page_order(found + bare, tree.body) if bare else found
    mark_slides(found, marks)
    pictures = once_each([pic for _, pic in found])
    place_pictures(pictures, markup)
    return meta, pictures


def _page_frame(node: LexborNode) -> bool:
    """Whether a form holds the page itself, its headline or its article: ASP.NET sites (Andina, government and
    Latin American and South Asian papers) wrap the whole page in one `<form id="form1">`; a search box, a
    newsletter sign-up or a comment form holds no headline."""
    return node.tag == "form" and node.css_first("h1, article") is not None


def _picture(container: LexborNode, holders: list[LexborNode], marks: Marks,
             registry: AgencyRegistry, structured: dict[str, str]) -> HtmlPicture | None:
    """The picture a container's caption and credit elements print, unless it is a chart, a map or a video."""
    pic = read_picture(container, holders, marks, registry, structured)
    return None if pic is None or is_no_picture(container, pic, marks) else pic


def _containers(tree: LexborHTMLParser, marks: Marks) -> list[tuple[LexborNode, list[LexborNode]]]:
    """Each picture container with the caption and credit elements that belong to it, in page order."""
    conv = marks.conv
    body = tree.body
    if body is None:
        return []
    position: dict[int, int] = {}
    groups: dict[int, tuple[LexborNode, list[LexborNode]]] = {}
    teasers: dict[int, bool] = {}
    figures: list[LexborNode] = []
    for node in body.traverse(include_text=False):
        tag = tag_of(node)
        if tag.startswith("-"):
            continue
        position[node.mem_id] = len(position)
        if tag == "figure":
            figures.append(node)
            continue  # a figure holds its caption; "figure has-caption" is not one
        if not marks.may_print_text(node):
            continue
        caption = marks.is_caption(node)
        credit = not caption and marks.is_credit(node)
        if not (caption or credit) or marks.is_hidden(node):
            continue
        if inside_holder(node, marks):
            continue
        boxed = caption and node.tag == "table" and has_image(node)  # VnExpress's table.tplCaption: the picture's box
        container = node if boxed else image_cell_above(node) or container_of(node, marks=marks)
        above = previous_element(node) if credit else None  # a credit line under such a caption goes with it
        if container is not None and container.tag != "figure" and (caption and under_one_of_many(node) or (
                above is not None and marks.is_caption(above) and under_one_of_many(above))):
            continue  # the bare reading gives it to the image printed right above it
        if (container is None or container.tag != "figure") and not (
                caption or marks.is_strong_credit(node) or _gallery_slide(container, marks)
                or _picture_box_source(node, container, marks)):
            continue  # a byline or a source line outside a figure is not a picture's
        if container is None:
            container = node
        elif container.tag == "figure" and frames_no_picture(container):
            continue
        elif credit and container.tag != "figure" and marks.words(container) & conv.byline_words:
            continue  # the writer's byline box: a headshot and the story's photographer line
        elif credit and container.tag != "figure" and len(marks.found_in(container, "img, amp-img")) > 1 \
                and conv.copyright_notice(node.text(deep=True) or ""):
            continue  # the page's copyright line under the story: "Copyright ⓒ Paper. All rights reserved."
        if marks.skipped(node.parent if marks.is_picture_author(node) else node) or marks.skipped(container) \
                or holds_media(container, marks):
            continue
        if container.mem_id not in teasers:
            teasers[container.mem_id] = links_where_a_headline_does(container, marks)
        if teasers[container.mem_id]:
            continue
        if credit and container.tag != "figure":
            node = _text_box(node, container, marks)
        groups.setdefault(container.mem_id, (container, []))[1].append(node)
    caption_after_row(figures, groups, marks)
    found = _with_overlaid_credits(list(groups.values()), position, marks)
    listed = list(_captioned_by_list(figures, groups, marks))
    found.extend(listed)
    found.extend(_uncaptioned(figures, {*groups, *(figure.mem_id for figure, _ in listed)}, marks))
    found.sort(key=lambda group: position.get(group[0].mem_id, 0))
    return found


def _with_overlaid_credits(groups: list[tuple[LexborNode, list[LexborNode]]], position: dict[int, int],
                           marks: Marks) -> list[tuple[LexborNode, list[LexborNode]]]:
    """A credit printed over its image, inside the image's wrapper, and the caption under the wrapper: one picture.

    `div.photo > (div.wrap > (img, span.credit), div.caption)`, as Portuguese-language and other CMSs print a
    photographer's name in the image's corner: the wrapper holding the credit is the nearest box around an image,
    the caption's is the box around both. Where the caption's box holds no image but the wrapper's, the credit
    goes with the caption rather than standing as a second picture of the same image."""
    captioned = [(c, h) for c, h in groups if any(marks.is_caption(n) for n in h)]
    merged: set[int] = set()
    for container, holders in groups:
        if any(marks.is_caption(n) for n in holders):
            continue
        images = marks.found_in(container, "img, amp-img")
        outer = next((group for group in captioned if group[0].mem_id != container.mem_id and contains(group[0], container)), None)
        if outer is None or not images or [i.mem_id for i in marks.found_in(outer[0], "img, amp-img")] != [i.mem_id for i in images]:
            continue
        outer[1].extend(holders)
        outer[1].sort(key=lambda n: position.get(n.mem_id, 0))
        merged.add(container.mem_id)
    return [group for group in groups if group[0].mem_id not in merged]


def _gallery_slide(container: LexborNode | None, marks: Marks) -> bool:
    """Whether an element holding one image is a gallery's slide: a link to the image's large rendition (a
    lightbox's). A source line in it ("Foto: Vlada KS") is the slide's credit; a gallery page's article, holding
    many images, is no slide. An element merely named for a gallery ("gallery-item") is not enough: galleries
    name their thumbnail strips so too, and a credit line there repeats a slide's."""
    if container is None or len(marks.found_in(container, "img, amp-img")) != 1:
        return False
    return container.tag == "a" and is_image_file(container.attributes.get("href") or "")


def _picture_box_source(credit: LexborNode, container: LexborNode | None, marks: Marks) -> bool:
    """A credit element named with a word that alone may name the writer ("autor") is the picture's where its text
    opens with a word for a picture and a colon ("foto: Name, MAFRA") and the element holding the image is named
    for a picture: iDNES's `div.opener-foto > a > img + div.text > (p, span.autor)`."""
    words = marks.conv.picture_words
    lead, colon, _ = clean(credit.text(deep=True) or "").partition(":")
    return bool(colon) and lead.casefold() in words and container is not None and bool(marks.words(container) & words)


def _text_box(credit: LexborNode, container: LexborNode, marks: Marks) -> LexborNode:
    """The unnamed box under an image holding a credit element and the caption beside it
    (`div.newsimg > img + div.img-text > (p, span.ljosmyndari)`, as mbl.is prints it, and any page that names
    its credit element and leaves the caption's paragraph unnamed): the box is read whole, its caption as the
    holder's lines and the credit element as its credit; else the credit element alone."""
    box = credit.parent
    if (box is None or box.parent is None or box.parent.mem_id != container.mem_id or marks.has_image(box)
            or marks.is_caption(box) or marks.is_credit(box)):
        return credit
    text, credit_text = marks.text(box), clean(credit.text(deep=True) or "")
    # a caption beside the credit, no story: a box holding the credit alone ("© dpa") is the page's copyright line
    return box if len(credit_text) < len(text) <= MAX_LIST_CAPTION else credit


def _captioned_by_list(figures: list[LexborNode], taken: dict, marks: Marks) -> Iterator[tuple[LexborNode, list[LexborNode]]]:
    """Photo-essay figures with no caption of their own, captioned by a one-item list printed right after one.

    One printed caption covers a group ("Clockwise from top: ..."): a run of
    figures printed side by side and the list right after the run; a run
    with no list after it goes with the list before it.
    """
    run: list[LexborNode] = []
    current: LexborNode | None = None
    for figure in figures:
        if figure.mem_id in taken or not has_image(figure) or marks.skipped(figure) or holds_media(figure, marks):
            continue
        box = outer_box(figure)  # a figure boxed alone stands where its box does
        after = element_after(outer_box(run[-1])) if run else None  # the run's next element: this figure's box, if it goes on
        if after is not None and after.mem_id == box.mem_id:
            run.append(figure)
        else:
            if current is not None:
                yield from ((member, [current]) for member in run if _same_parent(outer_box(member), current))
            run = [figure]
        caption = _list_caption(element_after(box))
        if caption is not None:
            yield from ((member, [caption]) for member in run)
            run, current = [], caption
    if current is not None:
        yield from ((member, [current]) for member in run if _same_parent(outer_box(member), current))


def _uncaptioned(figures: list[LexborNode], taken: set[int], marks: Marks) -> Iterator[tuple[LexborNode, list[LexborNode]]]:
    """Figures of one picture with no caption or credit element: their text may still print a credit ("Image source, AFP").

    A story card's figure, whose image links where a headline beside it does, is none, though its caption element
    was passed over for that reason."""
    for figure in figures:
        if (figure.mem_id not in taken and has_image(figure) and len(figure.css("figure")) == 1  # (css() counts the figure itself)
                and not marks.skipped(figure) and not holds_media(figure, marks)
                and not links_where_a_headline_does(figure, marks)):
            yield figure, []


def _list_caption(node: LexborNode | None) -> LexborNode | None:
    if node is None or node.tag not in ("ul", "ol") or len(node.css("li")) != 1 or node.css_first("a, img, figure"):
        return None
    return node if 0 < len(clean(node.text(deep=True) or "")) <= MAX_LIST_CAPTION else None


def _same_parent(a: LexborNode, b: LexborNode) -> bool:
    return a.parent is not None and b.parent is not None and a.parent.mem_id == b.parent.mem_id
