"""A credit the page prints elsewhere, closing a caption with no full stop after a space.

`... de chuva Jo Li / Agência Sul`: the caption prints no closing full stop and
the dump put a space between it and the credit. Names in title case after a
caption's last word show no start of their own (`unstopped.py` reads credits
in capitals), but the page shows it: the same credit, a name joined to more
(`Name / Agency`), stands alone on another line or closes a caption where
its start is clear. Ending a line after a space and a lower-case word, it is
that line's credit.
"""
from __future__ import annotations

from .caption_shape import MIN_CAPTION_WORDS
from .credit_in_line import Split
from .lines import CleanLine

_JOINERS = ("/", "|")


def credits_repeated_at_line_ends(lines: list[CleanLine], splits: list[Split | None]) -> list[Split | None]:
    """The splits, each line ending in a joined credit the page prints elsewhere split off it."""
    printed = {s.credit for s in splits
               if s is not None and s.credit and any(j in s.credit for j in _JOINERS) and " " in s.credit}
    if not printed:
        return splits
    out = list(splits)
    for n, (line, split) in enumerate(zip(lines, splits)):
        if split is None or split.credit is not None or split.before_is_alt:
            continue
        text = line.text
        for credit in printed:
            before = text[: -len(credit)].rstrip()
            if (len(text) > len(credit) and text.endswith(credit) and text[-len(credit) - 1] == " "
                    and before[-1:].isalpha() and before[-1:].islower()
                    and len(before.split()) >= MIN_CAPTION_WORDS):
                out[n] = split._replace(before=before, credit=credit)
                break
    return out
