"""Pictures a sentence announces: the lines after "These photos show ..." are captions.

Some photo reports print no credit and no gallery heading, but say in words
that pictures follow: the intro's last sentence reads "These photos show the
aftermath ...", "写真で紹介します" ("we show it in photographs"), "次の写真は
...撮影した写真です" ("the following are photographs taken ..."). A reader
takes each line after it as a picture's caption. The phrases are data
(markers.yaml's picture_announcements, any language); one must stand in the
last sentence of its line (a byline in brackets may close it), so that the
pictures come after it. Where the page prints no credit and no other rule
found a picture, each line after the announcement that is prose ending a
sentence, and no heading, is a caption with no credit (at least three).
A heading over a group of pictures ("輪島市(震度7)=1月28日撮影", a place and
the day it was photographed) ends no sentence and is passed over, as are a
list's links and titles; a last line the dump cut mid-sentence ends none
either.

A headline can announce the pictures too, by a mark at its end ("... poll
(Photos)", "(+Fotos)", "<写真特集>": markers.yaml's picture_marks), and so
can a gallery heading ("In Pictures: ...", gallery_labels). The captions are
then known by their shape: after the story's last paragraph, which ends a
sentence, a run of lines that end none, the way many outlets print their
captions. Where the page prints no credit and no other rule found a picture,
each of those lines that reads as a caption (a sentence's words, not a
heading; at least three, most of the run) is one with no credit; a label over links to other stories ("More stories")
ends the run, the rail's headlines under it no captions.

A headline can say so in words too ("Heartbreaking photos show ...", "12 photos
that show ...": markers.yaml's picture_headlines). The line under it (a copy
of the headline set aside) is then the standfirst, and each line after it that
ends a sentence is a caption with no credit, where the page prints no credit.
Such a headline heads stories about pictures too ("Leaked photos show ..."):
a byline, a line quoting someone, one longer than a caption (two sentences,
thirty words) or lines averaging more than a caption's words make the page a
story, and its lines are read as nothing.

On a page that prints credits, the announcing line is no caption either
("A seguir, confira 12 fotos ...", then a credit alone): the credit right
under it takes the line below, and shows nothing of the page's habit.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from .caption_shape import caption_like, caseless_sentence, ends_sentence, heading
from .layout import Found, Layout, prints_byline, prints_credit
from .framed_gallery import rail_start
from .sentence_runs import caption_neighbour
from .titled_paragraphs import prose

if TYPE_CHECKING:
    from .layout import Row
    from .lines import CleanLine
    from .markers import PageMarkers

MIN_CAPTIONS = 3  # captions after an announcement before they are read so
# The line's last sentence: what follows its last full stop, a bracket closing the line (a byline) set aside.
_CLOSING_BRACKETS = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")
_SENTENCE_END = re.compile(r"[.!?。！？]+[」』”’\"')）]*\s*(?=\S)")
MAX_MEAN_WORDS = 22  # a headline's pictures' captions average fewer words; a story's paragraphs run longer
_QUOTATION = re.compile(r'["“”„«»]')  # a story quotes people; a caption seldom does
# a quotation or a title in quotation marks, whole on its line: a phrase inside it is someone's words or a title's
# ("l'exposition « Retour en images sur les Jeux de 1924 »"), and announces no pictures of the page
_QUOTED = re.compile(r"«[^«»]*»|“[^“”]*”|„[^„“”]*[“”]|\"[^\"]*\"")


def announced_captions(layout: Layout, pm: PageMarkers, found: list[Found],
                       lines: list[CleanLine] | None = None) -> list[Found]:
    """The pictures of a page: `found`, or, where it is empty, the captions a sentence or its headline announces."""
    rows = layout.rows
    if found or prints_credit(rows):
        return found
    return _after_announcement(layout, pm) or _unended_run(layout, pm) or _under_headline(layout, pm, lines or [])


def announcing_rows(layout: Layout, pm: PageMarkers, words: Sequence[str]) -> frozenset[int]:
    """The text rows whose last sentence says pictures follow: no picture's caption, wherever credits stand.
    `words`: the announcing phrases' words the page's text rows hold (announcement_words_in)."""
    if not words:
        return frozenset()  # most pages: no row is searched word by word
    return frozenset(i for i, row in enumerate(layout.rows)
                     if row.kind == "text" and row.credit is None and announces(row.before, pm, words))


def announcement_words_in(texts: Iterable[str], pm: PageMarkers) -> tuple[str, ...]:
    """The words announcing phrases are looked for by (markers.yaml's picture_announcements) that the texts hold,
    in pm.announcement_words's order. The texts are joined and searched once for each word: searching each text
    for each word cost a page of text rows a thousand calls, most of them on pages that hold none. A text that is
    one of them, or a part of one, holds none of the other words: it need be searched for these only."""
    folded = "\n".join(texts).casefold()  # no word holds a line break (key_word): none is found across two texts
    return tuple(word for word in pm.announcement_words if word in folded)


def _after_announcement(layout: Layout, pm: PageMarkers) -> list[Found]:
    """The sentence-ending lines under a line whose last sentence announces pictures."""
    if not pm.announcement_words:
        return []
    rows = layout.rows
    # on a page with no credit every announcing text row is in layout.announcements; only the headline is left
    headline = [layout.headline] if layout.headline >= 0 and announces(layout.title, pm) else []
    start = min([*layout.announcements, *headline], default=-1)
    if start < 0:
        return []
    captions = [i for i in range(start + 1, len(rows)) if rows[i].kind == "text" and not rows[i].labelled
                and _caption(rows[i].before, pm)]
    return _uncredited(rows, captions)


def _under_headline(layout: Layout, pm: PageMarkers, lines: list[CleanLine]) -> list[Found]:
    """Under a headline saying the page shows pictures ("... photos show ..."): the sentence-ending lines after
    the standfirst."""
    rows = layout.rows
    if layout.headline < 0 or not layout.title or pm.picture_headline is None \
            or not pm.picture_headline.search(layout.title):
        return []
    texts = [i for i in range(layout.headline + 1, len(rows)) if rows[i].kind == "text"
             and rows[i].before.strip() != layout.title.strip()]  # a slidelist prints its title twice
    captions = [i for i in texts[1:] if not rows[i].labelled and _caption(rows[i].before, pm)]
    if _story(layout, pm, lines, captions):
        return []
    return _uncredited(rows, captions)


def _story(layout: Layout, pm: PageMarkers, lines: list[CleanLine], captions: list[int]) -> bool:
    """A story about pictures ("Leaked photos show ..."): a byline, a quotation, a paragraph longer than a caption,
    paragraphs averaging more words than captions do."""
    rows = layout.rows
    if prints_byline(layout, lines, pm):
        return True
    if sum(len(rows[i].before.split()) for i in captions) > MAX_MEAN_WORDS * len(captions):
        return True
    return any(_QUOTATION.search(rows[i].before) or not caption_neighbour(rows[i], i, layout, pm) for i in captions)


def _unended_run(layout: Layout, pm: PageMarkers) -> list[Found]:
    """On a page its headline or a gallery heading announces as pictures: the lines after its last sentence."""
    rows = layout.rows
    texts = [i for i, row in enumerate(rows) if row.kind == "text"]
    ended = next((i for i in reversed(texts) if ends_sentence(rows[i].before.rstrip())), -1)
    if ended < 0 or not _framed(layout, pm, ended):
        return []
    run = [i for i in texts if ended < i < rail_start(layout, pm)]
    captions = [i for i in run if not rows[i].labelled and caption_like(rows[i], i, layout.headline, pm.small_words)]
    return _uncredited(rows, captions) if 2 * len(captions) > len(run) else []


def _framed(layout: Layout, pm: PageMarkers, end: int) -> bool:
    """The headline ends in a picture mark ("(Photos)"), or a gallery heading stands before row `end`."""
    if layout.title and pm.picture_mark is not None and pm.picture_mark.search(layout.title):
        return True
    return pm.gallery_label is not None and any(
        row.kind == "text" and pm.gallery_label.match(row.before) for row in layout.rows[:end])


def _uncredited(rows: list[Row], captions: list[int]) -> list[Found]:
    return [Found(i, rows[i].before, None, i, [i]) for i in captions] if len(captions) >= MIN_CAPTIONS else []


def announces(text: str | None, pm: PageMarkers, candidates: Sequence[str] | None = None) -> bool:
    """A line whose last sentence announces the pictures below it. `candidates`: the announcing phrases' words the
    line may hold (announcement_words_in of the page), all of them (pm.announcement_words) by default."""
    if not text:
        return False
    folded = text.casefold()
    words = [word for word in (pm.announcement_words if candidates is None else candidates) if word in folded]
    if not words:
        return False  # the phrases' regexes, tried at each position, cost a line far more
    text = _unquoted(_CLOSING_BRACKETS.sub("", text))
    last = _SENTENCE_END.split(text)[-1]
    return any(pm.announcements_by_word[word].search(last) is not None for word in words)


def announcing_end(text: str, pm: PageMarkers, candidates: Sequence[str] | None = None) -> int | None:
    """Where the last sentence of `text` announcing pictures ends (the offset past it and the spaces after it),
    None where none does: "... acte 3. 20 Minutes revient sur les images fortes. Les manifestants ..." ends its
    announcement before "Les". `candidates` as for `announces`."""
    folded = text.casefold()
    words = [word for word in (pm.announcement_words if candidates is None else candidates) if word in folded]
    if not words:
        return None
    start, end = 0, None
    text = _unquoted(text)
    for stop in [*(m.end() for m in _SENTENCE_END.finditer(text)), len(text)]:
        sentence = text[start:stop]
        if any(pm.announcements_by_word[word].search(sentence) is not None for word in words):
            end = stop
        start = stop
    return end


def _unquoted(text: str) -> str:
    """The text with each quotation in quotation marks blanked, as long as before (offsets into it hold)."""
    return _QUOTED.sub(lambda m: " " * len(m.group()), text) if any(q in text for q in '"“„«') else text


def _caption(text: str, pm: PageMarkers) -> bool:
    """Prose ending a sentence, not a heading: a caption's shape (a heading or a link ends none)."""
    if not ends_sentence(text.rstrip()) or text.rstrip().endswith(":"):
        return False
    return caseless_sentence(text) or (prose(text) and not heading(text, pm.small_words))
