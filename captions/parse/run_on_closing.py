"""A gallery run onto one line whose credits close with a picture word: cut after each such credit.

Chinese and Japanese pages close a picture's credit with a word meaning
"photographed" (markers.yaml closing_picture_words) after the names, so the
credit's end is plain even with no bracket and no break after it. A dump
that flattens such a gallery prints it on one line:

    <caption>。新华社记者 Name 摄 <next caption>。 新华社记者 Name 摄 ...

A credit starts after the caption's sentence end (`。`, `！`, `？`) and ends at
the picture word with a space or the line's end after it. Only credits that
name a known agency (`新华社记者 Name`, read as Xinhua and its reporter)
count, as prose may end in a picture word too (`...在此拍摄 大家`). A line
needs two such credits, one of them followed by more text, and each caption
before a credit some characters of its own; otherwise it is left whole. One
such credit is enough where a subhead dash follows it (markers.yaml
subhead_dashes) opening a subhead: a picture's block run into the next section of the story,

    <caption>。新华社记者 Name 摄 ——<subhead> <paragraph>

The subhead is a short title ("女排:12年后再登顶") with no clause mark in it and
the paragraph after it; a dash opening prose ("——这张照片后来获得了大奖,被...")
or closing the line ("——摘自《新华每日电讯》") shows no section.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .credit_parts import Kind
from .credit_reading import Context
from .markers import PageMarkers

MIN_CREDITS = 2       # credits on the line, the closing one included
MIN_CAPTION = 8       # characters of a caption before its credit
MAX_CREDIT_CHARS = 30  # characters of a credit before its picture word ("新华社记者 Name Name 摄")
MAX_RUN_ON_PICTURES = 300  # no gallery prints more on a line
MAX_SUBHEAD_CHARS = 20  # characters of a subhead between its dash and the paragraph
_SENTENCE_ENDS = "。！？!?"
_CLAUSE_MARKS = "，,、；;。！？!?"
CJK_WINDOW = 200  # characters of a line looked at for a CJK character
# a character from U+2E80 on (CJK radicals, kana, ideographs, hangul, fullwidth forms): one regex search, where a
# test of each character in Python cost a page's lines ~3 µs each
_CJK_OR_PAST = re.compile(r"[^\x00-\u2e7f]")


@lru_cache(maxsize=8)
def _closing_pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    if not words:
        return None
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\s?(?:{alternation})(?=\s|$)")


def closing_word_pieces(text: str, pm: PageMarkers) -> list[str]:
    """The line cut after each agency credit closed by a picture word; [text] when it is no such gallery."""
    pattern = _closing_pattern(tuple(pm.credits.registry.markers.closing_picture_words))
    if pattern is None or not _CJK_OR_PAST.search(text, 0, CJK_WINDOW):
        return [text]  # the convention is CJK pages'
    cuts: list[int] = []  # where each piece ends (after its picture word)
    closing = False
    subheaded = False  # a cut with a subhead dash after it: the picture ends there, alone or not
    subhead_dashes = tuple(pm.credits.registry.markers.subhead_dashes)
    piece_start = 0
    for match in pattern.finditer(text):
        credit_start = _credit_start(text, piece_start, match.start())
        if credit_start is None or not _is_agency_credit(text[credit_start:match.end()].strip(), pm):
            continue
        if not text[match.end():].strip():
            closing = True
            break
        cuts.append(match.end())
        subheaded = subheaded or _opens_subhead(text[match.end():], subhead_dashes)
        piece_start = match.end()
        if len(cuts) > MAX_RUN_ON_PICTURES:
            return [text]
    if not cuts or (len(cuts) + closing < MIN_CREDITS and not subheaded):
        return [text]
    bounds = [0, *cuts, len(text)]
    pieces = [text[a:b].strip() for a, b in zip(bounds, bounds[1:])]
    return [p for p in pieces if p]


def _opens_subhead(rest: str, subhead_dashes: tuple[str, ...]) -> bool:
    """True where `rest` opens with a subhead dash, a short title and a paragraph after it."""
    rest = rest.lstrip()
    dash = next((d for d in subhead_dashes if rest.startswith(d)), None)
    if dash is None:
        return False
    title, _, paragraph = rest[len(dash):].partition(" ")
    return (0 < len(title) <= MAX_SUBHEAD_CHARS and not any(c in title for c in _CLAUSE_MARKS)
            and bool(paragraph.strip()))


def _credit_start(text: str, piece_start: int, end: int) -> int | None:
    """Where the credit before `end` starts: after the caption's last sentence end, near enough; None if none."""
    lo = max(piece_start, end - MAX_CREDIT_CHARS)
    at = max(text.rfind(c, lo, end) for c in _SENTENCE_ENDS)
    if at < 0 or at - piece_start < MIN_CAPTION:
        return None
    return at + 1


def _is_agency_credit(credit: str, pm: PageMarkers) -> bool:
    credits = pm.credits
    if not credit or not credits.is_credit(credit, Context.TAIL):
        return False
    return Kind.AGENCY in credits.read(credit).kinds
