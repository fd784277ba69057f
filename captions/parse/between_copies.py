"""Between stages 2 and 3: a name printed where the page prints its credits is a credit.

Some galleries print each slide as caption, credit, the same caption again.
Where most slides show that a known credit stands between the two copies,
a short line of names in the same place on another slide is that slide's
credit, even when it would not read as one alone ("Waka Kotahi", a
photographer's bare name): the page's layout says so. Without that evidence
(two credited slides at least, most of them) nothing changes.

A gallery may print the two copies a blank line apart instead, each
picture's text as its alt text and then as its caption field. Where two
credited captions at least are printed so, an uncredited line printed so is
a caption too, however short ("MIAMI.", a place name): the page's layout
says what it is, where its shape alone would not. So is a line printed so
right over a credit on a line of its own, where two such credits at least
stand under their captions' second copies ("Cambodia 1975", a blank line,
"Cambodia 1975", "© Name / Agency"): the alt text repeating the caption.

A dump may also run the two copies onto one line, the alt text and the
caption field one after the other: "<caption> REUTERS <caption>", or
"<caption> REUTERS <caption> REUTERS". Where the copies are identical and
what stands between them reads as the caption's credit, the line is one
caption and its credit, on any page.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Collection

from .credit_edges import trim_credit
from .credit_in_line import Split, split_line
from .credit_parts import Kind
from .credit_reading import MAX_LONE_NAME_WORDS
from .lines import CleanLine
from .markers import PageMarkers

if TYPE_CHECKING:
    from .layout import Row

MIN_EVIDENCE = 2  # credited slides that show the layout
MIN_COPY_WORDS = 3  # a caption printed twice on one line has this many words at least
_COPY_HEAD = re.compile(rf"\S+(?:\s+\S+){{{MIN_COPY_WORDS - 1}}}\s")  # a line's first words, looked for again
_NAMES = frozenset({Kind.PERSON, Kind.ORG, Kind.WEAK_ORG, Kind.AGENCY, Kind.DROPPED})


def credits_between_copies(lines: list[CleanLine], splits: list[Split | None], pm: PageMarkers) -> list[Split | None]:
    """The splits, with the lines standing between a caption and its copy read as credits where the page shows it."""
    splits = [split if split is None or not split.before else caption_twice(lines[i].text, pm) or split
              for i, split in enumerate(splits)]
    between = [i for i in range(1, len(lines) - 1) if _between_copies(lines, splits, i)]
    credited = [i for i in between if (s := splits[i]) is not None and s.credit is not None and not s.before]
    if len(credited) < MIN_EVIDENCE or len(credited) * 2 <= len(between):
        return splits
    out = list(splits)
    credits = pm.credits
    for i in between:
        split = splits[i]
        if split is None or split.credit is not None:
            continue
        credit = trim_credit(lines[i].text, pm)
        if not credit or len(credit.split()) > MAX_LONE_NAME_WORDS or not credits.could_be_credit(credit):
            continue
        reading = credits.read(credit)
        if reading.parts and reading.kinds <= _NAMES and not reading.dangling:
            out[i] = Split("", credit)
    return out


def _between_copies(lines: list[CleanLine], splits: list[Split | None], i: int) -> bool:
    """Whether line i stands between a caption and the same caption printed again."""
    above, here, below = lines[i - 1], lines[i], lines[i + 1]
    if not (above.kind == here.kind == below.kind == "text") or above.text != below.text or here.text == above.text:
        return False
    split = splits[i - 1]
    return split is not None and split.credit is None and len(above.text.split()) >= 3


def captions_printed_twice(rows: list[Row], skip: Collection[int]) -> list[tuple[int, int]]:
    """The uncredited captions a gallery prints twice a blank line apart, as (first copy, second copy) rows,
    where two credited captions at least show that layout; none of the rows in `skip` (headline, taken)."""
    pairs = [(i, i + 2) for i in range(len(rows) - 2) if _blank_apart(rows, i)]
    if sum(rows[i].credit is not None for i, _ in pairs) < MIN_EVIDENCE:
        return []
    return [(i, j) for i, j in pairs if rows[i].credit is None and i not in skip and j not in skip]


def copies_over_credits(rows: list[Row], own: Collection[int], skip: Collection[int]) -> dict[int, int]:
    """The captions printed twice a blank line apart right over a credit on a line of its own (`own`), as
    {second copy: first copy}, where two such credits at least show the layout; none of the rows in `skip`."""
    pairs = {}
    for i in own:
        j = i - 1
        while j > i - 3 and j >= 0 and rows[j].kind == "blank":  # under it, or a blank line apart
            j -= 1
        if j >= 2 and rows[j].credit is None and _blank_apart(rows, j - 2) and not {j, j - 2} & set(skip) \
                and any(c.isalpha() for c in rows[j].before):  # a slide's number printed twice ("1", "2/9") says nothing
            pairs[j] = j - 2
    return pairs if len(pairs) >= MIN_EVIDENCE else {}


def _blank_apart(rows: list[Row], i: int) -> bool:
    """Whether row i prints a caption (and its credit, if any) that row i + 2 prints again, a blank line between."""
    first, gap, copy = rows[i], rows[i + 1], rows[i + 2]
    return (first.kind == copy.kind == "text" and gap.kind == "blank" and bool(first.before)
            and not first.before_is_alt and (first.before, first.credit) == (copy.before, copy.credit))


def caption_twice(text: str, pm: PageMarkers) -> Split | None:
    """'<caption> REUTERS <caption>' (or '... REUTERS' once more): the caption and its credit; None if not so printed.

    The copy runs to the line's end and is no longer than what comes before it,
    so it starts in the line's second half: only the first place there that
    opens with the line's first words is tried (one search, whatever the line).
    """
    head = _COPY_HEAD.match(text)
    if head is None:
        return None
    start = text.find(head[0], max(head.end(), len(text) // 2))
    if start < 0 or not text[start - 1].isspace():
        return None
    first, copy = text[:start].rstrip(), text[start:]
    if first == copy:  # "<caption> REUTERS <caption> REUTERS": the caption with its credit, twice
        split = split_line(first, pm)
        if split.credit is not None and split.before and not split.before_is_alt:
            return split
    elif len(copy) < len(first) and first.startswith(copy) and first[len(copy)].isspace():
        split = split_line(first, pm)  # "<caption> REUTERS <caption>": the credit stands between the copies
        if split.credit is not None and split.before.rstrip() == copy.rstrip() and not split.before_is_alt:
            return split
    return None
