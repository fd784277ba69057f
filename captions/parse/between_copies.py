"""Between stages 2 and 3: a name printed where the page prints its credits is a credit.

Some galleries print each slide as caption, credit, the same caption again.
Where most slides show that a known credit stands between the two copies,
a short line of names in the same place on another slide is that slide's
credit, even when it would not read as one alone ("Waka Kotahi", a
photographer's bare name): the page's layout says so. Without that evidence
(two credited slides at least, most of them) nothing changes.
"""
from __future__ import annotations

from .credit import MAX_LONE_NAME_WORDS, Kind
from .credit_edges import trim_credit
from .credit_in_line import Split
from .lines import CleanLine
from .markers import PageMarkers

MIN_EVIDENCE = 2  # credited slides that show the layout
_NAMES = frozenset({Kind.PERSON, Kind.ORG, Kind.WEAK_ORG, Kind.AGENCY, Kind.DROPPED})


def credits_between_copies(lines: list[CleanLine], splits: list[Split | None], pm: PageMarkers) -> list[Split | None]:
    """The splits, with the lines standing between a caption and its copy read as credits where the page shows it."""
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
