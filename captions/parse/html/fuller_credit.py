"""A caption closing on a credit in brackets that names more than the figure's credit element: the fuller credit.

US wire captions end on their own credit, "(AP Photo/Name)", and a station's or paper's CMS often prints its credit
element beside them naming the agency alone ("Credit: AP"). The bracketed credit is the picture's, and it goes
out of the caption; the element only repeats part of it. Pure: text in, text out.
"""
from __future__ import annotations

from ...knowledge.registry import AgencyRegistry
from ..credit import parse_credit
from ..credit_in_line import split_caption_credit


def fuller_bracketed_credit(caption: str, credit: str, registry: AgencyRegistry) -> tuple[str, str]:
    """The caption and credit, with a closing bracketed credit taken for the element's when it names everyone the
    element names and more: ("... Saturday. (AP Photo/Jo Li)", "AP") -> ("... Saturday.", "AP Photo/Jo Li")."""
    if caption[-1:] not in ")）]":
        return caption, credit
    before, bracketed = split_caption_credit(caption, registry)
    if not before or not bracketed:
        return caption, credit
    if bracketed[:1] + bracketed[-1:] in ("()", "（）", "[]"):
        bracketed = bracketed[1:-1].strip()
    shown, fuller = _names(credit, registry), _names(bracketed, registry)
    if shown and shown < fuller:
        return before, bracketed
    return caption, credit


def _names(raw: str, registry: AgencyRegistry) -> frozenset[str]:
    read = parse_credit(raw, registry)
    return frozenset(name.casefold() for name in [*read.photographers, *read.agencies, *read.via])
