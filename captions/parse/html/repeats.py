"""Pictures printed more than once, and several pictures printed under one caption.

Pure functions over URLs and parsed elements. A page prints one picture at
several sizes: the same file resized by query parameters (`a.jpg?w=800`,
`a.jpg?w=1600&h=900&fit=crop`), WordPress's sized copies (`a-300x200.jpg`),
and a lightbox's large rendition the picture links to. A lazy loader's
placeholder (`data:image/gif;...`) is the same on every picture and names
none of them. And one caption may cover several pictures: a before/after
comparison slider, a gallery block of figures sharing one caption
("Clockwise from top left: ..."); each is a picture with that caption.
"""
from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from selectolax.lexbor import LexborNode

from ...text import url_host_and_path
from .marks import Marks, clean
from .tree import contains

if TYPE_CHECKING:
    from .figure import HtmlPicture

_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|jxl|heic|tiff?|bmp)$", re.IGNORECASE)
_SIZED_COPY = re.compile(r"-\d{2,5}x\d{2,5}(?=\.[A-Za-z]+$)")   # WordPress: "harrier-1024x683.jpg"
_DESCRIPTOR = re.compile(r"^[\d.]+[wxh](?:,(?P<next>.*))?$")  # "800w", "2x", "2x,next.jpg"
_SVG = re.compile(r"\.svg(?:[?#]|$)", re.IGNORECASE)   # drawn icons and logos, not photographs
_PLACE_AT = re.compile(r"\s*[,:]")  # what follows a place word opening a caption: "Left, ...", "Top: ..."
MAX_PLACED = 4  # images of a box one caption places each of ("Top left, ...; top right, ...; below, ...")
MIN_FILE_NAME = 16  # characters of an image file's name, extension and all, that name one picture wherever it is stored
MIN_PICTURE_SIDE = 64  # pixels: an image the markup sizes smaller is an icon, not one of a figure's pictures
MAX_SIDE_DIGITS = 12
_NOT_A_PICTURE = ("data:", "#", "javascript:", "about:", "blob:")


def is_image_file(url: str) -> bool:
    """Whether a URL names an image file (a link to a picture's large rendition, not to a page)."""
    return bool(_IMAGE_FILE.search(url_host_and_path(url.strip())[1])) if url.strip() else False


def image_key(url: str) -> str | None:
    """What names one picture in a URL: an image file's path without size, query or host; None for a placeholder.

    A URL that names no image file (`/image?id=12`) keeps its query: there the query tells pictures apart.
    """
    url = url.strip()
    if not url or url.lower().startswith(_NOT_A_PICTURE):
        return None
    path = url_host_and_path(url)[1]
    if _IMAGE_FILE.search(path):
        return _SIZED_COPY.sub("", path)
    return url


def image_keys(urls: list[str]) -> set[str]:
    return {key for url in urls if (key := image_key(url)) is not None}


def same_image(a: list[str], b: list[str]) -> bool | None:
    """Whether two pictures' URLs print one picture; None when either names no picture (placeholders only)."""
    keys_a, keys_b = image_keys(a), image_keys(b)
    if not keys_a or not keys_b:
        return None
    return bool(keys_a & keys_b)


def same_file_name(a: list[str], b: list[str]) -> bool:
    """Whether two pictures' URLs name one file in different folders: an image CDN's sizes as path segments
    ("/v2/924x/r3996/8c3d-monteurs.jpg", "/v2/1600x/r3996/8c3d-monteurs.jpg"). Only a name long enough to name
    one picture counts: "large.jpg" and "1.jpg" are every picture's under its own folder."""
    return bool(file_names(a) & file_names(b))


def file_names(urls: list[str]) -> set[str]:
    """The image files' names long enough to name one picture wherever it is stored (MIN_FILE_NAME)."""
    return {name for key in image_keys(urls)
            if _IMAGE_FILE.search(key) and len(name := key.rsplit("/", 1)[-1]) >= MIN_FILE_NAME}


def grouped_images(container: LexborNode, marks: Marks, caption: str | None = None,
                   paired: bool = False) -> list[LexborNode]:
    """The images of the different pictures a figure prints, when it prints more than one; else [].

    Not counted as pictures of their own: a noscript or amp-img fallback, a
    picture element's sources, an image hidden from readers (a blur-up
    placeholder), icons and logos (named so, an SVG file, a side under
    MIN_PICTURE_SIDE pixels, or printed in the caption or credit), a nested
    figure with a caption of its own, and a second printing of an image
    already counted (its URL or its alt text again). Each picture must be
    told apart by its own alt text or its own nested figure (a gallery
    block), or the figure be named a gallery: two unlabelled images of
    another figure may be two crops of one picture, and are read as one. A
    caption pointing at two pictures ("▲▼ ...", `paired`) tells two images of
    different URLs apart, whatever alt text they share.
    """
    images = container.css("img, amp-img")
    lightbox = lightbox_gallery(container, images, marks)
    if container.tag != "figure" and not lightbox and not (len(images) <= MAX_PLACED and len(container.css("p")) <= 1 and (
            names_places(caption, marks.conv.place_words) or names_in_order(caption, marks.conv.order_openings))):
        return []  # an element found around a caption may hold the whole story's pictures: only a figure groups,
        # or a box of a few images and no story paragraph whose one caption says where each stands ("Left, ...")
    if len(images) < 2:
        return []  # most figures: one image, nothing to group
    found: list[LexborNode] = []
    seen_keys: set[str] = set()   # every image's, not asked of each image in turn: a figure may hold thousands
    seen_alts: set[str] = set()
    told_apart = True
    gallery = lightbox or bool(marks.words(container) & marks.conv.gallery_words)
    for img in images:
        place = _place_in(img, container, marks)
        if place is None:
            continue
        keys = image_keys(image_urls(img))
        alt = clean(img.attributes.get("alt") or "") or None
        if not keys.isdisjoint(seen_keys) or (alt in seen_alts and not lightbox and not (paired and keys)):
            continue  # (a lightbox's thumbnails often repeat the page's title as every alt text: their links tell them apart)
        if not keys and alt is None:
            continue  # a placeholder with nothing to tell it from the picture it stands for
        told_apart = told_apart and (alt is not None or place == "own figure" or gallery)
        found.append(img)
        seen_keys |= keys
        if alt is not None:
            seen_alts.add(alt)
    return found if len(found) > 1 and told_apart else []


def lightbox_gallery(box: LexborNode, images: list[LexborNode], marks: Marks) -> bool:
    """Whether a box is a gallery of lightbox thumbnails: named a gallery (html.yaml's gallery_words), holding no
    story paragraph, and each of its two images or more in a link of its own to its large rendition
    (`div.photo-gallery > div > a[data-fancybox][href=g1.jpg] > img`, as WordPress, Fancybox and Lightbox galleries
    print them). The one caption or credit line the box prints beside them is each one's (round 86); a box whose
    slides print lines of their own (WordPress's `dl.gallery-item > dd.gallery-caption`) is read slide by slide."""
    if len(images) < 2 or box.css_first("p, figure") is not None or not marks.words(box) & marks.conv.gallery_words:
        return False
    lines = [n for n in box.traverse(include_text=False) if n.mem_id != box.mem_id and (marks.is_caption(n) or marks.is_credit(n))]
    if sum(1 for n in lines if not any(o is not n and contains(o, n) for o in lines)) > 1:
        return False
    targets = []
    for img in images:
        link = img.parent
        while link is not None and link.tag != "a" and link.mem_id != box.mem_id:
            link = link.parent
        if link is None or link.tag != "a" or not is_image_file(href := link.attributes.get("href") or ""):
            return False
        targets.append(image_key(href))
    return len(set(targets)) == len(targets)


def names_places(caption: str | None, words: frozenset[str]) -> bool:
    """Whether a caption opens with where a picture stands and names another picture's place after it: "Top, a
    shop ...; above, children ...", "Αριστερά, η είσοδος ...· δεξιά, ...": one caption for a pair of pictures."""
    if not caption:
        return False
    folded = caption.casefold()
    words = frozenset(w.casefold() for w in words)
    opens, at = next(((w, m) for w in words if folded.startswith(w) and (m := _PLACE_AT.match(folded, len(w)))),
                     (None, None))
    if opens is None or at is None:
        return False
    # what the first place names follows it: "Left, right, left: soldiers march ...", "Links, rechts, geradeaus: ..."
    # list places, naming no picture at each
    named = folded[at.end():].lstrip()
    if any(named.startswith(w) and _PLACE_AT.match(named, len(w)) for w in words):
        return False
    return any(
        w != opens and re.search(rf"[;·.,]\s+{re.escape(w)}\s*[,:]", folded) for w in words)


def names_in_order(caption: str | None, openings: tuple[str, ...]) -> bool:
    """Whether a caption opens by saying it names its pictures in order, "L-R: The channel on Sunday, and the same
    spot after it overflowed" (The New Times), "From left: ...": one caption for the pictures side by side."""
    folded = (caption or "").casefold()
    return any(folded.startswith(w) and _PLACE_AT.match(folded, len(w)) for w in openings)


def one_a_picture(pic: HtmlPicture, images: list[LexborNode], structured: dict[str, str],
                  group: int | None = None) -> list[HtmlPicture]:
    """The picture, or one picture for each of the images it groups under its caption, each with its own alt text.

    `structured` maps image URLs to the credits the page's JSON-LD gives them: each image's own, if any. `group`
    names the box they share: pictures of one box are never one picture printed twice, whatever alt text they share.
    """
    if not images:
        return [pic]
    out = []
    for img in images:
        urls = image_urls(img)
        own = next((structured[u] for u in urls if u in structured), None)
        credit, source = pic.credit, pic.credit_source
        if source == "structured":
            credit, source = own, ("structured" if own else None)
        if credit is None and pic.caption is None:
            continue
        out.append(dataclasses.replace(pic, description=clean(img.attributes.get("alt") or "") or None, images=urls,
                                       credit=credit, credit_source=source, structured_credit=own,
                                       placed_row=pic.placed_row if pic.placed_row is not None else group))
    return out


def _place_in(img: LexborNode, container: LexborNode, marks: Marks) -> str | None:
    """Where an image of a figure stands: "own figure" (a nested figure of a gallery block), "figure", or None when it is no picture of its own."""
    attrs = img.attributes
    if attrs.get("aria-hidden") == "true" or attrs.get("role") == "presentation" or marks.is_hidden(img):
        return None
    if marks.words(img) & marks.conv.skip_words or _icon_sized(img) or any(_SVG.search(u) for u in image_urls(img)):
        return None
    place = "figure"
    node = img.parent
    while node is not None and node.mem_id != container.mem_id:
        if node.tag in ("noscript", "amp-img") or marks.words(node) & marks.conv.skip_words:
            return None
        if marks.is_caption(node) or marks.is_credit(node):
            return None  # an agency's logo or an icon printed in the caption or credit
        if node.tag == "figure":
            if node.css_first("figcaption") is not None:
                return None  # a figure of the group captioned on its own is a picture of its own
            place = "own figure"
        node = node.parent
    return place


def _icon_sized(img: LexborNode) -> bool:
    """Whether the markup sizes the image as an icon (a zoom button, a logo): a side under MIN_PICTURE_SIDE pixels."""
    for name in ("width", "height"):
        side = pixels((img.attributes.get(name) or "").strip().removesuffix("px"))
        if side is not None and side < MIN_PICTURE_SIDE:
            return True
    return False


def pixels(value: str) -> int | None:
    """A size attribute's whole number of pixels, None where it is none. A number of thousands of digits (int()
    refuses them past 4300) is read as one past any screen's: no icon, and no error."""
    if not value.isdecimal():
        return None
    return int(value) if len(value) <= MAX_SIDE_DIGITS else 10 ** MAX_SIDE_DIGITS


def image_urls(img: LexborNode) -> list[str]:
    """The URLs an image element is printed from: src, a lazy loader's data-src, every srcset candidate.

    Where a lazy loader's attribute holds the address (data-src, WP Rocket's data-lazy-src), src is its
    placeholder, and one placeholder is often every image's (a3 Lazy Load's one GIF, jQuery Lazy Load's blank.gif
    before its data-original): left out.
    """
    attrs = img.attributes
    lazy_src = [value.strip() for name in ("data-src", "data-lazy-src", "data-original")
                if (value := attrs.get(name)) and value.strip()]
    src = (attrs.get("src") or "").strip()
    urls = lazy_src or ([src] if src else [])
    lazy_srcset = [value for name in ("data-srcset", "data-lazy-srcset") if (value := attrs.get(name))]
    srcset = attrs.get("srcset")
    for value in lazy_srcset or ([srcset] if srcset else []):
        urls.extend(_srcset_urls(value))
    return urls


def _srcset_urls(value: str) -> list[str]:
    """The URLs of a srcset: candidates are split at whitespace and descriptors, not at every comma ("w_400,h_300/a.jpg")."""
    if value.lstrip().lower().startswith("data:"):
        return []  # a placeholder, whose unescaped SVG may hold spaces and commas of its own
    urls = []
    for token in value.split():
        descriptor = _DESCRIPTOR.match(token)
        url = (descriptor.group("next") or "") if descriptor else token
        if url.strip(","):
            urls.append(url.strip(","))
    return urls
