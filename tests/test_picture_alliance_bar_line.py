"""picture alliance's credit line under a caption, as German outlets print it (round 67, BR24):
"Bildrechte: picture alliance / dpa | Name". The words before the bar are the credit's, not a caption.
"""
from __future__ import annotations

from tests.html_story import credited as read


def test_picture_alliance_line_under_the_caption() -> None:
    figcaption = ('<p class="caption-text">Ein umgestürzter Baum auf der Landstraße.</p>'
                  '<p class="copyright"><span class="label">Bildrechte:</span> picture alliance / Zoonar | Karl Brunner</p>')
    assert read(figcaption) == [("Ein umgestürzter Baum auf der Landstraße.", "picture alliance / Zoonar | Karl Brunner",
                                 ["Karl Brunner"], ["picture alliance", "Zoonar"])]
