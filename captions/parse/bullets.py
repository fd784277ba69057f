"""Stage 1c, slides: a gallery that prints each slide as a bulleted list item.

A bullet opens a list item, and a list line is never a caption or credit;
but some galleries print every slide as one: `• <caption>` with its credit
on the next line (`    Name/Reuters`), or `• NAME / AFP` with the legend
below. Where at least two of a page's bulleted lines, and more than half of
them, have a credit alone right under them, or are a credit alone with
lines of their own below (a list of sources, `• Reuters` `• AFP`, has
none), the page's bullets open slides: its bulleted lines are read as text.
"""
from __future__ import annotations

from .credit_in_line import split_line
from .lines import CleanLine
from .markers import PageMarkers

MIN_SLIDES = 2  # bulleted credits that show the page's habit


def bulleted_slides(lines: list[CleanLine], pm: PageMarkers) -> list[CleanLine]:
    """The lines, a page's bulleted lines made text where its bullets open slides."""
    bullets = [i for i, line in enumerate(lines) if line.kind == "bullet"]
    if len(bullets) < MIN_SLIDES:
        return lines
    items = {i: _item(lines[i], pm) for i in bullets}
    slides = 0
    for i, end in zip(bullets, [*bullets[1:], len(lines)]):
        body = [j for j in range(i + 1, end) if lines[j].kind == "text"]  # the item's lines up to the next bullet
        if _credit_alone(items[i].text, pm):
            slides += bool(body)  # "• NAME / AFP" over a legend; a list of sources has no legends
        else:
            slides += bool(body) and body[0] == i + 1 and _credit_alone(lines[i + 1].text, pm)
    if slides < MIN_SLIDES or 2 * slides <= len(bullets):
        return lines
    return [items.get(i, line) for i, line in enumerate(lines)]


def _item(line: CleanLine, pm: PageMarkers) -> CleanLine:
    """A bulleted line as a line of text, without its bullet."""
    text = line.text
    if text[:1] in pm.bullets:
        text = text[1:].lstrip()
    return line._replace(text=text, kind="text")


def _credit_alone(text: str, pm: PageMarkers) -> bool:
    split = split_line(text, pm)
    return split.credit is not None and not split.before
