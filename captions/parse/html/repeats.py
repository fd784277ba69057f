"""Pictures printed more than once: the URLs that name one picture.

Pure functions over URLs and parsed elements. A page prints one picture at
several sizes: the same file resized by query parameters (`a.jpg?w=800`,
`a.jpg?w=1600&h=900&fit=crop`), WordPress's sized copies (`a-300x200.jpg`),
and a lightbox's large rendition the picture links to. A lazy loader's
placeholder (`data:image/gif;...`) is the same on every picture and names
none of them.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from selectolax.lexbor import LexborNode

_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|jxl|heic|tiff?|bmp)$", re.IGNORECASE)
_SIZED_COPY = re.compile(r"-\d{2,5}x\d{2,5}(?=\.[A-Za-z]+$)")   # WordPress: "harrier-1024x683.jpg"
_DESCRIPTOR = re.compile(r"^[\d.]+[wxh](?:,(?P<next>.*))?$")  # "800w", "2x", "2x,next.jpg"
_NOT_A_PICTURE = ("data:", "#", "javascript:", "about:", "blob:")


def is_image_file(url: str) -> bool:
    """Whether a URL names an image file (a link to a picture's large rendition, not to a page)."""
    return bool(_IMAGE_FILE.search(urlsplit(url.strip()).path)) if url.strip() else False


def image_key(url: str) -> str | None:
    """What names one picture in a URL: an image file's path without size, query or host; None for a placeholder.

    A URL that names no image file (`/image?id=12`) keeps its query: there the query tells pictures apart.
    """
    url = url.strip()
    if not url or url.lower().startswith(_NOT_A_PICTURE):
        return None
    path = urlsplit(url).path
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


def image_urls(img: LexborNode) -> list[str]:
    """The URLs an image element is printed from: src, a lazy loader's data-src, every srcset candidate."""
    attrs = img.attributes
    urls = [value.strip() for name in ("src", "data-src") if (value := attrs.get(name)) and value.strip()]
    for name in ("srcset", "data-srcset"):
        value = attrs.get(name)
        if value:
            urls.extend(_srcset_urls(value))
    return urls


def _srcset_urls(value: str) -> list[str]:
    """The URLs of a srcset: candidates are split at whitespace and descriptors, not at every comma ("w_400,h_300/a.jpg")."""
    urls = []
    for token in value.split():
        descriptor = _DESCRIPTOR.match(token)
        url = (descriptor.group("next") or "") if descriptor else token
        if url.strip(","):
            urls.append(url.strip(","))
    return urls
