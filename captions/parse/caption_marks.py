"""Captions a page marks line by line: a pointer opening them, or a bracket closing them saying when the picture
was taken or with what camera settings.

Chinese and Korean pages print a pointer before a caption, at the picture
above it ("△ 7月13日,受洪灾侵袭的红旗村。", "↑ 7月24日拍摄的夜景。"); Japanese
pages close a caption with the day it was photographed, in brackets
("...瓦礫の下から発見された(1月8日撮影)", "...陸地へ<2013年3月24日撮影>").
Neither needs a credit to show the line is a caption, but either could stand
once on a story's line (a pointer opens teasers and links too), so a page
must show the habit: two lines or more marked the same way. Each such line
that no other rule took, is not the headline and prints no credit is then a
picture's caption with no credit. A pointed line must read as a caption: a
sentence ending in its full stop, of eight Chinese or Japanese letters or
more, most of its letters. Pages in other scripts have shown no pointed
captions, and a pointer there opens links and figures ("▲ 2.3%"). A Korean
pointed line printing no credit is left alone too, though a Hangul sentence
reads as a caption by its shape elsewhere (caption_shape.caseless_letters):
Korean pages also print "▲" before each sentence of a bulleted list in a
story, so the pointer shows no caption there. Hence the letters counted are
Chinese and Japanese only (caption_shape.unspaced_letters). Where a Korean
page prints a pointed caption with its credit ("▲ ... 있다. /진도=Name 기자"),
the pointer is its caption mark, and its other pointed Hangul lines with no
credit are the gallery's further captions, sentence or not: a photo's title in quotes ("▲
'기다리는 가족들'"), or a line under the gallery's run of pointed captions,
with nothing but blank lines between ("▲ 회담장인 평화의 집" under "▲ ...
[사진-...]"). Other pointed lines are a list's items, under the paragraph
introducing them ("다음과 같다." over "▲ 만 19세 이상 청년", a personnel
list's "▲ 전략기획본부장 Name"), as is a line holding a colon or another
pointer ("▲ 기간: ...", "▲ 서울 ▲ 부산").
A tail needs a few letters before it; a place heading ("輪島市(震度7)=1月28日
撮影") closes with no bracket anyway. A caption printed again with no credit
is the same picture (pictures.py's rule).

Photo contests, photo blogs and photo desks close a caption with the camera
data in brackets ("...表現しました。(キヤノンEOS R5 24~105ミリ 絞りf8 400分の1秒)",
"... at dusk. (Nikon D750, 70-200 mm, f/4, 1/500 s)"): a bracket holding two
kinds of camera setting or more (camera_settings: aperture, shutter, focal
length, ISO, a camera's maker) says the line is about a photograph. Rainfall
in mm is one kind alone. The same page habit, two lines or more, is asked
for; a line of camera data with no text before its bracket is EXIF furniture.

The pointers and tails are data (markers.yaml's caption_pointers and
photographed_tails); a pointer is a page control too, so the line's text
has lost it: the raw line shows it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from ..text import strip_tags
from .caption_shape import QUOTE_CLOSERS, QUOTE_OPENERS, caseless_letters, ends_sentence, unspaced_letters
from .credit_sides import MIN_EVIDENCE
from .framed import uncased_name
from .layout import Found, Layout

_OPENERS = ("(", "（", "[")
_CLOSERS = (")", "）", "]")

if TYPE_CHECKING:
    from .layout import Row
    from .markers import PageMarkers

MIN_TAILED_LETTERS = 8  # letters before a photographed tail: fewer are a place's name or a label
MIN_POINTED_HANGUL = 4  # Hangul letters of a short pointed Korean caption ("▲ '아비규환 진도'"): fewer are a figure's label
MIN_POINTED_LETTERS = 8  # Chinese or Japanese letters of a short pointed caption ("↑ 7月24日拍摄的“中国天眼”夜景。")
MIN_CAMERA_SETTINGS = 2  # kinds of camera setting in a closing bracket: one alone may be a rainfall's "40mm"
MAX_ENTRY_LINES = 3  # lines an entry prints above its caption (name, place and date, title) before it is prose
TAIL_WINDOW = 60  # characters at a line's end the tail is looked for in (the longest is 49; told in markers.yaml)


def marked_captions(layout: Layout, raw_lines: list[str], pm: PageMarkers, found: list[Found]) -> list[Found]:
    """The pictures of a page: `found`, and the uncredited lines of each mark the page opens or closes two or more
    captions with."""
    if not pm.caption_pointers and pm.photographed_tail is None and not pm.camera_settings:
        return found
    rows = layout.rows
    used = {i for f in found for i in f.lines}
    texts = [i for i, row in enumerate(rows) if row.kind == "text" and i != layout.headline and row.before
             and not row.before_is_alt]
    added: list[Found] = []
    for marked in (lambda row: _pointed(row, raw_lines, pm), lambda row: _photographed(row, pm)):
        added += _captions(rows, texts, marked, used | {i for f in added for i in f.lines})
    if any(rows[i].credit is not None and _opens_with_pointer(rows[i], raw_lines, pm) for i in texts):
        gallery = _pointed_gallery(rows, texts, raw_lines, pm)
        added += _captions(rows, texts, lambda row: row.no in gallery, used | {i for f in added for i in f.lines})
    added += _entrants(rows, _captions(rows, texts, lambda row: _camera_data(row, pm),
                                       used | {i for f in added for i in f.lines}), used)
    if not added:
        return found
    printed = {f.caption for f in found}
    out = [*found]
    for f in added:
        if f.caption not in printed:
            printed.add(f.caption)
            out.append(f)
    return sorted(out, key=lambda f: f.line)


def _captions(rows: list[Row], texts: list[int], marked: Callable[[Row], bool], used: set[int]) -> list[Found]:
    """The uncredited, untaken lines a mark shows are captions, where two lines or more carry it."""
    lines = [i for i in texts if marked(rows[i])]
    if len(lines) < MIN_EVIDENCE:
        return []
    return [Found(i, rows[i].before, None, i, [i]) for i in lines if rows[i].credit is None and i not in used]


def _opens_with_pointer(row: Row, raw_lines: list[str], pm: PageMarkers) -> bool:
    """The dump prints the line opened by a pointer ("▲ ..."): the cleaned text has lost it."""
    if not 0 < row.no <= len(raw_lines):
        return False
    return strip_tags(raw_lines[row.no - 1]).lstrip(" \t|").startswith(pm.caption_pointers)


def _pointed(row: Row, raw_lines: list[str], pm: PageMarkers) -> bool:
    """A line the dump opens with a pointer ("△ ...") that reads as a caption: a Chinese or Japanese sentence."""
    if not _opens_with_pointer(row, raw_lines, pm) or not ends_sentence(row.before.rstrip()):
        return False
    unspaced = unspaced_letters(row.before)
    return unspaced >= MIN_POINTED_LETTERS and 2 * unspaced > sum(c.isalpha() for c in row.before)


def _pointed_hangul(row: Row, raw_lines: list[str], pm: PageMarkers) -> bool:
    """A Korean line the dump opens with a pointer ("▲ '기다리는 가족들'"), asked for only on a page that prints a
    pointed caption with its credit: there the pointer is the page's mark for a caption, not a bullet's."""
    if not _opens_with_pointer(row, raw_lines, pm) or ":" in row.before \
            or any(p in row.before for p in pm.caption_pointers):  # "▲ 서울 ▲ 부산": a list's items run on
        return False
    hangul = caseless_letters(row.before) - unspaced_letters(row.before)
    return hangul >= MIN_POINTED_HANGUL and 2 * hangul > sum(c.isalpha() for c in row.before)


def _pointed_gallery(rows: list[Row], texts: list[int], raw_lines: list[str], pm: PageMarkers) -> set[int]:
    """The line numbers of a Korean gallery's pointed lines: its pointed captions printing a credit, and the pointed
    Hangul lines with none that are a photo's title in quotes or stand under another of them, with only blank
    lines between; a list's pointed items stand under the paragraph introducing them. The dump's last line, printing
    no credit where the gallery's captions print theirs, was cut by the excerpt before its credit: it is none."""
    gallery: set[int] = set()
    last = max((j for j, r in enumerate(rows) if r.kind != "blank"), default=-1)
    for i in texts:
        row = rows[i]
        if not _pointed_hangul(row, raw_lines, pm):
            continue
        above = next((j for j in range(i - 1, -1, -1) if rows[j].kind not in ("blank", "furniture")), -1)
        if row.credit is not None or _quoted(row.before) \
                or (above >= 0 and rows[above].no in gallery and i != last):
            gallery.add(row.no)
    return gallery


def _quoted(text: str) -> bool:
    """Whether a line is one quotation whole, as a photo's title is printed ("'아비규환 진도'")."""
    text = text.strip()
    return len(text) > 2 and text[0] in QUOTE_OPENERS and text[-1] in QUOTE_CLOSERS


def _photographed(row: Row, pm: PageMarkers) -> bool:
    """A line closing with a bracket that says when the picture was taken ("...(1月8日撮影)")."""
    if pm.photographed_tail is None:
        return False
    text = row.before.rstrip()
    tail = pm.photographed_tail.search(text, max(0, len(text) - TAIL_WINDOW))
    return tail is not None and sum(c.isalpha() for c in text[:tail.start()]) >= MIN_TAILED_LETTERS


def _camera_data(row: Row, pm: PageMarkers) -> bool:
    """A line closing with a bracket of camera settings ("...(ニコンZ6 180~600ミリ 絞りf6.3 2500分の1秒)")."""
    text = row.before.rstrip()
    if not pm.camera_settings or not text.endswith(_CLOSERS):
        return False
    opening = max(text.rfind(c) for c in _OPENERS)
    if opening < 0 or sum(c.isalpha() for c in text[:opening]) < MIN_TAILED_LETTERS:
        return False
    inside = text[opening + 1:-1]
    return sum(p.search(inside) is not None for p in pm.camera_settings) >= MIN_CAMERA_SETTINGS


def _entrants(rows: list[Row], found: list[Found], used: set[int]) -> list[Found]:
    """Camera-data captions, each credited to the lone name its entry prints at the same place above it.

    A photo contest prints each entry alike: the entrant's name, a line of place
    and date, the comment closing with the camera data. Where every caption
    (two or more) has a name alone at the same distance above it, one word of
    two to six letters in a script with no capitals, no other caption between
    and no picture's line, the name is its credit; else the captions keep none.
    """
    if len(found) < MIN_EVIDENCE:
        return found
    for k in range(1, MAX_ENTRY_LINES + 1):
        names = [f.line - k for f in found]
        if all(_lone_name(rows, j) and j not in used and not any(j < g.line < f.line for g in found)
               for j, f in zip(names, found)) and len(set(names)) == len(names):
            return [Found(f.line, f.caption, rows[j].before.strip(), j, [j, f.line], entrant=True)
                    for j, f in zip(names, found)]
    return found


def _lone_name(rows: list[Row], j: int) -> bool:
    """A text line holding one name and nothing else ("広畑政巳")."""
    if j < 0 or rows[j].kind != "text" or rows[j].credit is not None:
        return False
    return uncased_name(rows[j].before.strip())
