"""What the parse could not read whole: credits broken at the end of a line.

The page stages take a credit only when it reads as one; a broken credit
(`Photograph:` ending a line, `[]` closing a caption, `[Jane Doe/Reuters` with
no `]`) is left in the caption or dropped. This stage looks at the ends of
the cleaned lines for those, with the same markers and windows the stages
use, and records them as notes the audit reads (CAP007): the audit never
parses a page itself.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from .credit_reading import MAX_CREDIT, Context
from .lines import CleanLine
from .markers import SENTENCE_CLOSERS, TAIL_WINDOW, PageMarkers

_BEFORE_LEADIN = SENTENCE_CLOSERS + "/|"  # a lead-in ending a line after these ends a caption
_EMPTY_BRACKETS = re.compile(rf"(?:^|(?<=[{re.escape(SENTENCE_CLOSERS)}]))\s*(\[\s*\]|\(\s*\))\s*$")
OPENERS = {"[": "]", "(": ")"}


class Note(NamedTuple):
    """A credit the parse could not read whole."""

    line: int        # 1-based line of the page
    credit: str      # the credit text as printed (may be empty)
    problem: str     # what is wrong, as a phrase: 'unclosed bracket "["'


class StructuredCredit(NamedTuple):
    """A credit the page gives a picture in its metadata (schema.org ImageObject), beside the printed one."""

    line: int        # 1-based line of the picture
    photo: str       # the photo's id
    credit: str      # the metadata credit as given


def unreadable_credits(lines: list[CleanLine], pm: PageMarkers) -> tuple[Note, ...]:
    """The broken credits at the ends of a page's lines, in line order."""
    notes: list[Note] = []
    for i, line in enumerate(lines):
        if not line.text or line.kind == "furniture":
            continue  # furniture ("![]() |", "3 / 9") never carries a credit
        tail = line.text[-TAIL_WINDOW:]
        problem = (
            _empty_brackets(tail)
            or _dangling_leadin(tail, lines, i, pm)
            or _unclosed_bracket(tail, pm)
        )
        if problem is not None:
            notes.append(Note(line.no, *problem))
    return tuple(notes)


def _empty_brackets(tail: str) -> tuple[str, str] | None:
    m = _EMPTY_BRACKETS.search(tail)
    if m is None or not tail[: m.start()].strip():
        return None  # "[]" alone on a line is no credit left empty
    return m.group(1), "empty credit"


def _dangling_leadin(tail: str, lines: list[CleanLine], i: int, pm: PageMarkers) -> tuple[str, str] | None:
    lowered = tail.casefold()
    if not lowered.endswith(pm.folded_leadins):
        return None  # most lines: one check, not one a lead-in
    for leadin, folded in zip(pm.leadins, pm.folded_leadins):
        if not lowered.endswith(folded):
            continue
        before = tail[: len(tail) - len(leadin)].rstrip()
        if before and before[-1] not in _BEFORE_LEADIN:
            return None  # "a photo by" in prose, "(c)" closing a list
        if _next_is_credit(lines, i, pm):
            return None  # the credit stands on the next line
        printed = tail[len(tail) - len(leadin):]
        return printed, f'lead-in "{printed}" with nothing after it'
    return None


def _next_is_credit(lines: list[CleanLine], i: int, pm: PageMarkers) -> bool:
    for line in lines[i + 1 :]:
        if line.text:
            return len(line.text) <= MAX_CREDIT and pm.credits.read(line.text).is_credit(Context.MARKED)
    return False


def _unclosed_bracket(tail: str, pm: PageMarkers) -> tuple[str, str] | None:
    for opener, closer in OPENERS.items():
        start = tail.rfind(opener)
        if start < 0 or closer in tail[start:]:
            continue
        if start > 0 and not tail[start - 1].isspace():
            continue
        inner = tail[start + 1 :].strip().rstrip(".").strip()
        if inner and pm.credits.read(inner).is_credit(Context.ENCLOSED):
            return tail[start:].strip(), f'unclosed bracket "{opener}"'
    return None
