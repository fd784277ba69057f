"""Galleries, lightboxes and pictures printed more than once in HTML pages: each picture once, each of a group its own.

Every page here is written for these tests, in the styles publishers use.
"""
from __future__ import annotations

import pytest

from captions.parse.html.page import read_html

HEAD = "<!DOCTYPE html><html><head><title>Harvest fair | The Valley Herald</title></head><body>\n"
TAIL = "\n</body></html>"
PLACEHOLDER = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def pictures(body: str) -> list[tuple[str | None, str | None, str | None]]:
    article = read_html(HEAD + body + TAIL)
    return [(p.description, p.caption, p.credit.raw if p.credit else None) for p in article.photos]


@pytest.mark.parametrize("counter", ["2 / 12", "2 of 12", "Bild 2 von 12", "Photo 2 sur 12", "Foto 2 de 12"])
def test_slide_counter_in_its_own_element_is_not_caption(counter: str) -> None:
    body = ('<figure><img src="pies.jpg" alt="Pies"><figcaption><span class="slide-count">' + counter + '</span>'
            '<p>Judges taste the pies.</p><span class="credit">Photo: Dana Whitfield</span></figcaption></figure>')
    assert pictures(body) == [("Pies", "Judges taste the pies.", "Dana Whitfield")]


def test_slide_counter_opening_the_caption_is_not_caption() -> None:
    body = '<figure><img src="pies.jpg" alt="Pies"><figcaption>3/21 Judges taste the pies. Photo: Dana Whitfield</figcaption></figure>'
    assert pictures(body) == [("Pies", "Judges taste the pies.", "Dana Whitfield")]
