"""Stage 3b, assemble: the page's laid-out rows (layout.py) into pictures.

`find_pictures` takes, in order: lines carrying a caption and its credit; credits
printed on a line of their own, paired with the caption above or below
(own_line_credits.py, the side by the page's habits: credit_sides.py);
lines a label or a repeat marks as captions; the uncredited slides of a
gallery. The same caption with the same credit is one picture; a last slide
the dump cut short is left out (cut_short.py).

Each function builds new values from its inputs; which lines the pictures
take is kept in the `Assembly` (assembly.py) that `find_pictures` owns.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from operator import attrgetter

from .alt_over_credit import alt_blocks
from .assembly import Assembly
from .between_copies import captions_printed_twice, copies_over_credits
from .caption_shape import (MIN_CAPTION_WORDS, ends_sentence, illustrative_note, short_caseless_sentence, uncased_phrase,
                            uncased_sentence)
from .counters import counted_slides
from .credit_sides import MIN_EVIDENCE
from .cut_short import without_cut_slide
from .found_pictures import one_per_caption
from .layout import Found, Layout, under_separators
from .own_line_credits import pair_own_credits
from .slides import tight_gallery, uncredited_slide_rows
from .titled_paragraphs import paragraphs_under_copies, prose

MIN_BULLETED_SLIDES = 3  # bulleted lines parting a page into slides, where nothing else does


_LINE_OF = attrgetter("line")


def find_pictures(layout: Layout, small_words: frozenset[str], related: frozenset[str] = frozenset(),
                  framed: bool = False, notes: frozenset[str] = frozenset(), *,
                  names_person: Callable[[str], bool]) -> list[Found]:
    """The pictures of a page, in line order, each caption with its credit once; `related` holds the folded
    labels over links to other stories, whose lines are no captions; `framed`: the headline says the page is
    pictures; `notes`: the folded notes saying a picture only illustrates the story, each a caption;
    `names_person`: whether a credit names a photographer."""
    return _assemble(Assembly(layout, small_words, related, framed, notes, names_person))


def _assemble(page: Assembly) -> list[Found]:
    """The pictures `page` finds, in line order, each caption with its credit once."""
    rows, found = page.rows, page.found
    own: list[int] = []          # credits printed on a line of their own
    uncredited: list[int] = []   # rows a label or a repeat marks as captions, unless a credit takes them
    separators: list[int] = []
    # a line a slide counter opened ("4/6 <caption>") is a slide's caption, credited or not, between counted
    # captions showing their credits (counters.py)
    counted = counted_slides(rows)
    for i, row in enumerate(rows):
        if row.kind != "text":
            if row.separator:
                separators.append(i)
        elif row.credit is None:
            if (row.labelled or row.emptied or row.repeats > 1 or (i in page.slides and prose(row.before))
                    or i in counted or illustrative_note(rows, i, page.notes)):
                uncredited.append(i)
        elif row.before and not row.before_is_alt and i in page.blanket:
            # the text a blanket credit closes is a caption where the page shows it as one (blanket.py)
            if row.labelled or row.repeats > 1:
                uncredited.append(i)
        elif row.before and not row.before_is_alt:
            page.take(i)
            found.append(Found(i, row.before, row.credit, i, [i]))
        else:
            own.append(i)
    in_line_order = len(found)  # the pictures so far come in line order; those added below may not
    page.tight = tight_gallery(page.rows, separators)
    for i, (alt, below) in alt_blocks(rows, own, page.headline, page.small_words).items():
        page.take(alt, i, below)  # "<alt>" / "<credit>" / blank / "<caption>": a list site's image blocks
        found.append(Found(below, rows[below].before, rows[i].credit, alt, [alt, i, below], rows[alt].before))
    own = [i for i in own if i not in page.used]
    if own:
        page.twice = copies_over_credits(rows, own, page.used | {page.headline})
        pair_own_credits(page, own)
        for f in found:
            if f.line in page.twice and (copy := page.twice[f.line]) not in page.used:
                page.take(copy)  # the alt text printing the caption again: no picture, no description
                f.lines.append(copy)
    for i in uncredited:
        # a short sentence of a script with no capitals printed again under itself ("中国选手杨家玉。" three times):
        # a gallery's caption repeated, too short for caption_like, but no story prints a sentence twice in a row
        if i not in page.used and (page.caption_like(i) or rows[i].repeats > 1
                                   and short_caseless_sentence(rows[i].before)):
            page.take(i)
            found.append(Found(i, rows[i].before, None, i, [i]))
    for i, copy in captions_printed_twice(rows, page.used | page.announcements | {page.headline}):
        page.take(i, copy)  # "MIAMI.", a blank line, "MIAMI." where credited captions are printed so
        found.append(Found(i, rows[i].before, None, i, [i, copy]))
    for copy, i in paragraphs_under_copies(rows, page.headline):
        if not page.used.intersection((copy, i)):  # a title printed again over each slide's caption
            page.take(copy, i)
            found.append(Found(i, rows[i].before, None, copy, [copy, i]))
    if len(separators) > 1:
        _slides(page, separators)
    elif len(bullets := [i for i, row in enumerate(rows) if row.kind == "bullet"]) >= MIN_BULLETED_SLIDES:
        _slides(page, bullets)  # "• <date>" over each teaser and its picture: bullets part the slides
    if len(found) > in_line_order:
        found.sort(key=_LINE_OF)
    _alt_printed_again(page)
    found[:] = without_cut_slide(rows, found)
    return one_per_caption(found)



def _alt_printed_again(page: Assembly) -> None:
    """'<alt>' on a line, then '<alt> <caption> (credit)': the line above, printed again, is alt text.

    The figure's alt text, then its caption field, which the dump opens with
    the alt text a second time: the repeat is no part of the caption. Not where the whole caption, credit and
    all, is another picture's of the page: a gallery's last slide printing its first again under another alt
    line that opens as the caption does ("Kar altındaki Galata Kulesi") is that picture, printed again.
    """
    rows = page.rows
    printed = Counter((f.caption, f.credit) for f in page.found)
    for f in page.found:
        if printed[f.caption, f.credit] > 1:
            continue
        j = f.top - 1
        if not f.caption or f.description or j < 0 or j in page.used or j == page.headline:
            continue
        above = rows[j]
        alt = above.before
        if above.kind != "text" or above.credit is not None or not alt or len(alt.split()) < MIN_CAPTION_WORDS:
            continue
        rest = f.caption[len(alt):]
        if f.caption.startswith(alt) and rest[:1].isspace() and len(rest.split()) >= MIN_CAPTION_WORDS:
            page.take(j)
            # a lower-case word after it runs the alt's words on into one sentence: the alt text is the
            # caption's opening, cut short ("Boats carry villagers" over "Boats carry villagers along the
            # highway."), and the caption is printed whole
            if not rest.lstrip()[:1].islower():
                f.caption = rest.strip()
            f.description, f.top = alt, j
            f.lines.append(j)



def _slides(page: Assembly, seps: list[int]) -> None:
    """In a gallery of slides, a row where the other slides print their caption is a caption (slides.py)."""
    # a sentence of a script with no capitals is read by its place only in a gallery its pictures show: two or
    # more opening right under a separator (a story's rules, "---", part sections of paragraphs too)
    slides = under_separators(page.rows, page.found) >= MIN_EVIDENCE
    # so is a phrase with no full stop where the gallery prints its captions so ("1/5" over "<phrase> - (تصوير:
    # Name)"): two or more, none of that script closing with a full stop
    uncased = [f.caption for f in page.found
               if f.caption and (uncased_phrase(f.caption) or uncased_sentence(f.caption))]
    phrases = len(uncased) >= MIN_EVIDENCE and not any(ends_sentence(c.rstrip()) for c in uncased)
    for j in uncredited_slide_rows(page.rows, seps, page.found, page.used):
        if j not in page.blanket and page.caption_like(j, slide=slides, phrase=phrases):
            page.take(j)
            page.found.append(Found(j, page.rows[j].before, None, j, [j]))
