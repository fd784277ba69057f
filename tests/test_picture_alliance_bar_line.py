"""picture alliance's credit line under a caption, as German outlets print it (round 67, BR24):
"Bildrechte: picture alliance / dpa | Name". The words before the bar are the credit's, not a caption.
"""
from __future__ import annotations

from captions.parse.html.page import read_html

HEAD = "<!DOCTYPE html><html><head><title>Floods | The Daily Example</title></head><body><article>\n"
TAIL = "\n</article></body></html>"


def read(figcaption: str) -> list[tuple[str | None, str | None, list[str], list[str]]]:
    page = read_html(f'{HEAD}<figure><img src="a.jpg" alt=""><figcaption>{figcaption}</figcaption></figure>{TAIL}')
    return [(p.caption, p.credit.raw if p.credit else None, list(p.credit.photographers) if p.credit else [],
             list(p.credit.agencies) if p.credit else []) for p in page.photos]


def test_picture_alliance_line_under_the_caption() -> None:
    figcaption = ('<p class="caption-text">Ein umgestürzter Baum auf der Landstraße.</p>'
                  '<p class="copyright"><span class="label">Bildrechte:</span> picture alliance / Zoonar | Karl Brunner</p>')
    assert read(figcaption) == [("Ein umgestürzter Baum auf der Landstraße.", "picture alliance / Zoonar | Karl Brunner",
                                 ["Karl Brunner"], ["picture alliance", "Zoonar"])]
