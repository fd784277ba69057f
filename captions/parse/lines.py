"""Stage 1, clean: each line of a page without markup, table edges or page controls.

A pure function of the page text: it says what each line is (blank,
furniture, a bulleted list item, or text that may carry a caption or credit)
and keeps the text of each line as the later stages read it.
"""
from __future__ import annotations

import re
from itertools import chain
from typing import Callable, Iterable, Iterator, NamedTuple

from ..text import marker_form, strip_tags
from .caption_shape import caseless_letters
from .image_markup import opening_markup
from .markers import CONTROL_WINDOW, MAX_FURNITURE, PageMarkers

_NUMBER = re.compile(r"\d+")
_QUOTES = "\"“‘'«¿¡"
TIDY_ROUNDS = 3  # "| hide caption |": edges and controls may wrap each other; three rounds undo any real page
MAX_BLANK_RUN = 16  # blank lines in a row kept: the rules look a few rows away (MAX_SLIDE_LINES, 5), no further
MIN_LONE_NOTE_WORDS = 8  # a wire's note to editors alone on its line runs long ("+++ ANSA PROVIDES ACCESS TO THIS HANDOUT ...")


class CleanLine(NamedTuple):
    """One line of a page dump, cleaned."""

    no: int                  # 1-based line number in the source
    text: str                # the line without markup, controls or table edges, stripped
    kind: str                # blank | header | furniture | bullet | text
    separator: bool = False  # a slide separator ("-", "3 / 9"); a kind of furniture
    repeats_credit: bool = False  # starts with a marker repeating the credit above ("toggle caption <credit>")
    slide: bool = False      # a bulleted line on a page whose bullets open slides (bullets.py)
    counted: bool = False    # opened with a slide counter, cut off ("3/12 Caption"): a slide's caption line
    wrapped: bool = False    # the raw line ends in a space after its text: the dump may have wrapped it there
    alt: str | None = None   # the alt text of a picture's markup ("![alt](address)") the line was or opened with
    control: str | None = None  # the page control the whole line was, as printed ("Voir le diaporama")


def clean_lines(raw_lines: list[str], pm: PageMarkers, *, header: bool) -> list[CleanLine]:
    """Every line of the page, cleaned; the first is the header line when `header`.

    A run of blank lines longer than MAX_BLANK_RUN keeps its first MAX_BLANK_RUN: no rule looks that far, and
    the lines after the run keep their numbers. A line object costs some 400 bytes, so a page of newlines held one
    a line would take 400 times its size (a 5 MB page, 2.2 GB; round 156). On a dump printing no single blank line
    between two lines of text (a crawler doubling them: its paragraphs' margins), a run of blank lines is read in
    the page's own unit, its shortest run: two of them as one, four as two (m170, metamorphic.py's blank-doubled).
    """
    unit = _blank_unit(raw_lines)
    lines: list[CleanLine] = []
    blanks = 0  # blank lines in a row so far
    for no, raw in enumerate(raw_lines, 1):
        blanks = blanks + 1 if not raw or raw.isspace() else 0
        if _kept(blanks, unit):
            lines.append(clean_line(no, raw, pm))
    if header and lines:
        lines[0] = lines[0]._replace(kind="header")
    return _menus(_share_bars(lines, pm), pm)


MAX_BUTTON = 24  # characters: a share button's label ("Facebook", "WhatsApp"); a longer line is text


def _share_bars(lines: list[CleanLine], pm: PageMarkers) -> list[CleanLine]:
    """The lines with a share bar printed one button a line ("Facebook" / "X" / "Email") read as furniture: two
    short text lines in a row (blank lines between) that the furniture patterns take as one row "A | B" (m175)."""
    buttons = [k for k, line in enumerate(lines) if line.kind == "text" and len(line.text) <= MAX_BUTTON]
    return _in_pairs_as_furniture(lines, buttons, ("blank",),
                                  lambda a, b: pm.is_furniture(f"{lines[a].text} | {lines[b].text}") is not None)


def _menus(lines: list[CleanLine], pm: PageMarkers) -> list[CleanLine]:
    """The lines of a site menu printed one link a line ("Home" / "World" / "Sport") read as furniture: two or more
    text lines in a row (blank lines or furniture between) that are each a menu item (m178). One alone is no menu."""
    items = [k for k, line in enumerate(lines) if line.kind == "text" and pm.is_menu_item(line.text)]
    return _in_pairs_as_furniture(lines, items, ("blank", "furniture"), lambda a, b: True)


def _in_pairs_as_furniture(lines: list[CleanLine], candidates: list[int], between: tuple[str, ...],
                           pair: Callable[[int, int], bool]) -> list[CleanLine]:
    """The lines with each two candidates in a row, only lines of the kinds `between` between them, that make a
    `pair`, read as furniture."""
    marked = {k for a, b in zip(candidates, candidates[1:])
              if all(lines[j].kind in between for j in range(a + 1, b)) and pair(a, b) for k in (a, b)}
    return [line._replace(kind="furniture") if k in marked else line for k, line in enumerate(lines)] if marked else lines


def _kept(blanks: int, unit: int) -> bool:
    """Whether a line is kept, the `blanks`th blank line of a run (0: a line of text) on a page of that blank unit."""
    return not blanks or (blanks - 1) % unit == 0 and (blanks - 1) // unit < MAX_BLANK_RUN  # the 1st, unit+1st ...


def _blank_unit(raw_lines: Iterable[str]) -> int:
    """The fewest blank lines in a row the page prints between two lines of text; 1 on a page with none."""
    unit = run = 0
    seen_text = False
    for raw in raw_lines:
        if not raw or raw.isspace():
            run += 1
            continue
        if run and seen_text:
            if run == 1:
                return 1
            unit = min(unit, run) if unit else run
        run, seen_text = 0, True
    return unit or 1


_LINE_END = re.compile(r"\r\n?|\n")   # as text.split_lines ends lines


def more_lines_than(text: str, limit: int) -> bool:
    """Whether clean_lines would keep more than `limit` lines of the text (a blank run: MAX_BLANK_RUN at most, in
    the page's blank unit).

    Told without splitting the text, so that a page of millions of lines costs no memory to measure.
    """
    if text.count("\n") + text.count("\r") < limit:
        return False   # fewer line ends than the limit: fewer lines, kept or not
    unit = _blank_unit(_lines_of(text))
    kept = blanks = 0
    for line in _lines_of(text):
        blanks = blanks + 1 if not line or line.isspace() else 0
        if _kept(blanks, unit):
            kept += 1
            if kept > limit:
                return True
    return False


def _lines_of(text: str) -> Iterator[str]:
    """The lines of a text as text.split_lines gives them, one at a time."""
    start = 0
    for end in chain(_LINE_END.finditer(text), [None]):   # the last line after the last end ("a\r": "a", "")
        yield text[start:] if end is None else text[start:end.start()]
        start = 0 if end is None else end.end()


def clean_line(no: int, raw: str, pm: PageMarkers) -> CleanLine:
    text = strip_tags(raw)
    misdecoded = pm.markers.misdecoded_re
    if misdecoded is not None and ("\u00a0" in text or "\u00b7" in text):
        text = misdecoded.sub("", text)  # "REUTERS/Name Β\u00a0": a no-break space read in the wrong code page
    stripped = text.strip()
    if pm.editor_note is not None and "+" in stripped and (note := pm.editor_note.search(stripped)) is not None \
            and not any(c.islower() for c in note[0]) \
            and (stripped[:note.start()].strip() or len(note[0].split()) >= MIN_LONE_NOTE_WORDS):
        # "... ANSA/Name +++ NO ARCHIVING; NO LICENSING +++": the wire's note, in capitals, after the line's caption
        # and credit or on a line of its own; one in lower case ("+++ Liveticker: Union vorn, SPD stürzt ab +++", a
        # German ticker's headline and its entries' heads) or a short one alone ("+++ EILMELDUNG +++") is the page's
        # own text (review 137)
        stripped = text = stripped[:note.start()]
    if stripped.startswith(pm.markers.list_item_markers):  # "- <caption>": a list item's mark, not its text
        marker = next(m for m in pm.markers.list_item_markers if stripped.startswith(m))
        stripped = text = stripped[len(marker):].strip()
    if stripped[:1].isascii() and stripped[:1].isalpha() and pm.markers.icon_re is not None:
        icon = pm.markers.icon_re.match(stripped)
        if icon is not None:  # "more-vertical", "camera iconطفل ...": an icon's name the dump kept as text
            stripped = stripped[icon.end():].strip()
            text = stripped
    if not stripped:
        return CleanLine(no, "", "blank" if not raw.strip() else "furniture")
    head = marker_form(stripped[:CONTROL_WINDOW])  # a marker's or control's first letters must be here
    repeats_credit = head.startswith(pm.repeat_starts) and pm.repeat is not None and pm.repeat.match(text) is not None
    printed = stripped
    if ("|" in stripped or head.startswith(pm.control_starts)
            or marker_form(stripped[-CONTROL_WINDOW:]).endswith(pm.control_ends)):
        stripped = tidy(text, pm).strip()
    if not stripped:
        control = printed if "|" not in printed else None
        return CleanLine(no, "", "furniture", repeats_credit=repeats_credit, control=control)
    alt, stripped = opening_markup(stripped)
    if alt is not None and not stripped:
        return CleanLine(no, "", "furniture", alt=alt)
    if len(stripped) <= MAX_FURNITURE and (pm.is_furniture(stripped) or pm.is_byline_alone(stripped)):
        return CleanLine(no, stripped, "furniture", bool(pm.is_separator(stripped)), repeats_credit)
    counted = False
    if stripped[:1].isdigit() or stripped[:1].isupper():
        cut = without_counter(stripped, pm)
        counted, stripped = cut != stripped, cut
    lead = raw.lstrip()
    if lead[:1] in pm.bullets and lead[1:2].isspace():
        return CleanLine(no, stripped, "bullet", False, repeats_credit)  # "• Reuters", not "+44 20 ..."
    return CleanLine(no, stripped, "text", False, repeats_credit, counted=counted, wrapped=raw[-1:] in " \t",
                     alt=alt)


def without_counter(text: str, pm: PageMarkers, *, any_case: bool = False) -> str:
    """The line without the slide counter opening it ("2 / 8 A man ..." -> "A man ...").

    Only a counter whose first number is not above its second ("12/5 ..." may be a date), before
    text that starts a sentence (a capital or a quote), or, with `any_case`, any word ("1 de 1
    moradores ..."), which the caller allows only with more evidence ("2 de 3 brasileiros ..." is prose).
    """
    counter = pm.markers.counter_re
    m = counter.match(text) if counter is not None else None
    if m is None:
        return text
    numbers = [int(n) for n in _NUMBER.findall(m.group())]
    rest = text[m.end():]
    if len(numbers) != 2 or not 0 < numbers[0] <= numbers[1]:
        return text
    # a capital, a quote or, after "2/3 ", a letter of a script with no capitals (a Chinese or Korean caption)
    if rest[:1].isupper() or rest[:1] in _QUOTES or (any_case and rest[:1].isalpha()) or caseless_letters(rest[:1]):
        return rest
    return text


def tidy(text: str, pm: PageMarkers) -> str:
    """The line without table edges and page controls ("hide caption", "...more")."""
    for _ in range(TIDY_ROUNDS):
        before = text
        if "|" in text:
            text = _without_table_edges(text)
        if pm.control_tail is not None and pm.control_head is not None:
            stripped = text.strip()
            if marker_form(stripped[-CONTROL_WINDOW:]).endswith(pm.control_ends):
                text = _without_control_tail(text, pm)
            if marker_form(stripped[:CONTROL_WINDOW]).startswith(pm.control_starts):
                text = pm.control_head.sub("", text)
        if text == before:
            break
    return text


def _without_control_tail(text: str, pm: PageMarkers) -> str:
    """The line without the control ending it, searched for only where one can start.

    A control starts at most `longest_control` characters before the end of
    the stripped line; searching the whole line would try every position, and
    take quadratic time on a long run of spaces.
    """
    start = max(0, len(text.rstrip()) - pm.longest_control)
    found = pm.control_tail.search(text, start)  # type: ignore[union-attr]
    return text if found is None else text[:found.start()].rstrip()


def _without_table_edges(text: str) -> str:
    """The line without a "|" at either end and the white space around it."""
    lead = text.lstrip()
    if lead.startswith("|"):
        text = lead[1:].lstrip()
    body = text.rstrip()
    if body.endswith("|"):
        text = body[:-1].rstrip()
    return text
