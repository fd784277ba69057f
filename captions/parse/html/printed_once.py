"""A picture printed twice on a page (two layouts, a gallery slide repeating an inline figure) is one picture.

The same caption and credit over two different images (a group caption) are two pictures. A printing that
leaves the credit out (a lightbox showing the caption only) is the same picture when its image or alt text is;
the credit printed with the other goes on it.

A printing is looked up among the earlier printings of its caption through what can make two of them one (the
alt text, an image, a file's name, the credit), not compared with each: a caption printed over thousands of
images (a gallery's one caption) took quadratic time.
"""
from __future__ import annotations

import heapq
from bisect import insort
from collections import Counter
from typing import Iterator

from .figure import HtmlPicture
from .repeats import file_names, image_keys, same_file_name, same_image

MIN_SLIDE_AGAIN_WORDS = 4  # words of a caption a gallery's slide prints again: shorter ones ("Il fiume") name no one scene


def once_each(pictures: list[HtmlPicture]) -> list[HtmlPicture]:
    """The pictures in order, a second printing of one folded into the first (its alt text and credit kept where
    the first has none)."""
    seen: dict[str, _Printings] = {}
    uncaptioned: dict[tuple[str, str, str], HtmlPicture] = {}
    printings = Counter((pic.caption, pic.credit) for pic in pictures if pic.caption)
    out = []
    for pic in pictures:
        keys = [] if pic.caption else _credit_keys(pic)
        if pic.caption and (earlier := seen.get(pic.caption)) is not None \
                and (at := earlier.twin(pic, printings[(pic.caption, pic.credit)] == 2)) is not None:
            earlier.fold_in(at, pic)
            continue
        twin = next((uncaptioned[key] for key in keys if key in uncaptioned
                     and (pic.placed_row is None or uncaptioned[key].placed_row != pic.placed_row)), None)
        if twin is not None:
            _fold(twin, pic)
            continue
        if pic.caption:
            seen.setdefault(pic.caption, _Printings()).add(pic)
        for key in keys:
            uncaptioned.setdefault(key, pic)
        out.append(pic)
    return out


class _Printings:
    """The pictures printed so far under one caption, each by its place, indexed by what may make another one
    of them: `twin` finds the first that `_twins` (or `_slide_again`) says is, as asking each in turn would."""

    def __init__(self) -> None:
        self.pictures: list[HtmlPicture] = []
        self.by_credit: dict[str | None, list[int]] = {}
        self.imageless: dict[str | None, list[int]] = {}   # by credit: such a picture is any of its credit's
        self.by_alt: dict[str, list[int]] = {}
        self.by_image: dict[str, list[int]] = {}
        self.by_file_name: dict[str, list[int]] = {}

    def add(self, pic: HtmlPicture) -> None:
        at = len(self.pictures)
        self.pictures.append(pic)
        self.by_credit.setdefault(pic.credit, []).append(at)
        keys = image_keys(pic.images)
        if not keys:
            self.imageless.setdefault(pic.credit, []).append(at)
        if pic.description:
            self.by_alt.setdefault(pic.description, []).append(at)
        for key in keys:
            self.by_image.setdefault(key, []).append(at)
        for name in file_names(pic.images):
            self.by_file_name.setdefault(name, []).append(at)

    def fold_in(self, at: int, pic: HtmlPicture) -> None:
        """The second printing folded into the first, whose alt text or credit it may fill in: indexed anew."""
        first = self.pictures[at]
        description, credit = first.description, first.credit
        _fold(first, pic)
        if first.description != description and first.description:
            insort(self.by_alt.setdefault(first.description, []), at)
        if first.credit != credit:
            self.by_credit[credit].remove(at)
            insort(self.by_credit.setdefault(first.credit, []), at)
            if at in self.imageless.get(credit, ()):
                self.imageless[credit].remove(at)
                insort(self.imageless.setdefault(first.credit, []), at)

    def twin(self, pic: HtmlPicture, twice: bool) -> int | None:
        """The place of the first picture printed under this caption that `pic` prints again, if any."""
        keys = image_keys(pic.images)
        found = [self.imageless.get(pic.credit, []), self.by_alt.get(pic.description or "", [])]
        found += [self.by_image[key] for key in keys if key in self.by_image]
        found += [self.by_file_name[name] for name in file_names(pic.images) if name in self.by_file_name]
        if not keys or twice:  # an imageless printing is any of its credit's; a slide printed again shares its credit
            found.append(self.by_credit.get(pic.credit, []))
        for at in _each_once(heapq.merge(*found)):
            first = self.pictures[at]
            if _twins(first, pic) or (twice and _slide_again(first, pic)):
                return at
        return None


def _fold(first: HtmlPicture, again: HtmlPicture) -> None:
    if first.description is None and again.description:
        first.description = again.description
    if _printed(first) is None and _printed(again) is not None:
        first.credit, first.credit_source = again.credit, again.credit_source


def _each_once(places: Iterator[int]) -> Iterator[int]:
    last = -1
    for at in places:
        if at != last:
            yield at
            last = at


def _credit_keys(pic: HtmlPicture) -> list[tuple[str, str, str]]:
    """Where an uncaptioned picture is looked up as a second printing of another: its printed credit with its alt
    text, and with each of its images (the lead picture printed for a wide and a narrow layout, each copy with
    its own "Фото: Name" line). Two credit-only pictures of one photographer with no alt text and different
    images stay two."""
    credit = _printed(pic)
    if credit is None:
        return []
    keys = [("alt", credit, pic.description)] if pic.description else []
    return keys + [("image", credit, key) for key in sorted(image_keys(pic.images))]


def _slide_again(a: HtmlPicture, b: HtmlPicture) -> bool:
    """Whether a gallery's slide prints again a picture the story prints outside the gallery, each printing from an
    image file of its own (a gallery's renditions, `g3.jpg`): the same caption and the same printed credit, printed
    only these two times on the page, one of them a slide (round 86). A caption and credit shared by more pictures
    are a group's, each picture its own; two slides of one gallery are two slides."""
    return a.slide != b.slide and a.credit is not None and a.credit == b.credit and _printed(a) is not None \
        and _printed(b) is not None and len((a.caption or "").split()) >= MIN_SLIDE_AGAIN_WORDS


def _printed(pic: HtmlPicture) -> str | None:
    return pic.credit if pic.credit_source == "printed" else None


def _twins(a: HtmlPicture, b: HtmlPicture) -> bool:
    """Whether two printings of one caption are one picture: the same credit and no sign of two images, or one credit left out and the same image."""
    if a.credit == b.credit:
        return _same_picture(a, b)
    if _printed(a) is not None and _printed(b) is not None:
        return False
    return bool(a.description and a.description == b.description) or same_image(a.images, b.images) is True


def _same_picture(a: HtmlPicture, b: HtmlPicture) -> bool:
    if a.placed_row is not None and a.placed_row == b.placed_row:
        return False
    if a.description and a.description == b.description:
        return True
    same = same_image(a.images, b.images)
    return True if same is None else same or same_file_name(a.images, b.images)
