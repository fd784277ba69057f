"""A slide counter opening a caption in lower case, next to its credit alone: "1 de 1 moradores retiram lama ...".

lines.py cuts a counter off by itself where a capital or a quote follows it
("3/12 A man ..."). Before a lower-case word a counter may be the start of
prose ("2 de 3 brasileiros aprovam ...", "1/2 cup of ..."), so it is cut only
with the evidence of a credit printed alone next to it, on the line below (the
page prints credits under captions) or above (over them): the line is a
slide's caption, the counter no part of it.

A gallery may number its slides with no total instead: "1. caption", "2.
caption", "(3) ...", "사진4 ...", "Foto 5: ..." (markers.yaml's caption_numbers).
A numbered list is more often a listicle's headings ("1. Dogs"), a list of
other stories or of facts, so a run is read as captions only as a whole (each
run of a page on its own: a slide left out splits a gallery's numbering, not
its captions), and where the page shows it prints pictures (numbered_run):
numbered 1, 2, 3 ... in line order (or from a later number: an excerpt of the
gallery), in one form, three or more; each line its slide's only text (a
credit alone may stand with it: a listicle's heading has its paragraphs under
it), ending a sentence, of a caption's length; and a line announcing pictures
above it, a headline saying or marking that the page shows pictures, credits
on two of its slides, or a word for "photo" in the number itself. The number is
cut off like a counter, and each line of the run that no credit takes is a
caption with no credit (numbered_captions).
"""
from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from .announced import MAX_MEAN_WORDS, announces
from .caption_shape import ends_sentence, heading
from .credit_in_line import Split, split_line
from .layout import Found, Layout, Row, headline_frames_pictures
from .lines import CleanLine, without_counter
from .markers import PageMarkers
from .titled_paragraphs import prose

MIN_NUMBERED = 3  # numbered captions in a run before it is read as one
MIN_CREDITED_SLIDES = 2  # slides of the run carrying a credit that show the page prints pictures


def counted_captions(lines: list[CleanLine], splits: list[Split | None], pm: PageMarkers
                     ) -> tuple[list[CleanLine], list[Split | None]]:
    """The lines and splits, with the counter cut off each uncut line next to a credit alone."""
    out_lines, out_splits = lines, splits
    for i in range(len(lines)):
        line, split = lines[i], splits[i]
        if split is None or line.counted or split.credit is not None or not line.text[:1].isalnum():
            continue
        if not ((i + 1 < len(lines) and _credit_alone(splits[i + 1])) or _credit_alone(splits[_above(lines, i)])):
            continue
        cut = without_counter(line.text, pm, any_case=True)
        if cut == line.text:
            continue
        if out_lines is lines:
            out_lines, out_splits = list(lines), list(splits)
        out_lines[i] = line._replace(text=cut, counted=True)
        out_splits[i] = split_line(cut, pm)
    return out_lines, out_splits


def _above(lines: list[CleanLine], i: int) -> int:
    """The nearest line above line i that is not blank (i itself when none)."""
    j = i - 1
    while j >= 0 and lines[j].kind == "blank":
        j -= 1
    return j if j >= 0 else i


def _credit_alone(split: Split | None) -> bool:
    return split is not None and split.credit is not None and not split.before and not split.before_is_alt


class _Numbered(NamedTuple):
    row: int     # index of the row
    number: int  # its number
    form: int    # which of caption_numbers it is printed in
    end: int     # where the number and the space after it end
    worded: bool  # the number holds a word ("사진1", "Foto 1:"): it says it numbers a picture


def numbered_run(layout: Layout, pm: PageMarkers) -> Layout:
    """The layout with a numbered run of captions read: each line's number cut off, its row in `numbered`."""
    if pm.caption_number is None:
        return layout
    rows = layout.rows
    # each run read on its own evidence: a slide taken out or two swapped splits a gallery's run, not its captions
    runs = [run for run in _runs(rows, _numbered_rows(rows, pm.caption_number))
            if len(run) >= MIN_NUMBERED and _captions(rows, run, pm) and _shows_pictures(layout, pm, run)]
    if not runs:
        return layout
    out = list(rows)
    for n in (n for run in runs for n in run):
        out[n.row] = rows[n.row]._replace(before=rows[n.row].before[n.end:], counted=True)
    return layout._replace(rows=out, numbered=frozenset(n.row for run in runs for n in run))


def numbered_captions(layout: Layout, found: list[Found]) -> list[Found]:
    """`found`, and each caption of the numbered run no picture took, a caption with no credit."""
    if not layout.numbered:
        return found
    taken = {i for f in found for i in f.lines}
    added = [Found(i, layout.rows[i].before, None, i, [i]) for i in sorted(layout.numbered - taken)]
    return sorted([*found, *added], key=lambda f: f.line) if added else found


def _numbered_rows(rows: list[Row], number: re.Pattern[str]) -> list[_Numbered]:
    numbered = []
    for i, row in enumerate(rows):
        if row.kind != "text" or row.before_is_alt or row.counted or not (m := number.match(row.before)):
            continue
        group = next((g for g, value in m.groupdict().items() if value is not None), None)
        value = _number(m.group(group)) if group is not None else None
        if group is None or value is None:
            continue  # a user's form whose group caught no number
        worded = any(c.isalpha() for c in m.group()[:m.start(group)])
        numbered.append(_Numbered(i, value, int(group[1:]), m.end(), worded))
    return numbered


def _number(text: str) -> int | None:
    """The number a form's group caught: digits ("12") or a numeral of its own ("④"); None for other text."""
    if text.isdecimal():
        return int(text)
    value = unicodedata.numeric(text, None) if len(text) == 1 else None
    return int(value) if value is not None and value == int(value) else None


def _runs(rows: list[Row], numbered: list[_Numbered]) -> list[list[_Numbered]]:
    """The runs numbered n, n + 1, n + 2 ... in one form, no text but a credit alone between their lines."""
    runs: list[list[_Numbered]] = []
    for n in numbered:
        run = runs[-1] if runs else []
        if run and n.form == run[-1].form and n.number == run[-1].number + 1 and _only_credits(rows, run[-1].row, n.row):
            run.append(n)
        else:
            runs.append([n])  # from any number: an excerpt, or a gallery whose first slide the dump prints elsewhere
    return runs


def _only_credits(rows: list[Row], start: int, end: int) -> bool:
    """Whether the rows between two numbered lines hold no text but credits alone."""
    return all(row.kind in ("blank", "furniture", "repeat") or (row.kind == "text" and not row.before)
               for row in rows[start + 1:end])


def _captions(rows: list[Row], run: list[_Numbered], pm: PageMarkers) -> bool:
    """Every line of the run, its number cut off, is a caption's shape: prose ending a sentence, not a heading, and
    the lines average no more words than captions do (a listicle's paragraphs run longer)."""
    texts = [rows[n.row].before[n.end:].rstrip() for n in run]
    if sum(len(t.split()) for t in texts) > MAX_MEAN_WORDS * len(texts):
        return False
    return all(ends_sentence(t) and not t.endswith(":") and prose(t) and not heading(t, pm.small_words)
               for t in texts)


def _shows_pictures(layout: Layout, pm: PageMarkers, run: list[_Numbered]) -> bool:
    """What the page shows besides the numbers: that it prints pictures."""
    rows, first = layout.rows, run[0].row
    if run[0].worded or any(i < first for i in layout.announcements):
        return True
    title = layout.title or ""
    if title and (announces(title, pm) or (pm.picture_headline is not None and pm.picture_headline.search(title))):
        return True
    if headline_frames_pictures(title, pm):
        return True
    if pm.gallery_label is not None and any(row.kind in ("text", "headline") and pm.gallery_label.match(row.before)
                                            for row in rows[:first]):
        return True
    return _credited_slides(rows, run) >= MIN_CREDITED_SLIDES


def _credited_slides(rows: list[Row], run: list[_Numbered]) -> int:
    """The slides of the run carrying a credit: on the numbered line, or alone before the next one."""
    ends = [n.row for n in run[1:]] + [len(rows)]
    count = 0
    for n, end in zip(run, ends):
        below = next((j for j in range(n.row + 1, end) if rows[j].kind == "text"), None)
        count += rows[n.row].credit is not None or (below is not None and not rows[below].before
                                                   and rows[below].credit is not None)
    return count


def counted_slides(rows: list[Row]) -> frozenset[int]:
    """The counted lines with no credit ("3/5 <caption>") that a gallery's counted credited captions enclose.

    A line a slide counter opens is a slide's caption, credited or not, where it stands in a run of counted lines
    (only blank lines, furniture and credits alone between them) with a counted caption carrying its credit above
    it and another below ("2/5 ... (foto X)", "3/5 ...", "4/5 ... (foto Y)"). A counted line on its own or in
    another run is not: an events list's dates ("5/10 Concerto al Politeama"), a recipe's steps ("2/4 Beat the
    butter"), a score opening a sentence ("3/8 From three ...") or a carousel of teasers under the gallery ("1/3
    Derby, le pagelle") print counters with no picture, and after the last credited caption nothing tells a last
    slide from what follows the gallery.
    """
    if sum(1 for row in rows if row.counted and row.credit) < MIN_CREDITED_SLIDES:
        return frozenset()
    taken: set[int] = set()
    run: list[int] = []
    for i, row in enumerate([*rows, None]):
        if row is not None and (row.kind in ("blank", "furniture") or (row.kind == "text" and not row.before)):
            continue
        if row is not None and row.kind == "text" and row.counted:
            run.append(i)
            continue
        credited = [n for n, j in enumerate(run) if rows[j].before and rows[j].credit]
        if len(credited) >= MIN_CREDITED_SLIDES:
            taken.update(j for j in run[credited[0] + 1:credited[-1]] if rows[j].credit is None)
        run = []
    return frozenset(taken)
