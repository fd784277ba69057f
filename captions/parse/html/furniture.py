"""The lines of a caption or credit element as a reader takes them: furniture out, a lone lead-in joined to its credit.

Pages print a gallery slide's counter ("1 / 3", "2 de 3") in an element of
its own inside the caption, a caption's label (the off-screen "Image
caption, ", "Légende image, ") in an element of its own before it, and a
credit's lead-in ("Credit...", "Foto:", the off-screen "Image source, ") in
an element of its own before the name. Read element by element, the counter
and the label would open the caption and the name would stand without the
word that makes it a credit. The counters, labels and lead-ins are the page
dumps' (captions/knowledge/markers.yaml).
"""
from __future__ import annotations

from ..credit_edges import strip_leadin
from ..markers import PageMarkers, markers_for
from ...knowledge.registry import AgencyRegistry
from ...text import marker_form

_LEADIN_PUNCTUATION = " ,:;.…-–—|="
_JOINERS = frozenset({"/", "|"})  # a credit's joiner printed alone between the elements of its two names
MAX_FURNITURE = 40  # characters: no slide counter, caption label or credit lead-in is longer


def reader_lines(lines: list[str], registry: AgencyRegistry) -> list[str]:
    """The lines without slide counters and caption labels, each lead-in printed alone joined to the line after it."""
    pm = markers_for(registry)
    separator = registry.markers.separator_re
    out: list[str] = []
    leadin: str | None = None
    joiner: str | None = None
    for line in lines:
        short = len(line) <= MAX_FURNITURE  # a counter, a label or a lead-in alone; most lines are longer
        if short and (separator.match(line) or _label_alone(line, pm) or _notice(line, pm)):
            continue
        if short and _leadin_alone(line, pm):
            leadin = line  # of two labels in a row ("Credit", "Credit..."), the one next to the name
            continue
        if line in _JOINERS and out and leadin is None:
            joiner = line  # Ghost's Unsplash credit: "Photo by <a>Name</a> / <a>Unsplash</a>", each in an element
            continue
        if joiner is not None:
            out[-1] = f"{out[-1]} {joiner} {line}"
            joiner = None
            continue
        out.append(f"{leadin} {line}" if leadin else line)
        leadin = None
    if joiner is not None:
        out.append(joiner)
    if leadin:
        out.append(leadin)
    return out


def _notice(line: str, pm: PageMarkers) -> bool:
    """Whether the line is the page's furniture, once a dash setting it off goes: "- RIPRODUZIONE RISERVATA" (the
    Italian copyright notice ANSA prints in its credit element before "© ANSA"), a slide's date alone."""
    return pm.is_furniture(line.lstrip(_LEADIN_PUNCTUATION)) is not None


def _label_alone(line: str, pm: PageMarkers) -> bool:
    """Whether the line is a caption label and nothing else: "Image caption,", "Légende image,"."""
    return line in pm.labels or any(line.rstrip(_LEADIN_PUNCTUATION) == label.rstrip(_LEADIN_PUNCTUATION)
                                    for label in pm.labels if line.startswith(label[:4]))


def _leadin_alone(line: str, pm: PageMarkers) -> bool:
    """Whether the line is a credit lead-in and nothing else: "Credit...", "Foto:", "Image source,"."""
    if marker_form(line) in pm.alt_leadins_lower:
        return True
    rest = strip_leadin(line, pm)
    return rest != line and not rest.strip(_LEADIN_PUNCTUATION)
