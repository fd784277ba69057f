"""Stage 1b, rejoin: a credit the page wraps over two lines, the first ending in a joiner.

`John Sibley /` then `AFP`: the line ends in a joiner (`/`, `,`, `via`,
`and` and the markers' other via and and words), so the credit goes on
below. The two lines are one credit when, joined, they read as a credit
alone; the second line is then left as furniture, so that it is no credit
of the next caption. Prose wrapped after a comma does not read as a credit
alone and stays as it is.
"""
from __future__ import annotations

from .credit_in_line import split_line
from .lines import CleanLine
from .markers import PageMarkers

JOINER_SYMBOLS = ("/", ",")


def rejoin_wrapped_credits(lines: list[CleanLine], pm: PageMarkers) -> list[CleanLine]:
    """The lines, each credit wrapped after a joiner printed on one line."""
    words = tuple(w.lower() for w in (*pm.markers.via_words, *pm.markers.and_words))
    out = list(lines)
    for i in range(len(out) - 1):
        j = i + 1  # the next line the credit may go on to ("Name /", "AFP via", "Getty Images")
        while j < len(out) and out[i].kind == "text" and out[j].kind == "text" and _ends_in_joiner(out[i].text, words):
            joined = f"{out[i].text} {out[j].text}"
            split = split_line(joined, pm)
            if split.before or split.credit is None:
                break  # not a credit alone: prose wrapped after a comma, or a caption's line
            out[i] = out[i]._replace(text=joined)
            out[j] = out[j]._replace(kind="furniture")
            j += 1
    return out


def _ends_in_joiner(text: str, words: tuple[str, ...]) -> bool:
    if text.endswith(JOINER_SYMBOLS):
        return True
    last = text.rsplit(None, 1)[-1].lower() if " " in text else ""
    return last in words
