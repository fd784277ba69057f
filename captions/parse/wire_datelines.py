"""A Korean wire's dateline opening a picture's caption: `(서울=연합뉴스) 윤동진 기자 = <caption>. 2026.3.15`.

Yonhap, News1 and Newsis open every caption as they open a story, with the
place and the wire in brackets, "=" joining them ("(Seoul=Yonhap)"), then the
photographer, his title ("기자", reporter) and " = " before the caption. The
dateline and the name are the picture's credit, printed first; the caption is
what follows " = ". A picture handed out to the wire prints the dateline and no
name ("(서울=연합뉴스) <caption>. 2026.3.15"): the dateline credits no one, and
the caption is read without it. A story's first paragraph opens the same way,
so only a line closing with the day in figures ("2026.3.15"), as a wire's
caption does and a story's paragraph does not, is read so.
"""
from __future__ import annotations

import re

from .caption_shape import caseless_letters
from .markers import PageMarkers

# "(서울=연합뉴스) ": a place and a wire, "=" between them, in brackets
_DATELINE = re.compile(r"\((?P<place>[^\W\d_]{1,8})=(?P<wire>[^\s()=]{2,12})\)\s+")
# "윤동진 기자 = ": a name of a word or two, a title, then the caption after " = "
_BYLINE = re.compile(r"(?P<name>[^\W\d_]{2,5}(?: [^\W\d_]{2,5})?) (?P<title>[^\W\d_]+) = (?=\S)")


def wire_dateline(text: str, pm: PageMarkers) -> tuple[str, str | None] | None:
    """(caption, credit) of a caption a wire's dateline opens, the credit None where it names no one; else None."""
    m = _DATELINE.match(text)
    if m is None or pm.numbered_tail is None or not pm.numbered_tail.search(text):
        return None
    place, wire = m["place"], m["wire"]
    if caseless_letters(place) != len(place) or pm.registry.credited_name(wire) is None:
        return None
    rest = text[m.end():]
    byline = _BYLINE.match(rest)
    if byline is None or byline["title"] not in pm.byline_titles \
            or caseless_letters(byline["name"].replace(" ", "")) != len(byline["name"].replace(" ", "")):
        return rest, None
    return rest[byline.end():], f"{text[:m.end()]}{byline['name']} {byline['title']}"
