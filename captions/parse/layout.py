"""Stage 3a, lay out: each cleaned line joined with its split, a caption printed
several times in a row folded into one row, and the headline found (a long
line of sentences is none: `paragraph`).

A `Layout` is what the assembling stages read (pictures.py and the stages
after it, which find captions printed with no credit); `Found` is what they
return, a picture's rows.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, NamedTuple

from ..text import fold
from .caption_shape import caption_like, closes_abbreviation, heading
from .credit_in_line import Split
from .lines import CleanLine

if TYPE_CHECKING:
    from .blanket import Blanket
    from .markers import PageMarkers

MAX_DATE_LINE = 40  # characters of a date line under a byline: "Tue, Jun 12, 2018 - 5:50 AM IST"
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_NUMBER = re.compile(r"\d+")
MAX_CRUMBS = 3  # lines opening a page that may be its crumbs: the site, the section, the subsection
MAX_CRUMB_WORDS = 3  # a crumb names a section in a word or three ("Binnenland", "Israel News")
MIN_EMPTY_SLOTS = 2  # captions a page closes with its credit's separator and no credit: a gallery's habit
MAX_BLANKS_UNDER = 2  # blank lines a credit its mark closes may stand under its caption ("/ Pool" two lines under)
MIN_PARAGRAPH_WORDS = 25  # a first line this long running past a sentence's end is a caption or a paragraph
# a full stop with more words after it, and the word it closes (none for a CJK one); a question or an exclamation
# mark is none: a long headline asks or exclaims and goes on ("Is this Britain's worst junction? Drivers say ...")
_SENTENCE_RUNS_ON = re.compile(r"(?P<word>[^\W_]{2,})\.[\"'”’»)）]*\s+[^\W_]|。[」』”’\"'）]*\s*[^\W_]")


class Row(NamedTuple):
    """A line as the picture stages read it: cleaned, split, repeats folded."""

    no: int
    kind: str            # blank | header | headline | furniture | bullet | text | repeat
    separator: bool
    repeats_credit: bool
    before: str          # the text before the credit ("" when none)
    credit: str | None
    labelled: bool
    before_is_alt: bool
    repeats: int         # identical lines printed in a row (a gallery's repeats)
    marked: bool = False  # a credit alone that a lead-in word or brackets mark ("Photo: X", "(AP Photo/X)")
    credit_first: bool = False  # the credit opened the line, the caption after it ("Foto: Jo Li/dpa <caption>")
    counted: bool = False  # a slide counter opened the line ("3/12 Caption"): a slide's caption
    alt: str | None = None  # the alt text of a picture's markup the line was or opened with (image_markup.py)
    addressed: bool = False  # a credit alone closed by the reporter's address ("Name 기자 name@example.kr")
    byline: bool = False  # a credit alone with no lead-in closed by a reporter's title ("Name 기자"): a byline
    closing: bool = False  # a credit alone whose mark closes the caption above it ("/ Pool", "사진=Name 기자")
    opening: bool = False  # a credit alone whose form opens its caption's block ("PHOTO NAME, LA PRESSE")
    control: str | None = None  # the page control a furniture line was, as printed ("Voir le diaporama")
    closes_count: bool = False  # a slide counter reading its total ("Bild 4 von 4", "3 / 3"): the gallery's last slide
    emptied: bool = False  # a caption closed by the separator before its credit, none after it ("<caption>. -")


@dataclass(slots=True)
class Found:
    line: int                    # index into the rows of the caption (or credit)
    caption: str | None
    credit: str | None
    top: int                     # index of the picture's first row
    lines: list[int]             # indexes of the picture's rows
    description: str | None = None
    entrant: bool = False        # the credit is one person's name alone, known by the page's layout (caption_marks.py)


class Layout(NamedTuple):
    rows: list[Row]
    headline: int                # index of the headline row, -1 when none
    title: str | None
    cover: int = -1              # index of a credit alone where the headline would stand, -1 when none
    slides: frozenset[int] = frozenset()  # indexes of bulleted lines on a page whose bullets open slides
    announcements: frozenset[int] = frozenset()  # indexes of lines saying pictures follow: no captions
    blanket: Blanket | None = None  # a credit for the story's pictures as a whole, and the lines printing it
    numbered: frozenset[int] = frozenset()  # indexes of a numbered run's captions ("1. ...", "2. ..."): counters.py


def lay_out(lines: list[CleanLine], splits: list[Split | None], first: int,
            small_words: frozenset[str] = frozenset(),
            names_agency: Callable[[str], bool] = lambda credit: False, section: str | None = None,
            holds_leadin: Callable[[str], bool] = lambda credit: False,
            menu_item: Callable[[str], bool] = lambda text: False) -> Layout:
    """The rows of a page; `first` is the index of the first line after the header.

    A gallery printing a caption several times in a row prints one picture:
    the copies become "repeat" rows. A credit printed alone is a picture each
    time, so those lines stay. A credit alone where the headline would stand,
    marked or with a name besides a known agency (`names_agency`: "Image: AFP",
    "Name/AFP via Getty"), is a picture's credit, the cover's: no headline.
    The header's `section` printed again over the headline, with the site's crumbs above it, is no headline;
    nor is a site menu's line (`menu_item`, made furniture by lines._menus) or the furniture under it.
    """
    rows: list[Row] = []
    previous = -1  # the text row the current run of identical lines started at
    for i, (line, split) in enumerate(zip(lines, splits)):
        if line.kind != "text" or split is None:
            rows.append(Row(line.no, line.kind, line.separator, line.repeats_credit, "", None, False, False, 1,
                            alt=line.alt, control=line.control, closes_count=line.separator and _total(line.text)))
            previous = -1
            continue
        kind = "text"
        if previous >= 0 and line.text == lines[previous].text and split.before:
            kind = "repeat"
            rows[previous] = rows[previous]._replace(repeats=rows[previous].repeats + 1)
        else:
            previous = i
        marked = split.credit is not None and not split.before and line.text != split.credit
        byline = split.byline or (split.credit is not None and not split.before and not marked
                                  and "/" not in split.credit and not holds_leadin(split.credit)
                                  and i + 1 < len(lines) and _date_line(lines[i + 1]) and _opens_block(lines, i, first))
        rows.append(Row(line.no, kind, False, line.repeats_credit, split.before, split.credit, split.labelled,
                        split.before_is_alt, 1, marked, split.credit_first, line.counted, line.alt, split.addressed,
                        byline, split.closing, opening=split.opening, emptied=split.emptied))
    rows = _empty_slots(rows, lines)
    title, headline, cover = None, -1, -1
    crumbs = section_crumbs(lines, first, section)
    for i in range(first, crumbs):
        row = rows[i]
        if row.kind == "text" and row.credit is not None and not row.before and not row.marked:
            # the site's name over its section's, a crumb ("Liputan6.com" over "News"): its masthead, no credit
            rows[i] = row._replace(kind="furniture", credit=None)
    in_menu = False
    for i in range(crumbs, len(rows)):
        row = rows[i]
        # a picture's markup is no headline, nor a site menu and the furniture under it (share, subscribe) (m178)
        if row.kind == "furniture" and (row.alt is not None or in_menu or menu_item(lines[i].text)):
            in_menu = in_menu or row.alt is None
            continue
        if row.kind == "blank":
            continue
        if _cover_credit(row, names_agency) or _printed_again(rows, i):
            cover = i
            break
        # a first line with a credit is a caption, unless it is a heading ("Today's Gallery | The Daily Star");
        # so is a first line of sentences with a credit alone right under it, and a long one of sentences (paragraph)
        if (not (row.credit is not None and row.before) or heading(row.before, small_words)) and not row.emptied \
                and not _caption_over_credit(rows, i, small_words) and not paragraph(lines[i].text):
            title, headline = lines[i].text, i
            rows[i] = row._replace(kind="headline", credit=None, before=lines[i].text)
        break
    return Layout(rows, headline, title, cover, frozenset(i for i, line in enumerate(lines) if line.slide))


def _empty_slots(rows: list[Row], lines: list[CleanLine]) -> list[Row]:
    """`rows`, where two lines or more close a caption with the separator a gallery prints before its credit and
    no credit after it ("Domy jsou v troskách. -"), each such line a caption with no credit, the separator gone.

    A slide's line ends its slide: under it stands a blank line, the page's end, another slide's caption closed so
    or printed with its credit, or its credit alone under a lead-in. A dash with text right under it introduces
    that text: a quotation's author ("“...” —" over "Robert Frost"), a hard-wrapped dialogue's next words ("...
    domů. -" over "Dobře, - řekl."): such a line keeps its dash and is read as printed. One line closing its slide
    alone on its page is no caption by that alone (a page's habit shows the slot)."""
    closing: set[int] = set()
    for i in range(len(rows) - 1, -1, -1):
        under = rows[i + 1] if i + 1 < len(rows) else None
        if rows[i].emptied and (under is None or under.kind != "text" or i + 1 in closing
                                or (under.credit is not None and (bool(under.before) or under.marked))):
            closing.add(i)
    out = list(rows)
    for i, row in enumerate(rows):
        if row.emptied and i not in closing:
            out[i] = row._replace(emptied=False, before=lines[i].text)
        elif row.emptied and len(closing) < MIN_EMPTY_SLOTS:
            out[i] = row._replace(emptied=False)  # a caption by another rule drops the separator all the same
    return out


def paragraph(text: str) -> bool:
    """A line no headline is: MIN_PARAGRAPH_WORDS words or more, running past a sentence's end ("... on Monday.
    Rescuers ..."); a headline is short and one sentence at most. The full stop of an initial ("U.S.") or of a
    capitalised abbreviation ("No. 10", "St. Louis", "Mr. Smith", "Apple Inc. shares") ends no sentence."""
    return len(text.split()) >= MIN_PARAGRAPH_WORDS and any(
        not closes_abbreviation(m.group("word") or "") for m in _SENTENCE_RUNS_ON.finditer(text))


def section_crumbs(lines: list[CleanLine], first: int, section: str | None) -> int:
    """The index past the crumbs opening the page: its section's name, as the header gives it, printed again above
    the headline ("Sociedade", or "Zprávy" and "Domácí" under a header's "Zprávy Domácí"), with the site's own
    crumbs before it ("Ziņas", "明報新聞網"); `first` when the page opens with no such line, or when a sentence
    follows them, not a headline: then the short line over the section's is the headline."""
    if not section:
        return first
    names = {section.strip().casefold(), *(word.casefold() for word in section.split())}
    texts = [i for i in range(first, len(lines)) if lines[i].kind != "blank"][:MAX_CRUMBS]
    past = first
    for i in texts:
        text = lines[i].text.strip()
        if len(text.split()) > MAX_CRUMB_WORDS or text[-1:] in ".!?。":
            break
        if text.casefold() in names:
            past = i + 1
    after = next((lines[i].text.strip() for i in range(past, len(lines)) if lines[i].kind != "blank"), "")
    if past > first and after[-1:] in ".。":
        return first  # a sentence under them is no headline: "Late drama" over a label "Sport" is (review 31)
    return past


def _date_line(line: CleanLine) -> bool:
    """Whether a line is furniture holding a year, a story's date ("3 июня 2026, 14:20"): a name alone right over it,
    unmarked ("Анна Гринберга, LSM.lv"), is the story's byline, as "Name 기자" is, not a picture's credit; one
    joined by a slash ("AP Photo/Jo Li", "Jo Li/AP"), or holding a lead-in past the paper's word ("ST PHOTO: NAME",
    "KT Photo: Farouk"), is printed as pictures' credits are, and stays one."""
    return line.kind == "furniture" and len(line.text) <= MAX_DATE_LINE and holds_date(line.text)


def _total(counter: str) -> bool:
    """Whether a slide counter reads its total, two numbers the same past the first slide ("4 von 4", "3 / 3")."""
    numbers = _NUMBER.findall(counter)
    return len(numbers) == 2 and numbers[0] == numbers[1] != "1"


def holds_date(text: str) -> bool:
    """Whether a text holds a date: a year, and a day or a time too ("© 2024 Example Times" holds none)."""
    return _YEAR.search(text) is not None and len(_NUMBER.findall(text)) > 1


def _opens_block(lines: list[CleanLine], i: int, first: int) -> bool:
    """Whether line i stands under no caption: a blank line or furniture above it, or the headline (the first text
    line after the header). A credit right under a caption is the caption's, whatever follows it."""
    return i == first or lines[i - 1].kind != "text" or not any(line.kind == "text" for line in lines[first:i - 1])


def _cover_credit(row: Row, names_agency: Callable[[str], bool]) -> bool:
    """A credit alone that names a known agency and is marked or names more ("White House" alone is a title)."""
    if row.kind != "text" or row.credit is None or row.before or row.before_is_alt:
        return False
    return names_agency(row.credit) and (row.marked or any(c in row.credit for c in "/,|") or " via " in row.credit)


def _printed_again(rows: list[Row], i: int) -> bool:
    """A credit alone after its lead-in, printed again on the next line ("ⓒ천지일보 2018.10.4" twice): a gallery's
    credits, each a picture of its own; no headline is printed twice, nor after a credit's lead-in."""
    row = rows[i]
    below = rows[i + 1] if i + 1 < len(rows) else None
    return (row.kind == "text" and row.credit is not None and not row.before and row.marked and not row.before_is_alt
            and below is not None and below.kind == "text" and below.credit == row.credit and not below.before)


def _caption_over_credit(rows: list[Row], i: int, small_words: frozenset[str]) -> bool:
    """A first line that ends a sentence, or a slide counter opened, with a credit alone on the next line:
    a caption, not a headline. A blank line or two may stand between where the credit's mark closes the caption
    above it ("... 있다." / blank / "/ 사진공동취재단"): a headline is closed by no credit."""
    row = rows[i]
    k = closing_credit_under(rows, i)
    below = rows[k] if k is not None else rows[i + 1] if i + 1 < len(rows) else None
    return (below is not None and below.kind == "text" and below.credit is not None and not below.before
            and not below.before_is_alt and row.credit is None
            and (row.counted or (row.before.endswith(".") and caption_like(row, i, -1, small_words))))


def closing_credit_under(rows: list[Row], i: int) -> int | None:
    """The index of a credit alone whose mark closes the caption above it, a blank line or two under row i
    (`MAX_BLANKS_UNDER`), if one stands there."""
    k = i + 1
    while k < len(rows) and rows[k].kind == "blank" and k - i <= MAX_BLANKS_UNDER:
        k += 1
    return k if i + 1 < k < len(rows) and rows[k].closing else None


def last_line(rows: list[Row]) -> int:
    """The index of the dump's last row that is not blank, -1 when none: where a dump cut at a length stops."""
    return max((i for i, row in enumerate(rows) if row.kind != "blank"), default=-1)


def stands_apart(rows: list[Row], lines: list[int]) -> bool:
    """Whether rows `lines` stand apart, a block of their own: a blank line (or the page's edge) on either side."""
    above, below = min(lines) - 1, max(lines) + 1
    return (above < 0 or rows[above].kind == "blank") and (below >= len(rows) or rows[below].kind == "blank")


def under_separators(rows: list[Row], found: list[Found]) -> int:
    """How many pictures open right under a separator: a gallery's slides (a story's rules, "---", and sections of
    paragraphs print so too, which is why two or more are asked for wherever this counts)."""
    return sum(1 for f in found if f.top > 0 and rows[f.top - 1].separator)


def prints_credit(rows: list[Row]) -> bool:
    """Whether any line of the page carries a credit: a page printing none is read for uncredited captions."""
    return any(row.credit is not None for row in rows if row.kind in ("text", "repeat"))


def prints_byline(layout: Layout, lines: list[CleanLine], pm: PageMarkers) -> bool:
    """Whether the page prints a byline: a story, its paragraphs its author's, not captions. The one test every rule
    asks, whatever the byline's form (m184): a line opened by a byline word or a writer's label ("By Jo Li", "Von Jo
    Li", "Text: Jo Li", markers `byline_words`), or a credit-shaped line the layout read as the byline ("Name 기자",
    "Name記者", "Jo Li | Example News", "Jo Li, Example News", a name over the story's date, the outlet alone)."""
    return any(line.kind in ("text", "furniture") and pm.is_byline(line.text) for line in lines) \
        or any(row.byline for row in layout.rows)


def headline_frames_pictures(title: str | None, pm: PageMarkers) -> bool:
    """The headline says the page is pictures: a gallery label opens or closes it, or a picture mark ends it."""
    if not title:
        return False
    return any(pattern is not None and pattern.search(title) is not None
               for pattern in (pm.gallery_label, pm.gallery_closing, pm.picture_mark))


def related_link(rows: Sequence[Row], j: int, related: frozenset[str]) -> bool:
    """Whether row j is another story's headline: under a label of links to other stories ("Lesen Sie auch"),
    or opened by one before a colon ("Read: Dart seeks new operator")."""
    text = rows[j].before
    if ":" in text and fold(text.split(":", 1)[0]) in related:
        return True
    above = rows[j - 1] if j > 0 else None
    return above is not None and above.kind == "text" and fold(above.before.rstrip().rstrip(":")) in related
