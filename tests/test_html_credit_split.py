"""HTML captions whose credit stays inside the caption's element: the markup or a lead-in says it is the credit.

Every page here is written for these tests, in the styles portals and CMSes use.
"""
from __future__ import annotations

from captions.parse.credit_in_line import split_caption_credit
from captions.parse.html.page import read_html

HEAD = "<!DOCTYPE html><html><head><title>Towpath reopens | The Daily Example</title></head><body><main><article>\n"
TAIL = "\n</article></main></body></html>"


def pictures(body: str) -> list[tuple[str | None, str | None]]:
    article = read_html(HEAD + body + TAIL)
    return [(p.caption, p.credit.raw if p.credit else None) for p in article.photos]


def test_html_element_named_for_the_photos_author_is_its_credit() -> None:
    body = ('<div class="photo"><div class="photo__wrap"><img src="a.jpg" alt=""></div>'
            '<div class="photo__caption">Cyclists on the new towpath.</div>'
            '<div class="photo__author">Dara Finch/Reuters</div></div>')
    assert pictures(body) == [("Cyclists on the new towpath.", "Dara Finch/Reuters")]


def test_html_image_author_span_in_a_figcaption_is_its_credit() -> None:
    body = ('<figure><img src="a.jpg" alt=""><figcaption><span class="imageDescription">A digger rebuilds the bank'
            '</span> <span class="imageAuthor">Ivo Brandt</span></figcaption></figure>')
    assert pictures(body) == [("A digger rebuilds the bank", "Ivo Brandt")]


def test_html_writers_author_box_is_still_no_picture() -> None:
    body = ('<h1>Towpath reopens</h1><div class="story__author"><img src="face.jpg" alt="Nell Archer">'
            '<span class="story__author-name">Nell Archer</span></div><p>The towpath reopened on Tuesday.</p>')
    assert pictures(body) == []


def test_lead_in_inside_closing_brackets_marks_the_credit() -> None:
    text = "Volunteers plant oaks. (Photo: Rosa Lind / Department of Natural Resources)"
    assert split_caption_credit(text) == ("Volunteers plant oaks.", "Rosa Lind / Department of Natural Resources")
