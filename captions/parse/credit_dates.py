"""A credit's part that is a date in words: when the picture was taken or sent, naming no one (round 72).

"AFP - Monday", "Reuters - 9 March", "EFE - martes, 3 de marzo": a wire's credit closes with the day, after a spaced
dash, and a weekday or a month (markers.yaml calendar_words) is read as no one's name.
"""
from __future__ import annotations

import re

from ..text import fold

_WORD = re.compile(r"[^\s,/]+")
# a day or a year in figures, an ordinal's letters after it ("3rd", "1er", "3."), or figures joined ("12.03.2024")
_FIGURES = re.compile(r"\d{1,4}(?:st|nd|rd|th|er|e|\.)?(?:[.-]\d{1,4})*\.?")
_LINKS = frozenset({"of", "de", "del", "the"})  # "3rd of March", "12 de marzo"
_AROUND = " ()[]\"'“”«»"


def dated_only(text: str, calendar: frozenset[str], after_dash: bool) -> bool:
    """Whether `text` is a date in words, a weekday or a month of `calendar` (folded) with figures only beside it:
    "12 March", "3. März 2024", "lundi 3 mars", "3rd of March"; a weekday or month alone ("Monday", "Jan.") only
    after a wire's spaced dash (`after_dash`), where the convention prints it."""
    words = _WORD.findall(text.strip(_AROUND))
    if len(words) == 1 and len(words[0]) <= 3:
        return False  # "Jan", "Mai", "May", "Mei" alone may be a given name; "Jan.", "3 Jan" are dates
    named = figured = False
    for word in words:
        if fold(word.rstrip(".")) in calendar:
            named = True
        elif _FIGURES.fullmatch(word):
            figured = True
        elif word.lower() not in _LINKS:
            return False
    # Without a figure, the calendar's words are names as often: "Julio Domingo", "Abril Mayo", "August May" are
    # people (Filipino and Spanish surnames and given names), and "AFP/Mayo", "EFE/Domingo" a photographer's surname
    return named and (figured or len(words) == 1 and after_dash)
