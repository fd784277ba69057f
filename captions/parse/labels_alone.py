"""Stage 1d, rejoin: a caption label printed alone on its line, over the caption it labels.

The World Service prints its off-screen caption label ("Image caption, ") in
the picture's caption block, and where the caption stands in a paragraph of
its own the dump keeps the label on a line by itself, the caption on the next:
`Image caption,` over `People look for shade ...` (BBC Urdu: `،تصویر کا کیپشن`).
Read so, the label is a line of furniture and the caption a line of prose
under a credit. The label goes on into the caption line under it, as the pages
printing both on one line have it; the caption's line stands blank below.
Only a line that is a label and nothing more, right over a line of text.
"""
from __future__ import annotations

from .lines import CleanLine
from .markers import PageMarkers


def labels_joined(lines: list[CleanLine], pm: PageMarkers) -> list[CleanLine]:
    """The lines, each caption label alone on its line joined to the text line right under it."""
    if pm.label is None:
        return lines
    out = list(lines)
    for i, (line, below) in enumerate(zip(lines, lines[1:])):
        if line.kind not in ("text", "furniture") or below.kind != "text" or not line.text.startswith(pm.label_starts):
            continue
        label = pm.label.match(line.text)
        if label is None or label.end() != len(line.text) or out[i + 1] is not below:
            continue
        out[i] = below._replace(no=line.no, text=f"{line.text.rstrip()} {below.text}")
        out[i + 1] = CleanLine(below.no, "", "blank")
    return out
