"""Captions printed among a gallery's captions, with no credit and no mark of their own.

A gallery dumped with no blank line between its slides prints its captions one
a line, one against the next. The rules before this one find most of them by a
mark ("(1月8日撮影)") or the run's rhythm; a few slip through: a caption of
three words ("Drummers lead the way."), one opening with a quotation, one with
no full stop in a script whose captions print none ("長女・優香ちゃん。韓国アイドルが好きだった").
A reader sees them for what they are: lines of the gallery, between its
captions, shaped as they are. So, in a block of lines printed with no blank line
between, where at least MIN_FOUND captions were found, most of them with no
credit (the gallery's habit: where most print one, a line with none is a
story's), none numbered, counted or labelled ("Image caption, ...": a page
labelling its captions labels each), and they fill most of the stretch from the
first to the last (MIN_SHARE), each other line of that stretch shaped as they
are is a caption with no credit: a sentence's words, not a heading, no colon
opening a list, no unread credit in capitals or cut bracket, no more sentences
than the most a found caption holds, ending a sentence where the captions do
(or ending none where none does: a story's paragraph over captions that end
none), no longer than the longest by half again, and printed once. Where the
block runs from the headline to the page's end, the lines before its first
caption and after its last are the gallery's too, when every one of them is so
shaped; the page's last line only where it ends a sentence (a dump cut at a
fixed length cuts its last caption mid-word).

Under a headline a gallery label opens or closes ("Fotos: ...", "In pictures:
...", "..., en imágenes"), a block where two captions are found, credited or not
("Foto de Name" on the line under a few), is the gallery too: its headline says
what the lines are, where the other rules asked the captions' number and credits
to. Not under a picture mark closing the headline ("... (Photos)"): stories print
it over their paragraphs and the pictures among them. Its found captions then set
no measure of length, and a caption may hold two sentences; the line right above
a credited caption is the slide before, not that caption's alt text, except where
one line alone stands between each found caption and the one before it: an alt
line over each ("In pictures: ...", alt line, caption, credit, again and again).
Two captions and the headline are little evidence, and a story printing a
paragraph a line between two credited pictures is shaped as such a gallery is:
the block is read whole or not at all. Every line of it is a caption but the
first text under the headline (the standfirst's place) and the date line under
that; a line of a story's kind anywhere in it (a byline printed as text, a
bullet, a link to another story, a paragraph of three sentences, quoted speech
with its speaker: '"We ran," said Jo Li.') leaves it as it was read, and so
does a byline anywhere on the page ("By Jo Li"): the page is a story.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from .caption_shape import MIN_SHORT_CASELESS_LETTERS, caption_like, caseless_letters, ends_sentence, heading
from .layout import Found, Layout, holds_date, last_line, prints_byline, related_link

if TYPE_CHECKING:
    from collections.abc import Callable

    from .layout import Row
    from .lines import CleanLine
    from .markers import PageMarkers

MIN_FOUND = 3      # captions found in the block: fewer are a story's pictures, not a gallery's
MIN_FOUND_FRAMED = 2  # under a headline saying the page is pictures ("Fotos: ..."), two show the gallery's lines
MIN_SHARE = 0.6    # of the stretch between the block's first and last caption, the share found pictures' lines fill
MAX_FRAMED_SENTENCES = 2  # under a gallery's headline, the sentences a caption may hold however short the found ones
MAX_LENGTH = 1.5   # a line may run this many times the block's longest found caption
# a full stop closing a sentence, in any script
_SENTENCE_END = re.compile(r"[.!?…](?=[”’\"»)]*(?:\s|$))|[。！？]")
# a story's paragraph of quoted speech, the quote closed by a comma before the speaker ('"We ran," said Jo Li.',
# '« Nous avons fui », a-t-il dit', '„Wir sind geflohen“, sagte er'): a line no gallery prints between its captions
_QUOTED_SPEECH = re.compile(r"\s*[“\"«„‘»‹]\s?\S.*?(?:[,!?…]\s*[”\"»“’«›]|[”\"»“’«›]\s*,)\s*\w")
# a word in capitals holding a slash, "NAME/AGENCY": a credit left unread in the line, which no caption holds
_UNREAD_CREDIT = re.compile(r"(?<!\S)[^\s/]*[A-ZÀ-Þ]{2}[^\s/]*/[^\s]*[A-ZÀ-Þ]{2}")


def captions_among_captions(layout: Layout, lines: list[CleanLine], pm: PageMarkers, found: list[Found]) -> list[Found]:
    """The pictures, with the caption-shaped lines among a tight block's found captions added."""
    rows = layout.rows
    covered = {i for f in found for i in f.lines}
    captions = {f.line: f for f in found if f.caption}
    last_row = last_line(rows)
    texts = Counter(row.before for row in rows if row.kind == "text")  # a line printed twice is one picture at most
    # a byline says the page is a story, its paragraphs its author's, whatever its headline says of its pictures
    framed = _labelled_gallery(layout.title, pm) and not prints_byline(layout, lines, pm)
    added: list[int] = []
    for start, end in _blocks(rows):
        inside = sorted(i for i in captions if start <= i <= end)
        # a gallery printing most captions with no credit: where most print one, a line with none is not, unless the
        # headline says the page is pictures
        uncredited = len(inside) >= MIN_FOUND and 2 * sum(captions[i].credit is None for i in inside) >= len(inside)
        if not uncredited and not (framed and len(inside) >= MIN_FOUND_FRAMED):
            continue
        if any(i in layout.numbered or rows[i].counted for i in inside):
            continue  # a numbered or counted gallery numbers each slide: a line with no number is none
        if any(rows[i].labelled for i in inside):
            continue  # a page labelling its captions ("Image caption, ...") labels each: a line with no label is prose
        first, last = inside[0], inside[-1]
        if sum(first <= i <= last for i in covered) < MIN_SHARE * (last - first + 1):
            continue
        if not uncredited and _alt_lines(inside, covered):
            continue  # one line over each caption, the gallery's alt lines ("In pictures": alt line, caption, credit)
        longest = max(len(captions[i].caption or "") for i in inside)
        sentences = max(map(count_sentences, (captions[i].caption or "" for i in inside)))
        if not uncredited:  # two found captions set no measure: a gallery's caption may run to two sentences
            longest, sentences = 0, max(sentences, MAX_FRAMED_SENTENCES)
        # a line of the other ending than the gallery's habit is of another kind (a story's paragraph over captions
        # that end none)
        habit = sentence_habit([captions[i].caption or "" for i in inside])

        def shaped(i: int, longest: int = longest, sentences: int = sentences, habit: bool | None = habit) -> bool:
            return (i not in covered and i not in layout.announcements and texts[rows[i].before] == 1
                    and count_sentences(rows[i].before) <= sentences
                    and habit in (None, ends_sentence(rows[i].before.rstrip()))
                    and _caption_shaped(rows, i, layout.headline, pm, longest))

        between = [i for i in range(first + 1, last) if i not in covered]
        if not all(shaped(i) for i in between):
            continue  # a line of another kind between them: a story, its paragraphs and its pictures
        top = layout.headline + 1 if start <= layout.headline else start
        tail = list(range(max(last, *captions[last].lines) + 1, end + 1))  # past its credit line
        cut = end == last_row and bool(tail) and not ends_sentence(rows[end].before.rstrip())
        if cut:
            tail = tail[:-1]  # the dump's last line, cut short
        if not uncredited:
            # two found captions and the headline are all the evidence: the block is the gallery whole or not at
            # all, every line of it shaped as a caption but the standfirst and the date line over them, and none
            # a story's quoted speech; a last line cut short is a caption's start, not a link to another story.
            # The lines after the last caption are read at the page's end only: a story may follow in the block
            above = _gallery_top(rows, top, first, shaped, start <= layout.headline)
            if above is None or not all(shaped(i) for i in tail) \
                    or (cut and not _caption_shaped(rows, end, layout.headline, pm, longest)) \
                    or any(_QUOTED_SPEECH.match(rows[i].before) for i in [*above, *between, *tail]):
                continue
            added.extend([*above, *between, *(tail if end == last_row else [])])
            continue
        added.extend(between)
        # the lines over the first found caption up to the headline or to furniture (a menu, a share bar) (m178)
        lead = list(range(max([top, *(i + 1 for i in range(top, first) if rows[i].kind == "furniture")]), first))
        if start <= max(layout.headline, 0) + 1 and all(shaped(i) for i in lead):
            added.extend(lead)
        if end == last_row and all(shaped(i) for i in tail):
            added.extend(tail)
    if not added:
        return found
    return sorted([*found, *(Found(i, rows[i].before, None, i, [i]) for i in added)], key=lambda f: f.line)


def _labelled_gallery(title: str | None, pm: PageMarkers) -> bool:
    """Whether a gallery label opens or closes the headline ("Fotos: ...", "In pictures: ...", "..., en imágenes"):
    the page is pictures. A picture mark closing it ("... (Photos)", "(FOTO)") says a story shows some, as
    stories under such headlines print their pictures among their paragraphs: no gallery's evidence."""
    if not title:
        return False
    return any(pattern is not None and pattern.search(title) is not None
               for pattern in (pm.gallery_label, pm.gallery_closing))


def _gallery_top(rows: list[Row], top: int, first: int, shaped: Callable[[int], bool],
                 under_headline: bool) -> list[int] | None:
    """Under a gallery's headline, the caption-shaped lines right above its first found caption, up to the date
    line or byline (furniture); never the first text under the headline, the standfirst's place. None where a
    line of another kind stands there: a story's lines (a byline printed as text, a bullet list, a paragraph)."""
    standfirst = next((i for i in range(top, first) if rows[i].kind == "text"), first) if under_headline else top - 1
    above = first
    while above - 1 > standfirst and shaped(above - 1):
        above -= 1
    if not all(rows[i].kind == "furniture" or (rows[i].kind == "text" and _date_line(rows[i].before))
               for i in range(standfirst + 1, above)):
        return None
    return list(range(above, first))


def _date_line(text: str) -> bool:
    """A story's date line printed as text ("Publicado 28 de jan. de 2019 21:13 BRST"): a year and a day or a time,
    no sentence."""
    return holds_date(text) and not ends_sentence(text.rstrip())


def _alt_lines(inside: list[int], covered: set[int]) -> bool:
    """Whether exactly one line the found pictures leave stands between each found caption and the one before it:
    a gallery printing an alt line over each caption, not captions one a line."""
    gaps = [sum(i not in covered for i in range(a + 1, b)) for a, b in zip(inside, inside[1:])]
    return all(gap == 1 for gap in gaps)


def _blocks(rows: list[Row]) -> list[tuple[int, int]]:
    """The first and last index of each run of rows printed with no blank line between."""
    blocks: list[tuple[int, int]] = []
    start = None
    for i, row in enumerate(rows):
        if row.kind == "blank":
            if start is not None:
                blocks.append((start, i - 1))
            start = None
        elif start is None:
            start = i
    if start is not None:
        blocks.append((start, len(rows) - 1))
    return blocks


def _caption_shaped(rows: list[Row], i: int, headline: int, pm: PageMarkers, longest: int) -> bool:
    """A line a caption could be, no longer than the block's captions run: words in a sentence, no credit."""
    row = rows[i]
    text = row.before.strip()
    if row.kind not in ("text", "repeat") or row.credit is not None or i == headline or not text:
        return False
    if related_link(rows, i, pm.related_labels) or text.startswith((":", "：")):
        return False  # a link to another story, its label printed or cut off as a control (": How ...")
    if (longest and len(text) > MAX_LENGTH * longest) or text.endswith((":", "：")) or _UNREAD_CREDIT.search(text) \
            or text.count("(") + text.count("（") != text.count(")") + text.count("）"):  # "...(共同": a cut credit
        return False
    caseless = caseless_letters(text)
    if 2 * caseless > sum(c.isalpha() for c in text):
        return caseless >= MIN_SHORT_CASELESS_LETTERS  # "中国选手刘虹。"
    if heading(text, pm.small_words):
        return False
    return caption_like(row._replace(kind="text"), i, headline, pm.small_words)


def count_sentences(text: str) -> int:
    """How many sentences a line holds: one at least, however it ends."""
    text = text.strip()
    return len(_SENTENCE_END.findall(text)) + (0 if ends_sentence(text) else 1)


def sentence_habit(captions: list[str]) -> bool | None:
    """Whether a page's captions end a sentence (True), none does (False, "...撮影された"), or they mix (None)."""
    ended = sum(ends_sentence(caption.rstrip()) for caption in captions)
    return True if 2 * ended > len(captions) else False if ended == 0 else None
