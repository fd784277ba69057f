"""The lead picture's alt line, printed right under the story's head over its credited caption (rounds 78, 80).

Many dumps print the lead picture's alt text there and no other's. Where a page shows no habit of alt lines, a
line there is one only where its place and its shape say so: right under the head's date or byline, a short phrase
naming something the story names; or, under the whole head, a described scene opening with an indefinite article
over a caption that is a whole sentence. Otherwise it is the standfirst or a subhead, and the description is left
empty.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..text import cased, fold
from .caption_shape import QUOTE_OPENERS, UNCASED_STOPS, ends_sentence, heading
from .layout import Found, Layout, Row, holds_date
from .markers import SENTENCE_CLOSERS

MIN_STAMPED_ALT_WORDS = 2  # a phrase under the head's date or byline: "Flooded underpass"
MAX_STAMPED_ALT_WORDS = 8  # more are a standfirst's
MIN_LEAD_ALT_WORDS = 4  # a described scene over a whole sentence: "A man with a broom outside a door"
MIN_STEM = 4  # letters of a word `_echoes` compares, in a cased script
STEM_ENDING = 2  # letters of a word's ending `_echoes` leaves aside ("underpass", "underpasses")
_LETTERS = re.compile(r"[^\W\d_]+")
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")


def lead_alt(layout: Layout, found: list[Found], opening: dict[int, tuple[int, str]],
             uncased_opening: dict[int, tuple[int, str]], lines_over: dict[int, tuple[int, str]],
             small_words: frozenset[str], subhead_openers: tuple[str, ...] = (),
             byline: Callable[[str], bool] = lambda _: False,
             description_openers: tuple[str, ...] = ()) -> dict[int, tuple[int, str]]:
    """The line opening the story's body right over the lead picture's credited caption, shaped as a label: its alt
    text, even where the page prints no other and it shares no word with the caption (rounds 78 and 80).

    Many dumps print the lead picture's alt text there: "Flooded underpass" right under the date "12. 11. 2026.
    18:42h" (the head's last line, `_under_head_stamp`: under a standfirst a short phrase may open the story's
    first section) naming something the headline or the caption does (`_echoes`: "Follow us on Telegram" there is
    furniture), or "A man with a broom outside a door" over "A resident ... on Monday. (Name)", a label of four
    words or more (one a word in lower case: a button's label, "Share article", is shorter), opening with an
    indefinite article as a description does (`description_openers`: "The story so far", "Subscribe to our
    newsletter" there are the page's, review 42), over a caption that is a whole sentence, where no other caption
    of the page has a label over it (`lines_over`: there the page titles its slides and the lead's line is one of
    them). A label has no full stop, no colon, no quote mark opening it,
    no digit (a date: "3 junio 2026 | 12"), is not in capitals nor a heading's title case, opens as no subhead does,
    holds fewer words than its caption, and is not the byline ("di Redazione Modena", "Por Name")."""
    openers = tuple(f"{opener} " for opener in subhead_openers)
    titled = len(opening) != 1 or any(n not in opening and not ends_sentence(alt.rstrip())
                                      for n, (_, alt) in lines_over.items())
    lead = {}
    for n, (j, alt) in (opening | uncased_opening).items():
        caption = (found[n].caption or "").rstrip()
        words = len(alt.split())
        if not found[n].credit or not caption or words >= len(caption.split()) or any(c.isdigit() for c in alt) \
                or not label_shaped(alt, small_words, openers) or alt.rstrip()[-1:] in UNCASED_STOPS \
                or alt.lstrip()[:1].islower() or byline(alt.strip()):
            continue
        under_stamp = (MIN_STAMPED_ALT_WORDS <= words <= MAX_STAMPED_ALT_WORDS and _under_head_stamp(layout.rows, j)
                       and _echoes(alt, f"{layout.title or ''} {caption}"))
        over_sentence = (n in opening and not titled and ends_sentence(caption) and words >= MIN_LEAD_ALT_WORDS
                         and any(w.islower() for w in _LONG_WORD.findall(alt))
                         and alt.split()[0] in description_openers)
        if under_stamp or over_sentence:
            lead[n] = (j, alt)
    return lead


def label_shaped(alt: str, small_words: frozenset[str], openers: tuple[str, ...]) -> bool:
    """Whether a line is shaped as a picture's label, alt text, rather than a sentence, a quotation or a heading: no
    full stop closing it, no colon, no quote mark opening it, not in capitals nor a heading's title case, not opening
    as a subhead does (`openers`, each with its space). Both the lead picture's line and alt.py's lone phrases over
    a caption are read so (review 43: the two kept a copy each)."""
    return not (alt.rstrip()[-1:] in SENTENCE_CLOSERS or ":" in alt or "：" in alt
                or alt.lstrip()[:1] in QUOTE_OPENERS or alt.isupper() or heading(alt, small_words)
                or alt.lstrip().startswith(openers))


def _echoes(alt: str, text: str) -> bool:
    """Whether a word of `alt` opens a word of `text` (the headline and the caption), its ending aside: "Flooded
    underpass" over a story of "two underpasses", "눈 치우는 시민들" over "시민들이 ...", "Pluies torrentielles à
    Port-Louis" under "Pluies torrentielles : Port-Louis ...". A line of the page's furniture under the head
    ("Follow us on Telegram", "Key points", "In pictures") names nothing the story does (review 41). A word counts
    from four letters, in a script with no capitals from two."""
    words = [fold(w) for w in _LETTERS.findall(alt)]
    stems = {w[:max(MIN_STEM, len(w) - STEM_ENDING)] for w in words
             if len(w) >= MIN_STEM or (len(w) >= 2 and not cased(w))}
    return any(v.startswith(stem) for v in (fold(w) for w in _LETTERS.findall(text)) for stem in stems)


def _under_head_stamp(rows: Sequence[Row], j: int) -> bool:
    """Whether the line over row j, blank lines aside, closes the page's head: a date, a byline or furniture ("Par
    Name", "12. 11. 2026. 18:42h", "Partager"), no slide's counter. Under the standfirst a short phrase may open the
    story's first section ("In the rescuers' arms" over the first caption, as "Material damage" over a later one)."""
    k = j - 1
    while k >= 0 and rows[k].kind == "blank":
        k -= 1
    return k >= 0 and (rows[k].kind == "furniture" and not rows[k].separator or rows[k].byline
                       or holds_date(rows[k].before))
