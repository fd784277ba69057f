"""Figures that print no photograph: charts, maps, infographics and videos (SPEC, "Not pictures").

The markup or the figure's own words say so: a class naming a chart on the
figure itself, a caption opening with a chart's or a video's label
("Grafik:", "Vídeo:"), a credit naming a graphics desk ("Reuters Graphics").
The words come from captions/knowledge/html.yaml.
"""
from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from .figure import HtmlPicture
from .marks import Marks

_WORD = re.compile(r"[^\W\d_]+")


def is_no_picture(container: LexborNode, picture: HtmlPicture, marks: Marks) -> bool:
    """Whether the figure read as `picture` is a chart, a map, an infographic or a video."""
    conv = marks.conv
    if marks.words(container) & conv.graphic_words:
        return True
    if any(_opens_with_label(text, conv.not_picture_labels) for text in (picture.caption, picture.credit) if text):
        return True
    credit = picture.credit or ""
    return any(word.casefold() in conv.graphic_credit_words for word in _WORD.findall(credit))


def _opens_with_label(text: str, labels: tuple[str, ...]) -> bool:
    low = text.lstrip().casefold()
    for label in labels:
        if low.startswith(label) and not (label[-1:].isalpha() and low[len(label):len(label) + 1].isalpha()):
            return True
    return False
