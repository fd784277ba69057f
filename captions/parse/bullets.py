"""Stage 1c, slides: a gallery that prints each slide as a bulleted list item.

A bullet opens a list item, and a list line is never a caption or credit;
but some galleries print every slide as one: `• <caption>` with its credit
on the next line (`    Name/Reuters`), `• NAME / AFP` with the legend
below, or `• <caption> (Kyodo)` whole on its line. Where at least two of a
page's bulleted lines, and more than half of them, have a credit alone right
under them, are a credit alone with lines of their own below (a list of
sources, `• Reuters` `• AFP`, has none), or carry a caption and its credit,
the page's bullets open slides: its bulleted lines are read as text. Those
of the credited slides' form (no shorter than half the shortest credited
caption: a share button is none) are marked as slides, and a slide that
prints no credit is a caption too (pictures.py).
"""
from __future__ import annotations

from .credit_in_line import Split, split_line
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
    lengths: list[int] = []  # the credited slides' captions
    for i, end in zip(bullets, [*bullets[1:], len(lines)]):
        body = [j for j in range(i + 1, end) if lines[j].kind == "text"]  # the item's lines up to the next bullet
        text = items[i].text
        split = split_line(text, pm)
        if _credit_alone(split):
            slides += bool(body)  # "• NAME / AFP" over a legend; a list of sources has no legends
        elif caption := _caption_before_credit(split):
            slides += 1  # "• <caption> (Kyodo)": the slide whole on its line
            lengths.append(len(caption))
        elif body and body[0] == i + 1 and _credit_alone(split_line(lines[i + 1].text, pm)):
            slides += 1
            lengths.append(len(text))
    if slides < MIN_SLIDES or 2 * slides <= len(bullets):
        return lines
    # a bulleted line of the credited slides' form (no shorter than half the shortest caption) is a slide
    shortest = min(lengths, default=0)
    return [_item(line, pm, slide=bool(lengths) and 2 * len(items[i].text) >= shortest) if i in items else line
            for i, line in enumerate(lines)]


def _item(line: CleanLine, pm: PageMarkers, *, slide: bool = False) -> CleanLine:
    """A bulleted line as a line of text, without its bullet; `slide` when it is of a slide's form."""
    text = line.text
    if text[:1] in pm.bullets:
        text = text[1:].lstrip()
    return line._replace(text=text, kind="text", slide=slide)


def _caption_before_credit(split: Split) -> str:
    """The caption of a line carrying a caption and its credit, "" for any other line."""
    return split.before if split.credit is not None and not split.before_is_alt else ""


def _credit_alone(split: Split) -> bool:
    return split.credit is not None and not split.before
