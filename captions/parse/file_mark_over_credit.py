"""A file photo's mark closing a caption in brackets, its credit with a lead-in on the next line.

State agencies' sites (ANGOP, Lusa's clients) print a caption with no full stop, the file photo's word in
brackets closing it, and the picture's credit under it after its lead-in:

    Obras de desassoreamento da vala do Senado em 2024 (Arquivo)
    Foto: ANGOP

The brackets say when the picture was taken, not who took it: the line under it, marked by its lead-in,
is the credit, and the brackets stay in the caption as printed. Read so only where the brackets hold a
word naming no one (markers.yaml's dropped_words: "Arquivo", "Archivo", "File") and the credit under
them opens with a lead-in; a name in brackets ("(Reuters)") keeps its own reading.
"""
from __future__ import annotations

from ..text import fold, marker_form
from .credit_in_line import Split
from .lines import CleanLine
from .markers import PageMarkers


def file_marks_over_credits(lines: list[CleanLine], splits: list[Split | None], pm: PageMarkers
                            ) -> list[Split | None]:
    """The splits, a caption's bracketed file mark given back to it where a marked credit stands right under it."""
    out = list(splits)
    for i in range(len(lines) - 1):
        split, below, under = out[i], lines[i + 1], out[i + 1]
        if lines[i].kind != "text" or split is None or split.credit is None or not split.before \
                or split.credit_first or below.kind != "text" or under is None:
            continue
        text = lines[i].text.strip()
        if not text.endswith(f"({split.credit})") or fold(marker_form(split.credit)) not in pm.markers.dropped:
            continue
        if under.credit is not None and not under.before and below.text.strip() != under.credit:
            out[i] = split._replace(before=text, credit=None)  # the lead-in marks the line under as the credit
    return out
