"""A dump cut short in its last slide: the half slide is left out.

A page saved as an excerpt cut at a fixed length cuts its last slide
("... les vitrines ont été, la veille, couver"). With at least two other
captions, most of them ending a sentence, a caption on the page's last line
that stops mid-sentence was cut, and its picture is left out rather than read
from half a slide; so is one whose credit opened the line, before the caption. A credit need not end a sentence, so a cut credit is told
only by a bracket it opens and does not close ("(Photo by Name/Getty I"),
by a name whose last word is one capital letter with no full stop
("Foto: Felix H", "© SIA K", "WPA/S": a name ends with no bare initial), by a
name stopping partway through a word of another credit the page prints whole
("ISLAND PRESS/Dew" under captions credited "ISLAND PRESS/Dewi Kartika"), or by a
lead-in with nothing after it on the dump's last line ("Credit:"): the
picture above it is left out. A credit alone over the cut one, which
that one stops partway through ("Getty Images" over "(Photo by Name/Getty I"),
is the same slide's credit printed twice (own_line_credits.py), no picture of its own.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .layout import last_line
from .markers import SENTENCE_CLOSERS

if TYPE_CHECKING:
    from .layout import Found, Row

MIN_ENDED = 2  # other captions ending a sentence: the page's habit
# a name's last word one capital letter, no full stop after it: cut inside the surname ("Felix H", "SIA K"), or
# inside the name after a slash ("WPA/S", "Pool / G")
_CUT_NAME = re.compile(r"[^\W\d_]{2,}(?:\s+|\s*/\s*)[A-ZÀ-ÖØ-Þ]\Z")


def without_cut_slide(rows: list[Row], found: list[Found]) -> list[Found]:
    """The pictures, less one whose caption on the page's last line was cut mid-sentence."""
    last = last_line(rows)
    if last >= 0 and (_unclosed(rows[last].credit or "") or _cut_name(rows, last, found)):
        return [f for f in found if last not in f.lines]  # "... (Photo by Name/Getty I", "Foto: Felix H": cut
    # the caption ends the line: it has no credit after it, or its credit opened the line ("Foto: X/dpa <caption>")
    cut = [f for f in found if f.line == last and f.caption and (rows[last].credit is None or rows[last].credit_first)
           and not _ends_sentence(f.caption)]
    if not cut:
        return found
    others = [f.caption for f in found if f.caption and f not in cut]
    ended = sum(map(_ends_sentence, others))
    if ended >= MIN_ENDED and 2 * ended > len(others):
        return [f for f in found if f not in cut]
    return found


def without_cut_credit(rows: list[Row], found: list[Found], leadin: re.Pattern[str] | None) -> list[Found]:
    """The pictures, less the one above a lead-in alone on the dump's last line ("Credit:"): cut in its credit."""
    last = last_line(rows)
    row = rows[last] if last >= 0 else None
    if row is None or leadin is None or row.kind != "text" or row.credit is not None or not leadin.fullmatch(row.before):
        return found
    above = max((f for f in found if max(f.lines) < last), key=lambda f: max(f.lines), default=None)
    return [f for f in found if f is not above]


def cut_through(credit: str, cut: str) -> bool:
    """Whether `cut`, a credit the dump's last line cut inside its brackets, stopped partway through `credit`:
    "Getty Images" alone over "... (Photo by Name/Getty I" is that credit's end, the same slide's credit.
    The cut must reach past the credit's first word ("Getty I", not "G"), starting at a word's start."""
    if not _unclosed(cut):
        return False
    first = len(credit.split(maxsplit=1)[0]) if credit.strip() else len(credit)
    for k in range(len(credit), first, -1):
        head = credit[:k]
        if cut.endswith(head) and (len(cut) == k or not cut[-k - 1].isalnum()):
            return True
    return False


def _cut_name(rows: list[Row], last: int, found: list[Found]) -> bool:
    """Whether the dump's last credit stops after a bare initial ("Foto: Felix H"), where no other line prints the
    same credit whole, or partway through another line's credit, on a page of other pictures (a page's one picture
    is no excerpt's last: "Foto: Formula E" is whole)."""
    credit = (rows[last].credit or "").rstrip()
    if all(last in f.lines for f in found):
        return False
    others = [row.credit.rstrip() for i, row in enumerate(rows) if i != last and row.credit]
    if _CUT_NAME.search(credit):
        return credit not in others
    return any(_stops_inside(credit, other) for other in others)


def _stops_inside(cut: str, whole: str) -> bool:
    """Whether `cut` is `whole` stopped inside a word of its name after the first ("ISLAND PRESS/Dew" of "ISLAND
    PRESS/Dewi Kartika"): both letters at the cut a name's small letters, as a script with no capitals marks no
    word's end ("新华社" opens "新华社记者 Name" whole) and an agency's capitals may open a longer agency's ("Name/AP"
    under "Name/APTN": review 149)."""
    if len(whole) <= len(cut) or not whole.startswith(cut) or len(cut.split()) < 2 and "/" not in cut:
        return False
    last_word = re.split(r"[\s/]+", cut)[-1]
    return len(last_word) >= 2 and all(c.islower() for c in (cut[-1], whole[len(cut)]))


def _unclosed(credit: str) -> bool:
    """A credit that opens a bracket and ends before closing it."""
    return any(credit.count(opening) > credit.count(closing) for opening, closing in ("()", "[]"))


def _ends_sentence(text: str) -> bool:
    return text.rstrip()[-1:] in SENTENCE_CLOSERS
